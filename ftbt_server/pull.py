"""Pull: the changes of the families a user may read, after a cursor, in pages.

Before reading, the user's grants (the families they could read at their last
pull) are brought up to date. A family that became readable after the user's
devices may already have read past its changes (a reassignment, a new team
member) gets its changes *redelivered*: copied into the feed for this user
only, with new sequence numbers, so every device's cursor still reaches them.
Clients apply changes idempotently by change_id, so a copy never applies twice.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    and_,
    func,
    insert,
    literal,
    or_,
    select,
    update,
)

from ftbt_server import audit
from ftbt_server.access import Principal, readable_families
from ftbt_server.db import lock_sequence, read_tx, store_sequence, write_tx
from ftbt_server.settings import Settings
from ftbt_server.tables import changes, feed, grants, state


@dataclass(frozen=True)
class Page:
    changes: list[dict[str, Any]]
    next: int
    has_more: bool
    families: list[str]
    revoked_families: list[str]

    def to_json(self) -> dict[str, Any]:
        return {
            "changes": self.changes,
            "next": self.next,
            "has_more": self.has_more,
            "families": self.families,
            "revoked_families": self.revoked_families,
        }


def _grant_rows(conn: Connection, user_id: str) -> dict[str, int | None]:
    rows = conn.execute(
        select(grants.c.family_id, grants.c.revoked_ms).where(grants.c.user_id == user_id)
    )
    return {row.family_id: row.revoked_ms for row in rows}


def refresh_grants(engine: Engine, principal: Principal, now: int) -> tuple[set[str], set[str]]:
    """(readable now, revoked) after recording what changed since the last pull."""
    with read_tx(engine) as conn:
        readable = readable_families(conn, principal)
        rows = _grant_rows(conn, principal.user_id)
    if readable == {f for f, revoked in rows.items() if revoked is None}:
        return readable, set(rows) - readable
    with write_tx(engine) as conn:
        last = lock_sequence(conn)
        readable = readable_families(conn, principal)
        rows = _grant_rows(conn, principal.user_id)
        active = {f for f, revoked in rows.items() if revoked is None}
        gained = sorted(readable - active)
        lost = sorted(active - readable)
        redelivered = 0
        for family_id in gained:
            # A user who never had any grant has never been sent a row, so none
            # of their devices can have read past this family's changes.
            if rows:
                floor = last
                count = _redeliver(conn, principal.user_id, family_id, last)
                redelivered += count
                last += count
            else:
                floor = 0
            if family_id in rows:
                conn.execute(
                    update(grants)
                    .where(
                        and_(grants.c.user_id == principal.user_id, grants.c.family_id == family_id)
                    )
                    .values(floor_seq=floor, granted_ms=now, revoked_ms=None)
                )
            else:
                conn.execute(
                    insert(grants).values(
                        user_id=principal.user_id,
                        family_id=family_id,
                        floor_seq=floor,
                        granted_ms=now,
                    )
                )
        if lost:
            conn.execute(
                update(grants)
                .where(and_(grants.c.user_id == principal.user_id, grants.c.family_id.in_(lost)))
                .values(revoked_ms=now)
            )
        store_sequence(conn, last)
        actor = audit.Actor(principal.user_id, principal.username, principal.device_name)
        if gained:
            audit.record(
                conn,
                now,
                "access_granted",
                actor,
                families=gained,
                counts={"redelivered": redelivered},
            )
        if lost:
            audit.record(conn, now, "access_revoked", actor, families=lost)
        all_rows = _grant_rows(conn, principal.user_id)
    return readable, set(all_rows) - readable


def _redeliver(conn: Connection, user_id: str, family_id: str, last: int) -> int:
    count = conn.execute(
        select(func.count()).select_from(changes).where(changes.c.family_id == family_id)
    ).scalar_one()
    if count:
        numbered = select(
            literal(last) + func.row_number().over(order_by=changes.c.seq),
            changes.c.change_id,
            changes.c.family_id,
            literal(user_id),
        ).where(changes.c.family_id == family_id)
        conn.execute(
            insert(feed).from_select(["seq", "change_id", "family_id", "audience"], numbered)
        )
    return int(count)


CHANGE_COLUMNS = (
    changes.c.change_id,
    changes.c.entity_type,
    changes.c.entity_id,
    changes.c.family_id,
    changes.c.field,
    changes.c.value,
    changes.c.hlc,
    changes.c.device_id,
    changes.c.user_id,
)


def pull(
    engine: Engine,
    settings: Settings,
    principal: Principal,
    after: int,
    limit: int,
    client_addr: str,
) -> Page:
    now = settings.clock()
    readable, revoked = refresh_grants(engine, principal, now)
    uid = principal.user_id
    query = (
        select(feed.c.seq, *CHANGE_COLUMNS)
        .select_from(
            feed.join(changes, changes.c.change_id == feed.c.change_id).join(
                grants, and_(grants.c.family_id == feed.c.family_id, grants.c.user_id == uid)
            )
        )
        .where(
            grants.c.revoked_ms.is_(None),
            feed.c.seq > after,
            feed.c.seq > grants.c.floor_seq,
            or_(feed.c.audience.is_(None), feed.c.audience == uid),
        )
        .order_by(feed.c.seq)
        .limit(limit + 1)
    )
    with read_tx(engine) as conn:
        rows = conn.execute(query).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    out = []
    per_family: dict[str, int] = {}
    for row in rows:
        out.append(
            {
                "seq": row.seq,
                "change_id": row.change_id,
                "entity_type": row.entity_type,
                "entity_id": row.entity_id,
                "family_id": row.family_id,
                "field": row.field,
                "value": json.loads(row.value),
                "hlc": row.hlc,
                "device_id": row.device_id,
                "user_id": row.user_id,
            }
        )
        per_family[row.family_id] = per_family.get(row.family_id, 0) + 1
    with write_tx(engine) as conn:
        actor = audit.Actor(uid, principal.username, principal.device_name, client_addr)
        audit.record(
            conn,
            now,
            "pull",
            actor,
            families=per_family,
            counts={"changes": len(out), "families": len(per_family)},
            detail=f"after={after}",
        )
    return Page(
        changes=out,
        next=rows[-1].seq if rows else after,
        has_more=has_more,
        families=sorted(readable),
        revoked_families=sorted(revoked),
    )


def family_state(
    engine: Engine, settings: Settings, principal: Principal, family_id: str, client_addr: str
) -> dict[str, dict[str, Any]] | None:
    """Entity id → {"_type": …, field: value} by the merge rule, or None when not readable."""
    now = settings.clock()
    actor = audit.Actor(principal.user_id, principal.username, principal.device_name, client_addr)
    with read_tx(engine) as conn:
        allowed = family_id in readable_families(conn, principal)
        rows = (
            conn.execute(select(state).where(state.c.family_id == family_id)).all()
            if allowed
            else []
        )
    with write_tx(engine) as conn:
        audit.record(
            conn,
            now,
            "read_state",
            actor,
            outcome="ok" if allowed else "denied",
            families=[family_id],
            counts={"fields": len(rows)},
        )
    if not allowed:
        return None
    entities: dict[str, dict[str, Any]] = {}
    for row in rows:
        entity = entities.setdefault(row.entity_id, {"_type": row.entity_type})
        entity[row.field] = json.loads(row.value)
    return entities
