"""What every export dialog shares: asking where to save, the personal-data banner,
and the "Choose where to save… / Cancel" buttons.

Qt's own save dialog is used rather than the system's: a system dialog may add
the file's name (often a family's name) to the desktop's list of recent files.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QPushButton, QWidget

# Asks where to save: (parent, title, suggested path, filter) -> chosen path or "".
ChoosePath = Callable[[QWidget, str, str, str], str]


def qt_save_dialog(parent: QWidget, title: str, suggested: str, name_filter: str) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent, title, suggested, name_filter, "", QFileDialog.Option.DontUseNativeDialog
    )
    return path


def warning_banner(text: str, object_name: str, parent: QWidget) -> QLabel:
    """The sentence that the file holds personal data and where it belongs."""
    label = QLabel(text, parent)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setProperty("role", "banner")
    return label


def save_buttons(parent: QWidget) -> tuple[QDialogButtonBox, QPushButton]:
    """ "Choose where to save…" (accepts) and Cancel."""
    buttons = QDialogButtonBox(parent)
    save = buttons.addButton(
        QCoreApplication.translate("SaveDialog", "Choose where to save…"),
        QDialogButtonBox.ButtonRole.AcceptRole,
    )
    buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    return buttons, save
