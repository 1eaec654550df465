"""The family map as a whole (its nodes and links are written by ui/family_map/map_model.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from ftbt_desktop.storage.repository import ChangeSet, Repository


def save_snapshot(
    repo: Repository, family_id: str, name: str, on: dt.date, content: Mapping[str, Any]
) -> ChangeSet:
    """The map as it is now, kept under a name to compare with later."""
    return repo.create_entity(
        "map_snapshot", family_id, name=name, date=on.isoformat(), content=dict(content)
    )
