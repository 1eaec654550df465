"""The vault side of sync over a real vault: pending, pages with their cursor,
conflicts, rejections and purging. The network side is in test_sync_e2e.py and test_sync_faults.py."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from ftbt_desktop.core.changes import Change, new_change_id
from ftbt_desktop.core.clock import Hlc
from ftbt_desktop.storage import notices
from ftbt_desktop.storage.errors import NotFound
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.sync_state import (
    Account,
    PendingChangesLeft,
    PulledChange,
    RefusedChangesLeft,
    SyncState,
)
from ftbt_desktop.storage.vault import Vault


@pytest.fixture
def state(repo: Repository) -> SyncState:
    return SyncState(repo)


def remote(
    entity_id: str, family_id: str, field: str, value: object, ms: int, entity_type: str = "family"
) -> Change:
    return Change(
        change_id=new_change_id(),
        entity_type=entity_type,
        entity_id=entity_id,
        family_id=family_id,
        field=field,
        value=value,
        hlc=Hlc(ms, 0).encode(),
        device_id="other-device",
        user_id="bente",
    )


def later_than(repo: Repository, family_id: str) -> int:
    return max(Hlc.decode(c.hlc).ms for c in repo.changes(family_id)) + 1000


def test_local_changes_are_pending_until_marked_pushed(repo: Repository, state: SyncState) -> None:
    created = repo.create_family("Familien Holm")
    assert state.pending_count() == len(created.changes)
    batch = state.pending_batch(0, 2)
    assert [c.change_id for _, c in batch] == [c.change_id for c in created.changes[:2]]
    state.mark_pushed(c.change_id for _, c in batch)
    assert state.pending_count() == len(created.changes) - 2
    after = state.pending_batch(batch[-1][0], 100)
    assert {c.change_id for _, c in after} == {c.change_id for c in created.changes[2:]}


def test_page_and_cursor_in_one_transaction_and_idempotent(
    repo: Repository, state: SyncState
) -> None:
    family_id = new_change_id()
    page = [
        PulledChange(1, remote(family_id, family_id, "name", "Familien Berg", 10**12)),
        PulledChange(2, remote(family_id, family_id, "status", "active", 10**12 + 1)),
    ]
    result = state.apply_page(page, next_cursor=2)
    assert len(result.applied.changes) == 2
    assert state.cursor() == 2
    assert repo.family(family_id).name == "Familien Berg"
    assert state.pending_count() == 0  # pulled changes are never pushed back
    again = state.apply_page(page, next_cursor=2)
    assert not again.applied
    assert repo.change_count() == 2


def test_a_page_keeps_the_newest_value_whatever_order_it_holds_them_in(
    repo: Repository, state: SyncState, vault: Vault
) -> None:
    # The page's state goes in as one batch: the merge rule, not the order, decides.
    family_id = new_change_id()
    newest = remote(family_id, family_id, "name", "Familien Berg", 10**12 + 9)
    older = [remote(family_id, family_id, "name", f"Navn {i}", 10**12 + i) for i in range(3)]
    page = [PulledChange(n, c) for n, c in enumerate([older[1], newest, *older[::2]], start=1)]
    state.apply_page(page, next_cursor=len(page))
    assert repo.family(family_id).name == "Familien Berg"
    rows = vault.execute(
        "SELECT change_id FROM state WHERE entity_id = ? AND field = 'name'", (family_id,)
    )
    assert [r[0] for r in rows] == [newest.change_id]
    assert vault.check().ok  # the state recomputed from the log agrees


def test_purging_a_family_gone_already_keeps_the_message_that_told_of_it(
    repo: Repository, state: SyncState, vault: Vault
) -> None:
    created = repo.create_family("Familien Holm")
    family_id = created.primary_id
    state.mark_pushed(c.change_id for c in created.changes)
    assert state.purge_family(family_id) is not None
    with vault.transaction() as conn:
        notices.record(conn, notices.NewNotice(notices.REMOVED, family_id, "Familien Holm"))
    # The server names it again (a pull from the start): nothing is left to remove.
    assert state.purge_family(family_id) is None
    assert [n.family_id for n in notices.unread(repo)] == [family_id]


def test_failed_page_moves_neither_data_nor_cursor(repo: Repository, state: SyncState) -> None:
    family_id = new_change_id()
    good = remote(family_id, family_id, "name", "Familien Berg", 10**12)
    bad = dataclasses.replace(good, change_id=new_change_id(), hlc="not a stamp")
    with pytest.raises(ValueError):
        state.apply_page([PulledChange(1, good), PulledChange(2, bad)], next_cursor=2)
    assert state.cursor() == 0
    assert repo.change_count() == 0


def test_pulled_change_over_unpushed_local_one_is_a_conflict(
    repo: Repository, state: SyncState
) -> None:
    family_id = repo.create_family("Familien Holm").primary_id
    assert family_id
    mine = repo.update_family(family_id, name="Familien Holm-Jensen").changes[0]
    theirs = remote(
        family_id, family_id, "name", "Familien Holm Jensen", later_than(repo, family_id)
    )
    result = state.apply_page([PulledChange(1, theirs)], next_cursor=1)
    assert result.conflicts == 1
    [conflict] = state.conflicts(family_id)
    assert conflict.local.value == "Familien Holm-Jensen"
    assert conflict.remote.value == "Familien Holm Jensen"
    assert conflict.remote.user_id == "bente"
    assert conflict.winner_change_id == theirs.change_id  # later stamp wins the merge
    assert repo.family(family_id).name == "Familien Holm Jensen"

    kept = state.resolve(conflict.conflict_id, mine.change_id)
    assert repo.family(family_id).name == "Familien Holm-Jensen"
    assert kept.changes[0].change_id not in (mine.change_id, theirs.change_id)
    assert state.conflict_count() == 0
    history_values = [e.new_value for e in repo.history(family_id) if e.change.field == "name"]
    assert "Familien Holm Jensen" in history_values  # the losing value stays in history


def test_same_value_or_settled_change_is_no_conflict(repo: Repository, state: SyncState) -> None:
    family_id = repo.create_family("Familien Holm").primary_id
    assert family_id
    mine = repo.update_family(family_id, notes="ring først").changes[0]
    same = remote(family_id, family_id, "notes", "ring først", later_than(repo, family_id))
    assert state.apply_page([PulledChange(1, same)], next_cursor=1).conflicts == 0
    # Once our change came back from the server, a later change was made knowing it.
    state.mark_pushed(c.change_id for c in repo.changes(family_id))
    echo = state.apply_page([PulledChange(2, mine)], next_cursor=2)
    assert echo.echoed == 1
    newer = remote(family_id, family_id, "notes", "ring aldrig", later_than(repo, family_id))
    assert state.apply_page([PulledChange(3, newer)], next_cursor=3).conflicts == 0


def test_rejected_change_stops_counting_for_the_state(repo: Repository, state: SyncState) -> None:
    family_id = repo.create_family("Familien Holm").primary_id
    assert family_id
    state.mark_pushed(c.change_id for c in repo.changes(family_id))
    refused = repo.update_family(family_id, name="Forkert navn").changes[0]
    [rejection] = state.record_rejections([(refused.change_id, "read_only", "supervisor")])
    assert rejection.reason == "read_only"
    assert rejection.change.value == "Forkert navn"
    assert state.pending_count() == 0
    assert repo.family(family_id).name == "Familien Holm"
    assert [r.change.change_id for r in state.rejections(family_id)] == [refused.change_id]


def test_purge_waits_for_pending_changes(repo: Repository, state: SyncState, vault: Vault) -> None:
    family_id = repo.create_family("Familien Holm").primary_id
    other_id = repo.create_family("Familien Berg").primary_id
    assert family_id and other_id
    state.apply_page([], next_cursor=5, revoked=[family_id])
    assert state.families_to_purge() == [family_id]
    with pytest.raises(PendingChangesLeft):
        state.purge_family(family_id)
    state.mark_pushed(c.change_id for c in repo.changes(family_id))
    purged = state.purge_family(family_id)
    assert purged is not None and purged.name == "Familien Holm"
    assert state.families_to_purge() == []
    assert repo.changes(family_id) == []
    assert not vault.execute("SELECT 1 FROM state WHERE family_id = ?", (family_id,))
    assert [f.id for f in repo.list_families()] == [other_id]
    assert state.purge_family(family_id) is None  # revoked again: nothing left to say


def test_refused_changes_hold_a_revoked_family_until_let_go(
    repo: Repository, state: SyncState
) -> None:
    family_id = repo.create_family("Familien Holm").primary_id
    assert family_id
    state.mark_pushed(c.change_id for c in repo.changes(family_id))
    refused = repo.update_family(family_id, notes="Ny aftale").changes[0]
    state.record_rejections([(refused.change_id, "forbidden", "assignment ended")])
    state.apply_page([], next_cursor=5, revoked=[family_id])
    with pytest.raises(RefusedChangesLeft):
        state.purge_family(family_id)
    state.dismiss_rejection(refused.change_id)  # the message seen: the change still counts
    [held] = state.held_families()
    assert held.name == "Familien Holm"
    assert [(r.change.change_id, r.reason) for r in held.refused] == [(refused.change_id, "")]
    with pytest.raises(RefusedChangesLeft):
        state.purge_family(family_id)
    purged = state.release_family(family_id)
    assert purged is not None and purged.name == "Familien Holm"
    assert state.held_families() == [] and repo.changes(family_id) == []


def test_json_exports_with_refused_changes_import(
    repo: Repository, state: SyncState, tmp_path: Path
) -> None:
    from ftbt_desktop.export.held_export import held_family_document
    from ftbt_desktop.export.json_export import export_document, import_document
    from ftbt_desktop.storage import keys

    family_id = repo.create_family("Familien Holm").primary_id
    assert family_id
    state.mark_pushed(c.change_id for c in repo.changes(family_id))
    refused = repo.update_family(family_id, notes="Ny aftale").changes[0]
    state.record_rejections([(refused.change_id, "forbidden", "assignment ended")])

    # The family's record, as everyone else sees it: the refused change left out.
    plain = export_document(repo, family_id)
    [family] = plain["families"]
    assert family["notes"] is None
    assert refused.change_id not in {c["change_id"] for c in family["changes"]}
    # A held family's export for its new coordinator: the refused change included.
    held = held_family_document(repo, family_id)
    [family] = held["families"]
    assert family["notes"] == "Ny aftale"
    assert refused.change_id in {c["change_id"] for c in family["changes"]}

    for name, doc, notes in (("plain", plain, None), ("held", held, "Ny aftale")):
        other, _ = Vault.create(tmp_path / name, "korrekt hest batteri", keys.minimum_params())
        try:
            other_repo = Repository(other)
            assert import_document(other_repo, doc).new == len(doc["families"][0]["changes"])
            assert other_repo.family(family_id).notes == notes
        finally:
            other.close(backup=False)


def test_a_family_readable_again_leaves_the_purge_list_and_its_refused_changes_go_again(
    repo: Repository, state: SyncState
) -> None:
    family_id = repo.create_family("Familien Holm").primary_id
    assert family_id
    state.mark_pushed(c.change_id for c in repo.changes(family_id))
    refused = repo.update_family(family_id, notes="Ny aftale").changes[0]
    state.record_rejections([(refused.change_id, "forbidden", "assignment ended")])
    assert repo.family(family_id).notes is None
    state.apply_page([], next_cursor=5, revoked=[family_id], readable=[])
    assert state.families_to_purge() == [family_id]
    result = state.apply_page([], next_cursor=6, readable=[family_id])
    assert result.retried == 1
    assert state.families_to_purge() == []
    assert state.pending_count(family_id) == 1 and state.rejections() == []
    assert repo.family(family_id).notes == "Ny aftale"
    with pytest.raises(NotFound):
        state.release_family(family_id)


def test_account_lives_in_the_vault_and_a_new_server_restarts_the_cursor(
    repo: Repository, state: SyncState
) -> None:
    state.save_account(Account("https://a.example", "anne", token="t1", role="coordinator"))
    state.apply_page([], next_cursor=40)
    state.save_account(Account("https://a.example", "anne", token="t2"))
    assert state.cursor() == 40
    assert repo.user_id == "anne"
    state.forget_token()
    account = state.account()
    assert account is not None and not account.signed_in and account.username == "anne"
    state.save_account(Account("https://b.example", "anne", token="t3"))
    assert state.cursor() == 0


def test_pulled_values_that_break_their_rule_never_reach_the_state(
    repo: Repository, state: SyncState
) -> None:
    """An older server kept anything; such a change is skipped and counted, the rest applied."""
    family_id = new_change_id()
    member_id = new_change_id()
    ms = 10**12
    good = [
        remote(family_id, family_id, "name", "Familien Berg", ms),
        remote(member_id, family_id, "name", "Ea", ms + 1, entity_type="member"),
        remote(member_id, family_id, "role", "child", ms + 2, entity_type="member"),
    ]
    deep: object = []
    for _ in range(900):
        deep = [deep]
    bad = [
        remote(member_id, family_id, "role", "dragon", ms + 3, entity_type="member"),
        remote(member_id, family_id, "birth_year", float("nan"), ms + 4, entity_type="member"),
        remote(member_id, family_id, "name", deep, ms + 5, entity_type="member"),
        remote(family_id, family_id, "notes", "n" * 100_000, ms + 6),
        remote(member_id, family_id, "nickname", "x", ms + 7, entity_type="member"),
    ]
    page = [PulledChange(seq, c) for seq, c in enumerate([*good, *bad], start=1)]
    result = state.apply_page(page, next_cursor=len(page))
    assert result.refused == len(bad)
    assert {c.change_id for c in result.applied.changes} == {c.change_id for c in good}
    assert state.cursor() == len(page)
    _type, _family, values = repo.entity(member_id)
    assert values["role"] == "child" and values["name"] == "Ea"
    assert "birth_year" not in values and "nickname" not in values
    assert repo.family(family_id).notes is None
    assert repo.change_count() == len(good)
