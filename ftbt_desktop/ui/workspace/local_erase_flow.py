"""Erasing a family that never reached the server, from the Family tab's button.

Not while a sync runs: it may be sending the family at that very moment, and the
server would then hold a family this computer no longer does. The erase, with
its VACUUM and new backup, runs on the vault worker thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox

from ftbt_desktop.storage.errors import NotFound, VaultError
from ftbt_desktop.storage.local_erase import ErasedHere, FamilyOnServer, erase_local_family
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.tasks import TaskRunner, log_unexpected
from ftbt_desktop.ui.workspace.erase_family_dialog import EraseFamilyDialog

STATUS_MESSAGE_MS = 8000


class LocalEraseFlow(QObject):
    def __init__(
        self,
        window: QMainWindow,
        service: VaultService,
        runner: TaskRunner,
        sync_running: Callable[[], bool],
        family_gone: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.service = service
        self.runner = runner
        self.sync_running = sync_running
        self.family_gone = family_gone
        self.dialog: EraseFamilyDialog | None = None

    @Slot(str)
    def ask(self, family_id: str) -> None:
        if self.sync_running():
            self._tell(self.tr("A sync is running. Erase the family when it has finished."))
            return
        try:
            name = self.service.family(family_id).name
        except VaultError:
            return
        self.dialog = EraseFamilyDialog(name, self.window)
        self.dialog.finished.connect(lambda result: self._answered(family_id, result))
        self.dialog.open()

    def _answered(self, family_id: str, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            return
        if self.sync_running():
            self._tell(self.tr("A sync is running. Erase the family when it has finished."))
            return
        self.window.statusBar().showMessage(self.tr("Erasing the family…"))
        self.runner.submit(
            lambda: self.service.on_vault(erase_local_family, family_id),
            self._done,
            self._failed,
        )

    def _done(self, erased: object) -> None:
        assert isinstance(erased, ErasedHere)
        self.family_gone(erased.family_id)
        self.window.statusBar().showMessage(
            self.tr("“{name}” was erased from this computer.").format(name=erased.name),
            STATUS_MESSAGE_MS,
        )

    def _failed(self, exc: BaseException) -> None:
        self.window.statusBar().clearMessage()
        if isinstance(exc, FamilyOnServer):
            self._tell(
                self.tr(
                    "The family has been sent to the server, so it can only be erased there: "
                    "ask the server's administrator to erase it. It is then removed from this "
                    "computer at the next sync."
                )
            )
        elif isinstance(exc, NotFound):
            self._tell(self.tr("The family is no longer on this computer."))
        elif isinstance(exc, VaultError):
            self._tell(self.tr("The vault is locked. Unlock it and try again."))
        else:
            log_unexpected(exc)
            self._tell(
                self.tr(
                    "Erasing the family failed. Try again; if it fails again, "
                    "ask IT support for help."
                )
            )

    def _tell(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Erase the family"),
            text,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("erase_family_message")
        box.finished.connect(box.deleteLater)
        box.open()
