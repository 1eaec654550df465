"""Who the user is in the programme, and what a supervisor may write. No Qt.

The role comes from the server: it is kept in the vault with the sync
account after sign-in (`storage/sync_account.py`). Until the vault has signed
in to a server, the local setting "I am a supervisor (read-only review)"
stands in for it. A supervisor reads families and writes only review
comments and the "reviewed" mark (DESIGN §6); `SupervisorGuard` refuses
every other local write before it reaches the change log, so the app stays
read-only even where a control was left enabled. Changes that arrive from
the server or an import are never refused here: the server decides those.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum

from ftbt_desktop.core.review import REVIEW_ENTITY_TYPES
from ftbt_desktop.storage.errors import VaultError
from ftbt_desktop.storage.repository import Edit, Repository
from ftbt_desktop.storage.sync_state import SyncState


class Role(StrEnum):
    COORDINATOR = "coordinator"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class ReadOnlyRole(VaultError):
    """A supervisor tried to change something other than a review."""

    def __init__(self, entity_type: str) -> None:
        super().__init__(f"read-only review: {entity_type} cannot be changed")
        self.entity_type = entity_type


def server_role(repo: Repository) -> Role | None:
    """The role the server gave at the last sign-in; None when never signed in."""
    account = SyncState(repo).account()
    if account is None or not account.role:
        return None
    try:
        return Role(account.role)
    except ValueError:
        return Role.COORDINATOR  # a role this version does not know reads as the least special


def current_role(repo: Repository, local_supervisor: bool) -> Role:
    """The server's role when the vault has signed in; otherwise the local setting's."""
    role = server_role(repo)
    if role is not None:
        return role
    return Role.SUPERVISOR if local_supervisor else Role.COORDINATOR


def check_supervisor_edits(edits: Sequence[Edit]) -> None:
    for edit in edits:
        if edit.entity_type not in REVIEW_ENTITY_TYPES:
            raise ReadOnlyRole(edit.entity_type)


class SupervisorGuard:
    """A repository write guard: in the supervisor role only reviews are written.

    `local_supervisor` reads the local setting when called, so a changed
    setting counts from the next write without re-installing the guard.
    """

    def __init__(self, local_supervisor: Callable[[], bool]) -> None:
        self.local_supervisor = local_supervisor

    def __call__(self, repo: Repository, edits: Sequence[Edit]) -> None:
        if current_role(repo, self.local_supervisor()) is Role.SUPERVISOR:
            check_supervisor_edits(edits)
