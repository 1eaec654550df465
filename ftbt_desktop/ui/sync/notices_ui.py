"""Messages in the main window: the toolbar's "Messages (n)" and when the dialog opens.

The dialog opens by itself after unlock while any message is unread (a lock
closes every dialog, so a message the reader had not acknowledged is shown
again), and after a sync that removed, held, erased or refused something; a
new conflict or review comment only counts in the toolbar until then. Never
over a hidden window (family view): the count waits for the reader.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ftbt_desktop.storage import notices
from ftbt_desktop.ui.sync.notices_dialog import NoticeBoard, NoticesDialog
from ftbt_desktop.ui.sync.sync_controller import SyncController
from ftbt_desktop.words.notice import messages_accessible_text, messages_action_text

if TYPE_CHECKING:
    from ftbt_desktop.ui.main_window import MainWindow

# Said at once after the sync that learned of it: a family left or stays against the odds.
ALERT_KINDS = frozenset({notices.REMOVED, notices.HELD, notices.REFUSED, notices.ERASED})


class NoticesUi(QObject):
    def __init__(
        self, window: MainWindow, controller: SyncController, before: QAction | None = None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.board = NoticeBoard(window.service, self)
        self.dialog: NoticesDialog | None = None
        self._seen_up_to = 0  # the newest message the reader has had on the screen
        self.action = QAction(window)
        self.action.setObjectName("messages_action")
        window.toolbar.insertAction(before or window.settings_action, self.action)
        self.action.triggered.connect(lambda: self.open())

        self.board.sig_changed.connect(self.update_action)
        window.service.sig_unlocked.connect(self._on_unlocked)
        window.service.sig_locked.connect(self._on_locked)
        controller.sig_finished.connect(self._on_synced)
        controller.sig_failed.connect(self._on_synced)  # refusals before a failure stay
        controller.sig_conflicts_changed.connect(self.update_action)  # one decided
        # Family view shows one family only: the list of others leaves the screen.
        window.kitchen_mode.sig_entered.connect(lambda _family_id: self.close())
        self.update_action()

    # -- public ------------------------------------------------------------

    def open(self) -> NoticesDialog | None:
        """The Messages dialog (one at a time); not over a locked or hidden window."""
        if not self.window.service.is_unlocked or not self.window.isVisible():
            return None
        if self.dialog is not None:
            self.dialog.refresh()
        else:
            dialog = NoticesDialog(self.board, self.window)
            dialog.addAction(self.window.lock_action)  # Ctrl+L locks from the dialog too
            dialog.sig_show_family.connect(self.window.family_list.select_family)
            dialog.finished.connect(self._on_dialog_finished)
            dialog.finished.connect(dialog.deleteLater)
            self.dialog = dialog
            dialog.show()
        self.dialog.raise_()
        self._seen_up_to = max(self._seen_up_to, self.dialog.shown_up_to)
        return self.dialog

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()

    @Slot()
    def update_action(self) -> None:
        unread = self.board.unread_count()
        self.action.setText(messages_action_text(unread))
        self.action.setToolTip(messages_accessible_text(unread))
        font = self.action.font()
        font.setBold(unread > 0)
        self.action.setFont(font)
        button = self.window.toolbar.widgetForAction(self.action)
        if isinstance(button, QWidget):
            button.setAccessibleName(messages_accessible_text(unread))
        if self.dialog is not None:
            self.dialog.refresh()

    def retranslate(self) -> None:
        self.update_action()

    # -- internals ---------------------------------------------------------

    @Slot()
    def _on_unlocked(self) -> None:
        self._seen_up_to = 0
        self.update_action()
        if self.board.unread_count():
            self.open()

    @Slot()
    def _on_locked(self) -> None:
        self._seen_up_to = 0
        self.update_action()

    @Slot()
    def _on_synced(self, *_args: object) -> None:
        if not self.window.service.is_unlocked:
            return  # locked meanwhile: said after the next unlock
        self.update_action()
        news = [
            n
            for n in self.board.unread()
            if n.notice_id > self._seen_up_to and n.kind in ALERT_KINDS
        ]
        if news:
            self.open()

    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None
