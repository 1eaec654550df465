"""A server's PostgreSQL connections keep their prepared statements between requests
(issue 19, the 8 o'clock round).

psycopg prepares a statement on the server once it has run a few times on a
connection, and PostgreSQL then skips parsing and planning it. psycopg forgets every
prepared statement at a ROLLBACK (it sends DEALLOCATE ALL), since a rollback may have
undone the objects they name. The audit chain's look after each request ended its read
with a rollback, so every request sent DEALLOCATE ALL and every query of the next one
was parsed and planned again (a saving too small to measure on the development
machine, docs/server.md; what it gives a pooler is said there too).
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine, insert, make_url, text

from ftbt_server import audit, audit_chain, cli, migrate, probes
from ftbt_server.db import DatabaseUrlError, make_engine, write_tx
from ftbt_server.tables import audit_pending

pytest_plugins = ("server_fixtures",)

from server_fixtures import Store, make_change  # noqa: E402

# More than psycopg's prepare threshold (5 runs of a statement on a connection).
REQUESTS = 8


def _prepared(engine: Engine) -> list[str]:
    """The statements prepared on the pooled connection a checkout gets."""
    with engine.connect() as conn:
        return list(conn.execute(text("SELECT statement FROM pg_prepared_statements")).scalars())


def _left_pending(conn: Any, at_ms: int) -> None:
    """An entry as a writer leaves it when it finds the chain's head taken."""
    conn.execute(
        insert(audit_pending).values(
            at_ms=at_ms,
            action="push",
            outcome="ok",
            user_id="u-2",
            username="bo",
            device_name=None,
            client_addr=None,
            counts="{}",
            detail="",
            families='["f-2"]',
        )
    )


def _audited_writes(url: str, pending: bool = False, probe: bool = False) -> list[str]:
    """The statements prepared on a connection after REQUESTS audited writes on it;
    `pending`: each leaves an entry for its look to chain after it ends; `probe`: a
    readiness probe after each."""
    # One pooled connection, so every transaction runs on the one looked at.
    engine = make_engine(url, pool_size=1, max_overflow=0)
    try:
        migrate.upgrade(engine)
        for number in range(REQUESTS):
            with write_tx(engine) as conn:
                audit.record(conn, number, "pull", audit.Actor("u-1", "anna"), families=["f-1"])
                if pending:
                    _left_pending(conn, number)
            if probe:
                assert probes.not_ready_because(engine) is None
        # Ended with a commit: the pool's rollback would drop the statements looked for.
        with engine.connect() as conn, conn.begin():
            left = conn.execute(text("SELECT count(*) FROM audit_pending")).scalar_one()
        assert left == 0  # every entry chained, those left pending by the looks
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


def test_chaining_what_others_left_keeps_the_prepared_statements(postgres_schemas: Any) -> None:
    """The 8 o'clock case: a look that finds entries pending chains them, then looks
    again (audit_chain._chain_all)."""
    prepared = _audited_writes(postgres_schemas.fresh_url(), pending=True)
    assert any("audit_head" in statement for statement in prepared), prepared


def test_readiness_probes_keep_the_prepared_statements(postgres_schemas: Any) -> None:
    """A load balancer asks `/readyz` every few seconds, on the pool's connections."""
    prepared = _audited_writes(postgres_schemas.fresh_url(), probe=True)
    assert any("audit_head" in statement for statement in prepared), prepared


def test_the_database_url_can_turn_prepared_statements_off(postgres_schemas: Any) -> None:
    """Behind a PgBouncer older than 1.21 in transaction mode (docs/server.md)."""
    url = make_url(postgres_schemas.fresh_url())
    off = url.update_query_dict({"prepare_threshold": "none"})
    assert _audited_writes(off.render_as_string(hide_password=False)) == []


@pytest.mark.parametrize(
    "query", ["=-1", "=soon", "=none&prepare_threshold=5", "=", "", "=&options=-cx"]
)
def test_a_wrong_prepare_threshold_in_the_url_is_refused(query: str) -> None:
    url = f"postgresql+psycopg://u@127.0.0.1:1/db?prepare_threshold{query}"
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
            counted = store.client.get(
                "/api/v1/sync/pull", params={"after": 0, "count": 1}, headers=store.auth("anna")
            )
            assert counted.status_code == 200 and counted.json()["left"] == 0
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
        every = [s for statements in prepared for s in statements]
        assert any("tokens" in s for s in every), prepared
        assert any("audit_head" in s for s in every), prepared
        # A pull's window and its count are planned for their values each time
        # (pull._unprepared), though run more than five times on some connection here.
        assert not [s for s in every if "JOIN grants" in s], prepared
    finally:
        store.close()


@pytest.mark.parametrize("query", ["prepare_treshold=none", "sslmode=require&prepare_treshold=5"])
def test_an_unknown_option_in_the_url_is_refused_by_name(query: str) -> None:
    """psycopg hands the URL's options to libpq, which refused a misspelt one only at
    the first connection, and the command ended in a traceback."""
    url = f"postgresql+psycopg://u:s3cret@127.0.0.1:1/db?{query}"
    with pytest.raises(DatabaseUrlError, match='"prepare_treshold"') as refused:
        make_engine(url)
    assert "s3cret" not in str(refused.value)


@pytest.mark.parametrize("command", [["user", "list"], ["serve", "--port", "1"]])
def test_the_command_says_an_unknown_option_in_one_line(
    command: list[str],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FTBT_SERVER_DATA_DIR", str(tmp_path))
    url = "postgresql+psycopg://u:s3cret@127.0.0.1:1/db?prepare_treshold=none"
    assert cli.main(["--db", url, *command]) == cli.EXIT_USAGE
    said = capsys.readouterr().err
    assert said.endswith("\n") and said.count("\n") == 1 and "Traceback" not in said, said
    assert '"prepare_treshold"' in said and "s3cret" not in said, said


@pytest.mark.parametrize(
    "query",
    [
        "sslmode=require&application_name=ftbt",
        "host=/var/run/postgresql",
        "host=a,b&port=5432,5433&target_session_attrs=read-write",
        "options=-csearch_path=s1",
    ],
)
def test_known_options_in_the_url_stay_as_they_are(query: str) -> None:
    url = f"postgresql+psycopg://u@127.0.0.1:1/db?{query}"
    engine = make_engine(url)
    try:
        assert dict(engine.url.query) == dict(make_url(url).query)
    finally:
        engine.dispose()


def test_sqlalchemy_s_own_url_options_are_not_libpq_s() -> None:
    """`plugin` names an engine plugin for SQLAlchemy itself: not checked as libpq's
    (an unknown plugin is SQLAlchemy's to refuse, and it does)."""
    with pytest.raises(Exception, match="nosuchplugin") as refused:
        make_engine("postgresql+psycopg://u@127.0.0.1:1/db?plugin=nosuchplugin")
    assert not isinstance(refused.value, DatabaseUrlError)
