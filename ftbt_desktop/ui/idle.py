"""Auto-lock: notice when nobody has touched the app for a while.

An application-wide event filter restarts a single-shot timer on every key,
click, wheel or touch, whichever window it goes to (dialogs included), so the
timer fires only after real idleness. Mouse movement counts too: someone
reading a long history with the mouse in hand is still there. But only a move
to a new place counts: Qt sends moves of its own at the same place (when a
widget under a still cursor appears or goes), and a screen updating itself
in front of nobody must not keep the vault open.

Time is read from a clock the watcher is given (monotonic seconds; `time.monotonic`
by default): input only notes the time, and the timer, when it fires, re-arms
for what is left or says idle. Tests give a clock they move and call `check()`,
so no test waits in real time for an idle period.
"""

from __future__ import annotations

import time
from collections.abc import Callable

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

    def __init__(
        self,
        timeout_ms: int,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._timeout_ms = max(1, timeout_ms)
        self._last_input = clock()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)
        self._installed = False
        self._running = False
        self._said_idle = False  # until the next input: idle is said once
        self._last_mouse: QPointF | None = None

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    @property
    def clock(self) -> Callable[[], float]:
        return self._clock

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def set_timeout_ms(self, ms: int) -> None:
        self._timeout_ms = max(1, ms)
        if self._timer.isActive():
            self._arm()

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._running = True
        self._said_idle = False
        self._last_input = self._clock()
        self._arm()

    def stop(self) -> None:
        self._running = False
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def remaining_ms(self) -> int:
        """How long until idle, counted from the last input."""
        idle_ms = (self._clock() - self._last_input) * 1000
        return max(0, int(self._timeout_ms - idle_ms))

    def check(self) -> None:
        """Say idle when the time has passed since the last input; else wait for the rest."""
        if not self._running or self._said_idle:
            return  # stopped, or said already: a check due from before says nothing
        if self.remaining_ms() > 0:
            self._arm()
            return
        self._timer.stop()
        self._said_idle = True
        self.sig_idle.emit()

    def _arm(self) -> None:
        # At least 1 ms: a zero-interval timer would fire at once, again and again.
        self._timer.start(max(1, self.remaining_ms()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in INPUT_EVENTS:
            self._noticed()
        elif kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            where = event.globalPosition()
            if where != self._last_mouse:
                self._last_mouse = where
                self._noticed()
        return False

    def _noticed(self) -> None:
        self._last_input = self._clock()
        if self._running and self._said_idle:
            self._said_idle = False
            self._arm()  # idle was said already: the next idle period starts now
