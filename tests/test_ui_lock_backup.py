"""Locking without freezing: the backup made at lock runs on the worker thread, the
families leave the screen at once, and the vault closes only after a running sync
has stopped (no pulled page is written after the lock). An unlock meanwhile and
quitting meanwhile both wait for the backup.

The backup is held on a threading.Event the test releases only after it has seen
the window answer: no timings.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot
from ui_shell_helpers import click, listed_families, make_vault, make_window, unlock, wait_page

from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.sync_state import SyncState
from ftbt_desktop.storage.vault import Vault, list_backups
from ftbt_desktop.sync.client import SyncClient
from ftbt_desktop.sync.engine import SyncEngine
from ftbt_desktop.ui.main_window import MainWindow
from ftbt_desktop.ui.sync.sync_worker import SyncWorker
from ftbt_desktop.ui.vault_pages import vault_jobs

pytest_plugins = ("server_fixtures", "sync_devices")

from server_fixtures import PASSWORD, RunningServer  # noqa: E402

if TYPE_CHECKING:
    from sync_devices import Device

    Devices = Callable[[str], Device]

PASSPHRASE = "korrekt hest batteri hæfteklamme"
FAMILY = "Familien Andersen"
WAIT_MS = 30_000
SAFETY_S = 120  # only so a broken test cannot hang the run; never reached when it passes


class HeldBackup:
    """Once installed, Vault.backup waits for `release` when it runs off the UI thread."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.monkeypatch = monkeypatch
        self.started = threading.Event()
        self.release = threading.Event()
        self.done = threading.Event()
        self.threads: list[threading.Thread] = []

    def install(self) -> None:
        real_backup = Vault.backup

        def held_backup(vault: Vault) -> Path:
            self.threads.append(threading.current_thread())
            if threading.current_thread() is not threading.main_thread():
                self.started.set()
                self.release.wait(SAFETY_S)
            try:
                return real_backup(vault)
            finally:
                self.done.set()

        self.monkeypatch.setattr(Vault, "backup", held_backup)


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldBackup]:
    held = HeldBackup(monkeypatch)
    yield held
    held.release.set()  # a failed test must not leave the worker waiting


def ui_answers(qtbot: QtBot) -> None:
    """An event posted now is handled: the UI thread is not blocked."""
    handled: list[bool] = []
    QTimer.singleShot(0, lambda: handled.append(True))
    qtbot.waitUntil(lambda: handled == [True], timeout=WAIT_MS)


def unlocked_with_an_edit(
    qtbot: QtBot, data_dir: Path, held: HeldBackup
) -> tuple[MainWindow, Vault]:
    make_vault(data_dir, PASSPHRASE, (FAMILY,))
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    # Something new since the backup made at unlock, so the lock backs up.
    window.service.create_family("Familien Berg")
    held.install()
    return window, window.service.vault


def test_lock_backup_runs_off_the_ui_thread(qtbot: QtBot, data_dir: Path, held: HeldBackup) -> None:
    window, vault = unlocked_with_an_edit(qtbot, data_dir, held)
    before = len(list_backups(data_dir))

    window.lock()
    assert threading.main_thread() not in held.threads
    # The families left the screen at once, and the window is out of the vault.
    assert window.current_page() is window.unlock_page
    assert not window.service.is_unlocked
    assert listed_families(window) == []
    qtbot.waitUntil(held.started.is_set, timeout=WAIT_MS)
    ui_answers(qtbot)
    assert not held.done.is_set() and vault.is_open  # the backup is still running

    held.release.set()
    qtbot.waitUntil(lambda: not vault.is_open, timeout=WAIT_MS)
    assert held.done.is_set()
    assert vault._data_key is None
    assert len(list_backups(data_dir)) == before + 1
    unlock(qtbot, window, PASSPHRASE)
    assert sorted(listed_families(window)) == ["Familien Andersen", "Familien Berg"]


