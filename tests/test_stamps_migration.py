"""A server that stored loose stamps before the one syntax is put right by `ftbt-server
init` (migration 0002): the loose change stops being the current value for good, and
laptops can pull again. SQLite and PostgreSQL, a real server process."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from ftbt_desktop.sync.errors import ServerTrouble
from ftbt_server import migrate
from ftbt_server.db import make_engine

pytest_plugins = ("server_fixtures", "sync_devices")

from server_fixtures import RunningServer, api, store_values_clear  # noqa: E402
from stamps_helpers import restamp_on_server  # noqa: E402

if TYPE_CHECKING:
    from sync_devices import Device

    Devices = Callable[[str], Device]


def _server_family(server: RunningServer, family_id: str) -> dict[str, Any]:
    token = server.login("anne")
    with api(server, token) as client:
        response = client.get(f"/api/v1/families/{family_id}/state")
    assert response.status_code == 200, response.text
    return dict(response.json()["entities"][family_id])


def _back_to_0001(server: RunningServer) -> None:
    store_values_clear(server)
    engine = make_engine(server.db_url)
    try:
        config = migrate._config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0001")
    finally:
        engine.dispose()


def _hlc_of(db_url: str, change_id: str) -> str:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return str(
                conn.execute(
                    text("SELECT hlc FROM changes WHERE change_id = :id"), {"id": change_id}
                ).scalar_one()
            )
    finally:
        engine.dispose()


@pytest.mark.parametrize("stamp", ["0_0_0_0_0_0_0_1-00000", "\u0660" * 14 + "\u0661-00000"])
def test_init_rewrites_loose_stamps_an_older_server_stored(
    server: RunningServer, devices: Devices, stamp: str
) -> None:
    server.add_user("anne")
    laptop = devices("laptop")
    laptop.login(server.url, "anne")
    holm = laptop.repo.create_family("Familien Holm").primary_id
    assert holm
    laptop.sync()
    bad = laptop.repo.update_family(holm, name="Forkert navn").changes[0]
    laptop.sync()
    restamp_on_server(server, bad.change_id, stamp)  # as an older server took it
    laptop.repo.update_family(holm, name="Familien Holm-Jensen")
    laptop.sync()
    assert _server_family(server, holm)["name"] == "Forkert navn"  # the finding
    other = devices("other")
    other.login(server.url, "anne")
    with pytest.raises(ServerTrouble):
        other.sync()  # laptops now refuse the page that holds it

    server.stop()
    _back_to_0001(server)
    engine = make_engine(server.db_url)
    try:
        assert migrate.upgrade(engine) == ("0001", migrate.head_revision())
    finally:
        engine.dispose()
    server.start()

    assert _hlc_of(server.db_url, bad.change_id) == "000000000000001-00000"
    assert _server_family(server, holm)["name"] == "Familien Holm-Jensen"
    assert other.sync().in_sync
    assert other.repo.family(holm).name == "Familien Holm-Jensen"
    assert "Forkert navn" in [e.new_value for e in other.repo.history(holm)]
    laptop.repo.update_family(holm, name="Familien Jensen")
    laptop.sync()
    other.sync()
    assert other.repo.family(holm).name == "Familien Jensen"
