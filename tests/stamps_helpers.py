"""A stamp written straight into the server's database, as an older server stored it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from server_fixtures import RunningServer
from sqlalchemy import create_engine, text

if TYPE_CHECKING:
    from sync_devices import Device

    Devices = Callable[[str], Device]


def restamp_on_server(server: RunningServer, change_id: str, hlc: str) -> None:
    """Give a stored change another stamp, as a server before this fix could hold."""
    engine = create_engine(server.db_url)
    try:
        with engine.begin() as conn:
            for table in ("changes", "state"):
                conn.execute(
                    text(f"UPDATE {table} SET hlc = :hlc WHERE change_id = :id"),
                    {"hlc": hlc, "id": change_id},
                )
    finally:
        engine.dispose()
