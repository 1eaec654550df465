"""The members of a family: added, their details edited, removed."""

from __future__ import annotations

from typing import Any

from ftbt_desktop.core.model import MemberRole
from ftbt_desktop.storage.repository import ChangeSet, Repository


def add_member(
    repo: Repository,
    family_id: str,
    name: str,
    role: MemberRole | str,
    birth_year: int | None = None,
    in_household: bool = True,
) -> ChangeSet:
    return repo.add_member(family_id, name, role, birth_year, in_household)


def update_member(repo: Repository, member_id: str, **details: Any) -> ChangeSet:
    return repo.update_member(member_id, **details)


def remove_member(repo: Repository, member_id: str) -> ChangeSet:
    return repo.remove_member(member_id)
