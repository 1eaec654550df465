"""Audit entries are chained after their writer commits (issue 19, the 8 o'clock round):
a pull or a push never waits for the chain's head, so 200 laptops' requests stop
queueing behind one row lock held across the servers.

What must still hold: every entry is written in its request's own transaction (none
without the data, no data without one); each is chained as soon as the head is free,
also when it was written while another writer was chaining; an entry left unchained by
a crash is chained at the next start and by every reader of the log; the chain verifies.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, delete, func, select, text

from ftbt_server import audit, audit_chain
from ftbt_server.app import create_app
from ftbt_server.db import make_engine, write_tx
from ftbt_server.tables import audit as audit_table
from ftbt_server.tables import audit_head, audit_pending, seq_counter

pytest_plugins = ("server_fixtures",)

from server_fixtures import Store, make_change  # noqa: E402


def _count(engine: Engine, table: Any) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _actions(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return list(conn.execute(select(audit_table.c.action).order_by(audit_table.c.id)).scalars())


def _unwritten(engine: Engine) -> None:
    """An entry as a crash leaves it: committed with its request, never chained."""
    with write_tx(engine) as conn:
        conn.execute(
            audit_pending.insert().values(
                at_ms=5,
                action="pull",
                outcome="ok",
                user_id=None,
                username="crashed",
                device_name=None,
                client_addr=None,
                counts="{}",
                detail="",
                families='["fam-crash"]',
            )
        )


def test_a_request_leaves_its_entry_chained_when_the_head_is_free(store: Store) -> None:
    store.add_user("anna")
    store.login("anna")
    assert store.push("anna", [make_change("fam-1", entity_type="family")]).status_code == 200
    store.pull_all("anna")
    assert _count(store.engine, audit_pending) == 0
    assert _actions(store.engine)[-2:] == ["push", "pull"]
    assert audit_chain.verify(store.engine, None).intact


def test_pull_and_push_do_not_wait_for_the_chains_head(
    postgres_schemas: Any,
) -> None:
    """The head held elsewhere (another server chaining a long batch): requests are
    answered meanwhile, and their entries are chained once it is free."""
    store = Store(postgres_schemas.fresh_url())
    holder = make_engine(str(store.engine.url.render_as_string(hide_password=False)))
    try:
        store.add_user("anna")
        store.login("anna")
        before = _count(store.engine, audit_table)
        answers: list[int] = []

        def requests() -> None:
            answers.append(
                store.push("anna", [make_change("fam-1", entity_type="family")]).status_code
            )
            answers.append(store.pull("anna").status_code)

        with holder.connect() as conn, conn.begin():
            conn.execute(select(audit_head).with_for_update())
            worker = threading.Thread(target=requests, daemon=True)
            worker.start()
            worker.join(20)
            answered = list(answers)
        worker.join(20)
        assert answered == [200, 200], "a request waited for the head of the audit chain"
        assert _count(store.engine, audit_pending) == 2
        audit_chain.chain_pending(store.engine)
        assert _count(store.engine, audit_pending) == 0
        assert _count(store.engine, audit_table) == before + 2
        assert audit_chain.verify(store.engine, None).intact
    finally:
        holder.dispose()
        store.close()


def test_an_entry_written_while_another_chains_is_chained_by_it(
    postgres_schemas: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The writer that finds the head taken leaves its entry to the one chaining, which
    looks again after it commits: nothing stays pending. (PostgreSQL: on SQLite one
    writer at a time, so a writer waits for the head instead of leaving its entry.)"""
    store = Store(postgres_schemas.fresh_url())
    other = make_engine(store.engine.url.render_as_string(hide_password=False))
    original = audit_chain._chain
    late: list[int] = []

    def chain_then_another_writes(conn: Any, head: Any, rows: Any) -> Any:
        result = original(conn, head, rows)
        if not late:
            late.append(1)
            # Another request commits its entry now, and finds the head taken.
            with write_tx(other) as conn_b:
                audit.record(conn_b, 2, "push", audit.Actor(None, "bo"), families=["fam-2"])
        return result

    try:
        monkeypatch.setattr(audit_chain, "_chain", chain_then_another_writes)
        with write_tx(store.engine) as conn:
            audit.record(conn, 1, "pull", audit.Actor(None, "anna"), families=["fam-1"])
        assert late
        assert _count(store.engine, audit_pending) == 0
        assert _actions(store.engine)[-2:] == ["pull", "push"]
        assert audit_chain.verify(store.engine, None).intact
    finally:
        other.dispose()
        store.close()


def test_a_rolled_back_request_leaves_no_entry(store: Store) -> None:
    before = _count(store.engine, audit_table)
    with pytest.raises(RuntimeError), write_tx(store.engine) as conn:
        audit.record(conn, 1, "pull", audit.Actor(None, "anna"))
        raise RuntimeError("the request failed")
    with write_tx(store.engine) as conn:
        audit.record(conn, 2, "login", audit.Actor(None, "anna"))
    assert _count(store.engine, audit_pending) == 0
    assert _count(store.engine, audit_table) == before + 1
    assert _actions(store.engine)[-1] == "login"


