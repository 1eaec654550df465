"""Shared steps for the application-shell tests: a window over a real vault in a tmp dir."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from fake_clock import FakeClock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from ftbt_desktop.settings import Settings
from ftbt_desktop.storage import keys
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.main_window import MainWindow
from ftbt_desktop.ui.vault_pages import passphrase_dialog

WAIT_MS = 15_000


def make_window(
    qtbot: QtBot,
    data_dir: Path,
    settings: Settings | None = None,
    idle_clock: Callable[[], float] | None = None,
) -> MainWindow:
    """The window reads idle time from a clock that moves only when a test says
    (`walk_away`), so no test waits in real time and a slow machine never locks it."""
    window = MainWindow(data_dir, settings or Settings(), idle_clock=idle_clock or FakeClock())
    # Shut down before pytest-qt closes it: closing would otherwise ask about typing
    # a test left unsaved, and the window must not outlive its worker thread.
    qtbot.addWidget(window, before_close_func=lambda w: w.shut_down())
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def walk_away(window: MainWindow) -> None:
    """Nobody touches the app for its whole auto-lock time."""
    clock = window.idle.clock
    assert isinstance(clock, FakeClock), "make_window gives the window a FakeClock"
    clock.advance(window.idle.timeout_ms)
    window.idle.check()


def make_vault(data_dir: Path, passphrase: str, families: tuple[str, ...] = ()) -> str:
    """A closed vault holding `families`; returns its recovery key."""
    vault, recovery_key = Vault.create(data_dir, passphrase, keys.minimum_params())
    repo = Repository(vault)
    for name in families:
        repo.create_family(name)
    vault.close(backup=False)
    return recovery_key


def click(qtbot: QtBot, widget: QWidget) -> None:
    """A real mouse click, after pending layout work so the widget is where it will be drawn."""
    QApplication.processEvents()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def wait_page(qtbot: QtBot, window: MainWindow, page: QWidget) -> None:
    qtbot.waitUntil(lambda: window.current_page() is page, timeout=WAIT_MS)


def unlock(qtbot: QtBot, window: MainWindow, passphrase: str) -> None:
    page = window.unlock_page
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, passphrase)
    click(qtbot, page.unlock_button)
    wait_page(qtbot, window, window.main_page)


def listed_families(window: MainWindow) -> list[str]:
    model = window.family_list.model
    return [
        str(model.index(row).data(Qt.ItemDataRole.DisplayRole)) for row in range(model.rowCount())
    ]


def visible_texts(widget: QWidget) -> str:
    """Every label's text on a page, to check what the coordinator can read."""
    return "\n".join(
        label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)
    )


def open_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def data_dir_snapshot(data_dir: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(data_dir)): p.read_bytes() for p in data_dir.rglob("*") if p.is_file()
    }


def start_held_passphrase_change(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, current: str, new: str
) -> threading.Event:
    """Slow work on the window's worker: a passphrase change that waits for the returned
    event before it writes anything."""
    release = threading.Event()
    real_change = passphrase_dialog.change_passphrase

    def held_change(vault: Vault, current: str, new: str) -> None:
        assert release.wait(10)
        real_change(vault, current, new)

    monkeypatch.setattr(passphrase_dialog, "change_passphrase", held_change)
    dialog = window.open_change_passphrase()
    assert dialog is not None
    qtbot.keyClicks(dialog.current, current)
    qtbot.keyClicks(dialog.form.first, new)
    qtbot.keyClicks(dialog.form.second, new)
    click(qtbot, dialog.ok_button)
    assert window.runner.busy and dialog.busy.isVisible()
    return release


# What a recovery key looks like on the screen: eight groups of four base32 letters.
RECOVERY_KEY_SHAPE = re.compile(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){7}")
