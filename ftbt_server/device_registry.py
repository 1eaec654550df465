"""Every laptop that has signed in, as a device an administrator can see and revoke.

A device is made at a laptop's first sign-in and found again at the next one by the
known-device key the server gave it (auth.py); each sync token is bound to it. An
administrator revokes a device (`ftbt-server device revoke`): its tokens stop at the
next request (`device_revoked`), and a sign-in with its key is refused, so the laptop
is told instead of quietly coming back. With a wipe order the device's next contact
is answered with `device_wipe` instead, on every route but two:

- the push, while the user is still entitled to push (not disabled; each change's
  family is checked as always): the coordinator's unsent work exists nowhere else,
  and the order is about the laptop, not about what she wrote on it (docs/sync.md);
- the confirmation that the wipe is done, after which the device is only revoked.

A sign-in with the key of a device with a wipe waiting is let through and bound to
that device, so a laptop whose token ran out still receives the order. Not personal
data: the names are what the laptops call themselves; the audit log gets ids and counts.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, and_, insert, select, update

from ftbt_server import audit, seal_keys
from ftbt_server.db import write_tx
from ftbt_server.sealed_values import Sealer
from ftbt_server.tables import devices, users

# Sign-in already cuts names to this (auth.py); the column's size.
MAX_NAME = 200
MAX_OPERATOR = 200
# Last seen is written at most this often per device: a sync makes several requests,
# and each would otherwise cost a write.
SEEN_EVERY_MS = 60_000


class DeviceRefused(Exception):
    """A sign-in from a revoked device (its key), refused after the password was right."""


class NoSuchDevice(LookupError):
    pass


@dataclass(frozen=True, slots=True)
class Device:
    id: str
    user_id: str
    username: str
    name: str
    first_seen_ms: int
    last_seen_ms: int
    revoked_ms: int | None
    revoked_by: str | None
    wipe_ordered_ms: int | None
    wipe_confirmed_ms: int | None
    wiped_families: int | None

    @property
    def wipe_pending(self) -> bool:
        return self.wipe_ordered_ms is not None and self.wipe_confirmed_ms is None

    @property
    def state(self) -> str:
        """One word for the administrator's list."""
        if self.wipe_confirmed_ms is not None:
            return "wiped"
        if self.wipe_ordered_ms is not None:
            return "wipe-ordered"
        if self.revoked_ms is not None:
            return "revoked"
        return "active"


def new_device_id() -> str:
    # Short enough to type into `ftbt-server device revoke`, long enough never to repeat.
    return secrets.token_hex(6)


def bind_sign_in(
    conn: Connection,
    user_id: str,
    name: str,
    offered_key_hash: str | None,
    new_key_hash: str,
    now: int,
) -> str:
    """The device a right password signs in on (inside the sign-in's transaction).

    `offered_key_hash`: SHA-256 of the key the laptop sent (or None); `new_key_hash`:
    of the key it is given now (the same one while the server still knows it).
    Raises DeviceRefused for a revoked device without a wipe waiting.
    """
    row = None
    if offered_key_hash is not None:
        row = conn.execute(
            select(devices).where(
                and_(devices.c.key_hash == offered_key_hash, devices.c.user_id == user_id)
            )
        ).first()
    if row is not None and row.revoked_ms is not None:
        if row.wipe_ordered_ms is not None and row.wipe_confirmed_ms is None:
            return str(row.id)  # the token's first request is answered with the order
        raise DeviceRefused(row.id)
    if row is not None:
        conn.execute(
            update(devices)
            .where(devices.c.id == row.id)
            .values(name=name[:MAX_NAME], key_hash=new_key_hash, last_seen_ms=now)
        )
        return str(row.id)
    device_id = new_device_id()
    conn.execute(
        insert(devices).values(
            id=device_id,
            user_id=user_id,
            name=name[:MAX_NAME],
            key_hash=new_key_hash,
            first_seen_ms=now,
            last_seen_ms=now,
        )
    )
    return device_id


