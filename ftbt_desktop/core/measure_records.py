"""Measures recorded over time, as entities: WHO-5, work/education status, thriving,
leisure activities and civil-society connections. Scoring rules live in `measures.py`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Self

from ftbt_desktop.core.fields import (
    enum_of,
    integer,
    iso_date,
    optional_date,
    ref,
    ref_list,
    register,
    text,
)
from ftbt_desktop.core.measures import (
    WHO5_ITEMS,
    EmploymentStatus,
    Thriving,
    Who5Band,
    who5_band,
    who5_score,
)
from ftbt_desktop.core.plan import build


class ConnectionKind(StrEnum):
    ASSOCIATION = "association"
    VOLUNTEER = "volunteer"
    NETWORK_GROUP = "network_group"


@dataclass(frozen=True, slots=True)
class Who5Measure:
    id: str
    family_id: str
    member_id: str
    date: str
    answers: list[int] = field(default_factory=list)
    note: str | None = None

    @property
    def score(self) -> int:
        return who5_score(self.answers)

    @property
    def band(self) -> Who5Band:
        return who5_band(self.score)

    @classmethod
    def from_fields(cls, entity_id: str, values: Mapping[str, Any]) -> Self:
        return build(cls, entity_id, values)


@dataclass(frozen=True, slots=True)
class EmploymentRecord:
    """An adult's status from `date` on, until the next record."""

    id: str
    family_id: str
    member_id: str
    date: str
    status: EmploymentStatus
    note: str | None = None

    @classmethod
    def from_fields(cls, entity_id: str, values: Mapping[str, Any]) -> Self:
        return build(cls, entity_id, values, status=EmploymentStatus)


@dataclass(frozen=True, slots=True)
class ThrivingRating:
    """One parent's view of one child's thriving compared with before."""

    id: str
    family_id: str
    parent_id: str
    child_id: str
    date: str
    thriving: Thriving
    score: int | None = None  # optional 0–10

    @classmethod
    def from_fields(cls, entity_id: str, values: Mapping[str, Any]) -> Self:
        return build(cls, entity_id, values, thriving=Thriving)


@dataclass(frozen=True, slots=True)
class LeisureActivity:
    id: str
    family_id: str
    child_id: str
    what: str
    where: str | None = None
    start: str | None = None
    end: str | None = None

    @classmethod
    def from_fields(cls, entity_id: str, values: Mapping[str, Any]) -> Self:
        return build(cls, entity_id, values)


@dataclass(frozen=True, slots=True)
class CivilSocietyConnection:
    id: str
    family_id: str
    kind: ConnectionKind
    name: str
    member_ids: list[str] = field(default_factory=list)
    start: str | None = None
    end: str | None = None

    @classmethod
    def from_fields(cls, entity_id: str, values: Mapping[str, Any]) -> Self:
        return build(cls, entity_id, values, kind=ConnectionKind)


def _who5_answers(value: Any) -> Any:
    if not isinstance(value, list) or len(value) != len(WHO5_ITEMS):
        raise ValueError("must be five answers")
    who5_score(value)  # raises MissingAnswers (a ValueError) naming the items
    return value


register(
    "who5_measure",
    {
        "member_id": ref(),
        "date": iso_date,
        "answers": _who5_answers,
        "note": text(required=False, max_len=2000),
    },
)
register(
    "employment_record",
    {
        "member_id": ref(),
        "date": iso_date,
        "status": enum_of(EmploymentStatus),
        "note": text(required=False, max_len=2000),
    },
)
register(
    "thriving_rating",
    {
        "parent_id": ref(),
        "child_id": ref(),
        "date": iso_date,
        "thriving": enum_of(Thriving),
        "score": integer(0, 10),
    },
)
register(
    "leisure_activity",
    {
        "child_id": ref(),
        "what": text(required=True, max_len=200),
        "where": text(required=False, max_len=200),
        "start": optional_date,
        "end": optional_date,
    },
)
register(
    "civil_society_connection",
    {
        "kind": enum_of(ConnectionKind),
        "name": text(required=True, max_len=200),
        "member_ids": ref_list,
        "start": optional_date,
        "end": optional_date,
    },
)
