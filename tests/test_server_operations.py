"""The central store as operations run it: health and readiness probes, Prometheus
metrics, JSON log lines, and several `serve` processes on one database.

Real server processes on loopback, real SQLite and PostgreSQL, real vaults."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest
from sqlalchemy import text

from ftbt_server import migrate, probes
from ftbt_server.db import make_engine

pytest_plugins = ("server_fixtures", "sync_devices")

from server_fixtures import API_HEADERS, RunningServer, running_server  # noqa: E402

if TYPE_CHECKING:
    from sync_devices import Device

    Devices = Callable[[str], Device]

FAMILY = "Familien Kvist"
MEMBER = "Sølvi Kvist"
NOTE = "Ringer efter skolen om tirsdagen"


def a_synced_family(server: RunningServer, devices: Devices) -> tuple[Device, str]:
    """Anne's laptop makes a family with known words and syncs it."""
    server.add_user("anne")
    laptop = devices("anne-laptop")
    laptop.login(server.url, "anne")
    family_id = str(laptop.repo.create_family(FAMILY).primary_id)
    laptop.repo.add_member(family_id, MEMBER, "parent", 1984)
    laptop.repo.update_family(family_id, notes=NOTE)
    laptop.sync()
    return laptop, family_id


# -- probes ---------------------------------------------------------------------


def test_health_and_readiness_answer_without_sign_in(server: RunningServer) -> None:
    health = httpx.get(f"{server.url}/healthz", timeout=5)
    assert (health.status_code, health.json()) == (200, {"status": "ok"})
    ready = httpx.get(f"{server.url}/readyz", timeout=5)
    assert (ready.status_code, ready.json()) == (200, {"status": "ready"})


