"""The unsaved-typing question answered, and a family picked with typing left."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from ui_shell_helpers import WAIT_MS, click

from ftbt_desktop.ui.main_window import MainWindow


def pick(qtbot: QtBot, window: MainWindow, name: str) -> None:
    """Click a family in the list, as the coordinator does."""
    view = window.family_list.list_view
    model = window.family_list.model
    row = next(r for r in range(model.rowCount()) if model.index(r).data() == name)
    QApplication.processEvents()
    rect = view.visualRect(model.index(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def question() -> QMessageBox | None:
    boxes = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "unsaved_question" and w.isVisible()
    ]
    assert len(boxes) <= 1
    return boxes[0] if boxes else None


def answer(qtbot: QtBot, button: QMessageBox.StandardButton) -> None:
    box = question()
    assert box is not None, "the coordinator was not asked"
    click(qtbot, box.button(button))
    qtbot.waitUntil(lambda: question() is None, timeout=WAIT_MS)
