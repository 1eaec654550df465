"""Unlocking: by passphrase, or by recovery key (then a new passphrase: create_pages.py)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from ftbt_desktop.ui.vault_pages.passphrase_widgets import passphrase_edit
from ftbt_desktop.ui.workspace.page_frame import BusyBar, CenteredPage, show_error


def _link_button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setFlat(True)
    button.setStyleSheet("QPushButton { text-decoration: underline; text-align: left; }")
    return button


class UnlockPage(CenteredPage):
    sig_unlock = Signal(str)  # the typed passphrase
    sig_use_recovery_key = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_title(self.tr("FTBT Desktop is locked"))
        self.notice = self.add_text("")
        self.notice.hide()
        self.add_text(self.tr("Type your passphrase to unlock the vault."))
        self.passphrase = passphrase_edit()
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.body.addWidget(self.passphrase)
        self.error = self.add_error_label()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.forgot = _link_button(self.tr("Forgot your passphrase? Use your recovery key"))
        row = QHBoxLayout()
        row.addWidget(self.forgot)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        self.body.addLayout(row)
        self.busy = BusyBar()
        self.body.addWidget(self.busy)
        self.passphrase.returnPressed.connect(self._submit)
        self.unlock_button.clicked.connect(self._submit)
        self.forgot.clicked.connect(self.sig_use_recovery_key)

    def focus(self) -> None:
        self.passphrase.setFocus()

    def set_notice(self, text: str) -> None:
        """A calm line above the field, e.g. "Locked after 5 minutes without use"."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        self._set_waiting(busy, self.tr("Opening the vault…"))

    def set_closing(self, closing: bool) -> None:
        """Shown at once when locking must wait for running work to finish."""
        self._set_waiting(
            closing, self.tr("Locking: the vault closes as soon as the current task is done…")
        )

    def _set_waiting(self, waiting: bool, text: str) -> None:
        for widget in (self.passphrase, self.unlock_button, self.forgot):
            widget.setEnabled(not waiting)
        if waiting:
            self.busy.start(text)
        else:
            self.busy.stop()

    def show_failure(self, text: str) -> None:
        show_error(self.error, text)
        self.passphrase.setFocus()
        self.passphrase.selectAll()

    def reset(self) -> None:
        self.passphrase.clear()
        show_error(self.error, "")

    def _submit(self) -> None:
        if not self.passphrase.text():
            self.show_failure(self.tr("Type your passphrase first."))
            return
        self.sig_unlock.emit(self.passphrase.text())


class RecoveryPage(CenteredPage):
    sig_unlock = Signal(str)  # the typed recovery key
    sig_back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_title(self.tr("Unlock with your recovery key"))
        self.add_text(
            self.tr(
                "Type the recovery key you were shown when the vault was created. "
                "Upper or lower case and the dashes do not matter. Afterwards you choose "
                "a new passphrase."
            )
        )
        self.key = QLineEdit()
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.body.addWidget(self.key)
        self.error = self.add_error_label()
        self.back_button = _link_button(self.tr("Back to the passphrase"))
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        self.body.addLayout(row)
        self.busy = BusyBar()
        self.body.addWidget(self.busy)
        self.key.returnPressed.connect(self._submit)
        self.unlock_button.clicked.connect(self._submit)
        self.back_button.clicked.connect(self.sig_back)

    def focus(self) -> None:
        self.key.setFocus()

    def set_busy(self, busy: bool) -> None:
        for widget in (self.key, self.unlock_button, self.back_button):
            widget.setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Opening the vault…"))
        else:
            self.busy.stop()

    def show_failure(self, text: str) -> None:
        show_error(self.error, text)
        self.key.setFocus()

    def reset(self) -> None:
        self.key.clear()
        show_error(self.error, "")

    def _submit(self) -> None:
        if not self.key.text().strip():
            self.show_failure(self.tr("Type your recovery key first."))
            return
        self.sig_unlock.emit(self.key.text())
