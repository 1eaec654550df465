"""Local changes on their way to the server: pending, pushed or refused.

A local change stays pending (`changes.pushed = 0`) until the server has
answered that it accepted it. One the server refused for good stays in the log
(history shows it) but no longer counts for the state; the server's reason is
kept until the coordinator has seen it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from ftbt_desktop.core.changes import Change
from ftbt_desktop.storage.merge import (
    CHANGE_COLUMNS,
    PENDING,
    REFUSED,
    aliased_columns,
    recompute_field,
    row_to_change,
)
from ftbt_desktop.storage.pulled import SERVER_ORIGIN
from ftbt_desktop.storage.repository import Repository

# Demo families never leave this computer: every new vault gets its own invented
# families, which would otherwise reach the central store once per laptop (and
# every supervisor's list). Their changes are never pending, never pushed.
LOCAL_ONLY_FAMILIES = (
    "SELECT family_id FROM state "
    "WHERE entity_type = 'family' AND field = 'is_demo' AND value = 'true'"
)


# Families a push of which went out without its answer coming back (JSON list of ids):
# the server may hold them, so they are not erased on this laptop alone
# (storage/local_erase.py). Noted before the request, dropped once answered.
SENDING_META = "sync.sending"


@dataclass(frozen=True, slots=True)
class Rejection:
    change: Change
    reason: str  # forbidden | read_only | invalid | …, as the server said
    message: str  # the server's English detail, for support
    rejected_at: str


class Outbox:
    """What this vault still has to send, and what the server would not take."""

    def __init__(self, repo: Repository) -> None:
        self.vault = repo.vault

    def local_only_families(self) -> set[str]:
        """Families that never leave this laptop (demo families): the server never knows them."""
        return {str(row[0]) for row in self.vault.execute(LOCAL_ONLY_FAMILIES)}

    def families_on_server(self, family_ids: Sequence[str]) -> set[str]:
        """Those of `family_ids` the server holds something of (a change pushed or pulled)."""
        wanted = sorted(set(family_ids))
        found: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            rows = self.vault.execute(
                f"SELECT DISTINCT family_id FROM changes WHERE pushed = 1 "
                f"AND family_id IN ({marks})",
                tuple(chunk),
            )
            found.update(str(row[0]) for row in rows)
        return found

    def sending_families(self, conn: sqlcipher.Connection | None = None) -> set[str]:
        """Families a push of which went out and was not answered (SENDING_META)."""
        if conn is None:
            stored = self.vault.get_meta(SENDING_META)
        else:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (SENDING_META,)).fetchone()
            stored = row[0] if row else None
        try:
            found = json.loads(stored or "[]")
        except ValueError:
            return set()
        return {str(f) for f in found} if isinstance(found, list) else set()

    def batch_to_send(
        self, after_seq: int, limit: int, family_id: str | None = None
    ) -> tuple[list[tuple[int, Change]], set[str]]:
        """`pending_batch` and `note_sending` of its families in one transaction: an
        erasure on this laptop alone (storage/local_erase.py) comes wholly before (the
        batch lacks the family) or after (it finds the note), never between."""
        with self.vault.transaction():
            batch = self.pending_batch(after_seq, limit, family_id)
            noted = self.note_sending({change.family_id for _, change in batch})
        return batch, noted

    def note_sending(self, family_ids: Iterable[str]) -> set[str]:
        """Before a push goes out: its families may be on the server from now on, even if
        no answer comes back. Committed before the request is made, so a crash or a
        lost answer cannot leave a family looking unsent. A family the server has
        answered for before (a change of it pushed or refused) needs no note, so an
        everyday push writes nothing here. Returns those newly noted."""
        with self.vault.transaction() as conn:
            known = self.sending_families(conn)
            added = {
                family_id
                for family_id in set(family_ids) - known
                if not conn.execute(
                    "SELECT 1 FROM changes WHERE family_id = ? AND pushed != 0 LIMIT 1",
                    (family_id,),
                ).fetchone()
            }
            if added:
                self._set_sending(conn, known | added)
        return added

    def forget_sending(self, family_ids: Iterable[str]) -> None:
        """These families' push surely stored nothing (no connection was made, or the
        server refused the request as a whole), or they are gone from the vault."""
        with self.vault.transaction() as conn:
            known = self.sending_families(conn)
            if known & set(family_ids):
                self._set_sending(conn, known - set(family_ids))

    def settle_sending(self, family_ids: Iterable[str]) -> None:
        """After a push's answer: a family the server has now answered for (a change of it
        marked pushed or refused) needs the mark no more; one whose every change was
        kept back (stamped ahead of the server) keeps it."""
        wanted = sorted(set(family_ids))
        with self.vault.transaction() as conn:
            known = self.sending_families(conn)
            answered = {
                family_id
                for family_id in wanted
                if family_id in known
                and conn.execute(
                    "SELECT 1 FROM changes WHERE family_id = ? AND pushed != 0 LIMIT 1",
                    (family_id,),
                ).fetchone()
            }
            if answered:
                self._set_sending(conn, known - answered)

    def _set_sending(self, conn: sqlcipher.Connection, family_ids: set[str]) -> None:
        self.vault.set_meta(SENDING_META, json.dumps(sorted(family_ids)), conn=conn)

    def pending_count(self, family_id: str | None = None) -> int:
        sql = (
            "SELECT count(*) FROM changes WHERE pushed = 0 AND origin != ? "
            f"AND family_id NOT IN ({LOCAL_ONLY_FAMILIES})"
        )
        params: tuple[Any, ...] = (SERVER_ORIGIN,)
        if family_id is not None:
            sql += " AND family_id = ?"
            params += (family_id,)
        return int(self.vault.execute(sql, params)[0][0])

    def pending_batch(
        self, after_seq: int, limit: int, family_id: str | None = None
    ) -> list[tuple[int, Change]]:
        """Pending changes (of one family, or all) in the order they were written,
        after a local sequence number."""
        family = "" if family_id is None else "AND family_id = ? "
        params: tuple[Any, ...] = (SERVER_ORIGIN, after_seq)
        if family_id is not None:
            params += (family_id,)
        rows = self.vault.execute(
            f"SELECT seq, {CHANGE_COLUMNS} FROM changes "
            f"WHERE pushed = 0 AND origin != ? AND seq > ? {family}"
            f"AND family_id NOT IN ({LOCAL_ONLY_FAMILIES}) ORDER BY seq LIMIT ?",
            (*params, limit),
        )
        return [(int(row[0]), row_to_change(row[1:])) for row in rows]

    def mark_pushed(self, change_ids: Iterable[str]) -> int:
        """The server answered that it holds these changes."""
        ids = list(change_ids)
        with self.vault.transaction() as conn:
            for chunk in _chunks(ids, 500):
                marks = ",".join("?" * len(chunk))
                conn.execute(
                    f"UPDATE changes SET pushed = 1 WHERE change_id IN ({marks})", tuple(chunk)
                )
        return len(ids)

    def record_rejections(self, refused: Sequence[tuple[str, str, str]]) -> list[Rejection]:
        """(change_id, reason, message) the server refused for good.

        The change stays in the log (history shows it) but no longer counts for
        the current state, which falls back to the best change the server has,
        so this vault shows what everyone else sees.
        """
        now = now_iso()
        with self.vault.transaction() as conn:
            for change_id, reason, message in refused:
                row = conn.execute(
                    "SELECT family_id, entity_id, field FROM changes WHERE change_id = ?",
                    (change_id,),
                ).fetchone()
                if row is None:
                    continue
                conn.execute("UPDATE changes SET pushed = -1 WHERE change_id = ?", (change_id,))
                conn.execute(
                    "INSERT OR REPLACE INTO sync_rejections "
                    "(change_id, family_id, reason, message, rejected_at) VALUES (?, ?, ?, ?, ?)",
                    (change_id, row[0], reason, message, now),
                )
                recompute_field(conn, row[1], row[2])
        ids = [r[0] for r in refused]
        return [r for r in self.rejections() if r.change.change_id in ids]

    def rejections(self, family_id: str | None = None) -> list[Rejection]:
        sql = (
            f"SELECT {aliased_columns('c')}, r.reason, r.message, r.rejected_at "
            "FROM sync_rejections r JOIN changes c ON c.change_id = r.change_id"
        )
        params: tuple[Any, ...] = ()
        if family_id is not None:
            sql += " WHERE r.family_id = ?"
            params = (family_id,)
        sql += " ORDER BY r.rejected_at, c.seq"
        return [
            Rejection(row_to_change(row[:9]), row[9], row[10], row[11])
            for row in self.vault.execute(sql, params)
        ]

    def dismiss_rejection(self, change_id: str) -> None:
        """The coordinator has seen it; the refused change itself stays in history."""
        with self.vault.transaction() as conn:
            conn.execute("DELETE FROM sync_rejections WHERE change_id = ?", (change_id,))

    def refused(self, family_id: str) -> list[Rejection]:
        """Every change of a family the server refused, with its reason when still recorded
        (a dismissed rejection keeps its change, but not the server's words)."""
        rows = self.vault.execute(
            f"SELECT {aliased_columns('c')}, r.reason, r.message, r.rejected_at "
            "FROM changes c LEFT JOIN sync_rejections r ON r.change_id = c.change_id "
            "WHERE c.family_id = ? AND c.pushed = ? ORDER BY c.seq",
            (family_id, REFUSED),
        )
        return [
            Rejection(row_to_change(row[:9]), row[9] or "", row[10] or "", row[11] or "")
            for row in rows
        ]


def now_iso() -> str:
    """When a rejection or a conflict was recorded."""
    return dt.datetime.now(dt.UTC).isoformat()


def _chunks(items: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def retry_forbidden(conn: sqlcipher.Connection, family_id: str) -> int:
    """A family given back: changes refused there as forbidden wait to be pushed again."""
    rows = conn.execute(
        "SELECT c.change_id, c.entity_id, c.field FROM changes c "
        "JOIN sync_rejections r ON r.change_id = c.change_id "
        "WHERE c.family_id = ? AND c.pushed = ? AND r.reason = 'forbidden'",
        (family_id, REFUSED),
    ).fetchall()
    for change_id, entity_id, field_name in rows:
        conn.execute("UPDATE changes SET pushed = ? WHERE change_id = ?", (PENDING, change_id))
        conn.execute("DELETE FROM sync_rejections WHERE change_id = ?", (change_id,))
        recompute_field(conn, entity_id, field_name)
    return len(rows)
