"""A real window signed in to a real server, and what it says (messages, the sync message)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from server_fixtures import PASSWORD, RunningServer
from ui_shell_helpers import make_vault, make_window, unlock

from ftbt_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from collections.abc import Callable

    from sync_devices import Device

    Devices = Callable[[str], Device]


PASSPHRASE = "korrekt hest batteri hæfteklamme"


WAIT_MS = 30_000


def signed_in_window(
    qtbot: QtBot,
    tmp_path: Path,
    server: RunningServer,
    user: str = "anne",
    families: tuple[str, ...] = ("Familien Holm", "Familien Berg"),
) -> MainWindow:
    data_dir = tmp_path / "data"
    make_vault(data_dir, PASSPHRASE, families)
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
    dialog.username_edit.setText(user)
    dialog.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(sync.controller.sig_finished, timeout=WAIT_MS) as finished:
        dialog.sign_in_button.click()
    report = finished.args[0]
    assert report.in_sync or user != "anne"
    assert (report.pushed > 0) == (bool(families) and user == "anne")
    qtbot.waitUntil(lambda: sync.status.state_label.text() == "Online", timeout=WAIT_MS)
    assert sync.sync_action.isEnabled()
    return window


def family_id(window: MainWindow, name: str) -> str:
    return next(f.id for f in window.service.list_families() if f.name == name)


def messages(qtbot: QtBot, window: MainWindow) -> list[str]:
    """The Messages dialog's messages (waits for it to open), one text each, newest first."""
    from PySide6.QtWidgets import QLabel

    sync = window.sync_ui
    qtbot.waitUntil(
        lambda: sync.notices.dialog is not None and sync.notices.dialog.isVisible(),
        timeout=WAIT_MS,
    )
    dialog = sync.notices.dialog
    assert dialog is not None and dialog.parentWidget() is window
    return [
        "\n".join(label.text() for label in row.findChildren(QLabel) if label.isVisibleTo(row))
        for row in dialog.notice_rows()
    ]


def sync_message(qtbot: QtBot, window: MainWindow) -> QMessageBox:
    """The message box sync opened (waits for it), after the sync's end."""
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "sync_message") is not None)
    box = window.findChild(QMessageBox, "sync_message")
    assert box is not None and box.isVisible()
    return box
