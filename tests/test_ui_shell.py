"""The application shell over a real vault: first start, unlock, recovery, lock and dialogs."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from fake_clock import FakeClock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from ui_shell_helpers import (
    RECOVERY_KEY_SHAPE,
    WAIT_MS,
    click,
    data_dir_snapshot,
    listed_families,
    make_vault,
    make_window,
    open_dialogs,
    start_held_passphrase_change,
    unlock,
    visible_texts,
    wait_page,
)

from ftbt_desktop.settings import Settings, load_settings
from ftbt_desktop.storage.errors import WrongPassphrase
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault, check_file, list_backups, vault_exists
from ftbt_desktop.ui.dialogs.settings_dialog import SettingsDialog
from ftbt_desktop.ui.vault_pages import vault_jobs
from ftbt_desktop.ui.vault_pages.backup_dialog import RestoreBackupDialog
from ftbt_desktop.ui.vault_pages.passphrase_dialog import ChangePassphraseDialog
from ftbt_desktop.words.vault import affected_text

NEW_PASSPHRASE = "blå hest på grøn eng"


def test_first_start_creates_the_vault_in_the_worker_and_shows_the_key_once(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real_create = vault_jobs.create_vault

    def create_and_note_thread(data_dir: Path, passphrase: str) -> vault_jobs.Created:
        threads.append(threading.current_thread())
        return real_create(data_dir, passphrase)

    monkeypatch.setattr(vault_jobs, "create_vault", create_and_note_thread)
    window = make_window(qtbot, data_dir)
    page = window.create_page
    assert window.current_page() is page
    assert not window.toolbar.isVisible()

    # A weak passphrase is refused with a reason, and no vault is made.
    qtbot.keyClicks(page.form.first, "hest1234")
    qtbot.keyClicks(page.form.second, "hest1234")
    assert "Too short" in page.form.meter.hint.text()
    click(qtbot, page.create_button)
    assert page.error.isVisible()
    assert "at least 12 characters" in page.error.text()
    assert window.current_page() is page
    assert not vault_exists(data_dir)

    # Two different passphrases are refused too.
    page.form.first.clear()
    page.form.second.clear()
    qtbot.keyClicks(page.form.first, PASSPHRASE)
    qtbot.keyClicks(page.form.second, PASSPHRASE + "x")
    assert page.form.meter.hint.text() == "Strong passphrase."
    click(qtbot, page.create_button)
    assert "not the same" in page.error.text()
    assert not vault_exists(data_dir)

    page.form.second.clear()
    qtbot.keyClicks(page.form.second, PASSPHRASE)
    click(qtbot, page.create_button)
    assert page.busy.isVisible()
    assert not page.create_button.isEnabled()
    wait_page(qtbot, window, window.recovery_key_page)
    assert threads and threads[0] is not threading.main_thread()
    assert not page.busy.isVisible()
    assert page.form.first.text() == ""

    key_page = window.recovery_key_page
    key = key_page.view.key_label.text()
    assert RECOVERY_KEY_SHAPE.fullmatch(key)
    assert (
        key_page.view.key_label.textInteractionFlags()
        & Qt.TextInteractionFlag.TextSelectableByMouse
    )
    assert "only this once" in visible_texts(key_page)
    assert not key_page.continue_button.isEnabled()
    key_page.view.stored.setChecked(True)
    assert key_page.continue_button.isEnabled()
    click(qtbot, key_page.continue_button)

    wait_page(qtbot, window, window.main_page)
    assert key_page.view.key_label.text() == ""
    assert key not in visible_texts(window)
    assert window.toolbar.isVisible()
    assert window.windowTitle() == "FTBT Desktop"
    families = listed_families(window)
    assert families, "the demo families are listed"
    shown = window.workspace.current_family_id()
    assert shown is not None
    assert window.service.family_view(shown).family.is_demo
    assert window.windowTitle() == "FTBT Desktop"  # never the family's name

    # The key that was shown really opens the vault.
    window.lock()
    Vault.open_with_recovery_key(data_dir, key).close(backup=False)


def test_wrong_passphrase_says_so_and_changes_nothing_on_disk(qtbot: QtBot, data_dir: Path) -> None:
    make_vault(data_dir, PASSPHRASE, ("Familien Andersen",))
    before = data_dir_snapshot(data_dir)
    window = make_window(qtbot, data_dir)
    page = window.unlock_page
    assert window.current_page() is page

    qtbot.keyClicks(page.passphrase, "forkert hest batteri klamme")
    click(qtbot, page.unlock_button)
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=WAIT_MS)
    assert "does not open the vault" in page.error.text()
    assert window.current_page() is page
    assert page.passphrase.text() == "forkert hest batteri klamme"
    assert page.passphrase.hasFocus()
    assert page.passphrase.isEnabled() and not page.busy.isVisible()
    assert data_dir_snapshot(data_dir) == before

    unlock(qtbot, window, PASSPHRASE)
    assert listed_families(window) == ["Familien Andersen"]
    assert not page.error.isVisible()
    assert page.passphrase.text() == ""


def _flip_byte(path: Path, offset: int) -> None:
    raw = bytearray(path.read_bytes())
    raw[offset] ^= 0x01
    path.write_bytes(bytes(raw))


@pytest.mark.parametrize("damage", ["data page", "key file"])
def test_damaged_vault_names_what_is_hit_and_restores_the_latest_good_backup(
    qtbot: QtBot, data_dir: Path, damage: str
) -> None:
    vault, _ = Vault.create(data_dir, PASSPHRASE)
    repo = Repository(vault)
    for n in range(150):
        family = repo.create_family(f"Familien Nummer {n}", notes="x" * 200).primary_id
        assert family is not None
    vault.backup()
    vault.close(backup=False)
    if damage == "data page":
        page_size = 4096
        pages = (data_dir / "vault.db").stat().st_size // page_size
        assert pages > 20
        _flip_byte(data_dir / "vault.db", page_size * (pages // 2) + 1000)
        expected = [affected_text(word) for word in check_file(data_dir, PASSPHRASE).affected]
    else:
        keys_file = data_dir / "vault.keys"
        _flip_byte(keys_file, keys_file.stat().st_size // 2)
        expected = ["the key file (vault.keys)"]
    assert expected
    found = data_dir_snapshot(data_dir)

    window = make_window(qtbot, data_dir)
    page = window.damaged_page
    qtbot.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    click(qtbot, window.unlock_page.unlock_button)
    wait_page(qtbot, window, page)
    text = visible_texts(page)
    assert "The vault is damaged" in text
    for words in expected:
        assert words in page.affected.text()
    assert "Traceback" not in text and "Error" not in text
    assert not page.passphrase.isVisible()  # the unlock passphrase is used
    assert data_dir_snapshot(data_dir) == found  # nothing touched before Restore

    click(qtbot, page.restore_button)
    wait_page(qtbot, window, window.main_page)
    assert len(listed_families(window)) >= 1
    assert window.service.list_families(search="Nummer 149")
    assert [p for p in data_dir.iterdir() if p.name.startswith("damaged-")]
    assert "was restored" in window.statusBar().currentMessage()


def test_restore_asks_again_when_the_passphrase_given_at_unlock_was_wrong(
    qtbot: QtBot, data_dir: Path
) -> None:
    vault, _ = Vault.create(data_dir, PASSPHRASE)
    Repository(vault).create_family("Familien Andersen")
    vault.backup()
    vault.close(backup=False)
    _flip_byte(data_dir / "vault.keys", 40)

    window = make_window(qtbot, data_dir)
    qtbot.keyClicks(window.unlock_page.passphrase, "forkert hest batteri klamme")
    click(qtbot, window.unlock_page.unlock_button)
    page = window.damaged_page
    wait_page(qtbot, window, page)
    click(qtbot, page.restore_button)
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=WAIT_MS)
    assert "does not open the vault" in page.error.text()
    assert page.passphrase.isVisible()
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    click(qtbot, page.restore_button)
    wait_page(qtbot, window, window.main_page)
    assert listed_families(window) == ["Familien Andersen"]


def test_recovery_key_unlocks_and_a_new_passphrase_is_required(
    qtbot: QtBot, data_dir: Path
) -> None:
    recovery_key = make_vault(data_dir, PASSPHRASE, ("Familien Andersen",))
    window = make_window(qtbot, data_dir)
    click(qtbot, window.unlock_page.forgot)
    page = window.recovery_page
    wait_page(qtbot, window, page)

    qtbot.keyClicks(page.key, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    click(qtbot, page.unlock_button)
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=WAIT_MS)
    assert "recovery key does not open" in page.error.text()

    page.key.clear()
    # Typed by hand: lower case and spaces instead of dashes are forgiven.
    qtbot.keyClicks(page.key, recovery_key.lower().replace("-", " "))
    click(qtbot, page.unlock_button)
    new_page = window.new_passphrase_page
    wait_page(qtbot, window, new_page)
    assert not window.toolbar.isVisible()
    assert not window.service.is_unlocked

    qtbot.keyClicks(new_page.form.first, "password1234")
    qtbot.keyClicks(new_page.form.second, "password1234")
    click(qtbot, new_page.save_button)
    assert "Many people use this passphrase" in new_page.error.text()
    assert window.current_page() is new_page

    new_page.form.first.clear()
    new_page.form.second.clear()
    qtbot.keyClicks(new_page.form.first, NEW_PASSPHRASE)
    qtbot.keyClicks(new_page.form.second, NEW_PASSPHRASE)
    click(qtbot, new_page.save_button)
    wait_page(qtbot, window, window.main_page)
    assert listed_families(window) == ["Familien Andersen"]

    window.lock()
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, PASSPHRASE)
    Vault.open(data_dir, NEW_PASSPHRASE).close(backup=False)
    unlock(qtbot, window, NEW_PASSPHRASE)


def test_change_passphrase_through_the_dialog(qtbot: QtBot, data_dir: Path) -> None:
    recovery_key = make_vault(data_dir, PASSPHRASE, ("Familien Andersen",))
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    window.change_passphrase_action.trigger()
    dialogs = [d for d in open_dialogs() if isinstance(d, ChangePassphraseDialog)]
    assert len(dialogs) == 1
    dialog = dialogs[0]

    qtbot.keyClicks(dialog.current, "forkert hest batteri klamme")
    qtbot.keyClicks(dialog.form.first, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.form.second, NEW_PASSPHRASE)
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=WAIT_MS)
    assert "current passphrase is not right" in dialog.error.text()
    assert dialog.isVisible()

    dialog.current.clear()
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        click(qtbot, dialog.ok_button)
    assert "passphrase was changed" in window.statusBar().currentMessage()
    assert window.current_page() is window.main_page

    window.lock()
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, PASSPHRASE)
    Vault.open_with_recovery_key(data_dir, recovery_key).close(backup=False)
    unlock(qtbot, window, NEW_PASSPHRASE)
    assert listed_families(window) == ["Familien Andersen"]


def test_change_passphrase_refuses_a_weak_or_unchanged_one(qtbot: QtBot, data_dir: Path) -> None:
    make_vault(data_dir, PASSPHRASE)
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    dialog = window.open_change_passphrase()
    assert dialog is not None
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.keyClicks(dialog.form.first, "aaaaaaaaaaaaaa")
    qtbot.keyClicks(dialog.form.second, "aaaaaaaaaaaaaa")
    click(qtbot, dialog.ok_button)
    assert "Repeated" in dialog.error.text()
    dialog.form.clear()
    qtbot.keyClicks(dialog.form.first, PASSPHRASE)
    qtbot.keyClicks(dialog.form.second, PASSPHRASE)
    click(qtbot, dialog.ok_button)
    assert "same as the current one" in dialog.error.text()
    assert not window.runner.busy
    dialog.reject()


def test_lock_by_shortcut_closes_dialogs_and_hides_the_families(
    qtbot: QtBot, data_dir: Path
) -> None:
    make_vault(data_dir, PASSPHRASE, ("Familien Andersen",))
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    dialog = window.open_settings()
    assert dialog.isVisible()

    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    wait_page(qtbot, window, window.unlock_page)
    assert not window.service.is_unlocked
    assert open_dialogs() == []
    assert not window.toolbar.isVisible()
    assert listed_families(window) == []
    assert "Familien Andersen" not in visible_texts(window)
    assert list_backups(data_dir), "locking made a backup"


def test_auto_lock_after_idle_time_and_input_postpones_it(qtbot: QtBot, data_dir: Path) -> None:
    make_vault(data_dir, PASSPHRASE)
    clock = FakeClock()
    window = make_window(qtbot, data_dir, Settings(auto_lock_minutes=3), idle_clock=clock)
    assert window.idle.timeout_ms == 3 * 60_000
    unlock(qtbot, window, PASSPHRASE)
    # Typing keeps it open: each key press starts the idle time again.
    search = window.family_list.search_edit
    for _ in range(6):
        qtbot.keyClick(search, Qt.Key.Key_A)
        clock.advance(60_000)
        window.idle.check()
    assert window.current_page() is window.main_page
    clock.advance(3 * 60_000)
    window.idle.check()
    wait_page(qtbot, window, window.unlock_page)
    assert "was not used for a while" in window.unlock_page.notice.text()
    assert not window.service.is_unlocked


def test_restore_a_chosen_backup_from_the_menu(qtbot: QtBot, data_dir: Path) -> None:
    vault, _ = Vault.create(data_dir, PASSPHRASE)
    repo = Repository(vault)
    repo.create_family("Familien Andersen")
    vault.backup()
    repo.create_family("Familien Bech")
    vault.backup()
    vault.close(backup=False)
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    assert sorted(listed_families(window)) == ["Familien Andersen", "Familien Bech"]

    dialog = window.open_restore_backup()
    assert isinstance(dialog, RestoreBackupDialog)
    assert dialog.backups.count() == 2
    assert all(re.search(r"\d", dialog.backups.item(i).text()) for i in range(2))
    dialog.backups.setCurrentRow(1)  # the older one
    click(qtbot, dialog.restore_button)
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    with qtbot.waitSignal(window.service.sig_unlocked, timeout=WAIT_MS):
        click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    assert listed_families(window) == ["Familien Andersen"]
    assert window.current_page() is window.main_page
    assert [p for p in data_dir.iterdir() if p.name.startswith("replaced-")]


def test_cancelling_the_restore_confirmation_changes_nothing(qtbot: QtBot, data_dir: Path) -> None:
    vault, _ = Vault.create(data_dir, PASSPHRASE)
    repo = Repository(vault)
    vault.backup()
    repo.create_family("Familien Bech")
    vault.close(backup=False)
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    dialog = window.open_restore_backup()
    assert dialog is not None
    click(qtbot, dialog.restore_button)
    assert dialog.confirm_box is not None
    click(qtbot, dialog.confirm_box.button(QMessageBox.StandardButton.Cancel))
    assert listed_families(window) == ["Familien Bech"]
    assert not window.runner.busy


def test_settings_dialog_saves_and_applies_the_auto_lock_time(qtbot: QtBot, data_dir: Path) -> None:
    make_vault(data_dir, PASSPHRASE)
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    assert dialog.data_folder.isReadOnly()
    assert dialog.data_folder.text() == str(data_dir)
    assert "next start" in visible_texts(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("da"))
    dialog.auto_lock.setValue(7)
    with qtbot.waitSignal(dialog.sig_saved):
        dialog.buttons.accepted.emit()
    assert load_settings(data_dir) == Settings(language="da", auto_lock_minutes=7)
    assert window.idle.timeout_ms == 7 * 60_000
    assert window.settings.auto_lock_minutes == 7


def test_about_box_says_what_the_app_is_and_lock_closes_it(qtbot: QtBot, data_dir: Path) -> None:
    make_vault(data_dir, PASSPHRASE, ("Familien Andersen",))
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    window.about_action.trigger()
    boxes = [d for d in open_dialogs() if isinstance(d, QMessageBox)]
    assert len(boxes) == 1
    assert "FTBT Desktop" in boxes[0].text() and "encrypted" in boxes[0].text()
    window.lock()
    assert open_dialogs() == []
    assert window.windowTitle() == "FTBT Desktop"


def test_closing_the_window_locks_and_backs_up(qtbot: QtBot, data_dir: Path) -> None:
    make_vault(data_dir, PASSPHRASE, ("Familien Andersen",))
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    window.service.create_family("Familien Bech")
    window.close()
    assert not window.service.is_unlocked
    assert list_backups(data_dir)
    assert QApplication.activeModalWidget() is None


def test_run_gui_opens_the_window_on_the_data_folder_and_exits_cleanly(data_dir: Path) -> None:
    script = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from ftbt_desktop.ui.app import run_gui
        from ftbt_desktop.ui.main_window import MainWindow

        app = QApplication(sys.argv[:1])

        def look() -> None:
            window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
            print(type(window.current_page()).__name__, window.windowTitle(), window.data_dir)
            window.close()
            app.quit()

        QTimer.singleShot(200, look)
        print("exit", run_gui(Path(sys.argv[1])))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines == [f"CreateVaultPage FTBT Desktop {data_dir}", "exit 0"]
    assert "Traceback" not in result.stderr


def test_lock_waits_for_running_work_then_locks(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_vault(data_dir, PASSPHRASE)
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    release = start_held_passphrase_change(qtbot, window, monkeypatch, PASSPHRASE, NEW_PASSPHRASE)

    window.lock()  # asked while the new passphrase is being written
    # The screen locks at once; the vault closes once the work is done.
    assert window.current_page() is window.unlock_page
    assert open_dialogs() == []
    assert not window.unlock_page.unlock_button.isEnabled()
    assert window.service.is_unlocked
    release.set()
    qtbot.waitUntil(lambda: not window.service.is_unlocked, timeout=WAIT_MS)
    assert window.current_page() is window.unlock_page
    assert window.unlock_page.unlock_button.isEnabled()
    assert open_dialogs() == []
    Vault.open(data_dir, NEW_PASSPHRASE).close(backup=False)


def test_walking_away_from_the_new_passphrase_page_closes_the_vault(
    qtbot: QtBot, data_dir: Path
) -> None:
    recovery_key = make_vault(data_dir, PASSPHRASE)
    clock = FakeClock()
    window = make_window(qtbot, data_dir, idle_clock=clock)
    click(qtbot, window.unlock_page.forgot)
    qtbot.keyClicks(window.recovery_page.key, recovery_key)
    click(qtbot, window.recovery_page.unlock_button)
    wait_page(qtbot, window, window.new_passphrase_page)
    pending = window._pending_vault
    assert pending is not None and pending.is_open
    clock.advance(window.idle.timeout_ms)
    window.idle.check()
    wait_page(qtbot, window, window.unlock_page)
    assert not pending.is_open
    assert window._pending_vault is None
    # Nothing was changed: the old passphrase still works.
    unlock(qtbot, window, PASSPHRASE)
