"""How many requests one `serve` process works on at once (FTBT_SERVER_REQUEST_THREADS).

The limit is seen from outside, on a real server process and PostgreSQL: a push that
waits for the sequence lock (held here by the test) holds one of the request threads,
so with one thread nothing else is answered until it ends, and with two the next
request is answered meanwhile.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx
import pytest
from server_fixtures import PostgresSchemas, RunningServer, api, make_change
from sqlalchemy import Connection, create_engine, text

from ftbt_server.settings import DEFAULT_REQUEST_THREADS, Settings, SettingsError

ENV = "FTBT_SERVER_REQUEST_THREADS"


def test_the_request_threads_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV, raising=False)
    assert Settings.from_env("sqlite://").request_threads == DEFAULT_REQUEST_THREADS
    monkeypatch.setenv(ENV, "3")
    assert Settings.from_env("sqlite://").request_threads == 3


@pytest.mark.parametrize(("raw", "words"), [("0", "at least 1"), ("many", "whole number")])
def test_a_request_thread_count_the_server_cannot_use_is_refused_by_name(
    monkeypatch: pytest.MonkeyPatch, raw: str, words: str
) -> None:
    monkeypatch.setenv(ENV, raw)
    with pytest.raises(SettingsError, match=ENV) as refused:
        Settings.from_env("sqlite://")
    assert words in str(refused.value)


@contextmanager
def _sequence_held(db_url: str) -> Iterator[Connection]:
    """The push sequence locked by another transaction until the block ends."""
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn, conn.begin():
            conn.execute(text("SELECT value FROM seq_counter WHERE id = 1 FOR UPDATE"))
            yield conn
    finally:
        engine.dispose()


def _a_push_waits_for_the_lock(db_url: str) -> bool:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return bool(
                conn.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                        "AND datname = current_database() AND query LIKE '%seq_counter%'"
                    )
                ).scalar_one()
            )
    finally:
        engine.dispose()


def _answered_while_a_push_waits(server: RunningServer, db_url: str) -> tuple[bool, list[str]]:
    """(whether /version was answered while a push waited for the sequence lock, what the
    push had accepted once the lock was let go)."""
    token = server.login("anna")
    change = make_change(str(uuid.uuid4()), entity_type="family", value="Familien Holm")
    accepted: list[str] = []

    def push() -> None:
        with api(server, token) as client:
            answer = client.post("/api/v1/sync/push", json={"changes": [change]})
            accepted.extend(answer.json()["accepted"])

    pusher = threading.Thread(target=push)
    with _sequence_held(db_url):
        pusher.start()
        deadline = time.monotonic() + 30
        while not _a_push_waits_for_the_lock(db_url):
            assert time.monotonic() < deadline, "the push never reached the sequence lock"
            time.sleep(0.05)
        try:
            with httpx.Client(base_url=server.url, headers=server.headers(), timeout=2) as client:
                answered = client.get("/api/v1/version").status_code == 200
        except httpx.ReadTimeout:
            answered = False
    pusher.join(timeout=60)
    return answered, accepted


@pytest.mark.parametrize(("threads", "answered"), [(1, False), (2, True)])
def test_a_serve_process_works_on_at_most_its_request_threads_at_once(
    server_factory: Callable[..., RunningServer],
    postgres_schemas: PostgresSchemas,
    threads: int,
    answered: bool,
) -> None:
    db_url = postgres_schemas.fresh_url()
    server = server_factory(db_url, env={ENV: str(threads)})
    server.add_user("anna")
    seen, accepted = _answered_while_a_push_waits(server, db_url)
    assert seen is answered
    # The waiting push lost nothing: it was stored once the lock was let go.
    assert len(accepted) == 1