def seen(engine: Engine, device_id: str, last_seen_ms: int, now: int) -> None:
    """Note a request from the device, at most once a minute."""
    if now - last_seen_ms < SEEN_EVERY_MS:
        return
    with write_tx(engine) as conn:
        conn.execute(update(devices).where(devices.c.id == device_id).values(last_seen_ms=now))


def _select() -> Any:
    return select(devices, users.c.username).join(users, users.c.id == devices.c.user_id)


def _device(row: Any) -> Device:
    return Device(
        id=row.id,
        user_id=row.user_id,
        username=row.username,
        name=row.name,
        first_seen_ms=row.first_seen_ms,
        last_seen_ms=row.last_seen_ms,
        revoked_ms=row.revoked_ms,
        revoked_by=row.revoked_by,
        wipe_ordered_ms=row.wipe_ordered_ms,
        wipe_confirmed_ms=row.wipe_confirmed_ms,
        wiped_families=row.wiped_families,
    )


def list_devices(conn: Connection, username: str | None = None) -> list[Device]:
    """Every device (of one user), the most recently seen first."""
    query = _select()
    if username is not None:
        query = query.where(users.c.username == username)
    rows = conn.execute(query.order_by(devices.c.last_seen_ms.desc(), devices.c.id))
    return [_device(row) for row in rows]


def own_devices(conn: Connection, user_id: str) -> list[Device]:
    """The signed-in user's own devices, and nobody else's."""
    rows = conn.execute(
        _select().where(devices.c.user_id == user_id).order_by(devices.c.first_seen_ms)
    )
    return [_device(row) for row in rows]


def get_device(conn: Connection, device_id: str) -> Device:
    row = conn.execute(_select().where(devices.c.id == device_id)).first()
    if row is None:
        raise NoSuchDevice(device_id)
    return _device(row)


def revoke(engine: Engine, device_id: str, by: str, wipe: bool, now: int, sealer: Sealer) -> Device:
    """Revoke a device (again, with a wipe order added); audited. Raises NoSuchDevice."""
    by = by[:MAX_OPERATOR]
    with write_tx(engine) as conn:
        before = get_device(conn, device_id)
        values: dict[str, Any] = {}
        if before.revoked_ms is None:
            values.update(revoked_ms=now, revoked_by=by)
        if wipe and before.wipe_ordered_ms is None:
            values["wipe_ordered_ms"] = now
            seal_keys.ensure(conn, now, sealer)
        if values:
            conn.execute(update(devices).where(devices.c.id == device_id).values(**values))
        actor = audit.Actor(None, by, before.name)
        owner = f"device={device_id} user={before.username}"
        if "revoked_ms" in values:
            audit.record(conn, now, "device_revoked", actor, detail=owner)
        if "wipe_ordered_ms" in values:
            audit.record(conn, now, "wipe_ordered", actor, detail=owner)
        return get_device(conn, device_id)


def confirm_wipe(
    engine: Engine, device_id: str, families: int, actor: audit.Actor, now: int
) -> bool:
    """The device says its vault holds no family now; False if no wipe was waiting."""
    with write_tx(engine) as conn:
        done = conn.execute(
            update(devices)
            .where(
                and_(
                    devices.c.id == device_id,
                    devices.c.wipe_ordered_ms.is_not(None),
                    devices.c.wipe_confirmed_ms.is_(None),
                )
            )
            .values(wipe_confirmed_ms=now, wiped_families=families)
        ).rowcount
        if done:
            audit.record(
                conn,
                now,
                "wipe_confirmed",
                actor,
                counts={"families": families},
                detail=f"device={device_id}",
            )
    return bool(done)


def as_json(device: Device, current_id: str) -> dict[str, object]:
    """A device as `GET /api/v1/devices` sends it."""
    return {
        "id": device.id,
        "name": device.name,
        "first_seen_ms": device.first_seen_ms,
        "last_seen_ms": device.last_seen_ms,
        "revoked_ms": device.revoked_ms,
        "wipe_ordered_ms": device.wipe_ordered_ms,
        "wipe_confirmed_ms": device.wipe_confirmed_ms,
        "current": device.id == current_id,
    }


def as_json_list(found: Sequence[Device], current_id: str) -> list[dict[str, object]]:
    return [as_json(device, current_id) for device in found]
