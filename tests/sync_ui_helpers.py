"""Fixtures and steps for sync-window tests: a service, controllers, signing in, syncing.

A pytest plugin: list it in `pytest_plugins` for the fixtures, import the steps."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from server_fixtures import PASSWORD, RunningServer

from ftbt_desktop.sync.engine import SyncReport
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.sync.sync_controller import SyncController
from ftbt_desktop.ui.sync.sync_worker import SyncWorker

WAIT_MS = 30_000


@pytest.fixture
def service(vault: Any, data_dir: Path) -> Iterator[VaultService]:
    service = VaultService(data_dir)
    service.attach(vault)
    yield service
    service.lock()


@pytest.fixture
def controllers() -> Iterator[Callable[..., SyncController]]:
    made: list[SyncController] = []

    def make(service: VaultService, **options: Any) -> SyncController:
        worker = options.pop("worker", None) or SyncWorker()
        options.setdefault("periodic_ms", 3_600_000)
        controller = SyncController(service, worker=worker, **options)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.shutdown()


def sign_in(qtbot: QtBot, controller: SyncController, server: RunningServer) -> SyncReport:
    with qtbot.waitSignal(controller.sig_finished, timeout=WAIT_MS) as finished:
        assert controller.sign_in(server.url, "anne", PASSWORD, "annes-laptop")
    return finished.args[0]


def sync(qtbot: QtBot, controller: SyncController) -> SyncReport:
    with qtbot.waitSignal(controller.sig_finished, timeout=WAIT_MS) as finished:
        assert controller.sync_now()
    return finished.args[0]
