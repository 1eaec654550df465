"""Sign in to the central server: the address once, then username and password.

Signing in runs on the sync worker's thread (the server's password check is
deliberately slow), so the dialog stays responsive and shows a busy bar. The
password is never stored: the server's token is, inside the vault.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.storage.sync_state import Account
from ftbt_desktop.ui.sync_controller import SyncController


class SignInDialog(QDialog):
    def __init__(
        self, controller: SyncController, reason: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Sign in to the central server"))
        self.setModal(True)

        self.reason_label = QLabel(reason, self)
        self.reason_label.setObjectName("sign_in_reason")
        self.reason_label.setWordWrap(True)
        self.reason_label.setVisible(bool(reason))
        self.server_edit = QLineEdit(self)
        self.server_edit.setObjectName("sign_in_server")
        self.server_edit.setPlaceholderText("https://ftbt.kommune.dk")
        self.username_edit = QLineEdit(self)
        self.username_edit.setObjectName("sign_in_username")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("sign_in_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("sign_in_message")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.hide()
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("Sign in"))
        self.sign_in_button.setObjectName("sign_in_button")

        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.server_edit)
        form.addRow(self.tr("Username"), self.username_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason_label)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.buttons)

        account = controller.account()
        if account is not None:
            self.server_edit.setText(account.server_url)
            self.username_edit.setText(account.username)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        controller.sig_signed_in.connect(self._on_signed_in)
        controller.sig_sign_in_failed.connect(self._on_failed)
        self._listening = True
        self._focus_first_empty()

    @Slot()
    def submit(self) -> None:
        server = self.server_edit.text().strip()
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if not server or not username or not password:
            self._show_message(self.tr("Fill in the server address, username and password."))
            self._focus_first_empty()
            return
        if not self.controller.sign_in(server, username, password):
            self._show_message(self.tr("A sync is running. Try again in a moment."))
            return
        self._set_busy(True)

    @Slot(object)
    def _on_signed_in(self, _account: Account) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self.accept()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self._show_message(message)
        self._focus_first_empty()

    def _set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        for widget in (self.server_edit, self.username_edit, self.password_edit):
            widget.setEnabled(not busy)
        self.sign_in_button.setEnabled(not busy)
        if busy:
            self.message_label.hide()

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()

    def _focus_first_empty(self) -> None:
        for widget in (self.server_edit, self.username_edit, self.password_edit):
            if not widget.text():
                widget.setFocus()
                return
        self.password_edit.setFocus()

    def done(self, result: int) -> None:
        # The password must not linger in a hidden widget.
        self.password_edit.clear()
        if self._listening:
            self._listening = False
            self.controller.sig_signed_in.disconnect(self._on_signed_in)
            self.controller.sig_sign_in_failed.disconnect(self._on_failed)
        super().done(result)
