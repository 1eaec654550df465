"""A push's changes numbered and stored: the part of a push under the sequence lock.

Every pushing writer waits for the lock (db.lock_sequence), and it is held until
commit, so its numbers become visible together and after every lower number. At 8
o'clock, 200 laptops push within a second across two server processes, and the
pushes then take turns at this lock: each one's turn is the whole round of a push
(bench/sync_scale.py --laptops).

On PostgreSQL the turn is one statement (`_NUMBER_AND_STORE`): taking the next
numbers, storing the changes and their feed rows, noting the device's last push and
merging the batch into the state. Done as one statement per step (as on SQLite) it
was ten round trips, each one waiting for its server thread to run again among a
hundred others (about 20 ms a push under that load, so 200 pushes took 5 s). On
SQLite `BEGIN IMMEDIATE` serialises whole pushes anyway, and the statements are the
plain ones below.

The state keeps, per (entity, field), the winner by the merge rule: the greatest
(hlc, device_id, change_id), compared as Python compares strings (code point order,
which is the byte order of UTF-8: `COLLATE "C"` on PostgreSQL, SQLite's default).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, and_, bindparam, insert, select, text, update

from ftbt_desktop.core.changes import Change, wins
from ftbt_server import devices
from ftbt_server.db import lock_sequence, store_sequence
from ftbt_server.tables import changes, feed, state

# Change id → (key id, the value as stored): sealed once for `changes` and `state`.
Sealed = dict[str, tuple[str | None, str]]

_NUMBER_AND_STORE = text(
    """
