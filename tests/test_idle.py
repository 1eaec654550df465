"""The idle watcher behind auto-lock: real input postpones it, Qt's own events do not.

The watcher reads a clock it is given; these tests move that clock and call
`check()` (what the watcher's timer does when it fires), so none waits in real time.
"""

from __future__ import annotations

from fake_clock import FakeClock
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ftbt_desktop.ui.idle import IdleWatcher


def move(widget: QWidget, x: float, y: float) -> None:
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(x, y),
        QPointF(x, y),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QCoreApplication.sendEvent(widget, event)


def key(widget: QWidget) -> None:
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    QCoreApplication.sendEvent(widget, event)


def shown(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_moves_in_place_do_not_postpone_the_lock_but_real_moves_do(qtbot: QtBot) -> None:
    widget = shown(qtbot)
    clock = FakeClock()
    watcher = IdleWatcher(600, clock=clock)
    fired: list[bool] = []
    watcher.sig_idle.connect(lambda: fired.append(True))
    watcher.start()
    try:
        # The mouse moves for real, every 100 ms: never idle meanwhile.
        for step in range(6):
            move(widget, 10 + step, 10)
            clock.advance(100)
            watcher.check()
        assert fired == []
        # A still mouse over a screen that keeps changing: Qt's moves at the same place,
        # for over three times the idle time. The lock comes once, 600 ms after the last
        # real move.
        for _ in range(20):
            move(widget, 15, 10)
            clock.advance(100)
            watcher.check()
        assert fired == [True]
    finally:
        watcher.stop()


def test_a_key_press_starts_the_idle_time_again(qtbot: QtBot) -> None:
    widget = shown(qtbot)
    clock = FakeClock()
    watcher = IdleWatcher(600, clock=clock)
    fired: list[bool] = []
    watcher.sig_idle.connect(lambda: fired.append(True))
    watcher.start()
    try:
        clock.advance(400)
        key(widget)
        clock.advance(400)
        watcher.check()  # 800 ms since start, 400 since the key: not idle
        assert fired == [] and watcher.remaining_ms() == 200 and watcher.active
        clock.advance(200)
        watcher.check()
        assert fired == [True] and not watcher.active
        # Back at the keyboard after the lock was said: the next idle period runs.
        key(widget)
        assert watcher.active
        clock.advance(600)
        watcher.check()
        assert fired == [True, True]
    finally:
        watcher.stop()


def test_a_stopped_watcher_says_nothing_and_a_shorter_timeout_counts_at_once(
    qtbot: QtBot,
) -> None:
    clock = FakeClock()
    watcher = IdleWatcher(60_000, clock=clock)
    fired: list[bool] = []
    watcher.sig_idle.connect(lambda: fired.append(True))
    watcher.start()
    clock.advance(1000)
    watcher.set_timeout_ms(500)  # the settings dialog shortened it: already passed
    assert watcher.remaining_ms() == 0
    watcher.stop()
    watcher.check()
    assert fired == []


def test_the_real_timer_says_idle(qtbot: QtBot) -> None:
    # With the real clock: the timer, not a test, calls check() when the time is up.
    watcher = IdleWatcher(50)
    with qtbot.waitSignal(watcher.sig_idle, timeout=10_000):
        watcher.start()
    watcher.stop()
