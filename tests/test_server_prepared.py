"""A server's PostgreSQL connections keep their prepared statements between requests
(issue 19, the 8 o'clock round).

psycopg prepares a statement on the server once it has run a few times on a
connection, and PostgreSQL then skips parsing and planning it. psycopg forgets every
prepared statement at a ROLLBACK (it sends DEALLOCATE ALL), since a rollback may have
undone the objects they name. The audit chain's look after each request ended its read
with a rollback, so every request wiped its connection's statements, and every query
of the next one was parsed and planned again: about a fifth of a push-and-pull round's
server CPU (bench/sync_scale.py --laptops).
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine, make_url, text

from ftbt_server import audit, audit_chain, migrate
from ftbt_server.db import DatabaseUrlError, make_engine, write_tx

pytest_plugins = ("server_fixtures",)

from server_fixtures import Store, make_change  # noqa: E402

# More than psycopg's prepare threshold (5 runs of a statement on a connection).
REQUESTS = 8


def _prepared(engine: Engine) -> list[str]:
    """The statements prepared on the pooled connection a checkout gets."""
    with engine.connect() as conn:
        return list(conn.execute(text("SELECT statement FROM pg_prepared_statements")).scalars())


def _audited_writes(url: str) -> list[str]:
    """The statements prepared on a connection after REQUESTS audited writes on it."""
    # One pooled connection, so every transaction runs on the one looked at.
    engine = make_engine(url, pool_size=1, max_overflow=0)
    try:
        migrate.upgrade(engine)
        for number in range(REQUESTS):
            with write_tx(engine) as conn:
                audit.record(conn, number, "pull", audit.Actor("u-1", "anna"), families=["f-1"])
        assert audit_chain.verify(engine, None).intact
        return _prepared(engine)
    finally:
        engine.dispose()


def test_an_audited_write_keeps_the_connections_prepared_statements(
    postgres_schemas: Any,
) -> None:
    prepared = _audited_writes(postgres_schemas.fresh_url())
    # The statements every audited request runs: taking the head, chaining, looking.
    assert any("audit_head" in statement for statement in prepared), prepared
    assert any("audit_pending" in statement for statement in prepared), prepared


def test_the_database_url_can_turn_prepared_statements_off(postgres_schemas: Any) -> None:
    """Behind a PgBouncer older than 1.21 in transaction mode (docs/server.md)."""
    url = make_url(postgres_schemas.fresh_url())
    off = url.update_query_dict({"prepare_threshold": "none"})
    assert _audited_writes(off.render_as_string(hide_password=False)) == []


@pytest.mark.parametrize("value", ["-1", "soon", "none&prepare_threshold=5"])
def test_a_wrong_prepare_threshold_in_the_url_is_refused(value: str) -> None:
    url = f"postgresql+psycopg://u@127.0.0.1:1/db?prepare_threshold={value}"
    with pytest.raises(DatabaseUrlError, match="prepare_threshold"):
        make_engine(url)


def test_requests_keep_the_connections_prepared_statements(postgres_schemas: Any) -> None:
    """The same through the app: a coordinator's pushes and pulls, one after another."""
    store = Store(postgres_schemas.fresh_url())
    try:
        store.add_user("anna")
        store.login("anna")
        for number in range(REQUESTS):
            change = make_change("fam-1", entity_type="family", value=f"round {number}")
            assert store.push("anna", [change]).status_code == 200
            store.pull_all("anna")
        # Requests run one at a time here, yet a request checks out more than one
        # connection (its sign-in check, its route): look at every pooled one.
        pool = store.engine.pool
        held = [store.engine.connect() for _ in range(pool.checkedin())]
        try:
            prepared = [
                list(conn.execute(text("SELECT statement FROM pg_prepared_statements")).scalars())
                for conn in held
            ]
        finally:
            for conn in held:
                conn.close()
        route_statements = [s for statements in prepared for s in statements if "tokens" in s]
        assert route_statements, prepared
        assert any("audit_head" in s for statements in prepared for s in statements), prepared
    finally:
        store.close()
