"""The key pair a laptop obeying a wipe order seals its unsendable changes with.

Made at the first wipe order and kept in the database: the public half goes out with
every wipe order; the private half opens a sealed file (`ftbt-server device
open-sealed`). The private half is itself sealed under the server's data key
(sealed_values.py), so the database alone opens no sealed file.
"""

from __future__ import annotations

from sqlalchemy import Connection, insert, select

from ftbt_desktop.core.sealing import new_key_pair
from ftbt_server.sealed_values import Sealer, binding
from ftbt_server.tables import seal_keys

_ROW = 1
_BINDING = binding("seal_keys", str(_ROW), "private_key")


def ensure(conn: Connection, now: int, sealer: Sealer) -> str:
    """The public key, made first if there is none (inside a write transaction)."""
    found = public_key(conn)
    if found:
        return found
    private, public = new_key_pair()
    key_id, stored = sealer.seal(private, _BINDING)
    conn.execute(
        insert(seal_keys).values(
            id=_ROW, public_key=public, private_key=stored, key_id=key_id, created_ms=now
        )
    )
    return public


def public_key(conn: Connection) -> str:
    return conn.execute(select(seal_keys.c.public_key).where(seal_keys.c.id == _ROW)).scalar() or ""


def private_key(conn: Connection, sealer: Sealer) -> str:
    row = conn.execute(
        select(seal_keys.c.private_key, seal_keys.c.key_id).where(seal_keys.c.id == _ROW)
    ).first()
    if row is None:
        return ""
    return sealer.open(row.key_id, row.private_key, _BINDING)
