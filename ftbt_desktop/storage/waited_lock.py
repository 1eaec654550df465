"""The vault's lock, which knows whether another thread is waiting for it.

A new laptop's first sync writes its pulled pages in transactions that span several
batches while nothing else wants the vault (a commit costs by the pages it touches,
and the random-id indexes are touched all over by every batch). It must give way as
soon as the window wants to write: `waited` says so.
"""

from __future__ import annotations

import threading
from types import TracebackType


class WaitedLock:
    """A re-entrant lock (threading.RLock) that counts the threads blocked on it."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._count_lock = threading.Lock()
        self._waiting = 0

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        if self._lock.acquire(blocking=False):
            return True
        if not blocking:
            return False
        with self._count_lock:
            self._waiting += 1
        try:
            return self._lock.acquire(True, timeout)
        finally:
            with self._count_lock:
                self._waiting -= 1

    def release(self) -> None:
        self._lock.release()

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.release()

    @property
    def waited(self) -> bool:
        """Whether another thread is blocked waiting for the lock now."""
        return self._waiting > 0
