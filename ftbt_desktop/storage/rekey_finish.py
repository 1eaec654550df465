"""The end of a re-key, which needs no key, and the recovery of one cut short.

The commit protocol is told in rekey.py. Its last steps (C1b, C2 and Finish)
are here, with `recover`, which finishes or undoes a re-key cut short (a crash,
a kill): the vault runs it before it reads any key file. Apart from the re-key
itself, which is built on the vault, so the vault can import this.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from ftbt_desktop.atomic_files import fsync_dir
from ftbt_desktop.storage import integrity, keys
from ftbt_desktop.storage.vault_files import (
    DB_NAME,
    HEADER_NAME,
    PRIVATE_DIR,
    SIDE_FILES,
    VaultPaths,
)

STAGE_DIR = "rekey"
ASIDE_DIR = "aside"
COMMITTED_NAME = "committed.keys"
KEEP_OLD_KEY = "keep-old-key"
OLD_KEY_HEADER = "old-key.keys"
# Tests only: "point:marker-file" makes the re-key stop at `point` (after touching
# the marker), so a test can kill the process there. See PAUSE_POINTS.
PAUSE_ENV = "FTBT_REKEY_TEST_PAUSE"
PAUSE_POINTS = (
    "exported",
    "prepared",
    "closed",
    "committed",
    "header",
    "backups",
    "finished",
)


def recover(data_dir: Path) -> None:
    """Finish or undo a re-key cut short; see "Recovery" in rekey.py."""
    stage = Path(data_dir) / STAGE_DIR
    if not stage.is_dir():
        return
    if (stage / DB_NAME).exists() or not (
        (stage / HEADER_NAME).exists() or (stage / COMMITTED_NAME).exists()
    ):
        discard(stage)
        return
    after_commit(VaultPaths(Path(data_dir)), stage)


def after_commit(paths: VaultPaths, stage: Path) -> None:
    """C1b, C2 and Finish, from wherever a re-key stopped after its commit point."""
    # The seal of the new database (made under the new key by `integrity.reseal`)
    # goes in first: until it does, the database in force has no sidecar that fits.
    staged_seal = integrity.sidecar_path(stage / DB_NAME)
    if staged_seal.exists():
        os.replace(staged_seal, integrity.sidecar_path(paths.db))
        fsync_dir(paths.data_dir)
    staged_header = stage / HEADER_NAME
    committed = stage / COMMITTED_NAME
    if staged_header.exists():
        keys.write_header(paths.header, keys.read_header(staged_header))
        os.replace(staged_header, committed)
        fsync_dir(stage)
        pause("header")
    header = keys.read_header(committed)
    paths.backups.mkdir(mode=PRIVATE_DIR, exist_ok=True)
    keys.write_header(paths.header_copy, header)
    old = sorted(paths.backups.glob("vault-*.db")) + sorted(paths.backups.glob("*.partial"))
    for i, backup in enumerate(old):
        _shred(backup)
        if i == 0:
            pause("backups")
    _finish_asides(paths, stage, header)
    for child in stage.iterdir():
        if child.name != COMMITTED_NAME:
            shutil.rmtree(child) if child.is_dir() else child.unlink()
    committed.unlink()
    stage.rmdir()
    fsync_dir(paths.data_dir)


def _finish_asides(paths: VaultPaths, stage: Path, header: keys.KeyHeader) -> None:
    staged_root = stage / ASIDE_DIR
    if not staged_root.is_dir():
        return
    for staged in sorted(staged_root.iterdir()):
        folder = paths.data_dir / staged.name
        if (staged / KEEP_OLD_KEY).exists():
            if (folder / HEADER_NAME).exists():
                os.replace(folder / HEADER_NAME, folder / OLD_KEY_HEADER)
        else:
            if (staged / DB_NAME).exists():
                remove_side_files(folder / DB_NAME)
                os.replace(staged / DB_NAME, folder / DB_NAME)
            keys.write_header(folder / HEADER_NAME, header)
        shutil.rmtree(staged)


def remove_side_files(db: Path) -> None:
    """The old WAL would be replayed into the new file (and could not be read)."""
    for suffix in SIDE_FILES:
        db.with_name(db.name + suffix).unlink(missing_ok=True)


def discard(stage: Path) -> None:
    # The staged header first: while the staged database is still there, a crash
    # part-way through reads as "not committed" again.
    (stage / HEADER_NAME).unlink(missing_ok=True)
    shutil.rmtree(stage, ignore_errors=True)


def _shred(path: Path) -> None:
    """Overwrite, then remove (best effort: see the module docstring)."""
    try:
        size = path.stat().st_size
        with path.open("r+b") as fh:
            chunk = b"\0" * (1 << 20)
            written = 0
            while written < size:
                written += fh.write(chunk[: min(len(chunk), size - written)])
            fh.flush()
            os.fsync(fh.fileno())
    except FileNotFoundError:
        return
    path.unlink(missing_ok=True)


def pause(point: str) -> None:
    wanted = os.environ.get(PAUSE_ENV, "")
    name, _, marker = wanted.partition(":")
    if name != point or not marker:
        return
    Path(marker).touch()
    while True:  # the test kills us here
        time.sleep(60)
