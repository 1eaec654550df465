"""Follows the user's role and switches the family workspace to the supervisor's review.

The role is the server's (kept in the vault after sign-in), or the local
setting until the vault has signed in (storage/roles.py). It is checked
again when the vault is unlocked, when the settings are saved and when
changes arrive (a sign-in is followed by a sync). The write guard on the
service refuses a supervisor's writes other than reviews at every write,
whatever the screen shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ftbt_desktop.settings import Settings, load_settings
from ftbt_desktop.storage.errors import VaultError
from ftbt_desktop.storage.roles import Role, SupervisorGuard, current_role
from ftbt_desktop.ui.dialogs.settings_notifier import settings_notifier

if TYPE_CHECKING:
    from ftbt_desktop.ui.workspace.workspace import FamilyWorkspace


class ReviewRole(QObject):
    sig_role_changed = Signal(str)  # Role

    def __init__(self, workspace: FamilyWorkspace) -> None:
        super().__init__(workspace)
        self.workspace = workspace
        self.service = workspace.service
        self.local_supervisor = load_settings(self.service.data_dir).supervisor_review
        self.role: Role | None = None
        self.service.set_write_guard(SupervisorGuard(lambda: self.local_supervisor))
        self.service.sig_unlocked.connect(self.update)
        self.service.sig_changed.connect(self._on_changed)
        settings_notifier().sig_saved.connect(self._on_settings_saved)
        self.update()

    @property
    def is_supervisor(self) -> bool:
        return self.role is Role.SUPERVISOR

    def update(self) -> Role | None:
        """Work out the role again and switch the workspace when it changed."""
        if self.service.is_unlocked:
            try:
                role = self.service.on_vault(current_role, self.local_supervisor)
            except VaultError:
                return self.role
        else:
            role = Role.SUPERVISOR if self.local_supervisor else Role.COORDINATOR
        if role is not self.role:
            self.role = role
            self.workspace.set_read_only(role is Role.SUPERVISOR)
            self.sig_role_changed.emit(role.value)
        return role

    def _on_changed(self, _changes: object) -> None:
        self.update()  # a sign-in is followed by a sync: its role may be new

    def _on_settings_saved(self, settings: Settings) -> None:
        self.local_supervisor = settings.supervisor_review
        self.update()
