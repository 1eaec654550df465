"""Auto-lock: notice when nobody has touched the app for a while.

An application-wide event filter restarts a single-shot timer on every key,
click, wheel or touch, whichever window it goes to (dialogs included), so the
timer fires only after real idleness. Mouse movement counts too: someone
reading a long history with the mouse in hand is still there. But only a move
to a new place counts: Qt sends moves of its own at the same place (when a
widget under a still cursor appears or goes), and a screen updating itself
in front of nobody must not keep the vault open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QTimer, Signal
from PySide6.QtGui import QMouseEvent

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    sig_idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.sig_idle)
        self._installed = False
        self._last_mouse: QPointF | None = None

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def set_timeout_ms(self, ms: int) -> None:
        self._timer.setInterval(max(1, ms))
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in INPUT_EVENTS:
            self._timer.start()
        elif kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            where = event.globalPosition()
            if where != self._last_mouse:
                self._last_mouse = where
                self._timer.start()
        return False
