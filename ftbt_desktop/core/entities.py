"""Every entity type by its code name. Importing this registers all field rules."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping
from typing import Any

from ftbt_desktop.core.casework import Consent, Visit
from ftbt_desktop.core.family_map import MapLink, MapNode, MapSnapshot
from ftbt_desktop.core.measure_records import (
    CivilSocietyConnection,
    EmploymentRecord,
    LeisureActivity,
    ThrivingRating,
    Who5Measure,
)
from ftbt_desktop.core.model import Family, Member
from ftbt_desktop.core.plan import Actor, Goal, ProgressRating, Step
from ftbt_desktop.core.review import PlanReview, ReviewComment, ReviewReply

ENTITY_CLASSES: dict[str, Any] = {
    "family": Family,
    "member": Member,
    "actor": Actor,
    "goal": Goal,
    "step": Step,
    "progress_rating": ProgressRating,
    "map_node": MapNode,
    "map_link": MapLink,
    "map_snapshot": MapSnapshot,
    "who5_measure": Who5Measure,
    "employment_record": EmploymentRecord,
    "thriving_rating": ThrivingRating,
    "leisure_activity": LeisureActivity,
    "civil_society_connection": CivilSocietyConnection,
    "visit": Visit,
    "consent": Consent,
    "review_comment": ReviewComment,
    "review_reply": ReviewReply,
    "plan_review": PlanReview,
}


def register_class(entity_type: str, cls: Any) -> None:
    """For entity modules added by later features (measures, visits, consents)."""
    ENTITY_CLASSES[entity_type] = cls


@functools.cache
def _needed(cls: Any) -> tuple[str, ...]:
    # The id and the family come from the row itself, never from a field.
    return tuple(
        f.name
        for f in dataclasses.fields(cls)
        if f.default is dataclasses.MISSING
        and f.default_factory is dataclasses.MISSING
        and f.name not in ("id", "family_id")
    )


def is_whole(entity_type: str, values: Mapping[str, Any]) -> bool:
    """Whether every field the entity's class needs (has no default for) is set, not
    null: what its `from_fields` and every reader of it take for granted.

    A record's fields are separate changes, so a pull can bring some before the rest
    (a page, or a span the window reads between, ends between them), and a forged or
    refused field may never come: such a record is left out of typed reads until it is
    whole, rather than failing them for the whole family. A type this version does not
    know is not judged."""
    cls = ENTITY_CLASSES.get(entity_type)
    if cls is None:
        return True
    return all(values.get(name) is not None for name in _needed(cls))
