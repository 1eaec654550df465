"""Who made a change, across the first sign-in, against a real server: edits made before
it carry the computer's login name as a stand-in, and take the coordinator's username
when they are first sent, so every device's History names one person."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from typing import TYPE_CHECKING

from ftbt_desktop.storage.repository import Edit

pytest_plugins = ("server_fixtures", "sync_devices")

from server_fixtures import RunningServer  # noqa: E402

if TYPE_CHECKING:
    from sync_devices import Device

    Devices = Callable[[str], Device]


def _authors(device: Device, family_id: str) -> set[str]:
    rows = device.vault.execute("SELECT user_id FROM changes WHERE family_id = ?", (family_id,))
    return {row[0] for row in rows}


def test_edits_before_the_first_sign_in_take_the_coordinator_s_name(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    stand_in = getpass.getuser()
    anne = "anne" if stand_in != "anne" else "anne-k"  # never the same as the stand-in
    sqlite_server.add_user(anne)
    laptop = devices("laptop-1")
    family_id = laptop.repo.create_family("Familien Jensen").primary_id
    assert family_id and _authors(laptop, family_id) == {stand_in}

    laptop.login(sqlite_server.url, anne)
    assert _authors(laptop, family_id) == {anne}
    laptop.repo.write([Edit("family", family_id, family_id, "notes", "Efter login")])
    assert laptop.sync().in_sync

    other = devices("laptop-2")
    other.login(sqlite_server.url, anne)
    other.sync()
    assert _authors(other, family_id) == {anne}

    # Signing in again (say, after the sign-in expired) renames nothing: what was
    # made since the first sign-in already carries the right name, and sent changes
    # are as the server holds them.
    sqlite_server.add_user("bo")
    laptop.repo.write([Edit("family", family_id, family_id, "notes", "Igen")])
    laptop.login(sqlite_server.url, "bo")
    assert _authors(laptop, family_id) == {anne}
