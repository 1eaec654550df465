"""A start-up probe for the bundle's smoke test: which page the window first shows.

With `FTBT_FIRST_PAINT_REPORT` set to a file path, the app writes the class
name of the page on screen (`UnlockPage`, `CreateVaultPage`…) to that file once
the window has painted, and quits. A file, not standard output: the windowed
Windows executable has none. Only a class name is ever written, and it is
written before anything can be unlocked, so the probe cannot carry personal data.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

REPORT_ENV = "FTBT_FIRST_PAINT_REPORT"


def report_path(environ: Mapping[str, str] = os.environ) -> Path | None:
    value = environ.get(REPORT_ENV, "")
    return Path(value) if value else None


class FirstPaintProbe(QObject):
    """Waits for the window's first paint, then writes the page name and quits."""

    def __init__(self, window: QWidget, page: Callable[[], QWidget], target: Path) -> None:
        super().__init__(window)
        self._window = window
        self._page = page
        self._target = target
        self._done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            # After the paint has finished, not inside it.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        self._target.write_text(type(self._page()).__name__ + "\n", encoding="utf-8")
        QApplication.quit()


def watch_first_paint(window: QWidget, page: Callable[[], QWidget]) -> FirstPaintProbe | None:
    """A probe when the environment asks for one (the smoke test), else None."""
    target = report_path()
    return FirstPaintProbe(window, page, target) if target is not None else None
