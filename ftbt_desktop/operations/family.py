"""A family's own record: created, its details edited, closed and opened again."""

from __future__ import annotations

from typing import Any

from ftbt_desktop.storage.repository import ChangeSet, Repository


def create_family(repo: Repository, name: str, **details: Any) -> ChangeSet:
    return repo.create_family(name, **details)


def update_family(repo: Repository, family_id: str, **details: Any) -> ChangeSet:
    return repo.update_family(family_id, **details)


def close_family(repo: Repository, family_id: str) -> ChangeSet:
    return repo.close_family(family_id)


def reopen_family(repo: Repository, family_id: str) -> ChangeSet:
    return repo.reopen_family(family_id)
