"""The programme's outcome figures over many families (the evaluation's own measures).

Pure: the caller hands in each family's records (`FamilyData`), so the same
code runs in the app, in the CLI report and in tests with a synthetic cohort.
Every figure carries the number of people it rests on (`n`), and the
definitions used are part of the result, because a report must state them.
Small cells are suppressed when formatted (`suppress`), never in the figures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ftbt_desktop.core.changes import Change
from ftbt_desktop.core.clock import Hlc, stamp_local_date
from ftbt_desktop.core.disclosure import HIDDEN, SMALL, SMALL_CELL
from ftbt_desktop.core.measure_records import (
    CivilSocietyConnection,
    EmploymentRecord,
    LeisureActivity,
    ThrivingRating,
    Who5Measure,
)
from ftbt_desktop.core.measures import SelfSupportDefinition, Thriving, Who5Band
from ftbt_desktop.core.model import Family, Member, MemberRole
from ftbt_desktop.core.plan import Actor, Goal, GoalStatus, ProgressRating, Step, StepOwnerKind
from ftbt_desktop.core.review import PlanReview

PARENT_ROLES = frozenset({MemberRole.PARENT, MemberRole.PARTNER})
BANDS = (Who5Band.HIGH_RISK, Who5Band.RISK, Who5Band.NOT_AT_RISK)


# Only work and education count: the definition of the programme's evaluation.
STRICT = SelfSupportDefinition(su_counts=False, fleksjob_counts=False)


@dataclass(frozen=True, slots=True)
class GoalHistory:
    """When a goal was first recorded, and each status it was given, by day.

    Goals carry no dates of their own; the change log knows when each status
    was recorded, which is what a report over a period needs.
    """

    recorded_on: dt.date
    statuses: tuple[tuple[dt.date, GoalStatus], ...] = ()  # in the order they won

    def status_on(self, day: dt.date) -> GoalStatus:
        """The status the goal had at the end of `day` (active before any was recorded)."""
        status = GoalStatus.ACTIVE
        for changed_on, value in self.statuses:
            if changed_on > day:
                break
            status = value
        return status

    def changed_within(self, start: dt.date | None, end: dt.date | None) -> bool:
        return any(
            (start is None or day >= start) and (end is None or day <= end)
            for day, _ in self.statuses
        )


def goal_histories(changes: Iterable[Change]) -> dict[str, GoalHistory]:
    """Each goal's history from its changes, in clock order (the merge rule's order:
    the latest stamp wins), days in this computer's time zone."""
    recorded: dict[str, dt.date] = {}
    statuses: dict[str, list[tuple[dt.date, GoalStatus]]] = {}
    for change in changes:
        if change.entity_type != "goal":
            continue
        day = stamp_local_date(Hlc.decode(change.hlc))
        recorded.setdefault(change.entity_id, day)
        if change.field == "status" and isinstance(change.value, str):
            statuses.setdefault(change.entity_id, []).append((day, GoalStatus(change.value)))
    return {
        goal_id: GoalHistory(day, tuple(statuses.get(goal_id, ())))
        for goal_id, day in recorded.items()
    }


@dataclass(frozen=True, slots=True)
class FamilyData:
    family: Family
    members: Sequence[Member] = ()
    who5: Sequence[Who5Measure] = ()
    employment: Sequence[EmploymentRecord] = ()
    thriving: Sequence[ThrivingRating] = ()
    leisure: Sequence[LeisureActivity] = ()
    connections: Sequence[CivilSocietyConnection] = ()
    goals: Sequence[Goal] = ()
    ratings: Sequence[ProgressRating] = ()
    # Goal id → history; a goal without one counts by its current status in any period.
    goal_history: Mapping[str, GoalHistory] = field(default_factory=dict)
    # Cross-department casework: the actors around the family, the plan's steps, and
    # a supervisor's "reviewed" marks.
    actors: Sequence[Actor] = ()
    steps: Sequence[Step] = ()
    reviews: Sequence[PlanReview] = ()


@dataclass(frozen=True, slots=True)
class Share:
    """`count` of `n` people; `share` is None when n is 0."""

    count: int
    n: int

    @property
    def share(self) -> float | None:
        return self.count / self.n if self.n else None


