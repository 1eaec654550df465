"""Erasing a family on an order, here and on every laptop that holds it.

`ftbt-server family erase` removes every value the store holds of the family
(its change log, current state, entities, assignments and grants) and keeps
only what says that it happened: the `erasures` row (when, by whom, how many
changes, whether forced) and an audit entry with counts. The family's row
stays as a tombstone without personal data, so no laptop can create it again
by pushing a change it still had waiting: such a push is refused like any
change to a family the user may not write.

The users whose laptops may hold the family (anyone with a grant on it, or an
assignment) are its holders. Each of their devices asks at every sync
(with `GET /api/v1/sync/device`), removes what it holds, and confirms
(`POST /api/v1/sync/erasures`); `ftbt-server family erasures` lists those
still waiting. The store cannot know how many laptops a user has: it keeps
telling every device of a holder that has not confirmed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from ftbt_server import audit
from ftbt_server.accounts import AdminError
from ftbt_server.db import lock_sequence, read_tx, write_tx
from ftbt_server.sealed_values import Sealer, UnreadableValue, binding
from ftbt_server.tables import (
    assignments,
    changes,
    device_pushes,
    entities,
    erasure_confirmations,
    erasure_holders,
    erasures,
    families,
    feed,
    grants,
    state,
    users,
)

MAX_OPERATOR = 200


@dataclass(frozen=True)
class Erased:
    family_id: str
    changes: int
    holders: int


@dataclass(frozen=True)
class Waiting:
    """An erasure some holder has not confirmed from any device yet."""

    family_id: str
    erased_ms: int
    erased_by: str
    changes: int
    # (username, the names of the devices that confirmed) per holder
    holders: tuple[tuple[str, tuple[str, ...]], ...]


def family_status(conn: Connection, family_id: str, sealer: Sealer) -> str | None:
    row = conn.execute(
        select(state).where(state.c.entity_id == family_id, state.c.field == "status")
    ).first()
    if row is None:
        return None
    try:
        value = json.loads(
            sealer.open(row.key_id, row.value, binding(row.change_id, row.entity_id, row.field))
        )
    except (UnreadableValue, ValueError):
        return None
    return value if isinstance(value, str) else None


def erase_family(
    engine: Engine, family_id: str, erased_by: str, force: bool, now: int, sealer: Sealer
) -> Erased:
    """Remove the family's values; refused (AdminError) unless it is closed or `force`."""
    with write_tx(engine) as conn:
        # Numbering writers wait: no push can add to the family while it goes.
        lock_sequence(conn)
        if conn.execute(
            select(erasures.c.family_id).where(erasures.c.family_id == family_id)
        ).first():
            raise AdminError(f"family {family_id} was already erased")
        if not conn.execute(
            select(families.c.family_id).where(families.c.family_id == family_id)
        ).first():
            raise AdminError(f"no family {family_id} on this server")
        status = family_status(conn, family_id, sealer)
        if status != "closed" and not force:
            raise AdminError(
                f"family {family_id} is not closed (status: {status or 'unknown'}); close it "
                "in the app first, or give --force for a data-protection order"
            )
        holders = sorted(
            {
                row.user_id
                for row in conn.execute(
                    select(grants.c.user_id).where(grants.c.family_id == family_id)
                )
            }
            | {
                row.user_id
                for row in conn.execute(
                    select(assignments.c.user_id).where(assignments.c.family_id == family_id)
                )
            }
        )
        count = conn.execute(
            select(func.count()).select_from(changes).where(changes.c.family_id == family_id)
        ).scalar_one()
        conn.execute(
            insert(erasures).values(
                family_id=family_id,
                erased_ms=now,
                erased_by=erased_by[:MAX_OPERATOR],
                changes=count,
                forced=force,
            )
        )
        if holders:
            conn.execute(
                insert(erasure_holders), [{"family_id": family_id, "user_id": u} for u in holders]
            )
        # A device whose last push was in this family must not take the change's
        # absence for a vault put back to an older copy (sync/rollback.py).
        erased_ids = select(changes.c.change_id).where(changes.c.family_id == family_id)
        conn.execute(
            update(device_pushes)
            .where(device_pushes.c.last_change_id.in_(erased_ids))
            .values(last_change_id="")
        )
        conn.execute(delete(feed).where(feed.c.family_id == family_id))
        conn.execute(delete(changes).where(changes.c.family_id == family_id))
        conn.execute(delete(state).where(state.c.family_id == family_id))
        conn.execute(delete(entities).where(entities.c.family_id == family_id))
        conn.execute(delete(grants).where(grants.c.family_id == family_id))
        conn.execute(delete(assignments).where(assignments.c.family_id == family_id))
        audit.record(
            conn,
            now,
            "family_erased",
            audit.Actor(None, erased_by[:MAX_OPERATOR]),
            families=[family_id],
            counts={"changes": count, "holders": len(holders), "forced": int(force)},
        )
    return Erased(family_id, count, len(holders))


