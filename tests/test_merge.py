"""The merge rule: any set of changes, merged in any order, gives the same state."""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ftbt_desktop.core.changes import Change, ChangeFormatError, merge, state_from, wins
from ftbt_desktop.core.clock import Hlc
from ftbt_desktop.storage import keys
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault

ENTITIES = ["e1", "e2", "e3"]
FIELDS = ["name", "role", "_deleted"]
DEVICES = ["laptop-a", "laptop-b", "server"]


@st.composite
def changes(draw: st.DrawFn) -> Change:
    # Few entities, fields, devices and close stamps: many collisions, which is
    # where an order-dependent merge would show.
    return Change(
        change_id=str(uuid.UUID(int=draw(st.integers(0, 2**64)))),
        entity_type="member",
        entity_id=draw(st.sampled_from(ENTITIES)),
        family_id="f1",
        field=draw(st.sampled_from(FIELDS)),
        value=draw(st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.text(max_size=4))),
        hlc=Hlc(draw(st.integers(0, 4)), draw(st.integers(0, 3))).encode(),
        device_id=draw(st.sampled_from(DEVICES)),
        user_id="u",
    )


change_sets = st.lists(changes(), max_size=40, unique_by=lambda c: c.change_id)


@given(change_sets, st.randoms())
def test_merge_is_order_independent(batch: list[Change], rnd) -> None:
    shuffled = list(batch)
    rnd.shuffle(shuffled)
    assert state_from(merge(batch)) == state_from(merge(shuffled))


@given(change_sets, st.randoms())
def test_merge_is_idempotent_and_associative(batch: list[Change], rnd) -> None:
    cut = rnd.randint(0, len(batch))
    left, right = batch[:cut], batch[cut:]
    in_two_steps = merge(list(merge(left).values()) + list(merge(right).values()))
    assert in_two_steps == merge(batch)
    assert merge(batch + batch) == merge(batch)


@given(change_sets)
def test_the_winner_is_the_greatest_stamp_then_device(batch: list[Change]) -> None:
    winners = merge(batch)
    for change in batch:
        winner = winners[(change.entity_id, change.field)]
        assert (winner.hlc, winner.device_id, winner.change_id) >= (
            change.hlc,
            change.device_id,
            change.change_id,
        )


def test_device_breaks_a_tie_of_stamps() -> None:
    stamp = Hlc(10, 0).encode()
    a = Change(str(uuid.uuid4()), "member", "e", "f", "name", "A", stamp, "device-a", "u")
    b = Change(str(uuid.uuid4()), "member", "e", "f", "name", "B", stamp, "device-b", "u")
    assert wins(b, a) and not wins(a, b)


@settings(max_examples=30, deadline=None)
@given(change_sets, st.randoms())
def test_vault_state_matches_the_pure_merge_in_any_order(batch: list[Change], rnd) -> None:
    # The vault applies the rule in SQL; it must agree with core.merge for any
    # arrival order, including changes it has already seen.
    shuffled = list(batch)
    rnd.shuffle(shuffled)
    with tempfile.TemporaryDirectory() as tmp:
        vault, _ = Vault.create(Path(tmp) / "v", "a passphrase for tests", keys.minimum_params())
        try:
            repo = Repository(vault)
            half = len(shuffled) // 2
            repo.apply_changes(shuffled[:half], origin="test")
            repo.apply_changes(shuffled, origin="test")  # the first half again: skipped
            got = {
                entity_id: {"_type": "member", **fields}
                for entity_id, fields in repo.entities("f1", "member", include_deleted=True).items()
            }
            assert len(repo.changes()) == len(batch)
        finally:
            vault.close(backup=False)
    assert got == state_from(merge(batch))


@pytest.mark.parametrize(
    "broken",
    [
        {},
        {"change_id": "not-a-uuid"},
        {"hlc": "yesterday"},
        {"entity_id": ""},
        {"value": {1, 2}},
    ],
)
def test_changes_from_outside_are_checked(broken: dict) -> None:
    good = Change(str(uuid.uuid4()), "member", "e", "f", "name", "A", Hlc(1).encode(), "d", "u")
    data = good.to_dict() | broken if broken else {"change_id": good.change_id}
    with pytest.raises(ChangeFormatError):
        Change.from_dict(data)


def _from_dict_as_before(data: dict) -> Change:
    """Change.from_dict as it was before its common-form shortcuts (kept to compare)."""
    import json

    required = ("change_id", "entity_type", "entity_id", "family_id", "field")
    required += ("hlc", "device_id", "user_id")
    missing = [name for name in (*required, "value") if name not in data]
    if missing:
        raise ChangeFormatError("missing")
    for name in required:
        if not isinstance(data[name], str) or not data[name]:
            raise ChangeFormatError(name)
    try:
        uuid.UUID(data["change_id"])
        Hlc.decode(data["hlc"])
        for name in required:
            data[name].encode("utf-8")
        json.dumps(data["value"], ensure_ascii=False).encode("utf-8")
    except (ValueError, TypeError) as exc:
        raise ChangeFormatError(str(exc)) from exc
    return Change(**{name: data[name] for name in (*required, "value")})


# Texts with lone surrogates now and then, as a crafted JSON file or answer can hold.
_crafted_text = st.builds(
    lambda text, lone: text + lone,
    st.text(max_size=5),
    st.sampled_from(["", "", "", "\ud800", "\udfff"]),
)
_change_ids = st.one_of(
    st.uuids().map(str),
    st.uuids().map(lambda u: str(u).upper()),
    st.uuids().map(lambda u: "{" + str(u) + "}"),
    st.uuids().map(lambda u: u.hex),
    st.uuids().map(lambda u: "urn:uuid:" + str(u)),
    _crafted_text,
)
_stamps = st.one_of(
    st.builds(lambda ms, c: Hlc(ms, c).encode(), st.integers(0, 10**15 - 1), st.integers(0, 9)),
    st.sampled_from(["1-0", " 000000000000001-00000", "000000000000001-00000\n", "١٢"]),
    _crafted_text,
)
_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), _crafted_text, st.just(b"x")),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_crafted_text, inner, max_size=3),
    max_leaves=6,
)


@settings(max_examples=800, deadline=None)
@given(
    change_id=_change_ids,
    hlc=_stamps,
    others=st.lists(
        st.one_of(st.text(min_size=1, max_size=5), _crafted_text, st.just(7)),
        min_size=6,
        max_size=6,
    ),
    value=_values,
)
def test_from_dict_takes_and_refuses_what_it_did_before_its_shortcuts(
    change_id: object, hlc: object, others: list, value: object
) -> None:
    names = ("entity_type", "entity_id", "family_id", "field", "device_id", "user_id")
    data = {
        "change_id": change_id,
        "hlc": hlc,
        "value": value,
        **dict(zip(names, others, strict=True)),
    }
    try:
        expected: Change | None = _from_dict_as_before(dict(data))
    except ChangeFormatError:
        expected = None
    if expected is None:
        with pytest.raises(ChangeFormatError):
            Change.from_dict(data)
    else:
        assert Change.from_dict(data) == expected


@given(changes())
def test_the_state_row_of_a_changes_columns_is_the_changes_own(change: Change) -> None:
    """A pulled page's state rows are taken from its columns (`state_row_of_values`)."""
    from ftbt_desktop.storage.merge import change_values, state_row, state_row_of_values

    assert state_row_of_values(change_values(change)) == state_row(change)
