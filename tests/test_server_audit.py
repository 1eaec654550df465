"""The audit log: per family, per user, since a date; retention; no personal data."""

from __future__ import annotations

import datetime as dt
import uuid

from server_fixtures import Store, make_change
from sqlalchemy import select

from ftbt_server import accounts, audit
from ftbt_server.db import read_tx
from ftbt_server.tables import audit as audit_table
from ftbt_server.tables import audit_families


def _entries(store: Store, **filters: object) -> list[audit.Entry]:
    with read_tx(store.engine) as conn:
        return audit.entries(conn, **filters)  # type: ignore[arg-type]


def _office(store: Store) -> str:
    for name, role in (("anna", "coordinator"), ("bo", "coordinator"), ("sif", "supervisor")):
        store.add_user(name, role)
        store.login(name, device_name=f"{name}s laptop")
    accounts.add_team(store.engine, "Nord")
    accounts.set_team_member(store.engine, "Nord", "anna", "member")
    accounts.set_team_member(store.engine, "Nord", "sif", "supervisor")
    family_id = str(uuid.uuid4())
    store.push("anna", [make_change(family_id, entity_type="family", value="Hemmelig Hansen")])
    return family_id


def test_the_log_lists_who_read_changed_and_exported_a_family(store: Store) -> None:
    family_id = _office(store)
    other = str(uuid.uuid4())
    store.push("bo", [make_change(other, entity_type="family", value="Andersen")])
    store.pull_all("anna")
    store.pull_all("sif")
    store.client.get(f"/api/v1/families/{family_id}/state", headers=store.auth("bo"))
    export = store.client.post(
        "/api/v1/audit/export",
        json={"family_ids": [family_id], "kind": "plan_pdf", "format": "pdf", "audience": "family"},
        headers=store.auth("anna"),
    )
    assert export.status_code == 204

    seen = [(e.action, e.username, e.outcome) for e in _entries(store, family_id=family_id)]
    assert seen == [
        ("push", "anna", "ok"),
        ("pull", "anna", "ok"),
        ("access_granted", "sif", "ok"),
        ("pull", "sif", "ok"),
        ("read_state", "bo", "denied"),
        ("export", "anna", "ok"),
    ]
    entries = _entries(store, family_id=family_id)
    assert entries[1].counts == {"changes": 1, "families": 1}
    assert entries[1].device_name == "annas laptop"
    assert entries[5].detail == "kind=plan_pdf format=pdf audience=family"
    # The other family's entries are not mixed in.
    assert all(other not in e.families for e in entries)


def test_the_log_filters_by_user_and_date(store: Store) -> None:
    _office(store)
    store.clock.advance(3 * 24 * 3600)
    store.login("bo")
    store.pull_all("bo")
    since = dt.datetime.fromtimestamp(store.clock() / 1000, tz=dt.UTC).date()
    since_ms = int(dt.datetime.combine(since, dt.time(), tzinfo=dt.UTC).timestamp() * 1000)
    recent = _entries(store, since_ms=since_ms)
    assert [(e.action, e.username) for e in recent] == [("login", "bo"), ("pull", "bo")]
    logins = [e for e in _entries(store, username="bo") if e.action == "login"]
    assert [e.outcome for e in logins] == ["ok", "ok"]
    listing = store.client.get(
        "/api/v1/audit",
        params={"user": "bo", "since": since.isoformat()},
        headers=store.auth(_admin(store)),
    ).json()["entries"]
    assert [(e["action"], e["username"]) for e in listing] == [("login", "bo"), ("pull", "bo")]


def _admin(store: Store) -> str:
    store.add_user("adm", "admin")
    return store.login("adm")


def test_failed_and_rate_limited_logins_are_logged(store: Store) -> None:
    store.add_user("anna")
    for _ in range(6):
        store.client.post(
            "/api/v1/auth/login", json={"username": "anna", "password": "gæt", "device_name": "x"}
        )
    outcomes = [e.outcome for e in _entries(store, username="anna") if e.action == "login"]
    assert outcomes == ["failed"] * 5 + ["rate_limited"]


def test_retention_purges_old_entries_at_start_and_keeps_recent(server_db_url: str) -> None:
    store = Store(server_db_url, audit_retention_days=30)
    try:
        family_id = str(uuid.uuid4())
        # The user added, signed in and pushed today; the server's clock then moves on
        # 40 days (entries are purged from the start of the chain, in id order).
        store.add_user("anna")
        store.login("anna")
        store.push("anna", [make_change(family_id, entity_type="family", ms=store.clock())])
        store.clock.advance(40 * 24 * 3600)
        store.login("anna")
        store.pull_all("anna")
        assert len(_entries(store, family_id=family_id)) == 2
        # Entering the client runs the app's start-up, which purges.
        with store.client:
            pass
        kept = _entries(store)
        assert [e.action for e in kept] == ["login", "pull"]
        with read_tx(store.engine) as conn:
            linked = conn.execute(select(audit_families.c.audit_id)).scalars().all()
        assert set(linked) <= {e.id for e in kept}
    finally:
        store.close()


def test_no_change_value_reaches_the_log(store: Store) -> None:
    family_id = _office(store)
    store.push("anna", [make_change(family_id, value="CPR 010203-1234 Hemmelig")])
    store.pull_all("anna")
    with read_tx(store.engine) as conn:
        rows = conn.execute(select(audit_table)).all()
    text = repr([tuple(row) for row in rows])
    assert "Hemmelig" not in text and "010203" not in text
    assert len(rows) > 5
