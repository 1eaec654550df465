"""Pooled PostgreSQL connections the database has ended are never handed to a request,
and those in use are not pinged on every checkout (ftbt_server/db.py: a round trip per
transaction, three or four per request, was 1–3 ms of the servers' CPU per sync)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from server_fixtures import PostgresSchemas
from sqlalchemy import Engine, create_engine, text

from ftbt_server import db
from ftbt_server.db import make_engine, read_tx


@pytest.fixture
def engine(postgres_schemas: PostgresSchemas) -> Iterator[Engine]:
    engine = make_engine(postgres_schemas.fresh_url(), pool_size=2)
    try:
        yield engine
    finally:
        engine.dispose()


def _backend(engine: Engine) -> int:
    with read_tx(engine) as conn:
        return int(conn.scalar(text("SELECT pg_backend_pid()")))


def _pings(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    seen: list[Any] = []
    real = engine.dialect.do_ping

    def ping(dbapi_conn: Any) -> bool:
        seen.append(dbapi_conn)
        return bool(real(dbapi_conn))

    monkeypatch.setattr(engine.dialect, "do_ping", ping)
    return seen


def test_a_connection_the_database_ended_is_replaced_before_use(
    engine: Engine, postgres_schemas: PostgresSchemas
) -> None:
    first = _backend(engine)
    admin = create_engine(postgres_schemas.base_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            # Waits (up to 5 s) until the backend has gone, its goodbye sent.
            assert conn.scalar(text("SELECT pg_terminate_backend(:pid, 5000)"), {"pid": first})
    finally:
        admin.dispose()
    time.sleep(0.05)  # and for the goodbye to cross the loopback
    # Asked at once, well within the idle time before a ping: answered, on a new backend.
    second = _backend(engine)
    assert second != first


def test_a_connection_in_use_is_not_pinged_and_a_long_idle_one_is(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    pings = _pings(engine, monkeypatch)
    first = _backend(engine)
    for _ in range(5):
        assert _backend(engine) == first
    assert pings == []
    monkeypatch.setattr(db, "PING_AFTER_IDLE_S", 0.0)
    assert _backend(engine) == first
    assert len(pings) == 1


def test_the_idle_time_is_counted_from_the_last_checkin(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    pings = _pings(engine, monkeypatch)
    monkeypatch.setattr(db, "PING_AFTER_IDLE_S", 0.5)
    first = _backend(engine)
    assert _backend(engine) == first
    assert pings == []
    time.sleep(0.7)
    assert _backend(engine) == first
    assert len(pings) == 1
    # Just used: not pinged again.
    assert _backend(engine) == first
    assert len(pings) == 1


def test_a_long_idle_connection_that_fails_its_ping_is_replaced(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _backend(engine)
    monkeypatch.setattr(db, "PING_AFTER_IDLE_S", 0.0)

    def dropped(_dbapi_conn: Any) -> bool:
        # As a connection a firewall dropped in silence: the ping gets no answer.
        monkeypatch.undo()
        raise OSError("no answer")

    monkeypatch.setattr(engine.dialect, "do_ping", dropped)
    assert _backend(engine) != first


def test_a_connection_on_a_high_descriptor_is_kept(engine: Engine) -> None:
    """A busy server holds many client sockets, and its database connections get
    descriptors above 1023, which select() refuses: they must not be taken for closed
    (each request would then connect anew)."""
    import os

    resource = pytest.importorskip("resource")  # POSIX; Windows' select has no such bound
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < 1200:
        pytest.skip("this machine allows fewer than 1,200 open files")
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, 1200), hard))
    held = []
    try:
        while True:
            fd = os.open(os.devnull, os.O_RDONLY)
            held.append(fd)
            if fd >= 1100:
                break
        first = _backend(engine)
        assert _backend(engine) == first
    finally:
        for fd in held:
            os.close(fd)
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
