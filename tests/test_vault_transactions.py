"""Transactions you can trust, over a real SQLCipher vault.

A failed COMMIT rolls back and leaves the shared connection usable; nested
transactions are savepoints; purging a family and resolving a conflict each
check and write in one transaction, so nothing written in between is lost.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from ftbt_desktop.core.changes import Change, new_change_id
from ftbt_desktop.core.clock import Hlc
from ftbt_desktop.storage import vault as vault_module
from ftbt_desktop.storage.errors import NotFound
from ftbt_desktop.storage.outbox import Outbox
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.sync_state import (
    PendingChangesLeft,
    PulledChange,
    Rejection,
    SyncState,
)
from ftbt_desktop.storage.vault import Vault


class Boom(Exception):
    pass


@pytest.fixture
def state(repo: Repository) -> SyncState:
    return SyncState(repo)


@pytest.fixture
def deferred_fk(vault: Vault) -> Vault:
    """A test table whose foreign key is checked only at COMMIT (the vault has FKs on)."""
    with vault.transaction() as conn:
        conn.execute("CREATE TABLE t_parent (id TEXT PRIMARY KEY)")
        conn.execute(
            "CREATE TABLE t_child (parent_id TEXT "
            "REFERENCES t_parent (id) DEFERRABLE INITIALLY DEFERRED)"
        )
    return vault


def test_failed_commit_rolls_back_and_the_vault_keeps_working(deferred_fk: Vault) -> None:
    vault = deferred_fk
    with pytest.raises(sqlcipher.IntegrityError), vault.transaction() as conn:
        conn.execute("INSERT INTO t_child VALUES ('nobody')")
        vault.set_meta("written_with_the_orphan", "yes", conn=conn)
    assert not vault.conn.in_transaction
    assert vault.execute("SELECT count(*) FROM t_child") == [(0,)]
    assert vault.get_meta("written_with_the_orphan") is None
    # Every later write used to fail with "cannot start a transaction within a transaction".
    vault.set_meta("after", "ok")
    with vault.transaction() as conn:
        conn.execute("INSERT INTO t_parent VALUES ('p')")
        conn.execute("INSERT INTO t_child VALUES ('p')")
    assert vault.get_meta("after") == "ok"
    assert vault.execute("SELECT parent_id FROM t_child") == [("p",)]


def test_failed_commit_through_defer_foreign_keys_pragma(vault: Vault) -> None:
    with vault.transaction() as conn:
        conn.execute("CREATE TABLE t_owner (id TEXT PRIMARY KEY)")
        conn.execute("CREATE TABLE t_owned (owner_id TEXT REFERENCES t_owner (id))")
    with pytest.raises(sqlcipher.IntegrityError), vault.transaction() as conn:
        conn.execute("PRAGMA defer_foreign_keys = ON")
        conn.execute("INSERT INTO t_owned VALUES ('nobody')")
    assert not vault.conn.in_transaction
    assert vault.execute("SELECT count(*) FROM t_owned") == [(0,)]
    vault.set_meta("after", "ok")
    assert vault.get_meta("after") == "ok"


def test_nested_transactions_are_savepoints(vault: Vault) -> None:
    with vault.transaction() as outer:
        vault.set_meta("outer", "1", conn=outer)
        with vault.transaction() as inner:
            vault.set_meta("inner", "1", conn=inner)
        with pytest.raises(Boom), vault.transaction() as inner:
            vault.set_meta("undone", "1", conn=inner)
            raise Boom()
        # The outer transaction goes on after an inner one was rolled back.
        assert outer.in_transaction
        vault.set_meta("outer_after", "1", conn=outer)
    assert vault.get_meta("outer") == "1"
    assert vault.get_meta("inner") == "1"
    assert vault.get_meta("undone") is None
    assert vault.get_meta("outer_after") == "1"
    assert not vault.conn.in_transaction


def test_a_failing_outer_transaction_undoes_the_inner_ones(vault: Vault) -> None:
    with pytest.raises(Boom), vault.transaction() as outer:
        with vault.transaction() as inner:
            vault.set_meta("inner", "1", conn=inner)
        vault.set_meta("outer", "1", conn=outer)
        raise Boom()
    assert vault.get_meta("inner") is None
    assert vault.get_meta("outer") is None
    vault.set_meta("after", "ok")
    assert vault.get_meta("after") == "ok"


def test_failed_commit_of_an_outer_transaction_undoes_inner_ones(deferred_fk: Vault) -> None:
    vault = deferred_fk
    with pytest.raises(sqlcipher.IntegrityError), vault.transaction() as outer:
        with vault.transaction() as inner:
            inner.execute("INSERT INTO t_child VALUES ('nobody')")
            vault.set_meta("inner", "1", conn=inner)
        vault.set_meta("outer", "1", conn=outer)
    assert vault.get_meta("inner") is None and vault.get_meta("outer") is None
    assert not vault.conn.in_transaction


def test_repository_writes_join_an_enclosing_transaction(repo: Repository) -> None:
    with pytest.raises(Boom), repo.vault.transaction():
        repo.create_family("Familien Holm")
        raise Boom()
    assert repo.list_families() == []
    assert repo.change_count() == 0


# -- purge: the checks inside the delete's transaction --------------------------


@pytest.fixture
def second_writer(vault: Vault) -> Iterator[sqlcipher.Connection]:
    """Another connection to the same file that never waits for a lock: it either
    writes at once or is refused (another writer holds the vault)."""
    conn = vault_module._connect(vault.paths.db, vault._key())
    conn.execute("PRAGMA busy_timeout = 0")
    yield conn
    conn.close()


def _write_pending_edit(conn: sqlcipher.Connection, family_id: str) -> str | None:
    """An edit of the family's name, as the window would write it; None when refused."""
    change_id = new_change_id()
    try:
        conn.execute(
            "INSERT INTO changes (change_id, entity_type, entity_id, family_id, field, value, "
            "hlc, device_id, user_id, origin, pushed) "
            "VALUES (?, 'family', ?, ?, 'name', '\"Familien Holm-Jensen\"', ?, 'this', 'anne', "
            "'local', 0)",
            (change_id, family_id, family_id, Hlc(10**13, 0).encode()),
        )
    except sqlcipher.OperationalError as exc:
        assert "locked" in str(exc) or "busy" in str(exc)
        return None
    return change_id


