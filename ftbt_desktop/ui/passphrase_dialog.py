"""Change passphrase: the current one, then a new one twice; the KDF runs in the worker."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.storage import keys
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.page_frame import BusyBar, error_label, show_error
from ftbt_desktop.ui.passphrase_widgets import (
    NewPassphraseForm,
    passphrase_edit,
    show_passphrase_failure,
)
from ftbt_desktop.ui.tasks import TaskRunner


def change_passphrase(vault: Vault, current: str, new: str) -> None:
    """Runs on the worker: prove the current passphrase, then re-wrap the data key."""
    keys.unwrap_with_passphrase(vault.header, current)
    vault.change_passphrase(new)


class ChangePassphraseDialog(QDialog):
    def __init__(self, vault: Vault, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setMinimumWidth(480)
        self._vault = vault
        self._runner = runner
        self._busy = False
        self.current = passphrase_edit()
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.form = NewPassphraseForm()
        self.error = error_label()
        self.busy = BusyBar()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Change passphrase"))
        top = QFormLayout()
        top.addRow(self.tr("Current passphrase:"), self.current)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.current.returnPressed.connect(self.form.focus)
        self.form.sig_submitted.connect(self._submit)

    def reject(self) -> None:
        # The re-wrap is already under way; it must finish, or the header could be
        # left half-written as far as the coordinator can tell.
        if not self._busy:
            super().reject()

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
        self._runner.submit(
            lambda: change_passphrase(vault, current, new), self._on_done, self._on_failed
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.current, self.form, self.ok_button):
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

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        show_passphrase_failure(
            self.error,
            self.current,
            exc,
            self.tr("The current passphrase is not right. Try again."),
        )
