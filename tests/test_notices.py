"""Messages in the vault (storage/notices.py), written by a real sync against a real server:
each in the step that learned of it, kept through a restart, gone once acknowledged."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from ftbt_desktop.storage import notices
from ftbt_desktop.storage.repository import Edit, Repository
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.sync.client import PullAnswer, SyncClient

pytest_plugins = ("server_fixtures", "sync_devices")

from server_fixtures import RunningServer  # noqa: E402
from sync_devices import PASSPHRASE  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Callable

    from sync_devices import Device

    Devices = Callable[[str], Device]


def kinds(repo: Repository) -> list[tuple[str, str, int]]:
    return sorted((n.kind, n.family_name, n.count) for n in notices.unread(repo))


def coordinator_with_family(
    server: RunningServer, devices: Devices, name: str = "Familien Holm"
) -> tuple[Device, str]:
    server.add_user("anne")
    server.add_user("bente")
    anne = devices("anne-laptop")
    anne.login(server.url, "anne")
    family_id = anne.repo.create_family(name).primary_id
    assert family_id
    anne.sync()
    return anne, family_id


def test_a_purge_leaves_a_message_that_outlives_a_restart(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    anne, holm = coordinator_with_family(sqlite_server, devices)
    sqlite_server.assign(holm, "bente")
    report = anne.sync()
    assert [p.name for p in report.purged] == ["Familien Holm"]
    assert report.purged[0].sent == 0  # everything was on the server already

    data_dir = anne.vault.paths.db.parent
    anne.vault.close(backup=False)  # the app quits (or locks) before anyone read it
    vault = Vault.open(data_dir, PASSPHRASE)
    try:
        repo = Repository(vault)
        [notice] = notices.unread(repo)
        assert (notice.kind, notice.family_id, notice.family_name) == (
            notices.REMOVED,
            holm,
            "Familien Holm",
        )
        assert (notice.role, notice.count, notice.supervisor) == ("coordinator", 0, False)
        assert notices.unread_count(repo) == 1
        assert notices.acknowledge(repo, [notice.notice_id]) == 1
        assert notices.unread(repo) == []
        # Acknowledged is gone: the removed family's name is no longer in the vault.
        assert vault.execute("SELECT count(*) FROM notices")[0][0] == 0
    finally:
        vault.close(backup=False)
    anne.vault = Vault.open(data_dir, PASSPHRASE)  # for the fixture's close


def test_changes_sent_just_before_a_purge_are_counted_and_said(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    anne, holm = coordinator_with_family(sqlite_server, devices)
    sqlite_server.assign(holm, "bente")
    anne.repo.update_family(holm, notes="Ring til skolen")  # within the grace period
    report = anne.sync()
    assert report.purged[0].sent == 1
    [notice] = notices.unread(anne.repo)
    assert (notice.kind, notice.count) == (notices.REMOVED, 1)


def test_a_supervisor_notice_carries_her_role(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    _anne, holm = coordinator_with_family(sqlite_server, devices)
    sqlite_server.add_user("sofie", role="supervisor")
    sqlite_server.team("nord", members=("anne",), supervisors=("sofie",))
    sofie = devices("sofie-laptop")
    sofie.login(sqlite_server.url, "sofie")
    sofie.sync()
    assert sofie.family_names() == {"Familien Holm"}
    sqlite_server.assign(holm, "bente")
    sofie.sync()
    [notice] = notices.unread(sofie.repo)
    assert (notice.kind, notice.role, notice.supervisor, notice.count) == (
        notices.REMOVED,
        "supervisor",
        True,
        0,
    )


def test_refusals_add_up_in_one_message_per_family(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    """A vault used before sign-in as a coordinator's, signed in as a supervisor: what it
    made is refused; a later refusal in the same family adds to the unread message."""
    sqlite_server.add_user("sofie", role="supervisor")
    sofie = devices("sofie-laptop")
    egen = sofie.repo.create_family("Familien Egen").primary_id
    sofie.login(sqlite_server.url, "sofie")
    first = sofie.sync()
    assert len(first.rejected) == 3
    [notice] = notices.unread(sofie.repo)
    assert (notice.kind, notice.family_id, notice.family_name) == (
        notices.REFUSED,
        egen,
        "Familien Egen",
    )
    assert (notice.count, notice.role) == (3, "supervisor")
    assert ("family", "name", "forbidden") in notice.refused_changes

    sofie.repo.write([Edit("family", egen, egen, "notes", "Ny note")])
    assert len(sofie.sync().rejected) == 1
    [notice] = notices.unread(sofie.repo)
    assert notice.count == 4
    assert ("family", "notes", "forbidden") in notice.refused_changes


def test_a_held_family_is_one_message_naming_its_refused_changes(
    sqlite_server_no_grace: RunningServer, devices: Devices
) -> None:
    anne, holm = coordinator_with_family(sqlite_server_no_grace, devices)
    sqlite_server_no_grace.assign(holm, "bente")
    anne.repo.update_family(holm, notes="Ny aftale")  # after the grace period
    report = anne.sync()
    assert [h.name for h in report.held_new] == ["Familien Holm"]
    [notice] = notices.unread(anne.repo)
    assert (notice.kind, notice.family_name, notice.count) == (notices.HELD, "Familien Holm", 1)
    assert notice.refused_changes == [("family", "notes", "forbidden")]
    anne.sync()  # told once: the next sync adds nothing
    assert len(notices.unread(anne.repo)) == 1
    anne.repo.update_family(holm, notes="Endnu en aftale")  # refused too, listed by the family
    assert len(anne.sync().rejected) == 1
    assert [(n.kind, n.count) for n in notices.unread(anne.repo)] == [(notices.HELD, 1)]

    anne.state.release_family(holm)  # the coordinator let it go: nothing left to say
    assert notices.unread(anne.repo) == []


def test_a_conflict_and_a_review_comment_are_news_but_a_first_sync_is_not(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    anne, holm = coordinator_with_family(sqlite_server, devices)
    sqlite_server.add_user("sofie", role="supervisor")
    sqlite_server.team("nord", members=("anne",), supervisors=("sofie",))
    sofie = devices("sofie-laptop")
    sofie.login(sqlite_server.url, "sofie")
    sofie.sync()
    comment = "review-comment-1"
    sofie.repo.write([Edit("review_comment", comment, holm, "text", "Godt arbejde")])
    sofie.sync()

    other = devices("anne-laptop-2")
    other.login(sqlite_server.url, "anne")
    other.sync()  # the whole history, the comment included: not news on a new laptop
    assert notices.unread(other.repo) == []

    anne.repo.update_family(holm, notes="Fra laptop 1")
    other.repo.update_family(holm, notes="Fra laptop 2")
    other.sync()
    report = anne.sync()  # anne's change reaches the server second: hers is the conflict
    assert report.conflicts == 1
    assert kinds(anne.repo) == [
        (notices.CONFLICT, "Familien Holm", 1),
        (notices.COMMENT, "Familien Holm", 1),
    ]
    # Her own answer, from her other laptop, is not news to her.
    other.repo.write([Edit("review_reply", "review-reply-1", holm, "text", "Svar")])
    assert other.sync().rejected == []
    anne.sync()
    assert (notices.COMMENT, "Familien Holm", 1) in kinds(anne.repo)
    # Read on the Review page: the message goes with the family list's mark.
    from ftbt_desktop.storage.review_reads import mark_read

    mark_read(anne.repo, [comment])
    assert kinds(anne.repo) == [(notices.CONFLICT, "Familien Holm", 1)]
    assert notices.acknowledge_all(anne.repo) == 2  # the read comment's row goes too
    assert notices.unread(anne.repo) == []


class SpoilingClient(SyncClient):
    """The real client whose pulled pages carry one value breaking its field's rule,
    as an older server might have kept."""

    def pull(self, after: int, limit: int, count: bool = False) -> PullAnswer:
        page = super().pull(after, limit, count)
        spoiled = [
            dataclasses.replace(item, change=dataclasses.replace(item.change, value=12345))
            if item.change.field == "name"
            else item
            for item in page.changes
        ]
        return dataclasses.replace(page, changes=spoiled)


def test_pulled_values_withheld_as_unfit_are_a_message(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    anne, holm = coordinator_with_family(sqlite_server, devices)
    anne.repo.update_family(holm, notes="x")
    anne.sync()
    other = devices("anne-laptop-2")
    other.login(sqlite_server.url, "anne")
    other.sync()
    anne.repo.update_family(holm, name="Familien Holm-Jensen")
    anne.sync()
    report = other.engine(client_factory=SpoilingClient).sync()
    assert report.refused_pulled == 1
    [notice] = notices.unread(other.repo)
    assert (notice.kind, notice.family_id, notice.count) == (notices.WITHHELD, "", 1)


def test_a_message_is_written_with_its_step_or_not_at_all(repo: Repository) -> None:
    """A failure after the message was written takes the message back with the step."""
    with pytest.raises(RuntimeError), repo.vault.transaction() as conn:
        notices.record(conn, notices.NewNotice(notices.REMOVED, "f1", "Familien Holm"))
        raise RuntimeError("the purge failed")
    assert notices.unread(repo) == []
    with pytest.raises(ValueError):
        notices.record_all(repo, [notices.NewNotice("something else")])


def test_acknowledge_all_leaves_what_came_after_the_list_was_shown(repo: Repository) -> None:
    shown = notices.record_all(repo, [notices.NewNotice(notices.REMOVED, "f1", "Familien Holm")])
    notices.record_all(repo, [notices.NewNotice(notices.ERASED, "f2", "Familien Berg")])
    assert notices.acknowledge_all(repo, up_to=max(shown)) == 1
    assert [n.family_name for n in notices.unread(repo)] == ["Familien Berg"]


def test_migration_adds_the_table_to_an_existing_vault(tmp_path: Path) -> None:
    from ftbt_desktop.storage import keys

    data_dir = tmp_path / "old"
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    with vault.transaction() as conn:
        conn.execute("DROP TABLE notices")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm004_notices'")
    vault.close(backup=False)
    vault = Vault.open(data_dir, PASSPHRASE)
    try:
        repo = Repository(vault)
        notices.record_all(repo, [notices.NewNotice(notices.REMOVED, "f1", "Familien Holm")])
        assert notices.unread_count(repo) == 1
    finally:
        vault.close(backup=False)
