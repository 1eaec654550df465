"""Review comments and answers not read yet, their "read" marks, and whether the plan
changed since it was marked as reviewed. No Qt.

Unread. A comment or an answer is news to this vault's user when someone else
wrote it — its first change came from elsewhere (a pull, an import) under
another user — and it carries no read mark. The marks are this laptop's own,
kept in the vault's `meta` as `review.read.<id>` (ids only, nothing personal),
never synced: reading on one laptop says nothing about what the coordinator
has seen on another, and the server has no business knowing it.

Changed since review. The "reviewed" mark vouches for the plan as it was when
the mark was written. Stamps are hybrid logical clocks, so a laptop that has
received the mark stamps every later edit after it, whatever its wall clock
says, and an edit made offline before the mark arrived compares by the time
it was made. The plan changed since review when a change of a plan entity
(core/review.py: PLAN_ENTITY_TYPES) carries a later stamp than the newest
mark's, not counting changes the server refused.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass

from ftbt_desktop.core.changes import DELETED
from ftbt_desktop.core.review import PLAN_ENTITY_TYPES, THREAD_ENTITY_TYPES
from ftbt_desktop.storage.repository import Repository

READ_PREFIX = "review.read."
_THREAD_TYPES = tuple(sorted(THREAD_ENTITY_TYPES))
_PLAN_TYPES = tuple(sorted(PLAN_ENTITY_TYPES))


@dataclass(frozen=True, slots=True)
class UnreadItem:
    entity_id: str
    family_id: str
    entity_type: str  # review_comment or review_reply
    user_id: str  # who wrote it, as the change log says


def unread_comments(repo: Repository, family_id: str | None = None) -> list[UnreadItem]:
    """The live comments and answers written by others and not marked read, oldest first."""
    marks = ",".join("?" * len(_THREAD_TYPES))
    sql = (
        "SELECT entity_id, family_id, entity_type, user_id, origin, MIN(seq) FROM changes "
        f"WHERE entity_type IN ({marks})"
    )
    params: tuple[str, ...] = _THREAD_TYPES
    if family_id is not None:
        sql += " AND family_id = ?"
        params += (family_id,)
    # SQLite takes the bare columns from the row with the smallest seq: the first change.
    sql += " GROUP BY entity_id ORDER BY MIN(seq)"
    rows = repo.vault.execute(sql, params)
    if not rows:
        return []
    me = repo.user_id
    read = _read_ids(repo)
    deleted = _deleted_ids(repo, [row[0] for row in rows])
    return [
        UnreadItem(entity_id, fam, entity_type, user)
        for entity_id, fam, entity_type, user, origin, _seq in rows
        if origin != "local" and user != me and entity_id not in read | deleted
    ]


def unread_counts(repo: Repository) -> dict[str, int]:
    """How many unread comments and answers each family has (families with none left out)."""
    counts: dict[str, int] = {}
    for item in unread_comments(repo):
        counts[item.family_id] = counts.get(item.family_id, 0) + 1
    return counts


def mark_read(repo: Repository, entity_ids: Iterable[str]) -> int:
    """Mark comments or answers as read here; returns how many were not marked before."""
    wanted = sorted(set(entity_ids) - _read_ids(repo))
    if not wanted:
        return 0
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with repo.vault.transaction() as conn:
        for entity_id in wanted:
            repo.vault.set_meta(READ_PREFIX + entity_id, now, conn=conn)
    return len(wanted)


def plan_changed_since_review(repo: Repository, family_id: str) -> bool:
    """Whether a goal or step changed after the newest "reviewed" mark (False: never marked)."""
    marked = repo.vault.execute(
        "SELECT MAX(s.hlc) FROM state AS s WHERE s.family_id = ? AND s.entity_type = ? "
        "AND NOT EXISTS (SELECT 1 FROM state AS d WHERE d.entity_id = s.entity_id "
        "AND d.field = ? AND d.value = 'true')",
        (family_id, "plan_review", DELETED),
    )[0][0]
    if marked is None:
        return False
    marks = ",".join("?" * len(_PLAN_TYPES))
    newest = repo.vault.execute(
        "SELECT MAX(hlc) FROM changes WHERE family_id = ? "
        f"AND entity_type IN ({marks}) AND pushed >= 0",
        (family_id, *_PLAN_TYPES),
    )[0][0]
    return newest is not None and str(newest) > str(marked)


def _read_ids(repo: Repository) -> set[str]:
    rows = repo.vault.execute(
        "SELECT key FROM meta WHERE substr(key, 1, ?) = ?", (len(READ_PREFIX), READ_PREFIX)
    )
    return {str(row[0])[len(READ_PREFIX) :] for row in rows}


def _deleted_ids(repo: Repository, entity_ids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(entity_ids), 500):
        chunk = entity_ids[start : start + 500]
        rows = repo.vault.execute(
            "SELECT entity_id, value FROM state WHERE field = ? "
            f"AND entity_id IN ({','.join('?' * len(chunk))})",
            (DELETED, *chunk),
        )
        found.update(row[0] for row in rows if json.loads(row[1]) is True)
    return found