WITH s AS (
    UPDATE seq_counter SET value = value + CAST(:n AS bigint) WHERE id = 1
    RETURNING value - CAST(:n AS bigint) AS base
), t AS (
    SELECT * FROM unnest(
        CAST(:change_id AS text[]), CAST(:entity_type AS text[]), CAST(:entity_id AS text[]),
        CAST(:family_id AS text[]), CAST(:field AS text[]), CAST(:value AS text[]),
        CAST(:key_id AS text[]), CAST(:hlc AS text[]), CAST(:device_id AS text[]),
        CAST(:user_id AS text[])
    ) WITH ORDINALITY AS t(change_id, entity_type, entity_id, family_id, field, value,
                           key_id, hlc, device_id, user_id, n)
), c AS (
    INSERT INTO changes (change_id, seq, entity_type, entity_id, family_id, field, value,
                         key_id, hlc, device_id, user_id, pushed_by, received_ms)
    SELECT t.change_id, s.base + t.n, t.entity_type, t.entity_id, t.family_id, t.field,
           t.value, t.key_id, t.hlc, t.device_id, t.user_id, :pushed_by, :now
    FROM s, t
), f AS (
    INSERT INTO feed (seq, change_id, family_id, audience)
    SELECT s.base + t.n, t.change_id, t.family_id, NULL FROM s, t
), d AS (
    INSERT INTO device_pushes AS cur (user_id, device_id, last_change_id, last_seq, pushed,
                                      updated_ms, device_name)
    SELECT :pushed_by, p.device_id, p.change_id, s.base + p.n, p.pushed, :now,
           CAST(:device_name AS text)
    FROM s, unnest(CAST(:d_device_id AS text[]), CAST(:d_change_id AS text[]),
                   CAST(:d_n AS bigint[]), CAST(:d_pushed AS bigint[]))
         AS p(device_id, change_id, n, pushed)
    ON CONFLICT (user_id, device_id) DO UPDATE SET
        last_change_id = excluded.last_change_id,
        last_seq = excluded.last_seq,
        pushed = cur.pushed + excluded.pushed,
        updated_ms = excluded.updated_ms,
        device_name = COALESCE(excluded.device_name, cur.device_name)
), m AS (
    INSERT INTO state AS cur (entity_id, field, entity_type, family_id, change_id, hlc,
                              device_id, user_id, value, key_id)
    SELECT * FROM unnest(
        CAST(:m_entity_id AS text[]), CAST(:m_field AS text[]),
        CAST(:m_entity_type AS text[]), CAST(:m_family_id AS text[]),
        CAST(:m_change_id AS text[]), CAST(:m_hlc AS text[]), CAST(:m_device_id AS text[]),
        CAST(:m_user_id AS text[]), CAST(:m_value AS text[]), CAST(:m_key_id AS text[])
    )
    ON CONFLICT (entity_id, field) DO UPDATE SET
        entity_type = excluded.entity_type,
        family_id = excluded.family_id,
        change_id = excluded.change_id,
        hlc = excluded.hlc,
        device_id = excluded.device_id,
        user_id = excluded.user_id,
        value = excluded.value,
        key_id = excluded.key_id
    WHERE (cur.hlc COLLATE "C", cur.device_id COLLATE "C", cur.change_id COLLATE "C")
        < (excluded.hlc COLLATE "C", excluded.device_id COLLATE "C",
           excluded.change_id COLLATE "C")
)
SELECT base FROM s
"""
)


def store_numbered(
    conn: Connection,
    stored: list[Change],
    sealed: Sealed,
    pushed_by: str,
    device_name: str,
    now: int,
) -> None:
    """Number `stored` after the last number issued, store it and merge it into the
    state; the sequence lock is held from here until the transaction ends."""
    if conn.dialect.name == "postgresql":
        # One row, or the counter is gone: then nothing may be stored (the state part
        # does not depend on the numbers), and the push fails as on SQLite.
        conn.execute(
            _NUMBER_AND_STORE, _parameters(stored, sealed, pushed_by, device_name, now)
        ).scalar_one()
        return
    last = lock_sequence(conn)
    _insert(conn, stored, sealed, last, pushed_by, now)
    devices.note_pushed(conn, pushed_by, stored, last + 1, now, device_name)
    _merge_state(conn, stored, sealed)
    store_sequence(conn, last + len(stored))


def _parameters(
    stored: list[Change], sealed: Sealed, pushed_by: str, device_name: str, now: int
) -> dict[str, Any]:
    keys = [sealed[c.change_id][0] for c in stored]
    values = [sealed[c.change_id][1] for c in stored]
    params: dict[str, Any] = {
        "n": len(stored),
        "pushed_by": pushed_by,
        "now": now,
        "device_name": device_name[: devices.MAX_NAME] or None,
        "value": values,
        "key_id": keys,
    }
    for name in ("change_id", "entity_type", "entity_id", "family_id", "field", "hlc"):
        params[name] = [getattr(c, name) for c in stored]
    params["device_id"] = [c.device_id for c in stored]
    params["user_id"] = [c.user_id for c in stored]
    latest = devices.latest_per_device(stored)
    params["d_device_id"] = list(latest)
    params["d_change_id"] = [change_id for change_id, _, _ in latest.values()]
    params["d_n"] = [offset + 1 for _, offset, _ in latest.values()]
    params["d_pushed"] = [count for _, _, count in latest.values()]
    # One row per key (a statement may not update a row twice), in key order, so that
    # pushes touching the same fields lock their rows in the same order.
    winners = sorted(_batch_winners(stored).items())
    rows = [_state_row(change, sealed) for _, change in winners]
    for name in (
        "entity_id",
        "field",
        "entity_type",
        "family_id",
        "change_id",
        "hlc",
        "device_id",
        "user_id",
        "value",
        "key_id",
    ):
        params[f"m_{name}"] = [row[name] for row in rows]
    return params


def _batch_winners(stored: list[Change]) -> dict[tuple[str, str], Change]:
    winners: dict[tuple[str, str], Change] = {}
    for change in stored:
        key = (change.entity_id, change.field)
        if wins(change, winners.get(key)):
            winners[key] = change
    return winners


def _insert(
    conn: Connection, stored: list[Change], sealed: Sealed, last: int, pushed_by: str, now: int
) -> None:
    rows = []
    feed_rows = []
    for offset, change in enumerate(stored, start=1):
        seq = last + offset
        # A state row holds the change's own fields: the change's row is that and more.
        rows.append(
            {**_state_row(change, sealed), "seq": seq, "pushed_by": pushed_by, "received_ms": now}
        )
        feed_rows.append(
            {
                "seq": seq,
                "change_id": change.change_id,
                "family_id": change.family_id,
                "audience": None,
            }
        )
    conn.execute(insert(changes), rows)
    conn.execute(insert(feed), feed_rows)


def _merge_state(conn: Connection, stored: list[Change], sealed: Sealed) -> None:
    keys = {(c.entity_id, c.field) for c in stored}
    current: dict[tuple[str, str], Change] = {}
    rows = conn.execute(
        select(state).where(state.c.entity_id.in_(sorted({k[0] for k in keys})))
    ).all()
    for row in rows:
        current[(row.entity_id, row.field)] = Change(
            change_id=row.change_id,
            entity_type=row.entity_type,
            entity_id=row.entity_id,
            family_id=row.family_id,
            field=row.field,
            value=None,  # only the order key matters to the rule
            hlc=row.hlc,
            device_id=row.device_id,
            user_id=row.user_id,
        )
    winners: dict[tuple[str, str], Change] = {}
    for change in stored:
        key = (change.entity_id, change.field)
        if wins(change, winners.get(key) or current.get(key)):
            winners[key] = change
    updates = [_state_row(c, sealed) for k, c in winners.items() if k in current]
    inserts = [_state_row(c, sealed) for k, c in winners.items() if k not in current]
    if inserts:
        conn.execute(insert(state), inserts)
    if updates:
        # The SET clause comes from the parameter keys that name columns.
        conn.execute(
            update(state).where(
                and_(
                    state.c.entity_id == bindparam("b_entity_id"),
                    state.c.field == bindparam("b_field"),
                )
            ),
            [{**row, "b_entity_id": row["entity_id"], "b_field": row["field"]} for row in updates],
        )


def _state_row(change: Change, sealed: Sealed) -> dict[str, Any]:
    return {
        "entity_id": change.entity_id,
        "field": change.field,
        "entity_type": change.entity_type,
        "family_id": change.family_id,
        "change_id": change.change_id,
        "hlc": change.hlc,
        "device_id": change.device_id,
        "user_id": change.user_id,
        "key_id": sealed[change.change_id][0],
        "value": sealed[change.change_id][1],
    }
