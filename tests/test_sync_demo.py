"""The invented demo families stay on the laptop that made them, against a real server:
never pushed, never counted as waiting, never in anyone else's list."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ftbt_desktop.storage.demo import add_demo_families
from ftbt_desktop.storage.repository import Edit

pytest_plugins = ("server_fixtures", "sync_devices")

from server_fixtures import RunningServer  # noqa: E402
from sync_fault_helpers import server_change_count  # noqa: E402

if TYPE_CHECKING:
    from sync_devices import Device

    Devices = Callable[[str], Device]


def test_demo_families_never_leave_the_laptop(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    sqlite_server.add_user("anne")
    laptop = devices("laptop-1")
    demo_ids = add_demo_families(laptop.repo)
    assert demo_ids
    laptop.login(sqlite_server.url, "anne")
    assert laptop.state.pending_count() == 0  # nothing to send yet
    real = laptop.repo.create_family("Familien Jensen").primary_id
    laptop.repo.add_member(real, "Lise Jensen", "parent", 1985)
    real_changes = laptop.state.pending_count()
    rows = laptop.vault.execute("SELECT count(*) FROM changes WHERE family_id = ?", (real,))
    assert real_changes == rows[0][0] > 0

    report = laptop.sync()
    assert report.in_sync and report.pushed == real_changes and report.pending == 0
    assert server_change_count(sqlite_server) == real_changes

    # Practising on a demo family after signing in: still nothing to send.
    demo = laptop.repo.family(demo_ids[0])
    laptop.repo.write([Edit("family", demo.id, demo.id, "notes", "Øvelse")])
    assert laptop.state.pending_count() == 0
    report = laptop.sync()
    assert report.in_sync and report.pushed == 0
    assert server_change_count(sqlite_server) == real_changes
    assert {f.id for f in laptop.repo.list_families()} == {real, *demo_ids}

    # The coordinator's other laptop (and so any supervisor) gets the real family only.
    other = devices("laptop-2")
    other.login(sqlite_server.url, "anne")
    other.sync()
    assert [f.id for f in other.repo.list_families()] == [real]
