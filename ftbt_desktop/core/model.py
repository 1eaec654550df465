"""Entities as frozen dataclasses, and the field rules the vault enforces.

An entity's current state is the set of its fields' winning changes (see
`changes.py`); `from_fields` builds an entity from that state, filling in
defaults for fields that were never written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Any, Self


class FamilyStatus(StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"


class MemberRole(StrEnum):
    PARENT = "parent"
    PARTNER = "partner"
    CHILD = "child"
    OTHER_ADULT = "other_adult"

    @property
    def is_adult(self) -> bool:
        return self is not MemberRole.CHILD


class LifeArea(StrEnum):
    """The fixed catalogue, aligned with the Danish ICS triangle (DESIGN §2)."""

    WORK_EDUCATION = "work_education"
    ECONOMY_HOUSING = "economy_housing"
    HEALTH = "health"
    SCHOOL_DAYCARE = "school_daycare"
    LEISURE_FRIENDS = "leisure_friends"
    CARE_PARENTING = "care_parenting"
    FAMILY_RELATIONS = "family_relations"
    NETWORK_CIVIL_SOCIETY = "network_civil_society"


class InvalidField(ValueError):
    """A value does not fit the field it is written to."""

    def __init__(self, entity_type: str, field: str, reason: str) -> None:
        super().__init__(f"{entity_type}.{field}: {reason}")
        self.entity_type = entity_type
        self.field = field
        self.reason = reason


def _text(required: bool, max_len: int = 500) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if value is None and not required:
            return None
        if not isinstance(value, str):
            raise ValueError("must be text")
        value = value.strip()
        if required and not value:
            raise ValueError("must not be empty")
        if len(value) > max_len:
            raise ValueError(f"must be at most {max_len} characters")
        return value

    return check


def _enum(enum: type[StrEnum]) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        return enum(value).value

    return check


def _birth_year(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("must be a whole year")
    if not 1900 <= value <= dt.date.today().year:
        raise ValueError("must be between 1900 and this year")
    return value


def _bool(value: Any) -> Any:
    if not isinstance(value, bool):
        raise ValueError("must be true or false")
    return value


def _iso_date(value: Any) -> Any:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("must be a date")
    dt.date.fromisoformat(value)
    return value


@dataclass(frozen=True, slots=True)
class Family:
    id: str
    name: str
    status: FamilyStatus = FamilyStatus.ACTIVE
    coordinator: str | None = None
    start: str | None = None
    end: str | None = None
    notes: str | None = None
    is_demo: bool = False

    @classmethod
    def from_fields(cls, entity_id: str, values: Mapping[str, Any]) -> Self:
        return _build(cls, entity_id, values)


@dataclass(frozen=True, slots=True)
class Member:
    id: str
    family_id: str
    name: str
    role: MemberRole = MemberRole.PARENT
    birth_year: int | None = None
    in_household: bool = True

    @classmethod
    def from_fields(cls, entity_id: str, values: Mapping[str, Any]) -> Self:
        return _build(cls, entity_id, values)


def _build(cls: Any, entity_id: str, values: Mapping[str, Any]) -> Any:
    names = {f.name for f in fields(cls)}
    kwargs = {k: v for k, v in values.items() if k in names and k != "id"}
    kwargs["id"] = entity_id
    if "status" in kwargs:
        kwargs["status"] = FamilyStatus(kwargs["status"])
    if "role" in kwargs:
        kwargs["role"] = MemberRole(kwargs["role"])
    kwargs.setdefault("name", "")
    return cls(**kwargs)


# entity type → field → validator (returns the normalised value or raises).
FIELD_RULES: dict[str, dict[str, Callable[[Any], Any]]] = {
    "family": {
        "name": _text(required=True, max_len=200),
        "status": _enum(FamilyStatus),
        "coordinator": _text(required=False, max_len=200),
        "start": _iso_date,
        "end": _iso_date,
        "notes": _text(required=False, max_len=5000),
        "is_demo": _bool,
    },
    "member": {
        "name": _text(required=True, max_len=200),
        "role": _enum(MemberRole),
        "birth_year": _birth_year,
        "in_household": _bool,
    },
}


def validate(entity_type: str, field: str, value: Any) -> Any:
    """The normalised value, or InvalidField. `_deleted` is allowed on every type."""
    if field == "_deleted":
        return _bool(value)
    rules = FIELD_RULES.get(entity_type)
    if rules is None:
        raise InvalidField(entity_type, field, "unknown entity type")
    rule = rules.get(field)
    if rule is None:
        raise InvalidField(entity_type, field, "unknown field")
    try:
        return rule(value)
    except ValueError as exc:
        raise InvalidField(entity_type, field, str(exc)) from exc


def member_sort_key(member: Member) -> tuple[int, int, str]:
    """Adults before children, then the oldest first."""
    order = list(MemberRole).index(member.role)
    return (0 if member.role.is_adult else 1, member.birth_year or 9999, f"{order}{member.name}")
