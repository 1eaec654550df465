"""Choosing a passphrase (first start, or after the recovery key) and the recovery key shown once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ftbt_desktop.ui.vault_pages.passphrase_widgets import NewPassphraseForm
from ftbt_desktop.ui.vault_pages.recovery_key_view import RecoveryKeyView
from ftbt_desktop.ui.workspace.page_frame import BusyBar, CenteredPage, show_error


class ChoosePassphrasePage(CenteredPage):
    """A page where a new passphrase is typed twice (a new vault, or after the recovery
    key): the same form, strength rule and busy bar; a subclass gives the words."""

    sig_chosen = Signal(str)  # an accepted passphrase

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title, text, button = self.words()
        self.add_title(title)
        self.add_text(text)
        self.form = NewPassphraseForm()
        self.body.addWidget(self.form)
        self.error = self.add_error_label()
        self.submit_button = QPushButton(button)
        self.submit_button.setDefault(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.submit_button)
        self.body.addLayout(row)
        self.busy = BusyBar()
        self.body.addWidget(self.busy)
        self.submit_button.clicked.connect(self._submit)
        self.form.sig_submitted.connect(self._submit)
        # A refusal is about what was typed: once it changes, the red words go (they
        # stayed beside "Strong passphrase." after a good one was typed).
        self.form.sig_edited.connect(lambda: show_error(self.error, ""))

    def words(self) -> tuple[str, str, str]:
        """Title, explanation and button text, translated in the subclass's context."""
        raise NotImplementedError

    def busy_text(self) -> str:
        raise NotImplementedError

    def focus(self) -> None:
        self.form.focus()

    def set_busy(self, busy: bool) -> None:
        self.form.setEnabled(not busy)
        self.submit_button.setEnabled(not busy)
        if busy:
            self.busy.start(self.busy_text())
        else:
            self.busy.stop()

    def show_failure(self, text: str) -> None:
        show_error(self.error, text)

    def reset(self) -> None:
        self.form.clear()
        show_error(self.error, "")

    def _submit(self) -> None:
        problem = self.form.problem()
        show_error(self.error, problem)
        if problem:
            self.form.focus()
            return
        self.sig_chosen.emit(self.form.passphrase())


class CreateVaultPage(ChoosePassphrasePage):
    """First start: the vault's passphrase."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.create_button = self.submit_button

    def words(self) -> tuple[str, str, str]:
        return (
            self.tr("Welcome to FTBT Desktop"),
            self.tr(
                "The information about your families is kept encrypted on this computer, "
                "in a vault that only your passphrase opens. Choose a passphrase of several "
                "ordinary words you can remember, for example four words with spaces "
                "between them. Nobody, not even IT support, can open the vault without it."
            ),
            self.tr("Create vault"),
        )

    def busy_text(self) -> str:
        return self.tr("Creating the vault…")


class NewPassphrasePage(ChoosePassphrasePage):
    """After the recovery key: a new passphrase is required before going on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save_button = self.submit_button

    def words(self) -> tuple[str, str, str]:
        return (
            self.tr("Choose a new passphrase"),
            self.tr(
                "You opened the vault with your recovery key. Choose a new passphrase now; "
                "the old one will no longer work. Your recovery key keeps working."
            ),
            self.tr("Save the new passphrase"),
        )

    def busy_text(self) -> str:
        return self.tr("Saving the new passphrase…")


class RecoveryKeyPage(CenteredPage):
    """Shows the recovery key once; Continue only after the coordinator says it is stored."""

    sig_continue = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_title(self.tr("Your recovery key"))
        self.add_text(
            self.tr(
                "If you ever forget your passphrase, this recovery key is the only way to "
                "open the vault. It is shown only this once."
            )
        )
        self.view = RecoveryKeyView()
        self.body.addWidget(self.view)
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setEnabled(False)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.continue_button)
        self.body.addLayout(row)
        self.view.stored.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._continue)

    def show_key(self, recovery_key: str) -> None:
        self.view.show_key(recovery_key)

    def clear(self) -> None:
        self.view.clear()

    def focus(self) -> None:
        self.view.stored.setFocus()

    def _continue(self) -> None:
        self.view.clear()
        self.sig_continue.emit()
