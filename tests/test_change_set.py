"""A ChangeSet answers the views' questions alike whether it holds changes or, as a
sync tells the window, only the entities written."""

from __future__ import annotations

import uuid

from ftbt_desktop.core.changes import Change, new_change_id
from ftbt_desktop.core.clock import Hlc
from ftbt_desktop.storage.repository import ChangeSet, Origin


def _change(family_id: str, entity_type: str, entity_id: str) -> Change:
    return Change(
        new_change_id(), entity_type, entity_id, family_id, "name", "Navn",
        Hlc(1_700_000_000_000, 0).encode(), "device", "anne",
    )  # fmt: skip


def test_both_forms_answer_alike_and_together() -> None:
    family, other = str(uuid.uuid4()), str(uuid.uuid4())
    member, goal = str(uuid.uuid4()), str(uuid.uuid4())
    as_changes = ChangeSet((_change(family, "member", member), _change(other, "goal", goal)))
    told = ChangeSet(
        touched=frozenset({(family, "member", member), (other, "goal", goal)}),
        origin=Origin.SYNC,
    )
    for changes in (as_changes, told):
        assert changes.family_ids == {family, other}
        assert changes.entity_types == {"member", "goal"}
        assert changes.entities(family) == {("member", member)}
        assert changes.all_touched() == told.touched
        assert changes
    both = ChangeSet((_change(family, "visit", "v-1"),), touched=frozenset({(other, "goal", goal)}))
    assert both.family_ids == {family, other} and both.entity_types == {"visit", "goal"}
    assert both.entities(other) == {("goal", goal)}
    assert not ChangeSet() and ChangeSet().family_ids == frozenset()
    # Tagged with who asked, the same entities.
    assert told.initiated_by(object()).family_ids == told.family_ids


def test_a_told_sets_families_and_types_are_worked_out_once() -> None:
    """Every view asks, some twice: a span's 200,000 entities, worked out per ask, held
    the window for 0.7 s each time it was told of a span."""
    touched = frozenset((str(uuid.uuid4()), "member", str(uuid.uuid4())) for _ in range(1000))
    told = ChangeSet(touched=touched, origin=Origin.SYNC)
    assert told.family_ids is told.family_ids and len(told.family_ids) == 1000
    assert told.entity_types is told.entity_types and told.entity_types == {"member"}
