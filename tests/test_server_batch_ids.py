"""One change id twice in one push batch, with different content, on SQLite and
PostgreSQL. Before, the server stored the first copy, dropped the second without a
word and answered the id "accepted": the sender believed the server held a change
it never stored. Now such an id is refused as invalid, neither copy stored; an
exact repeat is still taken once.
"""

from __future__ import annotations

import uuid

from server_fixtures import Store, make_change


def _pushed(store: Store, family_id: str) -> list[str]:
    page = store.pull_all("anna")
    return [c["change_id"] for c in page["changes"] if c["family_id"] == family_id]


def test_one_id_with_two_contents_is_refused_whole(store: Store) -> None:
    store.add_user("anna")
    store.login("anna")
    family_id = str(uuid.uuid4())
    family = make_change(family_id, entity_type="family", field="name", value="Familien")
    first = make_change(family_id, field="name", value="Mor")
    second = {**first, "value": "Far"}
    body = store.push("anna", [family, first, second]).json()
    assert body["accepted"] == [family["change_id"]]
    assert [(r["change_id"], r["reason"]) for r in body["rejected"]] == [
        (first["change_id"], "invalid")
    ]
    assert _pushed(store, family_id) == [family["change_id"]]


def test_true_and_one_are_different_content(store: Store) -> None:
    store.add_user("anna")
    store.login("anna")
    family_id = str(uuid.uuid4())
    first = make_change(family_id, entity_type="family", field="is_demo", value=True)
    body = store.push("anna", [first, {**first, "value": 1}]).json()
    assert body["accepted"] == [] and [r["reason"] for r in body["rejected"]] == ["invalid"]


def test_an_exact_repeat_in_one_batch_is_stored_once(store: Store) -> None:
    store.add_user("anna")
    store.login("anna")
    family_id = str(uuid.uuid4())
    family = make_change(family_id, entity_type="family", field="name", value="Familien")
    body = store.push("anna", [family, dict(family)]).json()
    assert body["accepted"] == [family["change_id"]] and body["rejected"] == []
    assert _pushed(store, family_id) == [family["change_id"]]
