"""A push's numbering and storing (numbering.py): on PostgreSQL one statement, which must
keep the merge rule exactly as the client has it, whatever the database's collation.

A municipality may well create its database with a Danish locale. There "a" sorts
before "B" and "aa" after "z", while the merge rule (core.changes.wins) compares
strings by code point, as Python does. Two changes with the same stamp are ordered by
device id: the store's state must pick the winner every laptop picks.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import create_engine, delete, func, select, text
from sqlalchemy.exc import NoResultFound

from ftbt_desktop.core.changes import Change, wins
from ftbt_server.tables import changes, device_pushes, feed, seq_counter, state

pytest_plugins = ("server_fixtures",)

from server_fixtures import Store, make_change  # noqa: E402


@pytest.fixture
def danish_store(postgres_schemas: Any) -> Iterator[Store]:
    """A store on a PostgreSQL database whose collation is Danish (ICU da-DK)."""
    url = postgres_schemas.admin_url
    name = f"ftbt_da_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(
            text(
                f'CREATE DATABASE "{name}" TEMPLATE template0 '
                "LOCALE_PROVIDER icu ICU_LOCALE 'da-DK' LOCALE 'C.UTF-8'"
            )
        )
    store = Store(url.set(database=name).render_as_string(hide_password=False))
    try:
        yield store
    finally:
        store.close()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_the_database_collation_is_danish(danish_store: Store) -> None:
    with danish_store.engine.connect() as conn:
        assert conn.execute(text("SELECT 'a' < 'B'")).scalar() is True
        assert conn.execute(text("SELECT 'aa' > 'z'")).scalar() is True


@pytest.mark.parametrize(
    ("first", "second"),
    [("a-laptop", "B-laptop"), ("B-laptop", "a-laptop"), ("aa-laptop", "z-laptop")],
)
def test_the_state_keeps_the_winner_by_code_point_order(
    danish_store: Store, first: str, second: str
) -> None:
    store = danish_store
    store.add_user("anna")
    store.login("anna")
    family = make_change("fam-1", entity_type="family", value="X")
    assert store.push("anna", [family]).status_code == 200
    member = str(uuid.uuid4())
    stamp = 1_700_000_000_000
    sent = [
        make_change("fam-1", entity_id=member, value=device, ms=stamp, device_id=device)
        for device in (first, second)
    ]
    for change in sent:
        answer = store.push("anna", [change])
        assert answer.status_code == 200 and not answer.json()["rejected"], answer.text
    a, b = (Change.from_dict(c) for c in sent)
    expected = b if wins(b, a) else a
    with store.engine.connect() as conn:
        kept = conn.execute(
            select(state.c.change_id).where(state.c.entity_id == member, state.c.field == "name")
        ).scalar_one()
    assert kept == expected.change_id


def test_a_push_is_numbered_densely_with_its_device_noted(server_db_url: str) -> None:
    store = Store(server_db_url)
    try:
        store.add_user("anna")
        store.login("anna", device_name="Annas bærbare")
        batch = [make_change("fam-1", entity_type="family", value="X")] + [
            make_change("fam-1", value=f"v{i}", device_id="dev-1" if i % 2 else "dev-2")
            for i in range(5)
        ]
        assert store.push("anna", batch).status_code == 200
        assert store.push("anna", [make_change("fam-1", device_id="dev-2")]).status_code == 200
        with store.engine.connect() as conn:
            seqs = dict(conn.execute(select(changes.c.change_id, changes.c.seq)).all())
            fed = dict(conn.execute(select(feed.c.change_id, feed.c.seq)).all())
            top = conn.execute(select(seq_counter.c.value)).scalar_one()
            noted = {
                row.device_id: row
                for row in conn.execute(select(device_pushes).order_by(device_pushes.c.device_id))
            }
        assert sorted(seqs.values()) == list(range(1, 8)) and top == 7
        assert fed == seqs
        order = sorted(seqs, key=seqs.__getitem__)
        # dev-1 pushed changes 2 and 4 of the first batch (1-based 3rd and 5th rows).
        assert noted["dev-1"].last_change_id == batch[4]["change_id"]
        assert noted["dev-1"].last_seq == seqs[batch[4]["change_id"]] and noted["dev-1"].pushed == 2
        assert noted["dev-2"].last_seq == 7 and noted["dev-2"].last_change_id == order[-1]
        assert noted["dev-2"].pushed == 4
        assert noted["dev-2"].device_name == "Annas bærbare"
    finally:
        store.close()


def test_a_push_without_the_counter_row_stores_nothing(postgres_schemas: Any) -> None:
    """The one statement's state part does not depend on the numbers: without the
    counter's row it must fail, not answer 200 with the state rewritten and no change."""
    store = Store(postgres_schemas.fresh_url())
    try:
        store.add_user("anna")
        store.login("anna")
        with store.engine.begin() as conn:
            conn.execute(delete(seq_counter))
        with pytest.raises(NoResultFound):
            store.push("anna", [make_change("fam-1", entity_type="family")])
        with store.engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(changes)).scalar_one() == 0
            assert conn.execute(select(func.count()).select_from(state)).scalar_one() == 0
    finally:
        store.close()
