"""The family plan as one page: active goals and open steps, grouped by member or by owner.

Pure Python over the plan's entities, so the Goals and plan tab, a printed
family plan and the tests all group the same way. "By owner" answers the
cross-department question "what does the school do": one group per actor,
one for the coordinator and one per member who has a step of their own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from ftbt_desktop.core.casework import Consent, actors_without_valid_consent
from ftbt_desktop.core.model import Member, member_sort_key
from ftbt_desktop.core.plan import Actor, Goal, GoalStatus, ProgressRating, Step, StepOwnerKind


class GroupKind(StrEnum):
    MEMBER = "member"  # a member: the goals that concern them (by member)
    FAMILY = "family"  # goals for the whole family (no member named)
    ACTOR = "actor"
    COORDINATOR = "coordinator"
    OWNER_MEMBER = "owner_member"  # a member as the one who does steps (by owner)
    UNKNOWN_OWNER = "unknown_owner"  # steps whose owner was removed


@dataclass(frozen=True, slots=True)
class PlanData:
    """Everything the plan shows of one family, read once per refresh."""

    members: list[Member] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    ratings: list[ProgressRating] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)

    def goal(self, goal_id: str) -> Goal | None:
        return next((g for g in self.goals if g.id == goal_id), None)

    def steps_of(self, goal_id: str) -> list[Step]:
        return sorted((s for s in self.steps if s.goal_id == goal_id), key=step_sort_key)

    def ratings_of(self, goal_id: str) -> list[ProgressRating]:
        return sorted((r for r in self.ratings if r.goal_id == goal_id), key=lambda r: r.date)

    def actors_without_consent(self, on: dt.date) -> set[str]:
        return actors_without_valid_consent((a.id for a in self.actors), self.consents, on)


@dataclass(frozen=True, slots=True)
class PlanEntry:
    goal: Goal
    steps: list[Step]


@dataclass(frozen=True, slots=True)
class PlanGroup:
    kind: GroupKind
    ref_id: str | None  # the member's or actor's id
    entries: list[PlanEntry]

    @property
    def step_count(self) -> int:
        return sum(len(e.steps) for e in self.entries)


def is_overdue(step: Step, today: dt.date) -> bool:
    """An open step whose date has passed (due today is not yet overdue)."""
    return not step.done and step.due is not None and dt.date.fromisoformat(step.due) < today


def step_sort_key(step: Step) -> tuple[bool, str, str]:
    # Open steps first, then by date (undated last), then by words.
    return (step.done, step.due or "9999-12-31", step.what.casefold())


def goal_sort_key(goal: Goal) -> tuple[int, str, str]:
    order = list(GoalStatus).index(goal.status)
    return (order, goal.target_date or "9999-12-31", goal.text.casefold())


def active_goals(goals: Iterable[Goal]) -> list[Goal]:
    return sorted((g for g in goals if g.status is GoalStatus.ACTIVE), key=goal_sort_key)


def plan_by_member(data: PlanData) -> list[PlanGroup]:
    """One group per member (the active goals that concern them, with their open steps),
    then the goals for the whole family. A goal for two members shows under both."""
    goals = active_goals(data.goals)
    open_steps = _open_steps_by_goal(data.steps)
    member_ids = {m.id for m in data.members}
    groups = []
    for member in sorted(data.members, key=member_sort_key):
        entries = [
            PlanEntry(g, open_steps.get(g.id, [])) for g in goals if member.id in g.member_ids
        ]
        groups.append(PlanGroup(GroupKind.MEMBER, member.id, entries))
    family_wide = [
        PlanEntry(g, open_steps.get(g.id, []))
        for g in goals
        if not any(m in member_ids for m in g.member_ids)
    ]
    if family_wide:
        groups.append(PlanGroup(GroupKind.FAMILY, None, family_wide))
    return groups


def plan_by_owner(data: PlanData) -> list[PlanGroup]:
    """Who does what: every actor (even with nothing to do, so a missing consent
    still shows), the coordinator, then each member with steps of their own."""
    goals = active_goals(data.goals)
    open_steps = _open_steps_by_goal(data.steps)
    actor_ids = {a.id for a in data.actors}
    member_ids = {m.id for m in data.members}

    def entries(owned: Callable[[Step], bool]) -> list[PlanEntry]:
        found = []
        for goal in goals:
            steps = [s for s in open_steps.get(goal.id, []) if owned(s)]
            if steps:
                found.append(PlanEntry(goal, steps))
        return found

    groups = [
        PlanGroup(
            GroupKind.ACTOR,
            actor.id,
            entries(lambda s, a=actor.id: s.owner_kind is StepOwnerKind.ACTOR and s.owner_id == a),
        )
        for actor in sorted(data.actors, key=lambda a: a.name.casefold())
    ]
    groups.append(
        PlanGroup(
            GroupKind.COORDINATOR,
            None,
            entries(lambda s: s.owner_kind is StepOwnerKind.COORDINATOR),
        )
    )
    for member in sorted(data.members, key=member_sort_key):
        found = entries(
            lambda s, m=member.id: s.owner_kind is StepOwnerKind.MEMBER and s.owner_id == m
        )
        if found:
            groups.append(PlanGroup(GroupKind.OWNER_MEMBER, member.id, found))
    orphans = entries(
        lambda s: (
            (s.owner_kind is StepOwnerKind.ACTOR and s.owner_id not in actor_ids)
            or (s.owner_kind is StepOwnerKind.MEMBER and s.owner_id not in member_ids)
        )
    )
    if orphans:
        groups.append(PlanGroup(GroupKind.UNKNOWN_OWNER, None, orphans))
    return groups


def _open_steps_by_goal(steps: Sequence[Step]) -> dict[str, list[Step]]:
    by_goal: dict[str, list[Step]] = {}
    for step in sorted(steps, key=step_sort_key):
        if not step.done:
            by_goal.setdefault(step.goal_id, []).append(step)
    return by_goal
