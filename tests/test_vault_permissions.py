"""The vault's files are the owner's alone: another account on a shared computer
cannot even copy them to guess passphrases against."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE

from ftbt_desktop.settings import Settings, save_settings
from ftbt_desktop.storage import folder_lock, keys
from ftbt_desktop.storage.errors import FolderNotPrivate
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault, list_backups, restore_latest_backup

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


def test_an_existing_open_data_folder_is_made_owner_only(tmp_path: Path) -> None:
    """The finding: a data folder that already existed (made by hand, by an installer,
    by an older version) kept mode 0755, so any account could copy the vault's files."""
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o755)
    data_dir.chmod(0o755)
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    assert mode(data_dir) == 0o700
    vault.close(backup=False)

    data_dir.chmod(0o755)
    Vault.open(data_dir, PASSPHRASE).close(backup=False)
    assert mode(data_dir) == 0o700

    data_dir.chmod(0o750)
    with folder_lock.FolderLock(data_dir, folder_lock.KIND_APP):  # the app's start
        assert mode(data_dir) == 0o700


def test_the_command_line_tightens_the_folder_it_works_on(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    Vault.create(data_dir, PASSPHRASE, keys.minimum_params())[0].close(backup=False)
    data_dir.chmod(0o755)
    result = run_cli(data_dir, "check")
    assert result.returncode == 0, result.stderr
    assert mode(data_dir) == 0o700


# Run in a real `ftbt-desktop` process whose chmod fails as it does on a folder owned
# by another account (these tests may run as root, for whom it never fails).
NOT_OWNER = """
import errno, os, sys
real = os.chmod
def chmod(path, mode, *args, **kwargs):
    if os.path.abspath(path) == os.path.abspath(sys.argv[1]):
        raise PermissionError(errno.EPERM, "Operation not permitted", path)
    return real(path, mode, *args, **kwargs)
os.chmod = chmod
from ftbt_desktop.__main__ import main
sys.exit(main(sys.argv[2:]))
"""


def run_cli(data_dir: Path, *args: str, not_owner: bool = False, lang: str = "en") -> Any:
    if lang != "en":
        save_settings(data_dir, Settings(language=lang))
    script = NOT_OWNER if not_owner else "import sys" + NOT_OWNER.split("os.chmod = chmod")[1]
    return subprocess.run(
        [sys.executable, "-c", script, str(data_dir), *args, "--data-dir", str(data_dir)],
        env={**os.environ, "FTBT_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def not_permitted(path: Any, mode: int, *args: Any, **kwargs: Any) -> None:
    """os.chmod on a folder another account owns."""
    raise PermissionError(1, "Operation not permitted", str(path))


def test_a_folder_that_cannot_be_made_owner_only_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "data"
    Vault.create(data_dir, PASSPHRASE, keys.minimum_params())[0].close(backup=False)
    save_settings(data_dir, Settings(language="en"))
    data_dir.chmod(0o755)
    before = {p.name: p.stat().st_mtime_ns for p in data_dir.iterdir()}

    result = run_cli(data_dir, "check", not_owner=True)
    assert result.returncode == 5  # a file problem, as docs/command-line.md lists
    assert str(data_dir) in result.stderr
    assert "other accounts" in result.stderr and "Nothing was opened" in result.stderr
    assert mode(data_dir) == 0o755
    assert {p.name: p.stat().st_mtime_ns for p in data_dir.iterdir()} == before  # untouched

    result = run_cli(data_dir, "check", not_owner=True, lang="da")
    assert result.returncode == 5
    assert "andre brugere" in result.stderr and str(data_dir) in result.stderr

    # The app's start (and a vault opened directly) are refused the same way.
    monkeypatch.setattr(os, "chmod", not_permitted)
    lock = folder_lock.FolderLock(data_dir, folder_lock.KIND_APP)
    with pytest.raises(FolderNotPrivate) as refused:
        lock.acquire()
    assert refused.value.path == str(data_dir) and not lock.held
    with pytest.raises(FolderNotPrivate):
        Vault.open(data_dir, PASSPHRASE)


def test_the_app_says_so_when_its_folder_cannot_be_made_owner_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: Any
) -> None:
    from ftbt_desktop.ui.single_instance import AppInstance, not_private_box

    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o755)
    data_dir.chmod(0o755)
    monkeypatch.setattr(os, "chmod", not_permitted)
    instance = AppInstance(data_dir)
    with pytest.raises(FolderNotPrivate) as refused:
        instance.claim()
    box = not_private_box(refused.value)
    assert str(data_dir) in box.text() and "other accounts" in box.text()
    box.deleteLater()
