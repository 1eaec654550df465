"""The data keys against the database: check, register, rotate.

Before a process seals or opens anything it checks its keys against the key ids
the database has recorded (`data_key_ids`): a recorded id the process holds
under a different key, or one that still seals values and that it lacks, stops
it with a message naming the key; the current key is recorded before its first
use. Two servers on one database with different key files therefore refuse
rather than seal values the other cannot open.

`rotate` re-seals every value not under the current key (and every value
stored clear before schema 0009) in batches of its own transactions, so the
servers go on serving meanwhile. A server that has not yet read the new key
file keeps sealing under the old key for up to a second (data_keys.RELOAD_S);
`rotate` therefore passes over the tables until a pass finds nothing left.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, and_, func, insert, or_, select, update

from ftbt_server.data_keys import DataKeyError, KeyStore, key_check, load
from ftbt_server.db import read_tx, write_tx
from ftbt_server.sealed_values import (
    CLEARED,
    PlainValues,
    Sealer,
    UnreadableValue,
    ValueSealer,
    binding,
)
from ftbt_server.tables import audit_checkpoints, changes, data_key_ids, seal_keys, state

log = logging.getLogger("ftbt_server.key_registry")

SEAL_VALUES_ENV = "FTBT_SERVER_SEAL_VALUES"
BATCH = 2000


def _sealed_under(conn: Connection, key_id: str) -> int:
    total = 0
    for table in (changes, state, seal_keys, audit_checkpoints):
        total += conn.execute(
            select(func.count()).select_from(table).where(table.c.key_id == key_id)
        ).scalar_one()
    return int(total)


def check(engine: Engine, keys: KeyStore, now: int) -> None:
    """Raise DataKeyError unless these keys open everything the database holds;
    records the current key's id when it is new."""
    ring = keys.ring
    with read_tx(engine) as conn:
        recorded = {row.key_id: row.check_value for row in conn.execute(select(data_key_ids))}
        for kid, value in recorded.items():
            held = ring.keys.get(kid)
            if held is not None and key_check(held) != value:
                raise DataKeyError(
                    f"the key {kid} in {ring.source} is not the key {kid} this database "
                    "was sealed with: use the key file of the other servers on this database"
                )
            if held is None and _sealed_under(conn, kid):
                raise DataKeyError(
                    f"the database holds values sealed under the key {kid}, which "
                    f"{ring.source} does not hold: use the key file of the other servers "
                    "on this database"
                )
    if ring.current_id not in recorded:
        with write_tx(engine) as conn:
            exists = conn.execute(
                select(data_key_ids.c.key_id).where(data_key_ids.c.key_id == ring.current_id)
            ).first()
            if exists is None:
                conn.execute(
                    insert(data_key_ids).values(
                        key_id=ring.current_id,
                        check_value=key_check(ring.current),
                        first_used_ms=now,
                    )
                )


def nothing_sealed(engine: Engine) -> bool:
    with read_tx(engine) as conn:
        return conn.execute(select(data_key_ids.c.key_id).limit(1)).first() is None


def open_keys(engine: Engine, data_dir: Path, now: int, create: bool = False) -> KeyStore:
    """The process's keys, checked against the database (and recorded).

    `create`: make the default key file when there is none and the database
    has never sealed a value (a fresh `init` or first `serve`)."""
    keys = load(data_dir, create=create and nothing_sealed(engine))
    check(engine, keys, now)
    return keys


def sealer_for(engine: Engine, data_dir: Path, now: int, create: bool = False) -> Sealer:
    """The sealer a process uses: sealing off only for measuring its cost."""
    import os

    if (os.environ.get(SEAL_VALUES_ENV) or "on").strip().lower() == "off":
        if not nothing_sealed(engine):
            raise DataKeyError(
                f"{SEAL_VALUES_ENV}=off is only for a benchmark's fresh database: "
                "this one already holds sealed values"
            )
        log.warning(
            "%s=off: values are stored in clear text; use only to measure sealing",
            SEAL_VALUES_ENV,
        )
        return PlainValues()
    return ValueSealer(open_keys(engine, data_dir, now, create))


@dataclass
class Rotated:
    changes: int = 0
    state: int = 0
    other: int = 0
    passes: int = 0

    @property
    def total(self) -> int:
        return self.changes + self.state + self.other


def _stale(table: Any, current: str) -> Any:
    return or_(table.c.key_id.is_(None), and_(table.c.key_id != current, table.c.key_id != CLEARED))


