"""The key pair a laptop obeying a wipe order seals its unsendable changes with.

Made at the first wipe order and kept in the database: the public half goes out with
every wipe order; the private half opens a sealed file (`ftbt-server device
open-sealed`). It is no weaker than the rest of the store: whoever holds the database
already holds every family the server has; the sealed files hold changes of those
families the server would not take.
"""

from __future__ import annotations

from sqlalchemy import Connection, insert, select

from ftbt_desktop.core.sealing import new_key_pair
from ftbt_server.tables import seal_keys

_ROW = 1


def ensure(conn: Connection, now: int) -> str:
    """The public key, made first if there is none (inside a write transaction)."""
    found = public_key(conn)
    if found:
        return found
    private, public = new_key_pair()
    conn.execute(
        insert(seal_keys).values(id=_ROW, public_key=public, private_key=private, created_ms=now)
    )
    return public


def public_key(conn: Connection) -> str:
    return conn.execute(select(seal_keys.c.public_key).where(seal_keys.c.id == _ROW)).scalar() or ""


def private_key(conn: Connection) -> str:
    return (
        conn.execute(select(seal_keys.c.private_key).where(seal_keys.c.id == _ROW)).scalar() or ""
    )
