"""Devices as first-class on the server (issue 16): every signed-in laptop is a device,
`ftbt-server device list|revoke [--wipe]`, a revoked device refused at once, a wipe
order answered on every request, the own-devices route. SQLite and PostgreSQL."""

from __future__ import annotations

import json
from typing import Any

import httpx
from alembic import command
from sqlalchemy import inspect, select

from ftbt_desktop.core.sealing import public_key_ok
from ftbt_server import migrate
from ftbt_server.db import make_engine
from ftbt_server.tables import tokens

pytest_plugins = ("server_fixtures",)

from server_fixtures import PASSWORD, RunningServer, Store, api, make_change  # noqa: E402


def _sign_in(server: RunningServer, name: str, device: str, key: str = "") -> dict[str, Any]:
    body = {"username": name, "password": PASSWORD, "device_name": device}
    if key:
        body["device_key"] = key
    with api(server) as client:
        response = client.post("/api/v1/auth/login", json=body)
    assert response.status_code == 200, response.text
    return dict(response.json())


def _listed(server: RunningServer, *args: str) -> list[list[str]]:
    lines = server.cli("device", "list", *args).stdout.splitlines()
    assert lines[0].split("\t") == [
        "id",
        "user",
        "name",
        "first seen (UTC)",
        "last seen (UTC)",
        "state",
    ]
    return [line.split("\t") for line in lines[1:]]


def _audit(server: RunningServer) -> list[dict[str, Any]]:
    out = server.cli("audit", "--json").stdout.splitlines()
    return [json.loads(line) for line in out]


def test_each_laptop_is_a_device_found_again_by_its_key(store: Store) -> None:
    store.add_user("anna")
    store.add_user("bo")
    first = store.client.post(
        "/api/v1/auth/login",
        json={"username": "anna", "password": PASSWORD, "device_name": "annes-pc"},
    ).json()
    again = store.client.post(
        "/api/v1/auth/login",
        json={
            "username": "anna",
            "password": PASSWORD,
            "device_name": "annes-pc-omdøbt",
            "device_key": first["device_key"],
        },
    ).json()
    store.login("anna", device_name="annes-andet")
    store.login("bo", device_name="bos-pc")

    mine = store.client.get("/api/v1/devices", headers=store.auth(again["token"]))
    assert mine.status_code == 200, mine.text
    listed = mine.json()["devices"]
    # The same laptop signed in twice is one device, under its newest name.
    assert sorted(d["name"] for d in listed) == ["annes-andet", "annes-pc-omdøbt"]
    assert [d["current"] for d in listed] == [True, False]
    assert all(d["revoked_ms"] is None and d["first_seen_ms"] > 0 for d in listed)
    # Never another user's.
    theirs = store.client.get("/api/v1/devices", headers=store.auth("bo")).json()["devices"]
    assert [d["name"] for d in theirs] == ["bos-pc"]
    assert not {d["id"] for d in theirs} & {d["id"] for d in listed}


def test_a_revoked_device_is_refused_at_once_while_another_still_syncs(
    server: RunningServer,
) -> None:
    server.add_user("anna")
    server.add_user("bo")
    lost = _sign_in(server, "anna", "annes-baerbare")
    kept = _sign_in(server, "anna", "annes-stationaere")
    _sign_in(server, "bo", "bos-pc")

    rows = _listed(server, "--user", "anna")
    assert sorted(r[2] for r in rows) == ["annes-baerbare", "annes-stationaere"]
    assert {r[1] for r in rows} == {"anna"} and {r[5] for r in rows} == {"active"}
    assert len(_listed(server)) == 3
    lost_id = next(r[0] for r in rows if r[2] == "annes-baerbare")

    out = server.cli("device", "revoke", lost_id, "--by", "it-support").stdout
    assert "Revoked device" in out
    with api(server, lost["token"]) as client:
        refused = client.get("/api/v1/sync/pull")
    assert refused.status_code == 401
    assert refused.json()["error"] == "device_revoked"
    with api(server, kept["token"]) as client:
        assert client.get("/api/v1/sync/pull").status_code == 200
        assert client.post(
            "/api/v1/sync/push", json={"changes": [make_change("fam-1", entity_type="family")]}
        ).json()["accepted"]
    # Its key signs it in no more: the laptop is told, it does not quietly come back.
    with api(server) as client:
        again = client.post(
            "/api/v1/auth/login",
            json={
                "username": "anna",
                "password": PASSWORD,
                "device_name": "annes-baerbare",
                "device_key": lost["device_key"],
            },
        )
    assert again.status_code == 401 and again.json()["error"] == "device_revoked"
    state = {r[0]: r[5] for r in _listed(server, "--user", "anna")}
    assert state[lost_id] == "revoked"
    revoked = [e for e in _audit(server) if e["action"] == "device_revoked"]
    assert len(revoked) == 1 and revoked[0]["username"] == "it-support"
    assert lost_id in revoked[0]["detail"]
    assert server.cli("device", "revoke", "no-such", check=False).returncode == 1


