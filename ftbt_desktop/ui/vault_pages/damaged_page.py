"""Shown when the vault's files were altered or broken: what is hit, and the way back."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ftbt_desktop.storage.errors import FOREIGN_KEY_DETAIL
from ftbt_desktop.ui.vault_pages.passphrase_widgets import passphrase_edit
from ftbt_desktop.ui.workspace.page_frame import BusyBar, CenteredPage, show_error
from ftbt_desktop.words.vault import affected_text, foreign_key_file_text, newer_vault_text


class DamagedPage(CenteredPage):
    """Names the damaged parts in plain words and offers the latest good backup.

    The passphrase field appears only when the restore needs one the app does
    not already hold (e.g. the one typed at unlock turned out wrong).
    """

    sig_restore = Signal(str)  # the typed passphrase, or "" to use the one already given

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_title(self.tr("The vault is damaged"))
        self.add_text(
            self.tr(
                "Some of the vault's files have been changed or broken, so FTBT Desktop "
                "will not trust them. This is affected:"
            )
        )
        self.affected = QLabel()
        self.affected.setWordWrap(True)
        self.body.addWidget(self.affected)
        self.backup_advice = self.tr(
            "FTBT Desktop can put back the latest backup that is whole. Changes made "
            "after that backup are not in it. The damaged files are kept aside in the "
            "data folder, nothing is deleted."
        )
        self.advice = self.add_text(self.backup_advice)
        self.passphrase_label = self.add_text(self.tr("Type your passphrase to restore:"))
        self.passphrase = passphrase_edit()
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.body.addWidget(self.passphrase)
        self.error = self.add_error_label()
        self.restore_button = QPushButton(self.tr("Restore the latest good backup"))
        self.restore_button.setDefault(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.restore_button)
        self.body.addLayout(row)
        self.busy = BusyBar()
        self.body.addWidget(self.busy)
        self.restore_button.clicked.connect(self._submit)
        self.passphrase.returnPressed.connect(self._submit)
        self.asking = False
        self.mending_key_file = False  # another vault's key file: its own goes back
        self.ask_passphrase(False)

    def show_damage(self, affected: list[str], detail: str = "") -> None:
        self.restore_button.setText(self.tr("Restore the latest good backup"))
        self.advice.setText(self.backup_advice)
        self.mending_key_file = detail == FOREIGN_KEY_DETAIL
        if detail == "newer vault":
            # Not damage that a backup mends: a newer app wrote this vault.
            self.affected.setText(newer_vault_text())
            self.advice.hide()
            self.restore_button.hide()
            self.ask_passphrase(False)
        elif detail == FOREIGN_KEY_DETAIL:
            # Nothing is broken: the key file is another vault's, this vault's own is
            # in backups/ (storage/key_match.py); no data goes back to an older state.
            self.affected.setText(f"• {foreign_key_file_text()}")
            self.advice.setText(
                self.tr(
                    "FTBT Desktop found this vault's own key file in the backups folder and "
                    "can put it back; your data stays as it is. The other key file is kept "
                    "aside in the data folder, nothing is deleted."
                )
            )
            self.restore_button.setText(self.tr("Put back the vault's own key file"))
            self.advice.show()
            self.restore_button.show()
        else:
            lines = [f"• {affected_text(word)}" for word in dict.fromkeys(affected)]
            self.affected.setText("\n".join(lines))
            self.advice.show()
            self.restore_button.show()
        show_error(self.error, "")

    def ask_passphrase(self, ask: bool) -> None:
        self.asking = ask
        self.passphrase_label.setVisible(ask)
        self.passphrase.setVisible(ask)
        if not ask:
            self.passphrase.clear()

    def focus(self) -> None:
        if self.asking:
            self.passphrase.setFocus()
        else:
            self.restore_button.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.passphrase.setEnabled(not busy)
        self.restore_button.setEnabled(not busy)
        if busy and self.mending_key_file:
            self.busy.start(self.tr("Putting back the vault's own key file…"))
        elif busy:
            self.busy.start(self.tr("Restoring the latest good backup…"))
        else:
            self.busy.stop()

    def show_failure(self, text: str) -> None:
        show_error(self.error, text)
        self.focus()

    def _submit(self) -> None:
        if self.asking and not self.passphrase.text():
            self.show_failure(self.tr("Type your passphrase first."))
            return
        self.sig_restore.emit(self.passphrase.text() if self.asking else "")
