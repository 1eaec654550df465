"""The pull fetches the next page while the vault applies this one, against a real
server: the fetch really overlaps, and cancelling or losing the connection with a
page in flight still leaves exactly the whole pages applied, each with its cursor."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from ftbt_desktop.storage.sync_state import PulledPage
from ftbt_desktop.sync.client import BASE_PULL, PULL_PAGE, SyncClient
from ftbt_desktop.sync.engine import SyncProgress
from ftbt_desktop.sync.errors import ServerUnreachable

pytest_plugins = ("server_fixtures", "sync_devices")

from server_fixtures import RunningServer  # noqa: E402
from sync_fault_helpers import history_on_two_laptops, same_families  # noqa: E402

if TYPE_CHECKING:
    from sync_devices import Device

    Devices = Callable[[str], Device]

PAGE = 10


class SeenPulls(httpx.BaseTransport):
    """Forwards to the real server and tells when a pull after a given cursor starts;
    `fail_after` makes the pull after that cursor lose its connection instead, and
    `hold_after` holds it until `release` is set (or 20 s have passed: `held_out`)."""

    def __init__(self, fail_after: int | None = None, hold_after: int | None = None) -> None:
        self.inner = httpx.HTTPTransport()
        self.fail_after = fail_after
        self.hold_after = hold_after
        self.release = threading.Event()
        self.held_out = False
        self.started: dict[int, threading.Event] = {}
        self.limits: list[int] = []
        self.lock = threading.Lock()

    def event(self, after: int) -> threading.Event:
        with self.lock:
            return self.started.setdefault(after, threading.Event())

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/sync/pull"):
            after = int(request.url.params["after"])
            self.limits.append(int(request.url.params["limit"]))
            self.event(after).set()
            if after == self.fail_after:
                raise httpx.ReadError("connection lost", request=request)
            if after == self.hold_after:
                self.held_out = not self.release.wait(timeout=20)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def _resume(first: Device, second: Device, total: int, kept: int) -> None:
    """One more whole sync brings exactly what was not kept, and the two agree."""
    report = second.sync(pull_page=PAGE)
    assert report.in_sync and report.pulled == total - kept
    assert second.repo.change_count() == total
    same_families(first, second)


def _factory(transport: SeenPulls) -> Callable[[str, str], SyncClient]:
    return lambda url, token: SyncClient(url, token, transport=transport)


def test_the_next_page_is_fetched_while_this_one_is_applied(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    first, second, total = history_on_two_laptops(sqlite_server, devices)
    transport = SeenPulls()
    engine = second.engine(client_factory=_factory(transport), pull_page=PAGE)
    apply_pages = engine.state.apply_pages
    overlapped: list[bool] = []
    seen = [0]

    def slow_apply(pages: list[PulledPage]) -> Any:
        # Waits (bounded) for the request after these pages: without read-ahead it
        # would only be made after this returns, so the wait would run out.
        seen[0] += sum(len(page.pulled) for page in pages)
        if seen[0] < total:
            overlapped.append(transport.event(pages[-1].next_cursor).wait(timeout=5))
        return apply_pages(pages)

    engine.state.apply_pages = slow_apply  # type: ignore[method-assign]
    report = engine.sync()
    assert report.in_sync and report.pulled == total
    assert overlapped and all(overlapped)
    same_families(first, second)


def test_cancel_does_not_wait_for_the_page_in_flight_and_keeps_whole_pages_only(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    first, second, total = history_on_two_laptops(sqlite_server, devices)
    with SyncClient(sqlite_server.url, second.state.account().token) as client:  # type: ignore[union-attr]
        after_one = client.pull(0, PAGE).next
    # The fetch of page two hangs (a slow network) until the test lets it go.
    transport = SeenPulls(hold_after=after_one)
    engine = second.engine(client_factory=_factory(transport), pull_page=PAGE)

    def cancel_after_first_page(progress: SyncProgress) -> None:
        if progress.phase == "pull" and progress.done >= PAGE:
            engine.cancel()

    try:
        report = engine.sync(progress=cancel_after_first_page)
        # Back while the fetch still hangs: the cancel did not wait for it ...
        assert not transport.held_out and not transport.release.is_set()
        # ... nor will the process's exit (after Ctrl+C, say): the fetch is a daemon.
        hanging = [t for t in threading.enumerate() if t.name == "ftbt-pull"]
        assert hanging and all(t.daemon for t in hanging)
    finally:
        transport.release.set()
    assert report.cancelled and report.pulled == PAGE
    assert transport.event(after_one).is_set()  # page two was asked for ...
    assert second.state.cursor() == after_one  # ... and not applied
    assert second.repo.change_count() == PAGE
    _resume(first, second, total, kept=PAGE)


def test_a_lost_read_ahead_fails_after_the_page_before_is_kept(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    first, second, total = history_on_two_laptops(sqlite_server, devices)
    probe = second.engine(pull_page=PAGE)
    with SyncClient(sqlite_server.url, probe.state.account().token) as client:  # type: ignore[union-attr]
        after_two = client.pull(client.pull(0, PAGE).next, PAGE).next
    transport = SeenPulls(fail_after=after_two)
    with pytest.raises(ServerUnreachable):
        second.sync(client_factory=_factory(transport), pull_page=PAGE)
    # The failed request was made while page two was being applied: page two is kept.
    assert second.repo.change_count() == 2 * PAGE
    assert second.state.cursor() == after_two

    _resume(first, second, total, kept=2 * PAGE)


def test_pages_as_large_as_the_server_says_and_1000_from_a_server_that_does_not(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    _, second, total = history_on_two_laptops(sqlite_server, devices)
    transport = SeenPulls()
    assert second.engine(client_factory=_factory(transport)).sync().pulled == total
    assert transport.limits == [PULL_PAGE]

    class FirstServer(SeenPulls):
        """A server of the first version: it does not say its largest page."""

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            response = super().handle_request(request)
            if not request.url.path.endswith("/version"):
                return response
            body = json.loads(response.read())
            del body["max_pull"]
            return httpx.Response(200, json=body, request=request)

    third = devices("laptop-3")
    third.login(sqlite_server.url, "anne")
    old = FirstServer()
    assert third.engine(client_factory=_factory(old)).sync().pulled == total
    assert old.limits == [BASE_PULL]


def test_the_fetch_stays_a_bounded_number_of_changes_ahead(
    sqlite_server: RunningServer, devices: Devices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ahead by changes, not pages: pages of 5000 ten ahead held 50,000 changes, and
    raised a supervisor's first sync's peak memory by a fifth (sync/engine.py)."""
    from ftbt_desktop.sync import engine as engine_module

    small = 5
    monkeypatch.setattr(engine_module, "AHEAD_CHANGES", 3 * small)
    first, second, total = history_on_two_laptops(sqlite_server, devices)
    assert total > 8 * small
    transport = SeenPulls()
    engine = second.engine(client_factory=_factory(transport), pull_page=small)
    apply_pages = engine.state.apply_pages
    fetched_meanwhile: list[int] = []
    applying: list[int] = []

    def held_apply(pages: list[PulledPage]) -> Any:
        if not fetched_meanwhile:
            # The vault is slow with the first pages: the fetch goes on until it is
            # as far ahead as it may be, then waits.
            applying.append(len(pages))
            seen = -1
            while seen != len(transport.limits):
                seen = len(transport.limits)
                threading.Event().wait(0.3)
            fetched_meanwhile.append(seen)
        return apply_pages(pages)

    engine.state.apply_pages = held_apply  # type: ignore[method-assign]
    report = engine.sync()
    assert report.in_sync and report.pulled == total
    # The pages being applied (one, or two when the second had come before the vault
    # took the first: a fast server), three waiting, and one more fetched, waiting for
    # room.
    assert applying[0] in (1, 2)
    assert fetched_meanwhile == [applying[0] + 3 + 1]
    same_families(first, second)
