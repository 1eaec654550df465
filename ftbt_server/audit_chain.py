"""The audit log as a hash chain with MACed checkpoints: an edit cannot go unnoticed.

Each entry's hash is SHA-256 over the previous entry's hash and a canonical
JSON of its own fields and families; its `prev_hash` names the entry before.
An edited entry no longer fits its own hash, a removed one breaks the next
entry's link, reordered ones break both. Anyone who can write the database can
also recompute the whole chain, so every `CHECKPOINT_EVERY` entries (and at
each `audit verify` and `audit checkpoint`) the chain's position is MACed with
a key derived from the data key (data_keys.py), which lives outside the
database: a rewritten chain no longer matches its checkpoints.

Writers lock the one-row `audit_head` before inserting, so entries are chained
in id order even with several server processes on PostgreSQL. Lock order: a
transaction that also takes the sequence lock (db.lock_sequence) takes it first.

What this cannot catch: someone holding both the database and the key file can
rewrite everything; entries written after the last checkpoint can be cut off
together with the head row by someone with the database alone (`verify` says
how many entries follow the last checkpoint).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select, update

from ftbt_server.data_keys import DataKeyError, KeyStore, derive
from ftbt_server.db import read_tx, write_tx
from ftbt_server.tables import audit, audit_checkpoints, audit_families, audit_head

GENESIS = "0" * 64
CHECKPOINT_EVERY = 1000
CHECKPOINT, ANCHOR = "checkpoint", "anchor"
_FIELDS = (
    "id",
    "at_ms",
    "action",
    "outcome",
    "user_id",
    "username",
    "device_name",
    "client_addr",
    "counts",
    "detail",
)
_MAC_PURPOSE = "audit-checkpoint"

# The keys of this process, for checkpoints (set by the app and by commands that
# hold them); without them entries are chained, and the next keyed writer catches up.
_keys: KeyStore | None = None


def use_keys(keys: KeyStore | None) -> None:
    global _keys
    _keys = keys


def entry_hash(prev_hash: str, row: Mapping[str, Any], families: Sequence[str]) -> str:
    canonical = json.dumps(
        [*(row[name] for name in _FIELDS), sorted(families)],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(f"{prev_hash}\n{canonical}".encode()).hexdigest()


def mac(keys: KeyStore, key_id: str, kind: str, audit_id: int, digest: str) -> str:
    key = derive(keys.key(key_id), _MAC_PURPOSE)
    return hmac.new(key, f"{kind}\n{audit_id}\n{digest}".encode(), hashlib.sha256).hexdigest()


def _checkpoint(
    conn: Connection, keys: KeyStore, kind: str, audit_id: int, digest: str, now: int
) -> None:
    kid = keys.ring.current_id
    conn.execute(
        insert(audit_checkpoints).values(
            kind=kind,
            audit_id=audit_id,
            hash=digest,
            at_ms=now,
            key_id=kid,
            mac=mac(keys, kid, kind, audit_id, digest),
        )
    )


def lock_head(conn: Connection) -> Any:
    return conn.execute(select(audit_head).where(audit_head.c.id == 1).with_for_update()).one()


def append(conn: Connection, values: dict[str, Any], families: Sequence[str]) -> int:
    """Insert an entry chained to the head; returns its id."""
    head = conn.execute(select(audit_head).where(audit_head.c.id == 1).with_for_update()).one()
    audit_id = int(conn.execute(insert(audit).values(**values)).inserted_primary_key[0])
    if families:
        conn.execute(
            insert(audit_families), [{"audit_id": audit_id, "family_id": f} for f in families]
        )
    digest = entry_hash(head.last_hash, {**values, "id": audit_id}, families)
    conn.execute(
        update(audit).where(audit.c.id == audit_id).values(prev_hash=head.last_hash, hash=digest)
    )
    since = head.since_checkpoint + 1
    if _keys is not None and since >= CHECKPOINT_EVERY:
        _checkpoint(conn, _keys, CHECKPOINT, audit_id, digest, values["at_ms"])
        since = 0
    conn.execute(
        update(audit_head)
        .where(audit_head.c.id == 1)
        .values(last_id=audit_id, last_hash=digest, since_checkpoint=since)
    )
    return audit_id


def checkpoint_now(engine: Engine, keys: KeyStore, now: int) -> int | None:
    """MAC the chain's current end; the entry id it covers (None: the log is empty)."""
    with write_tx(engine) as conn:
        head = conn.execute(select(audit_head).where(audit_head.c.id == 1).with_for_update()).one()
        if head.last_id == 0:
            return None
        _checkpoint(conn, keys, CHECKPOINT, head.last_id, head.last_hash, now)
        conn.execute(update(audit_head).where(audit_head.c.id == 1).values(since_checkpoint=0))
        return int(head.last_id)


