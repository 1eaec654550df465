"""Erasing, on this laptop alone, a family that never reached the server.

A family created here and never sent (it declined to take part, it was made by
mistake, the laptop works without a server) has no copy anywhere else, so the
coordinator can erase it here, for good. A family with anything the server
holds — a change sent or pulled, or one the server refused — is the server
administrator's to erase (`ftbt-server family erase`): erasing it here alone
would leave it there and bring it back at the next sync.

Every row of it goes (its change log, state, conflicts, refusals, messages; the export
trail keeps each export but no longer names it), the freed pages are rewritten
(VACUUM) so nothing lingers in the file, and the vault's backups — each an older
copy that holds it — are replaced by one fresh backup without it. A record says that
an erasure happened, when and how many changes, never which family. No Qt.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from dataclasses import dataclass

from ftbt_desktop.storage.audit import forget_family
from ftbt_desktop.storage.errors import NotFound, VaultError
from ftbt_desktop.storage.outbox import Outbox
from ftbt_desktop.storage.purge import Purges
from ftbt_desktop.storage.repository import Origin, Repository
from ftbt_desktop.storage.vault import list_backups

ERASURES_META = "local.erasures"


class FamilyOnServer(VaultError):
    """The server holds (or has seen) something of this family: only its administrator
    can erase it."""


@dataclass(frozen=True, slots=True)
class ErasedHere:
    family_id: str
    name: str
    changes: int


@dataclass(frozen=True, slots=True)
class ErasureRecord:
    at: dt.datetime  # UTC
    changes: int


def reached_server(repo: Repository, family_id: str) -> bool:
    """Whether any change of the family was sent, pulled, or refused by the server, or
    came from an export file (made on a laptop that may have sent it), or went out in
    a push whose answer never came back (the server may hold it: `Outbox.note_sending`)."""
    rows = repo.vault.execute(
        "SELECT 1 FROM changes WHERE family_id = ? AND (pushed != 0 OR origin IN (?, ?)) LIMIT 1",
        (family_id, Origin.SYNC.value, Origin.IMPORT.value),
    )
    return bool(rows) or family_id in Outbox(repo).sending_families()


def erase_local_family(repo: Repository, family_id: str) -> ErasedHere:
    """Erase a family that never reached the server; raises FamilyOnServer or NotFound."""
    vault = repo.vault
    # One transaction, the checks in it: a sync reads and notes what it pushes in one
    # transaction too (sync/engine.py), so it either has not read the family yet and
    # finds it gone, or has noted it and this finds the note. The rows, the export
    # trail's mention and the record go together.
    with vault.transaction() as conn:
        count = int(
            conn.execute(
                "SELECT count(*) FROM changes WHERE family_id = ?", (family_id,)
            ).fetchone()[0]
        )
        if not count:
            raise NotFound(family_id)
        if reached_server(repo, family_id):
            raise FamilyOnServer(family_id)
        purged = Purges(repo, Outbox(repo)).purge_family(family_id, erase=True)
        forget_family(conn, family_id)
        _record(repo, count)
    name = purged.name if purged is not None else ""
    # The freed pages, the write-ahead log and every older copy held the family.
    with contextlib.suppress(Exception):  # as before: the erasure itself stands
        vault.rewrite_free_pages()
    for backup in list_backups(vault.paths.data_dir):
        with contextlib.suppress(OSError):
            backup.unlink()
    vault.backup()
    return ErasedHere(family_id, name, count)


def _record(repo: Repository, changes: int) -> None:
    entries = json.loads(repo.vault.get_meta(ERASURES_META) or "[]")
    entries.append({"at": dt.datetime.now(dt.UTC).isoformat(), "changes": changes})
    repo.vault.set_meta(ERASURES_META, json.dumps(entries))


def erasures(repo: Repository) -> list[ErasureRecord]:
    """Every family erased on this laptop alone, oldest first (never which)."""
    return [
        ErasureRecord(dt.datetime.fromisoformat(e["at"]), int(e["changes"]))
        for e in json.loads(repo.vault.get_meta(ERASURES_META) or "[]")
    ]