def erased_ids(conn: Connection, family_ids: Iterable[str]) -> set[str]:
    wanted = sorted(set(family_ids))
    if not wanted:
        return set()
    rows = conn.execute(select(erasures.c.family_id).where(erasures.c.family_id.in_(wanted)))
    return {row.family_id for row in rows}


def to_remove(conn: Connection, user_id: str, device_id: str) -> list[str]:
    """The erased families this user's device has not confirmed removing."""
    confirmed = select(erasure_confirmations.c.family_id).where(
        erasure_confirmations.c.user_id == user_id,
        erasure_confirmations.c.device_id == device_id,
    )
    rows = conn.execute(
        select(erasure_holders.c.family_id).where(
            erasure_holders.c.user_id == user_id,
            erasure_holders.c.family_id.not_in(confirmed),
        )
    )
    return sorted(row.family_id for row in rows)


def confirm(
    engine: Engine,
    actor: audit.Actor,
    device_id: str,
    family_ids: Iterable[str],
    now: int,
) -> list[str]:
    """Record that this device removed these erased families, with its audit entry;
    returns those newly confirmed (ids the device was not asked about are ignored).

    What is left to confirm is read in the transaction that writes, so two copies of
    one request at once (a resend after a dropped connection) confirm once: on
    PostgreSQL the second meets the first's row at its insert and reads again."""
    assert actor.user_id is not None
    asked = set(family_ids)
    # Most calls confirm nothing new: those take no writer's lock.
    with read_tx(engine) as conn:
        if not set(to_remove(conn, actor.user_id, device_id)) & asked:
            return []
    for attempt in range(2):
        try:
            with write_tx(engine) as conn:
                wanted = sorted(set(to_remove(conn, actor.user_id, device_id)) & asked)
                if not wanted:
                    return []
                conn.execute(
                    insert(erasure_confirmations),
                    [
                        {
                            "family_id": family_id,
                            "user_id": actor.user_id,
                            "device_id": device_id,
                            "device_name": (actor.device_name or "")[:200],
                            "confirmed_ms": now,
                        }
                        for family_id in wanted
                    ],
                )
                audit.record(
                    conn,
                    now,
                    "erasure_confirmed",
                    actor,
                    families=wanted,
                    counts={"families": len(wanted)},
                )
            return wanted
        except IntegrityError:
            if attempt:
                raise
    raise AssertionError("unreachable")


def waiting(engine: Engine) -> list[Waiting]:
    """Erasures with a holder none of whose devices has confirmed yet."""
    with read_tx(engine) as conn:
        done = conn.execute(select(erasures).order_by(erasures.c.erased_ms)).all()
        holders = conn.execute(
            select(erasure_holders.c.family_id, users.c.id, users.c.username).join(
                users, users.c.id == erasure_holders.c.user_id
            )
        ).all()
        confirmations = conn.execute(select(erasure_confirmations)).all()
    confirmed: dict[tuple[str, str], list[str]] = {}
    for row in confirmations:
        confirmed.setdefault((row.family_id, row.user_id), []).append(row.device_name)
    out = []
    for erasure in done:
        theirs = [
            (h.username, tuple(sorted(confirmed.get((erasure.family_id, h.id), []))))
            for h in holders
            if h.family_id == erasure.family_id
        ]
        if any(not devices for _, devices in theirs):
            out.append(
                Waiting(
                    erasure.family_id,
                    erasure.erased_ms,
                    erasure.erased_by,
                    erasure.changes,
                    tuple(sorted(theirs)),
                )
            )
    return out
