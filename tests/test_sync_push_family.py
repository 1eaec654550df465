"""Pushing one family's changes (before it is purged) against a real server:
the family filter is in the query, so other families' pending changes ahead of
it never end the push early."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest

pytest_plugins = ("server_fixtures", "sync_devices")

from server_fixtures import RunningServer  # noqa: E402

from ftbt_desktop.storage.sync_state import HeldFamily, SyncState  # noqa: E402
from ftbt_desktop.sync.client import SyncClient  # noqa: E402
from ftbt_desktop.sync.engine import SyncReport  # noqa: E402

if TYPE_CHECKING:
    from sync_devices import Device

    Devices = Callable[[str], Device]


def test_push_of_one_family_reaches_changes_behind_a_batch_of_others(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    sqlite_server.add_user("anne")
    anne = devices("anne-laptop")
    anne.login(sqlite_server.url, "anne")
    # More pending changes of another family than fit in one batch, then this one's.
    berg = anne.repo.create_family("Familien Berg").primary_id
    for year in range(1970, 1975):
        anne.repo.add_member(berg, f"Jonas Berg {year}", "parent", year)
    holm = anne.repo.create_family("Familien Holm").primary_id
    assert berg and holm
    berg_pending = anne.state.pending_count(berg)
    holm_pending = anne.state.pending_count(holm)
    engine = anne.engine(push_batch=2)
    assert berg_pending > engine.push_batch
    account = anne.state.account()
    assert account is not None
    report = SyncReport()
    with SyncClient(account.server_url, account.token) as client:
        assert engine._push(client, report, lambda _p: None, family_id=holm)
    assert report.pushed == holm_pending
    assert anne.state.pending_count(holm) == 0
    assert anne.state.pending_count(berg) == berg_pending  # not this push's business


def test_an_edit_made_just_before_the_purge_keeps_the_family_and_the_sync_goes_on(
    sqlite_server: RunningServer, devices: Devices, monkeypatch: pytest.MonkeyPatch
) -> None:
    sqlite_server.add_user("anne")
    sqlite_server.add_user("bente")
    anne = devices("anne-laptop")
    anne.login(sqlite_server.url, "anne")
    holm = anne.repo.create_family("Familien Holm").primary_id
    assert holm
    assert anne.sync().in_sync
    sqlite_server.assign(holm, "bente")
    edits: list[str] = []
    real_held = SyncState.held_family

    def held_then_edit(self: SyncState, family_id: str) -> HeldFamily | None:
        # The purge's own checks have passed; the window writes an edit now.
        answer = real_held(self, family_id)
        if not edits:
            edits.append(anne.repo.update_family(holm, notes="Ring først").changes[0].change_id)
        return answer

    monkeypatch.setattr(SyncState, "held_family", held_then_edit)
    report = anne.sync()
    monkeypatch.undo()
    assert report.purged == []
    assert edits and edits[0] in {c.change_id for c in anne.repo.changes(holm)}
    assert anne.state.families_to_purge() == [holm]  # tried again at the next sync
