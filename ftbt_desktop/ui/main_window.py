"""The main window: the vault's pages (create, unlock, recover, damaged) and the work page.

Which page follows which on the way to an open vault is ui/vault_pages/vault_flow.py's; the window
holds the pages, the actions, locking and quitting.

One QStackedWidget holds every page. Slow vault work (Argon2id, page checks,
restores, the backup at lock) runs on the window's single worker thread; the
pages only show a busy bar meanwhile, so the window never freezes. Locking
shows the unlock page at once and closes the vault on the worker, but the work
page's widgets are only hidden: whatever was being typed in an inline form is
still there after unlocking.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

import ftbt_desktop
from ftbt_desktop.settings import Settings, load_settings
from ftbt_desktop.storage.errors import (
    DiskFull,
    FolderNotPrivate,
    VaultDamaged,
    VaultError,
    VaultInUse,
)
from ftbt_desktop.storage.vault import Vault, vault_exists
from ftbt_desktop.ui.accessibility import install_accessibility, name_toolbar_extension
from ftbt_desktop.ui.dialogs.outcome_report_dialog import OutcomeReportAction
from ftbt_desktop.ui.dialogs.settings_dialog import SettingsDialog, restart_text
from ftbt_desktop.ui.family_map.kitchen import KitchenTableMode
from ftbt_desktop.ui.idle import IdleWatcher
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.sync.sync_ui import SyncUi
from ftbt_desktop.ui.tasks import TaskRunner, log_unexpected
from ftbt_desktop.ui.vault_pages import vault_jobs
from ftbt_desktop.ui.vault_pages.backup_dialog import RestoreBackupDialog, backup_time, format_when
from ftbt_desktop.ui.vault_pages.create_pages import (
    CreateVaultPage,
    NewPassphrasePage,
    RecoveryKeyPage,
)
from ftbt_desktop.ui.vault_pages.damaged_page import DamagedPage
from ftbt_desktop.ui.vault_pages.passphrase_dialog import ChangePassphraseDialog
from ftbt_desktop.ui.vault_pages.recovery_key_dialog import NewRecoveryKeyDialog
from ftbt_desktop.ui.vault_pages.unlock_pages import RecoveryPage, UnlockPage
from ftbt_desktop.ui.vault_pages.vault_flow import STATUS_MESSAGE_MS, VaultFlow
from ftbt_desktop.ui.window_memory import WindowMemory
from ftbt_desktop.ui.workspace.family_list import FamilyListPanel
from ftbt_desktop.ui.workspace.local_erase_flow import LocalEraseFlow
from ftbt_desktop.ui.workspace.unsaved_guard import UnsavedGuard
from ftbt_desktop.ui.workspace.workspace import FamilyWorkspace
from ftbt_desktop.words.translations import language_in_force, resolve_language
from ftbt_desktop.words.vault import (
    disk_full_text,
    in_use_text,
    not_private_text,
    storage_failure_text,
    unexpected_text,
)

_D = TypeVar("_D", bound=QDialog)

APP_TITLE = "FTBT Desktop"  # the product's name, the same in every language
COVERED = "ftbt_covered"  # a dialog hidden by a lock that waits for running work

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(
        self,
        data_dir: Path,
        settings: Settings | None = None,
        parent: QWidget | None = None,
        idle_clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """`idle_clock`: monotonic seconds for auto-lock (tests give one they move)."""
        super().__init__(parent)
        # Only ever the app's name: a family's name in the title would show in
        # the task bar, window switchers and screen-sharing lists.
        self.setWindowTitle(APP_TITLE)
        self.data_dir = Path(data_dir)
        self.settings = settings or load_settings(self.data_dir)
        self.service = VaultService(self.data_dir, self)
        self.runner = TaskRunner(self)
        self.idle = IdleWatcher(self.settings.auto_lock_minutes * 60_000, self, idle_clock)
        self._closing: list[Vault] = []  # locked, backed up and closed on the worker
        self._lock_requested = False
        self._lock_notice = ""  # kept while a lock waits for running work
        self._closed = False
        self._close_answered = False  # the unsaved-typing question was answered "go on"

        self.create_page = CreateVaultPage()
        self.recovery_key_page = RecoveryKeyPage()
        self.unlock_page = UnlockPage()
        self.recovery_page = RecoveryPage()
        self.new_passphrase_page = NewPassphrasePage()
        self.damaged_page = DamagedPage()
        self.main_page = QSplitter(Qt.Orientation.Horizontal)
        self.main_page.setChildrenCollapsible(False)
        self.family_list = FamilyListPanel(self.service, self.main_page)
        self.workspace = FamilyWorkspace(self.service, self.main_page)
        self.main_page.setStretchFactor(0, 1)
        self.main_page.setStretchFactor(1, 3)
        self.stack = QStackedWidget()
        for page in (
            self.create_page,
            self.recovery_key_page,
            self.unlock_page,
            self.recovery_page,
            self.new_passphrase_page,
            self.damaged_page,
            self.main_page,
        ):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)
        self._build_actions()
        self._build_status_bar()
        # Create, unlock, recover, restore: which page comes next (ui/vault_pages/vault_flow.py).
        self.flow = VaultFlow(self)
        # Asks before unsaved typing would be dropped (another family, closing).
        self.unsaved_guard = UnsavedGuard(
            self.service, self.family_list, self.workspace, self, self.lock_action
        )
        self._connect()
        # Family view (kitchen-table mode) hides this window while it is on: family_map/kitchen.py
        self.kitchen_mode = KitchenTableMode(self.service, self.runner, self, self.lock_action)
        # Sync: status bar corner, toolbar actions, conflict notice, sign-in (ui/sync/sync_ui.py).
        self.sync_ui = SyncUi(self)
        # Erasing a family that never reached the server (ui/workspace/local_erase_flow.py).
        self.local_erase = LocalEraseFlow(
            self,
            self.service,
            self.runner,
            lambda: self.sync_ui.controller.running,
            self._family_erased,
        )
        self.workspace.details_tab.sig_erase_requested.connect(self.local_erase.ask)
        # Outcome report: toolbar action and its dialog (ui/dialogs/outcome_report_dialog.py).
        self.outcome_report = OutcomeReportAction(self)
        self.memory = WindowMemory(
            self, self.service, self.workspace.current_family_id, self._reopen_family
        )
        # A focus ring on every focused widget, in this window and family view (accessibility.py).
        install_accessibility()
        self.show_start_page()

    # -- set-up ------------------------------------------------------------

    def _build_actions(self) -> None:
        self.lock_action = QAction(self.tr("Lock"), self)
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        # Also from inside a dialog: locking closes the dialog anyway.
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.setToolTip(self.tr("Lock FTBT Desktop now (Ctrl+L)"))
        self.change_passphrase_action = QAction(self.tr("Change passphrase…"), self)
        self.new_recovery_key_action = QAction(self.tr("New recovery key…"), self)
        self.restore_action = QAction(self.tr("Restore from backup…"), self)
        self.settings_action = QAction(self.tr("Settings…"), self)
        self.about_action = QAction(self.tr("About FTBT Desktop"), self)
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.work_actions = (
            self.lock_action,
            self.change_passphrase_action,
            self.new_recovery_key_action,
            self.restore_action,
            self.settings_action,
            self.about_action,
        )
        for action in self.work_actions:
            self.toolbar.addAction(action)
            # On the window too, so the shortcut does not depend on the toolbar.
            self.addAction(action)
        self.addToolBar(self.toolbar)
        name_toolbar_extension(self.toolbar)

    def _build_status_bar(self) -> None:
        self.folder_label = QLabel(self.tr("Data folder: {folder}").format(folder=self.data_dir))
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.hide()
        self.statusBar().addPermanentWidget(self.busy_bar)
        self.statusBar().addPermanentWidget(self.folder_label)

    def _connect(self) -> None:
        self.flow.connect_pages()
        self.family_list.sig_family_selected.connect(self._choose_family)
        # The supervisor's read-only review: no "New family" either (ui/plan_export/).
        review_role = self.workspace.review_role
        review_role.sig_role_changed.connect(
            lambda _role: self.family_list.set_can_create(not review_role.is_supervisor)
        )
        self.family_list.set_can_create(not review_role.is_supervisor)
        self.idle.sig_idle.connect(self._on_idle)
        self.runner.sig_busy_changed.connect(self._on_busy_changed)
        self.lock_action.triggered.connect(lambda: self.lock())
        self.change_passphrase_action.triggered.connect(self.open_change_passphrase)
        self.new_recovery_key_action.triggered.connect(lambda: self.open_new_recovery_key())
        self.restore_action.triggered.connect(self.open_restore_backup)
        self.settings_action.triggered.connect(self.open_settings)
        self.about_action.triggered.connect(self.open_about)

    # -- pages -------------------------------------------------------------

    def show_start_page(self) -> None:
        self.show_page(self.unlock_page if vault_exists(self.data_dir) else self.create_page)

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        working = page is self.main_page
        self.toolbar.setVisible(working)
        for action in self.work_actions:
            action.setEnabled(working)
        focus = getattr(page, "focus", None)
        if callable(focus):
            focus()

    def _choose_family(self, family_id: str) -> None:
        """The list picked a family: show it, once unsaved typing is saved or let go."""
        shown = self.workspace.current_family_id()
        if (family_id or None) == shown:
            self.workspace.show_family(family_id)
            return
        self.unsaved_guard.ask(
            lambda: self.workspace.show_family(family_id),
            lambda: self.family_list.set_selected_family(shown),
        )

    def _family_erased(self, family_id: str) -> None:
        if self.workspace.current_family_id() == family_id:
            self.workspace.show_family(None)
        self.family_list.refresh()

    def _reopen_family(self, family_id: str) -> None:
        """The family that was open when the vault last locked or the app closed."""
        self.workspace.show_family(family_id)
        self.family_list.set_selected_family(family_id)

    def _attach(self, vault: Vault) -> None:
        self.flow.attach(vault)

    @property
    def _pending_vault(self) -> Vault | None:
        """The vault held between the start pages (ui/vault_pages/vault_flow.py); tests look at it."""
        return self.flow.pending_vault

    # -- lock --------------------------------------------------------------

    def lock(self, notice: str = "") -> None:
        """Close the vault and show the unlock page.

        Work in progress (a restore, a report) is let finish before the vault
        closes, but the families leave the screen at once.
        """
        if self.runner.busy:
            self._lock_requested = True
            self._lock_notice = notice or self._lock_notice
            self._cover()
            return
        notice = notice or self._lock_notice
        self._lock_requested = False
        self._lock_notice = ""
        self.unlock_page.set_closing(False)
        if (
            self.current_page() in (self.new_passphrase_page, self.recovery_key_page)
            and self.flow.pending_vault is not None
        ):
            # Opened by recovery key, new passphrase not chosen yet: start over. Or a
            # new vault's recovery key not yet confirmed as stored: it leaves the
            # screen, and the next unlock asks for a new one.
            self.recovery_key_page.clear()
            self.idle.stop()
            self.flow.close_pending(backup=False)
            self.unlock_page.reset()
            self.unlock_page.set_notice(notice)
            self.show_page(self.unlock_page)
            return
        if not self.service.is_unlocked:
            return
        self._close_dialogs()
        self.idle.stop()
        self.memory.remember()
        try:
            # Out of the window's hands at once; the sync hears of it and stops.
            vault = self.service.detach()
        except Exception as exc:  # the screen must lock whatever happens to the files
            log_unexpected(exc)
        else:
            if vault is not None:
                self._close_in_background(vault)
        self.unlock_page.reset()
        self.unlock_page.set_notice(notice)
        self.show_page(self.unlock_page)

    def _close_in_background(self, vault: Vault) -> None:
        """Back up and close a locked vault on the worker thread, after the sync.

        The lock-time backup of a 100,000-change vault held the window for over a
        second. On the one worker thread it also comes before anything submitted
        after it: an unlock meanwhile opens the vault only once it is closed.
        The vault closes only after the cancelled sync has stopped, so no page
        pulled after the lock is written.
        """
        self._closing.append(vault)
        wait_for_sync = self.sync_ui.controller.wait_stopped
        self.runner.submit(
            lambda: vault_jobs.close_vault(vault, wait_for_sync),
            lambda _none: self._on_vault_closed(vault),
            lambda exc: self._on_vault_closed(vault, exc),
        )

    def _on_vault_closed(self, vault: Vault, exc: BaseException | None = None) -> None:
        if exc is not None:
            log_unexpected(exc)
            try:
                vault.close(backup=False)  # the key must go even if the backup failed
            except Exception as again:
                log_unexpected(again)
        if vault in self._closing:
            self._closing.remove(vault)

    def set_idle_timeout_ms(self, ms: int) -> None:
        """Auto-lock after `ms` milliseconds without input (the setting is in minutes)."""
        self.idle.set_timeout_ms(ms)

    def _on_idle(self) -> None:
        self.lock(self.tr("FTBT Desktop locked itself because it was not used for a while."))

    def _on_busy_changed(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy and self.current_page() is self.main_page)
        self.main_page.setEnabled(not busy)
        if not busy and self._lock_requested:
            self.lock()

    def _cover(self) -> None:
        """A lock waits for running work: hide everything personal now, close the vault later."""
        if self.current_page() is not self.main_page:
            return  # the other pages show nothing of the families
        self.idle.stop()
        self._close_popups()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                # Hidden, not closed: the running work may still report to it, and
                # once it has finished itself it needs no closing.
                widget.setProperty(COVERED, True)
                widget.finished.connect(lambda _r, w=widget: w.setProperty(COVERED, False))
                widget.hide()
        self.unlock_page.reset()
        self.unlock_page.set_notice(self._lock_notice)
        self.show_page(self.unlock_page)
        self.unlock_page.set_closing(True)
        # Family view is a window of its own: it goes now too (family_map/kitchen.py).
        self.kitchen_mode.cover()

    def _close_popups(self) -> None:
        popup = QApplication.activePopupWidget()
        while popup is not None:
            popup.close()
            next_popup = QApplication.activePopupWidget()
            popup = None if next_popup is popup else next_popup

    def _close_dialogs(self) -> None:
        """Close menus, message boxes and dialogs: nothing may stay over a locked window."""
        self._close_popups()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and (widget.isVisible() or widget.property(COVERED)):
                widget.setProperty(COVERED, False)
                widget.done(QDialog.DialogCode.Rejected)

    # -- actions -----------------------------------------------------------

    def open_change_passphrase(self) -> ChangePassphraseDialog | None:
        if not self.service.is_unlocked:
            return None
        dialog = ChangePassphraseDialog(self.service.vault, self.runner, self)
        dialog.accepted.connect(
            lambda: self.statusBar().showMessage(
                self.tr("The passphrase was changed."), STATUS_MESSAGE_MS
            )
        )
        return self._open_dialog(dialog)

    def open_new_recovery_key(self, reason: str = "") -> NewRecoveryKeyDialog | None:
        if not self.service.is_unlocked:
            return None
        dialog = NewRecoveryKeyDialog(self.service.vault, self.runner, reason, self)
        dialog.accepted.connect(
            lambda: self.statusBar().showMessage(
                self.tr("The new recovery key replaces the old one."), STATUS_MESSAGE_MS
            )
        )
        return self._open_dialog(dialog)

    def open_restore_backup(self) -> RestoreBackupDialog | None:
        if not self.service.is_unlocked:
            return None
        dialog = RestoreBackupDialog(self.data_dir, self)
        dialog.sig_restore.connect(self._restore_chosen)
        return self._open_dialog(dialog)

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.data_dir, self.settings, self)
        dialog.sig_saved.connect(self._apply_settings)
        return self._open_dialog(dialog)

    def open_about(self) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About FTBT Desktop"),
            self.tr(
                "FTBT Desktop {version}\n\n"
                "For family coordinators in Familiens Trivsel – Barnets Trivsel: the whole "
                "family's plan, in one place.\n\n"
                "The information is kept encrypted on this computer and opens only with "
                "your passphrase."
            ).format(version=ftbt_desktop.__version__),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.addAction(self.lock_action)
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def _open_dialog(self, dialog: _D) -> _D:
        # A modal dialog blocks the window's own shortcuts; Ctrl+L must still lock.
        dialog.addAction(self.lock_action)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.idle.set_timeout_ms(settings.auto_lock_minutes * 60_000)
        if resolve_language(settings.language) != language_in_force():
            self.statusBar().showMessage(restart_text())  # stays: nothing else changes

    def _restore_chosen(self, backup: Path) -> None:
        # Out of the window's hands first, as at lock: the sync hears of it, stops,
        # and none starts meanwhile; the vault closes only once the sync let go.
        vault = self.service.detach()
        if vault is None:
            return
        wait_for_sync = self.sync_ui.controller.wait_stopped
        self.runner.submit(
            lambda: vault_jobs.restore_chosen(vault, backup, wait_for_sync),
            lambda restored: self._on_restored_chosen(restored, backup),
            lambda exc: self._on_restore_chosen_failed(exc, vault),
        )

    def _on_restored_chosen(self, restored: Vault, backup: Path) -> None:
        # The old vault was detached before and is closed now; attach() brings the views back.
        self._attach(restored)
        when = backup_time(backup)
        self.statusBar().showMessage(
            self.tr("The backup from {when} was restored.").format(
                when=format_when(when) if when else backup.name
            ),
            STATUS_MESSAGE_MS,
        )

    def _on_restore_chosen_failed(self, exc: BaseException, vault: Vault) -> None:
        if vault.is_open:
            self._attach(vault)  # the one in use stays, as it was
            if isinstance(exc, VaultDamaged):
                text = self.tr("That backup is damaged and was not used. Choose another one.")
            else:
                text = self.failure_text(exc)
            self._message(QMessageBox.Icon.Warning, self.tr("Restore from backup"), text)
            return
        # The vault was closed before the failure: start again from unlocking.
        self.service.lock()
        self.idle.stop()
        if isinstance(exc, VaultDamaged):
            self.flow.show_damaged(exc, None)
        else:
            self.unlock_page.reset()
            self.show_page(self.unlock_page)
            self.unlock_page.show_failure(self.failure_text(exc))

    def _message(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.addAction(self.lock_action)
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    # -- failures ----------------------------------------------------------

    def failure_text(self, exc: BaseException) -> str:
        if isinstance(exc, DiskFull):
            return disk_full_text()
        if isinstance(exc, VaultInUse):
            return in_use_text()
        if isinstance(exc, FolderNotPrivate):
            return not_private_text(exc)
        if isinstance(exc, OSError):
            return storage_failure_text()
        log_unexpected(exc)
        return unexpected_text()

    def show_unexpected(self, exc: BaseException) -> None:
        """For the application's exception hook: a plain message, never a traceback."""
        log_unexpected(exc)
        self.statusBar().showMessage(unexpected_text(), STATUS_MESSAGE_MS)

    # -- closing -----------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if (
            not self._closed
            and not self._close_answered
            and self.unsaved_guard.unsaved_parts(closing=True)
        ):
            event.ignore()
            self.unsaved_guard.ask(self._close_after_question, lambda: None, closing=True)
            return
        self.shut_down()
        super().closeEvent(event)

    def _close_after_question(self) -> None:
        self._close_answered = True
        self.close()

    def shut_down(self) -> None:
        """Finish running work, then close and back up the vault (idempotent)."""
        if self._closed:
            return
        self._closed = True
        self.idle.stop()
        # Waits for running work, a lock's backup and close included.
        self.runner.shutdown()
        # Deliver a result that arrived while waiting, so its vault is closed below.
        QCoreApplication.sendPostedEvents(self.runner)
        self.flow.close_pending()
        self.sync_ui.shutdown()  # a running sync stops at its next step, before the vault closes
        for vault in list(self._closing):  # locked, but the worker stopped before closing it
            try:
                vault.close()
            except Exception as exc:  # the next one must close all the same
                log_unexpected(exc)
            self._closing.remove(vault)
        self.memory.remember()
        try:
            self.service.lock()
        except VaultError as exc:
            log_unexpected(exc)
