"""A second start of the app on the same data folder (issue 11, finding 1).

The first app is this test's process (its AppInstance, and a real MainWindow);
the second start is a real `ftbt-desktop --data-dir DIR` process, offscreen.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from clitools import make_demo_vault
from conftest import PASSPHRASE
from lockholders import START_WAIT_S, start_app, start_holder, stop, wait_until_holding
from plan_helpers import install_danish
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from ui_shell_helpers import click, listed_families, make_window, open_dialogs, unlock

from ftbt_desktop.storage import keys
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.main_window import MainWindow
from ftbt_desktop.ui.single_instance import AppInstance, already_open_box, bring_forward
from ftbt_desktop.ui.vault_pages.backup_dialog import RestoreBackupDialog

START_WAIT_MS = int(START_WAIT_S * 1000)


def test_a_second_start_brings_the_running_window_forward(qtbot: QtBot, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    make_demo_vault(data_dir)
    first = AppInstance(data_dir)
    assert first.claim()
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    first.sig_show_requested.connect(lambda: bring_forward(window))
    window.show()
    window.showMinimized()
    assert window.isMinimized()
    try:
        with qtbot.waitSignal(first.sig_show_requested, timeout=START_WAIT_MS):
            second = start_app(data_dir)
        assert second.wait(timeout=START_WAIT_S) == 0  # it ends: there is one app
        assert not window.isMinimized() and window.isVisible()
    finally:
        window.shut_down()
        first.release()


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 is POSIX; Windows frees it alike")
def test_an_app_killed_with_9_is_taken_over_and_its_socket_with_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    make_demo_vault(data_dir)
    crashed = start_app(data_dir)
    try:
        wait_until_holding(data_dir, crashed)
        refused = AppInstance(data_dir)
        assert not refused.claim()
        assert refused.refusal is not None and refused.refusal.pid == crashed.pid
        os.kill(crashed.pid, signal.SIGKILL)
        crashed.wait(timeout=60)
    finally:
        stop(crashed)
    first = AppInstance(data_dir)
    try:
        assert first.claim()  # the dead app's lock went with it
        with qtbot.waitSignal(first.sig_show_requested, timeout=START_WAIT_MS):
            second = start_app(data_dir)  # reaches this app, not the dead one's socket
        assert second.wait(timeout=START_WAIT_S) == 0
    finally:
        first.release()


def test_a_second_start_says_in_danish_that_the_folder_is_in_use(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    """The folder is held by a command (no window to bring forward)."""
    data_dir = tmp_path / "data"
    make_demo_vault(data_dir)
    install_danish(qapp, tmp_path)
    holder = start_holder(data_dir, "ftbt-desktop sync")
    try:
        second = AppInstance(data_dir)
        assert not second.claim()
        assert second.refusal is not None and second.refusal.pid == holder.pid
        assert not second.ask_running_to_show()
        box = already_open_box(data_dir)
        qtbot.addWidget(box)
        assert "FTBT Desktop er allerede åben" in box.text()
        assert str(data_dir) in box.text()
    finally:
        stop(holder)
        from ftbt_desktop.words.translations import install_translators

        install_translators(qapp, "en")


def test_the_app_process_refuses_a_second_start_with_exit_8(tmp_path: Path) -> None:
    """No window answers (a command holds the folder): the second app says so and ends.

    A real second process through `run_gui`; only the message box's wait for a
    click is replaced (nobody is there to click), by printing what it says."""
    data_dir = tmp_path / "data"
    make_demo_vault(data_dir)
    holder = start_holder(data_dir, "ftbt-desktop sync")
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QMessageBox\n"
        "QMessageBox.exec = lambda self: print('said: ' + self.text(), flush=True) or 0\n"
        "from ftbt_desktop.ui.app import run_gui\n"
        "sys.exit(run_gui(Path(sys.argv[1]), ['ftbt-desktop']))\n"
    )
    try:
        result = subprocess.run(
            [sys.executable, "-c", script, str(data_dir)],
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            capture_output=True,
            text=True,
            timeout=START_WAIT_S,
            check=False,
        )
    finally:
        stop(holder)
    assert result.returncode == 8, result.stderr
    assert "said: FTBT Desktop is already open on this data folder" in result.stdout


def test_the_windows_restore_says_in_use_when_another_process_holds_the_folder(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A window that could not take the folder (its lock file unwritable, say) must
    still not restore under another copy's feet; it says why, and nothing moves."""
    data_dir = tmp_path / "data"
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    repo = Repository(vault)
    repo.create_family("Familien Andersen")
    vault.backup()
    repo.create_family("Familien Bech")
    vault.close(backup=False)
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    holder = start_holder(data_dir, "ftbt-desktop sync")
    try:
        dialog = window.open_restore_backup()
        assert isinstance(dialog, RestoreBackupDialog)
        dialog.backups.setCurrentRow(0)
        click(qtbot, dialog.restore_button)
        box = dialog.confirm_box
        assert isinstance(box, QMessageBox)
        click(qtbot, box.button(QMessageBox.StandardButton.Yes))

        def said() -> list[str]:
            return [d.text() for d in open_dialogs() if isinstance(d, QMessageBox)]

        qtbot.waitUntil(lambda: any("working on this data folder" in t for t in said()))
        assert sorted(listed_families(window)) == ["Familien Andersen", "Familien Bech"]
        assert window.current_page() is window.main_page
        assert not [p for p in data_dir.iterdir() if p.name.startswith("replaced-")]
    finally:
        stop(holder)
