"""Bad input gets a 4xx in the protocol's error shape, never a 5xx (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import uuid
from typing import Any

from server_fixtures import Store, make_change


def _signed_in(store: Store) -> str:
    store.add_user("anna")
    store.login("anna")
    family_id = str(uuid.uuid4())
    assert store.push("anna", [make_change(family_id, entity_type="family")]).status_code == 200
    return family_id


def test_text_a_database_cannot_store_is_refused(store: Store) -> None:
    store.add_user("anna")
    for raw in (
        b'{"username": "an\\u0000na", "password": "x", "device_name": "d"}',
        b'{"username": "anna", "password": "\\ud800", "device_name": "d"}',
    ):
        response = store.client.post(
            "/api/v1/auth/login", content=raw, headers={"Content-Type": "application/json"}
        )
        assert response.status_code == 400, response.text
        assert response.json()["error"] == "invalid"
        # The refused input is not echoed back.
        assert "\\u0000" not in response.text and "ud800" not in response.text


def test_changes_with_unstorable_text_are_rejected_alone(store: Store) -> None:
    family_id = _signed_in(store)
    good = make_change(family_id)
    nul_id = make_change(family_id, entity_id="a\x00b")
    nul_family = make_change("\x00")
    surrogate = make_change(family_id, value="REPLACE-ME")
    # json.dumps cannot write a lone surrogate from a str; put the escape in by hand.
    answer = _push_raw(store, [good, nul_id, nul_family, surrogate], '"\\udc80"')
    assert answer["accepted"] == [good["change_id"]]
    assert [r["reason"] for r in answer["rejected"]] == ["invalid"] * 3


def _push_raw(store: Store, changes: list[dict[str, Any]], raw_value: str) -> Any:
    """Anna's push of `changes`, the value "REPLACE-ME" written as the JSON `raw_value`."""
    body = json.dumps({"changes": changes}).replace('"REPLACE-ME"', raw_value)
    response = store.client.post(
        "/api/v1/sync/push",
        content=body.encode(),
        headers={**store.auth("anna"), "Content-Type": "application/json"},
    )
    assert response.status_code == 200, response.text
    return response.json()


def test_a_number_too_large_for_a_float_is_rejected_alone(store: Store) -> None:
    family_id = _signed_in(store)
    good = make_change(family_id)
    node = make_change(family_id, entity_type="map_node", field="x", value="REPLACE-ME")
    # 400 digits: JSON takes it, Python reads it as an int no float can hold.
    answer = _push_raw(store, [good, node], "1" + "0" * 400)
    assert answer["accepted"] == [good["change_id"]]
    assert [r["reason"] for r in answer["rejected"]] == ["invalid"]


def test_a_change_id_that_is_not_text_is_refused_in_an_answer_that_is(store: Store) -> None:
    """A lone surrogate as a change id was refused, but then echoed into the answer,
    which could not be written: a 500 after the good change beside it was stored, and
    the same 500 on every retry (an adversarial review)."""
    family_id = _signed_in(store)
    good = make_change(family_id)
    forged = {**make_change(family_id), "change_id": "REPLACE-ME"}
    answer = _push_raw(store, [good, forged], '"\\udc80"')
    assert answer["accepted"] == [good["change_id"]]
    [rejected] = answer["rejected"]
    assert rejected["reason"] == "invalid" and rejected["change_id"] == "\\udc80"


def test_overlong_ids_and_unknown_routes(store: Store) -> None:
    _signed_in(store)
    auth = store.auth("anna")
    long_id = "f" * 101
    export = store.client.post(
        "/api/v1/audit/export",
        json={"family_ids": [long_id], "kind": "json", "format": "json"},
        headers=auth,
    )
    assert export.status_code == 400
    assert store.client.get(f"/api/v1/families/{long_id}/state", headers=auth).status_code == 400
    missing = store.client.get("/api/v1/nothing", headers=auth)
    assert missing.status_code == 404 and missing.json()["error"] == "not_found"
    wrong_method = store.client.get("/api/v1/sync/push", headers=auth)
    assert wrong_method.status_code == 405
    broken = store.client.post(
        "/api/v1/sync/push",
        content=b'{"changes": [',
        headers={**auth, "Content-Type": "application/json"},
    )
    assert broken.status_code == 400 and broken.json()["error"] == "invalid"


def test_a_cursor_past_the_last_number_starts_over(store: Store) -> None:
    family_id = _signed_in(store)
    store.push("anna", [make_change(family_id) for _ in range(3)])
    # A server restored from an older backup: the client's cursor is ahead of it.
    page = store.pull("anna", after=1_000_000).json()
    assert len(page["changes"]) == 4
    assert page["next"] == 4 and not page["has_more"]


def test_the_openapi_schema_documents_the_protocol(store: Store) -> None:
    schema = store.client.get("/openapi.json").json()
    push = schema["paths"]["/api/v1/sync/push"]["post"]
    assert {"200", "400", "401", "403", "413", "426"} <= set(push["responses"])
    pull = schema["paths"]["/api/v1/sync/pull"]["get"]
    assert "PullOut" in json.dumps(pull["responses"]["200"])
    assert "HTTPBearer" in schema["components"]["securitySchemes"]
