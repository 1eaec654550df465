"""The window opens where it was, with the family that was open: kept in the vault,
brought back on screen, and never a family the vault no longer holds. Real windows
over real vaults (pytest-qt, offscreen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from ui_shell_helpers import make_vault, make_window, unlock

from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.sync_state import SyncState
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.storage.window_state import window_state
from ftbt_desktop.ui.window_memory import keep_on_screen

PASSPHRASE = "korrekt hest batteri hæfteklamme"


def family_ids(data_dir: Path) -> dict[str, str]:
    vault = Vault.open(data_dir, PASSPHRASE)
    try:
        return {f.name: f.id for f in Repository(vault).list_families()}
    finally:
        vault.close(backup=False)


def test_size_place_and_family_come_back_after_closing(qtbot: QtBot, data_dir: Path) -> None:
    make_vault(data_dir, PASSPHRASE, ("Familien Andersen", "Familien Berg"))
    berg = family_ids(data_dir)["Familien Berg"]
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    window.workspace.show_family(berg)
    window.resize(640, 480)
    window.move(40, 30)
    size = window.size()
    window.shut_down()
    window.close()

    again = make_window(qtbot, data_dir)  # opens at the tests' default size first
    assert again.size() != size
    unlock(qtbot, again, PASSPHRASE)
    qtbot.waitUntil(lambda: again.workspace.current_family_id() == berg, timeout=5000)
    assert again.size() == size
    # Not in plaintext: the one unencrypted file knows nothing of the family.
    settings = data_dir / "settings.json"
    assert not settings.exists() or berg not in settings.read_text(encoding="utf-8")


def test_a_place_on_a_screen_that_is_gone_is_brought_back(qtbot: QtBot, data_dir: Path) -> None:
    make_vault(data_dir, PASSPHRASE, ("Familien Andersen",))
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    window.move(9000, 7000)  # as on a big monitor since unplugged
    window.lock()
    unlock(qtbot, window, PASSPHRASE)

    def reachable() -> bool:
        for screen in QGuiApplication.screens():
            seen = screen.availableGeometry().intersected(window.frameGeometry())
            if seen.width() >= 160 and seen.height() >= 60:  # its title bar can be grabbed
                return True
        return False

    qtbot.waitUntil(reachable, timeout=5000)


def test_a_family_no_longer_held_is_not_reopened(qtbot: QtBot, data_dir: Path) -> None:
    make_vault(data_dir, PASSPHRASE, ("Familien Andersen", "Familien Berg"))
    berg = family_ids(data_dir)["Familien Berg"]
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    window.workspace.show_family(berg)
    window.shut_down()
    window.close()

    # Meanwhile the family went to another coordinator and a sync purged it.
    vault = Vault.open(data_dir, PASSPHRASE)
    repo = Repository(vault)
    state = SyncState(repo)
    state.mark_pushed(c.change_id for c in repo.changes())
    assert state.purge_family(berg) is not None
    assert window_state(repo).family_id == berg
    vault.close(backup=False)

    again = make_window(qtbot, data_dir)
    unlock(qtbot, again, PASSPHRASE)
    qtbot.wait(50)  # the recall runs once the unlock's other listeners have
    assert again.workspace.current_family_id() is None
    assert again.service.on_vault(window_state).family_id == ""  # not tried again


def test_keep_on_screen_brings_back_a_window_qt_left_off_screen(qtbot: QtBot) -> None:
    """Qt's restoreGeometry fits most saved places itself; keep_on_screen is the guard
    for what it leaves (a platform that reports the old monitor's place as is)."""
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    window.move(9000, 7000)
    assert not any(
        s.availableGeometry().intersects(window.frameGeometry()) for s in QGuiApplication.screens()
    )
    keep_on_screen(window)
    room = QGuiApplication.primaryScreen().availableGeometry()
    assert room.contains(window.frameGeometry())
    window.resize(1000, 700)  # wider than this screen, but on it
    window.move(room.x() + 10, room.y() + 10)
    before = window.frameGeometry()
    keep_on_screen(window)  # partly on a screen: left where the coordinator put it
    assert window.frameGeometry() == before