def _reseal_changes(
    engine: Engine, sealer: ValueSealer, current: str, after: int
) -> tuple[int, int | None]:
    """Re-seal stale change rows in the next `BATCH` sequence numbers after `after`;
    (rows re-sealed, the last seq looked at, or None at the end)."""
    with write_tx(engine) as conn:
        top = conn.execute(select(func.max(changes.c.seq))).scalar()
        if top is None or after >= top:
            return 0, None
        upper = after + BATCH
        rows = conn.execute(
            select(
                changes.c.change_id,
                changes.c.entity_id,
                changes.c.field,
                changes.c.key_id,
                changes.c.value,
            ).where(changes.c.seq > after, changes.c.seq <= upper, _stale(changes, current))
        ).all()
        done = _reseal_rows(conn, sealer, changes, rows, (changes.c.change_id,))
    return done, upper


def _reseal_rows(
    conn: Connection, sealer: ValueSealer, table: Any, rows: Sequence[Any], keys: Sequence[Any]
) -> int:
    """Seal each row's value again under the current key; how many were.

    Each update applies only if the row is still as it was read (retention may have
    cleared it meanwhile); a row that does not open (edited in the database) is left as
    it is and logged, so it cannot stop the rotation."""
    done = 0
    for row in rows:
        aad = binding(row.change_id, row.entity_id, row.field)
        try:
            opened = sealer.open(row.key_id, row.value, aad)
        except UnreadableValue:
            log.error("the value of change %s does not open; left as it is", row.change_id)
            continue
        kid, text = sealer.seal(opened, aad)
        done += conn.execute(
            update(table)
            .where(
                *(column == getattr(row, column.name) for column in keys),
                table.c.key_id.is_not_distinct_from(row.key_id),
                table.c.value == row.value,
            )
            .values(key_id=kid, value=text)
        ).rowcount
    return done


def _reseal_state(
    engine: Engine, sealer: ValueSealer, current: str, after: tuple[str, str]
) -> tuple[int, tuple[str, str] | None]:
    with write_tx(engine) as conn:
        page = conn.execute(
            select(state.c.entity_id, state.c.field)
            .where(
                or_(
                    state.c.entity_id > after[0],
                    and_(state.c.entity_id == after[0], state.c.field > after[1]),
                )
            )
            .order_by(state.c.entity_id, state.c.field)
            .limit(BATCH)
        ).all()
        if not page:
            return 0, None
        last = (page[-1].entity_id, page[-1].field)
        rows = conn.execute(
            select(state).where(
                or_(
                    state.c.entity_id > after[0],
                    and_(state.c.entity_id == after[0], state.c.field > after[1]),
                ),
                or_(
                    state.c.entity_id < last[0],
                    and_(state.c.entity_id == last[0], state.c.field <= last[1]),
                ),
                _stale(state, current),
            )
        ).all()
        # Keyed by the change too: a push that replaced the winner sealed its own value.
        keys = (state.c.entity_id, state.c.field, state.c.change_id)
        done = _reseal_rows(conn, sealer, state, rows, keys)
    return done, last


def _reseal_seal_key(engine: Engine, sealer: ValueSealer, current: str) -> int:
    aad = binding("seal_keys", "1", "private_key")
    with write_tx(engine) as conn:
        rows = conn.execute(select(seal_keys).where(_stale(seal_keys, current))).all()
        for row in rows:
            kid, text = sealer.seal(sealer.open(row.key_id, row.private_key, aad), aad)
            conn.execute(
                update(seal_keys)
                .where(seal_keys.c.id == row.id)
                .values(key_id=kid, private_key=text)
            )
    return len(rows)


def remaining(engine: Engine, current: str) -> int:
    with read_tx(engine) as conn:
        return sum(
            int(
                conn.execute(
                    select(func.count()).select_from(table).where(_stale(table, current))
                ).scalar_one()
            )
            for table in (changes, state, seal_keys)
        )


def rotate(
    engine: Engine,
    keys: KeyStore,
    progress: Callable[[Rotated], None] = lambda _: None,
    max_passes: int = 10,
    pause_s: float = 0.0,
) -> Rotated:
    """Re-seal everything under the current key; passes until none is left."""
    sealer = ValueSealer(keys)
    current = keys.ring.current_id
    done = Rotated()
    for _ in range(max_passes):
        done.passes += 1
        before = done.total
        cursor: int | None = 0
        while cursor is not None:
            count, cursor = _reseal_changes(engine, sealer, current, cursor)
            done.changes += count
            progress(done)
            if pause_s:
                time.sleep(pause_s)
        key: tuple[str, str] | None = ("", "")
        while key is not None:
            count, key = _reseal_state(engine, sealer, current, key)
            done.state += count
            progress(done)
            if pause_s:
                time.sleep(pause_s)
        done.other += _reseal_seal_key(engine, sealer, current)
        left = remaining(engine, current)
        if left == 0:
            return done
        if done.total == before:
            # A whole pass re-sealed nothing: what is left does not open at all.
            raise DataKeyError(
                f"{left} stored values do not open under any key held (edited in the "
                "database?); they were left as they are and the server log names them"
            )
    raise DataKeyError(
        f"values are still being sealed under an older key after {max_passes} passes: "
        "a server has not read the new key file; restart it and run `key rotate` again"
    )
