"""A conflict names the other laptop as its user named it at sign-in (issue 13, finding 5):
the server keeps each device's sign-in name (migration 0005) and sends the names of the
devices on a pull page; the laptop keeps them in its vault and the conflict says
"annes-arbejdscomputer (7D41E0)". A real server process, real vaults, real widgets."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx
import pytest
from alembic import command
from PySide6.QtWidgets import QLabel
from sqlalchemy import inspect

from ftbt_desktop.operations.records import add_record, edit_record
from ftbt_desktop.sync.client import SyncClient
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.sync.conflict_notice import ConflictNotice
from ftbt_desktop.ui.sync.sync_controller import SyncController
from ftbt_desktop.words.sync import device_label
from ftbt_server import migrate
from ftbt_server.db import make_engine

pytest_plugins = ("server_fixtures", "sync_devices", "sync_ui_helpers")

from server_fixtures import RunningServer, Store, make_change, store_values_clear  # noqa: E402
from sync_ui_helpers import sign_in, sync  # noqa: E402

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot
    from sync_devices import Device

    Devices = Callable[[str], Device]


def test_a_conflict_names_the_other_laptop_by_its_sign_in_name(
    qtbot: QtBot,
    sqlite_server: RunningServer,
    service: VaultService,
    controllers: Callable[..., SyncController],
    devices: Devices,
) -> None:
    from sync_devices import wait_past

    sqlite_server.add_user("anne")
    controller = controllers(service)
    notice = ConflictNotice(controller)
    qtbot.addWidget(notice)
    holm = service.create_family("Familien Holm").primary_id
    assert holm
    goal = service.run(add_record, "goal", holm, {"text": "Mads kommer i skole"}).primary_id
    assert goal
    sign_in(qtbot, controller, sqlite_server)

    laptop_a = devices("annes-arbejdscomputer")
    laptop_a.login(sqlite_server.url, "anne")
    laptop_a.sync()
    theirs = laptop_a.repo.update_entity(goal, text="Mads kommer i skole hver dag").changes[0]
    laptop_a.sync()
    wait_past(theirs.hlc)
    service.run(edit_record, goal, {"text": "Mads møder til tiden"})
    assert sync(qtbot, controller).conflicts == 1

    notice.show_family(holm)
    notice.show()
    [conflict] = controller.conflicts(holm)
    assert conflict.remote.device_id == laptop_a.repo.device_id
    other_side = notice.findChild(QLabel, f"conflict_who_{conflict.remote.change_id}")
    assert other_side is not None
    label = device_label(laptop_a.repo.device_id)
    assert f"annes-arbejdscomputer ({label})" in other_side.text()
    assert "this computer" not in other_side.text()
    # The name is kept in the vault: still there after the app reads the vault anew.
    assert controller.device_names()[laptop_a.repo.device_id] == "annes-arbejdscomputer"


def test_a_laptop_the_server_has_no_name_for_goes_by_its_label() -> None:
    from ftbt_desktop.core.changes import Change
    from ftbt_desktop.words.conflict import side_text

    change = Change(
        "c1", "goal", "g1", "f1", "text", "x", "000000000000001-00000", "7d41e0aa", "anne"
    )
    import datetime as dt

    when = dt.datetime(2026, 12, 4, 11, 29, 7, tzinfo=dt.UTC)
    plain = side_text(change, False, when, ("mine", "annes-laptop"))
    assert "computer 7D41E0 via the central server" in plain
    named = side_text(change, False, when, ("mine", "annes-laptop"), {"7d41e0aa": "anne-2"})
    assert "anne-2 (7D41E0)" in named and "computer 7D41E0" not in named


class Rewrite(httpx.BaseTransport):
    """Forwards to the real server; every pull answer's `device_names` is replaced."""

    def __init__(self, device_names: Any) -> None:
        self.inner = httpx.HTTPTransport()
        self.device_names = device_names

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if not request.url.path.endswith("/sync/pull"):
            return response
        body = json.loads(response.read())
        response.close()
        body["device_names"] = self.device_names
        return httpx.Response(response.status_code, json=body)

    def close(self) -> None:
        self.inner.close()


