"""Reaching the vault from a command: the data folder's lock, and opening with the passphrase."""

from __future__ import annotations

import contextlib
from pathlib import Path

from ftbt_desktop.cli.prompts import read_passphrase
from ftbt_desktop.storage import folder_lock
from ftbt_desktop.storage.errors import VaultNotFound
from ftbt_desktop.storage.vault import Vault, vault_exists


def hold_folder(command: str, data_dir: Path) -> contextlib.AbstractContextManager[None]:
    """The data folder's lock for this command (storage/folder_lock.py).

    A folder that does not exist has no vault to protect: it is not made just to
    be locked, except by `demo`, which creates the vault there.
    """
    if command != "demo" and not data_dir.is_dir():
        return contextlib.nullcontext()
    return folder_lock.hold(data_dir, f"ftbt-desktop {command}")


def require_vault(data_dir: Path) -> None:
    """Told before any passphrase is asked for: there is nothing to open it with."""
    if not vault_exists(data_dir):
        raise VaultNotFound(str(data_dir))


def open_vault(data_dir: Path) -> Vault:
    require_vault(data_dir)
    return Vault.open(data_dir, read_passphrase())
