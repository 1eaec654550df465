"""Families the server has taken away from this user: no local write reaches them. No Qt.

A family revoked by the server (reassigned to another coordinator, or out of the
supervisor's team) waits on the purge list (`SyncState.families_to_purge`) until
its pending changes are pushed; one holding changes the server refused stays there
until the coordinator lets it go (`SyncState.held_families`). Any edit made in it
from then on would only be refused at the next sync and pile up beside the others,
so `TakenAwayGuard` refuses it before it reaches the change log, whatever a screen
still offers. Changes pulled or imported are never refused here.
"""

from __future__ import annotations

from collections.abc import Sequence

from ftbt_desktop.storage.errors import VaultError
from ftbt_desktop.storage.repository import Edit, Repository
from ftbt_desktop.storage.sync_state import Rejection, SyncState


class FamilyTakenAway(VaultError):
    """An edit of a family the server no longer lets this user write."""

    def __init__(self, family_id: str) -> None:
        super().__init__("the family was assigned to someone else: it is read-only here")
        self.family_id = family_id


def taken_away_families(repo: Repository) -> set[str]:
    """The families the server has taken away that are still on this computer."""
    return set(SyncState(repo).families_to_purge())


def is_taken_away(repo: Repository, family_id: str) -> bool:
    return family_id in taken_away_families(repo)


def check_not_taken_away(repo: Repository, edits: Sequence[Edit]) -> None:
    """A repository write guard: refuses edits of a family taken away."""
    families = {edit.family_id for edit in edits}
    taken = families & taken_away_families(repo)
    if taken:
        raise FamilyTakenAway(sorted(taken)[0])


def refused_changes(repo: Repository, family_id: str) -> list[Rejection]:
    """The family's changes the server refused, oldest first, with why when still known."""
    return SyncState(repo).refused(family_id)
