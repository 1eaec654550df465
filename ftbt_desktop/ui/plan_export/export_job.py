"""Writing a family plan PDF off the UI thread, with progress and Cancel.

The plan and a copy of the map are read on the UI thread first (the vault
belongs to it, and reading takes milliseconds); the worker only paints
plain data into the file, page by page, so a long plan never freezes the
window. A signal-only worker in its own QThread (STYLE pattern 5).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ftbt_desktop.export.family_plan import write_family_plan
from ftbt_desktop.export.plan_content import PlanContent


class PlanPdfWorker(QObject):
    sig_progress = Signal(int, int)  # pages done, pages in all
    sig_done = Signal(int)  # pages
    sig_failed = Signal(object)  # the exception (ExportFailed, ExportCancelled, …)

    def __init__(self, cancel: threading.Event) -> None:
        super().__init__()
        self._cancel = cancel

    @Slot(object, object, object)
    def run(self, content: PlanContent, map_content: Mapping[str, Any], path: Path) -> None:
        try:
            pages = write_family_plan(
                content,
                map_content,
                path,
                progress=lambda done, total: self.sig_progress.emit(done, total),
                cancelled=self._cancel.is_set,
            )
        except Exception as exc:
            self.sig_failed.emit(exc)
        else:
            self.sig_done.emit(pages)


class PlanPdfJob(QObject):
    """One export: start it, follow its signals, cancel it. Cleans up its thread itself."""

    sig_progress = Signal(int, int)
    sig_done = Signal(int)
    sig_failed = Signal(object)
    _sig_start = Signal(object, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._thread = QThread(self)
        self._thread.setObjectName("ftbt-plan-pdf")
        self._worker = PlanPdfWorker(self._cancel)
        self._worker.moveToThread(self._thread)
        self._sig_start.connect(self._worker.run)
        self._worker.sig_progress.connect(self.sig_progress)
        self._worker.sig_done.connect(self._finish_done)
        self._worker.sig_failed.connect(self._finish_failed)
        self._thread.finished.connect(self._worker.deleteLater)
        self.running = False

    def start(self, content: PlanContent, map_content: Mapping[str, Any], path: Path) -> None:
        self.running = True
        self._thread.start()
        self._sig_start.emit(content, dict(map_content), Path(path))

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, ms: int = 30_000) -> bool:
        """For shutting down: let the worker finish its page, then stop the thread."""
        self._thread.quit()
        return self._thread.wait(ms)

    def _finish_done(self, pages: int) -> None:
        self._stop()
        self.sig_done.emit(pages)

    def _finish_failed(self, exc: object) -> None:
        self._stop()
        self.sig_failed.emit(exc)

    def _stop(self) -> None:
        self.running = False
        self._thread.quit()
        self._thread.wait()
