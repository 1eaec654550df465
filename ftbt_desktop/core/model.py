"""Entities as frozen dataclasses, and the field rules the vault enforces.

An entity's current state is the set of its fields' winning changes (see
`changes.py`); `from_fields` builds an entity from that state, filling in
defaults for fields that were never written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Any, Self

from ftbt_desktop.core.fields import (
    InvalidField,
    birth_year,
    boolean,
    enum_of,
    optional_date,
    register,
    text,
    validate,
)

__all__ = ["InvalidField", "validate"]


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


register(
    "family",
    {
        "name": text(required=True, max_len=200),
        "status": enum_of(FamilyStatus),
        "coordinator": text(required=False, max_len=200),
        "start": optional_date,
        "end": optional_date,
        "notes": text(required=False, max_len=5000),
        "is_demo": boolean,
    },
)
register(
    "member",
    {
        "name": text(required=True, max_len=200),
        "role": enum_of(MemberRole),
        "birth_year": birth_year,
        "in_household": boolean,
    },
)


def member_sort_key(member: Member) -> tuple[int, int, str]:
    """Adults before children, then the oldest first."""
    order = list(MemberRole).index(member.role)
    return (0 if member.role.is_adult else 1, member.birth_year or 9999, f"{order}{member.name}")
