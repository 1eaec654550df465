"""The outcome figures over a synthetic cohort built here, checked against sums done by hand."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from ftbt_desktop.core.changes import Change
from ftbt_desktop.core.clock import Hlc
from ftbt_desktop.core.measure_records import (
    CivilSocietyConnection,
    ConnectionKind,
    EmploymentRecord,
    LeisureActivity,
    ThrivingRating,
    Who5Measure,
)
from ftbt_desktop.core.measures import EmploymentStatus as S
from ftbt_desktop.core.measures import SelfSupportDefinition, Thriving, Who5Band
from ftbt_desktop.core.model import Family, Member, MemberRole
from ftbt_desktop.core.outcomes import (
    FamilyData,
    Share,
    compute,
    goal_histories,
    suppress,
    suppress_share,
)
from ftbt_desktop.core.plan import Goal, GoalStatus, ProgressRating

_ids = (f"id-{n}" for n in itertools.count())


def _who5(member: str, date: str, raw: int) -> Who5Measure:
    answers = [min(5, max(0, raw - 5 * i)) for i in range(5)]
    return Who5Measure(next(_ids), "f", member, date, answers)


# (first raw WHO-5 sum, latest raw sum) per mother: 8 and below is high risk, 9–12 risk.
WHO5_PAIRS = [(5, 15)] * 4 + [(5, 10)] * 2 + [(10, 14)] + [(15, 16)] * 2 + [(10, 6)]
EMPLOYMENT = [
    (S.KONTANTHJAELP, S.EMPLOYED),
    (S.KONTANTHJAELP, S.EMPLOYED),
    (S.KONTANTHJAELP, S.EMPLOYED),
    (S.SYGEDAGPENGE, S.SYGEDAGPENGE),
    (S.SYGEDAGPENGE, S.SYGEDAGPENGE),
    (S.EMPLOYED, S.EMPLOYED),
    (S.EMPLOYED, S.EMPLOYED),
    (S.SU, S.SU),
    (S.FLEKSJOB, S.EMPLOYED),
    (S.SU, S.FLEKSJOB),
]
THRIVING = [
    [Thriving.BETTER],
    [Thriving.BETTER],
    [Thriving.BETTER],
    [Thriving.BETTER, Thriving.WORSE],
    [Thriving.SAME],
    [Thriving.WORSE],
]


def _cohort() -> list[FamilyData]:
    cohort = []
    for i in range(10):
        fid = f"family-{i}"
        mum = Member(f"mum-{i}", fid, f"Mor {i}", MemberRole.PARENT, 1985)
        members = [mum]
        who5 = [
            _who5(mum.id, "2024-02-01", WHO5_PAIRS[i][0]),
            _who5(mum.id, "2025-09-01", WHO5_PAIRS[i][1]),
        ]
        employment = [
            EmploymentRecord(next(_ids), fid, mum.id, "2024-02-01", EMPLOYMENT[i][0]),
            EmploymentRecord(next(_ids), fid, mum.id, "2025-09-01", EMPLOYMENT[i][1]),
        ]
        thriving = []
        if i < 5:  # five partners: one WHO-5 measure only (left out), always employed
            partner = Member(f"partner-{i}", fid, f"Far {i}", MemberRole.PARTNER, 1983)
            members.append(partner)
            who5.append(_who5(partner.id, "2024-02-01", 20))
            employment.append(
                EmploymentRecord(next(_ids), fid, partner.id, "2024-02-01", S.EMPLOYED)
            )
        kids = [
            Member(f"kid-{i}-{k}", fid, f"Barn {i}{k}", MemberRole.CHILD, 2015 + k)
            for k in range(2)
        ]
        members += kids
        for view, kid in zip(THRIVING[i] if i < len(THRIVING) else [], kids, strict=False):
            thriving.append(ThrivingRating(next(_ids), fid, mum.id, kid.id, "2025-09-01", view))
        if i == 0:
            thriving.append(
                ThrivingRating(
                    next(_ids), fid, "partner-0", kids[0].id, "2025-09-01", Thriving.BETTER
                )
            )
        leisure = []
        if i < 3:  # in an activity from before the start; the first child of family 0 stopped
            leisure.append(
                LeisureActivity(
                    next(_ids),
                    fid,
                    kids[0].id,
                    "Fodbold",
                    start="2023-06-01",
                    end="2025-01-01" if i == 0 else None,
                )
            )
        if 3 <= i < 9:
            leisure.append(
                LeisureActivity(next(_ids), fid, kids[1].id, "Spejder", start="2024-06-01")
            )
        connections = []
        if i == 0:
            connections.append(
                CivilSocietyConnection(
                    next(_ids), fid, ConnectionKind.VOLUNTEER, "Besøgsven", start="2023-01-01"
                )
            )
        if i in (1, 2):
            connections.append(
                CivilSocietyConnection(
                    next(_ids),
                    fid,
                    ConnectionKind.ASSOCIATION,
                    "Idrætsforening",
                    start="2025-03-01",
                )
            )
        cohort.append(
            FamilyData(
                Family(fid, f"Familie {i}", start="2024-01-01"),
                members,
                who5,
                employment,
                thriving,
                leisure,
                connections,
            )
        )
    statuses = [GoalStatus.REACHED] * 5 + [GoalStatus.DROPPED] * 2 + [GoalStatus.ACTIVE] * 5
    goals = [Goal(f"goal-{n}", "family-0", f"Mål {n}", status=s) for n, s in enumerate(statuses)]
    ratings = [
        ProgressRating("r1", "family-0", "goal-0", "2024-03-01", 2),
        ProgressRating("r2", "family-0", "goal-0", "2025-03-01", 7),
        ProgressRating("r3", "family-0", "goal-1", "2024-03-01", 3),
        ProgressRating("r4", "family-0", "goal-1", "2025-03-01", 4),
        ProgressRating("r5", "family-0", "goal-2", "2024-03-01", 5),
        ProgressRating("r6", "family-0", "goal-3", "2024-03-01", 6),
        ProgressRating("r7", "family-0", "goal-3", "2024-09-01", 5),
    ]
    first = cohort[0]
    cohort[0] = FamilyData(
        **{
            **{k: getattr(first, k) for k in first.__dataclass_fields__},
            "goals": goals,
            "ratings": ratings,
        }
    )
    return cohort


def test_the_figures_are_the_ones_counted_by_hand() -> None:
    report = compute(_cohort())
    assert (report.families, report.adults, report.children) == (10, 15, 20)
    hr, r, ok = Who5Band.HIGH_RISK, Who5Band.RISK, Who5Band.NOT_AT_RISK
    assert report.who5_moves == {
        hr: {hr: 0, r: 2, ok: 4},
        r: {hr: 1, r: 0, ok: 1},
        ok: {hr: 0, r: 0, ok: 2},
    }
    assert report.who5_n == 10 and report.who5_started_at_risk == 8
    assert report.who5_into_not_at_risk == Share(5, 10)
    assert report.self_supporting_first == Share(9, 15)
    assert report.self_supporting_latest == Share(12, 15)
    assert report.self_supporting_change_pp == pytest.approx(20.0)
    assert report.thriving_better == Share(5, 7)
    assert report.leisure_start == Share(3, 20) and report.leisure_latest == Share(8, 20)
    assert report.connections_start == Share(1, 10) and report.connections_latest == Share(3, 10)
    assert report.connections_total == 3
    assert report.goals == {GoalStatus.REACHED: 5, GoalStatus.DROPPED: 2, GoalStatus.ACTIVE: 5}
    assert report.progress_n == 3 and report.progress_change == pytest.approx(5 / 3)


def test_the_self_support_definition_changes_the_figures() -> None:
    report = compute(
        _cohort(), definition=SelfSupportDefinition(su_counts=False, fleksjob_counts=True)
    )
    assert report.self_supporting_first == Share(8, 15)
    assert report.self_supporting_latest == Share(12, 15)


def test_the_period_limits_the_measures() -> None:
    report = compute(_cohort(), end=dt.date(2024, 12, 31))
    assert report.who5_n == 0  # only the first measures fall inside
    assert report.self_supporting_first == report.self_supporting_latest


def test_small_cells_are_suppressed() -> None:
    assert [suppress(n) for n in (0, 1, 4, 5, 12)] == ["0", "<5", "<5", "5", "12"]
    assert suppress_share(Share(3, 20)) == "<5"
    assert suppress_share(Share(2, 3)) == "<5"
    assert suppress_share(Share(12, 20)) == "60 %"
    assert suppress_share(Share(12, 15)) == "*"  # 15 − 12: the 3 others would be found
    assert suppress_share(Share(0, 0)) == "–"


# -- the period --------------------------------------------------------------------


def _day_ms(day: str) -> int:
    return int(dt.datetime.fromisoformat(day + "T12:00").timestamp() * 1000)


def _goal_changes(goal_id: str, recorded: str, *statuses: tuple[str, str]) -> list[Change]:
    """A goal recorded active on `recorded`, then given each (day, status)."""
    stamps = itertools.count()
    changes = [
        Change(f"c{next(stamps)}-{goal_id}", "goal", goal_id, "f", field, value,
               Hlc(_day_ms(recorded), n).encode(), "laptop", "anne")
        for n, (field, value) in enumerate((("text", "Et mål"), ("status", "active")))
    ]  # fmt: skip
    for day, status in statuses:
        changes.append(
            Change(f"c{next(stamps)}-{goal_id}", "goal", goal_id, "f", "status", status,
                   Hlc(_day_ms(day), 0).encode(), "laptop", "anne")
        )  # fmt: skip
    return changes


def test_goals_count_by_their_status_at_the_end_of_the_period() -> None:
    histories = {
        "reached-in": ("2024-01-10", [("2024-06-01", "reached")]),
        "reached-before": ("2023-05-01", [("2023-12-01", "reached")]),
        "active": ("2024-02-01", []),
        "recorded-after": ("2025-01-05", []),
        "reopened": (
            "2023-01-01",
            [("2023-06-01", "dropped"), ("2024-04-01", "active"), ("2025-02-01", "reached")],
        ),
        "dropped-in": ("2024-04-01", [("2024-09-01", "dropped")]),
    }
    changes = [
        c for goal_id, (recorded, steps) in histories.items()
        for c in _goal_changes(goal_id, recorded, *steps)
    ]  # fmt: skip
    history = goal_histories(changes)
    current = {g: GoalStatus(steps[-1][1]) if steps else GoalStatus.ACTIVE
               for g, (_, steps) in histories.items()}  # fmt: skip
    goals = [Goal(g, "f", "Et mål", status=s) for g, s in current.items()]
    data = FamilyData(Family("f", "Familie"), goals=goals, goal_history=history)
    r, a, d = GoalStatus.REACHED, GoalStatus.ACTIVE, GoalStatus.DROPPED

    # Worked on in 2024-03-01 … 2024-12-31: reached within it, still active at its end
    # (the reopened one too), dropped within it; not the one reached before it began,
    # nor the one recorded after it ended.
    period = compute([data], dt.date(2024, 3, 1), dt.date(2024, 12, 31))
    assert period.goals == {r: 1, a: 2, d: 1}
    # From a day on: the status now, of goals not already closed before that day.
    assert compute([data], start=dt.date(2024, 3, 1)).goals == {r: 2, a: 2, d: 1}
    # No period: every goal by its status now.
    assert compute([data]).goals == {r: 3, a: 2, d: 1}
    assert history["reopened"].status_on(dt.date(2024, 3, 31)) is d
    assert history["reopened"].status_on(dt.date(2024, 4, 1)) is a


def test_only_families_whose_effort_overlaps_the_period_count() -> None:
    def family(fid: str, start: str | None, end: str | None) -> FamilyData:
        kid = Member(f"kid-{fid}", fid, "Barn", MemberRole.CHILD, 2015)
        mum = Member(f"mum-{fid}", fid, "Mor", MemberRole.PARENT, 1985)
        connection = CivilSocietyConnection(
            f"c-{fid}", fid, ConnectionKind.ASSOCIATION, "Klub", start="2024-01-01"
        )
        return FamilyData(Family(fid, fid, start=start, end=end), [mum, kid],
                          connections=[connection])  # fmt: skip

    cohort = [
        family("in", "2024-01-01", None),
        family("open-start", None, None),
        family("ended-before", "2022-01-01", "2023-12-31"),
        family("started-after", "2026-01-01", None),
        family("ends-inside", "2023-01-01", "2025-06-30"),
    ]
    report = compute(cohort, dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert (report.families, report.adults, report.children) == (3, 3, 3)
    assert report.connections_total == 3
    everyone = compute(cohort)
    assert (everyone.families, everyone.connections_total) == (5, 5)
