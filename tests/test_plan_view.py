"""The family plan's grouping rules, in plain Python (no vault, no Qt)."""

from __future__ import annotations

import datetime as dt
import uuid

from ftbt_desktop.core.casework import Consent
from ftbt_desktop.core.model import Member, MemberRole
from ftbt_desktop.core.plan import Actor, Goal, GoalStatus, ProgressRating, Step, StepOwnerKind
from ftbt_desktop.core.plan_view import (
    GroupKind,
    PlanData,
    is_overdue,
    plan_by_member,
    plan_by_owner,
)

FAMILY = "f"
TODAY = dt.date(2025, 5, 1)


def uid() -> str:
    return str(uuid.uuid4())


def step(
    goal: Goal, what: str, kind: StepOwnerKind, owner: str | None = None, **kw: object
) -> Step:
    return Step(uid(), FAMILY, goal.id, what, kind, owner, **kw)  # type: ignore[arg-type]


def test_overdue_means_open_and_past_its_day() -> None:
    goal = Goal(uid(), FAMILY, "g")
    coordinator = StepOwnerKind.COORDINATOR
    assert is_overdue(step(goal, "a", coordinator, due="2025-04-30"), TODAY)
    assert not is_overdue(step(goal, "b", coordinator, due="2025-05-01"), TODAY)  # due today
    assert not is_overdue(step(goal, "c", coordinator, due="2025-04-30", done=True), TODAY)
    assert not is_overdue(step(goal, "d", coordinator), TODAY)  # no date


def test_grouping_by_member_and_by_owner() -> None:
    mette = Member(uid(), FAMILY, "Mette", MemberRole.PARENT, 1988)
    freja = Member(uid(), FAMILY, "Freja", MemberRole.CHILD, 2015)
    school = Actor(uid(), FAMILY, "Skolen")
    club = Actor(uid(), FAMILY, "Klubben")
    both = Goal(uid(), FAMILY, "Sammen", member_ids=[mette.id, freja.id])
    family = Goal(uid(), FAMILY, "Hele familien")
    reached = Goal(uid(), FAMILY, "Nået", member_ids=[mette.id], status=GoalStatus.REACHED)
    gone_actor = uid()
    steps = [
        step(both, "skolens skridt", StepOwnerKind.ACTOR, school.id, due="2025-06-01"),
        step(both, "Mettes skridt", StepOwnerKind.MEMBER, mette.id, due="2025-05-10"),
        step(both, "gjort", StepOwnerKind.COORDINATOR, done=True),
        step(family, "koordinatorens skridt", StepOwnerKind.COORDINATOR),
        step(family, "en fjernet aktør", StepOwnerKind.ACTOR, gone_actor),
        step(reached, "hører til et nået mål", StepOwnerKind.COORDINATOR),
    ]
    data = PlanData(
        members=[freja, mette], actors=[school, club], goals=[reached, family, both], steps=steps
    )

    by_member = plan_by_member(data)
    assert [(g.kind, g.ref_id) for g in by_member] == [
        (GroupKind.MEMBER, mette.id),  # adults first, as everywhere
        (GroupKind.MEMBER, freja.id),
        (GroupKind.FAMILY, None),
    ]
    # A goal for two members shows under both, open steps only, by date.
    for group in by_member[:2]:
        [entry] = group.entries
        assert entry.goal is both
        assert [s.what for s in entry.steps] == ["Mettes skridt", "skolens skridt"]
    assert [s.what for s in by_member[2].entries[0].steps] == [
        "en fjernet aktør",
        "koordinatorens skridt",
    ]

    by_owner = plan_by_owner(data)
    summary = [(g.kind, g.ref_id, [s.what for e in g.entries for s in e.steps]) for g in by_owner]
    assert summary == [
        (GroupKind.ACTOR, club.id, []),  # an actor with nothing to do still shows
        (GroupKind.ACTOR, school.id, ["skolens skridt"]),
        (GroupKind.COORDINATOR, None, ["koordinatorens skridt"]),
        (GroupKind.OWNER_MEMBER, mette.id, ["Mettes skridt"]),
        (GroupKind.UNKNOWN_OWNER, None, ["en fjernet aktør"]),
    ]
    assert by_owner[1].step_count == 1


def test_ratings_come_in_date_order_and_consent_marks_follow_the_rule() -> None:
    goal = Goal(uid(), FAMILY, "g")
    ratings = [
        ProgressRating(uid(), FAMILY, goal.id, "2025-03-01", 6),
        ProgressRating(uid(), FAMILY, goal.id, "2025-01-01", 2),
        ProgressRating(uid(), FAMILY, uid(), "2025-02-01", 9),  # another goal's
    ]
    school, job = Actor(uid(), FAMILY, "Skolen"), Actor(uid(), FAMILY, "Jobcentret")
    consent = Consent(
        uid(), FAMILY, uid(), school.id, ["school_daycare"], "p", "2025-01-01", "2025-12-31"
    )
    data = PlanData(actors=[school, job], goals=[goal], ratings=ratings, consents=[consent])
    assert [(r.date, r.value) for r in data.ratings_of(goal.id)] == [
        ("2025-01-01", 2),
        ("2025-03-01", 6),
    ]
    assert data.actors_without_consent(TODAY) == {job.id}
    assert data.actors_without_consent(dt.date(2026, 1, 1)) == {job.id, school.id}
