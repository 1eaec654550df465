"""The central store refuses every stamp not in the one canonical form (DESIGN §9).

Before: such a stamp passed the clock-ahead check (it decodes to a tiny time) and was
stored, and as a string it sorted above every real stamp, so it stayed the current
value on the server and on every laptop however often the field was edited later.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from server_fixtures import RunningServer, Store, api, examples, make_change
from stamp_strategies import FINDING_STAMPS, non_canonical_stamps

pytest_plugins = ("server_fixtures", "sync_devices")

if TYPE_CHECKING:
    from sync_devices import Device

    Devices = Callable[[str], Device]


def _family(store: Store, who: str = "anna") -> str:
    family_id = str(uuid.uuid4())
    answer = store.push(who, [make_change(family_id, entity_type="family", value="F")]).json()
    assert answer["rejected"] == []
    return family_id


def _snapshot(store: Store, who: str, family_id: str) -> tuple[Any, list[str]]:
    response = store.client.get(f"/api/v1/families/{family_id}/state", headers=store.auth(who))
    assert response.status_code == 200, response.text
    pulled = [c["change_id"] for c in store.pull_all(who)["changes"]]
    return response.json()["entities"], pulled


@settings(
    max_examples=examples(40, 400),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(stamp=non_canonical_stamps())
def test_push_refuses_non_canonical_stamps_and_stores_nothing(store: Store, stamp: str) -> None:
    if "anna" not in store.tokens:
        store.add_user("anna")
        store.login("anna")
        store.family_id = _family(store)  # type: ignore[attr-defined]
    family_id: str = store.family_id  # type: ignore[attr-defined]
    before = _snapshot(store, "anna", family_id)
    bad = {**make_change(family_id, entity_type="family", value="Forkert"), "hlc": stamp}
    answer = store.push("anna", [bad])
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["accepted"] == []
    assert [(r["change_id"], r["reason"]) for r in body["rejected"]] == [
        (bad["change_id"], "invalid")
    ]
    assert _snapshot(store, "anna", family_id) == before


def _server_state(server: RunningServer, token: str, family_id: str) -> dict[str, Any]:
    with api(server, token) as client:
        response = client.get(f"/api/v1/families/{family_id}/state")
    assert response.status_code == 200, response.text
    return dict(response.json()["entities"][family_id])


def _push_raw(server: RunningServer, token: str, changes: list[dict[str, Any]]) -> httpx.Response:
    with api(server, token) as client:
        return client.post("/api/v1/sync/push", json={"changes": changes})


@pytest.mark.parametrize("stamp", FINDING_STAMPS[:2], ids=["underscores", "arabic_indic"])
def test_a_loose_stamp_never_becomes_the_current_value(
    server: RunningServer, devices: Devices, stamp: str
) -> None:
    server.add_user("anne")
    laptop = devices("laptop")
    laptop.login(server.url, "anne")
    holm = laptop.repo.create_family("Familien Holm").primary_id
    assert holm
    laptop.sync()

    # Another client (a script, a modified app) pushes a stamp int() would read as 1 ms.
    token = server.login("anne")
    bad = {
        **make_change(holm, entity_type="family", value="Forkert navn", user_id="anne"),
        "hlc": stamp,
    }
    answer = _push_raw(server, token, [bad])
    assert answer.status_code == 200, answer.text

    # The coordinator edits the name afterwards, on this laptop and on a new one.
    laptop.repo.update_family(holm, name="Familien Holm-Jensen")
    laptop.sync()
    assert _server_state(server, token, holm)["name"] == "Familien Holm-Jensen"
    other = devices("other")
    other.login(server.url, "anne")
    other.sync()
    assert other.repo.family(holm).name == laptop.repo.family(holm).name == "Familien Holm-Jensen"
    other.repo.update_family(holm, name="Familien Jensen")
    other.sync()
    laptop.sync()
    assert laptop.repo.family(holm).name == "Familien Jensen"
    assert _server_state(server, token, holm)["name"] == "Familien Jensen"
    stored = {c.change_id for c in laptop.repo.changes(holm)}
    assert bad["change_id"] not in stored
    assert answer.json()["accepted"] == []
    assert [r["reason"] for r in answer.json()["rejected"]] == ["invalid"]
