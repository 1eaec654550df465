"""A record saved from a form (ui/workspace/entity_form.py): a goal, a measure, a visit, a consent…

The form is one widget for many entity types, each subclass naming its own, so
this is the one place an operation takes a type's name: the form's fields are
checked by the type's rules in core all the same."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ftbt_desktop.storage.repository import ChangeSet, Repository


def add_record(
    repo: Repository, entity_type: str, family_id: str, fields: Mapping[str, Any]
) -> ChangeSet:
    """A new record with the fields the form filled in (empty ones left out)."""
    return repo.create_entity(
        entity_type, family_id, **{k: v for k, v in fields.items() if v is not None}
    )


def edit_record(repo: Repository, entity_id: str, fields: Mapping[str, Any]) -> ChangeSet:
    """Only the fields that changed: an untouched field keeps its own stamp."""
    return repo.update_entity(entity_id, **fields)


def delete_records(repo: Repository, entity_ids: Sequence[str]) -> ChangeSet:
    """Records removed from a list (a measure, a rating, a step, a visit): tombstones,
    so History still tells who removed what."""
    return repo.delete_entities(entity_ids)
