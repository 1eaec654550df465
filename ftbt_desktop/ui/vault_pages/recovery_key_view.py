"""A recovery key shown once, with where to keep it and "I have stored it"
(after creating a vault, and after making a new key)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget


class RecoveryKeyView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key_label = QLabel()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setWordWrap(True)
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.key_label.setMargin(12)
        advice = QLabel(
            self.tr(
                "Write it down on paper and keep it somewhere safe, away from this computer "
                "(for example locked in a drawer at the office), or store it in your "
                "municipality's password manager. Do not keep it in a file on this computer."
            )
        )
        advice.setWordWrap(True)
        advice.setTextFormat(Qt.TextFormat.PlainText)
        self.stored = QCheckBox(self.tr("I have stored the recovery key safely"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.key_label)
        layout.addWidget(advice)
        layout.addWidget(self.stored)

    def show_key(self, recovery_key: str) -> None:
        self.key_label.setText(recovery_key)
        self.stored.setChecked(False)

    def clear(self) -> None:
        # Once is once: the key leaves the screen (and this widget) for good, and
        # the clipboard too if it was copied from here (into a password manager,
        # say): it must not be pasted somewhere later, or outlive a lock.
        _forget_copies(self.key_label.text())
        self.key_label.clear()
        self.stored.setChecked(False)

    @property
    def shown(self) -> bool:
        return bool(self.key_label.text())


def _forget_copies(key: str) -> None:
    if not key:
        return
    clipboard = QGuiApplication.clipboard()
    modes = [QClipboard.Mode.Clipboard]
    if clipboard.supportsSelection():
        modes.append(QClipboard.Mode.Selection)  # X11: selecting the text copies it
    for mode in modes:
        copied = clipboard.text(mode).strip()
        if copied and copied in key:
            clipboard.clear(mode)
