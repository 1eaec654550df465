"""Write rights from the server's own facts (issue 10, finding 3), SQLite and PostgreSQL.

A former coordinator's laptop may deliver its waiting edits of entities the
server already knows for a grace period after the assignment ended, measured
by the server's clock; the stamp a laptop puts on a change never counts.
"""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from server_fixtures import Store, make_change

from ftbt_server import accounts
from ftbt_server.settings import DAY_MS, Settings

GRACE_DAYS = 14


@pytest.fixture
def handed_over(store: Store) -> dict[str, Any]:
    """Anna's family with one member, then given to Bo: anna's assignment ended now."""
    store.add_user("anna")
    store.add_user("bo")
    store.login("anna")
    family_id = str(uuid.uuid4())
    family = make_change(family_id, entity_type="family", field="name", value="Familien")
    member = make_change(family_id, field="name", value="Mor")
    assert store.push("anna", [family, member]).json()["rejected"] == []
    before_end = store.clock.ms - 60_000
    accounts.assign_family(store.engine, family_id, "bo")
    return {"family_id": family_id, "member_id": member["entity_id"], "before_end": before_end}


def _later(store: Store, days: float) -> None:
    """Move the server's clock on; the old token has expired by then, so sign in again."""
    store.clock.advance(days * DAY_MS / 1000)
    store.login("anna")


def _reasons(response: Any) -> dict[str, str]:
    assert response.status_code == 200, response.text
    body = response.json()
    out = {cid: "accepted" for cid in body["accepted"]}
    out.update({r["change_id"]: r["reason"] for r in body["rejected"]})
    return out


def test_back_dated_stamps_give_no_write_after_the_grace_period(
    store: Store, handed_over: dict[str, Any]
) -> None:
    family_id, member_id = handed_over["family_id"], handed_over["member_id"]
    _later(store, GRACE_DAYS + 1)
    # Every change stamped before the assignment ended, as an offline laptop would.
    stamp = handed_over["before_end"]
    edit = make_change(family_id, entity_id=member_id, value="Overskrevet", ms=stamp)
    deletion = make_change(family_id, entity_id=member_id, field="_deleted", value=True, ms=stamp)
    new = make_change(family_id, entity_type="goal", field="text", value="Nyt", ms=stamp)
    family_name = make_change(family_id, entity_type="family", value="Omdøbt", ms=stamp)
    reasons = _reasons(store.push("anna", [edit, deletion, new, family_name]))
    assert set(reasons.values()) == {"forbidden"}

    store.login("bo")
    state = store.client.get(f"/api/v1/families/{family_id}/state", headers=store.auth("bo"))
    assert state.json()["entities"][member_id] == {"_type": "member", "name": "Mor"}
    assert set(state.json()["entities"]) == {family_id, member_id}


def test_during_the_grace_period_waiting_edits_arrive_but_no_new_entities(
    store: Store, handed_over: dict[str, Any]
) -> None:
    family_id, member_id = handed_over["family_id"], handed_over["member_id"]
    _later(store, GRACE_DAYS - 1)
    stamp = handed_over["before_end"]
    # The stamp's time plays no part: before or after the end alike.
    edit_before = make_change(family_id, entity_id=member_id, value="Før", ms=stamp)
    edit_after = make_change(family_id, entity_id=member_id, field="birth_year", value=1980)
    new_before = make_change(family_id, entity_type="goal", field="text", value="Nyt", ms=stamp)
    new_after = make_change(family_id, entity_type="goal", field="text", value="Nyere")
    reasons = _reasons(store.push("anna", [edit_before, edit_after, new_before, new_after]))
    assert reasons == {
        edit_before["change_id"]: "accepted",
        edit_after["change_id"]: "accepted",
        new_before["change_id"]: "forbidden",
        new_after["change_id"]: "forbidden",
    }
    # A new entity's later fields are refused with it, however the batch is split.
    more = make_change(family_id, entity_type="goal", entity_id=new_after["entity_id"])
    assert _reasons(store.push("anna", [more])) == {more["change_id"]: "forbidden"}


def test_during_the_grace_period_the_family_itself_cannot_be_deleted(
    store: Store, handed_over: dict[str, Any]
) -> None:
    family_id, member_id = handed_over["family_id"], handed_over["member_id"]
    _later(store, 1)
    gone = make_change(family_id, entity_type="family", field="_deleted", value=True)
    member_gone = make_change(family_id, entity_id=member_id, field="_deleted", value=True)
    reasons = _reasons(store.push("anna", [gone, member_gone]))
    assert reasons == {gone["change_id"]: "forbidden", member_gone["change_id"]: "accepted"}


def test_the_grace_period_is_a_server_setting(server_db_url: str) -> None:
    no_grace = Store(server_db_url, edit_grace_ms=0)
    try:
        no_grace.add_user("anna")
        no_grace.add_user("bo")
        no_grace.login("anna")
        family_id = str(uuid.uuid4())
        member = make_change(family_id, value="Mor")
        no_grace.push("anna", [make_change(family_id, entity_type="family"), member])
        accounts.assign_family(no_grace.engine, family_id, "bo")
        # The handover is stamped with the real clock: the server's clock moves on past
        # it, however long the set-up took on a busy machine.
        no_grace.clock.ms = max(no_grace.clock.ms, time.time_ns() // 1_000_000)
        no_grace.clock.advance(1)
        edit = make_change(family_id, entity_id=member["entity_id"], ms=no_grace.clock.ms - 10_000)
        assert _reasons(no_grace.push("anna", [edit])) == {edit["change_id"]: "forbidden"}
    finally:
        no_grace.close()
    assert Settings(db_url="sqlite://").edit_grace_ms == GRACE_DAYS * DAY_MS


def test_the_grace_period_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from ftbt_server.settings import SettingsError

    monkeypatch.setenv("FTBT_SERVER_EDIT_GRACE_DAYS", "3")
    assert Settings.from_env("sqlite://").edit_grace_ms == 3 * DAY_MS
    monkeypatch.setenv("FTBT_SERVER_EDIT_GRACE_DAYS", "-1")
    with pytest.raises(SettingsError):
        Settings.from_env("sqlite://")


def test_a_current_coordinator_still_creates_and_a_stranger_never_writes(
    store: Store, handed_over: dict[str, Any]
) -> None:
    family_id, member_id = handed_over["family_id"], handed_over["member_id"]
    store.login("bo")
    goal = make_change(family_id, entity_type="goal", field="text", value="Bos mål")
    assert _reasons(store.push("bo", [goal])) == {goal["change_id"]: "accepted"}
    store.add_user("cai")
    store.login("cai")
    # Never assigned: neither a back-dated stamp nor an existing entity helps.
    edit = make_change(family_id, entity_id=member_id, ms=handed_over["before_end"] - DAY_MS)
    assert _reasons(store.push("cai", [edit])) == {edit["change_id"]: "forbidden"}


def test_serve_refuses_a_negative_grace_period(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'db'}"
    result = subprocess.run(
        [sys.executable, "-m", "ftbt_server", "--db", db, "serve", "--edit-grace-days", "-1"],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 2
    assert "must not be negative" in result.stderr
