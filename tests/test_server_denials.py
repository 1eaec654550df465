"""What a user may not do is refused and logged as a denial (issue 10, finding 6).

SQLite and PostgreSQL: export reports for families the caller cannot read, a
change id stored for someone else's change, refused writes and relabels, and
forbidden reads all reach the audit log with outcome "denied", with the user,
device and address, and the answers reveal nothing of other families.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from server_fixtures import Store, make_change

from ftbt_server import accounts, audit
from ftbt_server.db import read_tx

ADDR = "testclient"  # the address Starlette's test client connects from


@pytest.fixture
def office(store: Store) -> Store:
    for name, role in (("anna", "coordinator"), ("bo", "coordinator"), ("adm", "admin")):
        store.add_user(name, role)
        store.login(name, device_name=f"{name}s laptop")
    return store


def _family(store: Store, who: str) -> str:
    family_id = str(uuid.uuid4())
    answer = store.push(who, [make_change(family_id, entity_type="family", value="F")]).json()
    assert answer["rejected"] == []
    return family_id


def _denials(store: Store, **filters: Any) -> list[tuple[str, str | None, tuple[str, ...]]]:
    with read_tx(store.engine) as conn:
        found = audit.entries(conn, **filters)
    for entry in found:
        if entry.outcome == "denied":
            assert entry.device_name == f"{entry.username}s laptop"
            assert entry.client_addr == ADDR
    return [(e.action, e.username, e.families) for e in found if e.outcome == "denied"]


def _export(store: Store, who: str, family_ids: list[str]) -> Any:
    return store.client.post(
        "/api/v1/audit/export",
        json={"family_ids": family_ids, "kind": "plan_pdf", "format": "pdf"},
        headers=store.auth(who),
    )


def test_export_reports_only_for_families_the_caller_can_read(office: Store) -> None:
    annas, bos = _family(office, "anna"), _family(office, "bo")
    refused = _export(office, "bo", [bos, annas])
    assert refused.status_code == 403
    assert refused.json()["error"] == "forbidden"
    assert annas not in refused.json()["message"]  # names nothing the caller did not know
    assert _export(office, "adm", [annas]).status_code == 403
    assert _export(office, "anna", [annas]).status_code == 204

    with read_tx(office.engine) as conn:
        on_annas = [(e.action, e.username, e.outcome) for e in audit.entries(conn, family_id=annas)]
    # Bo's attempt put no "export" in Anna's family's record, only the denial.
    assert on_annas == [
        ("push", "anna", "ok"),
        ("export", "bo", "denied"),
        ("export", "adm", "denied"),
        ("export", "anna", "ok"),
    ]
    assert ("export", "bo", tuple(sorted((annas, bos)))) in _denials(office, username="bo")


def test_a_former_coordinator_still_reports_exports_of_a_held_family(office: Store) -> None:
    annas = _family(office, "anna")
    office.pull_all("anna")
    accounts.assign_family(office.engine, annas, "bo")
    # Her laptop keeps the family while it holds refused changes, and may export it.
    assert _export(office, "anna", [annas]).status_code == 204
    assert _export(office, "bo", [annas]).status_code == 204  # Bo's now
    office.add_user("cai")
    office.login("cai", device_name="cais laptop")
    assert _export(office, "cai", [annas]).status_code == 403


def test_a_change_id_stored_for_another_family_is_refused_without_saying_whose(
    office: Store,
) -> None:
    annas, bos = _family(office, "anna"), _family(office, "bo")
    member = make_change(annas, value="Mor")
    assert office.push("anna", [member]).json()["accepted"] == [member["change_id"]]

    # Bo replays Anna's change as it is, and under his own family.
    replay = dict(member)
    stolen_id = make_change(bos, value="Bos", device_id="bos-laptop")
    stolen_id["change_id"] = member["change_id"]
    plain = make_change(annas, value="x")
    for attempt, family_id in ((replay, annas), (stolen_id, bos)):
        answer = office.push("bo", [attempt]).json()
        assert answer["accepted"] == []
        [rejected] = answer["rejected"]
        assert rejected["reason"] == "forbidden"
        assert rejected["message"] == f"you may not write family {family_id}"
    # The same words as for any change of a family he may not write.
    [forbidden] = office.push("bo", [plain]).json()["rejected"]
    assert forbidden["message"] == f"you may not write family {annas}"

    bo_sees = {c["change_id"] for c in office.pull_all("bo")["changes"]}
    assert member["change_id"] not in bo_sees
    state = office.client.get(f"/api/v1/families/{bos}/state", headers=office.auth("bo"))
    assert "Bos" not in str(state.json())
    # Anna's family's record shows the attempts as denials.
    assert _denials(office, family_id=annas) == [
        ("push", "bo", (annas,)),
        ("push", "bo", tuple(sorted((annas, bos)))),
        ("push", "bo", (annas,)),
    ]


def test_a_genuine_retry_is_still_accepted_and_stored_once(office: Store) -> None:
    annas = _family(office, "anna")
    member = make_change(annas, value="Mor")
    for _ in range(2):
        answer = office.push("anna", [member]).json()
        assert answer == {**answer, "accepted": [member["change_id"]], "rejected": []}
    pulled = [
        c for c in office.pull_all("anna")["changes"] if c["change_id"] == member["change_id"]
    ]
    assert len(pulled) == 1
    # Her own id with other content is no retry: refused, the stored value kept.
    altered = {**member, "value": "Far"}
    [rejected] = office.push("anna", [altered]).json()["rejected"]
    assert rejected["reason"] == "forbidden"
    state = office.client.get(f"/api/v1/families/{annas}/state", headers=office.auth("anna"))
    assert state.json()["entities"][member["entity_id"]]["name"] == "Mor"
    with read_tx(office.engine) as conn:
        pushes = [e for e in audit.entries(conn, family_id=annas) if e.action == "push"]
    assert [(e.outcome, e.counts.get("already_stored")) for e in pushes] == [
        ("ok", 0),
        ("ok", 0),
        ("ok", 1),
        ("denied", None),
    ]


def test_refused_writes_and_relabels_are_denials_apart_from_what_was_written(
    office: Store,
) -> None:
    annas, bos = _family(office, "anna"), _family(office, "bo")
    member = make_change(annas, value="Mor")
    office.push("anna", [member])
    own = make_change(bos, value="Bos egen")
    into_annas = make_change(annas, value="x")
    relabel = make_change(bos, entity_id=member["entity_id"], value="x")
    answer = office.push("bo", [own, into_annas, relabel]).json()
    assert answer["accepted"] == [own["change_id"]]
    assert {r["change_id"]: r["reason"] for r in answer["rejected"]} == {
        into_annas["change_id"]: "forbidden",
        relabel["change_id"]: "invalid",
    }
    with read_tx(office.engine) as conn:
        entries = [e for e in audit.entries(conn, username="bo") if e.action == "push"]
    last_ok, denied = entries[-2:]
    assert (last_ok.outcome, last_ok.families, last_ok.counts["accepted"]) == ("ok", (bos,), 1)
    assert denied.outcome == "denied"
    assert denied.families == tuple(sorted((annas, bos)))
    assert denied.counts == {"refused": 2, "refused_forbidden": 1, "refused_relabel": 1}
    assert (denied.device_name, denied.client_addr) == ("bos laptop", ADDR)


def test_forbidden_reads_are_logged_as_denials(office: Store) -> None:
    annas = _family(office, "anna")
    assert office.pull("adm").status_code == 403
    state = office.client.get(f"/api/v1/families/{annas}/state", headers=office.auth("adm"))
    assert state.status_code == 403
    assert office.client.get("/api/v1/audit", headers=office.auth("bo")).status_code == 403
    assert office.push("adm", [make_change(annas)]).status_code == 403
    assert _denials(office, username="adm") == [
        ("pull", "adm", ()),
        ("read_state", "adm", (annas,)),
        ("push", "adm", ()),
    ]
    assert _denials(office, username="bo") == [("read_audit", "bo", ())]


def test_a_refused_export_lists_only_families_the_store_has(office: Store) -> None:
    """One request naming thousands of made-up ids must not write them all into the log."""
    annas = _family(office, "anna")
    made_up = [str(uuid.uuid4()) for _ in range(500)]
    assert _export(office, "bo", [annas, *made_up]).status_code == 403
    with read_tx(office.engine) as conn:
        denied = [e for e in audit.entries(conn, username="bo") if e.outcome == "denied"]
    assert [e.families for e in denied] == [(annas,)]
    assert denied[0].counts["unknown_families"] == 500
