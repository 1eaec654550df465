"""Finger-sized controls for the map on a touch laptop (at least 44 px, `TOUCH_PX`).

The map is used at the kitchen table, often on a touch screen: toolbar
buttons, menu entries, dialog buttons and fields are made tall enough for a
finger. Toolbar buttons also join the Tab order (Qt leaves them out), so every
action is reachable by keyboard too.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QMenu,
    QToolBar,
    QToolButton,
    QWidget,
)

from ftbt_desktop.mapdraw.shapes import TOUCH_PX

TOOL_BUTTON = QSize(64, 56)  # a large icon with its word under it


def finger_sized(toolbar: QToolBar) -> None:
    """The toolbar's buttons large enough for a finger, and reachable by Tab."""
    for button in toolbar.findChildren(QToolButton):
        button.setMinimumSize(TOOL_BUTTON)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)


def finger_sized_controls(root: QWidget) -> None:
    """Buttons, fields and lists of choices in `root` at least a finger's height."""
    for kind in (QAbstractButton, QLineEdit, QComboBox):
        for control in root.findChildren(kind):
            control.setMinimumHeight(TOUCH_PX)


def touch_menu(parent: QWidget, name: str) -> QMenu:
    """A menu whose entries are tall enough for a finger."""
    menu = QMenu(parent)
    menu.setObjectName(name)
    menu.setStyleSheet(f"QMenu::item {{ min-height: {TOUCH_PX}px; padding: 0 24px 0 12px; }}")
    return menu
