"""What each device last pushed, so a laptop put back to an older copy is told.

A vault restored from an old copy of the whole data folder (its database and
its seal file together, see `ftbt_desktop/storage/integrity.py`) cannot know
offline that it is older. The server can: it keeps, per user and device, the
last change that device pushed. The client asks at each sync
(`GET /api/v1/sync/device`); a vault that lacks that change has lost what it
once sent, re-pulls everything, and the coordinator is told. Unless that change's
family is no longer the user's (reassigned, erased): the device has purged it, and
the answer then names no change.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, and_, bindparam, insert, select, tuple_, update

from ftbt_desktop.core.changes import Change
from ftbt_server.access import Principal, readable_families
from ftbt_server.tables import changes, device_pushes

# The column's size; sign-in already cuts names to it (auth.py).
MAX_NAME = 200
# At most this many devices are named per pull page: a page is written by a handful
# of laptops, and the map must stay small whatever the page holds.
MAX_NAMED = 100


@dataclass(frozen=True, slots=True)
class DevicePush:
    device_id: str
    last_change_id: str
    last_seq: int
    pushed: int


def latest_per_device(stored: Sequence[Change]) -> dict[str, tuple[str, int, int]]:
    """Device id → (its last change id in `stored`, that change's index, its count)."""
    latest: dict[str, tuple[str, int, int]] = {}
    for index, change in enumerate(stored):
        _, _, count = latest.get(change.device_id, ("", 0, 0))
        latest[change.device_id] = (change.change_id, index, count + 1)
    return latest


def note_pushed(
    conn: Connection,
    user_id: str,
    stored: Sequence[Change],
    first_seq: int,
    now: int,
    device_name: str = "",
) -> None:
    """Inside the push transaction (which holds the sequence lock): `stored[i]` got
    sequence number `first_seq + i`.

    `device_name`: what the pushing token's sign-in called the computer; kept per
    device, so other laptops' conflicts can name it (`names_of`). An empty one keeps
    the name known before."""
    named = {"device_name": device_name[:MAX_NAME]} if device_name else {}
    for device_id, (change_id, index, count) in latest_per_device(stored).items():
        seq = first_seq + index
        where = and_(device_pushes.c.user_id == user_id, device_pushes.c.device_id == device_id)
        # Update first: a device pushes many times and is new only once, so the
        # usual push costs one statement here, not a read and a write.
        updated = conn.execute(
            update(device_pushes)
            .where(where)
            .values(
                last_change_id=change_id,
                last_seq=seq,
                pushed=device_pushes.c.pushed + count,
                updated_ms=now,
                **named,
            )
        )
        if updated.rowcount == 0:
            # Under the sequence lock: no other push inserts this row meanwhile.
            conn.execute(
                insert(device_pushes).values(
                    user_id=user_id,
                    device_id=device_id,
                    last_change_id=change_id,
                    last_seq=seq,
                    pushed=count,
                    updated_ms=now,
                    **named,
                )
            )


def last_push(conn: Connection, user_id: str, device_id: str) -> DevicePush | None:
    row = conn.execute(
        select(device_pushes).where(
            and_(device_pushes.c.user_id == user_id, device_pushes.c.device_id == device_id)
        )
    ).first()
    if row is None:
        return None
    return DevicePush(row.device_id, row.last_change_id, row.last_seq, row.pushed)


def still_held(conn: Connection, mark: DevicePush, principal: Principal) -> bool:
    """Whether the device may still hold the last change it pushed: its family is one
    the user reads now. A family reassigned or erased is purged from the device."""
    family_id = conn.execute(
        select(changes.c.family_id).where(changes.c.change_id == mark.last_change_id)
    ).scalar()
    return family_id is not None and family_id in readable_families(conn, principal)


# Built once, as every pull runs it (access.py's `_READS`).
_NAMED = select(device_pushes.c.device_id, device_pushes.c.device_name).where(
    tuple_(device_pushes.c.user_id, device_pushes.c.device_id).in_(
        bindparam("pairs", expanding=True)
    ),
    device_pushes.c.device_name.is_not(None),
    device_pushes.c.device_name != "",
)


def names_of(conn: Connection, pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Device id → sign-in name for the (pushed by user id, device id) pairs of a pull
    page, for those the server has a name for (at most MAX_NAMED).

    Looked up by the user who pushed, so nobody can name someone else's device; a
    device id two users pushed under different names is left out (its label is shown).
    """
    wanted = sorted(set(pairs))
    found: dict[str, str | None] = {}
    for start in range(0, len(wanted), MAX_NAMED):
        chunk = wanted[start : start + MAX_NAMED]
        rows = conn.execute(_NAMED, {"pairs": chunk})
        for row in rows:
            if found.get(row.device_id, row.device_name) != row.device_name:
                found[row.device_id] = None  # ambiguous
            else:
                found[row.device_id] = row.device_name
        if len(found) >= MAX_NAMED:
            break
    names = {device: name for device, name in sorted(found.items()) if name}
    return dict(list(names.items())[:MAX_NAMED])
