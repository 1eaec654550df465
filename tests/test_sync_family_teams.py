"""The laptop knows the team(s) of each family it holds (issue 18): a real server
process (SQLite and PostgreSQL), real vaults. Teams exist only on the server; each
pull page names them (`family_teams`) and the page's transaction keeps them."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from ftbt_desktop.storage import keys
from ftbt_desktop.storage.family_teams import note_family_teams
from ftbt_desktop.storage.outbox import Outbox
from ftbt_desktop.storage.purge import Purges
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.sync_state import SyncState
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.storage.wipe import empty_vault
from ftbt_desktop.sync.client import SyncClient, family_teams
from ftbt_server import accounts
from ftbt_server.db import make_engine

pytest_plugins = ("server_fixtures", "sync_devices")

from server_fixtures import RunningServer  # noqa: E402
from sync_devices import PASSPHRASE  # noqa: E402

if TYPE_CHECKING:
    from sync_devices import Device

    Devices = Callable[[str], Device]


class Rewrite(httpx.BaseTransport):
    """Forwards to the real server; every pull answer goes through `edit` first."""

    def __init__(self, edit: Callable[[dict[str, Any]], None]) -> None:
        self.inner = httpx.HTTPTransport()
        self.edit = edit

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if not request.url.path.endswith("/sync/pull"):
            return response
        body = json.loads(response.read())
        response.close()
        self.edit(body)
        return httpx.Response(response.status_code, json=body)

    def close(self) -> None:
        self.inner.close()


def through(edit: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    transport = Rewrite(edit)
    return {"client_factory": lambda url, token: SyncClient(url, token, transport=transport)}


def two_teams(server: RunningServer) -> None:
    for name in ("anne", "bente", "carl"):
        server.add_user(name)
    server.add_user("sofie", role="supervisor")
    server.team("Nord", members=("anne", "bente"), supervisors=("sofie",))
    server.team("Syd", members=("carl",), supervisors=("sofie",))


def team_member(server: RunningServer, team: str, user: str, remove: bool = False) -> None:
    """`ftbt-server team member` (or its removal), in this process."""
    engine = make_engine(server.db_url)
    try:
        accounts.set_team_member(engine, team, user, "member", remove=remove)
    finally:
        engine.dispose()


def family_of(device: Device, name: str) -> str:
    family_id = device.repo.create_family(name).primary_id
    assert family_id
    device.sync()
    return family_id


def test_a_supervisor_of_two_teams_knows_each_familys_team(
    server: RunningServer, devices: Devices
) -> None:
    two_teams(server)
    anne, carl, sofie = devices("anne-laptop"), devices("carl-laptop"), devices("sofie-pc")
    anne.login(server.url, "anne")
    carl.login(server.url, "carl")
    sofie.login(server.url, "sofie")
    holm = family_of(anne, "Familien Holm")
    berg = family_of(carl, "Familien Berg")
    assert sofie.state.family_teams() == {}  # nothing pulled yet
    sofie.sync()
    assert sofie.state.family_teams() == {holm: ("Nord",), berg: ("Syd",)}
    # Each coordinator knows the team of their own family, and no other.
    anne.sync()
    assert anne.state.family_teams() == {holm: ("Nord",)}
    # Kept in the vault: still there when it is opened anew.
    data_dir = sofie.vault.paths.data_dir
    sofie.vault.close(backup=False)
    sofie.vault = Vault.open(data_dir, PASSPHRASE)
    sofie.repo = Repository(sofie.vault)
    assert SyncState(sofie.repo).family_teams() == {holm: ("Nord",), berg: ("Syd",)}


def test_a_move_or_a_reassignment_reaches_the_laptop_at_the_next_pull(
    server: RunningServer, devices: Devices
) -> None:
    two_teams(server)
    anne, sofie = devices("anne-laptop"), devices("sofie-pc")
    anne.login(server.url, "anne")
    sofie.login(server.url, "sofie")
    holm = family_of(anne, "Familien Holm")
    sofie.sync()
    assert sofie.state.family_teams() == {holm: ("Nord",)}
    # Anne joins Syd as well: no change of any family, yet the next sync says it.
    team_member(server, "Syd", "anne")
    cursor = sofie.state.cursor()
    sofie.sync()
    assert sofie.state.cursor() == cursor
    assert sofie.state.family_teams() == {holm: ("Nord", "Syd")}
    team_member(server, "Nord", "anne", remove=True)
    sofie.sync()
    assert sofie.state.family_teams() == {holm: ("Syd",)}
    # The family goes to Bente, who is in Nord only.
    server.assign(holm, "bente")
    sofie.sync()
    assert sofie.state.family_teams() == {holm: ("Nord",)}


def test_an_older_server_without_the_key_changes_nothing(
    server: RunningServer, devices: Devices
) -> None:
    two_teams(server)
    anne, sofie = devices("anne-laptop"), devices("sofie-pc")
    anne.login(server.url, "anne")
    sofie.login(server.url, "sofie")
    holm = family_of(anne, "Familien Holm")
    old = through(lambda body: body.pop("family_teams"))
    # A laptop that never heard of teams knows none, and its sync is whole.
    report = sofie.sync(**old)
    assert report.in_sync and report.pulled > 0
    assert sofie.state.family_teams() == {}
    sofie.sync()
    assert sofie.state.family_teams() == {holm: ("Nord",)}
    # Anne moves to Syd; an older server (or one rolled back) does not say so: kept.
    team_member(server, "Syd", "anne")
    team_member(server, "Nord", "anne", remove=True)
    anne.repo.update_family(holm, notes="Ring før besøg")
    anne.sync()
    report = sofie.sync(**old)
    assert report.in_sync and report.pulled > 0
    assert sofie.state.family_teams() == {holm: ("Nord",)}
    # A malformed map is taken as none too.
    assert sofie.sync(**through(lambda body: body.update(family_teams=["Syd"]))).in_sync
    assert sofie.state.family_teams() == {holm: ("Nord",)}
    sofie.sync()
    assert sofie.state.family_teams() == {holm: ("Syd",)}


def test_teams_named_for_a_family_the_page_does_not_list_are_not_kept(
    server: RunningServer, devices: Devices
) -> None:
    two_teams(server)
    anne = devices("anne-laptop")
    anne.login(server.url, "anne")
    holm = family_of(anne, "Familien Holm")

    def stray(body: dict[str, Any]) -> None:
        body["family_teams"]["someone-elses-family"] = ["Hemmelig"]

    assert anne.sync(**through(stray)).in_sync
    assert anne.state.family_teams() == {holm: ("Nord",)}


def test_a_revoked_family_takes_its_team_row_with_it(
    server: RunningServer, devices: Devices
) -> None:
    two_teams(server)
    anne = devices("anne-laptop")
    anne.login(server.url, "anne")
    holm = family_of(anne, "Familien Holm")
    berg = family_of(anne, "Familien Berg")
    anne.sync()
    assert anne.state.family_teams() == {holm: ("Nord",), berg: ("Nord",)}
    server.assign(holm, "carl")
    anne.sync()
    assert "Familien Holm" not in anne.family_names()
    assert anne.state.family_teams() == {berg: ("Nord",)}
    assert not anne.vault.execute("SELECT 1 FROM family_teams WHERE family_id = ?", (holm,))


def test_malformed_entries_are_dropped() -> None:
    assert family_teams(None) is None
    assert family_teams(["Nord"]) is None
    assert family_teams({}) == {}
    assert family_teams(
        {
            "f1": ["Syd", "Nord", "Syd"],
            "f2": [],
            "f3": "Nord",
            "f4": ["Nord", 7],
            "f5": ["linje\nskift"],
            "f6": ["x" * 101],
            "x" * 101: ["Nord"],
        }
    ) == {"f1": ("Nord", "Syd"), "f2": ()}


def test_an_older_vault_gains_the_table(tmp_path: Path) -> None:
    data_dir = tmp_path / "old"
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    with vault.transaction() as conn:
        conn.execute("DROP TABLE family_teams")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm005_family_teams'")
    vault.close(backup=False)
    vault = Vault.open(data_dir, PASSPHRASE)
    try:
        state = SyncState(Repository(vault))
        assert state.family_teams() == {}
        state.apply_page([], 0, readable=["f1"], family_teams={"f1": ["Nord"]})
        assert state.family_teams() == {"f1": ("Nord",)}
    finally:
        vault.close(backup=False)


def test_a_wipe_removes_the_teams_of_every_family_but_those_kept(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, keys.minimum_params())
    try:
        repo = Repository(vault)
        kept = repo.create_family("Familien Holm").primary_id
        gone = repo.create_family("Familien Berg").primary_id
        assert kept and gone
        # "f-empty": readable, named by the server, nothing of it pulled yet.
        with vault.transaction() as conn:
            note_family_teams(conn, {kept: ["Nord"], gone: ["Nord"], "f-empty": ["Syd"]})
        empty_vault(vault, Purges(repo, Outbox(repo)), keep={kept})
        assert SyncState(repo).family_teams() == {kept: ("Nord",)}
    finally:
        vault.close(backup=False)


def test_a_key_the_client_does_not_know_is_ignored(server: RunningServer, devices: Devices) -> None:
    # How clients before issue 18 take `family_teams`: the pull reads only the keys
    # it names (sync/client.py), so a later server's additions change nothing.
    two_teams(server)
    anne = devices("anne-laptop")
    anne.login(server.url, "anne")
    holm = family_of(anne, "Familien Holm")

    def later(body: dict[str, Any]) -> None:
        body["family_colours"] = {holm: "grøn"}
        body["some_list"] = [1, {"x": None}]

    report = anne.sync(**through(later))
    assert report.in_sync
    assert anne.state.family_teams() == {holm: ("Nord",)}


def test_the_supervisors_report_splits_by_the_teams_the_server_named(
    server: RunningServer, devices: Devices, tmp_path: Path
) -> None:
    """End to end: teams on the server, a pull, and the outcome report by team."""
    from ftbt_desktop.export.outcome_report import ReportRequest, export_outcome_report

    two_teams(server)
    anne, carl, sofie = devices("anne-laptop"), devices("carl-laptop"), devices("sofie-pc")
    for device, user in ((anne, "anne"), (carl, "carl"), (sofie, "sofie")):
        device.login(server.url, user)
    family_of(anne, "Familien Holm")
    family_of(carl, "Familien Berg")
    sofie.sync()
    result = export_outcome_report(
        sofie.repo, ReportRequest(None, json_path=tmp_path / "r.json", by_team=True)
    )
    (teams,) = result.content.breakdowns
    assert [c.label for c in teams.columns] == ["Nord", "Syd", "Total"]
    families = next(r for r in teams.rows if r.key == "families")
    assert [c.value for c in families.cells] == ["<5", "<5", "<5"]
