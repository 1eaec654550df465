"""One writer per data folder: an operating-system lock on `ftbt.lock` in the folder.

The app and every `ftbt-desktop` command hold it while they work, so two
copies never open the same vault (DESIGN §9: one process per data folder).
The lock is the operating system's own (`flock` on POSIX, `msvcrt.locking`
on Windows), so it goes with the process: a copy that crashed or was killed
leaves nothing that blocks the next start, and no stale-lock guessing is
needed. The file also names the holder (process id, what it is, since when),
for the message only; it is never trusted to decide anything.

The lock file is never deleted: removing it while another process waits on
it would let two processes lock two different files of the same name.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ftbt_desktop.storage.errors import VaultInUse
from ftbt_desktop.storage.folder_modes import make_private

LOCK_NAME = "ftbt.lock"
KIND_APP = "app"  # the GUI; a command's kind is "ftbt-desktop <command>"
# Windows locks byte ranges, and a locked range cannot even be read by others;
# the lock sits past the holder's note so a refused process can still read it.
WINDOWS_LOCK_OFFSET = 4096
PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600

# The folders this process holds, so the holder's own restore is not refused.
_held: dict[str, FolderLock] = {}
_held_guard = threading.Lock()


@dataclass(frozen=True, slots=True)
class Holder:
    """Who holds a folder, as its lock file says (for the message only)."""

    pid: int | None
    kind: str

    @classmethod
    def read(cls, path: Path) -> Holder:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            pid = data.get("pid")
            return cls(pid if isinstance(pid, int) else None, str(data.get("kind", "")))
        except (OSError, ValueError, AttributeError):
            return cls(None, "")


class FolderLock:
    """The data folder's lock. `acquire` raises VaultInUse when another process holds it."""

    def __init__(self, data_dir: Path, kind: str) -> None:
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / LOCK_NAME
        self.kind = kind
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        self.data_dir.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
        # A folder that was there before keeps its mode: tightened (or refused) here,
        # at the start of the app and of every command.
        make_private(self.data_dir)
        # Not inherited by child processes (os.open's default): a server or helper
        # started from here must not keep the folder locked after we are gone.
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0)  # no "\r\n" on Windows
        fd = os.open(self.path, flags, PRIVATE_FILE)
        try:
            if not _try_lock(fd):
                holder = Holder.read(self.path)
                raise VaultInUse(holder.pid, holder.kind)
            with contextlib.suppress(OSError):  # a full disk: locked all the same
                _write_note(fd, self.kind)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        with _held_guard:
            _held[_key(self.data_dir)] = self

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with _held_guard:
            if _held.get(_key(self.data_dir)) is self:
                del _held[_key(self.data_dir)]
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)  # the note goes; the file stays (see the module's doc)
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)

    def __enter__(self) -> FolderLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def held_here(data_dir: Path) -> bool:
    """This process holds the folder (the app, or a command, working on it)."""
    with _held_guard:
        lock = _held.get(_key(Path(data_dir)))
    return lock is not None and lock.held


@contextlib.contextmanager
def hold(data_dir: Path, kind: str) -> Iterator[None]:
    """The folder for the duration: kept if this process holds it already, else taken
    (and given back after). Raises VaultInUse when another process holds it."""
    if held_here(data_dir):
        yield
        return
    with FolderLock(data_dir, kind):
        yield


def _key(data_dir: Path) -> str:
    try:
        resolved = data_dir.resolve()
    except OSError:
        resolved = data_dir.absolute()
    return os.path.normcase(str(resolved))


def _write_note(fd: int, kind: str) -> None:
    note = {
        "pid": os.getpid(),
        "kind": kind,
        "since": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    data = (json.dumps(note) + "\n").encode("utf-8")
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, data)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            # LK_NBLCK: fail at once rather than LK_LOCK's ten one-second retries.
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
