"""Messages ("Beskeder") in the real main window, against a real server: what a background
sync learned (a family removed, held or refused) stays in the vault until the reader has
acknowledged it, through an auto-lock and a restart, worded for a coordinator or a supervisor.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from ui_shell_helpers import listed_families, make_window, unlock

from ftbt_desktop.ui.main_window import MainWindow

pytest_plugins = ("server_fixtures", "sync_devices")

from server_fixtures import RunningServer  # noqa: E402
from sync_window_helpers import (  # noqa: E402
    PASSPHRASE,
    WAIT_MS,
    family_id,
    messages,
    signed_in_window,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from sync_devices import Device

    Devices = Callable[[str], Device]

SENT_EN = "sent to the central server"


def background_sync(qtbot: QtBot, window: MainWindow) -> object:
    """The periodic timer's sync (no click), waited for; its report."""
    controller = window.sync_ui.controller
    with qtbot.waitSignal(controller.sig_finished, timeout=WAIT_MS) as finished:
        controller.periodic.timeout.emit()
    return finished.args[0]


def auto_lock(qtbot: QtBot, window: MainWindow) -> None:
    """The idle timer fires (5 minutes without input) and the vault closes."""
    window.idle.sig_idle.emit()
    qtbot.waitUntil(lambda: not window.service.is_unlocked, timeout=WAIT_MS)
    assert window.current_page() is window.unlock_page
    assert window.sync_ui.notices.dialog is None  # nothing personal over the locked window
    box = window.findChild(QMessageBox, "sync_message")
    assert box is None or not box.isVisible()


def test_a_removal_said_by_a_background_sync_survives_the_auto_lock(
    qtbot: QtBot, sqlite_server: RunningServer, tmp_path: Path, devices: Devices
) -> None:
    """Issue 13, finding 3: the coordinator's second laptop."""
    sqlite_server.add_user("anne")
    sqlite_server.add_user("bente")
    first = devices("anne-laptop-1")
    first.login(sqlite_server.url, "anne")
    holm = first.repo.create_family("Familien Holm").primary_id
    first.repo.create_family("Familien Berg")
    first.sync()
    window = signed_in_window(qtbot, tmp_path, sqlite_server, families=())
    assert listed_families(window) == ["Familien Berg", "Familien Holm"]

    sqlite_server.assign(holm, "bente")
    report = background_sync(qtbot, window)
    assert [p.name for p in report.purged] == ["Familien Holm"]  # type: ignore[attr-defined]
    assert listed_families(window) == ["Familien Berg"]
    auto_lock(qtbot, window)  # before anyone read the message

    unlock(qtbot, window, PASSPHRASE)
    [said] = messages(qtbot, window)
    assert "“Familien Holm” was assigned to another coordinator" in said
    assert "removed from this computer" in said
    assert "Nothing to do" in said
    assert SENT_EN not in said  # nothing was waiting on this laptop


def test_a_supervisor_hears_of_a_family_leaving_her_team_in_her_own_words(
    qtbot: QtBot, sqlite_server: RunningServer, tmp_path: Path, devices: Devices
) -> None:
    sqlite_server.add_user("anne")
    sqlite_server.add_user("bente")
    sqlite_server.add_user("sofie", role="supervisor")
    sqlite_server.team("nord", members=("anne",), supervisors=("sofie",))
    anne = devices("anne-laptop")
    anne.login(sqlite_server.url, "anne")
    holm = anne.repo.create_family("Familien Holm").primary_id
    anne.sync()
    window = signed_in_window(qtbot, tmp_path, sqlite_server, user="sofie", families=())
    assert listed_families(window) == ["Familien Holm"]

    sqlite_server.assign(holm, "bente")  # bente is in no team of sofie's
    report = background_sync(qtbot, window)
    assert report.pushed == 0  # type: ignore[attr-defined]
    auto_lock(qtbot, window)
    unlock(qtbot, window, PASSPHRASE)
    [said] = messages(qtbot, window)
    assert "“Familien Holm” is no longer among your team's families" in said
    assert "coordinator" not in said
    assert "Your changes" not in said and SENT_EN not in said


def toolbar_text(window: MainWindow) -> str:
    return window.sync_ui.notices.action.text()


def test_changes_sent_first_are_said_at_once_and_a_read_message_stays_read(
    qtbot: QtBot, sqlite_server: RunningServer, tmp_path: Path
) -> None:
    sqlite_server.add_user("anne")
    sqlite_server.add_user("bente")
    window = signed_in_window(qtbot, tmp_path, sqlite_server)
    assert toolbar_text(window) == "Messages"
    holm = family_id(window, "Familien Holm")
    sqlite_server.assign(holm, "bente")
    window.service.update_family(holm, notes="Ring til skolen")  # within the grace period

    report = background_sync(qtbot, window)
    assert report.pushed == 1  # type: ignore[attr-defined]
    [said] = messages(qtbot, window)  # at once: no need to wait for a lock
    assert "“Familien Holm” was assigned to another coordinator" in said
    assert "The change waiting here was sent to the central server first." in said
    assert toolbar_text(window) == "Messages (1)"
    notices = window.sync_ui.notices
    button = window.toolbar.widgetForAction(notices.action)
    assert button is not None and button.accessibleName() == "Messages: 1 unread"

    dialog = notices.dialog
    assert dialog is not None
    [row] = dialog.notice_rows()
    read = next(b for b in row.findChildren(QPushButton) if b.objectName() == "notice_read")
    assert read.accessibleName().startswith("Mark as read: “Familien Holm”")
    read.click()
    qtbot.waitUntil(lambda: dialog.notice_rows() == [])
    assert dialog.empty_label.isVisibleTo(dialog)
    assert toolbar_text(window) == "Messages"
    dialog.close_button.click()

    window.lock()
    qtbot.waitUntil(lambda: not window.service.is_unlocked, timeout=WAIT_MS)
    with qtbot.waitSignal(window.sync_ui.controller.sig_finished, timeout=WAIT_MS):
        unlock(qtbot, window, PASSPHRASE)
    assert notices.dialog is None  # read once is enough


