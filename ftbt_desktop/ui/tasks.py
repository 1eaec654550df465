"""One background worker for slow vault work (KDF, opening, checking, restoring).

A signal-only worker object lives in its own QThread (STYLE pattern 5): the
UI thread hands it a function by signal, and the result or the exception
comes back by signal, so the window keeps painting while Argon2id runs.
One thread means vault work is serialised: a second task waits for the first.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class TaskWorker(QObject):
    sig_done = Signal(int, object)
    sig_failed = Signal(int, object)

    @Slot(int, object)
    def run(self, task_id: int, fn: Callable[[], Any]) -> None:
        try:
            result = fn()
        except Exception as exc:
            self.sig_failed.emit(task_id, exc)
        else:
            self.sig_done.emit(task_id, result)


class TaskRunner(QObject):
    """Runs functions on the worker thread; callbacks run back on the UI thread."""

    sig_busy_changed = Signal(bool)
    _sig_submit = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._thread.setObjectName("ftbt-vault-worker")
        self._worker = TaskWorker()
        self._worker.moveToThread(self._thread)
        self._sig_submit.connect(self._worker.run)
        self._worker.sig_done.connect(self._on_done)
        self._worker.sig_failed.connect(self._on_failed)
        self._pending: dict[int, tuple[Done, Failed]] = {}
        self._next_id = 0
        self._thread.start()

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def submit(self, fn: Callable[[], Any], on_done: Done, on_failed: Failed) -> None:
        self._next_id += 1
        was_busy = self.busy
        self._pending[self._next_id] = (on_done, on_failed)
        if not was_busy:
            self.sig_busy_changed.emit(True)
        self._sig_submit.emit(self._next_id, fn)

    def shutdown(self) -> None:
        """Let the running task finish, then stop the thread (at app exit)."""
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()

    @Slot(int, object)
    def _on_done(self, task_id: int, result: object) -> None:
        callbacks = self._pending.pop(task_id, None)
        try:
            if callbacks is not None:
                callbacks[0](result)
        finally:
            self._maybe_idle()

    @Slot(int, object)
    def _on_failed(self, task_id: int, exc: object) -> None:
        callbacks = self._pending.pop(task_id, None)
        try:
            if callbacks is not None and isinstance(exc, BaseException):
                callbacks[1](exc)
        finally:
            self._maybe_idle()

    def _maybe_idle(self) -> None:
        # After the callback, so that whoever waits for "not busy" (a deferred
        # lock) sees the task's outcome already applied; a callback that submits
        # a follow-up task keeps the runner busy without a gap.
        if not self._pending:
            self.sig_busy_changed.emit(False)


def log_unexpected(exc: BaseException) -> None:
    """Record an unexpected failure for support without its message.

    Messages can quote data (a name in a validation error), so only the type
    and where it happened are logged.
    """
    where = "".join(traceback.format_tb(exc.__traceback__)[-3:])
    log.error("unexpected %s\n%s", type(exc).__name__, where)
