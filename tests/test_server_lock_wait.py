"""A request waits for a lock in the database at most FTBT_SERVER_LOCK_WAIT_SECONDS
(20 s by default, under the laptops' 30 s timeout), then is answered 503 "busy" with
a Retry-After, having stored nothing; the laptop keeps its changes and says the server
is busy. Before, a push behind a long lock (an erasure, a purge, an administrator's open
transaction) waited as long as the lock was held, keeping its request thread and its
connection, and the laptop gave up after 30 s hearing nothing."""

from __future__ import annotations

import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from server_fixtures import RunningServer, api, make_change
from sqlalchemy import create_engine, make_url, text

from ftbt_desktop.sync.errors import ServerBusy
from ftbt_server.settings import DEFAULT_LOCK_WAIT_S, Settings, SettingsError

if TYPE_CHECKING:
    from sync_devices import Device

pytest_plugins = ("server_fixtures", "sync_devices")

ENV = "FTBT_SERVER_LOCK_WAIT_SECONDS"


def test_the_lock_wait_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV, raising=False)
    assert Settings.from_env("sqlite://").lock_wait_ms == DEFAULT_LOCK_WAIT_S * 1000 == 20_000
    monkeypatch.setenv(ENV, "3")
    assert Settings.from_env("sqlite://").lock_wait_ms == 3000
    monkeypatch.setenv(ENV, "0")
    with pytest.raises(SettingsError, match=ENV):
        Settings.from_env("sqlite://")


@contextmanager
def _locked(db_url: str) -> Iterator[None]:
    """What every push must take held by another transaction until the block ends:
    PostgreSQL's sequence row, SQLite's writer lock."""
    if make_url(db_url).get_backend_name() == "sqlite":
        conn = sqlite3.connect(str(make_url(db_url).database), isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            yield
        finally:
            conn.execute("ROLLBACK")
            conn.close()
        return
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn, conn.begin():
            conn.execute(text("SELECT value FROM seq_counter WHERE id = 1 FOR UPDATE"))
            yield
    finally:
        engine.dispose()


def test_a_push_behind_a_held_lock_is_answered_busy_and_stores_nothing(
    server_factory: Callable[..., RunningServer], server_db_url: str
) -> None:
    server = server_factory(server_db_url, env={ENV: "1"})
    server.add_user("anna")
    token = server.login("anna")
    family_id = str(uuid.uuid4())
    change = make_change(family_id, entity_type="family", value="Familien Holm")
    with api(server, token) as client:
        with _locked(server.db_url):
            started = time.monotonic()
            answer = client.post("/api/v1/sync/push", json={"changes": [change]})
            waited = time.monotonic() - started
        assert answer.status_code == 503, answer.text
        assert answer.json()["error"] == "busy"
        assert answer.headers["Retry-After"] == "5"
        assert 0.9 < waited < 15
        assert "waited over 1 s for a lock in the database" in server.log_tail()
        pulled = client.get("/api/v1/sync/pull", params={"after": 0}).json()
        assert pulled["changes"] == []
        # Once the lock is let go, the same push goes through.
        again = client.post("/api/v1/sync/push", json={"changes": [change]})
        assert again.status_code == 200 and again.json()["accepted"] == [change["change_id"]]


def test_the_laptop_hears_busy_and_keeps_its_changes(
    server_factory: Callable[..., RunningServer],
    server_db_url: str,
    devices: Callable[[str], Device],
) -> None:
    server = server_factory(server_db_url, env={ENV: "1"})
    server.add_user("anna")
    laptop = devices("anna-laptop")
    laptop.login(server.url, "anna")
    laptop.repo.create_family("Familien Holm")
    pending = laptop.state.pending_count()
    assert pending > 0
    with _locked(server.db_url), pytest.raises(ServerBusy):
        laptop.sync()
    assert laptop.state.pending_count() == pending
    laptop.sync()
    assert laptop.state.pending_count() == 0


def test_the_commands_wait_as_long_as_they_must(tmp_path: Path) -> None:
    """Only `serve` bounds lock waits: an administrator's command waits its turn."""
    from ftbt_server.db import make_engine

    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            timeout = conn.connection.driver_connection.execute("PRAGMA busy_timeout").fetchone()
        assert timeout == (30_000,)
    finally:
        engine.dispose()


def test_a_sign_in_answered_busy_counts_as_no_failed_attempt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The laptop signs in again after a busy answer: were the reservation left as a
    failed attempt, a right password would walk its own account into the lockout."""
    import warnings

    from sqlalchemy import func, select

    from ftbt_server import accounts, auth, migrate
    from ftbt_server.app import create_app
    from ftbt_server.data_keys import KeyRing, KeyStore
    from ftbt_server.db import make_engine
    from ftbt_server.sealed_values import ValueSealer
    from ftbt_server.tables import login_failures

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Using `httpx` with")
        from fastapi.testclient import TestClient

    path = tmp_path / "store.sqlite3"
    url = f"sqlite:///{path}"
    engine = make_engine(url, lock_wait_ms=500)
    migrate.upgrade(engine)
    accounts.add_user(engine, "anna", "korrekt-hest-9", "coordinator")
    settings = Settings(
        db_url=url, lock_wait_ms=500, sealer=ValueSealer(KeyStore(KeyRing.generate()))
    )
    held: list[sqlite3.Connection] = []
    check = auth.check_password

    def checked_while_another_writes(attempt: auth.Attempt, password: str) -> bool:
        ok = check(attempt, password)
        if not held:  # the first sign-in only
            other = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
            other.execute("BEGIN IMMEDIATE")
            held.append(other)
        return ok

    monkeypatch.setattr(auth, "check_password", checked_while_another_writes)
    login = {"username": "anna", "password": "korrekt-hest-9", "device_name": "laptop"}
    try:
        with TestClient(create_app(settings, engine), headers={"X-FTBT-API": "1"}) as client:
            busy = client.post("/api/v1/auth/login", json=login)
            assert busy.status_code == 503 and busy.json()["error"] == "busy"
            held[0].execute("ROLLBACK")
            # Withdrawn once the lock is let go.
            deadline = time.monotonic() + 10
            while True:
                with engine.connect() as conn:
                    left = conn.scalar(select(func.count()).select_from(login_failures))
                if left == 0 or time.monotonic() > deadline:
                    break
                time.sleep(0.05)
            assert left == 0
            assert client.post("/api/v1/auth/login", json=login).status_code == 200
    finally:
        for conn in held:
            conn.close()
        engine.dispose()
