"""Gather each family's records from the vault for the outcome figures (no Qt)."""

from __future__ import annotations

from collections.abc import Iterable

from ftbt_desktop.core.outcomes import FamilyData, goal_histories
from ftbt_desktop.storage.repository import Repository


def load_cohort(repo: Repository, family_ids: Iterable[str] | None = None) -> list[FamilyData]:
    """Every family in the vault (demo families left out), or the chosen ones."""
    if family_ids is None:
        ids = [f.id for f in repo.list_families() if not f.is_demo]
    else:
        ids = list(family_ids)
    return [load_family(repo, family_id) for family_id in ids]


def load_family(repo: Repository, family_id: str) -> FamilyData:
    return FamilyData(
        family=repo.family(family_id),
        members=repo.members(family_id),
        who5=repo.load(family_id, "who5_measure"),
        employment=repo.load(family_id, "employment_record"),
        thriving=repo.load(family_id, "thriving_rating"),
        leisure=repo.load(family_id, "leisure_activity"),
        connections=repo.load(family_id, "civil_society_connection"),
        goals=repo.load(family_id, "goal"),
        ratings=repo.load(family_id, "progress_rating"),
        goal_history=goal_histories(repo.changes(family_id, "goal")),
        actors=repo.load(family_id, "actor"),
        steps=repo.load(family_id, "step"),
        reviews=repo.load(family_id, "plan_review"),
    )
