"""Messages ("Beskeder"): what a sync learned that the reader must hear of. No Qt.

A family removed, held for refused changes, erased on the server; changes the
central server refused; a conflict; a new review comment; pulled values not
taken as unfit. Each is written in the vault in the same transaction as the
step that learned of it (the purge, the rejection, the pulled page), so an
auto-lock, a crash or a restart before it was read loses nothing: the window
shows the unread ones after the next unlock, until the reader acknowledges them.

Only facts are stored (kind, family, counts, field names, the reader's role);
the words are chosen when shown (`words/notice.py`), in the language then in
use. An acknowledged notice is deleted: a removed family's name stays in the
vault no longer than the message about it is needed. One unread notice per
kind and family: a later sync adds to its count rather than repeating it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from ftbt_desktop.core.changes import Change
from ftbt_desktop.core.review import THREAD_ENTITY_TYPES
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.review_reads import unread_comments

REMOVED = "removed"  # no longer readable by this user; purged (count: changes sent first)
HELD = "held"  # no longer readable, kept for refused changes (count: refused changes)
REFUSED = "refused"  # the server refused changes made here (count; detail: which)
ERASED = "erased"  # erased on the central server and removed here
CONFLICT = "conflict"  # changes made in two places need the reader's eye (count)
COMMENT = "review_comment"  # new review comments or answers by someone else (count)
WITHHELD = "withheld"  # pulled values not taken because they break a field's rule (count)
KINDS = (REMOVED, HELD, REFUSED, ERASED, CONFLICT, COMMENT, WITHHELD)
# The family is gone from this computer: nothing else about it is news any more.
GONE_KINDS = frozenset({REMOVED, ERASED})
# Counted notices: a later one of the same kind and family adds to the unread one.
_MERGED = frozenset({REFUSED, CONFLICT, COMMENT, WITHHELD})
# Review threads (core/review.py): a comment, and an answer to one.
COMMENT_ENTITY_TYPES = THREAD_ENTITY_TYPES
# At most this many refused changes are named in one notice (the family shows them all).
MAX_NAMED = 20

_COLUMNS = "notice_id, kind, at, family_id, family_name, role, count, detail"
# A conflict decided since (in the family's notice) is no longer news.
_STILL_NEWS = (
    f"NOT (kind = '{CONFLICT}' AND NOT EXISTS (SELECT 1 FROM sync_conflicts k "
    "WHERE k.family_id = notices.family_id AND k.resolved_at IS NULL))"
)


@dataclass(frozen=True, slots=True)
class NewNotice:
    """A notice to record. `family_name` may stay empty while the family is in the
    vault (it is looked up); a removed family's name must be given."""

    kind: str
    family_id: str = ""
    family_name: str = ""
    role: str = ""  # the reader's role when it was learned: coordinator | supervisor | admin
    count: int = 0
    detail: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Notice:
    notice_id: int
    kind: str
    at: dt.datetime  # UTC, when it was learned (last added to)
    family_id: str
    family_name: str
    role: str
    count: int
    detail: Mapping[str, Any]

    @property
    def supervisor(self) -> bool:
        return self.role == "supervisor"

    @property
    def comment_ids(self) -> list[str]:
        """The review comments and answers a COMMENT notice is about."""
        ids = self.detail.get("ids", [])
        return [str(i) for i in ids] if isinstance(ids, list) else []

    @property
    def refused_changes(self) -> list[tuple[str, str, str]]:
        """(entity_type, field, reason) of the refused changes named (REFUSED, HELD)."""
        named = self.detail.get("changes", [])
        return [
            (str(c.get("entity_type", "")), str(c.get("field", "")), str(c.get("reason", "")))
            for c in named
            if isinstance(c, dict)
        ]


def refused_detail(changes: Iterable[tuple[str, str, str]]) -> dict[str, Any]:
    """The detail of a REFUSED or HELD notice: which changes, by entity type and field."""
    named = [
        {"entity_type": entity_type, "field": field_name, "reason": reason}
        for entity_type, field_name, reason in changes
    ]
    return {"changes": named[:MAX_NAMED]}


def is_news(change: Change, reader: str) -> bool:
    """A pulled change that brings a review comment or answer someone else wrote."""
    return (
        change.entity_type in COMMENT_ENTITY_TYPES
        and change.field == "text"
        and change.user_id != reader
    )