def anchor_after_purge(conn: Connection, now: int) -> None:
    """After the retention purge: the chain now starts at the first kept entry, whose
    prev_hash is MACed as an anchor (older checkpoints and anchors go)."""
    first = conn.execute(
        select(audit.c.id, audit.c.prev_hash).order_by(audit.c.id).limit(1)
    ).first()
    if first is None:
        # Nothing kept: the next entry will follow the head's hash, whatever its id (0).
        head = conn.execute(select(audit_head).where(audit_head.c.id == 1)).one()
        conn.execute(delete(audit_checkpoints))
        if _keys is not None and head.last_id:
            _checkpoint(conn, _keys, ANCHOR, 0, head.last_hash, now)
        return
    if first.prev_hash is None:
        return
    conn.execute(delete(audit_checkpoints).where(audit_checkpoints.c.audit_id < first.id))
    if _keys is not None:
        _checkpoint(conn, _keys, ANCHOR, first.id, first.prev_hash, now)


@dataclass(frozen=True)
class Finding:
    audit_id: int | None
    at_ms: int | None
    action: str | None
    problem: str


@dataclass(frozen=True)
class Verified:
    entries: int
    checkpoints: int
    after_last_checkpoint: int
    finding: Finding | None

    @property
    def intact(self) -> bool:
        return self.finding is None


def _rows(conn: Connection, batch: int = 5000) -> Iterator[tuple[Any, list[str]]]:
    after = -1
    while True:
        rows = conn.execute(
            select(audit).where(audit.c.id > after).order_by(audit.c.id).limit(batch)
        ).all()
        if not rows:
            return
        fams: dict[int, list[str]] = {row.id: [] for row in rows}
        for audit_id, family_id in conn.execute(
            select(audit_families.c.audit_id, audit_families.c.family_id).where(
                audit_families.c.audit_id.in_(list(fams))
            )
        ):
            fams[audit_id].append(family_id)
        for row in rows:
            yield row, fams[row.id]
        after = rows[-1].id


def verify(engine: Engine, keys: KeyStore | None) -> Verified:
    """Recompute the chain from its start (or its anchor) and check every checkpoint."""
    with read_tx(engine) as conn:
        marks = conn.execute(select(audit_checkpoints).order_by(audit_checkpoints.c.id)).all()
        head = conn.execute(select(audit_head).where(audit_head.c.id == 1)).one()
        anchors = [m for m in marks if m.kind == ANCHOR]
        checks = {m.audit_id: m for m in marks if m.kind == CHECKPOINT}
        for mark in marks:
            if keys is None:
                break
            try:
                expected = mac(keys, mark.key_id, mark.kind, mark.audit_id, mark.hash)
            except DataKeyError:
                return Verified(
                    0,
                    len(marks),
                    0,
                    Finding(
                        mark.audit_id,
                        mark.at_ms,
                        None,
                        f"the {mark.kind} at entry {mark.audit_id} is under the key {mark.key_id}, which is not held",
                    ),
                )
            if not hmac.compare_digest(expected, mark.mac):
                return Verified(
                    0,
                    len(marks),
                    0,
                    Finding(
                        mark.audit_id,
                        mark.at_ms,
                        None,
                        f"the {mark.kind} at entry {mark.audit_id} does not carry a valid MAC: it was written without the key",
                    ),
                )
        previous = anchors[-1].hash if anchors else GENESIS
        start = anchors[-1].audit_id if anchors and anchors[-1].audit_id else None
        count, last_id, last_hash, since = 0, 0, GENESIS, 0
        for row, families in _rows(conn):
            count += 1
            if start is not None and count == 1 and row.id != start:
                return Verified(
                    count,
                    len(marks),
                    since,
                    _finding(
                        row,
                        f"the log starts at entry {row.id}, but the retention anchor says {start}: entries were removed",
                    ),
                )
            if row.hash is None:
                return Verified(count, len(marks), since, _finding(row, "the entry is not chained"))
            if row.prev_hash != previous:
                return Verified(
                    count,
                    len(marks),
                    since,
                    _finding(row, "the entry before it is missing, or the entries were reordered"),
                )
            if entry_hash(previous, row._mapping, families) != row.hash:
                return Verified(
                    count,
                    len(marks),
                    since,
                    _finding(row, "the entry was changed after it was written"),
                )
            mark = checks.pop(row.id, None)
            if mark is not None:
                if mark.hash != row.hash:
                    return Verified(
                        count,
                        len(marks),
                        since,
                        _finding(
                            row, "the entry does not match its checkpoint: the chain was rewritten"
                        ),
                    )
                since = 0
            else:
                since += 1
            previous, last_id, last_hash = row.hash, row.id, row.hash
        if checks:
            gone = min(checks)
            return Verified(
                count,
                len(marks),
                since,
                Finding(
                    gone,
                    checks[gone].at_ms,
                    None,
                    f"entry {gone}, which a checkpoint covers, is missing",
                ),
            )
        if count and (head.last_id, head.last_hash) != (last_id, last_hash):
            return Verified(
                count,
                len(marks),
                since,
                Finding(
                    head.last_id,
                    None,
                    None,
                    f"the log ends at entry {last_id}, but its head says {head.last_id}: entries at the end were removed",
                ),
            )
    return Verified(count, len(marks), since, None)


def _finding(row: Any, problem: str) -> Finding:
    return Finding(row.id, row.at_ms, row.action, problem)


def entries_count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(audit)).scalar_one())
