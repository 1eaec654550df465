"""The one object the widgets talk to: vault operations plus a "changed" signal.

Views never query the database and are never told by whoever wrote: a widget
runs an operation (`ftbt_desktop/operations/`) with `run`, which returns the
`ChangeSet` tagged with the widget as its initiator; the service emits it on
`sig_changed`, and every view refreshes itself from that (STYLE pattern 2).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from ftbt_desktop.core.model import Family, FamilyStatus, Member, MemberRole
from ftbt_desktop.operations import family as family_ops
from ftbt_desktop.operations import members as member_ops
from ftbt_desktop.storage import keys
from ftbt_desktop.storage.errors import VaultLocked, WrongPassphrase
from ftbt_desktop.storage.repository import (
    ChangeSet,
    Edit,
    FamilyView,
    HistoryEntry,
    Repository,
    WriteGuard,
)
from ftbt_desktop.storage.sync_state import SyncState
from ftbt_desktop.storage.vault import Vault

T = TypeVar("T")


class VaultService(QObject):
    sig_changed = Signal(object)  # ChangeSet
    sig_unlocked = Signal()
    sig_locked = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self._vault: Vault | None = None
        self._repo: Repository | None = None
        self._write_guard: WriteGuard | None = None
        self._more_guards: list[WriteGuard] = []  # add_write_guard: checked after the first

    # -- lifecycle ---------------------------------------------------------

    @property
    def is_unlocked(self) -> bool:
        return self._vault is not None

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            raise VaultLocked()
        return self._vault

    @property
    def _repository(self) -> Repository:
        """Private on purpose: widgets, commands and tests go through `run` (an edit,
        announced) or `on_vault` (a read or bookkeeping), so no write goes unannounced."""
        if self._repo is None:
            raise VaultLocked()
        return self._repo

    def attach(self, vault: Vault) -> None:
        """Take over a vault opened by a worker (unlock runs off the UI thread)."""
        self._vault = vault
        self._repo = Repository(vault)
        self._repo.write_guard = self._check_write  # before anyone hears of the unlock
        self.sig_unlocked.emit()

    def set_write_guard(self, guard: WriteGuard | None) -> None:
        """Check every local write from now on, this vault's and the next (storage/roles.py)."""
        self._write_guard = guard
        if self._repo is not None:
            self._repo.write_guard = self._check_write

    def add_write_guard(self, guard: WriteGuard) -> None:
        """One more check of every local write, beside the one `set_write_guard` sets
        (storage/taken_away.py: no edit of a family the server has taken away)."""
        self._more_guards.append(guard)
        if self._repo is not None:
            self._repo.write_guard = self._check_write

    def _check_write(self, repo: Repository, edits: Sequence[Edit]) -> None:
        if self._write_guard is not None:
            self._write_guard(repo, edits)
        for guard in self._more_guards:
            guard(repo, edits)

    def detach(self) -> Vault | None:
        """Lock the screen now: the vault leaves the window's hands and every view
        and the sync hear `sig_locked` (the sync stops at its next step). The
        caller closes the returned vault, which backs it up (main_window.py does
        so on the worker thread, once the sync has stopped)."""
        if self._vault is None:
            return None
        vault, self._vault, self._repo = self._vault, None, None
        self.sig_locked.emit()
        return vault

    def lock(self) -> None:
        """Lock and close here, backup included: for quitting (after the sync was
        stopped) and for a vault a restore has closed already."""
        vault = self.detach()
        if vault is not None:
            vault.close(backup=True)

    def verify_passphrase(self, passphrase: str) -> bool:
        """Whether `passphrase` unwraps the open vault's current key header.

        Runs Argon2id (about half a second): call it off the UI thread. Nothing
        is unlocked or kept; raises `VaultLocked` when the vault is locked.
        """
        header = self.vault.header
        try:
            keys.unwrap_with_passphrase(header, passphrase)
        except WrongPassphrase:
            return False
        return True

    def _emit(self, changes: ChangeSet) -> ChangeSet:
        if changes:
            self.sig_changed.emit(changes)
        return changes

    # -- any entity type (map, plan, measures…) ----------------------------

    def run(
        self,
        operation: Callable[..., ChangeSet],
        *args: Any,
        initiator: object | None = None,
        **kwargs: Any,
    ) -> ChangeSet:
        """Run one operation (one user action), announce what changed, return it.

        `initiator` (whoever asked: a widget) is `run`'s own keyword, never the
        operation's; the change set carries it, so that view knows its own change."""
        return self._emit(operation(self._repository, *args, **kwargs).initiated_by(initiator))

    def on_vault(self, use: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """`use(repository, *args, **kwargs)`: a read, or bookkeeping that is no one's
        edit (a message read, an export recorded, a sync started). A user's edit goes
        through `run`, which tags and announces its change set. Widgets reach the
        repository only through this service (tests/test_architecture.py)."""
        return use(self._repository, *args, **kwargs)

    # -- reads (a window asks here rather than reach through the repository) -------

    @property
    def device_id(self) -> str:
        """This laptop's id in the change log (raises VaultLocked when locked)."""
        return self._repository.device_id

    def entity(self, entity_id: str) -> tuple[str, str, dict[str, Any]]:
        """(entity type, family id, fields) of one entity, deleted or not."""
        return self._repository.entity(entity_id)

    def family(self, family_id: str) -> Family:
        return self._repository.family(family_id)

    def load(self, family_id: str, entity_type: str) -> list[Any]:
        return self._repository.load(family_id, entity_type)

    def load_one(self, entity_id: str) -> Any:
        return self._repository.load_one(entity_id)

    # -- families ----------------------------------------------------------

    def list_families(self, search: str = "", status: FamilyStatus | None = None) -> list[Family]:
        return self._repository.list_families(search, status)

    def family_view(self, family_id: str) -> FamilyView:
        return self._repository.family_view(family_id)

    def create_family(self, name: str, **fields: Any) -> ChangeSet:
        return self.run(family_ops.create_family, name, **fields)

    def update_family(self, family_id: str, **fields: Any) -> ChangeSet:
        return self.run(family_ops.update_family, family_id, **fields)

    def close_family(self, family_id: str) -> ChangeSet:
        return self.run(family_ops.close_family, family_id)

    def reopen_family(self, family_id: str) -> ChangeSet:
        return self.run(family_ops.reopen_family, family_id)

    # -- members -----------------------------------------------------------

    def members(self, family_id: str) -> list[Member]:
        return self._repository.members(family_id)

    def add_member(
        self,
        family_id: str,
        name: str,
        role: MemberRole | str,
        birth_year: int | None = None,
        in_household: bool = True,
    ) -> ChangeSet:
        return self.run(member_ops.add_member, family_id, name, role, birth_year, in_household)

    def update_member(self, member_id: str, **fields: Any) -> ChangeSet:
        return self.run(member_ops.update_member, member_id, **fields)

    def remove_member(self, member_id: str) -> ChangeSet:
        return self.run(member_ops.remove_member, member_id)

    # -- sync marks ------------------------------------------------------

    def sync_marks(self) -> dict[str, tuple[int, int]]:
        """(open conflicts, refused changes) per family that has any, for the family list."""
        return SyncState(self._repository).family_marks()

    # -- history -----------------------------------------------------------

    def history(self, family_id: str) -> list[HistoryEntry]:
        return self._repository.history(family_id)
