"""A push that loses a race on PostgreSQL retries without a word from the driver.

Finding (an intermittent failure of test_server_concurrency under load): when two
pushes store the same new rows at once, the loser's insert meets the winner's key
and the push is tried again, as designed (ftbt_server/push.py). But the rows went in
with `executemany`, which psycopg runs in pipeline mode, and a key error there left
psycopg logging "error ignored terminating <psycopg.Pipeline [INERROR, ...]>:
pipeline aborted" for every
lost race: noise in the server's log that an operator cannot tell from trouble.
Here the race is made to happen every time: the other push runs, whole and
committed, after this one has read the store and before it writes. (Inserting
without `executemany` also silenced it, at 5-20 times the cost of a push's
inserts; the server drops this one redundant warning instead, ftbt_server/db.py.)
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

import pytest
from server_fixtures import PostgresSchemas, Store, make_change

from ftbt_server import push as push_module


@pytest.fixture
def pg_store(postgres_schemas: PostgresSchemas) -> Any:
    instance = Store(postgres_schemas.fresh_url())
    try:
        yield instance
    finally:
        instance.close()


def test_a_push_that_loses_a_race_retries_quietly_and_is_accepted(
    pg_store: Store, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    pg_store.add_user("anna")
    pg_store.login("anna")
    family_id = str(uuid.uuid4())
    first = [make_change(family_id, entity_type="family", field="name", value="F")]
    assert pg_store.push("anna", first).json()["accepted"]
    real_store, real_writers = push_module._store, push_module._review_writers
    pending: list[tuple[Any, ...]] = []
    raced: list[int] = []  # the rounds whose race was run

    def store(*args: Any) -> None:
        pending.append(args)
        real_store(*args)

    def writers(conn: Any, entity_ids: Any) -> Any:
        # The last read before this push writes anything.
        if len(raced) == round_[0]:
            raced.append(round_[0])
            # The other push: read, stored and committed while this one waits to write.
            engine, settings, principal, batch_, _, now, addr = pending[0]
            real_store(engine, settings, principal, batch_, push_module.PushResult(), now, addr)
        return real_writers(conn, entity_ids)

    monkeypatch.setattr(push_module, "_store", store)
    monkeypatch.setattr(push_module, "_review_writers", writers)
    stored = [c["change_id"] for c in first]
    # psycopg does not warn at every lost race (it depends on where in the pipeline
    # the key error is read), so the race is lost ten times.
    round_ = [0]
    for number in range(10):
        round_[0] = number
        # New members of a family the store knows: the race is on their rows.
        batch = [make_change(family_id, value=f"M{number}.{i}") for i in range(20)]
        pending.clear()
        with caplog.at_level(logging.WARNING):
            answer = pg_store.push("anna", batch)
        assert answer.status_code == 200, answer.text
        assert sorted(answer.json()["accepted"]) == sorted(c["change_id"] for c in batch)
        assert not answer.json()["rejected"]
        assert len(pending) == 2  # the race was lost once and the push tried again
        stored += [c["change_id"] for c in batch]
    noise = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert noise == []
    ids = [c["change_id"] for c in pg_store.pull_all("anna")["changes"]]
    assert sorted(ids) == sorted(stored)


def test_a_family_created_by_another_after_this_push_read_the_store_is_not_taken_over(
    pg_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Finding (test_server_concurrency, both pushes accepted now and then under load):
    the rights of a push were read while the family did not exist; another coordinator's
    push then created it and committed before this one created it; "create if missing"
    found it there and went on to make this coordinator its coordinator too. Two
    coordinators, each reading the other's family. The race is made to happen here."""
    pg_store.add_user("anna")
    pg_store.add_user("bo")
    pg_store.login("anna")
    pg_store.login("bo")
    family_id = str(uuid.uuid4())
    theirs = [make_change(family_id, entity_type="family", field="name", value="A", user_id="anna")]
    mine = [make_change(family_id, entity_type="family", field="name", value="B", user_id="bo")]
    real_owners = push_module._entity_owners
    raced: list[int] = []

    def owners(conn: Any, entity_ids: Any) -> Any:
        # Bo's push has read its rights (no such family): Anna's push lands now.
        if not raced:
            raced.append(1)
            answer = pg_store.push("anna", theirs)
            assert answer.status_code == 200 and answer.json()["accepted"], answer.text
        return real_owners(conn, entity_ids)

    monkeypatch.setattr(push_module, "_entity_owners", owners)
    answer = pg_store.push("bo", mine)
    assert raced
    assert answer.status_code == 200, answer.text
    assert answer.json()["accepted"] == []
    assert [r["reason"] for r in answer.json()["rejected"]] == ["forbidden"]
    # Bo reads nothing of Anna's family; Anna still does.
    assert pg_store.pull_all("bo")["changes"] == []
    assert [c["value"] for c in pg_store.pull_all("anna")["changes"]] == ["A"]
