"""Push and pull on the central store: idempotency, merge, limits, paging, revocation."""

from __future__ import annotations

import json
import random
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from server_fixtures import Store, examples, make_change

from ftbt_desktop.core.changes import Change, merge, state_from
from ftbt_server import accounts, audit
from ftbt_server import pull as pull_module
from ftbt_server.db import read_tx


def _family(store: Store, who: str = "anna") -> str:
    family_id = str(uuid.uuid4())
    answer = store.push(who, [make_change(family_id, entity_type="family", value="F")]).json()
    assert answer["rejected"] == []
    return family_id


def _state(store: Store, who: str, family_id: str) -> dict:
    response = store.client.get(f"/api/v1/families/{family_id}/state", headers=store.auth(who))
    assert response.status_code == 200, response.text
    return response.json()["entities"]


def test_push_is_idempotent_by_change_id(store: Store) -> None:
    store.add_user("anna")
    store.login("anna")
    family_id = _family(store)
    change = make_change(family_id, value="Mor")
    first = store.push("anna", [change, change]).json()
    again = store.push("anna", [change]).json()
    assert first["accepted"] == [change["change_id"]]
    assert again["accepted"] == [change["change_id"]] and again["rejected"] == []
    pulled = [c["change_id"] for c in store.pull_all("anna")["changes"]]
    assert pulled.count(change["change_id"]) == 1
    entry = store.pull_all("anna")["changes"][-1]
    assert {k: entry[k] for k in change} == change


def test_server_state_follows_the_shared_merge_rule(store: Store) -> None:
    store.add_user("anna")
    store.login("anna")
    family_id = _family(store)
    entity = str(uuid.uuid4())
    base = store.clock() - 10_000
    newest = make_change(family_id, entity_id=entity, value="ny", ms=base + 5, device_id="a")
    older = make_change(family_id, entity_id=entity, value="gammel", ms=base, device_id="z")
    # Same stamp: the greater device_id wins.
    tie_low = make_change(
        family_id, entity_id=entity, field="role", value="child", ms=base, device_id="a"
    )
    tie_high = make_change(
        family_id, entity_id=entity, field="role", value="parent", ms=base, device_id="b"
    )
    store.push("anna", [newest, tie_high])
    store.push("anna", [older, tie_low])
    entities = _state(store, "anna", family_id)
    assert entities[entity] == {"_type": "member", "name": "ny", "role": "parent"}
    # Every change is kept, losers included (they are history on the clients).
    assert len(store.pull_all("anna")["changes"]) == 5


