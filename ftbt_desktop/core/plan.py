"""The family's plan: actors around the family, goals, their steps and progress ratings.

A goal is one entity whether it is drawn on the map or listed in the plan;
an actor likewise. Steps and ratings point at their goal by id.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any, Self

from ftbt_desktop.core.fields import (
    boolean,
    enum_of,
    integer,
    iso_date,
    optional_date,
    ref,
    ref_list,
    register,
    text,
)
from ftbt_desktop.core.model import LifeArea


class ActorKind(StrEnum):
    JOBCENTER = "jobcenter"
    SCHOOL = "school"
    DAYCARE = "daycare"
    HEALTH = "health"
    PSYCHIATRY = "psychiatry"
    SOCIAL_SERVICES = "social_services"
    CIVIL_SOCIETY = "civil_society"  # club, volunteer, association
    PRIVATE_NETWORK = "private_network"
    OTHER = "other"


class GoalStatus(StrEnum):
    ACTIVE = "active"
    REACHED = "reached"
    DROPPED = "dropped"


class StepOwnerKind(StrEnum):
    MEMBER = "member"
    COORDINATOR = "coordinator"
    ACTOR = "actor"


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    family_id: str
    name: str
    kind: ActorKind = ActorKind.OTHER
    contact_person: str | None = None
    contact_details: str | None = None
    notes: str | None = None

    @classmethod
    def from_fields(cls, entity_id: str, values: Mapping[str, Any]) -> Self:
        return build(cls, entity_id, values, kind=ActorKind)


@dataclass(frozen=True, slots=True)
class Goal:
    id: str
    family_id: str
    text: str
    member_ids: list[str] = field(default_factory=list)
    life_area: LifeArea | None = None
    why: str | None = None
    target_date: str | None = None
    status: GoalStatus = GoalStatus.ACTIVE

    @classmethod
    def from_fields(cls, entity_id: str, values: Mapping[str, Any]) -> Self:
        return build(cls, entity_id, values, life_area=LifeArea, status=GoalStatus)


@dataclass(frozen=True, slots=True)
class Step:
    id: str
    family_id: str
    goal_id: str
    what: str
    owner_kind: StepOwnerKind = StepOwnerKind.COORDINATOR
    owner_id: str | None = None  # a member's or an actor's id
    due: str | None = None
    done: bool = False

    @classmethod
    def from_fields(cls, entity_id: str, values: Mapping[str, Any]) -> Self:
        return build(cls, entity_id, values, owner_kind=StepOwnerKind)


@dataclass(frozen=True, slots=True)
class ProgressRating:
    """A 0–10 scaling answer: "where are you now?" on a given date."""

    id: str
    family_id: str
    goal_id: str
    date: str
    value: int
    note: str | None = None

    @classmethod
    def from_fields(cls, entity_id: str, values: Mapping[str, Any]) -> Self:
        return build(cls, entity_id, values)


@functools.cache
def _field_names(cls: Any) -> frozenset[str]:
    # Asked once per entity read; `fields()` is slow enough to show in a big plan.
    return frozenset(f.name for f in fields(cls))


def build(cls: Any, entity_id: str, values: Mapping[str, Any], **enums: type[StrEnum]) -> Any:
    """An entity from its stored fields; unknown fields (from newer clients) are ignored."""
    names = _field_names(cls)
    kwargs = {k: v for k, v in values.items() if k in names and k != "id"}
    kwargs["id"] = entity_id
    for name, enum in enums.items():
        if kwargs.get(name) is not None:
            kwargs[name] = enum(kwargs[name])
    return cls(**kwargs)


register(
    "actor",
    {
        "name": text(required=True, max_len=200),
        "kind": enum_of(ActorKind),
        "contact_person": text(required=False, max_len=200),
        "contact_details": text(required=False, max_len=1000),
        "notes": text(required=False, max_len=5000),
    },
)
register(
    "goal",
    {
        "text": text(required=True, max_len=1000),
        "member_ids": ref_list,
        "life_area": enum_of(LifeArea, optional=True),
        "why": text(required=False, max_len=2000),
        "target_date": optional_date,
        "status": enum_of(GoalStatus),
    },
)
register(
    "step",
    {
        "goal_id": ref(),
        "what": text(required=True, max_len=1000),
        "owner_kind": enum_of(StepOwnerKind),
        "owner_id": ref(optional=True),
        "due": optional_date,
        "done": boolean,
    },
)
register(
    "progress_rating",
    {
        "goal_id": ref(),
        "date": iso_date,
        "value": integer(0, 10, optional=False),
        "note": text(required=False, max_len=2000),
    },
)
