"""The family's plan: steps towards goals and how far a goal has come."""

from __future__ import annotations

import datetime as dt

from ftbt_desktop.core.plan import StepOwnerKind
from ftbt_desktop.storage.repository import ChangeSet, Repository


def rate_progress(
    repo: Repository, family_id: str, goal_id: str, on: dt.date | str, value: int, note: str | None
) -> ChangeSet:
    """How far the family says a goal has come, on a day (the goal's progress line)."""
    return repo.create_entity(
        "progress_rating", family_id, goal_id=goal_id, date=_iso(on), value=value, note=note
    )


def add_step(
    repo: Repository,
    family_id: str,
    goal_id: str,
    what: str,
    owner_kind: StepOwnerKind = StepOwnerKind.COORDINATOR,
) -> ChangeSet:
    """A new step towards a goal, not done yet."""
    return repo.create_entity(
        "step", family_id, goal_id=goal_id, what=what, owner_kind=owner_kind.value, done=False
    )


def set_step_done(repo: Repository, step_id: str, done: bool) -> ChangeSet:
    return repo.update_entity(step_id, done=done)


def _iso(day: dt.date | str) -> str:
    return day if isinstance(day, str) else day.isoformat()
