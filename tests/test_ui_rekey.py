"""The re-key choice in the passphrase and recovery key dialogs, with its progress dialog.

A real window over a real vault; the re-key runs on the window's worker. To
see the progress dialog while it is up, the re-key is held at its start.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from conftest import PASSPHRASE
from pytestqt.qtbot import QtBot
from ui_shell_helpers import (
    RECOVERY_KEY_SHAPE,
    WAIT_MS,
    click,
    listed_families,
    make_vault,
    make_window,
    open_dialogs,
    unlock,
    visible_texts,
)

from ftbt_desktop.storage import keys
from ftbt_desktop.storage.errors import WrongPassphrase
from ftbt_desktop.storage.rekey import RekeyStep
from ftbt_desktop.storage.vault import Vault, _connect
from ftbt_desktop.ui.vault_pages import passphrase_dialog, recovery_key_dialog
from ftbt_desktop.ui.vault_pages.passphrase_dialog import ChangePassphraseDialog
from ftbt_desktop.ui.vault_pages.recovery_key_dialog import NewRecoveryKeyDialog
from ftbt_desktop.ui.vault_pages.rekey_widgets import RekeyProgressDialog

NEW_PASSPHRASE = "blå hest på grøn eng"


def _old_key_reads(data_dir: Path, stolen: bytes, passphrase: str) -> bool:
    old_key = keys.unwrap_with_passphrase(keys.KeyHeader.parse(stolen), passphrase)
    try:
        _connect(data_dir / "vault.db", old_key).close()
    except sqlcipher.DatabaseError:
        return False
    return True


def _hold(
    monkeypatch: pytest.MonkeyPatch, module: Any
) -> tuple[threading.Event, list[threading.Thread]]:
    """The re-key reports 30 % and then waits for the returned event."""
    release = threading.Event()
    threads: list[threading.Thread] = []
    real: Callable[..., Any] = module.rekey

    def held(vault: Vault, passphrase: str, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        kwargs["progress"](RekeyStep.COPY, 30)
        assert release.wait(10)
        return real(vault, passphrase, **kwargs)

    monkeypatch.setattr(module, "rekey", held)
    return release, threads


def _fill_passphrase_dialog(qtbot: QtBot, dialog: ChangePassphraseDialog) -> None:
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.keyClicks(dialog.form.first, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.form.second, NEW_PASSPHRASE)


def test_a_passphrase_change_re_encrypts_when_the_old_one_may_be_known(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_recovery = make_vault(data_dir, PASSPHRASE, ("Familien Andersen",))
    stolen = (data_dir / "vault.keys").read_bytes()
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    release, threads = _hold(monkeypatch, passphrase_dialog)
    dialog = window.open_change_passphrase()
    assert dialog is not None
    assert not dialog.choice.rekey.isChecked()  # off unless the old one may be known
    click(qtbot, dialog.choice.may_be_known)
    assert dialog.choice.rekey.isChecked()
    _fill_passphrase_dialog(qtbot, dialog)
    click(qtbot, dialog.ok_button)

    progress = dialog.progress
    assert progress is not None
    qtbot.waitUntil(lambda: progress.bar.value() == 30, timeout=WAIT_MS)
    assert progress.isVisible() and progress.stop_button.isEnabled()
    assert "new key" in progress.label.text()
    assert threads and threads[0] is not threading.main_thread()
    release.set()

    qtbot.waitUntil(lambda: dialog.showing_key, timeout=WAIT_MS * 4)
    assert dialog.progress is None
    assert not any(isinstance(d, RekeyProgressDialog) for d in open_dialogs())
    new_recovery = dialog.view.key_label.text()
    assert RECOVERY_KEY_SHAPE.fullmatch(new_recovery)
    assert "only this once" in visible_texts(dialog)
    assert not dialog.done_button.isEnabled()
    dialog.view.stored.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        click(qtbot, dialog.done_button)
    assert not window.service.vault.recovery_key_unconfirmed
    assert "passphrase was changed" in window.statusBar().currentMessage()

    window.lock()
    # The finding: the old key file with the old passphrase opens nothing any more.
    assert not _old_key_reads(data_dir, stolen, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        Vault.open_with_recovery_key(data_dir, old_recovery)
    Vault.open_with_recovery_key(data_dir, new_recovery).close(backup=False)
    unlock(qtbot, window, NEW_PASSPHRASE)
    assert listed_families(window) == ["Familien Andersen"]


def test_stopping_the_re_encryption_changes_nothing(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_vault(data_dir, PASSPHRASE, ("Familien Andersen",))
    header = (data_dir / "vault.keys").read_bytes()
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    release, _ = _hold(monkeypatch, passphrase_dialog)
    dialog = window.open_change_passphrase()
    assert dialog is not None
    dialog.choice.rekey.setChecked(True)
    _fill_passphrase_dialog(qtbot, dialog)
    click(qtbot, dialog.ok_button)
    progress = dialog.progress
    assert progress is not None
    qtbot.waitUntil(lambda: progress.bar.value() == 30, timeout=WAIT_MS)
    click(qtbot, progress.stop_button)
    assert "Stopping" in progress.label.text()
    assert progress.isVisible()  # until the worker has stopped
    release.set()

    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=WAIT_MS * 4)
    assert "Nothing was changed" in dialog.error.text()
    assert dialog.isVisible() and not dialog.showing_key
    assert not window.runner.busy
    assert (data_dir / "vault.keys").read_bytes() == header
    dialog.reject()
    window.lock()
    unlock(qtbot, window, PASSPHRASE)
    assert listed_families(window) == ["Familien Andersen"]


def test_a_new_recovery_key_re_encrypts_once_it_is_stored(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_recovery = make_vault(data_dir, PASSPHRASE, ("Familien Andersen",))
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    # Whoever has the old recovery key and an old key file reads with this key.
    old_key = keys.unwrap_with_recovery_key(keys.read_header(data_dir / "vault.keys"), old_recovery)
    release, threads = _hold(monkeypatch, recovery_key_dialog)
    dialog = window.open_new_recovery_key()
    assert isinstance(dialog, NewRecoveryKeyDialog)
    assert not dialog.choice.rekey.isChecked()
    click(qtbot, dialog.choice.may_be_known)
    assert dialog.choice.rekey.isChecked()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    click(qtbot, dialog.make_button)
    qtbot.waitUntil(lambda: dialog.showing_key, timeout=WAIT_MS)
    new_recovery = dialog.view.key_label.text()
    assert threads == []  # nothing re-keyed before the new key is said to be stored

    dialog.view.stored.setChecked(True)
    click(qtbot, dialog.close_button)
    progress = dialog.progress
    assert progress is not None
    qtbot.waitUntil(lambda: progress.bar.value() == 30, timeout=WAIT_MS)
    assert progress.isVisible()
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS * 4):
        release.set()
    assert "replaces the old one" in window.statusBar().currentMessage()

    window.lock()
    with pytest.raises(sqlcipher.DatabaseError):
        _connect(data_dir / "vault.db", old_key)
    with pytest.raises(WrongPassphrase):
        Vault.open_with_recovery_key(data_dir, old_recovery)
    Vault.open_with_recovery_key(data_dir, new_recovery).close(backup=False)
    unlock(qtbot, window, PASSPHRASE)  # the passphrase is as before
    assert listed_families(window) == ["Familien Andersen"]