def test_a_wipe_order_answers_every_request_until_confirmed(server: RunningServer) -> None:
    server.add_user("anna")
    lost = _sign_in(server, "anna", "annes-baerbare")
    device_id = _listed(server)[0][0]
    server.cli("device", "revoke", device_id, "--wipe")
    assert _listed(server)[0][5] == "wipe-ordered"

    with api(server, lost["token"]) as client:
        for method, path in (("GET", "/api/v1/sync/pull"), ("GET", "/api/v1/devices")):
            answer = client.request(method, path, params={"device_id": "x"})
            assert answer.status_code == 410, path
            assert answer.json()["error"] == "device_wipe"
        order = client.get("/api/v1/sync/device", params={"device_id": "vault-1"})
        assert order.json()["error"] == "device_wipe"
        # The key what cannot be pushed is sealed with comes with the order.
        assert public_key_ok(order.json()["seal_key"])
        # The user may still push: the unsent work is hers, checked family by family.
        pushed = client.post(
            "/api/v1/sync/push", json={"changes": [make_change("fam-1", entity_type="family")]}
        )
        assert pushed.status_code == 200 and len(pushed.json()["accepted"]) == 1
        done = client.post("/api/v1/devices/wipe-confirmed", json={"families": 3})
        assert done.status_code == 204
        after = client.get("/api/v1/sync/pull")
    assert after.status_code == 401 and after.json()["error"] == "device_revoked"
    assert _listed(server)[0][5] == "wiped"
    actions = [(e["action"], e["counts"]) for e in _audit(server)]
    assert ("wipe_ordered", {}) in actions
    assert ("wipe_confirmed", {"families": 3}) in actions


def test_a_disabled_user_hears_the_order_but_pushes_nothing(server: RunningServer) -> None:
    server.add_user("anna")
    lost = _sign_in(server, "anna", "annes-baerbare")
    server.cli("device", "revoke", _listed(server)[0][0], "--wipe")
    server.cli("user", "disable", "anna")
    with api(server, lost["token"]) as client:
        pushed = client.post(
            "/api/v1/sync/push", json={"changes": [make_change("fam-1", entity_type="family")]}
        )
        assert pushed.status_code == 410 and pushed.json()["error"] == "device_wipe"


def test_a_sign_in_with_a_key_of_a_device_to_wipe_gets_the_order(server: RunningServer) -> None:
    server.add_user("anna")
    lost = _sign_in(server, "anna", "annes-baerbare")
    server.cli("device", "revoke", _listed(server)[0][0], "--wipe")
    again = _sign_in(server, "anna", "annes-baerbare", key=lost["device_key"])
    with api(server, again["token"]) as client:
        assert client.get("/api/v1/sync/pull").json()["error"] == "device_wipe"
    assert len(_listed(server)) == 1  # the same device, not a new one


def test_migration_0007_makes_a_device_of_each_sign_in_in_use(server: RunningServer) -> None:
    server.add_user("anna")
    token = _sign_in(server, "anna", "annes-pc")["token"]
    server.stop()
    engine = make_engine(server.db_url)
    try:
        config = migrate._config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0006")
        assert "devices" not in inspect(engine).get_table_names()
        assert migrate.upgrade(engine) == ("0006", migrate.head_revision())
        with engine.connect() as conn:
            bound = conn.execute(select(tokens.c.device_id)).scalars().all()
        assert len(bound) == 1 and bound[0]
    finally:
        engine.dispose()
    server.start()
    rows = _listed(server)
    assert [(r[0], r[2]) for r in rows] == [(bound[0], "annes-pc")]
    with api(server, token) as client:
        assert client.get("/api/v1/sync/pull").status_code == 200
    server.cli("device", "revoke", bound[0])
    with httpx.Client(base_url=server.url, headers=server.headers(token)) as client:
        assert client.get("/api/v1/sync/pull").json()["error"] == "device_revoked"


def test_last_seen_follows_requests_at_most_once_a_minute(store: Store) -> None:
    store.add_user("anna")
    store.login("anna", device_name="annes-pc")

    def seen() -> tuple[int, int]:
        listed = store.client.get("/api/v1/devices", headers=store.auth("anna")).json()
        return listed["devices"][0]["first_seen_ms"], listed["devices"][0]["last_seen_ms"]

    first, last = seen()
    assert first == last
    store.clock.advance(30)
    assert store.pull("anna").status_code == 200
    assert seen() == (first, last)  # within the minute: no write
    store.clock.advance(60)
    assert store.pull("anna").status_code == 200
    assert seen() == (first, last + 90_000)
