"""A new recovery key over a real vault: the passphrase first, the key shown once, the
old key retired; and a first key that was never confirmed as stored is replaced."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import PASSPHRASE
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_shell_helpers import (
    WAIT_MS,
    click,
    make_vault,
    make_window,
    open_dialogs,
    unlock,
    visible_texts,
    wait_page,
    walk_away,
)

from ftbt_desktop.storage.errors import WrongPassphrase
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.vault_pages import vault_jobs
from ftbt_desktop.ui.vault_pages.recovery_key_dialog import NewRecoveryKeyDialog

RECOVERY_KEY_SHAPE = re.compile(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){7}")


def _dialog() -> NewRecoveryKeyDialog:
    dialogs = [d for d in open_dialogs() if isinstance(d, NewRecoveryKeyDialog)]
    assert len(dialogs) == 1
    return dialogs[0]


def _make_key(qtbot: QtBot, dialog: NewRecoveryKeyDialog, passphrase: str) -> str:
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    click(qtbot, dialog.make_button)
    qtbot.waitUntil(lambda: dialog.showing_key, timeout=WAIT_MS)
    key = dialog.view.key_label.text()
    assert RECOVERY_KEY_SHAPE.fullmatch(key)
    return key


def _wait_closed(qtbot: QtBot) -> None:
    # Closed dialogs are deleted: wait for it to be gone rather than asking it.
    qtbot.waitUntil(
        lambda: not any(isinstance(d, NewRecoveryKeyDialog) for d in open_dialogs()),
        timeout=WAIT_MS,
    )


def _store_and_close(qtbot: QtBot, dialog: NewRecoveryKeyDialog) -> None:
    assert not dialog.close_button.isEnabled()
    dialog.view.stored.setChecked(True)
    click(qtbot, dialog.close_button)
    _wait_closed(qtbot)


def _opens_with(data_dir: Path, recovery_key: str) -> bool:
    try:
        Vault.open_with_recovery_key(data_dir, recovery_key, verify=False).close(backup=False)
    except WrongPassphrase:
        return False
    return True


def test_a_new_recovery_key_needs_the_passphrase_and_retires_the_old_one(
    qtbot: QtBot, data_dir: Path
) -> None:
    old_key = make_vault(data_dir, PASSPHRASE, ("Familien Andersen",))
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    assert open_dialogs() == []  # a key made outside the app's first start is not asked about
    header = (data_dir / "vault.keys").read_bytes()

    window.new_recovery_key_action.trigger()
    dialog = _dialog()
    click(qtbot, dialog.make_button)
    assert "Type your passphrase first" in dialog.error.text()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE + "x")
    click(qtbot, dialog.make_button)
    qtbot.waitUntil(lambda: "not right" in dialog.error.text(), timeout=WAIT_MS)
    assert not dialog.showing_key
    assert (data_dir / "vault.keys").read_bytes() == header  # nothing changed

    new_key = _make_key(qtbot, dialog, PASSPHRASE)
    assert new_key != old_key
    assert "only this once" in visible_texts(dialog)
    assert dialog.passphrase.text() == ""
    # Shown, not in force: until the coordinator has stored it, the old key works.
    assert _opens_with(data_dir, old_key) and not _opens_with(data_dir, new_key)
    QApplication.clipboard().setText(new_key)  # copied into a password manager, say
    _store_and_close(qtbot, dialog)
    assert new_key not in visible_texts(window)
    assert QApplication.clipboard().text() == ""  # not left to be pasted somewhere
    assert "replaces the old one" in window.statusBar().currentMessage()
    assert not window.service.vault.recovery_key_unconfirmed

    window.lock()
    assert not _opens_with(data_dir, old_key)
    assert _opens_with(data_dir, new_key)
    unlock(qtbot, window, PASSPHRASE)  # the passphrase is untouched
    assert open_dialogs() == []


def test_a_lock_while_the_first_key_is_shown_hides_it_and_unlock_asks_for_a_new_one(
    qtbot: QtBot, data_dir: Path
) -> None:
    window = make_window(qtbot, data_dir)
    page = window.create_page
    qtbot.keyClicks(page.form.first, PASSPHRASE)
    qtbot.keyClicks(page.form.second, PASSPHRASE)
    click(qtbot, page.create_button)
    wait_page(qtbot, window, window.recovery_key_page)
    first_key = window.recovery_key_page.view.key_label.text()
    assert RECOVERY_KEY_SHAPE.fullmatch(first_key)

    # Walked away from the screen with the key on it: it locks like any other.
    walk_away(window)
    wait_page(qtbot, window, window.unlock_page)
    assert first_key not in visible_texts(window)
    assert window.recovery_key_page.view.key_label.text() == ""
    assert "was not used for a while" in window.unlock_page.notice.text()

    unlock(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: len(open_dialogs()) == 1, timeout=WAIT_MS)
    dialog = _dialog()
    assert "never confirmed as stored" in dialog.reason_label.text()
    new_key = _make_key(qtbot, dialog, PASSPHRASE)
    _store_and_close(qtbot, dialog)

    window.lock()
    assert not _opens_with(data_dir, first_key)
    assert _opens_with(data_dir, new_key)
    unlock(qtbot, window, PASSPHRASE)
    QApplication.processEvents()
    assert open_dialogs() == []  # stored now: not asked again


def test_a_new_key_not_said_to_be_stored_is_dropped_and_the_old_one_kept(
    qtbot: QtBot, data_dir: Path
) -> None:
    old_key = make_vault(data_dir, PASSPHRASE)
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    dropped = []
    for leave in ("keep old", "lock"):
        window.new_recovery_key_action.trigger()
        dialog = _dialog()
        dropped.append(_make_key(qtbot, dialog, PASSPHRASE))
        if leave == "keep old":
            click(qtbot, dialog.keep_old_button)
            _wait_closed(qtbot)
        else:
            window.lock()  # walked away with the key on the screen
            assert open_dialogs() == [] and dropped[-1] not in visible_texts(window)
            unlock(qtbot, window, PASSPHRASE)
            QApplication.processEvents()
            assert open_dialogs() == []  # the coordinator still has the old key
    assert _opens_with(data_dir, old_key)
    assert not any(_opens_with(data_dir, key) for key in dropped)

    # Ticked "stored", then Esc: the coordinator has it, so it counts as Done.
    window.new_recovery_key_action.trigger()
    dialog = _dialog()
    kept = _make_key(qtbot, dialog, PASSPHRASE)
    dialog.view.stored.setChecked(True)
    dialog.reject()
    _wait_closed(qtbot)
    assert _opens_with(data_dir, kept) and not _opens_with(data_dir, old_key)


def test_unlocking_with_the_recovery_key_counts_as_having_stored_it(data_dir: Path) -> None:
    vault, key = Vault.create(data_dir, PASSPHRASE, recovery_key_confirmed=False)
    vault.close(backup=False)
    opened = vault_jobs.open_vault(data_dir, vault_jobs.Secret("recovery", key))
    try:
        assert not opened.recovery_key_unconfirmed
    finally:
        opened.close(backup=False)
