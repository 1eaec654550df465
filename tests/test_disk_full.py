"""A full disk is said as a full disk, and leaves nothing half-made (issue 11, finding 6).

The disk is real: a small tmpfs mounted for the test, filled with a filler file.
Mounting needs root (or a system that allows it); elsewhere the tests are skipped
with that reason.
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from clitools import run_cli, use_language
from conftest import PASSPHRASE
from pytestqt.qtbot import QtBot
from ui_shell_helpers import WAIT_MS, click, make_window, visible_texts

from ftbt_desktop.storage import keys
from ftbt_desktop.storage.errors import DiskFull
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault, check_file, vault_exists

# Room for a demo vault of 16 KiB pages, its write-ahead log (4 MB at most) and backup.
DISK_SIZE = "8m"
FILE_ERROR = 5


class SmallDisk:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.filler = root / "filler"

    def fill(self, leave: int = 0) -> None:
        """Every byte taken, as a disk really fills: by writing until ENOSPC; then
        `leave` bytes given back."""
        with open(self.filler, "ab", buffering=0) as fh:
            for size in (65536, 512, 1):
                while True:
                    try:
                        fh.write(b"\0" * size)
                    except OSError as exc:
                        assert exc.errno == errno.ENOSPC
                        break
            if leave:
                fh.truncate(max(0, fh.tell() - leave))

    def free(self) -> None:
        self.filler.unlink(missing_ok=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    if sys.platform != "linux":
        pytest.skip("a small real disk is mounted with Linux's tmpfs")
    root = tmp_path / f"disk-{uuid.uuid4().hex[:8]}"
    root.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={DISK_SIZE},mode=0700", "tmpfs", str(root)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({mounted.stderr.strip()})")
    try:
        yield SmallDisk(root)
    finally:
        with contextlib.suppress(OSError):
            subprocess.run(["umount", "-l", str(root)], check=False)


def test_a_full_disk_at_unlock_is_said_as_a_full_disk(small_disk: SmallDisk) -> None:
    data_dir = small_disk.root / "data"
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    Repository(vault).create_family("Familien Andersen")
    vault.close(backup=False)
    small_disk.fill()

    with pytest.raises(DiskFull):
        Vault.open(data_dir, PASSPHRASE)
    with pytest.raises(DiskFull):
        check_file(data_dir, PASSPHRASE)

    small_disk.free()  # nothing was damaged: with room again it opens as it was
    vault = Vault.open(data_dir, PASSPHRASE)
    try:
        assert [f.name for f in Repository(vault).list_families()] == ["Familien Andersen"]
    finally:
        vault.close(backup=False)


def test_a_vault_made_on_a_full_disk_leaves_no_stub(small_disk: SmallDisk) -> None:
    data_dir = small_disk.root / "data"
    data_dir.mkdir()
    small_disk.fill()
    with pytest.raises(DiskFull):
        Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    assert not vault_exists(data_dir)
    assert sorted(p.name for p in data_dir.rglob("*")) == []


def test_commands_say_disk_full_and_work_once_there_is_room(small_disk: SmallDisk) -> None:
    """`demo` on a full disk used to leave a vault.db without a key file behind:
    `demo` and `check` then called the vault damaged for good."""
    data_dir = small_disk.root / "data"
    data_dir.mkdir()
    use_language(data_dir)
    small_disk.fill()
    result = run_cli("demo", "--data-dir", data_dir)
    assert result.returncode == FILE_ERROR, result.stderr
    assert "is full" in result.stderr
    assert "The vault is damaged" not in result.stderr and "restor" not in result.stderr
    assert not vault_exists(data_dir)

    small_disk.free()
    made = run_cli("demo", "--data-dir", data_dir)
    assert made.returncode == 0, made.stderr
    assert run_cli("check", "--data-dir", data_dir).returncode == 0

    small_disk.fill()
    checked = run_cli("check", "--data-dir", data_dir)
    assert checked.returncode == FILE_ERROR, checked.stderr
    assert "is full" in checked.stderr and "The vault is damaged" not in checked.stderr
    small_disk.free()
    assert os.path.exists(data_dir / "vault.keys")


def test_a_disk_that_fills_during_a_command_is_said_to_be_full(small_disk: SmallDisk) -> None:
    """Room for a new vault but not for the demo families: `demo` filled the disk while
    writing them, and said the vault could not be read, run `check` to see whether it
    is damaged. It is not; the disk is full."""
    data_dir = small_disk.root / "data"
    data_dir.mkdir()
    use_language(data_dir)
    small_disk.fill(leave=1200 * 1024)
    result = run_cli("demo", "--data-dir", data_dir)
    assert result.returncode == FILE_ERROR, result.stderr
    assert "filled up" in result.stderr and "what was saved before it is kept" in result.stderr
    assert "Nothing was changed" not in result.stderr
    assert "could not be read" not in result.stderr and "check" not in result.stderr
    small_disk.free()
    # What the demo saved before the disk filled is there, and the vault is sound.
    assert run_cli("check", "--data-dir", data_dir).returncode == 0


def test_a_damaged_vault_on_a_nearly_full_disk_is_not_called_sound(
    small_disk: SmallDisk,
) -> None:
    """Any database error on a disk with under 1 MiB free read as a full disk, and the
    command said the vault was not damaged (an adversarial review). Only SQLite's own
    "database or disk is full" is a full disk."""
    from ftbt_desktop.cli import errors

    small_disk.fill(leave=100 * 1024)

    def malformed() -> int:
        raise sqlcipher.DatabaseError("database disk image is malformed")

    assert errors.reported(malformed, small_disk.root) != FILE_ERROR
    small_disk.free()


def test_the_app_says_disk_full_at_unlock_and_at_create(
    qtbot: QtBot, small_disk: SmallDisk
) -> None:
    data_dir = small_disk.root / "data"
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    vault.close(backup=False)
    small_disk.fill()
    window = make_window(qtbot, data_dir)
    qtbot.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    click(qtbot, window.unlock_page.unlock_button)
    qtbot.waitUntil(lambda: "disk is full" in visible_texts(window.unlock_page), timeout=WAIT_MS)
    assert window.current_page() is window.unlock_page  # not "the vault is damaged"

    fresh = small_disk.root / "fresh"
    other = make_window(qtbot, fresh)
    assert other.current_page() is other.create_page
    other.create_page.sig_chosen.emit(PASSPHRASE)  # as the page does on "Create"
    qtbot.waitUntil(lambda: "disk is full" in visible_texts(other.create_page), timeout=WAIT_MS)
    assert not vault_exists(fresh)
    small_disk.free()


def test_a_failed_create_keeps_an_earlier_vaults_key_file_copy(small_disk: SmallDisk) -> None:
    """backups/vault.keys left by an earlier vault is the only key to its backups."""
    data_dir = small_disk.root / "data"
    (data_dir / "backups").mkdir(parents=True)
    earlier = data_dir / "backups" / "vault.keys"
    earlier.write_bytes(b"an earlier vault's key file\n")
    small_disk.fill()
    with pytest.raises(DiskFull):
        Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    assert sorted(str(p.relative_to(data_dir)) for p in data_dir.rglob("*")) == [
        "backups",
        "backups/vault.keys",
    ]
    assert earlier.read_bytes() == b"an earlier vault's key file\n"
