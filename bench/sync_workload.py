"""Synthetic family casework for the sync benchmark (no real data), and edits of it.

`Casework.history(families, total, …)` makes one coordinator's change log:
`total` changes spread evenly over `families` families and over two years of
clock stamps, in the shape casework takes in the app — a family and its
members, goals with steps and progress ratings every few weeks, visits with a
summary of a few hundred characters, WHO-5 measures, and later edits of
fields already written (summaries reworded, goals reached, steps done). Every
value passes the app's own field validation (`core.fields.validate`).
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ftbt_desktop.core import entities as _entities  # noqa: F401  (registers every field rule)
from ftbt_desktop.core.changes import Change
from ftbt_desktop.core.clock import Hlc, HybridClock
from ftbt_desktop.core.fields import validate
from ftbt_desktop.storage.repository import Edit

DAY_MS = 86_400_000
HISTORY_DAYS = 730
PROSE = (
    "mor fortæller at ugen er gået bedre end sidst og at morgenerne nu fungerer med fast "
    "rutine far deltog i samtalen og har talt med jobcentret om praktik skolen melder om "
    "mere fremmøde og en god dialog med klasselæreren vi aftalte at følge op på økonomien "
    "og på fritidsaktiviteten for den ældste der har fået plads på fodboldholdet"
)
WORDS = PROSE.split()
VISIT_KINDS = ("home", "home", "office", "phone", "video")
LIFE_AREAS = ("work_education", "economy_housing", "health", "school_daycare", "leisure_friends")
ROLES = ("parent", "partner", "child", "child", "child")


def prose(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


@dataclass
class FamilyLog:
    """What one family has so far, so later changes can refer to and edit it."""

    family_id: str
    members: list[str] = field(default_factory=list)
    adults: list[str] = field(default_factory=list)
    goals: list[str] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)
    visits: list[str] = field(default_factory=list)
    day: int = 0

    def date(self, start: dt.date) -> str:
        return (start + dt.timedelta(days=self.day)).isoformat()


class CaseworkGenerator:
    """Edits in casework's shape for a set of families; deterministic for a seed."""

    def __init__(self, seed: int = 5) -> None:
        self.rng = random.Random(seed)
        self.start = dt.date.today() - dt.timedelta(days=HISTORY_DAYS)

    def _edits(self, entity_type: str, entity_id: str, family_id: str, **fields: Any) -> list[Edit]:
        return [
            Edit(entity_type, entity_id, family_id, name, validate(entity_type, name, value))
            for name, value in fields.items()
        ]

    def new_family(self, log: FamilyLog, number: int) -> list[Edit]:
        rng = self.rng
        edits = self._edits(
            "family",
            log.family_id,
            log.family_id,
            name=f"Benchfamilie {number}",
            status="active",
            start=self.start.isoformat(),
            notes=prose(rng, 30),
        )
        for n, role in enumerate(ROLES[: rng.randrange(3, 6)]):
            member = str(uuid.uuid4())
            year = 1980 + rng.randrange(12) if role != "child" else 2008 + rng.randrange(14)
            edits += self._edits(
                "member",
                member,
                log.family_id,
                name=f"Person {number}-{n}",
                role=role,
                birth_year=year,
                in_household=True,
            )
            log.members.append(member)
            if role != "child":
                log.adults.append(member)
        return edits

    def next_edits(self, log: FamilyLog) -> list[Edit]:
        """One user action in the family: a new record or an edit of an earlier one."""
        rng = self.rng
        fid = log.family_id
        log.day = min(HISTORY_DAYS - 1, log.day + rng.randrange(0, 3))
        today = log.date(self.start)
        roll = rng.random()
        if roll < 0.05 or not log.goals:
            goal = str(uuid.uuid4())
            log.goals.append(goal)
            return self._edits(
                "goal",
                goal,
                fid,
                text=prose(rng, 8),
                member_ids=rng.sample(log.members, 2),
                life_area=rng.choice(LIFE_AREAS),
                why=prose(rng, 15),
                target_date=(self.start + dt.timedelta(days=log.day + 180)).isoformat(),
                status="active",
            )
        if roll < 0.20:
            step = str(uuid.uuid4())
            log.steps.append(step)
            return self._edits(
                "step",
                step,
                fid,
                goal_id=rng.choice(log.goals),
                what=prose(rng, 10),
                owner_kind="member",
                owner_id=rng.choice(log.members),
                due=today,
                done=False,
            )
        if roll < 0.45:
            return self._edits(
                "progress_rating",
                str(uuid.uuid4()),
                fid,
                goal_id=rng.choice(log.goals),
                date=today,
                value=rng.randrange(11),
                note=prose(rng, 12),
            )
        if roll < 0.65:
            visit = str(uuid.uuid4())
            log.visits.append(visit)
            return self._edits(
                "visit",
                visit,
                fid,
                date=today,
                kind=rng.choice(VISIT_KINDS),
                attendee_ids=rng.sample(log.members, 2),
                summary=prose(rng, 60),
                next_steps=[prose(rng, 6), prose(rng, 6)],
            )
        if roll < 0.75 and log.adults:
            return self._edits(
                "who5_measure",
                str(uuid.uuid4()),
                fid,
                member_id=rng.choice(log.adults),
                date=today,
                answers=[rng.randrange(6) for _ in range(5)],
            )
        return self.small_edit(log)

    def small_edit(self, log: FamilyLog) -> list[Edit]:
        """An edit of something already written: the kind incremental syncs carry."""
        rng = self.rng
        fid = log.family_id
        roll = rng.random()
        if roll < 0.4 and log.visits:
            visit = rng.choice(log.visits)
            return self._edits("visit", visit, fid, summary=prose(rng, 60))
        if roll < 0.7 and log.steps:
            return self._edits("step", rng.choice(log.steps), fid, done=True)
        if roll < 0.85 and log.goals:
            status = rng.choice(("active", "reached", "dropped"))
            return self._edits("goal", rng.choice(log.goals), fid, status=status)
        return self._edits("family", fid, fid, notes=prose(rng, 30))