def test_messages_outlive_a_restart_and_are_read_one_by_one_or_all_at_once(
    qtbot: QtBot, sqlite_server: RunningServer, tmp_path: Path
) -> None:
    sqlite_server.add_user("anne")
    sqlite_server.add_user("bente")
    window = signed_in_window(qtbot, tmp_path, sqlite_server)
    for name in ("Familien Holm", "Familien Berg"):
        sqlite_server.assign(family_id(window, name), "bente")
    background_sync(qtbot, window)
    assert len(messages(qtbot, window)) == 2
    window.sync_ui.notices.dialog.close_button.click()  # type: ignore[union-attr]
    assert toolbar_text(window) == "Messages (2)"  # closed is not read
    window.shut_down()  # the app quits
    window.close()

    again = make_window(qtbot, tmp_path / "data")
    # Unlocking syncs; the messages are read once that sync has finished: it must
    # neither take them away nor redraw the list under the clicks below.
    with qtbot.waitSignal(again.sync_ui.controller.sig_finished, timeout=WAIT_MS) as synced:
        unlock(qtbot, again, PASSPHRASE)
    assert not synced.args[0].rolled_back  # type: ignore[index]
    said = messages(qtbot, again)
    assert len(said) == 2
    assert any("“Familien Holm”" in text for text in said)
    assert any("“Familien Berg”" in text for text in said)
    assert toolbar_text(again) == "Messages (2)"
    dialog = again.sync_ui.notices.dialog
    assert dialog is not None
    first = dialog.notice_rows()[0]
    next(b for b in first.findChildren(QPushButton) if b.objectName() == "notice_read").click()
    qtbot.waitUntil(lambda: len(dialog.notice_rows()) == 1)
    assert toolbar_text(again) == "Messages (1)"
    assert dialog.mark_all_button.accessibleName() == "Mark all messages as read"
    dialog.mark_all_button.click()
    qtbot.waitUntil(lambda: dialog.notice_rows() == [])
    assert toolbar_text(again) == "Messages"
    assert not dialog.mark_all_button.isEnabled()


def test_the_messages_button_opens_the_list_and_show_family_opens_a_held_family(
    qtbot: QtBot, sqlite_server_no_grace: RunningServer, tmp_path: Path
) -> None:
    server = sqlite_server_no_grace
    server.add_user("anne")
    server.add_user("bente")
    window = signed_in_window(qtbot, tmp_path, server)
    holm = family_id(window, "Familien Holm")
    server.assign(holm, "bente")
    window.service.update_family(holm, notes="Ny aftale")  # after the grace period
    background_sync(qtbot, window)
    [said] = messages(qtbot, window)
    assert "refused a change made here" in said
    window.sync_ui.notices.dialog.close_button.click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: window.sync_ui.notices.dialog is None)

    window.sync_ui.notices.action.trigger()  # the toolbar's "Messages (1)"
    [said_again] = messages(qtbot, window)
    assert said_again == said
    dialog = window.sync_ui.notices.dialog
    assert dialog is not None
    [row] = dialog.notice_rows()
    show = next(b for b in row.findChildren(QPushButton) if b.objectName() == "notice_show")
    assert show.accessibleName() == "Show the family “Familien Holm”"
    show.click()
    qtbot.waitUntil(lambda: window.workspace.current_family_id() == holm)
    qtbot.waitUntil(lambda: window.sync_ui.notices.dialog is None)
    assert window.sync_ui.held_notice.isVisible()
    assert toolbar_text(window) == "Messages (1)"  # shown is not read


def test_family_view_takes_the_messages_off_the_screen(
    qtbot: QtBot, sqlite_server: RunningServer, tmp_path: Path
) -> None:
    sqlite_server.add_user("anne")
    sqlite_server.add_user("bente")
    window = signed_in_window(qtbot, tmp_path, sqlite_server)
    berg = family_id(window, "Familien Berg")
    sqlite_server.assign(family_id(window, "Familien Holm"), "bente")
    background_sync(qtbot, window)
    [said] = messages(qtbot, window)
    dialog = window.sync_ui.notices.dialog
    assert dialog is not None and "“Familien Holm”" in said

    assert window.kitchen_mode.enter(berg) is not None  # family view of another family
    assert not dialog.isVisible()
    assert window.sync_ui.notices.open() is None  # not over family view either
    window.kitchen_mode.leave()
    assert window.sync_ui.notices.action.text() == "Messages (1)"  # still unread
