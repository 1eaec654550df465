"""Sync in the real main window, against a real server: sign in from the toolbar, sync at
unlock, the conflict notice under the family's name, and a reassigned family leaving with
a message that names it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from ui_shell_helpers import listed_families, unlock

pytest_plugins = ("server_fixtures", "sync_devices")

from server_fixtures import PASSWORD, RunningServer  # noqa: E402
from sync_window_helpers import (  # noqa: E402
    PASSPHRASE,
    WAIT_MS,
    family_id,
    messages,
    signed_in_window,
    sync_message,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from sync_devices import Device

    Devices = Callable[[str], Device]


def test_reassigned_family_leaves_the_window_with_its_name_said(
    qtbot: QtBot, sqlite_server: RunningServer, tmp_path: Path
) -> None:
    sqlite_server.add_user("anne")
    sqlite_server.add_user("bente")
    window = signed_in_window(qtbot, tmp_path, sqlite_server)
    holm = family_id(window, "Familien Holm")
    window.family_list.select_family(holm)
    qtbot.waitUntil(lambda: window.workspace.current_family_id() == holm)

    sqlite_server.assign(holm, "bente")
    controller = window.sync_ui.controller
    with qtbot.waitSignal(controller.sig_families_purged, timeout=WAIT_MS):
        window.sync_ui.sync_action.trigger()
    [said] = messages(qtbot, window)
    assert "“Familien Holm” was assigned to another coordinator" in said
    assert listed_families(window) == ["Familien Berg"]
    assert window.workspace.current_family_id() is None


def test_sync_at_unlock_and_conflict_notice_in_the_workspace(
    qtbot: QtBot, sqlite_server: RunningServer, tmp_path: Path, devices: Devices
) -> None:
    sqlite_server.add_user("anne")
    window = signed_in_window(qtbot, tmp_path, sqlite_server)
    holm = family_id(window, "Familien Holm")
    other = devices("other-laptop")
    other.login(sqlite_server.url, "anne")
    other.sync()

    other.repo.update_family(holm, notes="Ring før besøg")
    other.sync()
    window.service.update_family(holm, notes="Mødes på skolen")
    window.lock()
    controller = window.sync_ui.controller
    with qtbot.waitSignal(controller.sig_finished, timeout=WAIT_MS) as at_unlock:
        unlock(qtbot, window, PASSPHRASE)  # no click on "Sync now": unlocking syncs
    assert at_unlock.args[0].conflicts == 1

    window.family_list.select_family(holm)
    notice = window.sync_ui.notice
    qtbot.waitUntil(notice.isVisible)
    assert notice.title_label.text() == "1 change needs your eye"
    assert notice.parentWidget() is window.workspace.header.parentWidget()
    [conflict] = controller.conflicts(holm)
    keep_mine = next(
        b for b in notice.keep_buttons() if b.property("change_id") == conflict.local.change_id
    )
    keep_mine.click()
    assert not notice.isVisible()
    assert window.service.family(holm).notes == "Mødes på skolen"


def test_refused_edits_keep_a_reassigned_family_until_the_coordinator_removes_it(
    qtbot: QtBot, sqlite_server_no_grace: RunningServer, tmp_path: Path
) -> None:
    from ftbt_desktop.export.json_export import parse_document

    sqlite_server = sqlite_server_no_grace  # the edit below comes after the grace period

    sqlite_server.add_user("anne")
    sqlite_server.add_user("bente")
    window = signed_in_window(qtbot, tmp_path, sqlite_server)
    holm = family_id(window, "Familien Holm")
    sqlite_server.assign(holm, "bente")
    window.service.update_family(holm, notes="Ny aftale med skolen")  # after the reassignment

    controller = window.sync_ui.controller
    with qtbot.waitSignal(controller.sig_families_held, timeout=WAIT_MS):
        window.sync_ui.sync_action.trigger()
    [said] = messages(qtbot, window)
    assert "“Familien Holm” was assigned to another coordinator" in said
    assert "refused a change made here" in said
    assert "Family – Notes: you may not change this family" in said
    assert "save them as a file for the family's coordinator" in said
    window.sync_ui.notices.dialog.close_button.click()  # type: ignore[union-attr]
    assert listed_families(window) == ["Familien Berg", "Familien Holm"]  # not removed

    window.family_list.select_family(holm)
    notice = window.sync_ui.held_notice
    qtbot.waitUntil(notice.isVisible)
    # What was written, not only the field (issue 13, finding 2).
    assert "Notes: “Ny aftale med skolen”" in notice.changes_label.text()
    assert "the family has been handed over" in notice.changes_label.text()

    saved = tmp_path / "til-bente"
    notice.choose_path = lambda *_args: str(saved)
    notice.save_button.click()
    written = saved.with_name("til-bente.json")
    assert written.stat().st_mode & 0o777 == 0o600
    [family] = parse_document(written.read_bytes())["families"]
    assert family["notes"] == "Ny aftale med skolen"
    assert "Give the file to the family's new coordinator" in notice.result_label.text()

    confirm = notice.ask_remove()
    assert confirm is not None and "“Familien Holm”" in confirm.text()
    keep = next(b for b in confirm.buttons() if b.objectName() != "held_remove_yes")
    keep.click()
    assert listed_families(window) == ["Familien Berg", "Familien Holm"]
    notice.remove_button.click()
    confirm = notice.confirm_box
    assert confirm is not None
    remove = next(b for b in confirm.buttons() if b.objectName() == "held_remove_yes")
    remove.click()
    assert listed_families(window) == ["Familien Berg"]
    assert window.workspace.current_family_id() is None
    assert not notice.isVisible()
    with qtbot.waitSignal(controller.sig_finished, timeout=WAIT_MS) as finished:
        window.sync_ui.sync_action.trigger()
    assert finished.args[0].in_sync
    assert window.findChild(QMessageBox, "sync_message") is None


def test_the_token_lives_only_inside_the_vault(
    qtbot: QtBot,
    sqlite_server: RunningServer,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    """After signing in and syncing: not in the data folder's files (database, WAL, key
    file, settings.json, backups), not in any log or output; the password nowhere at all."""
    import logging

    from clitools import snapshot
    from plaintext_helpers import leaks

    from ftbt_desktop.storage.sync_state import SyncState

    caplog.set_level(logging.DEBUG)  # httpx, httpcore and the app's own loggers
    sqlite_server.add_user("anne")
    window = signed_in_window(qtbot, tmp_path, sqlite_server)
    account = window.service.on_vault(SyncState).account()
    assert account is not None and len(account.token) >= 40  # there, so a leak would show
    needles = {account.token, PASSWORD}
    data_dir = tmp_path / "data"
    settings = window.open_settings()  # settings.json written as the app writes it
    settings.buttons.accepted.emit()
    assert (data_dir / "settings.json").exists()

    assert leaks(snapshot(data_dir), needles) == []  # open: database, WAL, settings
    window.lock()
    qtbot.waitUntil(lambda: not window.service.is_unlocked)
    files = snapshot(tmp_path)  # locked: the backups taken at lock too
    assert any(name.startswith("data/backups") for name in files)
    assert leaks(files, needles) == []
    out, err = capfd.readouterr()
    assert not any(n in caplog.text or n in out or n in err for n in needles)


def test_expired_sign_in_asks_again_and_keeps_what_waits(
    qtbot: QtBot, sqlite_server: RunningServer, tmp_path: Path
) -> None:
    sqlite_server.add_user("anne")
    window = signed_in_window(qtbot, tmp_path, sqlite_server)
    sync = window.sync_ui
    holm = family_id(window, "Familien Holm")
    window.service.update_family(holm, notes="Skrevet offline")
    window.service.vault.set_meta("sync.expires_at", "2000-01-01T00:00:00+00:00")

    with qtbot.waitSignal(sync.controller.sig_sign_in_needed, timeout=WAIT_MS):
        sync.sync_action.trigger()
    dialog = sync._dialog
    assert dialog is not None and dialog.isVisible()
    assert "Your sign-in has expired" in dialog.reason_label.text()
    assert dialog.server_edit.text() == sqlite_server.url  # asked once, remembered
    assert dialog.username_edit.text() == "anne"
    assert sync.status.state_label.text() == "Not signed in"
    assert sync.status.pending_label.text() == "1 change waiting to sync"
    assert window.findChild(QMessageBox, "sync_message") is None  # the dialog says it

    dialog.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(sync.controller.sig_finished, timeout=WAIT_MS) as finished:
        dialog.sign_in_button.click()
    assert finished.args[0].pushed == 1 and finished.args[0].in_sync
    qtbot.waitUntil(lambda: not sync.status.pending_label.isVisible())


def test_clock_and_protocol_trouble_are_said_plainly_and_nothing_is_sent(
    qtbot: QtBot, sqlite_server: RunningServer, tmp_path: Path
) -> None:
    from ftbt_desktop.core.clock import wall_ms
    from ftbt_desktop.sync.client import SyncClient

    sqlite_server.add_user("anne")
    window = signed_in_window(qtbot, tmp_path, sqlite_server)
    sync = window.sync_ui
    worker = sync.controller.worker
    holm = family_id(window, "Familien Holm")
    window.service.update_family(holm, notes="Skrevet offline")

    def speaking(api: str) -> Callable[[str, str], SyncClient]:
        def make(url: str, token: str) -> SyncClient:
            client = SyncClient(url, token)
            client._http.headers["X-FTBT-API"] = api
            return client

        return make

    cases = (
        ("_now_ms", lambda: wall_ms() + 2 * 3_600_000, "clock is wrong: it is 120 minutes ahead"),
        ("_client_factory", speaking("2"), "The central server is too old"),
        ("_client_factory", speaking("0"), "This version of FTBT Desktop is too old"),
    )
    for name, value, said in cases:
        setattr(worker, name, value)  # read by the worker at its next run
        with qtbot.waitSignal(sync.controller.sig_failed, timeout=WAIT_MS):
            sync.sync_action.trigger()
        box = sync_message(qtbot, window)
        assert said in box.text() and "kept" in box.text()
        assert "Traceback" not in box.text()
        box.accept()
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "sync_message") is None)
        setattr(worker, name, None)
        assert sync.controller.status().pending == 1
        assert not sync.controller.retry.isActive()  # waits for the coordinator, no retry loop
    with qtbot.waitSignal(sync.controller.sig_finished, timeout=WAIT_MS) as finished:
        sync.sync_action.trigger()
    assert finished.args[0].pushed == 1


def test_a_refused_change_is_named_with_why(
    qtbot: QtBot, sqlite_server: RunningServer, tmp_path: Path, devices: Devices
) -> None:
    """A vault used as a coordinator's, then signed in as a supervisor: the families it
    made are refused (a supervisor creates none), each named with the reason."""
    sqlite_server.add_user("anne")
    sqlite_server.add_user("sofie", role="supervisor")
    sqlite_server.team("nord", members=("anne",), supervisors=("sofie",))
    anne = devices("anne-laptop")
    anne.login(sqlite_server.url, "anne")
    anne.repo.create_family("Familien Holm")
    anne.sync()

    window = signed_in_window(
        qtbot, tmp_path, sqlite_server, user="sofie", families=("Familien Egen",)
    )
    [said] = messages(qtbot, window)
    assert "The central server refused 3 changes made here in “Familien Egen”" in said
    assert "Family – Name: you may not change this family" in said
    assert "Family – Status: you may not change this family" in said
    assert "As a supervisor you write only review comments" in said  # her own words
    assert "Familien Holm" in listed_families(window)  # the team's family arrived
    assert window.findChild(QMessageBox, "sync_message") is None
    assert window.sync_ui.controller.status().pending == 0