class Stamper:
    """Changes from edits, stamped as one laptop would have: spread evenly over the
    past `HISTORY_DAYS` days up to `end_ms` (history), or by a live clock."""

    def __init__(
        self, device_id: str, user_id: str, total: int = 0, end_ms: int | None = None
    ) -> None:
        self.device_id = device_id
        self.user_id = user_id
        self.clock = HybridClock()
        self.step_ms = max(1, HISTORY_DAYS * DAY_MS // max(total, 1))
        self.next_ms = None if end_ms is None else end_ms - HISTORY_DAYS * DAY_MS

    def stamp(self, edit: Edit) -> Change:
        if self.next_ms is None:
            stamp = self.clock.tick()
        else:
            stamp = Hlc(self.next_ms, 0)
            self.next_ms += self.step_ms
        return Change(
            change_id=str(uuid.uuid4()),
            entity_type=edit.entity_type,
            entity_id=edit.entity_id,
            family_id=edit.family_id,
            field=edit.field,
            value=edit.value,
            hlc=stamp.encode(),
            device_id=self.device_id,
            user_id=self.user_id,
        )


class Casework:
    """One coordinator's families: their history, then further edits of them."""

    def __init__(self, seed: int = 5) -> None:
        self.generator = CaseworkGenerator(seed)
        self.logs: list[FamilyLog] = []

    def history(
        self, families: int, total: int, user_id: str, end_ms: int
    ) -> Iterator[list[Change]]:
        """Exactly `total` changes in `families` new families, one family at a time."""
        stamper = Stamper(str(uuid.uuid4()), user_id, total, end_ms)
        for number in range(families):
            quota = total // families + (1 if number < total % families else 0)
            log = FamilyLog(str(uuid.uuid4()))
            self.logs.append(log)
            edits = self.generator.new_family(log, len(self.logs))
            while len(edits) < quota:
                edits += self.generator.next_edits(log)
            yield [stamper.stamp(edit) for edit in edits[:quota]]

    def actions(self, count: int) -> Iterator[list[Edit]]:
        """`count` edits in all, as user actions of one to a few fields each."""
        made = 0
        while made < count:
            log = self.generator.rng.choice(self.logs)
            edits = self.generator.next_edits(log)[: count - made]
            made += len(edits)
            yield edits

    def changes(self, count: int, stamper: Stamper) -> list[Change]:
        """`count` new changes stamped now, as another device would push them."""
        return [stamper.stamp(edit) for action in self.actions(count) for edit in action]