@pytest.mark.slow
@settings(
    max_examples=examples(15, 300),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_server_state_equals_core_merge_in_any_push_order(
    store: Store, data: st.DataObject
) -> None:
    if "anna" not in store.tokens:
        store.add_user("anna")
        store.login("anna")
    family_id = _family(store)
    entities = [str(uuid.uuid4()) for _ in range(3)]
    base = store.clock() - 100_000
    # Values the field rules accept (the store refuses any other).
    values = {
        "name": st.sampled_from(["Ea", "Bo", "Cai"]),
        "role": st.sampled_from(["parent", "partner", "child"]),
        "_deleted": st.booleans(),
    }
    changes = []
    for _ in range(data.draw(st.integers(1, 25))):
        field = data.draw(st.sampled_from(sorted(values)))
        changes.append(
            make_change(
                family_id,
                entity_id=data.draw(st.sampled_from(entities)),
                field=field,
                value=data.draw(values[field]),
                ms=base + data.draw(st.integers(0, 3)),
                counter=data.draw(st.integers(0, 2)),
                device_id=data.draw(st.sampled_from(["a", "b", "c"])),
            )
        )
    order = data.draw(st.permutations(changes))
    cut = data.draw(st.integers(0, len(order)))
    for batch in (order[:cut], order[cut:]):
        if batch:
            assert store.push("anna", list(batch)).json()["rejected"] == []
    expected = state_from(merge(Change.from_dict(c) for c in changes))
    server = _state(store, "anna", family_id)
    server.pop(family_id)
    assert server == expected


def test_clock_ahead_is_rejected(store: Store) -> None:
    store.add_user("anna")
    store.login("anna")
    family_id = _family(store)
    hour_ahead = make_change(family_id, ms=store.clock() + 3600_000)
    within = make_change(family_id, ms=store.clock() + 4 * 60_000)
    answer = store.push("anna", [hour_ahead, within]).json()
    assert answer["accepted"] == [within["change_id"]]
    assert answer["rejected"] == [
        {
            "change_id": hour_ahead["change_id"],
            "reason": "clock_ahead",
            "message": "the change is stamped ahead of the server's clock",
        }
    ]
    assert abs(answer["server_time_ms"] - store.clock()) < 1000


def test_malformed_changes_are_rejected_one_by_one(store: Store) -> None:
    store.add_user("anna")
    store.login("anna")
    family_id = _family(store)
    good = make_change(family_id)
    bad_id = {**make_change(family_id), "change_id": "not-a-uuid"}
    bad_clock = {**make_change(family_id), "hlc": "yesterday"}
    bad_family = make_change(family_id, entity_type="family", entity_id=str(uuid.uuid4()))
    answer = store.push("anna", [bad_id, good, bad_clock, bad_family]).json()
    assert answer["accepted"] == [good["change_id"]]
    assert [r["reason"] for r in answer["rejected"]] == ["invalid"] * 3
    shape = store.client.post(
        "/api/v1/sync/push", json={"changes": [{"change_id": 1}]}, headers=store.auth("anna")
    )
    assert shape.status_code == 400 and shape.json()["error"] == "invalid"


def test_batch_and_body_limits_answer_413(server_db_url: str) -> None:
    store = Store(server_db_url, max_body_bytes=600_000)
    try:
        store.add_user("anna")
        store.login("anna")
        family_id = _family(store)
        batch = [make_change(family_id, value="x") for _ in range(1001)]
        too_many = store.push("anna", batch)
        assert too_many.status_code == 413
        assert too_many.json()["error"] == "batch_too_large"
        assert store.push("anna", batch[:1000]).status_code == 200
        huge = store.push("anna", [make_change(family_id, value="x" * 700_000)])
        assert huge.status_code == 413
        assert huge.json()["error"] == "request_too_large"

        def chunks():
            yield b'{"changes": ['
            for _ in range(10):
                yield b" " * 100_000
            yield b"]}"

        chunked = store.client.post(
            "/api/v1/sync/push",
            content=chunks(),
            headers={**store.auth("anna"), "Content-Type": "application/json"},
        )
        assert chunked.status_code == 413
    finally:
        store.close()


def test_pull_pages_in_sequence_order(store: Store) -> None:
    store.add_user("anna")
    store.login("anna")
    family_id = _family(store)
    pushed = [make_change(family_id, value=f"N{i}") for i in range(6)]
    store.push("anna", pushed)
    seen: list[dict] = []
    after = 0
    pages = 0
    while True:
        page = store.pull("anna", after=after, limit=3).json()
        pages += 1
        assert len(page["changes"]) <= 3
        seen.extend(page["changes"])
        if page["has_more"]:
            assert page["next"] == page["changes"][-1]["seq"]
        after = page["next"]
        if not page["has_more"]:
            break
    assert pages == 3
    seqs = [c["seq"] for c in seen]
    assert seqs == sorted(seqs) and len(set(seqs)) == 7
    assert [c["change_id"] for c in seen[1:]] == [c["change_id"] for c in pushed]
    assert store.pull("anna", after=after).json()["changes"] == []
    assert store.pull("anna", after=-1).status_code == 400


def test_pages_as_large_as_the_client_asks_for_and_the_server_says(store: Store) -> None:
    from ftbt_desktop.sync.client import MAX_PULL

    store.add_user("anna")
    store.login("anna")
    assert store.client.get("/api/v1/version").json()["max_pull"] == MAX_PULL
    family_id = _family(store)
    for _ in range(MAX_PULL // 1000):
        pushed = store.push("anna", [make_change(family_id, value=f"N{i}") for i in range(1000)])
        assert pushed.status_code == 200
    count = MAX_PULL + 1  # with the family's own change: one more than a page
    page = store.pull("anna", limit=MAX_PULL).json()
    assert len(page["changes"]) == MAX_PULL and page["has_more"]
    rest = store.pull("anna", after=page["next"], limit=MAX_PULL).json()
    assert len(rest["changes"]) == count - MAX_PULL and not rest["has_more"]
    assert store.pull("anna", limit=MAX_PULL + 1).status_code == 400


def test_a_page_of_long_values_ends_early_and_the_next_carries_on(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.add_user("anna")
    store.login("anna")
    family_id = _family(store)
    pushed = [make_change(family_id, value=f"{i:03d}" + "x" * 150) for i in range(20)]
    store.push("anna", pushed)
    monkeypatch.setattr(pull_module, "PAGE_VALUE_BYTES", 1000)
    seen: list[dict] = []
    after = 0
    while True:
        page = store.pull("anna", after=after, limit=100).json()
        # Never more than the byte budget, except a single value larger than it.
        assert sum(len(json.dumps(c["value"])) for c in page["changes"]) <= 1000 or (
            len(page["changes"]) == 1
        )
        assert page["changes"] or not page["has_more"]
        seen.extend(page["changes"])
        after = page["next"]
        if not page["has_more"]:
            break
    assert [c["change_id"] for c in seen[1:]] == [c["change_id"] for c in pushed]
    # One value over the budget still comes, alone, rather than blocking the feed.
    huge = make_change(family_id, entity_type="family", field="notes", value="y" * 5000)
    store.push("anna", [huge, make_change(family_id, value="z")])
    alone = store.pull("anna", after=after, limit=100).json()
    assert [c["change_id"] for c in alone["changes"]] == [huge["change_id"]] and alone["has_more"]


def test_reassignment_revokes_the_old_and_redelivers_to_the_new(store: Store) -> None:
    for name in ("anna", "bo"):
        store.add_user(name)
        store.login(name)
    annas = _family(store, "anna")
    bos = _family(store, "bo")
    store.push("anna", [make_change(annas, value=f"N{i}") for i in range(3)])
    # Bo's laptop has read past Anna's changes before the family becomes his.
    bo_cursor = store.pull_all("bo")["next"]
    anna_cursor = store.pull_all("anna")["next"]
    assert bo_cursor > 0

    accounts.assign_family(store.engine, annas, "bo")
    anna_page = store.pull_all("anna", after=anna_cursor)
    assert anna_page["families"] == []
    assert anna_page["revoked_families"] == [annas]
    # A second laptop of Anna's learns it too, whenever it pulls.
    assert store.pull_all("anna")["revoked_families"] == [annas]

    bo_page = store.pull_all("bo", after=bo_cursor)
    assert bo_page["families"] == sorted([annas, bos])
    redelivered = [c for c in bo_page["changes"] if c["family_id"] == annas]
    assert len(redelivered) == 4
    assert all(c["seq"] > bo_cursor for c in redelivered)
    # A new laptop of Bo's gets each of Anna's changes once.
    fresh = [c["change_id"] for c in store.pull_all("bo")["changes"] if c["family_id"] == annas]
    assert len(fresh) == len(set(fresh)) == 4


def test_edits_made_before_a_reassignment_are_still_accepted(store: Store) -> None:
    for name in ("anna", "bo"):
        store.add_user(name)
        store.login(name)
    annas = _family(store, "anna")
    # An edit of an entity the store has (new entities: see test_server_rights.py).
    offline = make_change(
        annas, entity_type="family", field="notes", value="skrevet offline", ms=store.clock()
    )
    accounts.assign_family(store.engine, annas, "bo")
    answer = store.push("anna", [offline]).json()
    assert answer["accepted"] == [offline["change_id"]]
    assert offline["change_id"] in {c["change_id"] for c in store.pull_all("bo")["changes"]}


def test_supervisor_gets_a_team_members_families_when_they_join(store: Store) -> None:
    store.add_user("anna")
    store.add_user("sif", "supervisor")
    store.login("anna")
    store.login("sif")
    accounts.add_team(store.engine, "Syd")
    accounts.set_team_member(store.engine, "Syd", "sif", "supervisor")
    annas = _family(store, "anna")
    assert store.pull_all("sif")["families"] == []
    accounts.set_team_member(store.engine, "Syd", "anna", "member")
    page = store.pull_all("sif")
    assert page["families"] == [annas]
    assert {c["family_id"] for c in page["changes"]} == {annas}
    accounts.set_team_member(store.engine, "Syd", "anna", "member", remove=True)
    assert store.pull_all("sif", after=page["next"])["revoked_families"] == [annas]


def test_deletes_are_changes_and_audited_as_deletions(store: Store) -> None:
    store.add_user("anna")
    store.login("anna")
    family_id = _family(store)
    member = make_change(family_id, value="Mor")
    store.push("anna", [member])
    gone = make_change(family_id, entity_id=member["entity_id"], field="_deleted", value=True)
    store.push("anna", [gone])
    assert _state(store, "anna", family_id)[member["entity_id"]]["_deleted"] is True
    with read_tx(store.engine) as conn:
        pushes = [e for e in audit.entries(conn, family_id=family_id) if e.action == "push"]
    assert [e.counts["deletions"] for e in pushes] == [0, 0, 1]


def test_random_interleaving_of_two_coordinators_keeps_everything(store: Store) -> None:
    for name in ("anna", "bo"):
        store.add_user(name)
        store.login(name)
    families = {name: _family(store, name) for name in ("anna", "bo")}
    rng = random.Random(5)
    pushed: dict[str, set[str]] = {"anna": set(), "bo": set()}
    for _ in range(30):
        name = rng.choice(["anna", "bo"])
        batch = [
            make_change(families[name], value=f"{rng.random()}") for _ in range(rng.randint(1, 4))
        ]
        store.push(name, batch)
        pushed[name].update(c["change_id"] for c in batch)
    for name in ("anna", "bo"):
        got = {c["change_id"] for c in store.pull_all(name, limit=7)["changes"]}
        assert pushed[name] <= got
        other = "bo" if name == "anna" else "anna"
        assert not (pushed[other] & got)


def test_the_cursor_moves_past_changes_the_user_may_not_read(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("anna", "bo"):
        store.add_user(name)
        store.login(name)
    bos = _family(store, "bo")
    store.push("bo", [make_change(bos, value=f"N{i}") for i in range(10)])
    # Anna has no family yet: her cursor stays, so a first assignment needs no redelivery.
    empty = store.pull("anna").json()
    assert empty["changes"] == [] and empty["next"] == 0 and not empty["has_more"]
    annas = _family(store, "anna")
    store.push("bo", [make_change(bos, value=f"N{i}") for i in range(10)])

    # Small windows: a page may come back empty but with has_more, and the cursor moves on.
    monkeypatch.setattr(pull_module, "WINDOW", 4)
    monkeypatch.setattr(pull_module, "MAX_WINDOWS", 2)
    pages = []
    after = 0
    while True:
        page = store.pull("anna", after=after, limit=5).json()
        pages.append(page)
        assert page["next"] >= after
        after = page["next"]
        if not page["has_more"]:
            break
    assert pages[0] == {**pages[0], "changes": [], "has_more": True, "next": 8}
    got = [c for p in pages for c in p["changes"]]
    assert [c["family_id"] for c in got] == [annas]
    assert after == 22  # everything up to the last number was considered
    # Nothing new: the next pull stays put and answers at once.
    assert store.pull("anna", after=after).json()["next"] == 22


@pytest.mark.parametrize("damage", ["moved", "swapped"])
def test_a_feed_row_whose_number_has_another_change_still_sends_its_own(
    store: Store, damage: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Pulls find a change by its feed row's number (the two are written together with
    one number); a store where they disagree still sends each feed row's own change."""
    from sqlalchemy import update

    from ftbt_server.tables import changes

    store.add_user("anna")
    store.login("anna")
    family_id = _family(store)
    pushed = [make_change(family_id, value=f"N{i}") for i in range(4)]
    store.push("anna", pushed)
    before = store.pull_all("anna")["changes"]
    first, second = pushed[1]["change_id"], pushed[2]["change_id"]
    seq_of = {c["change_id"]: c["seq"] for c in before}
    if damage == "moved":  # a feed row's number has no change
        renumber = [(first, seq_of[first] + 1_000_000)]
    else:  # two feed rows' numbers have each other's change
        renumber = [(first, -1), (second, seq_of[first]), (first, seq_of[second])]
    with store.engine.begin() as conn:
        for change_id, seq in renumber:
            conn.execute(update(changes).where(changes.c.change_id == change_id).values(seq=seq))

    after = store.pull_all("anna")["changes"]

    assert after == before
    if store.engine.dialect.name == "sqlite":  # where changes are found by number
        assert "do not match the changes of their numbers" in caplog.text
