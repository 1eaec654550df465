"""Reading one family's plan from the service, and which changes call for a re-read."""

from __future__ import annotations

from ftbt_desktop.core.plan_view import PlanData
from ftbt_desktop.storage.errors import VaultError
from ftbt_desktop.storage.repository import ChangeSet
from ftbt_desktop.ui.service import VaultService

PLAN_TYPES = frozenset({"member", "actor", "goal", "step", "progress_rating", "consent"})


def load_plan(service: VaultService, family_id: str | None) -> PlanData:
    """The family's plan entities; empty when no family is shown or the vault is locked."""
    if family_id is None or not service.is_unlocked:
        return PlanData()
    try:
        return PlanData(
            members=service.members(family_id),
            actors=service.load(family_id, "actor"),
            goals=service.load(family_id, "goal"),
            steps=service.load(family_id, "step"),
            ratings=service.load(family_id, "progress_rating"),
            consents=service.load(family_id, "consent"),
        )
    except VaultError:
        return PlanData()


def touches_plan(changes: ChangeSet) -> bool:
    return bool(changes.entity_types & PLAN_TYPES)
