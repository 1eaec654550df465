"""Who may read and write which family, checked on every request (SQLite and PostgreSQL)."""

from __future__ import annotations

import time
import uuid

import pytest
from server_fixtures import Store, make_change

from ftbt_server import accounts, audit
from ftbt_server.db import read_tx


@pytest.fixture
def office(store: Store) -> Store:
    """Two coordinators (anna in team Nord, bo alone), a supervisor of Nord, an admin."""
    for name, role in (
        ("anna", "coordinator"),
        ("bo", "coordinator"),
        ("sif", "supervisor"),
        ("adm", "admin"),
    ):
        store.add_user(name, role)
        store.login(name)
    accounts.add_team(store.engine, "Nord")
    accounts.set_team_member(store.engine, "Nord", "anna", "member")
    accounts.set_team_member(store.engine, "Nord", "sif", "supervisor")
    return store


def _new_family(store: Store, who: str) -> str:
    family_id = str(uuid.uuid4())
    response = store.push(who, [make_change(family_id, entity_type="family", value="Familien")])
    assert response.status_code == 200 and not response.json()["rejected"]
    return family_id


def _audit(store: Store, family_id: str) -> list[audit.Entry]:
    with read_tx(store.engine) as conn:
        return audit.entries(conn, family_id=family_id)


def test_coordinator_cannot_read_or_write_another_coordinators_family(office: Store) -> None:
    annas = _new_family(office, "anna")
    bos = _new_family(office, "bo")

    page = office.pull_all("bo")
    assert page["families"] == [bos]
    assert {c["family_id"] for c in page["changes"]} == {bos}

    # Guessing the id does not help: the state route refuses, the push is rejected.
    state = office.client.get(f"/api/v1/families/{annas}/state", headers=office.auth("bo"))
    assert state.status_code == 403 and state.json()["error"] == "forbidden"
    attempt = make_change(annas, field="name", value="overskrevet")
    answer = office.push("bo", [attempt]).json()
    assert answer["accepted"] == []
    assert answer["rejected"][0]["change_id"] == attempt["change_id"]
    assert answer["rejected"][0]["reason"] == "forbidden"

    annas_state = office.client.get(f"/api/v1/families/{annas}/state", headers=office.auth("anna"))
    assert "overskrevet" not in str(annas_state.json())
    denied = [(e.action, e.username) for e in _audit(office, annas) if e.outcome == "denied"]
    assert ("read_state", "bo") in denied and ("push", "bo") in denied


def test_an_entity_cannot_be_reached_through_another_family(office: Store) -> None:
    annas = _new_family(office, "anna")
    bos = _new_family(office, "bo")
    member = make_change(annas, field="name", value="Mor")
    assert office.push("anna", [member]).json()["accepted"] == [member["change_id"]]
    # Bo labels a change of Anna's entity with his own family.
    relabelled = make_change(bos, entity_id=member["entity_id"], field="name", value="x")
    retyped = make_change(annas, entity_type="goal", entity_id=member["entity_id"])
    assert office.push("bo", [relabelled]).json()["rejected"][0]["reason"] == "invalid"
    assert office.push("anna", [retyped]).json()["rejected"][0]["reason"] == "invalid"


def test_supervisor_reads_the_team_and_writes_only_reviews(office: Store) -> None:
    annas = _new_family(office, "anna")
    bos = _new_family(office, "bo")
    page = office.pull_all("sif")
    assert page["families"] == [annas]
    assert {c["family_id"] for c in page["changes"]} == {annas}

    comment = make_change(annas, entity_type="review_comment", field="text", value="Fint")
    mark = make_change(annas, entity_type="plan_review", field="reviewed_on", value="2026-01-05")
    goal = make_change(annas, entity_type="goal", field="text", value="x")
    elsewhere = make_change(bos, entity_type="review_comment", field="text", value="x")
    answer = office.push("sif", [comment, mark, goal, elsewhere]).json()
    assert answer["accepted"] == [comment["change_id"], mark["change_id"]]
    reasons = {r["change_id"]: r["reason"] for r in answer["rejected"]}
    assert reasons == {goal["change_id"]: "read_only", elsewhere["change_id"]: "forbidden"}

    # The comment reaches the coordinator.
    pulled = {c["change_id"] for c in office.pull_all("anna")["changes"]}
    assert comment["change_id"] in pulled and mark["change_id"] in pulled


