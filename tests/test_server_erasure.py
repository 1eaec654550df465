"""Erasing a family on an order (issue 17's erasure, issue 13's "erased" message): the
server keeps no value of it, every laptop that held it — two of its coordinator's and
a supervisor's — removes it at its next sync with a message in Beskeder, confirms,
and `ftbt-server family erasures` shows who has still to. On SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select
from ui_shell_helpers import listed_families

from ftbt_desktop.storage import notices
from ftbt_desktop.words.notice import notice_advice, notice_title
from ftbt_server.db import make_engine
from ftbt_server.tables import metadata

pytest_plugins = ("server_fixtures", "sync_devices")

from held_family_helpers import WAIT_MS, accept_message, family_id, signed_in  # noqa: E402
from server_fixtures import RunningServer  # noqa: E402
from sync_devices import Device  # noqa: E402

NAME = "Familien Qwertyhjem"
MEMBER = "Zacharias Qwertyhjem"
NOTE = "Mistrivsel-hemmelighed-7391"


# What says that an erasure happened: it keeps the family's id, never a value.
RECORDS = {"audit", "audit_families", "erasures", "erasure_holders", "erasure_confirmations"}


def _family_rows(server: RunningServer, family_id: str) -> list[str]:
    """Every row of every table that names the family, but the records of its erasure
    and its tombstone: values are sealed, so a trace is found by its id."""
    engine = make_engine(server.db_url)
    try:
        with engine.connect() as conn:
            return [
                f"{table.name}: {tuple(row)!r}"
                for table in metadata.sorted_tables
                if table.name not in RECORDS
                for row in conn.execute(select(table))
                if family_id in repr(tuple(row)) and table.name != "families"
            ]
    finally:
        engine.dispose()


def _server_text(server: RunningServer) -> str:
    """Every row of every table, as text: what a database dump would show."""
    engine = make_engine(server.db_url)
    try:
        with engine.connect() as conn:
            return "\n".join(
                repr(tuple(row))
                for table in metadata.sorted_tables
                for row in conn.execute(select(table))
            )
    finally:
        engine.dispose()


def _family(anna: Device, closed: bool = True) -> str:
    family_id = anna.repo.create_family(NAME).primary_id
    assert family_id
    anna.repo.add_member(family_id, MEMBER, "child", 2014)
    anna.repo.create_entity("visit", family_id, date="2025-03-02", summary=NOTE)
    if closed:
        anna.repo.close_family(family_id)
    return family_id


def _setup(server: RunningServer, devices: Callable[[str], Device]) -> tuple[Device, ...]:
    server.add_user("anna")
    server.add_user("sara", role="supervisor")
    server.team("nord", members=["anna"], supervisors=["sara"])
    laptop1, laptop2, sup = devices("anna-1"), devices("anna-2"), devices("sara-1")
    laptop1.login(server.url, "anna")
    laptop2.login(server.url, "anna")
    sup.login(server.url, "sara")
    return laptop1, laptop2, sup


def _erased_notices(device: Device) -> list[notices.Notice]:
    return [n for n in notices.unread(device.repo) if n.kind == notices.ERASED]


def test_an_open_family_is_not_erased_without_force(
    server: RunningServer, devices: Callable[[str], Device]
) -> None:
    laptop1, _, _ = _setup(server, devices)
    family_id = _family(laptop1, closed=False)
    assert laptop1.sync().in_sync
    result = server.cli("family", "erase", family_id, check=False)
    assert result.returncode != 0
    assert "not closed" in result.stderr and "--force" in result.stderr
    assert len(_family_rows(server, family_id)) > 5  # nothing was removed
    server.cli("family", "erase", family_id, "--force", "--by", "DPO order 17")
    assert _family_rows(server, family_id) == []


def test_erasure_leaves_no_value_and_every_laptop_removes_the_family(
    server: RunningServer, devices: Callable[[str], Device]
) -> None:
    laptop1, laptop2, sup = _setup(server, devices)
    family_id = _family(laptop1)
    for device in (laptop1, laptop2, sup, laptop1):
        device.sync()
    assert all(NAME in d.family_names() for d in (laptop1, laptop2, sup))
    # Written on the second laptop, never sent: the erasure order wins over it.
    laptop2.repo.create_entity("visit", family_id, date="2025-03-09", summary="ikke sendt")

    done = server.cli("family", "erase", family_id, "--by", "Borgerservice")
    assert "Erased family" in done.stdout
    dump = _server_text(server)
    for word in (NAME, MEMBER, NOTE, "Qwertyhjem"):
        assert word not in dump
    assert _family_rows(server, family_id) == []  # not even its sealed values
    assert "family_erased" in dump  # the audit record that it happened, with counts
    waiting = server.cli("family", "erasures").stdout
    assert family_id in waiting and "anna:waiting" in waiting and "sara:waiting" in waiting

    # A waiting edit pushed after the erasure is refused, not a new family.
    report = laptop2.sync()
    assert report.rejected and {r.reason for r in report.rejected} == {"forbidden"}
    assert [e.family_id for e in report.erased] == [family_id]
    assert NAME not in laptop2.family_names()
    assert laptop2.vault.execute(
        "SELECT COUNT(*) FROM changes WHERE family_id = ?", (family_id,)
    ) == [(0,)]
    (message,) = _erased_notices(laptop2)
    assert message.family_name == NAME and message.count == len(report.rejected)
    assert f"{message.count} changes made here that were not sent" in notice_title(message)
    assert [n.kind for n in notices.unread(laptop2.repo)] == [notices.ERASED]
    assert _family_rows(server, family_id) == []
    assert "anna:anna-2" in server.cli("family", "erasures").stdout

    laptop1.sync()
    assert NAME not in laptop1.family_names()
    assert _erased_notices(laptop1)[0].count == 0
    assert family_id in server.cli("family", "erasures").stdout  # sara has not synced

    sup.sync()
    assert NAME not in sup.family_names()
    (sup_message,) = _erased_notices(sup)
    assert sup_message.role == "supervisor"
    assert "data-protection officer" in notice_advice(sup_message)
    assert "No erasure is waiting" in server.cli("family", "erasures").stdout
    # Told once: the next sync neither removes nor says anything again.
    assert not laptop1.sync().erased
    assert family_id not in server.cli("family", "list").stdout


def test_an_erased_family_leaves_the_open_window_with_a_message(
    qtbot: QtBot, sqlite_server: RunningServer, tmp_path: Path
) -> None:
    window = signed_in(qtbot, tmp_path, sqlite_server)
    holm = family_id(window, "Familien Holm")
    window.family_list.select_family(holm)
    qtbot.waitUntil(lambda: window.workspace.current_family_id() == holm)
    sqlite_server.cli("family", "erase", holm, "--force")
    controller = window.sync_ui.controller
    with qtbot.waitSignal(controller.sig_families_purged, timeout=WAIT_MS):
        controller.sync_now()
    qtbot.waitUntil(lambda: "Familien Holm" not in " ".join(listed_families(window)))
    assert window.workspace.current_family_id() is None
    assert "Familien Holm" in accept_message(window)
