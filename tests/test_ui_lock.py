"""Locking hides everything personal at once: over any dialog, and while slow work runs.

The vault may have to stay open until running work (a restore, a passphrase
change, a report) finishes, but the families must leave the screen the moment
the lock is asked for, by Ctrl+L or by the idle timer.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from ui_shell_helpers import (
    WAIT_MS,
    listed_families,
    make_vault,
    make_window,
    open_dialogs,
    start_held_passphrase_change,
    unlock,
    visible_texts,
    wait_page,
    walk_away,
)

from ftbt_desktop.ui.main_window import APP_TITLE, MainWindow

FAMILY = "Familien Andersen"
NEW_PASSPHRASE = "blå hest på grøn eng"


def nothing_personal_shown(window: MainWindow) -> None:
    assert window.current_page() is window.unlock_page
    assert not window.main_page.isVisible()
    assert not window.toolbar.isVisible()
    assert window.windowTitle() == APP_TITLE
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    assert shown == []
    assert FAMILY not in visible_texts(window)


@pytest.mark.parametrize(
    "opener",
    [MainWindow.open_settings, MainWindow.open_change_passphrase, MainWindow.open_restore_backup],
    ids=["settings", "change passphrase", "restore"],
)
def test_ctrl_l_over_any_dialog_closes_it_and_hides_the_families(
    qtbot: QtBot, data_dir: Path, opener: Callable[[MainWindow], QDialog | None]
) -> None:
    make_vault(data_dir, PASSPHRASE, (FAMILY,))
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    window.family_list.select_family(window.service.list_families()[0].id)
    dialog = opener(window)
    assert dialog is not None and dialog.isVisible()

    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    wait_page(qtbot, window, window.unlock_page)
    assert not window.service.is_unlocked
    assert open_dialogs() == []
    assert listed_families(window) == []
    nothing_personal_shown(window)
    unlock(qtbot, window, PASSPHRASE)
    assert window.workspace.current_family_name() == FAMILY


def test_auto_lock_while_slow_work_runs_hides_the_families_at_once(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_vault(data_dir, PASSPHRASE, (FAMILY,))
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    window.family_list.select_family(window.service.list_families()[0].id)
    release = start_held_passphrase_change(qtbot, window, monkeypatch, PASSPHRASE, NEW_PASSPHRASE)
    try:
        walk_away(window)
        wait_page(qtbot, window, window.unlock_page)
        assert window.runner.busy and window.service.is_unlocked  # the work goes on
        nothing_personal_shown(window)
        assert "was not used for a while" in window.unlock_page.notice.text()
        assert not window.unlock_page.passphrase.isEnabled()  # no second unlock meanwhile
    finally:
        release.set()
    qtbot.waitUntil(lambda: not window.service.is_unlocked, timeout=WAIT_MS)
    assert window.current_page() is window.unlock_page
    assert "was not used for a while" in window.unlock_page.notice.text()
    assert open_dialogs() == []
    # The work finished as asked: the new passphrase opens the vault.
    unlock(qtbot, window, NEW_PASSPHRASE)
    assert listed_families(window) == [FAMILY]
