"""Sign in to the central server: the address once, then the municipality's login (in
the system browser, sync/sso.py) or a username and password.

Once signed in, the dialog says as whom and where, names this computer as the
server knows it, and offers "Sign out" (the token leaves the vault; changes not
yet sent stay on this computer until someone signs in again).

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
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.storage.sync_state import Account
from ftbt_desktop.ui.sync.devices_dialog import DevicesDialog
from ftbt_desktop.ui.sync.sync_controller import SyncController
from ftbt_desktop.words.sync import device_label, server_host, signed_in_text

# Wide enough for a real municipal address (60 characters and a good deal more)
# without scrolling: the coordinator can check it is the right server.
ADDRESS_SAMPLE = "https://ftbt-synkronisering.familieafdelingen.eksempelkommune.dk:8443"


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
        self.signed_in_label = QLabel(self)
        self.signed_in_label.setObjectName("sign_in_who")
        self.signed_in_label.setTextFormat(Qt.TextFormat.PlainText)
        self.signed_in_label.setWordWrap(True)
        font = self.signed_in_label.font()
        font.setBold(True)
        self.signed_in_label.setFont(font)
        self.device_label = QLabel(self)
        self.device_label.setObjectName("sign_in_device")
        self.device_label.setTextFormat(Qt.TextFormat.PlainText)
        self.device_label.setWordWrap(True)
        self.sign_out_button = QPushButton(self)
        self.sign_out_button.setObjectName("sign_out_button")
        self.sign_out_button.setAutoDefault(False)
        self.devices_button = QPushButton(self.tr("My computers…"), self)
        self.devices_button.setObjectName("my_devices_button")
        self.devices_button.setAutoDefault(False)
        self.server_edit = QLineEdit(self)
        self.server_edit.setObjectName("sign_in_server")
        self.server_edit.setPlaceholderText("https://ftbt.kommune.dk")
        self.server_edit.setMinimumWidth(_address_width(self.server_edit))
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
        self.sso_button = QPushButton(self.tr("Sign in with your municipality's login…"), self)
        self.sso_button.setObjectName("sign_in_sso_button")
        self.sso_button.setAutoDefault(False)
        self.sso_button.setToolTip(
            self.tr(
                "Opens the municipality's sign-in page in your browser. Come back here "
                "when you have signed in there."
            )
        )
        self.cancel_sso_button = QPushButton(self.tr("Stop waiting for the browser"), self)
        self.cancel_sso_button.setObjectName("sign_in_sso_cancel")
        self.cancel_sso_button.setAutoDefault(False)
        self.cancel_sso_button.hide()
        self.or_label = QLabel(self.tr("Or with a username and password:"), self)

        self.signed_in_box = QWidget(self)
        who = QHBoxLayout(self.signed_in_box)
        who.setContentsMargins(0, 0, 0, 0)
        texts = QVBoxLayout()
        texts.addWidget(self.signed_in_label)
        texts.addWidget(self.device_label)
        who.addLayout(texts, 1)
        who.addWidget(self.devices_button, 0, Qt.AlignmentFlag.AlignTop)
        who.addWidget(self.sign_out_button, 0, Qt.AlignmentFlag.AlignTop)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Server address"), self.server_edit)
        passwords = QFormLayout()
        passwords.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        passwords.addRow(self.tr("Username"), self.username_edit)
        passwords.addRow(self.tr("Password"), self.password_edit)
        sso_row = QHBoxLayout()
        sso_row.addWidget(self.sso_button)
        sso_row.addWidget(self.cancel_sso_button)
        sso_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.signed_in_box)
        layout.addLayout(form)
        layout.addLayout(sso_row)
        layout.addWidget(self.or_label)
        layout.addLayout(passwords)
        layout.addWidget(self.message_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.buttons)

        account = controller.account()
        if account is not None:
            self.server_edit.setText(account.server_url)
            self.username_edit.setText(account.username)
        self.sign_out_button.setText(self.tr("Sign out"))
        self.sign_out_button.setAccessibleName(self.tr("Sign out of the central server"))
        self._show_account(account)
        self.sign_out_button.clicked.connect(self.sign_out)
        self.devices_button.clicked.connect(self.show_devices)
        self.sso_button.clicked.connect(self.submit_sso)
        self.cancel_sso_button.clicked.connect(self.controller.cancel)
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

    @Slot()
    def submit_sso(self) -> None:
        """Sign in in the browser; the dialog waits, and can stop waiting."""
        server = self.server_edit.text().strip()
        if not server:
            self._show_message(self.tr("Fill in the server address."))
            self.server_edit.setFocus()
            return
        if not self.controller.sign_in_sso(server):
            self._show_message(self.tr("A sync is running. Try again in a moment."))
            return
        self._set_busy(True, sso=True)
        self._show_message(
            self.tr("Sign in in the browser window that opened, then come back here.")
        )

    @Slot()
    def sign_out(self) -> None:
        """Forget the sign-in; what was not sent yet stays on this computer."""
        self.controller.sign_out()
        self._show_account(self.controller.account())
        self._show_message(
            self.tr(
                "You are signed out. Changes not yet sent stay on this computer and are "
                "sent when you sign in again."
            )
        )
        self._focus_first_empty()

    @Slot()
    def show_devices(self) -> DevicesDialog:
        """The coordinator's own computers (fetched from the server)."""
        dialog = DevicesDialog(self.controller.devices_fetcher(), self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _show_account(self, account: Account | None) -> None:
        signed_in = account is not None and account.signed_in
        self.signed_in_box.setVisible(signed_in)
        if account is None or not signed_in:
            return
        self.signed_in_label.setText(
            signed_in_text(account.username, server_host(account.server_url))
        )
        self.signed_in_label.setToolTip(account.server_url)
        self.device_label.setText(
            self.tr("This computer: {name} ({label})").format(
                name=self.controller.device_name(),
                label=device_label(self.controller.service.device_id),
            )
        )

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

    def _set_busy(self, busy: bool, sso: bool = False) -> None:
        self.busy_bar.setVisible(busy)
        for widget in (self.server_edit, self.username_edit, self.password_edit):
            widget.setEnabled(not busy)
        self.sign_in_button.setEnabled(not busy)
        self.sso_button.setEnabled(not busy)
        self.cancel_sso_button.setVisible(busy and sso)
        self.sign_out_button.setEnabled(not busy)
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


def _address_width(edit: QLineEdit) -> int:
    """A line edit's width that shows a long address whole, in the edit's own font."""
    metrics = edit.fontMetrics()
    text = max(metrics.horizontalAdvance(ADDRESS_SAMPLE), metrics.averageCharWidth() * 72)
    margins = edit.textMargins()
    # The frame and QLineEdit's own 2 px inner margin on each side, with room to spare.
    frame = 2 * edit.style().pixelMetric(edit.style().PixelMetric.PM_DefaultFrameWidth)
    return text + margins.left() + margins.right() + frame + 4 + metrics.averageCharWidth() * 2