def test_an_edit_written_between_purge_check_and_delete_is_not_lost(
    repo: Repository,
    state: SyncState,
    second_writer: sqlcipher.Connection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    family_id = repo.create_family("Familien Holm").primary_id
    assert family_id
    state.mark_pushed(c.change_id for c in repo.changes(family_id))
    state.apply_page([], next_cursor=5, revoked=[family_id])
    written: list[str | None] = []
    checked = Outbox.refused

    def refused_then_edit(self: Outbox, fid: str) -> list[Rejection]:
        # The last of purge's checks has answered "nothing left": an edit arrives now.
        answer = checked(self, fid)
        written.append(_write_pending_edit(second_writer, family_id))
        return answer

    monkeypatch.setattr(Outbox, "refused", refused_then_edit)
    with contextlib.suppress(PendingChangesLeft):
        state.purge_family(family_id)
    monkeypatch.undo()
    assert len(written) == 1
    edit = written[0]
    if edit is not None:
        # Written: it must have survived (the purge must have refused).
        assert [c.change_id for c in repo.changes(family_id)] == [edit]
    # Else the purge held the vault, so the edit was refused (and the window retries).
    # Either way the second writer can write once the purge is over.
    assert _write_pending_edit(second_writer, family_id) is not None


# -- resolve: the new change and the "resolved" mark in one transaction ----------


def _conflict(repo: Repository, state: SyncState) -> tuple[str, int, Change]:
    family_id = repo.create_family("Familien Holm").primary_id
    assert family_id
    mine = repo.update_family(family_id, name="Familien Holm-Jensen").changes[0]
    later = max(Hlc.decode(c.hlc).ms for c in repo.changes(family_id)) + 1000
    theirs = Change(
        change_id=new_change_id(),
        entity_type="family",
        entity_id=family_id,
        family_id=family_id,
        field="name",
        value="Familien Holm Jensen",
        hlc=Hlc(later, 0).encode(),
        device_id="other-device",
        user_id="bente",
    )
    assert state.apply_page([PulledChange(1, theirs)], next_cursor=1).conflicts == 1
    [conflict] = state.conflicts(family_id)
    return family_id, conflict.conflict_id, mine


def test_resolve_writes_the_change_and_the_mark_together(
    repo: Repository, state: SyncState, vault: Vault
) -> None:
    family_id, conflict_id, mine = _conflict(repo, state)
    before = repo.change_count()
    # The "resolved" mark fails: the kept value must not be written without it.
    vault.execute(
        "CREATE TEMP TRIGGER t_no_resolve BEFORE UPDATE OF resolved_at ON sync_conflicts "
        "BEGIN SELECT RAISE(ABORT, 'mark refused'); END"
    )
    with pytest.raises(sqlcipher.IntegrityError):
        state.resolve(conflict_id, mine.change_id)
    assert repo.change_count() == before
    assert repo.family(family_id).name == "Familien Holm Jensen"
    assert state.conflict_count() == 1
    vault.execute("DROP TRIGGER t_no_resolve")
    kept = state.resolve(conflict_id, mine.change_id)
    assert repo.change_count() == before + 1
    assert repo.family(family_id).name == "Familien Holm-Jensen"
    assert state.conflict_count() == 0
    assert kept.changes[0].value == "Familien Holm-Jensen"


def test_a_conflict_is_resolved_once(repo: Repository, state: SyncState) -> None:
    _, conflict_id, mine = _conflict(repo, state)
    state.resolve(conflict_id, mine.change_id)
    before = repo.change_count()
    with pytest.raises(NotFound):
        state.resolve(conflict_id, mine.change_id)
    assert repo.change_count() == before


# -- pending changes of one family, filtered in SQL -----------------------------


def test_pending_batch_of_one_family(repo: Repository, state: SyncState) -> None:
    other = repo.create_family("Familien Berg").primary_id
    mine = repo.create_family("Familien Holm").primary_id
    assert other and mine
    batch = state.pending_batch(0, 2, family_id=mine)
    assert len(batch) == 2
    assert {c.family_id for _, c in batch} == {mine}
    everything = state.pending_batch(0, 1000, family_id=mine)
    assert len(everything) == state.pending_count(mine)
