"""Changes written on a laptop in bulk, and counted on the server."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from server_fixtures import RunningServer

if TYPE_CHECKING:
    from sync_devices import Device

    from ftbt_desktop.storage.repository import ChangeSet
    from ftbt_desktop.storage.vault import Vault

    Devices = Callable[[str], Device]


@contextmanager
def commits_counted(vault: Vault) -> Iterator[list[str]]:
    """Every COMMIT the vault's connection runs meanwhile."""
    seen: list[str] = []
    vault.conn.set_trace_callback(
        lambda sql: seen.append(sql) if sql.strip().upper() == "COMMIT" else None
    )
    try:
        yield seen
    finally:
        vault.conn.set_trace_callback(None)


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


def history_on_two_laptops(
    server: RunningServer, devices: Devices, families: int = 3, members: int = 4
) -> tuple[Device, Device, int]:
    """Anne's history written and pushed on laptop-1; laptop-2 signed in, not yet synced.
    Returns both laptops and the number of changes laptop-2 is to pull."""
    server.add_user("anne")
    first = devices("laptop-1")
    first.login(server.url, "anne")
    write_changes(first, families, members)
    first.sync()
    second = devices("laptop-2")
    second.login(server.url, "anne")
    return first, second, first.repo.change_count()


def entities_written(device: Device) -> set[tuple[str, str, str]]:
    """Every entity of the device's change log, as ChangeSet.touched holds them."""
    rows = device.vault.execute("SELECT DISTINCT family_id, entity_type, entity_id FROM changes")
    return {(row[0], row[1], row[2]) for row in rows}


def change_rows(device: Device) -> list[tuple[str, ...]]:
    """The device's change log, each change's columns as written (values as JSON text)."""
    rows = device.vault.execute(
        "SELECT change_id, entity_type, entity_id, family_id, field, value, hlc, device_id, "
        "user_id FROM changes ORDER BY change_id"
    )
    return [tuple(row) for row in rows]


def told_entities(told: list[ChangeSet]) -> set[tuple[str, str, str]]:
    """The entities the window was told of, in ChangeSets as a sync hands them over."""
    found: set[tuple[str, str, str]] = set()
    for changes in told:
        assert not changes.changes  # entities only, never the changes (sync/engine.py)
        found |= changes.touched
    return found


def same_families(first: Device, second: Device) -> None:
    """Every family of `first` reads the same on `second`."""
    for family in first.repo.list_families():
        assert second.family_state(family.id) == first.family_state(family.id)
