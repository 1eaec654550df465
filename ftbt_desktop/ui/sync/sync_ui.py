"""Sync in the main window: the controller, the status bar corner, two toolbar actions,
the conflict notice in the family workspace, and the messages and dialogs sync needs
(what a sync learned about families goes to the Messages dialog: notices_ui.py).

Kept out of main_window.py so the window only has to create it and shut it down.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from ftbt_desktop.storage.sync_state import HeldFamily, PurgedFamily
from ftbt_desktop.sync.errors import VaultWiped
from ftbt_desktop.ui.sync.conflict_notice import ConflictNotice
from ftbt_desktop.ui.sync.held_family_notice import HeldFamilyNotice
from ftbt_desktop.ui.sync.notices_ui import NoticesUi
from ftbt_desktop.ui.sync.sign_in_dialog import SignInDialog
from ftbt_desktop.ui.sync.sync_controller import OFFLINE_KINDS, SIGN_IN_KINDS, SyncController
from ftbt_desktop.ui.sync.sync_status import SyncStatusWidget

if TYPE_CHECKING:
    from ftbt_desktop.ui.main_window import MainWindow

STATUS_MESSAGE_MS = 15_000


class SyncUi(QObject):
    def __init__(self, window: MainWindow, controller: SyncController | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller or SyncController(window.service, self)
        self.status = SyncStatusWidget(self.controller)
        self.status.setObjectName("sync_status")
        window.statusBar().insertPermanentWidget(0, self.status)
        self.sync_action = QAction(self.tr("Sync now"), window)
        self.sync_action.setObjectName("sync_now_action")
        self.sign_in_action = QAction(self.tr("Sign in to the server…"), window)
        self.sign_in_action.setObjectName("sign_in_action")
        window.toolbar.insertActions(
            window.settings_action, [self.sync_action, self.sign_in_action]
        )
        self.notice = ConflictNotice(self.controller)
        # Under the family's name, above its tabs.
        page_layout = window.workspace.header.parentWidget().layout()
        page_layout.insertWidget(1, self.notice)  # type: ignore[attr-defined]
        self.held_notice = HeldFamilyNotice(self.controller)
        page_layout.insertWidget(1, self.held_notice)  # type: ignore[attr-defined]
        self._dialog: SignInDialog | None = None
        # Messages ("Beskeder"): removals, refusals… kept in the vault until read.
        self.notices = NoticesUi(window, self.controller, self.sync_action)

        self.sync_action.triggered.connect(self.controller.sync_now)
        self.sign_in_action.triggered.connect(lambda: self.open_sign_in())
        self.status.sig_sign_in_clicked.connect(lambda: self.open_sign_in())
        self.status.sig_conflicts_clicked.connect(self.show_first_conflict)
        window.family_list.sig_family_selected.connect(self.notice.show_family)
        window.family_list.sig_family_selected.connect(self.held_notice.show_family)
        self.held_notice.sig_released.connect(self._on_released)
        self.controller.sig_families_held.connect(self._on_held)
        # A family taken away is read-only at once, given back editable (workspace.py).
        self.controller.sig_finished.connect(lambda _r: window.workspace.refresh_taken_away())
        self.controller.sig_held_changed.connect(window.workspace.refresh_taken_away)
        self.controller.sig_sign_in_needed.connect(self.open_sign_in)
        self.controller.sig_failed.connect(self._on_failed)
        self.controller.sig_message.connect(self._on_message)
        self.controller.sig_families_purged.connect(self._on_purged)
        self.controller.sig_status_changed.connect(lambda _s: self._update_actions())
        # The family list's conflict and refusal markers follow what sync found or settled.
        for signal in (
            self.controller.sig_finished,
            self.controller.sig_conflicts_changed,
            self.controller.sig_held_changed,
        ):
            signal.connect(lambda *_args: window.family_list.refresh_marks())
        window.service.sig_unlocked.connect(self._update_actions)
        window.service.sig_locked.connect(self._update_actions)
        self._update_actions()

    # -- public ------------------------------------------------------------

    def open_sign_in(self, reason: str = "") -> SignInDialog | None:
        """The sign-in dialog (one at a time); not over a locked window or family view."""
        if not self.window.service.is_unlocked or not self.window.isVisible():
            return None
        if self._dialog is not None:
            self._dialog.raise_()
            return self._dialog
        dialog = SignInDialog(self.controller, reason, self.window)
        dialog.addAction(self.window.lock_action)  # Ctrl+L locks from the dialog too
        dialog.finished.connect(self._on_dialog_finished)
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def show_first_conflict(self) -> None:
        conflicts = self.controller.conflicts()
        if conflicts:
            self.window.family_list.select_family(conflicts[0].family_id)

    def shutdown(self) -> None:
        self.controller.shutdown()

    # -- internals ---------------------------------------------------------

    def _update_actions(self) -> None:
        unlocked = self.window.service.is_unlocked
        status = self.controller.status()
        self.status.setVisible(unlocked)
        self.sync_action.setEnabled(unlocked and status.signed_in and not status.running)
        self.sign_in_action.setEnabled(unlocked and not status.running)

    def _on_dialog_finished(self, _result: int) -> None:
        self._dialog = None

    @Slot(str, str)
    def _on_failed(self, kind: str, message: str) -> None:
        if kind in OFFLINE_KINDS or not message:
            # Nothing for the coordinator to do: said quietly, retried later.
            self.window.statusBar().showMessage(message, STATUS_MESSAGE_MS)
            return
        if kind in SIGN_IN_KINDS:
            return  # the sign-in dialog says it
        if kind == VaultWiped.kind:
            # The vault was emptied under the window: nothing it shows is there now.
            self.window.workspace.show_family(None)
            self.notice.show_family(None)
            self.held_notice.show_family(None)
            self.window.family_list.refresh()
        self._message(QMessageBox.Icon.Warning, message)

    @Slot(str)
    def _on_message(self, message: str) -> None:
        self._message(QMessageBox.Icon.Information, message)

    @Slot(object)
    def _on_purged(self, purged: list[PurgedFamily]) -> None:
        ids = {p.family_id for p in purged}
        if self.window.workspace.current_family_id() in ids:
            self.window.workspace.show_family(None)
            self.notice.show_family(None)
        self.window.family_list.refresh()  # why it went: the Messages dialog (notices_ui.py)

    @Slot(object)
    def _on_held(self, held: list[HeldFamily]) -> None:
        self.held_notice.refresh()  # what to do: the Messages dialog and the notice

    @Slot(object)
    def _on_released(self, purged: PurgedFamily | None) -> None:
        self.window.workspace.show_family(None)
        self.notice.show_family(None)
        self.held_notice.show_family(None)
        self.window.family_list.refresh()
        if purged is not None:
            self.window.statusBar().showMessage(
                self.tr("“{name}” was removed from this computer.").format(name=purged.name),
                STATUS_MESSAGE_MS,
            )

    def _message(self, icon: QMessageBox.Icon, text: str) -> QMessageBox | None:
        if not self.window.isVisible():
            self.window.statusBar().showMessage(text.split("\n")[0], STATUS_MESSAGE_MS)
            return None
        box = QMessageBox(icon, self.tr("Sync"), text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("sync_message")
        box.addAction(self.window.lock_action)
        box.finished.connect(box.deleteLater)
        box.open()
        return box
