"""Helpers for the held-family tests: a window signed in to a real server, a family taken away."""

from pathlib import Path

from pytestqt.qtbot import QtBot
from server_fixtures import PASSWORD, RunningServer
from ui_shell_helpers import make_vault, make_window, unlock

from ftbt_desktop.operations.records import add_record, edit_record
from ftbt_desktop.ui.main_window import MainWindow

PASSPHRASE = "korrekt hest batteri hæfteklamme"


WAIT_MS = 30_000


OLD_TEXT = "Gå en tur hver dag"


NEW_TEXT = "Cykle til skole tre dage om ugen"


def signed_in(qtbot: QtBot, tmp_path: Path, server: RunningServer) -> MainWindow:
    server.add_user("anne")
    server.add_user("bente")
    data_dir = tmp_path / "data"
    make_vault(data_dir, PASSPHRASE, ("Familien Holm", "Familien Berg"))
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    sync = window.sync_ui
    sync.sign_in_action.trigger()
    dialog = sync._dialog
    assert dialog is not None
    dialog.server_edit.setText(server.url)
    dialog.username_edit.setText("anne")
    dialog.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(sync.controller.sig_finished, timeout=WAIT_MS):
        dialog.sign_in_button.click()
    return window


def family_id(window: MainWindow, name: str) -> str:
    return next(f.id for f in window.service.list_families() if f.name == name)


def sync_once(qtbot: QtBot, window: MainWindow) -> object:
    controller = window.sync_ui.controller
    with qtbot.waitSignal(controller.sig_finished, timeout=WAIT_MS) as finished:
        assert controller.sync_now()
    return finished.args[0]


def accept_message(window: MainWindow) -> str:
    """The Messages list the sync opened (ui/sync/notices_ui.py): its words, then closed."""
    from PySide6.QtWidgets import QLabel

    dialog = window.sync_ui.notices.dialog
    assert dialog is not None and dialog.isVisible()
    text = "\n".join(label.text() for label in dialog.findChildren(QLabel))
    dialog.close_button.click()
    return text


def held_with_goal(qtbot: QtBot, window: MainWindow, server: RunningServer) -> tuple[str, str]:
    """Familien Holm with a goal (sent), then reassigned; the goal's text changed and a
    rating added here before the laptop heard of it: both refused, the family held."""
    holm = family_id(window, "Familien Holm")
    goal_id = window.service.run(add_record, "goal", holm, {"text": OLD_TEXT}).primary_id
    assert goal_id
    assert sync_once(qtbot, window).in_sync  # type: ignore[attr-defined]
    server.assign(holm, "bente")
    window.service.run(edit_record, goal_id, {"text": NEW_TEXT})
    window.service.run(
        add_record, "progress_rating", holm, {"goal_id": goal_id, "date": "2025-03-01", "value": 7}
    )
    controller = window.sync_ui.controller
    with qtbot.waitSignal(controller.sig_families_held, timeout=WAIT_MS):
        controller.sync_now()
    accept_message(window)
    window.family_list.select_family(holm)
    qtbot.waitUntil(lambda: window.workspace.current_family_id() == holm)
    return holm, goal_id