def record(conn: sqlcipher.Connection, notice: NewNotice, when: dt.datetime | None = None) -> int:
    """Write one notice on `conn`, inside the caller's transaction: the step that learned
    of it commits it or nothing. Returns the notice's id (an unread one it added to)."""
    if notice.kind not in KINDS:
        raise ValueError(f"unknown notice kind {notice.kind!r}")
    at = (when or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).isoformat(timespec="seconds")
    name = notice.family_name or family_name(conn, notice.family_id)
    if notice.kind in GONE_KINDS and notice.family_id:
        # What else was unread about the family (a conflict, a comment…) cannot be acted on.
        conn.execute("DELETE FROM notices WHERE family_id = ?", (notice.family_id,))
    if notice.kind == HELD:
        # The held notice names the refused changes again, with what to do about them.
        conn.execute(
            "DELETE FROM notices WHERE family_id = ? AND kind IN (?, ?)",
            (notice.family_id, REFUSED, HELD),
        )
    if notice.kind in _MERGED:
        row = conn.execute(
            "SELECT notice_id, count, detail FROM notices WHERE kind = ? AND family_id = ? "
            "ORDER BY notice_id DESC LIMIT 1",
            (notice.kind, notice.family_id),
        ).fetchone()
        if row is not None:
            detail = _merged_detail(json.loads(row[2]), notice.detail)
            # Comments are counted by id: one edited twice is still one comment.
            count = len(detail["ids"]) if "ids" in detail else int(row[1]) + notice.count
            conn.execute(
                "UPDATE notices SET count = ?, at = ?, family_name = ?, role = ?, detail = ? "
                "WHERE notice_id = ?",
                (
                    count,
                    at,
                    name,
                    notice.role,
                    json.dumps(detail, ensure_ascii=False),
                    row[0],
                ),
            )
            return int(row[0])
    cursor = conn.execute(
        "INSERT INTO notices (kind, at, family_id, family_name, role, count, detail) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            notice.kind,
            at,
            notice.family_id,
            name,
            notice.role,
            notice.count,
            json.dumps(dict(notice.detail), ensure_ascii=False),
        ),
    )
    return int(cursor.lastrowid or 0)


def drop_refused(conn: sqlcipher.Connection, family_ids: Iterable[str]) -> None:
    """A held family's refusals are listed by its own notice in the family (and were told
    with its HELD message): a later refusal there is not news at every sync."""
    for family_id in family_ids:
        conn.execute("DELETE FROM notices WHERE family_id = ? AND kind = ?", (family_id, REFUSED))


def record_all(repo: Repository, notices: Sequence[NewNotice]) -> list[int]:
    """Record notices in one transaction of their own (or the caller's, when inside one)."""
    if not notices:
        return []
    with repo.vault.transaction() as conn:
        return [record(conn, notice) for notice in notices]


def unread(repo: Repository) -> list[Notice]:
    """Every notice not acknowledged yet, newest first."""
    rows = repo.vault.execute(
        f"SELECT {_COLUMNS} FROM notices WHERE {_STILL_NEWS} ORDER BY at DESC, notice_id DESC"
    )
    found = [_notice(row) for row in rows]
    if any(n.kind == COMMENT for n in found):
        # Comments read on the Review page (storage/review_reads.py) are no longer news.
        still = {item.entity_id for item in unread_comments(repo)}
        found = [n for n in found if n.kind != COMMENT or set(n.comment_ids) & still]
    return found


def unread_count(repo: Repository) -> int:
    return len(unread(repo))


def acknowledge(repo: Repository, notice_ids: Iterable[int]) -> int:
    """The reader has seen these: they go. Returns how many there were."""
    ids = sorted({int(i) for i in notice_ids})
    if not ids:
        return 0
    gone = 0
    with repo.vault.transaction() as conn:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            gone += conn.execute(
                f"DELETE FROM notices WHERE notice_id IN ({marks})", tuple(chunk)
            ).rowcount
    return gone


def acknowledge_all(repo: Repository, up_to: int | None = None) -> int:
    """Every notice seen (those up to `up_to`, the newest id shown, when given: one
    recorded meanwhile by a sync stays unread)."""
    with repo.vault.transaction() as conn:
        if up_to is None:
            return int(conn.execute("DELETE FROM notices").rowcount)
        return int(conn.execute("DELETE FROM notices WHERE notice_id <= ?", (up_to,)).rowcount)


def _notice(row: Sequence[Any]) -> Notice:
    try:
        detail = json.loads(row[7])
    except ValueError:
        detail = {}
    return Notice(
        notice_id=int(row[0]),
        kind=str(row[1]),
        at=dt.datetime.fromisoformat(row[2]),
        family_id=str(row[3]),
        family_name=str(row[4]),
        role=str(row[5]),
        count=int(row[6]),
        detail=detail if isinstance(detail, dict) else {},
    )


def _merged_detail(old: Any, new: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(old) if isinstance(old, dict) else {}
    if "changes" in new:
        named = list(merged.get("changes", [])) + list(new["changes"])
        merged["changes"] = named[:MAX_NAMED]
    if "ids" in new:
        merged["ids"] = sorted(set(merged.get("ids", [])) | set(new["ids"]))
    return merged


def family_name(conn: sqlcipher.Connection, family_id: str) -> str:
    """The family's name as the vault holds it now ("" when it holds none)."""
    if not family_id:
        return ""
    row = conn.execute(
        "SELECT value FROM state WHERE entity_id = ? AND field = 'name'", (family_id,)
    ).fetchone()
    if row is None:
        return ""
    value = json.loads(row[0])
    return value if isinstance(value, str) else ""
