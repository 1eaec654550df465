"""The JSON export of a held family, refused changes included, for its new coordinator.

A family reassigned away from this user can hold changes the central server
refused (typically made offline after the reassignment). They exist only on
this computer, so the family is kept until the coordinator lets it go; before
that, they can save it in the JSON export format (docs/export-format.md) and
hand the file to the family's new coordinator, who imports it with
`ftbt-desktop import FILE`: the refused values then join the family through the
merge rule like any other change and reach the server from their laptop.

The file holds the family's whole change log as this computer has it. Its
readable part is computed from every change in it, the refused ones too, so
the import's check (the readable part must be what the changes say) passes. No Qt.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from ftbt_desktop.core.changes import DELETED, merge, state_from
from ftbt_desktop.export.json_export import FORMAT, VERSION, dumps_document, render_family
from ftbt_desktop.storage import audit
from ftbt_desktop.storage.clock_repair import superseded_ids
from ftbt_desktop.storage.errors import NotFound
from ftbt_desktop.storage.repository import Repository


class InsideDataFolder(ValueError):
    """The data folder holds only encrypted files; a plaintext export may not go there."""


def inside_folder(path: Path, folder: Path) -> bool:
    try:
        return Path(path).expanduser().resolve().is_relative_to(Path(folder).resolve())
    except OSError:
        return False


def held_family_document(repo: Repository, family_id: str) -> dict[str, Any]:
    """The export document of one family with every change this computer holds of it."""
    # Not the originals the clock repair wrote again: their stamps are accepted nowhere.
    superseded = superseded_ids(repo.vault, family_id)
    changes = [c for c in repo.changes(family_id) if c.change_id not in superseded]
    by_type: dict[str, dict[str, dict[str, Any]]] = {}
    for entity_id, values in state_from(merge(changes)).items():
        entity_type = str(values.pop("_type"))
        if not values.get(DELETED):
            by_type.setdefault(entity_type, {})[entity_id] = values
    if family_id not in by_type.get("family", {}):
        raise NotFound(family_id)
    return {
        "format": FORMAT,
        "version": VERSION,
        "families": [render_family(family_id, by_type, changes)],
    }


def save_held_family(repo: Repository, family_id: str, target: Path, data_dir: Path) -> int:
    """Write the export to `target`, owner-only, and note it in the export audit trail.

    Returns the number of changes written. The file is written beside the target
    and renamed into place, so a failed write leaves no half file; an export that
    cannot be noted in the audit trail is removed again (every export is logged).
    """
    if inside_folder(target, data_dir):
        raise InsideDataFolder(str(target))
    doc = held_family_document(repo, family_id)
    partial = target.with_name(target.name + ".partial")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(dumps_document(doc))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, target)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    try:
        audit.record_export(repo, audit.KIND_JSON, "json", [family_id])
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise
    return len(doc["families"][0]["changes"])