def test_an_unlock_during_the_lock_backup_waits_for_it(
    qtbot: QtBot, data_dir: Path, held: HeldBackup, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, vault = unlocked_with_an_edit(qtbot, data_dir, held)
    events: list[str] = []
    real_open = vault_jobs.open_vault

    def recorded_open(*args: Any) -> Vault:
        events.append("open" if not vault.is_open else "open before close")
        return real_open(*args)

    monkeypatch.setattr(vault_jobs, "open_vault", recorded_open)
    window.lock()
    qtbot.waitUntil(held.started.is_set, timeout=WAIT_MS)

    page = window.unlock_page
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    click(qtbot, page.unlock_button)
    ui_answers(qtbot)
    assert events == []  # not opened again while the old connection backs up
    assert not window.service.is_unlocked
    held.release.set()
    wait_page(qtbot, window, window.main_page)
    assert events == ["open"]
    assert not vault.is_open
    assert sorted(listed_families(window)) == ["Familien Andersen", "Familien Berg"]


def test_quitting_during_the_lock_backup_waits_for_it(
    qtbot: QtBot, data_dir: Path, held: HeldBackup, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, vault = unlocked_with_an_edit(qtbot, data_dir, held)
    before = len(list_backups(data_dir))
    window.lock()
    qtbot.waitUntil(held.started.is_set, timeout=WAIT_MS)

    # Released from another thread once the quit is under way (the UI thread waits there).
    quitting = threading.Event()
    real_shutdown = window.runner.shutdown

    def shutdown() -> None:
        quitting.set()
        real_shutdown()

    monkeypatch.setattr(window.runner, "shutdown", shutdown)
    releaser = threading.Thread(
        target=lambda: quitting.wait(SAFETY_S) and held.release.set(), daemon=True
    )
    releaser.start()
    window.shut_down()
    releaser.join()
    assert held.done.is_set()
    assert not vault.is_open
    assert len(list_backups(data_dir)) == before + 1


# -- a sync under way at lock ---------------------------------------------------


class GatedPull(SyncClient):
    """Holds every pull after the first until `gate` opens (the first page arrives)."""

    gate = threading.Event()
    waiting = threading.Event()
    pulls = 0

    def pull(self, *args: Any, **kwargs: Any) -> Any:
        GatedPull.pulls += 1
        if GatedPull.pulls > 1:
            GatedPull.waiting.set()
            GatedPull.gate.wait(SAFETY_S)
        return super().pull(*args, **kwargs)


@pytest.fixture
def gated_pull() -> Iterator[type[GatedPull]]:
    GatedPull.gate = threading.Event()
    GatedPull.waiting = threading.Event()
    GatedPull.pulls = 0
    yield GatedPull
    GatedPull.gate.set()


def test_a_running_sync_stops_before_the_vault_closes(
    qtbot: QtBot,
    sqlite_server: RunningServer,
    devices: Devices,
    data_dir: Path,
    gated_pull: type[GatedPull],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sqlite_server.add_user("anne")
    other = devices("anne-other-laptop")
    other.login(sqlite_server.url, "anne")
    holm = other.repo.create_family("Familien Holm").primary_id
    assert holm
    for year in range(1980, 1986):
        other.repo.add_member(holm, f"Barn {year}", "child", year)
    assert other.sync().pushed > 12

    events: list[str] = []
    real_apply, real_sync, real_close = SyncState.apply_pages, SyncEngine.sync, Vault.close

    def apply_pages(self: SyncState, *args: Any, **kwargs: Any) -> Any:
        result = real_apply(self, *args, **kwargs)
        events.append("page committed")
        return result

    def sync(self: SyncEngine, *args: Any, **kwargs: Any) -> Any:
        try:
            return real_sync(self, *args, **kwargs)
        finally:
            events.append("sync stopped")

    def close(self: Vault, backup: bool = True) -> None:
        if self.is_open:
            events.append("vault closing")
        real_close(self, backup)

    monkeypatch.setattr(SyncState, "apply_pages", apply_pages)
    monkeypatch.setattr(SyncEngine, "sync", sync)
    monkeypatch.setattr(Vault, "close", close)

    make_vault(data_dir, PASSPHRASE, ())
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    vault = window.service.vault
    controller = window.sync_ui.controller
    controller.worker._client_factory = gated_pull
    controller.worker._pull_page = 4  # several pages to pull
    assert controller.sign_in(sqlite_server.url, "anne", PASSWORD)
    # The first page is written; the worker waits for the next one.
    qtbot.waitUntil(
        lambda: "page committed" in events and gated_pull.waiting.is_set(), timeout=WAIT_MS
    )
    assert controller.running

    events.append("lock")
    window.lock()
    assert window.current_page() is window.unlock_page
    ui_answers(qtbot)
    # The sync stops and the vault closes without waiting for the page in flight
    # (a slow network would keep the key in memory that long).
    qtbot.waitUntil(lambda: not vault.is_open, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not controller.running, timeout=WAIT_MS)
    assert not gated_pull.gate.is_set()
    gated_pull.gate.set()  # the page arrives after all: nobody takes it

    after_lock = events[events.index("lock") :]
    assert "page committed" not in after_lock
    assert after_lock.index("sync stopped") < after_lock.index("vault closing")

    # Nothing half-done: the next sync carries on and brings the whole family.
    controller.worker._client_factory = None
    unlock(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: not controller.running, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Familien Holm" in listed_families(window), timeout=WAIT_MS)
    members = window.service.members(holm)
    assert len(members) == 6


def test_the_sync_worker_is_idle_before_it_reports(
    qtbot: QtBot, sqlite_server: RunningServer, repo: Repository
) -> None:
    """The UI may start the next run as soon as it hears the outcome (a sync right after
    signing in): an idle mark set after that report would hide the new run from a lock."""
    sqlite_server.add_user("anne")
    worker = SyncWorker()
    seen: list[tuple[str, bool]] = []
    direct = Qt.ConnectionType.DirectConnection
    worker.sig_failed.connect(lambda kind, _m: seen.append((kind, worker.idle.is_set())), direct)
    worker.sig_signed_in.connect(
        lambda _a: seen.append(("signed in", worker.idle.is_set())), direct
    )
    worker.sig_finished.connect(lambda _r: seen.append(("finished", worker.idle.is_set())), direct)

    worker.idle.clear()
    worker.run_sync(repo)
    worker.idle.clear()
    worker.run_login(repo, sqlite_server.url, "anne", PASSWORD, "laptop")
    worker.idle.clear()
    worker.run_sync(repo)
    assert seen == [("not_signed_in", True), ("signed in", True), ("finished", True)]


def test_restoring_a_backup_stops_a_running_sync_first(
    qtbot: QtBot,
    sqlite_server: RunningServer,
    devices: Devices,
    data_dir: Path,
    gated_pull: type[GatedPull],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A restore closes the vault as a lock does: only once the sync has let go of it."""
    sqlite_server.add_user("anne")
    other = devices("anne-other-laptop")
    other.login(sqlite_server.url, "anne")
    holm = other.repo.create_family("Familien Holm").primary_id
    assert holm
    for year in range(1980, 1986):
        other.repo.add_member(holm, f"Barn {year}", "child", year)
    assert other.sync().pushed > 12

    events: list[str] = []
    real_sync, real_close = SyncEngine.sync, Vault.close

    def sync(self: SyncEngine, *args: Any, **kwargs: Any) -> Any:
        try:
            return real_sync(self, *args, **kwargs)
        finally:
            events.append("sync stopped")

    def close(self: Vault, backup: bool = True) -> None:
        if self.is_open:
            events.append("vault closing")
        real_close(self, backup)

    make_vault(data_dir, PASSPHRASE, (FAMILY,))
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    vault = window.service.vault
    backup = vault.backup()
    monkeypatch.setattr(SyncEngine, "sync", sync)
    monkeypatch.setattr(Vault, "close", close)
    controller = window.sync_ui.controller
    controller.worker._client_factory = gated_pull
    controller.worker._pull_page = 4
    assert controller.sign_in(sqlite_server.url, "anne", PASSWORD)
    qtbot.waitUntil(lambda: gated_pull.waiting.is_set(), timeout=WAIT_MS)
    assert controller.running

    events.append("restore")
    window._restore_chosen(backup)
    ui_answers(qtbot)
    qtbot.waitUntil(lambda: not vault.is_open, timeout=WAIT_MS)
    gated_pull.gate.set()  # only now, if the restore did not stop the sync itself
    qtbot.waitUntil(lambda: not controller.running, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=WAIT_MS)

    after = events[events.index("restore") :]
    assert after.index("sync stopped") < after.index("vault closing")
    wait_page(qtbot, window, window.main_page)
    assert window.service.is_unlocked and window.service.vault is not vault
    assert FAMILY in listed_families(window)
