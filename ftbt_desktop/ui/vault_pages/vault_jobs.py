"""The slow vault steps the window runs on its worker thread (no widgets here).

Each returns what the UI needs next and raises the storage layer's named
errors unchanged, so the window can say what happened in plain words.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault, restore_latest_backup, restore_own_key_file

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Secret:
    """What the coordinator typed to open the vault, kept only while it is needed."""

    kind: str  # "passphrase" or "recovery"
    value: str

    def __repr__(self) -> str:  # never show the secret in logs or tracebacks
        return f"Secret({self.kind}, ***)"


@dataclass(frozen=True, slots=True)
class Created:
    vault: Vault
    recovery_key: str
    demo_family_ids: list[str]

    def __repr__(self) -> str:
        return "Created(***)"


@dataclass(frozen=True, slots=True)
class Restored:
    vault: Vault
    backup: Path | None  # None: the vault's own key file was put back, no backup needed


def create_vault(data_dir: Path, passphrase: str) -> Created:
    # Unconfirmed until the coordinator says it is stored; a lock or a crash
    # before that asks for a new key at the next unlock.
    vault, recovery_key = Vault.create(data_dir, passphrase, recovery_key_confirmed=False)
    demo_ids: list[str] = []
    try:
        # Imported here: the demo content is only needed on a first start.
        from ftbt_desktop.storage.demo import add_demo_families

        demo_ids = add_demo_families(Repository(vault))
    except Exception as exc:
        # The demo is a welcome, not a must: a vault without it is still a vault.
        log.warning("demo families not added (%s)", type(exc).__name__)
    return Created(vault, recovery_key, demo_ids)


def open_vault(data_dir: Path, secret: Secret) -> Vault:
    if secret.kind == "recovery":
        vault = Vault.open_with_recovery_key(data_dir, secret.value)
        # It has just been typed in: the coordinator has it, whatever was said before.
        vault.confirm_recovery_key()
    else:
        vault = Vault.open(data_dir, secret.value)
    # DESIGN §3: a backup at most daily, besides the one made at every lock.
    with contextlib.suppress(sqlcipher.DatabaseError, OSError):
        vault.backup_if_due()
    return vault


def restore_and_open(data_dir: Path, secret: Secret) -> Restored:
    given = {"recovery_key" if secret.kind == "recovery" else "passphrase": secret.value}
    # Another vault's key file in force: putting this vault's own back mends it all.
    if restore_own_key_file(data_dir, **given):
        return Restored(open_vault(data_dir, secret), None)
    backup = restore_latest_backup(data_dir, **given)
    return Restored(open_vault(data_dir, secret), backup)


def set_new_passphrase(vault: Vault, passphrase: str) -> Vault:
    vault.change_passphrase(passphrase)
    return vault


def close_vault(vault: Vault, wait_for_sync: Callable[[], object]) -> None:
    """A lock's slow part, off the UI thread: once the cancelled sync has let go
    of the vault, back it up (if anything changed) and close it, dropping the key."""
    wait_for_sync()
    vault.close(backup=True)


def restore_chosen(vault: Vault, backup: Path, wait_for_sync: Callable[[], object]) -> Vault:
    """A restore from a chosen backup, off the UI thread: like a lock, only once the
    cancelled sync has let go of the vault (no pulled page lands in the files set aside)."""
    wait_for_sync()
    return vault.restore(backup)