@dataclass(frozen=True, slots=True)
class OutcomeReport:
    period: tuple[dt.date | None, dt.date | None]
    definition: SelfSupportDefinition
    families: int
    adults: int
    children: int
    # WHO-5, adults with at least two measures in the period: first band → latest band.
    who5_moves: dict[Who5Band, dict[Who5Band, int]]
    who5_n: int
    who5_into_not_at_risk: Share  # moved from risk/high risk into not at risk, of who5_n
    who5_started_at_risk: int
    self_supporting_first: Share
    self_supporting_latest: Share
    thriving_better: Share  # parents who rated at least one child better, of parents who rated
    leisure_start: Share  # children in an activity at the start, of children
    leisure_latest: Share
    connections_start: Share  # families with a civil-society connection, of families
    connections_latest: Share
    connections_total: int
    goals: dict[GoalStatus, int] = field(default_factory=dict)
    progress_change: float | None = None  # mean (latest − first) rating over goals with ≥ 2
    progress_n: int = 0
    # The same parents under the strict definition (STRICT), when another was chosen:
    # the evaluation counted only work and education, and a reader compares with it.
    strict_first: Share | None = None
    strict_latest: Share | None = None
    # The first and the last date recorded in the families counted (measures, statuses,
    # ratings): what "all recorded time" means in dates.
    recorded: tuple[dt.date | None, dt.date | None] = (None, None)
    # Cross-department casework (the fifth outcome area).
    families_two_actors: Share = field(default_factory=lambda: Share(0, 0))
    actors_total: int = 0
    actor_steps_done: Share = field(default_factory=lambda: Share(0, 0))
    families_reviewed: Share = field(default_factory=lambda: Share(0, 0))

    @property
    def self_supporting_change_pp(self) -> float | None:
        first, latest = self.self_supporting_first.share, self.self_supporting_latest.share
        if first is None or latest is None:
            return None
        return (latest - first) * 100


def compute(
    cohort: Iterable[FamilyData],
    start: dt.date | None = None,
    end: dt.date | None = None,
    definition: SelfSupportDefinition | None = None,
) -> OutcomeReport:
    definition = definition or SelfSupportDefinition()
    families = [f for f in cohort if _overlaps(f.family, start, end)]

    def in_period(date_text: str | None) -> bool:
        if date_text is None:
            return False
        day = dt.date.fromisoformat(date_text)
        return (start is None or day >= start) and (end is None or day <= end)

    adults = [m for f in families for m in f.members if m.role.is_adult]
    children = [m for f in families for m in f.members if not m.role.is_adult]
    parents = {m.id for m in adults if m.role in PARENT_ROLES}

    moves = {a: dict.fromkeys(BANDS, 0) for a in BANDS}
    who5_n = into_normal = started_at_risk = 0
    for person, measures in _by_person(
        (w for f in families for w in f.who5 if in_period(w.date)), lambda w: w.member_id
    ).items():
        if person not in {a.id for a in adults} or len(measures) < 2:
            continue
        first, latest = measures[0].band, measures[-1].band
        moves[first][latest] += 1
        who5_n += 1
        if first is not Who5Band.NOT_AT_RISK:
            started_at_risk += 1
            if latest is Who5Band.NOT_AT_RISK:
                into_normal += 1

    statuses = _by_person(
        (e for f in families for e in f.employment if in_period(e.date) and e.member_id in parents),
        lambda e: e.member_id,
    )
    first_ok = sum(definition.counts(records[0].status) for records in statuses.values())
    latest_ok = sum(definition.counts(records[-1].status) for records in statuses.values())
    strict_first = strict_latest = None
    if definition != STRICT:
        strict_first = Share(
            sum(STRICT.counts(records[0].status) for records in statuses.values()), len(statuses)
        )
        strict_latest = Share(
            sum(STRICT.counts(records[-1].status) for records in statuses.values()), len(statuses)
        )

    raters: dict[str, bool] = {}
    for rating in (t for f in families for t in f.thriving if in_period(t.date)):
        if rating.parent_id in parents:
            raters[rating.parent_id] = raters.get(rating.parent_id, False) or (
                rating.thriving is Thriving.BETTER
            )

    # "At the start" and "latest" are per family: its own start (or the period's,
    # if later) and its end (or the period's end, or today).
    leisure_start: set[str] = set()
    leisure_latest: set[str] = set()
    conn_start: set[str] = set()
    conn_latest: set[str] = set()
    for data in families:
        first_day, last_day = _window(data.family, start, end)
        kids = {m.id for m in data.members if not m.role.is_adult}
        for activity in data.leisure:
            if activity.child_id in kids and _active(activity.start, activity.end, first_day):
                leisure_start.add(activity.child_id)
            if activity.child_id in kids and _active(activity.start, activity.end, last_day):
                leisure_latest.add(activity.child_id)
        if any(_active(c.start, c.end, first_day) for c in data.connections):
            conn_start.add(data.family.id)
        if any(_active(c.start, c.end, last_day) for c in data.connections):
            conn_latest.add(data.family.id)

    goals = {status: 0 for status in GoalStatus}
    for data in families:
        for goal in data.goals:
            status = _goal_status(goal, data.goal_history.get(goal.id), start, end)
            if status is not None:
                goals[status] += 1
    actor_steps = [s for f in families for s in f.steps if s.owner_kind is StepOwnerKind.ACTOR]
    changes = []
    for ratings in _by_person(
        (r for f in families for r in f.ratings if in_period(r.date)), lambda r: r.goal_id
    ).values():
        if len(ratings) >= 2:
            changes.append(ratings[-1].value - ratings[0].value)

    return OutcomeReport(
        period=(start, end),
        definition=definition,
        families=len(families),
        adults=len(adults),
        children=len(children),
        who5_moves=moves,
        who5_n=who5_n,
        who5_into_not_at_risk=Share(into_normal, who5_n),
        who5_started_at_risk=started_at_risk,
        self_supporting_first=Share(first_ok, len(statuses)),
        self_supporting_latest=Share(latest_ok, len(statuses)),
        thriving_better=Share(sum(raters.values()), len(raters)),
        leisure_start=Share(len(leisure_start), len(children)),
        leisure_latest=Share(len(leisure_latest), len(children)),
        connections_start=Share(len(conn_start), len(families)),
        connections_latest=Share(len(conn_latest), len(families)),
        connections_total=sum(
            1 for f in families for c in f.connections if _during(c.start, c.end, start, end)
        ),
        goals=goals,
        progress_change=sum(changes) / len(changes) if changes else None,
        progress_n=len(changes),
        strict_first=strict_first,
        strict_latest=strict_latest,
        recorded=_recorded_span(families),
        families_two_actors=Share(sum(len(f.actors) >= 2 for f in families), len(families)),
        actors_total=sum(len(f.actors) for f in families),
        actor_steps_done=Share(sum(s.done for s in actor_steps), len(actor_steps)),
        families_reviewed=Share(
            sum(any(in_period(r.reviewed_on) for r in f.reviews) for f in families),
            len(families),
        ),
    )


