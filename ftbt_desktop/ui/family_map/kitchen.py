"""Kitchen-table mode (Familievisning): entering, leaving, and what a lock does to it.

The main window is hidden while family view is on, so nothing of it (the
family list, other families' names, status messages) can be seen, reached
by Alt+Tab or shown in the task bar; the family-view window is a separate,
full-screen window holding only this family.

The app's auto-lock still applies. When a lock is asked for (even one that
waits for running work before the vault closes), the family-view window is
closed at once (its map and goals are dropped from memory) and the main
window comes back showing the unlock page. After unlocking, family
view comes back for the same family rather than the normal window: the
unlock most likely happens at the kitchen table with the family watching,
and the normal window would put the family list, with every other family's
name, in front of them. Leaving family view still asks for the passphrase.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ftbt_desktop.storage.errors import NotFound, VaultError
from ftbt_desktop.ui.family_map.kitchen_window import KitchenTableWindow
from ftbt_desktop.ui.family_map.map_extras import KITCHEN_MODE_NAME
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.tasks import TaskRunner


class KitchenTableMode(QObject):
    sig_entered = Signal(str)  # family id
    sig_left = Signal()

    def __init__(
        self,
        service: VaultService,
        runner: TaskRunner,
        host: QWidget,
        lock_action: QAction | None = None,
    ) -> None:
        super().__init__(host)
        self.setObjectName(KITCHEN_MODE_NAME)  # MapExtras finds the mode by this name
        self.service = service
        self.runner = runner
        self.host = host
        self.lock_action = lock_action
        self.window: KitchenTableWindow | None = None
        self._resume_family_id: str | None = None
        service.sig_locked.connect(self._on_locked)
        service.sig_unlocked.connect(self._on_unlocked)

    @property
    def active(self) -> bool:
        return self.window is not None

    @property
    def family_id(self) -> str | None:
        return self.window.family_id if self.window is not None else None

    def enter(self, family_id: str) -> KitchenTableWindow | None:
        """Hide the app and show this family full screen."""
        if self.window is not None:
            return self.window
        if not self.service.is_unlocked:
            return None
        try:
            self.service.family_view(family_id)
        except (NotFound, VaultError):
            return None
        window = KitchenTableWindow(self.service, family_id, self.runner)
        if self.lock_action is not None:
            # Ctrl+L still locks: the main window holding the action is hidden.
            window.addAction(self.lock_action)
        window.sig_leave_confirmed.connect(self.leave)
        self.window = window
        self._resume_family_id = None
        self.host.hide()
        window.showFullScreen()
        window.fit_map()
        # Again once the window manager has given the full-screen size.
        QTimer.singleShot(0, window.fit_map)
        self.sig_entered.emit(family_id)
        return window

    def leave(self) -> None:
        """Back to the normal window (after the passphrase was checked)."""
        if self.window is None:
            return
        self._close_window()
        self.sig_left.emit()

    def _close_window(self) -> None:
        window, self.window = self.window, None
        if window is None:
            return
        window.release()
        # The host first: closing the only visible window would quit the app.
        self.host.show()
        window.hide()
        window.deleteLater()

    def cover(self) -> None:
        """A lock was asked for: family view goes at once, even if the vault closes later.

        The lock may wait for running work (the passphrase check of "Leave"
        among it); the family's map must not stay on screen meanwhile. After
        unlocking, family view comes back as after any lock.
        """
        self._on_locked()

    def _on_locked(self) -> None:
        if self.window is None:
            return
        self._resume_family_id = self.window.family_id
        self._close_window()

    def _on_unlocked(self) -> None:
        family_id, self._resume_family_id = self._resume_family_id, None
        if family_id is not None:
            self.enter(family_id)
