"""One person's measures in date order: WHO-5 with the change since the previous
measure, and work/education statuses as periods with "self-supporting" under a
given definition.

Pure Python over the measure entities, so the Measures tab, a printed family
plan and the tests read a person's timeline the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from ftbt_desktop.core.measure_records import (
    EmploymentRecord,
    LeisureActivity,
    ThrivingRating,
    Who5Measure,
)
from ftbt_desktop.core.measures import (
    EmploymentStatus,
    SelfSupportDefinition,
    Who5Band,
    meaningful_change,
)


@dataclass(frozen=True, slots=True)
class Who5Point:
    measure: Who5Measure
    score: int
    band: Who5Band
    change: int | None  # since the previous measure; None for the first
    meaningful: bool  # the change is at least MEANINGFUL_CHANGE points

    @property
    def date(self) -> str:
        return self.measure.date


@dataclass(frozen=True, slots=True)
class StatusPeriod:
    record: EmploymentRecord
    until: str | None  # the next record's date; None while it is the current status
    self_supporting: bool

    @property
    def status(self) -> EmploymentStatus:
        return self.record.status


def who5_timeline(measures: Iterable[Who5Measure], member_id: str) -> list[Who5Point]:
    """The member's WHO-5 measures, oldest first, each with its change since the one before."""
    own = sorted((m for m in measures if m.member_id == member_id), key=_date_then_id)
    points: list[Who5Point] = []
    previous: int | None = None
    for measure in own:
        score = measure.score
        change = None if previous is None else score - previous
        points.append(
            Who5Point(
                measure=measure,
                score=score,
                band=measure.band,
                change=change,
                meaningful=previous is not None and meaningful_change(previous, score),
            )
        )
        previous = score
    return points


def status_timeline(
    records: Iterable[EmploymentRecord], member_id: str, definition: SelfSupportDefinition
) -> list[StatusPeriod]:
    """The member's statuses, oldest first; each lasts until the next one starts."""
    own = sorted((r for r in records if r.member_id == member_id), key=_date_then_id)
    return [
        StatusPeriod(
            record=record,
            until=own[i + 1].date if i + 1 < len(own) else None,
            self_supporting=definition.counts(record.status),
        )
        for i, record in enumerate(own)
    ]


def current_status(
    records: Iterable[EmploymentRecord], member_id: str, on: dt.date
) -> EmploymentRecord | None:
    """The status in force on `on`: the latest record dated on or before it."""
    day = on.isoformat()
    own = [r for r in records if r.member_id == member_id and r.date <= day]
    return max(own, key=_date_then_id, default=None)


def thriving_of_child(ratings: Iterable[ThrivingRating], child_id: str) -> list[ThrivingRating]:
    """The parents' ratings of one child, newest first."""
    own = [r for r in ratings if r.child_id == child_id]
    return sorted(own, key=_date_then_id, reverse=True)


def leisure_of_child(activities: Iterable[LeisureActivity], child_id: str) -> list[LeisureActivity]:
    """One child's activities, the current and most recent first (undated start last)."""
    own = [a for a in activities if a.child_id == child_id]
    return sorted(own, key=lambda a: (a.start or "", a.what.casefold()), reverse=True)


def _date_then_id(entity: Who5Measure | EmploymentRecord | ThrivingRating) -> tuple[str, str]:
    # The id breaks ties between two measures on one day, so the order (and the
    # change between them) is the same on every device.
    return (entity.date, entity.id)
