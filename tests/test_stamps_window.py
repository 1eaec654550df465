"""In the app: a pulled page from "the future" of a laptop whose clock is behind is
not taken, the coordinator is told in plain words, and nothing is lost."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ftbt_desktop.core.clock import HybridClock, wall_ms
from ftbt_desktop.storage.repository import Repository

pytest_plugins = ("server_fixtures", "sync_devices")

from server_fixtures import RunningServer  # noqa: E402
from sync_window_helpers import WAIT_MS, family_id, signed_in_window, sync_message  # noqa: E402

if TYPE_CHECKING:
    from sync_devices import Device

    Devices = Callable[[str], Device]

HOUR_MS = 3_600_000


def test_a_laptop_behind_is_told_and_takes_the_page_once_its_clock_is_right(
    qtbot: QtBot, sqlite_server: RunningServer, tmp_path: Path, devices: Devices
) -> None:
    sqlite_server.add_user("anne")
    window = signed_in_window(qtbot, tmp_path, sqlite_server)
    sync = window.sync_ui
    holm = family_id(window, "Familien Holm")
    other = devices("other")
    other.login(sqlite_server.url, "anne")
    other.sync()
    other.repo.update_family(holm, name="Familien Holm-Jensen")
    other.sync()

    # This computer's clock is two hours behind.
    def two_hours_behind(repo: Repository) -> None:
        repo.clock = HybridClock(repo.clock.high_water, now=lambda: wall_ms() - 2 * HOUR_MS)

    window.service.on_vault(two_hours_behind)
    sync.controller.worker._now_ms = lambda: wall_ms() - 2 * HOUR_MS
    with qtbot.waitSignal(sync.controller.sig_failed, timeout=WAIT_MS):
        sync.sync_action.trigger()
    box = sync_message(qtbot, window)
    assert "clock is wrong: it is 120 minutes behind" in box.text()
    assert "Nothing is lost" in box.text()
    box.accept()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "sync_message") is None)
    assert window.service.family(holm).name == "Familien Holm"

    def clock_right_again(repo: Repository) -> None:
        repo.clock = HybridClock(repo.clock.high_water)

    window.service.on_vault(clock_right_again)
    sync.controller.worker._now_ms = None
    with qtbot.waitSignal(sync.controller.sig_finished, timeout=WAIT_MS) as finished:
        sync.sync_action.trigger()
    assert finished.args[0].in_sync
    qtbot.waitUntil(lambda: window.service.family(holm).name == "Familien Holm-Jensen")
