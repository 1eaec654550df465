"""Make a new recovery key: the passphrase first, then the new key, shown once.

For a recovery key that was lost, seen by someone else, or never stored (the
app locked, or was closed, while the first one was on the screen). The
passphrase is asked even though the vault is open: whoever holds a recovery key
can open the vault later, so a laptop left unlocked must not hand one out.
The key derivation and the header write run on the worker.

When the old key may be known, all data can be re-encrypted under a new data
key as the new recovery key is put in force (`storage/rekey.py`): the new key
is shown first, and the re-key runs once it is said to be stored.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.storage import keys
from ftbt_desktop.storage.rekey import RekeyCancelled, rekey
from ftbt_desktop.storage.vault import NewRecoveryKey, Vault
from ftbt_desktop.ui.tasks import TaskRunner, log_unexpected
from ftbt_desktop.ui.vault_pages.passphrase_widgets import passphrase_edit, show_passphrase_failure
from ftbt_desktop.ui.vault_pages.recovery_key_view import RecoveryKeyView
from ftbt_desktop.ui.vault_pages.rekey_widgets import RekeyChoice, RekeyProgressDialog
from ftbt_desktop.ui.workspace.page_frame import BusyBar, error_label, show_error


def make_new_recovery_key(vault: Vault, passphrase: str) -> NewRecoveryKey:
    """Runs on the worker: prove the passphrase, then wrap the data key under a new key
    (not yet in force: the old key works until the new one is said to be stored)."""
    keys.unwrap_with_passphrase(vault.header, passphrase)
    return vault.new_recovery_key()


class NewRecoveryKeyDialog(QDialog):
    def __init__(
        self, vault: Vault, runner: TaskRunner, reason: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery key"))
        self.setMinimumWidth(680)  # the key on one line at its large size
        self._vault = vault
        self._runner = runner
        self._busy = False
        self._new_key: NewRecoveryKey | None = None
        # Kept only while a re-key is chosen: the new data key is wrapped under it.
        self._passphrase = ""
        self.progress: RekeyProgressDialog | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._ask_page(reason))
        self.key_page = QWidget()
        self.view = RecoveryKeyView()
        self.close_buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.close_button = self.close_buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.close_button.setText(self.tr("Done"))
        self.close_button.setEnabled(False)
        self.keep_old_button = self.close_buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.keep_old_button.setText(self.tr("Keep the old key"))
        shown = QVBoxLayout(self.key_page)
        shown.addWidget(
            _text(
                self.tr(
                    "This is your new recovery key. It is shown only this once. It replaces "
                    "the old one when you have stored it and press Done; until then the old "
                    "one still works."
                )
            )
        )
        shown.addWidget(self.view)
        self.key_error = error_label()
        shown.addWidget(self.key_error)
        shown.addWidget(self.close_buttons)
        self.pages.addWidget(self.key_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.view.stored.toggled.connect(self.close_button.setEnabled)
        self.close_buttons.accepted.connect(self._close_when_stored)
        self.close_buttons.rejected.connect(self.reject)

    def _ask_page(self, reason: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        if reason:
            self.reason_label = _text(reason)
            self.reason_label.setStyleSheet("font-weight: bold")
            layout.addWidget(self.reason_label)
        layout.addWidget(
            _text(
                self.tr(
                    "A new recovery key replaces the one you have: the old one will no longer "
                    "open this vault. Do this if your recovery key is lost, if someone else "
                    "may have seen it, or if you never stored it. Your passphrase and your "
                    "families stay as they are."
                )
            )
        )
        self.passphrase = passphrase_edit()
        self.passphrase.setAccessibleName(self.tr("Your passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("Your passphrase:"), self.passphrase)
        layout.addLayout(form)
        self.choice = RekeyChoice(self.tr("The old recovery key may be known to someone else"))
        layout.addWidget(self.choice)
        self.error = error_label()
        self.busy = BusyBar()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.make_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.make_button.setText(self.tr("Make a new recovery key"))
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.passphrase.returnPressed.connect(self._submit)
        return page

    @property
    def showing_key(self) -> bool:
        return self.pages.currentWidget() is self.key_page

    def reject(self) -> None:
        # While the key is made or put in force it must finish. Once shown, a ticked
        # "stored" means the coordinator has it: Esc then counts as Done. Otherwise
        # (or on a lock) the new key is dropped and the old one stays in force.
        if self._busy:
            return
        if self.showing_key and self.view.stored.isChecked():
            self._close_when_stored()
            return
        super().reject()

    def done(self, result: int) -> None:
        self._new_key = None
        self._passphrase = ""
        self.view.clear()
        self.passphrase.clear()
        super().done(result)

    def _submit(self) -> None:
        if self._busy:
            return
        if not self.passphrase.text():
            show_error(self.error, self.tr("Type your passphrase first."))
            self.passphrase.setFocus()
            return
        show_error(self.error, "")
        self._set_busy(True)
        vault, passphrase = self._vault, self.passphrase.text()
        self._runner.submit(
            lambda: make_new_recovery_key(vault, passphrase), self._on_made, self._on_failed
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (
            self.passphrase,
            self.choice,
            self.make_button,
            self.view.stored,
            self.close_button,
            self.keep_old_button,
        ):
            widget.setEnabled(not busy)
        if not busy:
            self.close_button.setEnabled(self.view.stored.isChecked())
        if busy:
            self.busy.start(self.tr("Making a new recovery key…"))
        else:
            self.busy.stop()

    def _on_made(self, new_key: NewRecoveryKey) -> None:
        self._set_busy(False)
        if self.choice.wanted:
            self._passphrase = self.passphrase.text()
        self.passphrase.clear()
        self._new_key = new_key
        self.view.show_key(new_key.text)
        self.pages.setCurrentWidget(self.key_page)
        self.view.stored.setFocus()

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        show_passphrase_failure(
            self.error, self.passphrase, exc, self.tr("The passphrase is not right. Try again.")
        )

    def _close_when_stored(self) -> None:
        new_key = self._new_key
        if self._busy or new_key is None or not self.view.stored.isChecked():
            return
        show_error(self.key_error, "")
        self._set_busy(True)
        self.busy.stop()
        vault = self._vault
        if not self._passphrase:
            self._runner.submit(
                lambda: vault.adopt_recovery_key(new_key), self._on_adopted, self._on_adopt_failed
            )
            return
        self.progress = progress = RekeyProgressDialog(self)
        report, cancel, passphrase = progress.progress(), progress.cancel_event, self._passphrase
        progress.open()
        self._runner.submit(
            lambda: rekey(vault, passphrase, recovery=new_key, progress=report, cancel=cancel),
            self._on_adopted,
            self._on_adopt_failed,
        )

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.finish()
            self.progress.deleteLater()
            self.progress = None

    def _on_adopted(self, _result: object) -> None:
        self._close_progress()
        self._set_busy(False)
        self.accept()

    def _on_adopt_failed(self, exc: BaseException) -> None:
        self._close_progress()
        self._set_busy(False)
        if isinstance(exc, RekeyCancelled):
            show_error(
                self.key_error,
                self.tr(
                    "Re-encrypting was stopped. Nothing was changed: the old recovery key "
                    "still works. Press Done to try again, or keep the old key."
                ),
            )
            return
        log_unexpected(exc)
        show_error(
            self.key_error,
            self.tr(
                "The new recovery key could not be saved, so the old one still works. "
                "Try again, or close FTBT Desktop and make a new key later."
            ),
        )


def _text(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