def suppress(count: int) -> str:
    """Small-cell suppression: 1–4 people are shown as "<5" (0 reveals no one)."""
    return SMALL if 0 < count < SMALL_CELL else str(count)


def suppress_share(share: Share) -> str:
    """A percentage; "<5" when it rests on, or counts, fewer than five people, and
    "*" when the others (n minus the count) are 1–4, who would be found by subtraction
    ("17 of 18 are self-supporting" tells that one is not)."""
    if share.n == 0:
        return "–"
    if share.n < SMALL_CELL or 0 < share.count < SMALL_CELL:
        return SMALL
    if 0 < share.n - share.count < SMALL_CELL:
        return HIDDEN
    return f"{round(share.count / share.n * 100)} %"


def _recorded_span(families: Sequence[FamilyData]) -> tuple[dt.date | None, dt.date | None]:
    days = [
        dt.date.fromisoformat(text[:10])
        for data in families
        for text in (
            *(w.date for w in data.who5),
            *(e.date for e in data.employment),
            *(t.date for t in data.thriving),
            *(r.date for r in data.ratings),
        )
        if text
    ]
    return (min(days), max(days)) if days else (None, None)


def _by_person(records: Iterable, key) -> dict[str, list]:  # type: ignore[no-untyped-def]
    grouped: dict[str, list] = {}
    for record in records:
        grouped.setdefault(key(record), []).append(record)
    for items in grouped.values():
        items.sort(key=lambda r: (r.date, r.id))
    return grouped


def _active(start: str | None, end: str | None, day: dt.date) -> bool:
    if start is not None and dt.date.fromisoformat(start) > day:
        return False
    return end is None or dt.date.fromisoformat(end) >= day


def _overlaps(family: Family, start: dt.date | None, end: dt.date | None) -> bool:
    """Whether the family's effort (its start to its end) overlaps the period; an
    unknown start or end leaves that side open."""
    return _during(family.start, family.end, start, end)


def _during(
    first: str | None, last: str | None, start: dt.date | None, end: dt.date | None
) -> bool:
    """Whether `first`…`last` (ISO days, None: open) meets the period `start`…`end`."""
    if end is not None and first is not None and dt.date.fromisoformat(first) > end:
        return False
    return start is None or last is None or dt.date.fromisoformat(last) >= start


def _goal_status(
    goal: Goal, history: GoalHistory | None, start: dt.date | None, end: dt.date | None
) -> GoalStatus | None:
    """The goal's status at the end of the period, or None when it was not worked on in
    it: recorded only after it, or reached or dropped before it began (and not reopened
    within it)."""
    if history is None or (start is None and end is None):
        return goal.status
    if end is not None and history.recorded_on > end:
        return None
    if start is not None and history.recorded_on < start:
        before = history.status_on(start - dt.timedelta(days=1))
        if before is not GoalStatus.ACTIVE and not history.changed_within(start, end):
            return None
    return history.status_on(end) if end is not None else goal.status


def _window(family: Family, start: dt.date | None, end: dt.date | None) -> tuple[dt.date, dt.date]:
    today = dt.date.today()
    own_start = dt.date.fromisoformat(family.start) if family.start else None
    own_end = dt.date.fromisoformat(family.end) if family.end else None
    first = max(d for d in (start, own_start) if d is not None) if (start or own_start) else today
    last = min(d for d in (end, own_end, today) if d is not None)
    return first, max(first, last)
