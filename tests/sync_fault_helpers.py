"""Changes written on a laptop in bulk, and counted on the server."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from server_fixtures import RunningServer

if TYPE_CHECKING:
    from sync_devices import Device

    Devices = Callable[[str], Device]


def write_changes(device: Device, families: int = 3, members: int = 4) -> list[str]:
    ids = []
    for f in range(families):
        family_id = device.repo.create_family(f"Familie {f}").primary_id
        assert family_id
        ids.append(family_id)
        for m in range(members):
            device.repo.add_member(family_id, f"Medlem {f}.{m}", "child", 2010 + m)
    return ids


def server_change_count(server: RunningServer) -> int:
    from sqlalchemy import create_engine, text

    engine = create_engine(server.db_url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM changes")).scalar_one())
    finally:
        engine.dispose()
