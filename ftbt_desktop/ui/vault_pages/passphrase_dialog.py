"""Change passphrase: the current one, then a new one twice; the KDF runs in the worker.

When the old passphrase may be known, all data can be re-encrypted under a new
data key as well (`storage/rekey.py`), with a progress dialog; that also makes
a new recovery key, shown once on a second page.
"""

from __future__ import annotations

import threading

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
from ftbt_desktop.storage.rekey import Progress, RekeyCancelled, RekeyResult, rekey
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.tasks import TaskRunner, log_unexpected
from ftbt_desktop.ui.vault_pages.passphrase_widgets import (
    NewPassphraseForm,
    passphrase_edit,
    show_passphrase_failure,
)
from ftbt_desktop.ui.vault_pages.recovery_key_view import RecoveryKeyView
from ftbt_desktop.ui.vault_pages.rekey_widgets import RekeyChoice, RekeyProgressDialog
from ftbt_desktop.ui.workspace.page_frame import BusyBar, error_label, show_error


def change_passphrase(vault: Vault, current: str, new: str) -> None:
    """Runs on the worker: prove the current passphrase, then re-wrap the data key."""
    keys.unwrap_with_passphrase(vault.header, current)
    vault.change_passphrase(new)


def change_passphrase_and_rekey(
    vault: Vault, current: str, new: str, progress: Progress, cancel: threading.Event
) -> RekeyResult:
    """Runs on the worker: prove the current passphrase, then re-key under the new one."""
    keys.unwrap_with_passphrase(vault.header, current)
    return rekey(vault, new, progress=progress, cancel=cancel)


class ChangePassphraseDialog(QDialog):
    def __init__(self, vault: Vault, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setMinimumWidth(480)
        self._vault = vault
        self._runner = runner
        self._busy = False
        self.progress: RekeyProgressDialog | None = None
        self.current = passphrase_edit()
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.form = NewPassphraseForm()
        self.choice = RekeyChoice(self.tr("The old passphrase may be known to someone else"))
        self.error = error_label()
        self.busy = BusyBar()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Change passphrase"))
        top = QFormLayout()
        top.addRow(self.tr("Current passphrase:"), self.current)
        ask = QWidget()
        ask_layout = QVBoxLayout(ask)
        ask_layout.setContentsMargins(0, 0, 0, 0)
        ask_layout.addLayout(top)
        ask_layout.addWidget(self.form)
        ask_layout.addWidget(self.choice)
        ask_layout.addWidget(self.error)
        ask_layout.addWidget(self.busy)
        ask_layout.addWidget(self.buttons)
        self.pages = QStackedWidget()
        self.pages.addWidget(ask)
        self.pages.addWidget(self._key_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.current.returnPressed.connect(self.form.focus)
        self.form.sig_submitted.connect(self._submit)
        # A refusal is about what was typed: once it changes, the red words go.
        for edited in (self.form.sig_edited, self.current.textChanged):
            edited.connect(lambda *_: show_error(self.error, ""))

    def _key_page(self) -> QWidget:
        self.key_page = QWidget()
        self.view = RecoveryKeyView()
        text = QLabel(
            self.tr(
                "The passphrase is changed and all data is re-encrypted. This is your new "
                "recovery key; the old one no longer works. It is shown only this once."
            )
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        self.key_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.done_button = self.key_buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.done_button.setText(self.tr("Done"))
        self.done_button.setEnabled(False)
        self.key_error = error_label()
        layout = QVBoxLayout(self.key_page)
        layout.addWidget(text)
        layout.addWidget(self.view)
        layout.addWidget(self.key_error)
        layout.addWidget(self.key_buttons)
        self.view.stored.toggled.connect(self.done_button.setEnabled)
        self.key_buttons.accepted.connect(self._confirm_stored)
        return self.key_page

    @property
    def showing_key(self) -> bool:
        return self.pages.currentWidget() is self.key_page

    def reject(self) -> None:
        # The re-wrap is already under way; it must finish, or the header could be
        # left half-written as far as the coordinator can tell. A new recovery key
        # not said to be stored stays unconfirmed: the next unlock asks again.
        if self._busy:
            return
        if self.showing_key and self.view.stored.isChecked():
            self._confirm_stored()
            return
        super().reject()

    def done(self, result: int) -> None:
        self.view.clear()
        super().done(result)

    def _submit(self) -> None:
        if not self.current.text():
            show_error(self.error, self.tr("Type your current passphrase first."))
            self.current.setFocus()
            return
        problem = self.form.problem()
        if not problem and self.form.passphrase() == self.current.text():
            problem = self.tr("The new passphrase is the same as the current one.")
        show_error(self.error, problem)
        if problem:
            self.form.focus()
            return
        self._set_busy(True)
        vault, current, new = self._vault, self.current.text(), self.form.passphrase()
        if not self.choice.wanted:
            self._runner.submit(
                lambda: change_passphrase(vault, current, new), self._on_done, self._on_failed
            )
            return
        self.progress = progress = RekeyProgressDialog(self)
        report, cancel = progress.progress(), progress.cancel_event
        progress.open()
        self._runner.submit(
            lambda: change_passphrase_and_rekey(vault, current, new, report, cancel),
            self._on_rekeyed,
            self._on_failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.current, self.form, self.choice, self.ok_button):
            widget.setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Changing the passphrase…"))
        else:
            self.busy.stop()

    def _on_done(self, _result: object) -> None:
        self._set_busy(False)
        self.current.clear()
        self.form.clear()
        self.accept()

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.finish()
            self.progress.deleteLater()
            self.progress = None

    def _on_rekeyed(self, result: RekeyResult) -> None:
        self._close_progress()
        self._set_busy(False)
        self.current.clear()
        self.form.clear()
        self.view.show_key(result.recovery_key or "")
        self.pages.setCurrentWidget(self.key_page)
        self.view.stored.setFocus()

    def _confirm_stored(self) -> None:
        if self._busy or not self.view.stored.isChecked():
            return
        self._set_busy(True)
        self.busy.stop()
        self.done_button.setEnabled(False)
        vault = self._vault
        self._runner.submit(vault.confirm_recovery_key, self._on_done, self._on_confirm_failed)

    def _on_confirm_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.done_button.setEnabled(True)
        log_unexpected(exc)
        show_error(
            self.key_error,
            self.tr(
                "It could not be saved that the recovery key is stored. Try again; "
                "otherwise a new key is asked for at the next unlock."
            ),
        )

    def _on_failed(self, exc: BaseException) -> None:
        self._close_progress()
        self._set_busy(False)
        if isinstance(exc, RekeyCancelled):
            show_error(
                self.error,
                self.tr(
                    "Re-encrypting was stopped. Nothing was changed: the passphrase is as before."
                ),
            )
            return
        show_passphrase_failure(
            self.error,
            self.current,
            exc,
            self.tr("The current passphrase is not right. Try again."),
        )
