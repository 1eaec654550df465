"""The vault's files are the owner's alone: another account on a shared computer
cannot even copy them to guess passphrases against."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from ftbt_desktop.settings import Settings, save_settings
from ftbt_desktop.storage import keys
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault, list_backups, restore_latest_backup
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_every_vault_file_and_folder_is_owner_only(tmp_path: Path) -> None:
    data_dir = tmp_path / "new" / "data"
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    Repository(vault).create_family("Familien Andersen")
    save_settings(data_dir, Settings(auto_lock_minutes=7))
    open_files = [data_dir / "vault.db", data_dir / "vault.db-wal", data_dir / "vault.db-shm"]
    assert all(p.exists() for p in open_files)
    assert {p.name: mode(p) for p in open_files} == {p.name: 0o600 for p in open_files}
    vault.close(backup=True)
    vault = Vault.open(data_dir, PASSPHRASE)
    vault.change_passphrase("en helt ny lang adgangssætning", keys.minimum_params())
    vault.close(backup=False)
    restore_latest_backup(data_dir, passphrase="en helt ny lang adgangssætning")

    assert list_backups(data_dir)
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert {str(p.relative_to(data_dir)): mode(p) for p in files} == {
        str(p.relative_to(data_dir)): 0o600 for p in files
    }
    folders = [data_dir, *(p for p in data_dir.rglob("*") if p.is_dir())]
    assert len(folders) >= 3  # the data folder, backups and the damaged files kept aside
    assert {str(p): mode(p) for p in folders} == {str(p): 0o700 for p in folders}