def test_supervisor_cannot_create_families(office: Store) -> None:
    change = make_change(str(uuid.uuid4()), entity_type="review_comment", field="text")
    assert office.push("sif", [change]).json()["rejected"][0]["reason"] == "forbidden"


def test_admin_has_no_family_data_and_only_admin_reads_the_audit_log(office: Store) -> None:
    annas = _new_family(office, "anna")
    assert office.pull("adm").status_code == 403
    assert office.push("adm", [make_change(annas)]).status_code == 403
    assert office.client.get("/api/v1/audit", headers=office.auth("anna")).status_code == 403
    listing = office.client.get(
        "/api/v1/audit", params={"family": annas}, headers=office.auth("adm")
    )
    assert listing.status_code == 200
    assert [e["action"] for e in listing.json()["entries"]] == ["push"]


def test_substitute_reads_and_writes_until_unassigned(office: Store) -> None:
    annas = _new_family(office, "anna")
    accounts.assign_family(office.engine, annas, "bo", substitute=True)
    assert annas in office.pull_all("bo")["families"]
    assert office.push("bo", [make_change(annas)]).json()["rejected"] == []
    accounts.unassign_family(office.engine, annas, "bo")
    assert annas not in office.pull_all("bo")["families"]
    # Stamped after the assignment ended (which used the wall clock).
    late = make_change(annas, ms=time.time_ns() // 1_000_000 + 60_000)
    assert office.push("bo", [late]).json()["rejected"][0]["reason"] == "forbidden"


def test_nobody_signs_a_review_in_someone_elses_name(office: Store) -> None:
    """A coordinator never writes the supervisor's comment or "reviewed" mark, and no
    one writes a review entity another account wrote, or names another as its author."""
    annas = _new_family(office, "anna")
    comment = make_change(annas, entity_type="review_comment", field="text", value="Fint")
    assert office.push("sif", [comment]).json()["accepted"] == [comment["change_id"]]
    theirs = comment["entity_id"]

    def sent(who: str, entity_type: str, field: str, value: str, entity_id: str = "") -> str:
        change = make_change(
            annas, entity_type=entity_type, entity_id=entity_id or None, field=field, value=value
        )
        answer = office.push(who, [change]).json()
        return "accepted" if answer["accepted"] else answer["rejected"][0]["reason"]

    # Anna forges the mark or a comment (an import would push them the same way).
    assert sent("anna", "plan_review", "reviewer", "sif") == "forbidden"
    assert sent("anna", "plan_review", "reviewed_on", "2026-01-05") == "forbidden"
    assert sent("anna", "review_comment", "text", "Godt") == "forbidden"
    # ... or rewrites or deletes the supervisor's comment.
    assert sent("anna", "review_comment", "text", "Alt er fint", theirs) == "forbidden"
    assert sent("anna", "review_reply", "author", "sif") == "forbidden"
    # Sif cannot answer as Anna, nor rewrite Anna's answer.
    answer = make_change(annas, entity_type="review_reply", field="author", value="anna")
    assert office.push("anna", [answer]).json()["accepted"] == [answer["change_id"]]
    assert sent("sif", "review_reply", "author", "anna") == "forbidden"
    assert sent("sif", "review_reply", "text", "Nej", answer["entity_id"]) == "forbidden"
    assert sent("sif", "review_comment", "author", "bo") == "forbidden"
    # Each still writes their own, under their own name.
    assert sent("anna", "review_reply", "text", "Ja", answer["entity_id"]) == "accepted"
    assert sent("sif", "review_comment", "author", "sif", theirs) == "accepted"
    assert sent("sif", "plan_review", "reviewer", "sif") == "accepted"
