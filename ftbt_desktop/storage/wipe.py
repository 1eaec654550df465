"""Emptying the vault on an administrator's wipe order, and the local record of it.

The sync engine (sync/wipe.py) decides what goes; this module removes it. The record
says when a wipe happened and how many families went and stayed, never which: it is
kept in the vault's meta table, so it is as private as everything else there. No Qt.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Collection
from dataclasses import dataclass

from ftbt_desktop.storage.purge import Purges
from ftbt_desktop.storage.vault import Vault, list_backups

WIPES_META = "sync.wipes"


@dataclass(frozen=True, slots=True)
class WipeRecord:
    at: dt.datetime  # UTC
    removed: int
    kept: int


def family_ids(vault: Vault) -> list[str]:
    """Every family the vault holds anything of."""
    rows = vault.execute(
        "SELECT family_id FROM changes UNION SELECT family_id FROM state ORDER BY 1"
    )
    return [str(row[0]) for row in rows if row[0]]


def empty_vault(vault: Vault, purges: Purges, keep: Collection[str]) -> int:
    """Remove every family but `keep`, their messages, and the vault's backups.

    Returns how many families were removed. The messages of families purged before
    go too (they name the family); the backups hold every family in an older copy.
    The free pages are rewritten (VACUUM) so removed rows do not linger in the file.
    """
    removed = 0
    for family_id in family_ids(vault):
        if family_id in keep:
            continue
        purges.purge_family(family_id, erase=True)
        removed += 1
    with vault.transaction() as conn:
        marks = ",".join("?" * len(keep))
        where = f"WHERE family_id NOT IN ({marks})" if keep else ""
        conn.execute(f"DELETE FROM notices {where}", tuple(keep))
        # The teams of a family readable but never pulled into the vault, too.
        conn.execute(f"DELETE FROM family_teams {where}", tuple(keep))
    with contextlib.suppress(Exception):  # as before: the erasure itself stands
        vault.rewrite_free_pages()
    for backup in list_backups(vault.paths.data_dir):
        with contextlib.suppress(OSError):
            backup.unlink()
    return removed


def record_wipe(vault: Vault, removed: int, kept: int, when: dt.datetime | None = None) -> None:
    entries = json.loads(vault.get_meta(WIPES_META) or "[]")
    at = (when or dt.datetime.now(dt.UTC)).isoformat()
    entries.append({"at": at, "removed": removed, "kept": kept})
    vault.set_meta(WIPES_META, json.dumps(entries))


def wipes(vault: Vault) -> list[WipeRecord]:
    """Every wipe this vault has obeyed, oldest first."""
    return [
        WipeRecord(dt.datetime.fromisoformat(e["at"]), int(e["removed"]), int(e["kept"]))
        for e in json.loads(vault.get_meta(WIPES_META) or "[]")
    ]