def test_entries_a_crash_left_unchained_are_chained_at_start_and_by_readers(
    store: Store,
) -> None:
    _unwritten(store.engine)
    create_app(store.settings, store.engine)
    assert _count(store.engine, audit_pending) == 0
    assert "pull" in _actions(store.engine)

    _unwritten(store.engine)
    store.add_user("admin", role="admin")
    store.login("admin")
    listed = store.client.get("/api/v1/audit", headers=store.auth("admin"))
    assert listed.status_code == 200, listed.text
    assert [e["username"] for e in listed.json()["entries"]].count("crashed") == 2

    _unwritten(store.engine)
    found = audit_chain.verify(store.engine, None)
    assert found.intact
    assert _count(store.engine, audit_pending) == 0


def test_a_batch_crossing_the_checkpoint_interval_is_checkpointed(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = store.settings.sealer.keys  # type: ignore[attr-defined]
    audit_chain.use_keys(keys)
    try:
        monkeypatch.setattr(audit_chain, "CHECKPOINT_EVERY", 5)
        for _ in range(12):
            _unwritten(store.engine)
        audit_chain.chain_pending(store.engine)
        found = audit_chain.verify(store.engine, keys)
        assert found.intact
        assert found.checkpoints >= 2
        assert found.after_last_checkpoint < 5
    finally:
        audit_chain.use_keys(None)


@pytest.fixture
def two_writers(postgres_schemas: Any) -> Iterator[tuple[Store, Engine]]:
    """A store on PostgreSQL and a second engine on it (another server process)."""
    made = Store(postgres_schemas.fresh_url())
    other = make_engine(made.engine.url.render_as_string(hide_password=False))
    try:
        yield made, other
    finally:
        other.dispose()
        made.close()


def test_an_entry_committed_after_the_holders_look_is_chained(
    two_writers: tuple[Store, Engine],
) -> None:
    """H takes the head; W finds it taken and writes pending; H commits and looks while
    W's entry is not committed yet; W commits. W looks itself, and finds the head free."""
    store, other = two_writers
    holder = write_tx(store.engine)
    h = holder.__enter__()
    audit.record(h, 1, "push", audit.Actor(None, "holder"))
    waiter = write_tx(other)
    w = waiter.__enter__()
    audit.record(w, 2, "push", audit.Actor(None, "waiter"))
    holder.__exit__(None, None, None)
    waiter.__exit__(None, None, None)
    assert _count(store.engine, audit_pending) == 0
    assert audit_chain.verify(store.engine, None).intact


def test_a_holder_that_rolls_back_still_chains_what_others_left(
    two_writers: tuple[Store, Engine],
) -> None:
    store, other = two_writers
    with pytest.raises(RuntimeError), write_tx(store.engine) as h:
        audit.record(h, 1, "push", audit.Actor(None, "holder"))
        with write_tx(other) as w:
            audit.record(w, 2, "pull", audit.Actor(None, "waiter"))
        raise RuntimeError("the holder's request fails after its audit entry")
    assert _count(store.engine, audit_pending) == 0
    assert _actions(store.engine)[-1] == "pull"


def test_pushes_queued_for_the_sequence_lock_leave_nothing_pending(
    two_writers: tuple[Store, Engine],
) -> None:
    """The 8 o'clock shape: push A holds the head from its audit step while it waits for
    the sequence lock; push B writes its entry pending and waits behind A."""
    store, other = two_writers
    store.add_user("anna")
    store.add_user("bo")
    store.login("anna")
    store.login("bo")
    answers: list[int] = []

    def push(who: str, family: str) -> None:
        answers.append(store.push(who, [make_change(family, entity_type="family")]).status_code)

    def waiting_for_the_sequence(count: int) -> None:
        for _ in range(200):
            with other.connect() as conn:
                waiting = conn.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                        " AND query LIKE '%seq_counter%'"
                    )
                ).scalar_one()
            if waiting >= count:
                return
            time.sleep(0.05)
        raise AssertionError("the pushes never reached the sequence lock")

    with other.connect() as conn, conn.begin():
        conn.execute(select(seq_counter).with_for_update())
        first = threading.Thread(target=push, args=("anna", "fam-a"))
        first.start()
        waiting_for_the_sequence(1)
        second = threading.Thread(target=push, args=("bo", "fam-b"))
        second.start()
        waiting_for_the_sequence(2)
    first.join(20)
    second.join(20)
    assert answers == [200, 200]
    assert _count(store.engine, audit_pending) == 0
    assert audit_chain.verify(store.engine, None).intact


def test_a_missing_head_row_fails_loudly(two_writers: tuple[Store, Engine]) -> None:
    """SKIP LOCKED cannot tell a missing head from a taken one: entries must not pile up
    unchained for a holder that does not exist."""
    store, _ = two_writers
    store.add_user("anna")
    store.login("anna")
    with write_tx(store.engine) as conn:
        conn.execute(delete(audit_head))
    with pytest.raises(RuntimeError, match="head row is missing"), write_tx(store.engine) as conn:
        audit.record(conn, 1, "pull", audit.Actor(None, "anna"))
    with pytest.raises(RuntimeError, match="head row is missing"):
        audit_chain.chain_pending(store.engine)
    assert _count(store.engine, audit_pending) == 0
