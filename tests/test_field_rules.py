"""Every field of every entity type has a rule, and every rule refuses what no field holds.

The server, the vault, pull and import all trust these rules (DESIGN §5), so a
loose rule is a hole in all four at once.
"""

from __future__ import annotations

import dataclasses
import math
import typing

import pytest

from ftbt_desktop.core.entities import ENTITY_CLASSES
from ftbt_desktop.core.fields import DELETED_FIELD, ENTITY_RULES, InvalidField, validate

FIELDS = sorted(
    (entity_type, name) for entity_type, rules in ENTITY_RULES.items() for name in rules
)


def _deep(depth: int) -> list[object]:
    value: list[object] = []
    for _ in range(depth - 1):
        value = [value]
    return value


WRONG = {
    "nested 300 deep": _deep(300),
    "NaN": math.nan,
    "infinity": math.inf,
    "a million characters": "x" * 1_000_000,
    "an object of junk": {"nodes": [{"x": 1}], "junk": "y" * 100_000},
}


def test_every_entity_class_field_has_a_rule() -> None:
    missing = []
    for entity_type, cls in ENTITY_CLASSES.items():
        rules = ENTITY_RULES.get(entity_type, {})
        for field in dataclasses.fields(cls):
            if field.name not in ("id", "family_id") and field.name not in rules:
                missing.append(f"{entity_type}.{field.name}")
    assert missing == []
    assert set(ENTITY_RULES) == set(ENTITY_CLASSES)


@pytest.mark.parametrize(("entity_type", "field"), FIELDS)
@pytest.mark.parametrize("wrong", sorted(WRONG))
def test_every_rule_refuses_what_no_field_holds(entity_type: str, field: str, wrong: str) -> None:
    with pytest.raises(InvalidField) as refused:
        validate(entity_type, field, WRONG[wrong])
    message = str(refused.value)
    assert message.startswith(f"{entity_type}.{field}: ")
    # The refused value is not quoted back: it may be personal data, or huge.
    assert len(message) < 300


def test_deleted_is_a_boolean_on_every_type() -> None:
    for entity_type in ENTITY_RULES:
        assert validate(entity_type, DELETED_FIELD, True) is True
        with pytest.raises(InvalidField):
            validate(entity_type, DELETED_FIELD, "yes")


def test_a_map_copy_holds_nodes_and_links_of_plain_values() -> None:
    node = {
        "id": "n1",
        "kind": "member",
        "label": "Ea",
        "x": 10.5,
        "y": -3,
        "visibility": "family",
        "member_ids": ["a", "b"],
        "member_names": ["Ea", "Bo"],
        "life_area": None,
        "ref_id": None,
        "role": "child",
        "in_household": True,
        "actor_kind": None,
    }
    link = {"id": "l1", "source_id": "n1", "target_id": "n2", "kind": "strong", "mutual": True}
    copy = {"nodes": [node], "links": [link], "taken_at": "2026-01-05T10:00:00.000+00:00"}
    assert validate("map_snapshot", "content", copy) == copy
    for bad in (
        {"nodes": [{"x": math.nan}]},
        {"nodes": [{"label": "x" * 100_000}]},
        {"nodes": [[1]]},
        {"nodes": "x"},
        {"other": 1},
        {"nodes": [{"x": 1}] * 100_000},
    ):
        with pytest.raises(InvalidField):
            validate("map_snapshot", "content", bad)


def test_map_positions_are_bounded() -> None:
    assert validate("map_node", "x", 12) == 12.0
    # A whole number too large for a float (JSON allows any length) is refused like any
    # other out of bounds, not an OverflowError that ends a pull or a push.
    for bad in (1e300, -1e300, math.nan, True, "1", 10**400, -(10**400)):
        with pytest.raises(InvalidField):
            validate("map_node", "x", bad)
    assert validate("map_node", "y", 10**6) == 1e6


def _cannot_be_none(entity_type: str, name: str) -> bool:
    """Whether the entity's own class types the field without None (and so its readers
    take it as set: a date they parse, a list they walk)."""
    cls = ENTITY_CLASSES[entity_type]
    hint = typing.get_type_hints(cls).get(name)
    return hint is not None and type(None) not in typing.get_args(hint)


def _accepts(entity_type: str, name: str, value: object) -> bool:
    try:
        validate(entity_type, name, value)
    except InvalidField:
        return False
    return True


DATE_FIELDS = [
    (entity_type, name)
    for entity_type, name in FIELDS
    if _accepts(entity_type, name, "2024-02-29") and not _accepts(entity_type, name, "2024-02-30")
]


def test_a_date_its_entity_needs_refuses_null_and_one_it_may_lack_takes_it() -> None:
    """A visit's, a WHO-5 measure's or a consent's date set to null passed the rules, and
    every laptop that pulled it failed to export the family's plan (finding of an
    adversarial review): only dates their entity may lack take null."""
    assert len(DATE_FIELDS) >= 15
    needed = [(t, n) for t, n in DATE_FIELDS if _cannot_be_none(t, n)]
    assert ("visit", "date") in needed and ("consent", "valid_until") in needed
    assert ("who5_measure", "date") in needed and ("step", "due") not in needed
    for entity_type, name in DATE_FIELDS:
        assert _accepts(entity_type, name, None) == ((entity_type, name) not in needed), (
            entity_type,
            name,
        )


SECRET = "Anna Holm har hiv"


@pytest.mark.parametrize(("entity_type", "name"), FIELDS)
def test_a_refusal_never_quotes_the_refused_value(entity_type: str, name: str) -> None:
    """The reason goes back to whoever pushed the value and into the vault's list of
    refusals; a value is personal data, and the reason says what was wrong, not what
    was written."""
    for value in (SECRET, [SECRET], {SECRET: SECRET}, [[SECRET]], 12345678901, -7.5):
        try:
            validate(entity_type, name, value)
        except InvalidField as exc:
            assert SECRET not in str(exc) and "12345678901" not in str(exc), str(exc)
