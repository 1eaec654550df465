"""The idle watcher behind auto-lock: real input postpones it, Qt's own events do not."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
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


def test_moves_in_place_do_not_postpone_the_lock_but_real_moves_do(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    watcher = IdleWatcher(600)
    fired: list[bool] = []
    watcher.sig_idle.connect(lambda: fired.append(True))
    watcher.start()
    try:
        # The mouse moves for real, every 100 ms: never idle meanwhile.
        for step in range(6):
            move(widget, 10 + step, 10)
            qtbot.wait(100)
        assert fired == []
        # A still mouse over a screen that keeps changing: Qt's moves at the same place,
        # for over three times the idle time. The lock must come meanwhile.
        for _ in range(20):
            move(widget, 15, 10)
            qtbot.wait(100)
        assert fired == [True]
    finally:
        watcher.stop()
