"""Devices for end-to-end sync tests: a real vault each, signed in to a real server.

Use with `pytest_plugins = ("server_fixtures",)` in the test module; the
`devices` fixture makes vaults and closes them after the test.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from ftbt_desktop.core.clock import Hlc, wall_ms
from ftbt_desktop.storage import keys
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.sync_state import SyncState
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.sync.client import SyncClient
from ftbt_desktop.sync.engine import SyncEngine, SyncReport

PASSPHRASE = "korrekt hest batteri hæfteklamme"
SERVER_PASSWORD = "korrekt-hest-9"  # server_fixtures.PASSWORD


@dataclass
class Device:
    name: str
    vault: Vault
    repo: Repository

    @property
    def state(self) -> SyncState:
        return SyncState(self.repo)

    def engine(self, **options: Any) -> SyncEngine:
        return SyncEngine(self.repo, **options)

    def login(self, server_url: str, user: str, password: str = SERVER_PASSWORD) -> None:
        self.engine().login(server_url, user, password, self.name)

    def sync(self, **options: Any) -> SyncReport:
        return self.engine(**options).sync()

    def family_state(self, family_id: str) -> dict[tuple[str, str], tuple[str, str]]:
        """(entity, field) → (value, winning change) of every row of one family."""
        rows = self.vault.execute(
            "SELECT entity_id, field, value, change_id FROM state WHERE family_id = ?",
            (family_id,),
        )
        return {(r[0], r[1]): (r[2], r[3]) for r in rows}

    def family_names(self) -> set[str]:
        return {f.name for f in self.repo.list_families()}


def wait_past(hlc: str) -> None:
    """Return once this computer's wall clock is past a stamp's millisecond (at most ~1 ms).

    An edit made after that gets a later stamp on any laptop, so "the later edit wins"
    does not come down to two random device ids when both land in the same millisecond.
    """
    ms = Hlc.decode(hlc).ms
    while wall_ms() <= ms:
        time.sleep(0.0002)


@pytest.fixture
def devices(tmp_path: Path) -> Iterator[Callable[[str], Device]]:
    made: list[Device] = []

    def make(name: str) -> Device:
        vault, _ = Vault.create(tmp_path / "devices" / name, PASSPHRASE, keys.minimum_params())
        device = Device(name, vault, Repository(vault))
        made.append(device)
        return device

    yield make
    for device in made:
        device.vault.close(backup=False)


class LoseAnswer(httpx.BaseTransport):
    """Forwards requests to the real server, but on the n-th request to `path` the
    server is killed after it has answered and the answer never arrives: the
    worst moment for a push (committed there, not known here) or a pull."""

    def __init__(self, kill: Callable[[], None], path: str, nth: int) -> None:
        self.inner = httpx.HTTPTransport()
        self.kill = kill
        self.path = path
        self.nth = nth
        self.seen = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.url.path.endswith(self.path):
            self.seen += 1
            if self.seen == self.nth:
                response.read()
                response.close()
                self.kill()
                raise httpx.ReadError("connection lost", request=request)
        return response

    def close(self) -> None:
        self.inner.close()


def losing_client(transport: httpx.BaseTransport) -> Callable[[str, str], SyncClient]:
    return lambda url, token: SyncClient(url, token, transport=transport)
