"""The vault's lock knows when another thread waits for it (storage/waited_lock.py):
a pull's long transaction gives way by it."""

from __future__ import annotations

import threading
import time

from ftbt_desktop.storage.waited_lock import WaitedLock


def test_waited_only_while_another_thread_is_blocked() -> None:
    lock = WaitedLock()
    assert not lock.waited
    with lock:
        with lock:  # re-entrant, and the holder is not waiting
            assert not lock.waited
        got: list[bool] = []

        def other_thread() -> None:
            got.append(lock.acquire(timeout=5))
            lock.release()

        other = threading.Thread(target=other_thread)
        other.start()
        deadline = time.monotonic() + 5
        while not lock.waited and time.monotonic() < deadline:
            time.sleep(0.005)
        assert lock.waited
    other.join(5)
    assert got == [True] and not lock.waited


def test_a_try_or_a_timeout_does_not_leave_it_waited() -> None:
    lock = WaitedLock()
    lock.acquire()
    results: list[bool] = []

    def others() -> None:
        results.append(lock.acquire(blocking=False))
        results.append(lock.acquire(timeout=0.05))

    thread = threading.Thread(target=others)
    thread.start()
    thread.join(5)
    assert results == [False, False]
    assert not lock.waited
    lock.release()
