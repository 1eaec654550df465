"""Password checks off the request threads, in a bounded queue: a flood cannot starve sync.

Routes run in one shared thread pool. When each sign-in waited there for the
process's one Argon2id at a time (passwords.py explains why only one), 120
bogus sign-ins held the threads and made a real one take 16 s, and pushes and
pulls queued behind them. Here a sign-in waits for its check without holding a
thread: one worker thread runs the checks from a priority queue, devices that
have signed in before (auth.Attempt.known_device) ahead of the rest. Each class
has a bounded number of places; a sign-in that finds no place is refused at
once (HTTP 503 with Retry-After) instead of queueing for ever.
"""

from __future__ import annotations

import asyncio
import itertools
import queue
import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

KNOWN, UNKNOWN = 0, 1  # queue priorities: lower runs first


class PoolBusy(Exception):
    """No place in the queue for this check; try again after `retry_after` seconds."""

    def __init__(self, retry_after: int) -> None:
        super().__init__("the password checks are busy")
        self.retry_after = retry_after


class HashPool:
    def __init__(self, places_unknown: int = 16, places_known: int = 64) -> None:
        self._places = {UNKNOWN: places_unknown, KNOWN: places_known}
        self._taken = {UNKNOWN: 0, KNOWN: 0}
        self._lock = threading.Lock()
        self._order = itertools.count()
        self._queue: queue.PriorityQueue[tuple[int, int, Any]] = queue.PriorityQueue()
        self._worker: threading.Thread | None = None

    def full(self, known: bool) -> bool:
        """No place now: a caller may refuse before doing any other work."""
        kind = KNOWN if known else UNKNOWN
        with self._lock:
            return self._taken[kind] >= self._places[kind]

    def taken(self, known: bool) -> int:
        with self._lock:
            return self._taken[KNOWN if known else UNKNOWN]

    async def run(self, fn: Callable[..., T], *args: Any, known: bool = False) -> T:
        """fn(*args) on the worker thread; PoolBusy at once if this class has no place."""
        kind = KNOWN if known else UNKNOWN
        with self._lock:
            if self._taken[kind] >= self._places[kind]:
                raise PoolBusy(retry_after=1 if known else 2)
            self._taken[kind] += 1
            if self._worker is None:
                self._worker = threading.Thread(
                    target=self._work, name="ftbt-password-checks", daemon=True
                )
                self._worker.start()
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        try:
            self._queue.put((kind, next(self._order), (fn, args, loop, future)))
            return await future
        finally:
            with self._lock:
                self._taken[kind] -= 1

    def _work(self) -> None:
        while True:
            _kind, _order, (fn, args, loop, future) = self._queue.get()
            if future.cancelled():  # the client went away while it waited
                continue
            try:
                result = fn(*args)
            except BaseException as exc:  # handed to the waiting request
                loop.call_soon_threadsafe(_settle, future, None, exc)
            else:
                loop.call_soon_threadsafe(_settle, future, result, None)


def _settle(future: asyncio.Future[Any], result: Any, exc: BaseException | None) -> None:
    if future.done():
        return
    if exc is not None:
        future.set_exception(exc)
    else:
        future.set_result(result)