def test_not_ready_while_the_schema_is_behind(server: RunningServer) -> None:
    head = migrate.head_revision()
    engine = make_engine(server.db_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
        ready = httpx.get(f"{server.url}/readyz", timeout=5)
        assert ready.status_code == 503
        assert ready.json() == {"status": "not_ready", "reason": "schema_not_current"}
        assert httpx.get(f"{server.url}/healthz", timeout=5).status_code == 200  # still alive
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": head})
        assert httpx.get(f"{server.url}/readyz", timeout=5).status_code == 200
    finally:
        engine.dispose()


def test_not_ready_when_the_database_is_gone(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    migrate.upgrade(engine)
    assert probes.not_ready_because(engine) is None
    engine.dispose()
    # Nothing listens on port 1: the database is unreachable.
    gone = make_engine(
        "postgresql+psycopg://nobody@127.0.0.1:1/none", connect_args={"connect_timeout": 2}
    )
    try:
        assert probes.not_ready_because(gone) == "database_unreachable"
    finally:
        gone.dispose()


# -- metrics --------------------------------------------------------------------


def test_metrics_are_off_unless_asked_for(server: RunningServer) -> None:
    assert httpx.get(f"{server.url}/metrics", timeout=5).status_code == 404


def test_metrics_count_a_sync_and_name_no_one(
    server_factory: Callable[..., RunningServer], server_db_url: str, devices: Devices
) -> None:
    server = server_factory(server_db_url, env={"FTBT_SERVER_METRICS": "on"})
    laptop, family_id = a_synced_family(server, devices)
    refused = httpx.post(
        f"{server.url}/api/v1/auth/login",
        json={"username": "anne", "password": "forkert-kodeord", "device_name": "x"},
        headers=API_HEADERS,
        timeout=30,
    )
    assert refused.status_code == 401
    token = server.login("anne")
    state = httpx.get(
        f"{server.url}/api/v1/families/{family_id}/state", headers=server.headers(token), timeout=5
    )
    assert state.status_code == 200

    scrape = httpx.get(f"{server.url}/metrics", timeout=5)
    assert scrape.status_code == 200
    assert scrape.headers["content-type"].startswith("text/plain; version=0.0.4")
    samples = parse_samples(scrape.text)
    assert samples["ftbt_sync_pushes_total"] >= 1
    assert samples["ftbt_changes_accepted_total"] == laptop.repo.change_count()
    assert samples["ftbt_sync_pulls_total"] >= 1
    assert samples['ftbt_sync_pull_forms_total{form="rows"}'] == samples["ftbt_sync_pulls_total"]
    assert samples['ftbt_login_failures_total{code="wrong_credentials"}'] == 1
    state_route = 'route="/api/v1/families/{family_id}/state"'
    assert any(state_route in key and 'status="2xx"' in key for key in samples)
    assert any(key.startswith("ftbt_http_request_duration_seconds_bucket") for key in samples)
    for private in ("anne", family_id, FAMILY, MEMBER, NOTE, token):
        assert private not in scrape.text


def test_a_metrics_token_is_required_when_set(
    server_factory: Callable[..., RunningServer],
) -> None:
    server = server_factory(env={"FTBT_SERVER_METRICS_TOKEN": "skrab-hemmelighed-1"})
    assert httpx.get(f"{server.url}/metrics", timeout=5).status_code == 401
    wrong = {"Authorization": "Bearer noget-andet"}
    assert httpx.get(f"{server.url}/metrics", headers=wrong, timeout=5).status_code == 401
    right = {"Authorization": "Bearer skrab-hemmelighed-1"}
    assert httpx.get(f"{server.url}/metrics", headers=right, timeout=5).status_code == 200


def parse_samples(exposition: str) -> dict[str, float]:
    """`name{labels}` → value, checking every line is valid exposition text."""
    samples = {}
    for line in exposition.splitlines():
        if not line or line.startswith("# HELP ") or line.startswith("# TYPE "):
            continue
        key, _, value = line.rpartition(" ")
        assert key and not key.startswith("#"), line
        samples[key] = float(value)
    return samples


# -- JSON logs ------------------------------------------------------------------


def test_json_log_lines_for_a_collector_hold_no_personal_data(
    server_factory: Callable[..., RunningServer], devices: Devices
) -> None:
    server = server_factory(
        env={"FTBT_SERVER_LOG_FORMAT": "json"}, serve_args=("--log-level", "info")
    )
    _laptop, family_id = a_synced_family(server, devices)
    answer = httpx.get(f"{server.url}/healthz", timeout=5)
    server.stop()

    lines = [line for line in server.log_path.read_text().splitlines() if line.strip()]
    records = [json.loads(line) for line in lines]  # every line is one JSON object
    assert all({"time", "level", "logger", "message"} <= r.keys() for r in records)
    access = [r for r in records if r["logger"] == "ftbt_server.access"]
    pushes = [r for r in access if r["route"] == "/api/v1/sync/push"]
    assert pushes and all(r["status"] == 200 and r["duration_ms"] >= 0 for r in pushes)
    assert answer.headers["x-request-id"] in {r["request_id"] for r in access}
    # A line logged inside a request carries that request's id.
    push_lines = [r for r in records if r["message"].startswith("push by user")]
    assert push_lines and all(r.get("request_id") for r in push_lines)
    assert {r["request_id"] for r in push_lines} <= {r["request_id"] for r in pushes}
    whole = "\n".join(lines)
    for private in (FAMILY, MEMBER, NOTE, family_id, "korrekt-hest"):
        assert private not in whole


# -- several serve processes ----------------------------------------------------


def test_two_serve_processes_on_one_postgresql_database(
    tmp_path: Path, request: pytest.FixtureRequest, devices: Devices
) -> None:
    from server_fixtures import PostgresSchemas

    schemas: PostgresSchemas = request.getfixturevalue("postgres_schemas")
    db_url = schemas.fresh_url()
    with running_server(tmp_path / "one", db_url) as one:
        # The first server's key file, copied to the second as docs/server.md says.
        second = RunningServer(
            tmp_path / "two",
            db_url,
            {"FTBT_SERVER_KEY_FILE": str(tmp_path / "one" / "ftbt-server.keys")},
        )
        (tmp_path / "two").mkdir(mode=0o700)
        second.start()  # no init: the first made the schema; both serve the same database
        try:
            one.add_user("anne")
            one.add_user("bente")
            one.team("nord", members=("anne", "bente"))
            anne, bente, third = devices("anne"), devices("bente"), devices("anne-2")
            anne.login(one.url, "anne")
            bente.login(second.url, "bente")
            holm = str(anne.repo.create_family("Familien Holm").primary_id)
            berg = str(bente.repo.create_family("Familien Berg").primary_id)
            anne.sync()
            bente.sync()
            one.assign(berg, "anne", substitute=True)

            def edits(device: Device, family_id: str, tag: str) -> None:
                for i in range(15):
                    device.repo.add_member(family_id, f"{tag} {i}", "child", 2010 + i % 10)
                    device.sync()

            # Both processes take pushes and pulls at the same time.
            threads = [
                threading.Thread(target=edits, args=(anne, holm, "Anne")),
                threading.Thread(target=edits, args=(bente, berg, "Bente")),
            ]
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=300)
            assert not any(t.is_alive() for t in threads)

            # A new laptop of Anne's, through the other process than her first.
            third.login(second.url, "anne")
            third.sync()
            anne.sync()
            bente.sync()
            assert len(anne.repo.members(holm)) == 15 == len(third.repo.members(holm))
            assert len(bente.repo.members(berg)) == 15 == len(anne.repo.members(berg))
            assert anne.family_state(holm) == third.family_state(holm)
            assert anne.family_state(berg) == bente.family_state(berg) == third.family_state(berg)
        finally:
            second.stop()


def test_an_unknown_log_format_or_metrics_switch_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ftbt_server.settings import Settings, SettingsError

    monkeypatch.setenv("FTBT_SERVER_LOG_FORMAT", "xml")
    with pytest.raises(SettingsError, match="FTBT_SERVER_LOG_FORMAT"):
        Settings.from_env("sqlite://")
    monkeypatch.setenv("FTBT_SERVER_LOG_FORMAT", "JSON")
    monkeypatch.setenv("FTBT_SERVER_METRICS", "yes")
    with pytest.raises(SettingsError, match="FTBT_SERVER_METRICS"):
        Settings.from_env("sqlite://")
    monkeypatch.setenv("FTBT_SERVER_METRICS", "on")
    settings = Settings.from_env("sqlite://")
    assert (settings.log_format, settings.metrics) == ("json", True)
