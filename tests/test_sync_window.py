"""Sync in the real main window, against a real server: sign in from the toolbar, sync at
unlock, the conflict notice under the family's name, and a reassigned family leaving with
a message that names it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from ui_shell_helpers import listed_families, make_vault, make_window, unlock

from ftbt_desktop.ui.main_window import MainWindow

pytest_plugins = ("server_fixtures", "sync_devices")

from server_fixtures import PASSWORD, RunningServer  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Callable

    from sync_devices import Device

    Devices = Callable[[str], Device]

PASSPHRASE = "korrekt hest batteri hæfteklamme"
WAIT_MS = 30_000


def signed_in_window(qtbot: QtBot, tmp_path: Path, server: RunningServer) -> MainWindow:
    data_dir = tmp_path / "data"
    make_vault(data_dir, PASSPHRASE, ("Familien Holm", "Familien Berg"))
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    sync = window.sync_ui
    assert sync.status.isVisible()
    assert sync.status.state_label.text() == "Not signed in"
    assert not sync.sync_action.isEnabled()

    sync.sign_in_action.trigger()
    dialog = sync._dialog
    assert dialog is not None and dialog.isVisible()
    dialog.server_edit.setText(server.url)
    dialog.username_edit.setText("anne")
    dialog.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(sync.controller.sig_finished, timeout=WAIT_MS) as finished:
        dialog.sign_in_button.click()
    assert finished.args[0].pushed > 0
    qtbot.waitUntil(lambda: sync.status.state_label.text() == "Online", timeout=WAIT_MS)
    assert sync.sync_action.isEnabled()
    return window


def family_id(window: MainWindow, name: str) -> str:
    return next(f.id for f in window.service.list_families() if f.name == name)


def test_reassigned_family_leaves_the_window_with_its_name_said(
    qtbot: QtBot, sqlite_server: RunningServer, tmp_path: Path
) -> None:
    sqlite_server.add_user("anne")
    sqlite_server.add_user("bente")
    window = signed_in_window(qtbot, tmp_path, sqlite_server)
    holm = family_id(window, "Familien Holm")
    window.family_list.select_family(holm)
    qtbot.waitUntil(lambda: window.workspace.current_family_id() == holm)

    sqlite_server.cli("family", "assign", holm, "bente")
    controller = window.sync_ui.controller
    with qtbot.waitSignal(controller.sig_families_purged, timeout=WAIT_MS):
        window.sync_ui.sync_action.trigger()
    box = window.findChild(QMessageBox, "sync_message")
    assert box is not None and box.isVisible()
    assert "“Familien Holm” was assigned to another coordinator" in box.text()
    assert listed_families(window) == ["Familien Berg"]
    assert window.workspace.current_family_id() is None
    box.accept()


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
    assert window.service.repo.family(holm).notes == "Mødes på skolen"


def test_refused_edits_keep_a_reassigned_family_until_the_coordinator_removes_it(
    qtbot: QtBot, sqlite_server: RunningServer, tmp_path: Path
) -> None:
    from ftbt_desktop.export.json_export import parse_document

    sqlite_server.add_user("anne")
    sqlite_server.add_user("bente")
    window = signed_in_window(qtbot, tmp_path, sqlite_server)
    holm = family_id(window, "Familien Holm")
    sqlite_server.cli("family", "assign", holm, "bente")
    window.service.update_family(holm, notes="Ny aftale med skolen")  # after the reassignment

    controller = window.sync_ui.controller
    with qtbot.waitSignal(controller.sig_families_held, timeout=WAIT_MS):
        window.sync_ui.sync_action.trigger()
    box = window.findChild(QMessageBox, "sync_message")
    assert box is not None and box.isVisible()
    assert "“Familien Holm” was assigned to another coordinator" in box.text()
    assert "refused a change made here" in box.text()
    assert "save the refused changes as a file" in box.text()
    box.accept()
    assert listed_families(window) == ["Familien Berg", "Familien Holm"]  # not removed

    window.family_list.select_family(holm)
    notice = window.sync_ui.held_notice
    qtbot.waitUntil(notice.isVisible)
    assert "Family – Notes: you may not change this family" in notice.changes_label.text()

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
