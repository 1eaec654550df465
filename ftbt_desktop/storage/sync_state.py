"""What the vault knows about sync, as one object: `SyncState`. No network here
(see `sync/`).

It holds no bookkeeping of its own; each part lives in the module named for it:
- `sync_account.py`: the account, its token, the pull cursor, the last sync;
- `outbox.py`: pending changes, marking them pushed, what the server refused;
- `inbox.py`: pulled pages, conflicts and their resolution, other laptops' names;
- `family_teams.py`: the teams of each family, as pulls said them;
- `purge.py`: families no longer ours, purged or held back.
The sync engine, the windows and the commands use this one object; the types
they name (an `Account`, a `Rejection`…) are importable from here as well.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence

import sqlcipher3.dbapi2 as sqlcipher

from ftbt_desktop.core.changes import Change
from ftbt_desktop.storage import first_load
from ftbt_desktop.storage.family_teams import family_teams
from ftbt_desktop.storage.first_load import BuildStopped
from ftbt_desktop.storage.inbox import Conflict, Inbox, PageResult, PulledPage
from ftbt_desktop.storage.outbox import Outbox, Rejection
from ftbt_desktop.storage.pulled import CheckedPage, PulledChange
from ftbt_desktop.storage.purge import (
    HeldFamily,
    PendingChangesLeft,
    PurgedFamily,
    Purges,
    RefusedChangesLeft,
)
from ftbt_desktop.storage.repository import ChangeSet, Repository
from ftbt_desktop.storage.sync_account import Account, SyncAccount

__all__ = [
    "Account",
    "BuildStopped",
    "Conflict",
    "HeldFamily",
    "PageResult",
    "PendingChangesLeft",
    "PulledChange",
    "PulledPage",
    "PurgedFamily",
    "RefusedChangesLeft",
    "Rejection",
    "SyncState",
]


class SyncState:
    """Sync bookkeeping over one vault, using the repository's clock and merge."""

    def __init__(self, repo: Repository) -> None:
        self.repo = repo
        self.vault = repo.vault
        self.sync_account = SyncAccount(repo)
        self.outbox = Outbox(repo)
        self.inbox = Inbox(repo)
        self.purges = Purges(repo, self.outbox)

    # -- account (sync_account.py) -------------------------------------------

    def account(self) -> Account | None:
        return self.sync_account.account()

    def save_account(self, account: Account) -> None:
        self.sync_account.save_account(account)

    def forget_token(self, keep_refresh: bool = False) -> None:
        self.sync_account.forget_token(keep_refresh)

    def forget_account(self) -> None:
        self.sync_account.forget_account()

    def cursor(self) -> int:
        return self.sync_account.cursor()

    def last_sync(self) -> dt.datetime | None:
        return self.sync_account.last_sync()

    def set_last_sync(self, when: dt.datetime | None = None) -> None:
        self.sync_account.set_last_sync(when)

    # -- pending and refused (outbox.py) -------------------------------------

    def local_only_families(self) -> set[str]:
        return self.outbox.local_only_families()

    def families_on_server(self, family_ids: Sequence[str]) -> set[str]:
        return self.outbox.families_on_server(family_ids)

    def pending_count(self, family_id: str | None = None) -> int:
        return self.outbox.pending_count(family_id)

    def pending_batch(
        self, after_seq: int, limit: int, family_id: str | None = None
    ) -> list[tuple[int, Change]]:
        return self.outbox.pending_batch(after_seq, limit, family_id)

    def mark_pushed(self, change_ids: Iterable[str]) -> int:
        return self.outbox.mark_pushed(change_ids)

    def batch_to_send(
        self, after_seq: int, limit: int, family_id: str | None = None
    ) -> tuple[list[tuple[int, Change]], set[str]]:
        return self.outbox.batch_to_send(after_seq, limit, family_id)

    def forget_sending(self, family_ids: Iterable[str]) -> None:
        self.outbox.forget_sending(family_ids)

    def settle_sending(self, family_ids: Iterable[str]) -> None:
        self.outbox.settle_sending(family_ids)

    def record_rejections(self, refused: Sequence[tuple[str, str, str]]) -> list[Rejection]:
        return self.outbox.record_rejections(refused)

    def rejections(self, family_id: str | None = None) -> list[Rejection]:
        return self.outbox.rejections(family_id)

    def dismiss_rejection(self, change_id: str) -> None:
        self.outbox.dismiss_rejection(change_id)

    def refused(self, family_id: str) -> list[Rejection]:
        return self.outbox.refused(family_id)

    # -- pull and conflicts (inbox.py) ---------------------------------------

    def apply_page(
        self,
        pulled: Sequence[PulledChange] | CheckedPage,
        next_cursor: int,
        revoked: Sequence[str] = (),
        readable: Sequence[str] | None = None,
        device_names: Mapping[str, str] | None = None,
        then: Callable[[PageResult], None] | None = None,
        family_teams: Mapping[str, Sequence[str]] | None = None,
    ) -> PageResult:
        return self.inbox.apply_page(
            pulled, next_cursor, revoked, readable, device_names, then, family_teams
        )

    def apply_pages(self, pages: Sequence[PulledPage]) -> list[PageResult]:
        return self.inbox.apply_pages(pages)

    def pull_span(
        self, first_load: bool = False, cut: Callable[[], bool] | None = None
    ) -> contextlib.AbstractContextManager[None]:
        return self.inbox.pull_span(first_load, cut)

    def finish_first_load(self, stop: Callable[[], bool] | None = None) -> bool:
        return self.inbox.finish_first_load(stop)

    def first_load_under_way(self) -> bool:
        """Whether a first pull's indexes are still to be built (storage/first_load.py)."""
        return self.vault.get_meta(first_load.LOADING_META) is not None

    def settle_unechoed(self) -> None:
        self.inbox.settle_unechoed()

    def device_names(self) -> dict[str, str]:
        return self.inbox.device_names()

    def family_teams(self) -> dict[str, tuple[str, ...]]:
        """Family id → the names of its coordinator's teams, sorted, as the server last
        said (() for none); a family the server has not named is absent."""
        return family_teams(self.vault)

    def note_device_names(
        self, names: Mapping[str, str], conn: sqlcipher.Connection | None = None
    ) -> None:
        self.inbox.note_device_names(names, conn)

    def conflicts(self, family_id: str | None = None) -> list[Conflict]:
        return self.inbox.conflicts(family_id)

    def conflict_count(self, family_id: str | None = None) -> int:
        return self.inbox.conflict_count(family_id)

    def family_marks(self) -> dict[str, tuple[int, int]]:
        return self.inbox.family_marks()

    def resolve(self, conflict_id: int, keep_change_id: str) -> ChangeSet:
        return self.inbox.resolve(conflict_id, keep_change_id)

    # -- families no longer ours (purge.py) ----------------------------------

    def families_to_purge(self) -> list[str]:
        return self.purges.families_to_purge()

    def held_families(self) -> list[HeldFamily]:
        return self.purges.held_families()

    def held_family(self, family_id: str) -> HeldFamily | None:
        return self.purges.held_family(family_id)

    def held_told(self) -> set[str]:
        return self.purges.held_told()

    def set_held_told(self, family_ids: Iterable[str]) -> None:
        self.purges.set_held_told(family_ids)

    def purge_family(
        self, family_id: str, discard_refused: bool = False, erase: bool = False
    ) -> PurgedFamily | None:
        return self.purges.purge_family(family_id, discard_refused, erase)

    def release_family(self, family_id: str) -> PurgedFamily | None:
        return self.purges.release_family(family_id)
