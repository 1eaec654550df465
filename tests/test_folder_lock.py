"""One vault, one writer: the data folder's lock across real processes (issue 11, finding 1).

The second process is real each time: the app itself (`ftbt-desktop --data-dir`
offscreen), or a small Python process holding the lock, as a command would.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest
from clitools import make_demo_vault, run_cli, snapshot
from conftest import PASSPHRASE
from lockholders import start_app, start_holder, stop, wait_until_holding

from ftbt_desktop.storage.errors import VaultInUse
from ftbt_desktop.storage.folder_lock import FolderLock, Holder, held_here
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault, restore_latest_backup

IN_USE = 8


def test_a_command_is_refused_with_exit_8_while_the_app_is_open(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    make_demo_vault(data_dir)
    app = start_app(data_dir)
    try:
        wait_until_holding(data_dir, app)
        before = snapshot(data_dir)
        result = run_cli("demo", "--data-dir", data_dir)
        assert result.returncode == IN_USE, result.stderr
        assert "in use by another FTBT Desktop" in result.stderr
        assert "the FTBT Desktop app" in result.stderr
        assert f"process {app.pid}" in result.stderr
        assert "Traceback" not in result.stderr
        assert snapshot(data_dir) == before  # not even the passphrase was tried
    finally:
        stop(app)


def test_a_command_is_refused_while_another_command_holds_the_folder(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    make_demo_vault(data_dir)
    holder = start_holder(data_dir, "ftbt-desktop sync")
    try:
        result = run_cli("check", "--data-dir", data_dir)
        assert result.returncode == IN_USE
        assert "`ftbt-desktop sync`" in result.stderr
    finally:
        stop(holder)
    # Once it has finished, the folder is free again.
    assert run_cli("check", "--data-dir", data_dir).returncode == 0


def test_the_refusal_is_in_danish_when_the_folder_speaks_danish(tmp_path: Path) -> None:
    from clitools import use_language

    data_dir = tmp_path / "data"
    make_demo_vault(data_dir)
    use_language(data_dir, "da")
    holder = start_holder(data_dir, "app")
    try:
        result = run_cli("export", "--data-dir", data_dir, "-o", tmp_path / "out.json")
    finally:
        stop(holder)
    assert result.returncode == IN_USE
    assert "Boksen er i brug" in result.stderr
    assert not (tmp_path / "out.json").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 is POSIX; Windows frees it alike")
def test_a_killed_holder_leaves_no_stale_lock(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    make_demo_vault(data_dir)
    holder = start_holder(data_dir, "app")
    assert run_cli("check", "--data-dir", data_dir).returncode == IN_USE
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=60)
    stop(holder)
    # The note of the dead holder is still in the file; the lock went with the process.
    assert Holder.read(data_dir / "ftbt.lock").pid == holder.pid
    result = run_cli("check", "--data-dir", data_dir)
    assert result.returncode == 0, result.stderr
    with FolderLock(data_dir, "test"):
        assert Holder.read(data_dir / "ftbt.lock") == Holder(os.getpid(), "test")


def test_a_second_lock_in_one_process_is_refused_too(data_dir: Path) -> None:
    first = FolderLock(data_dir, "app")
    first.acquire()
    try:
        assert held_here(data_dir)
        with pytest.raises(VaultInUse) as caught:
            FolderLock(data_dir, "ftbt-desktop check").acquire()
        assert (caught.value.pid, caught.value.kind) == (os.getpid(), "app")
    finally:
        first.release()
    assert not held_here(data_dir)
    with FolderLock(data_dir, "ftbt-desktop check"):
        pass


# -- restore -------------------------------------------------------------------


def test_restore_is_refused_while_another_process_holds_the_folder(
    data_dir: Path, vault: Vault
) -> None:
    """Copy A restored while copy B was open: B's next family went into the set-aside
    files, not the live vault. Now A's restore is refused and nothing moves."""
    repo = Repository(vault)
    repo.create_family("Familien Andersen")
    first = vault.backup()
    repo.create_family("Familien Bech")
    holder = start_holder(data_dir, "app")
    try:
        before = sorted(p.name for p in data_dir.iterdir())
        with pytest.raises(VaultInUse):
            vault.restore(first)
        assert vault.is_open
        assert sorted(f.name for f in repo.list_families()) == [
            "Familien Andersen",
            "Familien Bech",
        ]
        with pytest.raises(VaultInUse):
            restore_latest_backup(data_dir, passphrase=PASSPHRASE)
        assert sorted(p.name for p in data_dir.iterdir()) == before  # nothing set aside
        assert sorted(f.name for f in repo.list_families()) == [
            "Familien Andersen",
            "Familien Bech",
        ]
    finally:
        stop(holder)


def test_restore_within_the_holding_process_works(data_dir: Path, vault: Vault) -> None:
    repo = Repository(vault)
    repo.create_family("Familien Andersen")
    first = vault.backup()
    repo.create_family("Familien Bech")
    with FolderLock(data_dir, "app"):
        restored = vault.restore(first)
        try:
            assert [f.name for f in Repository(restored).list_families()] == ["Familien Andersen"]
            assert held_here(data_dir)  # the app's own hold outlives its restore
        finally:
            restored.close(backup=False)
