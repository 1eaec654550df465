"""Passphrase fields: a live strength meter and the "new passphrase, twice" form.

Used wherever a passphrase is chosen (new vault, after the recovery key,
change passphrase), so the same rule and the same words apply everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.core.passphrase import Strength, assess
from ftbt_desktop.storage.errors import WrongPassphrase
from ftbt_desktop.ui.tasks import log_unexpected
from ftbt_desktop.ui.workspace.page_frame import show_error
from ftbt_desktop.words.vault import hint_text, mismatch_text, unexpected_text

# Red, orange, yellow-green, green: the meter also says it in words, never by colour alone.
SCORE_COLOURS = ("#b00020", "#b00020", "#c77700", "#5a8f00", "#1b7f3b")


def show_passphrase_failure(
    error: QLabel, edit: QLineEdit, exc: BaseException, wrong_text: str
) -> None:
    """Work that first proved a passphrase failed: say why, and put the cursor back."""
    if isinstance(exc, WrongPassphrase):
        show_error(error, wrong_text)
        edit.setFocus()
        edit.selectAll()
        return
    log_unexpected(exc)
    show_error(error, unexpected_text())


def passphrase_edit(parent: QWidget | None = None) -> QLineEdit:
    edit = QLineEdit(parent)
    # Password echo also keeps the text out of input-method prediction and copy/cut.
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class StrengthMeter(QWidget):
    """A bar from 0 to 4 and a plain-language hint, updated on every keystroke."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.hint)
        self.strength = assess("")
        self.show_strength(self.strength)

    def update_for(self, passphrase: str) -> Strength:
        self.strength = assess(passphrase)
        self.show_strength(self.strength)
        return self.strength

    def show_strength(self, strength: Strength) -> None:
        self.bar.setValue(strength.score)
        colour = SCORE_COLOURS[strength.score]
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.hint.setText(hint_text(strength.hint))
        self.bar.setAccessibleDescription(hint_text(strength.hint))


class NewPassphraseForm(QWidget):
    """Passphrase, the same again, and the strength meter.

    `problem()` gives the message that refuses the choice, or "" when it is fine.
    """

    sig_submitted = Signal()  # Enter pressed in the second field
    sig_edited = Signal()  # either field changed: a refusal about the old text is stale

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = passphrase_edit()
        self.second = passphrase_edit()
        self.meter = StrengthMeter()
        self.show_typed = QCheckBox(self.tr("Show what I type"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("New passphrase:"), self.first)
        form.addRow("", self.meter)
        form.addRow(self.tr("Repeat it:"), self.second)
        form.addRow("", self.show_typed)
        self.first.textChanged.connect(self.meter.update_for)
        self.first.textChanged.connect(self.sig_edited)
        self.second.textChanged.connect(self.sig_edited)
        self.first.returnPressed.connect(self.second.setFocus)
        self.second.returnPressed.connect(self.sig_submitted)
        self.show_typed.toggled.connect(self._set_visible_typing)

    def passphrase(self) -> str:
        return self.first.text()

    def problem(self) -> str:
        strength = assess(self.first.text())
        if not strength.acceptable:
            return hint_text(strength.hint)
        if self.first.text() != self.second.text():
            return mismatch_text()
        return ""

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
        self.show_typed.setChecked(False)

    def focus(self) -> None:
        self.first.setFocus()

    def _set_visible_typing(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)