@pytest.mark.parametrize(
    "malformed",
    [
        "annes-arbejdscomputer",
        ["annes-arbejdscomputer"],
        7,
        {"ok-device": "bentes-laptop", "x" * 101: "too long an id", "a": 5, "b": "n" * 201},
        {"ok-device": "bentes-laptop", "c": "", "d": "linje\nskift", "e": None, "f": {"g": "h"}},
    ],
)
def test_malformed_device_names_from_a_server_are_ignored(
    sqlite_server: RunningServer, devices: Devices, malformed: Any
) -> None:
    sqlite_server.add_user("anne")
    laptop_a = devices("laptop-a")
    laptop_a.login(sqlite_server.url, "anne")
    laptop_a.repo.create_family("Familien Holm")
    laptop_a.sync()
    laptop_b = devices("laptop-b")
    laptop_b.login(sqlite_server.url, "anne")
    transport = Rewrite(malformed)
    report = laptop_b.sync(
        client_factory=lambda url, token: SyncClient(url, token, transport=transport)
    )
    assert report.in_sync and report.pulled > 0
    assert laptop_b.family_names() == {"Familien Holm"}
    names = laptop_b.state.device_names()
    expected = {"ok-device": "bentes-laptop"} if isinstance(malformed, dict) else {}
    assert names == expected


# -- the server ---------------------------------------------------------------


def test_a_pull_names_the_devices_on_its_page_only(store: Store) -> None:
    anna = store.add_user("anna")
    assert anna
    store.add_user("bo")
    store.login("anna", device_name="annes-arbejdscomputer")
    store.login("bo", device_name="bos-laptop")
    holm = make_change("fam-holm", entity_type="family", field="name", value="Holm")
    holm["device_id"] = "dev-anna"
    assert store.push("anna", [holm]).status_code == 200
    berg = make_change("fam-berg", entity_type="family", field="name", value="Berg")
    berg["device_id"] = "dev-bo"
    assert store.push("bo", [berg]).status_code == 200
    page = store.pull_all("anna")
    assert page["device_names"] == {"dev-anna": "annes-arbejdscomputer"}
    # A later sign-in under another name renames the device on the next push.
    store.login("anna", device_name="annes-nye-navn")
    again = make_change("fam-holm", entity_type="family", field="name", value="Holm 2")
    again["device_id"] = "dev-anna"
    assert store.push("anna", [again]).status_code == 200
    later = store.pull_all("anna", after=page["next"])
    assert later["device_names"] == {"dev-anna": "annes-nye-navn"}
    # A page with no changes names nobody.
    assert store.pull_all("anna", after=later["next"])["device_names"] == {}


def test_migration_0005_adds_device_name_and_keeps_device_pushes(
    server: RunningServer, devices: Devices
) -> None:
    server.add_user("anne")
    laptop = devices("annes-arbejdscomputer")
    laptop.login(server.url, "anne")
    laptop.repo.create_family("Familien Holm")
    laptop.sync()
    server.stop()
    store_values_clear(server)  # as a server before schema 0009 kept them

    engine = make_engine(server.db_url)
    try:
        config = migrate._config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0004")
        columns = {c["name"] for c in inspect(engine).get_columns("device_pushes")}
        assert "device_name" not in columns
        assert migrate.upgrade(engine) == ("0004", migrate.head_revision())
        columns = {c["name"] for c in inspect(engine).get_columns("device_pushes")}
        assert "device_name" in columns
    finally:
        engine.dispose()
    server.start()

    # The row kept from before has no name yet: the other laptop sees the label only.
    other = devices("other")
    other.login(server.url, "anne")
    assert other.sync().in_sync
    assert laptop.repo.device_id not in other.state.device_names()
    # The next push records it.
    holm = next(iter(laptop.repo.list_families())).id
    laptop.repo.update_family(holm, name="Familien Holm-Jensen")
    laptop.sync()
    other.sync()
    assert other.state.device_names()[laptop.repo.device_id] == "annes-arbejdscomputer"
