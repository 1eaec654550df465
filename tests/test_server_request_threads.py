"""How many requests one `serve` process works on at once (FTBT_SERVER_REQUEST_THREADS).

The limit is seen from outside, on a real server process and PostgreSQL: a push that
waits for the sequence lock (held here by the test) holds one of the request threads,
so with one thread no other route is answered until it ends, and with two the next
request is answered meanwhile. The probes and /metrics never wait for a thread.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

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


def _a_push_waits_for_the_lock(conn: Connection) -> bool:
    return bool(
        conn.execute(
            text(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                "AND datname = current_database() AND query LIKE '%seq_counter%'"
            )
        ).scalar_one()
    )


def _answer(server: RunningServer, path: str, timeout: float) -> httpx.Response | None:
    try:
        with httpx.Client(base_url=server.url, headers=server.headers(), timeout=timeout) as c:
            return c.get(path)
    except httpx.ReadTimeout:
        return None


@dataclass
class WhileWaiting:
    """What was answered while a push waited for the sequence lock, and what the push
    itself was answered once the lock was let go."""

    answered: dict[str, bool] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)  # the answers' bodies
    accepted: list[str] = field(default_factory=list)
    failed: list[BaseException] = field(default_factory=list)


def _while_a_push_waits(
    server: RunningServer, db_url: str, paths: dict[str, float]
) -> WhileWaiting:
    """Ask each of `paths` (within its timeout) while a push waits for the lock."""
    token = server.login("anna")
    change = make_change(str(uuid.uuid4()), entity_type="family", value="Familien Holm")
    seen = WhileWaiting()

    def push() -> None:
        try:
            with api(server, token) as client:
                answer = client.post("/api/v1/sync/push", json={"changes": [change]})
                answer.raise_for_status()
                seen.accepted.extend(answer.json()["accepted"])
        except BaseException as exc:  # said by the test, not lost in the thread
            seen.failed.append(exc)

    pusher = threading.Thread(target=push)
    # Autocommit: within one transaction pg_stat_activity would show its first look.
    watcher = create_engine(db_url, isolation_level="AUTOCOMMIT")
    try:
        with _sequence_held(db_url), watcher.connect() as conn:
            pusher.start()
            deadline = time.monotonic() + 30
            while not _a_push_waits_for_the_lock(conn):
                assert time.monotonic() < deadline, "the push never reached the sequence lock"
                time.sleep(0.05)
            for path, timeout in paths.items():
                answer = _answer(server, path, timeout)
                seen.answered[path] = answer is not None and answer.status_code == 200
                seen.texts[path] = answer.text if answer is not None else ""
    finally:
        pusher.join(timeout=60)
        watcher.dispose()
    assert not pusher.is_alive(), "the push was not answered once the lock was let go"
    assert not seen.failed, seen.failed
    return seen


# Not answered within 3 s while the only thread waits (it waits for as long as the lock is
# held); answered within 30 s, however loaded this machine, when a thread is free.
@pytest.mark.parametrize(("threads", "answered", "timeout"), [(1, False, 3.0), (2, True, 30.0)])
def test_a_serve_process_works_on_at_most_its_request_threads_at_once(
    server_factory: Callable[..., RunningServer],
    postgres_schemas: PostgresSchemas,
    threads: int,
    answered: bool,
    timeout: float,
) -> None:
    db_url = postgres_schemas.fresh_url()
    server = server_factory(db_url, env={ENV: str(threads)})
    server.add_user("anna")
    seen = _while_a_push_waits(server, db_url, {"/api/v1/version": timeout})
    assert seen.answered == {"/api/v1/version": answered}
    # The waiting push lost nothing: it was stored once the lock was let go.
    assert len(seen.accepted) == 1


def test_probes_and_metrics_are_answered_while_every_request_thread_waits(
    server_factory: Callable[..., RunningServer], postgres_schemas: PostgresSchemas
) -> None:
    """An orchestrator must not restart, nor take out of service, a process whose
    requests all wait on a lock (the morning rush), and IT must see it then."""
    db_url = postgres_schemas.fresh_url()
    server = server_factory(db_url, env={ENV: "1", "FTBT_SERVER_METRICS": "on"})
    server.add_user("anna")
    paths = {"/healthz": 30.0, "/readyz": 30.0, "/metrics": 30.0, "/api/v1/version": 3.0}
    seen = _while_a_push_waits(server, db_url, paths)
    assert seen.answered == {"/healthz": True, "/readyz": True, "/metrics": True,
                             "/api/v1/version": False}  # fmt: skip
    # What the scrape said then: the one thread busy (the push), /version waiting.
    assert "ftbt_request_threads 1\n" in seen.texts["/metrics"]
    assert "ftbt_request_threads_busy 1\n" in seen.texts["/metrics"]
    assert len(seen.accepted) == 1


def test_the_serve_flag_sets_the_request_threads_over_the_environment(
    server_factory: Callable[..., RunningServer],
) -> None:
    server = server_factory(
        env={ENV: "2", "FTBT_SERVER_METRICS": "on"},
        serve_args=("--request-threads", "1", "--log-level", "warning"),
    )
    metrics = httpx.get(f"{server.url}/metrics", timeout=30).text
    assert "ftbt_request_threads 1\n" in metrics


@pytest.mark.parametrize(("raw", "words"), [("0", "at least 1"), ("many", "whole number")])
def test_a_request_thread_flag_the_server_cannot_use_is_refused(
    tmp_path: Path, raw: str, words: str
) -> None:
    database = RunningServer(tmp_path, f"sqlite:///{tmp_path / 'server.sqlite3'}")
    database.init()
    result = database.cli("serve", "--port", "1", "--request-threads", raw, check=False)
    assert result.returncode == 2
    assert "--request-threads" in result.stderr and words in result.stderr
