"""End to end with a real `ftbt-server` process on loopback and real vaults:
coordinators, a supervisor, two laptops of one coordinator, reassignment."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

pytest_plugins = ("server_fixtures", "sync_devices")

from server_fixtures import NO_GRACE, RunningServer  # noqa: E402

if TYPE_CHECKING:
    from sync_devices import Device

    Devices = Callable[[str], Device]


def setup_team(server: RunningServer) -> None:
    server.add_user("anne")
    server.add_user("bente")
    server.add_user("sofie", role="supervisor")
    server.team("nord", members=("anne", "bente"), supervisors=("sofie",))


def test_coordinators_and_supervisor_converge_and_review_reaches_coordinator(
    server: RunningServer, devices: Devices
) -> None:
    setup_team(server)
    anne, bente, sofie = devices("anne-laptop"), devices("bente-laptop"), devices("sofie-pc")
    anne.login(server.url, "anne")
    bente.login(server.url, "bente")
    sofie.login(server.url, "sofie")

    # Offline on both laptops.
    holm = anne.repo.create_family("Familien Holm").primary_id
    berg = bente.repo.create_family("Familien Berg").primary_id
    assert holm and berg
    anne.repo.add_member(holm, "Mette Holm", "parent", 1985)
    bente.repo.add_member(berg, "Jonas Berg", "parent", 1979)
    assert anne.sync().pushed > 0
    assert bente.sync().pushed > 0
    assert "Familien Berg" not in anne.family_names()  # not hers to read

    # Bente becomes Anne's substitute; both edit Holm offline, then sync.
    server.assign(holm, "bente", substitute=True)
    bente.sync()
    assert "Familien Holm" in bente.family_names()
    anne.repo.update_family(holm, notes="Ring før besøg")
    bente.repo.add_member(holm, "Oskar Holm", "child", 2015)
    anne.sync()
    bente.sync()
    anne.sync()
    sofie.sync()
    assert anne.family_state(holm) == bente.family_state(holm) == sofie.family_state(holm)
    assert bente.family_state(berg) == sofie.family_state(berg)
    assert {m.name for m in anne.repo.members(holm)} == {"Mette Holm", "Oskar Holm"}
    assert anne.repo.family(holm).notes == "Ring før besøg"
    assert not anne.state.conflicts() and not bente.state.conflicts()

    # The supervisor's review comment reaches the coordinator.
    sofie.repo.create_entity("review_comment", holm, text="Fint første mål", author="sofie")
    assert sofie.sync().pushed == 2
    anne.sync()
    [comment] = anne.repo.load(holm, "review_comment")
    assert comment.text == "Fint første mål"
    assert comment.author == "sofie"

    # A supervisor may not change the family itself: refused, and the vault shows the
    # server's value again.
    sofie.repo.update_family(holm, name="Familien Forkert")
    report = sofie.sync()
    assert [r.reason for r in report.rejected] == ["read_only"]
    assert not report.in_sync
    assert sofie.repo.family(holm).name == "Familien Holm"
    assert sofie.family_state(holm) == anne.family_state(holm)


def test_new_laptop_gets_everything_and_same_field_on_two_laptops_is_a_conflict(
    server: RunningServer, devices: Devices
) -> None:
    server.add_user("anne")
    one = devices("laptop-1")
    one.login(server.url, "anne")
    holm = one.repo.create_family("Familien Holm").primary_id
    assert holm
    one.repo.create_family("Familien Berg")
    one.sync()

    two = devices("laptop-2")
    two.login(server.url, "anne")
    first = two.sync()
    assert two.family_names() == {"Familien Holm", "Familien Berg"}
    assert first.pulled == one.repo.change_count()

    from sync_devices import wait_past

    earlier = one.repo.update_family(holm, name="Familien Holm-Jensen")
    wait_past(earlier.changes[0].hlc)  # laptop 2's edit is the later one, to the millisecond
    later = two.repo.update_family(holm, name="Familien Holm Jensen")
    assert later.changes[0].order_key > earlier.changes[0].order_key
    one.sync()
    report = two.sync()
    assert report.conflicts == 1 and report.open_conflicts == 1
    [conflict] = two.state.conflicts(holm)
    assert conflict.local.value == "Familien Holm Jensen"
    assert conflict.remote.value == "Familien Holm-Jensen"
    assert conflict.remote.user_id == "anne"
    assert conflict.local_wins  # made later: the merge rule lets it win until decided

    # The coordinator keeps the other laptop's value: a new change, synced everywhere.
    kept = two.state.resolve(conflict.conflict_id, conflict.remote.change_id)
    assert kept.changes[0].change_id != conflict.remote.change_id
    assert two.sync().pushed == 1
    one.sync()
    assert one.repo.family(holm).name == two.repo.family(holm).name == "Familien Holm-Jensen"
    assert one.family_state(holm) == two.family_state(holm)
    names = [e.new_value for e in one.repo.history(holm) if e.change.field == "name"]
    assert "Familien Holm Jensen" in names  # the losing value stays in history
    assert not one.state.conflicts() and not two.state.conflicts()


def test_reassigned_family_is_pushed_then_purged(server: RunningServer, devices: Devices) -> None:
    server.add_user("anne")
    server.add_user("bente")
    anne, bente = devices("anne-laptop"), devices("bente-laptop")
    anne.login(server.url, "anne")
    bente.login(server.url, "bente")
    holm = anne.repo.create_family("Familien Holm").primary_id
    assert holm
    anne.repo.create_family("Familien Berg")
    anne.sync()

    from sync_devices import wait_past

    # Written offline before the reassignment, not yet pushed.
    before = anne.repo.update_family(holm, notes="Sidste besøg gik godt")
    wait_past(before.changes[0].hlc)  # the reassignment comes a millisecond later at least
    server.assign(holm, "bente")
    report = anne.sync()
    assert report.pushed == 1
    assert [(p.family_id, p.name) for p in report.purged] == [(holm, "Familien Holm")]
    assert anne.family_names() == {"Familien Berg"}
    assert anne.repo.changes(holm) == []
    assert anne.state.families_to_purge() == []
    assert anne.sync().purged == []  # said once

    bente.sync()
    assert bente.repo.family(holm).notes == "Sidste besøg gik godt"
    assert bente.family_names() == {"Familien Holm"}


def test_protocol_version_mismatch_both_ways(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    from ftbt_desktop.sync.client import SyncClient
    from ftbt_desktop.sync.errors import IncompatibleServer

    sqlite_server.add_user("anne")
    device = devices("laptop")

    def speaking(api: str) -> Callable[[str, str], SyncClient]:
        def make(url: str, token: str) -> SyncClient:
            client = SyncClient(url, token)
            client._http.headers["X-FTBT-API"] = api
            return client

        return make

    with pytest.raises(IncompatibleServer) as too_new:
        device.engine(client_factory=speaking("2")).login(sqlite_server.url, "anne", "x")
    assert too_new.value.server_too_old
    with pytest.raises(IncompatibleServer) as too_old:
        device.engine(client_factory=speaking("0")).login(sqlite_server.url, "anne", "x")
    assert not too_old.value.server_too_old
    assert device.state.account() is None


def test_edits_refused_after_a_reassignment_keep_the_family_until_let_go(
    server_factory: Callable[..., RunningServer],
    server_db_url: str,
    devices: Devices,
    tmp_path: Path,
) -> None:
    from ftbt_desktop.export.held_export import save_held_family
    from ftbt_desktop.export.json_export import import_document
    from ftbt_desktop.storage.sync_state import RefusedChangesLeft

    # No grace period: Anne's waiting edit arrives after it is over.
    server = server_factory(server_db_url, serve_args=NO_GRACE)
    server.add_user("anne")
    server.add_user("bente")
    anne, bente = devices("anne-laptop"), devices("bente-laptop")
    anne.login(server.url, "anne")
    bente.login(server.url, "bente")
    holm = anne.repo.create_family("Familien Holm").primary_id
    assert holm
    anne.sync()

    server.assign(holm, "bente")
    # Written offline after the reassignment and sent after the grace period: the
    # server refuses it, and it exists nowhere but on Anne's laptop.
    anne.repo.update_family(holm, notes="Ny aftale med skolen")
    report = anne.sync()
    assert [r.reason for r in report.rejected] == ["forbidden"]
    assert report.purged == [] and not report.in_sync
    [held] = report.held
    assert report.held_new == [held]
    assert (held.family_id, held.name) == (holm, "Familien Holm")
    assert [(r.change.field, r.change.value, r.reason) for r in held.refused] == [
        ("notes", "Ny aftale med skolen", "forbidden")
    ]
    assert anne.family_names() == {"Familien Holm"}
    with pytest.raises(RefusedChangesLeft):
        anne.state.purge_family(holm)
    again = anne.sync()
    assert again.held == [held] and again.held_new == []  # kept, and said once
    assert not again.in_sync

    # Saved for the new coordinator in the export format; her import sends it on.
    saved = tmp_path / "til-bente.json"
    assert save_held_family(anne.repo, holm, saved, anne.vault.paths.data_dir) > 0
    assert saved.stat().st_mode & 0o777 == 0o600
    bente.sync()
    assert bente.repo.family(holm).notes is None
    from ftbt_desktop.export.json_export import parse_document

    assert import_document(bente.repo, parse_document(saved.read_bytes())).new == 1
    assert bente.sync().in_sync
    assert bente.repo.family(holm).notes == "Ny aftale med skolen"

    # Let go by Anne: only now is the family removed from her laptop.
    purged = anne.state.release_family(holm)
    assert purged is not None and purged.name == "Familien Holm"
    assert anne.family_names() == set() and anne.repo.changes(holm) == []
    done = anne.sync()
    assert done.in_sync and done.held == [] and done.purged == []


def test_a_held_family_given_back_is_kept_and_its_refused_edits_are_sent(
    sqlite_server_no_grace: RunningServer, devices: Devices
) -> None:
    from ftbt_desktop.storage.errors import NotFound

    sqlite_server = sqlite_server_no_grace
    sqlite_server.add_user("anne")
    sqlite_server.add_user("bente")
    anne = devices("anne-laptop")
    anne.login(sqlite_server.url, "anne")
    holm = anne.repo.create_family("Familien Holm").primary_id
    assert holm
    anne.sync()
    sqlite_server.assign(holm, "bente")
    anne.repo.update_family(holm, notes="Ny aftale med skolen")
    assert [h.family_id for h in anne.sync().held] == [holm]

    sqlite_server.assign(holm, "anne")  # given back before she let it go
    report = anne.sync()
    assert report.held == [] and report.purged == [] and report.in_sync
    assert report.retried == 1 and report.pushed == 1 and report.rejected == []
    assert anne.state.families_to_purge() == []
    with pytest.raises(NotFound):
        anne.state.release_family(holm)  # hers again: never removed this way
    other = devices("anne-laptop-2")
    other.login(sqlite_server.url, "anne")
    other.sync()
    assert other.repo.family(holm).notes == "Ny aftale med skolen"


def test_during_the_grace_period_waiting_edits_arrive_and_new_entities_are_held(
    server: RunningServer, devices: Devices
) -> None:
    server.add_user("anne")
    server.add_user("bente")
    anne, bente = devices("anne-laptop"), devices("bente-laptop")
    anne.login(server.url, "anne")
    bente.login(server.url, "bente")
    holm = anne.repo.create_family("Familien Holm").primary_id
    assert holm
    anne.sync()

    server.assign(holm, "bente")
    # Both written offline after the reassignment, sent within the grace period
    # (14 days by default): the edit arrives, the new member does not.
    anne.repo.update_family(holm, notes="Sidste besøg gik godt")
    anne.repo.add_member(holm, "Oskar Holm", "child", 2015)
    report = anne.sync()
    assert report.pushed == 1 and report.purged == []
    assert report.rejected and {r.reason for r in report.rejected} == {"forbidden"}
    [held] = report.held
    assert held.family_id == holm
    assert {r.change.entity_type for r in held.refused} == {"member"}
    # Nothing lost: the refused member stays on her laptop, kept with the family.
    assert "Oskar Holm" in {r.change.value for r in held.refused}
    assert anne.family_names() == {"Familien Holm"}

    bente.sync()
    assert bente.repo.family(holm).notes == "Sidste besøg gik godt"
    assert bente.repo.members(holm) == []
