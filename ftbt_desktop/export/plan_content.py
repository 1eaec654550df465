"""What a family plan PDF holds, read once from the vault and cut to its audience.

Pure Python (no Qt, no SQL): it reads through anything with the repository's
reading methods (`Repository` or the UI's `VaultService`), so the command
line, the app and the tests gather the same plan. The version for the family
leaves out everything internal before any drawing starts — visit summaries,
notes, review comments, and any goal or actor whose map node is internal —
so it cannot leak through a forgotten branch of the layout.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, Protocol

from ftbt_desktop.core.casework import Consent, Visit
from ftbt_desktop.core.family_map import MapNode, Visibility
from ftbt_desktop.core.measure_records import (
    CivilSocietyConnection,
    EmploymentRecord,
    LeisureActivity,
    ThrivingRating,
    Who5Measure,
)
from ftbt_desktop.core.model import Family, Member, member_sort_key
from ftbt_desktop.core.plan import Actor, Goal, ProgressRating, Step
from ftbt_desktop.core.plan_view import active_goals, step_sort_key
from ftbt_desktop.core.review import PlanReview, ReviewComment


class PlanAudience(StrEnum):
    FAMILY = "family"  # plain language, large type, nothing internal
    SUPERVISOR = "supervisor"  # everything, internal notes and visit summaries included


class PlanSource(Protocol):
    """`Repository` and `VaultService` both read like this."""

    def family_view(self, family_id: str) -> Any: ...

    def load(self, family_id: str, entity_type: str) -> list[Any]: ...


@dataclass(frozen=True, slots=True)
class GoalPlan:
    goal: Goal
    steps: list[Step]
    latest_rating: ProgressRating | None = None


@dataclass(frozen=True, slots=True)
class AdultMeasures:
    member: Member
    who5: Who5Measure | None = None
    employment: EmploymentRecord | None = None


@dataclass(frozen=True, slots=True)
class ChildMeasures:
    member: Member
    thriving: list[ThrivingRating] = field(default_factory=list)  # the latest per parent
    leisure: list[LeisureActivity] = field(default_factory=list)  # those not ended


@dataclass(frozen=True, slots=True)
class PlanContent:
    audience: PlanAudience
    family: Family
    today: dt.date
    members: list[Member] = field(default_factory=list)
    goals: list[GoalPlan] = field(default_factory=list)
    adults: list[AdultMeasures] = field(default_factory=list)
    children: list[ChildMeasures] = field(default_factory=list)
    connections: list[CivilSocietyConnection] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)
    # Supervisor only: always empty in the family's version.
    visits: list[Visit] = field(default_factory=list)
    comments: list[ReviewComment] = field(default_factory=list)
    reviews: list[PlanReview] = field(default_factory=list)
    map_notes: list[str] = field(default_factory=list)  # internal map nodes' words
    hidden_actor_ids: frozenset[str] = frozenset()  # internal actors: named neutrally

    @property
    def for_family(self) -> bool:
        return self.audience is PlanAudience.FAMILY

    def member(self, member_id: str | None) -> Member | None:
        return next((m for m in self.members if m.id == member_id), None)

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    @property
    def latest_review(self) -> PlanReview | None:
        return latest_review(self.reviews)


def gather_plan(
    source: PlanSource,
    family_id: str,
    audience: PlanAudience | str,
    today: dt.date | None = None,
) -> PlanContent:
    """Read one family's plan for `audience` (raises the source's NotFound)."""
    audience = PlanAudience(audience)
    today = today or dt.date.today()
    view = source.family_view(family_id)
    members = sorted(view.members, key=member_sort_key)

    def load(entity_type: str) -> list[Any]:
        return list(source.load(family_id, entity_type))

    nodes: list[MapNode] = load("map_node")
    internal_refs = {
        str(n.ref_id) for n in nodes if n.ref_id and Visibility(n.visibility) is Visibility.INTERNAL
    }
    for_family = audience is PlanAudience.FAMILY

    actors = sorted(load("actor"), key=lambda a: a.name.casefold())
    hidden_actors = (
        frozenset(a.id for a in actors if a.id in internal_refs) if for_family else (frozenset())
    )
    actors = [a for a in actors if a.id not in hidden_actors]

    goals = [g for g in active_goals(load("goal")) if not (for_family and g.id in internal_refs)]
    steps: list[Step] = load("step")
    # "Where we are now" is never a day still to come (dated ahead by mistake, or by
    # an older app version): answers after today are left out, as statuses are.
    ratings: list[ProgressRating] = _until(load("progress_rating"), today)
    goal_plans = [
        GoalPlan(
            goal=goal,
            steps=sorted((s for s in steps if s.goal_id == goal.id), key=step_sort_key),
            latest_rating=_latest(r for r in ratings if r.goal_id == goal.id),
        )
        for goal in goals
    ]

    who5: list[Who5Measure] = _until(load("who5_measure"), today)
    employment: list[EmploymentRecord] = [
        e for e in load("employment_record") if dt.date.fromisoformat(e.date) <= today
    ]
    adults = [
        AdultMeasures(
            member=m,
            who5=_latest(w for w in who5 if w.member_id == m.id),
            employment=_latest(e for e in employment if e.member_id == m.id),
        )
        for m in members
        if m.role.is_adult
    ]
    thriving: list[ThrivingRating] = _until(load("thriving_rating"), today)
    leisure: list[LeisureActivity] = load("leisure_activity")
    children = [
        ChildMeasures(
            member=m,
            thriving=_latest_per_parent([t for t in thriving if t.child_id == m.id]),
            leisure=sorted(
                (a for a in leisure if a.child_id == m.id and _current(a.end, today)),
                key=lambda a: a.what.casefold(),
            ),
        )
        for m in members
        if not m.role.is_adult
    ]
    connections = sorted(
        (c for c in load("civil_society_connection") if _current(c.end, today)),
        key=lambda c: c.name.casefold(),
    )
    consents = sorted(
        _without_hidden(load("consent"), hidden_actors),
        key=lambda c: (c.valid_until, c.given),
        reverse=True,
    )
    family = view.family
    visits: list[Visit] = []
    comments: list[ReviewComment] = []
    reviews: list[PlanReview] = []
    map_notes: list[str] = []
    if for_family:
        # The family's own file: no internal notes of any kind.
        family = replace(family, notes=None)
        actors = [replace(a, notes=None) for a in actors]
        goal_plans = [
            replace(g, latest_rating=g.latest_rating and replace(g.latest_rating, note=None))
            for g in goal_plans
        ]
        adults = [
            replace(
                a,
                who5=a.who5 and replace(a.who5, note=None),
                employment=a.employment and replace(a.employment, note=None),
            )
            for a in adults
        ]
    else:
        visits = sorted(load("visit"), key=lambda v: v.date, reverse=True)
        comments = sort_comments(load("review_comment"))
        reviews = sorted(load("plan_review"), key=lambda r: r.reviewed_on, reverse=True)
        # Internal nodes of the map's own (not a member's, goal's or actor's) in words too:
        # on the drawn map their small print is hard to read.
        map_notes = [
            str(n.label)
            for n in sorted(nodes, key=lambda n: (n.y, n.x))
            if n.label and not n.ref_id and Visibility(n.visibility) is Visibility.INTERNAL
        ]
    return PlanContent(
        audience=audience,
        family=family,
        today=today,
        members=members,
        goals=goal_plans,
        adults=adults,
        children=children,
        connections=connections,
        actors=actors,
        consents=consents,
        visits=visits,
        comments=comments,
        reviews=reviews,
        map_notes=map_notes,
        hidden_actor_ids=hidden_actors,
    )


def _without_hidden(consents: Iterable[Consent], hidden: frozenset[str]) -> list[Consent]:
    """Consents as the family's version names them: an internal actor is left out of
    the recipients, and a consent with only internal recipients is left out."""
    shown = []
    for consent in consents:
        visible = [a for a in consent.recipient_ids if a not in hidden]
        if visible and len(visible) < len(consent.recipient_ids):
            consent = replace(consent, actor_ids=visible, actor_id=visible[0])
        if visible:
            shown.append(consent)
    return shown


def sort_comments(comments: Iterable[ReviewComment]) -> list[ReviewComment]:
    """Newest first; undated comments last."""
    return sorted(comments, key=lambda c: (c.date or "", c.id), reverse=True)


def latest_review(reviews: Iterable[PlanReview]) -> PlanReview | None:
    return max(reviews, key=lambda r: (r.reviewed_on or "", r.id), default=None)


def _until(records: Iterable[Any], today: dt.date) -> list[Any]:
    """The records dated today or earlier."""
    return [r for r in records if dt.date.fromisoformat(r.date) <= today]


def _latest(records: Iterable[Any]) -> Any:
    return max(records, key=lambda r: (r.date, r.id), default=None)


def _latest_per_parent(ratings: list[ThrivingRating]) -> list[ThrivingRating]:
    latest: dict[str, ThrivingRating] = {}
    for rating in sorted(ratings, key=lambda r: (r.date, r.id)):
        latest[rating.parent_id] = rating
    return list(latest.values())


def _current(end: str | None, today: dt.date) -> bool:
    return end is None or dt.date.fromisoformat(end) >= today
