"""The server's own files are the service account's alone (POSIX modes).

The SQLite database holds every family's data, and its `-wal` and `-shm`
hold recent pages of it in plaintext, names included. So:

- every `ftbt-server` command runs under umask 077 (`private_umask`), so a
  database or folder it makes is born 0600/0700. SQLite gives the -wal and
  -shm the database file's mode, so a private database keeps them private;
- `init` tightens what already exists (`tighten`): the database, its -wal,
  -shm and -journal to 0600, and the data folder to 0700 when it is the
  server's own (the platform's, or FTBT_SERVER_DATA_DIR) or one `init` made.
  Another folder named by `--db` is the administrator's: `init` says what to
  run rather than change it;
- `serve` refuses to start (`check`, exit code 4) while the database, one of
  its side files or its folder grants anything to group or others, naming the
  file and the `chmod` that fixes it. It never loosens or tightens by itself.

The server writes no other files: its log goes to standard error (the service
manager's journal), and the TLS key is the administrator's (only refused when
anyone may read it). On Windows there are no such modes: access is the ACLs
the installer sets on the folder (issue 15), so these checks are skipped there.
PostgreSQL's files are the database server's business.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import make_url

PRIVATE_UMASK = 0o077
PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def supported() -> bool:
    """Whether the platform has owner/group/other modes to keep."""
    return os.name == "posix"


@contextmanager
def private_umask() -> Iterator[None]:
    """Files and folders made meanwhile are the owner's alone (the umask is the
    process's: the CLI holds it for the whole command)."""
    if not supported():
        yield
        return
    before = os.umask(PRIVATE_UMASK)
    try:
        yield
    finally:
        os.umask(before)


def sqlite_file(db_url: str) -> Path | None:
    """The database file of a SQLite URL; None for PostgreSQL or an in-memory database."""
    url = make_url(db_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def database_files(db: Path) -> list[Path]:
    """The database and the side files SQLite keeps beside it, those that exist."""
    return [p for p in (db, *(Path(f"{db}{s}") for s in SIDE_SUFFIXES)) if p.exists()]


class NotPrivate(Exception):
    """A file or folder of the store grants group or others access."""

    def __init__(self, path: Path, mode: int, is_dir: bool) -> None:
        super().__init__(str(path))
        self.path = path
        self.mode = mode
        self.is_dir = is_dir

    def __str__(self) -> str:
        kind = "folder" if self.is_dir else "database file"
        wanted = "700" if self.is_dir else "600"
        return (
            f"refusing to serve: the {kind} {self.path} is open to other accounts "
            f"(mode {self.mode:o}); it holds the families' data. Run: chmod {wanted} {self.path}"
        )


class KeyFileOpen(NotPrivate):
    """Anyone at all may read the TLS private key."""

    def __str__(self) -> str:
        return (
            f"refusing to serve: the TLS key {self.path} can be read by every account "
            f"(mode {self.mode:o}). Run: chmod o-rwx {self.path}"
        )


def _open_to_others(path: Path) -> int | None:
    """The path's mode when it grants group or others anything, else None."""
    mode = stat.S_IMODE(path.stat().st_mode)
    return mode if mode & 0o077 else None


def check(db_url: str) -> None:
    """Raise NotPrivate for the first file or folder of a SQLite store others can reach."""
    db = sqlite_file(db_url)
    if db is None or not supported():
        return
    folder = db.parent
    if folder.is_dir():
        mode = _open_to_others(folder)
        if mode is not None:
            raise NotPrivate(folder, mode, is_dir=True)
    for path in database_files(db):
        mode = _open_to_others(path)
        if mode is not None:
            raise NotPrivate(path, mode, is_dir=False)


def check_key_file(path: Path) -> None:
    """Raise NotPrivate when anyone at all may read the TLS private key (a group such
    as ssl-cert may: that is how a certificate is shared with a service account)."""
    if not supported():
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o007:
        raise KeyFileOpen(path, mode, is_dir=False)


class DataKeyFileOpen(NotPrivate):
    """Another account may read the data key file."""

    def __str__(self) -> str:
        return (
            f"refusing to use the data key file {self.path}: other accounts can reach it "
            f"(mode {self.mode:o}), and with the database it opens every value. "
            f"Run: chmod 600 {self.path}"
        )


def check_data_key_file(path: Path) -> None:
    """Raise NotPrivate when a group or other account may read the data keys: unlike
    the TLS key, nothing else ever needs to share them."""
    if not supported():
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise DataKeyFileOpen(path, mode, is_dir=False)


def tighten(db_url: str, own_folder: bool) -> list[Path]:
    """Make an existing SQLite store owner-only; return the folders left open to others.

    `own_folder`: the database's folder is the server's data folder (or was just
    made), so it is set to 0700 as well; otherwise it is only reported.
    """
    db = sqlite_file(db_url)
    if db is None or not supported():
        return []
    # Group's and others' bits go; the owner's are kept, never added to.
    for path in database_files(db):
        mode = _open_to_others(path)
        if mode is not None:
            path.chmod(mode & PRIVATE_FILE)
    folder = db.parent
    mode = _open_to_others(folder) if folder.is_dir() else None
    if mode is None:
        return []
    if own_folder:
        folder.chmod(mode & PRIVATE_DIR)
        return []
    return [folder]
