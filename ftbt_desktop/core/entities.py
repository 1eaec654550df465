"""Every entity type by its code name. Importing this registers all field rules."""

from __future__ import annotations

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
