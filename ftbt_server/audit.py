"""The append-only audit log: who read, changed, exported or deleted what, when.

Entries are chained by hash, with MACed checkpoints (audit_chain.py).

Entries carry ids and counts only, never change values. Each entry lists the
families it concerns in `audit_families`, so the log can be listed per family
when a citizen asks who has looked at their data.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, select

from ftbt_server import audit_chain
from ftbt_server.db import write_tx
from ftbt_server.settings import DAY_MS
from ftbt_server.tables import audit, audit_families, users

log = logging.getLogger("ftbt_server.audit")


@dataclass(frozen=True)
class Actor:
    """Who did it, from where: the fields every entry carries."""

    user_id: str | None
    username: str | None
    device_name: str | None = None
    client_addr: str | None = None


def record(
    conn: Connection,
    at_ms: int,
    action: str,
    actor: Actor,
    outcome: str = "ok",
    families: Iterable[str] = (),
    counts: Mapping[str, int] | None = None,
    detail: str = "",
) -> None:
    audit_chain.append(
        conn,
        {
            "at_ms": at_ms,
            "action": action,
            "outcome": outcome,
            "user_id": actor.user_id,
            "username": actor.username,
            "device_name": actor.device_name,
            "client_addr": actor.client_addr,
            "counts": json.dumps(dict(counts or {}), sort_keys=True),
            "detail": detail,
        },
        sorted(set(families)),
    )


@dataclass(frozen=True)
class Entry:
    id: int
    at_ms: int
    action: str
    outcome: str
    username: str | None
    device_name: str | None
    client_addr: str | None
    families: tuple[str, ...]
    counts: dict[str, int]
    detail: str

    @property
    def at(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.at_ms / 1000, tz=dt.UTC)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": self.at.isoformat().replace("+00:00", "Z"),
            "action": self.action,
            "outcome": self.outcome,
            "username": self.username,
            "device_name": self.device_name,
            "client_addr": self.client_addr,
            "families": list(self.families),
            "counts": self.counts,
            "detail": self.detail,
        }


def stream(conn: Connection, after_id: int, batch: int = 5000) -> Iterator[dict[str, Any]]:
    """Every entry after `after_id`, oldest first, as JSON objects with their chain hashes
    (the export for the municipality's log collection); read in batches."""
    while True:
        found = entries(conn, after_id=after_id, limit=batch)
        if not found:
            return
        hashes = dict(
            conn.execute(
                select(audit.c.id, audit.c.hash).where(audit.c.id.in_([e.id for e in found]))
            ).all()
        )
        previous = dict(
            conn.execute(
                select(audit.c.id, audit.c.prev_hash).where(audit.c.id.in_([e.id for e in found]))
            ).all()
        )
        for entry in found:
            yield {**entry.to_json(), "prev_hash": previous[entry.id], "hash": hashes[entry.id]}
        after_id = found[-1].id


def entries(
    conn: Connection,
    family_id: str | None = None,
    username: str | None = None,
    since_ms: int | None = None,
    limit: int = 10_000,
    after_id: int | None = None,
) -> list[Entry]:
    """Entries oldest first, filtered by family, user and time."""
    query = select(audit).order_by(audit.c.id).limit(limit)
    if family_id is not None:
        query = query.where(
            audit.c.id.in_(
                select(audit_families.c.audit_id).where(audit_families.c.family_id == family_id)
            )
        )
    if username is not None:
        query = query.where(
            (audit.c.username == username)
            | audit.c.user_id.in_(select(users.c.id).where(users.c.username == username))
        )
    if since_ms is not None:
        query = query.where(audit.c.at_ms >= since_ms)
    if after_id is not None:
        query = query.where(audit.c.id > after_id)
    rows = conn.execute(query).all()
    fams: dict[int, list[str]] = {row.id: [] for row in rows}
    if rows:
        for audit_id, fam in conn.execute(
            select(audit_families.c.audit_id, audit_families.c.family_id)
            .where(audit_families.c.audit_id.in_(list(fams)))
            .order_by(audit_families.c.family_id)
        ):
            fams[audit_id].append(fam)
    return [
        Entry(
            id=row.id,
            at_ms=row.at_ms,
            action=row.action,
            outcome=row.outcome,
            username=row.username,
            device_name=row.device_name,
            client_addr=row.client_addr,
            families=tuple(fams[row.id]),
            counts=json.loads(row.counts),
            detail=row.detail,
        )
        for row in rows
    ]


def purge(engine: Engine, now_ms: int, retention_days: int) -> int:
    """Delete the entries older than the retention period, from the start of the log up
    to the first that is not (entries are chained in id order, which their clocks need
    not follow); returns how many. A log that does not verify is left whole: the purge
    must never be the tool that removes what was edited."""
    cutoff = now_ms - retention_days * DAY_MS
    checked = audit_chain.verify(engine, audit_chain.current_keys())
    if checked.finding is not None:
        log.error(
            "audit retention: the log does not verify at entry %s; nothing purged",
            checked.finding.audit_id,
        )
        return 0
    with write_tx(engine) as conn:
        audit_chain.lock_head(conn)
        keep_from = conn.execute(
            select(func.min(audit.c.id)).where(audit.c.at_ms >= cutoff)
        ).scalar()
        old = select(audit.c.id)
        if keep_from is not None:
            old = old.where(audit.c.id < keep_from)
        conn.execute(delete(audit_families).where(audit_families.c.audit_id.in_(old)))
        doomed = delete(audit)
        if keep_from is not None:
            doomed = doomed.where(audit.c.id < keep_from)
        removed = conn.execute(doomed).rowcount
        if removed:
            audit_chain.anchor_after_purge(conn, now_ms)
    log.info("audit retention: removed %d entries older than %d days", removed, retention_days)
    return removed
