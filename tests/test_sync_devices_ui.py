"""The wipe and revoke messages and the own-computers view in a real window (issue 16):
a real server process, a real vault, real widgets (pytest-qt, offscreen)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from ui_shell_helpers import listed_families

from ftbt_desktop.export.wipe_seal import sealed_folder
from ftbt_desktop.operations.family import create_family
from ftbt_desktop.ui.sync.devices_dialog import seen_text
from ftbt_desktop.words.sync import wiped_text

pytest_plugins = ("server_fixtures",)

from held_family_helpers import WAIT_MS, signed_in  # noqa: E402
from server_fixtures import RunningServer  # noqa: E402


def _device_ids(server: RunningServer) -> dict[str, str]:
    rows = [line.split("\t") for line in server.cli("device", "list").stdout.splitlines()[1:]]
    return {r[2]: r[0] for r in rows}


def _shown_message(qtbot: QtBot, window: object) -> QMessageBox:
    box: list[QMessageBox] = []

    def found() -> None:
        boxes = window.findChildren(QMessageBox, "sync_message")  # type: ignore[attr-defined]
        assert boxes
        box.append(boxes[-1])

    qtbot.waitUntil(found, timeout=WAIT_MS)
    return box[-1]


def test_a_wipe_order_empties_the_window_and_says_so(
    qtbot: QtBot, tmp_path: Path, sqlite_server: RunningServer
) -> None:
    window = signed_in(qtbot, tmp_path, sqlite_server)
    assert len(listed_families(window)) == 2
    computer = window.sync_ui.controller.device_name()
    sqlite_server.cli("device", "revoke", _device_ids(sqlite_server)[computer], "--wipe")

    with qtbot.waitSignal(window.sync_ui.controller.sig_failed, timeout=WAIT_MS) as failed:
        assert window.sync_ui.controller.sync_now()
    assert failed.args[0] == "vault_wiped"
    box = _shown_message(qtbot, window)
    assert box.text() == wiped_text(2, 0)
    assert "Families removed from this computer: 2" in box.text()
    assert listed_families(window) == []
    assert window.sync_ui.controller.account() is None
    assert not window.sync_ui.sync_action.isEnabled()  # signed out


def test_a_wipe_seals_what_cannot_be_sent_and_says_so(
    qtbot: QtBot, tmp_path: Path, sqlite_server: RunningServer
) -> None:
    window = signed_in(qtbot, tmp_path, sqlite_server)
    window.service.run(create_family, "Familien Asdfgborg", initiator=None)
    computer = window.sync_ui.controller.device_name()
    sqlite_server.cli("device", "revoke", _device_ids(sqlite_server)[computer], "--wipe")
    sqlite_server.cli("user", "disable", "anne")

    with qtbot.waitSignal(window.sync_ui.controller.sig_failed, timeout=WAIT_MS) as failed:
        assert window.sync_ui.controller.sync_now()
    assert failed.args[0] == "vault_wiped"
    text = _shown_message(qtbot, window).text()
    assert text == wiped_text(3, 0, 1)
    assert "only your administrator can open: 1" in text
    assert listed_families(window) == []
    assert len(list(sealed_folder(window.service.data_dir).iterdir())) == 1


def test_a_revoked_computer_is_signed_out_and_told(
    qtbot: QtBot, tmp_path: Path, sqlite_server: RunningServer
) -> None:
    window = signed_in(qtbot, tmp_path, sqlite_server)
    computer = window.sync_ui.controller.device_name()
    sqlite_server.cli("device", "revoke", _device_ids(sqlite_server)[computer])
    with qtbot.waitSignal(window.sync_ui.controller.sig_failed, timeout=WAIT_MS) as failed:
        assert window.sync_ui.controller.sync_now()
    assert failed.args[0] == "device_revoked"
    assert "revoked this computer" in _shown_message(qtbot, window).text()
    assert len(listed_families(window)) == 2  # the vault is kept


def test_my_computers_lists_mine_marks_this_one_and_the_revoked(
    qtbot: QtBot, tmp_path: Path, sqlite_server: RunningServer
) -> None:
    window = signed_in(qtbot, tmp_path, sqlite_server)
    sqlite_server.login("anne", device_name="annes-gamle")
    sqlite_server.login("bente", device_name="bentes-pc")
    sqlite_server.cli("device", "revoke", _device_ids(sqlite_server)["annes-gamle"])

    window.sync_ui.sign_in_action.trigger()
    sign_in = window.sync_ui._dialog
    assert sign_in is not None and sign_in.devices_button.isVisible()
    dialog = sign_in.show_devices()
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 2, timeout=WAIT_MS)
    rows = {
        dialog.table.topLevelItem(i).text(0): dialog.table.topLevelItem(i).text(3) for i in range(2)
    }
    computer = window.sync_ui.controller.device_name()
    assert rows == {computer: "This computer", "annes-gamle": "Revoked"}
    assert "bentes-pc" not in rows  # never another user's


def test_seen_dates_follow_the_danish_locale() -> None:
    ms = 1_764_000_000_000  # 24 Nov 2025
    assert re.fullmatch(r"\d{2}\.\d{2}\.\d{4} \d{2}\.\d{2}\.\d{2}", seen_text(ms, QLocale("da_DK")))
