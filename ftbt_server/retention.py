"""How long the store keeps a closed family, and clearing what is past it.

The period is the municipality's decision (FTBT_SERVER_RETENTION, for example
`5y`): with none set, nothing is ever erased by time, and `ftbt-server retention
run` says so and stops. `retention run` (for a cron job or a systemd timer) then

- erases every family that has been closed for the whole period, as `family
  erase` does (every laptop that holds it removes it at its next sync), and
- clears the values of every entity deleted the whole period ago: its change
  log keeps who changed which field when, not the old words, and its current
  state keeps only that it is deleted. Laptops are not sent cleared changes.

The period runs from the later of the family's end date (as the coordinator
recorded it) and the moment this server received the closing change, by its own
clock: an end date written in the past never erases a family sooner than the
period after the server learned it was closed. A reopened family is not due.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, and_, delete, select, update

from ftbt_desktop.core.changes import DELETED
from ftbt_server import audit, erasure
from ftbt_server.db import read_tx, write_tx
from ftbt_server.sealed_values import CLEARED, Sealer, UnreadableValue, binding
from ftbt_server.settings import DAY_MS
from ftbt_server.tables import changes, erasures, state

RETENTION_ENV = "FTBT_SERVER_RETENTION"
OPERATOR = "retention"
_PERIOD = re.compile(r"^\s*(\d+)\s*([yd])\s*$", re.IGNORECASE)


class RetentionNotSet(ValueError):
    """No retention period is configured: nothing may be erased by time."""


@dataclass(frozen=True)
class Period:
    """A number of calendar years or of days."""

    amount: int
    unit: str  # "y" or "d"

    def __str__(self) -> str:
        return f"{self.amount} {'years' if self.unit == 'y' else 'days'}"

    def after(self, start_ms: int) -> int:
        """The moment the period that began at `start_ms` is over."""
        if self.unit == "d":
            return start_ms + self.amount * DAY_MS
        start = dt.datetime.fromtimestamp(start_ms / 1000, dt.UTC)
        try:
            end = start.replace(year=start.year + self.amount)
        except ValueError:  # 29 February into a year without one: the day after
            end = start.replace(year=start.year + self.amount, month=3, day=1)
        return int(end.timestamp() * 1000)


def parse_period(text: str | None) -> Period | None:
    if text is None or not text.strip():
        return None
    match = _PERIOD.match(text)
    if not match or int(match.group(1)) == 0:
        raise ValueError(
            f"{RETENTION_ENV} must be a number of years or days, such as 5y or 1830d, not {text!r}"
        )
    return Period(int(match.group(1)), match.group(2).lower())


@dataclass(frozen=True)
class DueFamily:
    family_id: str
    closed_since_ms: int
    due_ms: int


@dataclass
class Plan:
    families: list[DueFamily] = field(default_factory=list)
    # family id → entity ids deleted the whole period ago whose values are still held
    deleted: dict[str, list[str]] = field(default_factory=dict)


def _open(sealer: Sealer, row: Any) -> Any:
    try:
        return json.loads(
            sealer.open(row.key_id, row.value, binding(row.change_id, row.entity_id, row.field))
        )
    except (UnreadableValue, ValueError):
        return None


def _date_ms(value: Any) -> int | None:
    if not isinstance(value, str):
        return None
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
    return int(dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC).timestamp() * 1000)


def _received(conn: Connection, change_ids: Iterable[str]) -> dict[str, int]:
    wanted = sorted(set(change_ids))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        rows = conn.execute(
            select(changes.c.change_id, changes.c.received_ms).where(
                changes.c.change_id.in_(wanted[start : start + 500])
            )
        )
        found.update({row.change_id: row.received_ms for row in rows})
    return found


def _holding_values(conn: Connection, entity_ids: list[str]) -> set[str]:
    """Those of these entities with a change whose value is not cleared yet."""
    found: set[str] = set()
    for start in range(0, len(entity_ids), 500):
        found.update(
            conn.execute(
                select(changes.c.entity_id)
                .where(
                    changes.c.entity_id.in_(entity_ids[start : start + 500]),
                    changes.c.field != DELETED,
                    changes.c.key_id.is_distinct_from(CLEARED),
                )
                .distinct()
            ).scalars()
        )
    return found


def plan(engine: Engine, sealer: Sealer, period: Period, now: int) -> Plan:
    """What is due at `now`: closed families, and deleted entities' values."""
    out = Plan()
    with read_tx(engine) as conn:
        gone = set(conn.execute(select(erasures.c.family_id)).scalars())
        family_rows = conn.execute(
            select(state).where(
                state.c.entity_type == "family", state.c.field.in_(["status", "end"])
            )
        ).all()
        # A family is erased whole when its time comes, never cleared field by field
        # (clearing its status would make it never due).
        deleted_rows = conn.execute(
            select(state).where(state.c.field == DELETED, state.c.entity_type != "family")
        ).all()
        received = _received(conn, [r.change_id for r in family_rows + deleted_rows])
        by_family: dict[str, dict[str, Any]] = {}
        for row in family_rows:
            by_family.setdefault(row.family_id, {})[row.field] = row
        for family_id, fields in sorted(by_family.items()):
            status = fields.get("status")
            if family_id in gone or status is None or _open(sealer, status) != "closed":
                continue
            since = received.get(status.change_id, now)
            end = _date_ms(_open(sealer, fields["end"])) if "end" in fields else None
            since = max(since, end or 0)
            due = period.after(since)
            if due <= now:
                out.families.append(DueFamily(family_id, since, due))
        erased_now = {f.family_id for f in out.families} | gone
        candidates = [
            row
            for row in deleted_rows
            if row.family_id not in erased_now
            and period.after(received.get(row.change_id, now)) <= now
            and _open(sealer, row) is True
        ]
        held = _holding_values(conn, [row.entity_id for row in candidates])
        for row in candidates:
            if row.entity_id in held:
                out.deleted.setdefault(row.family_id, []).append(row.entity_id)
    return out


def _clear_entity(conn: Connection, entity_id: str) -> int:
    """Clear every value of a deleted entity but the deletion itself; how many changes."""
    cleared = conn.execute(
        update(changes)
        .where(
            changes.c.entity_id == entity_id,
            changes.c.field != DELETED,
            changes.c.key_id.is_distinct_from(CLEARED),
        )
        .values(value="", key_id=CLEARED)
    ).rowcount
    conn.execute(
        delete(state).where(and_(state.c.entity_id == entity_id, state.c.field != DELETED))
    )
    return int(cleared)


@dataclass(frozen=True)
class Done:
    erased: list[erasure.Erased]
    cleared_entities: int
    cleared_changes: int


def run(engine: Engine, sealer: Sealer, period: Period, now: int) -> Done:
    due = plan(engine, sealer, period, now)
    erased = []
    for family in due.families:
        try:
            erased.append(
                erasure.erase_family(
                    engine, family.family_id, f"{OPERATOR} ({period})", False, now, sealer
                )
            )
        except erasure.AdminError:
            continue  # reopened or erased by someone else since the plan: not due any more
    entities = changed = 0
    for family_id, entity_ids in sorted(due.deleted.items()):
        with write_tx(engine) as conn:
            count = sum(_clear_entity(conn, entity_id) for entity_id in entity_ids)
            audit.record(
                conn,
                now,
                "retention_cleared",
                audit.Actor(None, OPERATOR),
                families=[family_id],
                counts={"entities": len(entity_ids), "changes": count},
                detail=f"deleted entities' values older than {period}",
            )
        entities += len(entity_ids)
        changed += count
    return Done(erased, entities, changed)
