"""A new laptop's first sync at scale, against a real server and real vaults: pages
that arrived while the vault was writing are applied together in one transaction
(with the last page's cursor, all or nothing), a pull says how many changes follow
so progress has a total, and an older server that does not say still syncs."""

from __future__ import annotations

import dataclasses
import json
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from ftbt_desktop.core.changes import new_change_id
from ftbt_desktop.core.clock import Hlc, StampAhead
from ftbt_desktop.storage.sync_state import PulledChange, PulledPage, SyncState
from ftbt_desktop.sync.client import SyncClient
from ftbt_desktop.sync.engine import SyncProgress

pytest_plugins = ("server_fixtures", "sync_devices")

from server_fixtures import RunningServer  # noqa: E402
from sync_fault_helpers import history_on_two_laptops, same_families  # noqa: E402

if TYPE_CHECKING:
    from sync_devices import Device

    Devices = Callable[[str], Device]

PAGE = 10


class WithoutCount(httpx.BaseTransport):
    """A server from before issue 19: its pull answers say nothing of what is left."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if not request.url.path.endswith("/sync/pull"):
            return response
        body = json.loads(response.read())
        body.pop("left", None)
        return httpx.Response(200, json=body, request=request)

    def close(self) -> None:
        self.inner.close()


def test_pages_waiting_for_the_vault_are_applied_in_one_transaction(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    first, second, total = history_on_two_laptops(sqlite_server, devices, families=4, members=6)
    engine = second.engine(pull_page=PAGE)
    real = engine.state.apply_pages
    batches: list[int] = []
    commits: list[int] = []
    let_go = threading.Event()

    def slow(pages: list[PulledPage]) -> Any:
        batches.append(len(pages))
        if len(batches) == 1:
            let_go.wait(0.5)  # the pages behind the first one arrive meanwhile
        results = real(pages)
        commits.append(second.state.cursor())
        return results

    engine.state.apply_pages = slow  # type: ignore[method-assign]
    report = engine.sync()
    assert report.in_sync and report.pulled == total
    assert batches[0] == 1 and max(batches) > 1  # later pages went in together
    assert len(batches) < -(-total // PAGE)  # fewer commits than pages
    # Each batch moved the cursor past its last page only.
    with SyncClient(sqlite_server.url, second.state.account().token) as client:  # type: ignore[union-attr]
        assert commits[-1] == client.pull(commits[-1], PAGE).next
    same_families(first, second)


def test_a_refused_page_keeps_none_of_the_pages_applied_with_it(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    _, second, _ = history_on_two_laptops(sqlite_server, devices, families=4, members=6)
    state: SyncState = second.state
    with SyncClient(sqlite_server.url, state.account().token) as client:  # type: ignore[union-attr]
        one = client.pull(0, PAGE)
        two = client.pull(one.next, PAGE)
    far = Hlc(time.time_ns() // 1_000_000 + 24 * 3600 * 1000).encode()
    ahead = dataclasses.replace(two.changes[0].change, change_id=new_change_id(), hlc=far)
    pages = [
        PulledPage(one.changes, one.next, readable=one.families),
        PulledPage([*two.changes, PulledChange(two.next + 1, ahead)], two.next + 1),
    ]
    with pytest.raises(StampAhead):
        state.apply_pages(pages)
    assert second.repo.change_count() == 0 and state.cursor() == 0
    # The same pages without the one from the future: both kept, one cursor.
    pages[1] = PulledPage(two.changes, two.next)
    results = state.apply_pages(pages)
    assert [len(r.applied.changes) for r in results] == [len(one.changes), len(two.changes)]
    assert second.repo.change_count() == len(one.changes) + len(two.changes)
    assert state.cursor() == two.next
    # Idempotent by change id: the same pages again write nothing.
    again = state.apply_pages(pages)
    assert [len(r.applied.changes) for r in again] == [0, 0]
    assert second.repo.change_count() == len(one.changes) + len(two.changes)
    assert second.repo.vault.check().ok


def test_progress_has_the_total_the_server_counted(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    _, second, total = history_on_two_laptops(sqlite_server, devices, families=4, members=6)
    seen: list[SyncProgress] = []
    report = second.engine(pull_page=PAGE).sync(progress=seen.append)
    pulls = [p for p in seen if p.phase == "pull" and p.done]
    assert report.pulled == total
    assert pulls and all(p.total == total for p in pulls)
    assert pulls[-1].done == total
    assert [p.done for p in pulls] == sorted(p.done for p in pulls)


def test_a_server_that_does_not_count_still_syncs_without_a_total(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    first, second, total = history_on_two_laptops(sqlite_server, devices, families=4, members=6)
    transport = WithoutCount()
    seen: list[SyncProgress] = []
    engine = second.engine(
        client_factory=lambda url, token: SyncClient(url, token, transport=transport),
        pull_page=PAGE,
    )
    report = engine.sync(progress=seen.append)
    assert report.in_sync and report.pulled == total
    assert all(p.total == 0 for p in seen if p.phase == "pull")
    same_families(first, second)


def test_the_count_is_what_the_user_may_read_after_the_cursor(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    first, _, total = history_on_two_laptops(sqlite_server, devices, families=4, members=6)
    sqlite_server.add_user("bo")  # reads nothing of anne's
    token = first.state.account().token  # type: ignore[union-attr]
    with SyncClient(sqlite_server.url, token) as client:
        head = client.pull(0, PAGE, count=True)
        assert head.left == total - len(head.changes)
        assert client.pull(head.next, PAGE).left is None  # only when asked
        assert client.pull(0, total + 10, count=True).left == 0
    bo = sqlite_server.login("bo")
    with SyncClient(sqlite_server.url, bo) as client:
        assert client.pull(0, PAGE, count=True).left == 0


def test_a_batch_keeps_the_teams_its_last_naming_page_said(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    _, second, _ = history_on_two_laptops(sqlite_server, devices, families=4, members=6)
    state: SyncState = second.state
    state.apply_pages(
        [
            PulledPage([], 1, readable=["f1", "f2"], family_teams={"f1": ["Nord"], "f2": []}),
            PulledPage([], 2, readable=["f1", "f2"], family_teams={"f1": ["Syd"], "f2": ["Vest"]}),
            PulledPage([], 3, readable=["f1", "f2"]),  # an older server's page says nothing
        ]
    )
    assert state.family_teams() == {"f1": ("Syd",), "f2": ("Vest",)}
    assert state.cursor() == 3


def test_a_batch_cut_short_keeps_the_pages_written_their_cursor_and_teams(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    """Inside a span whose batches the window cuts short (Inbox.pull_span's `cut`): the
    pages after the cut are not written, the cursor is the last written page's, and so
    are the teams; the rest applied later end where one batch would have."""
    _, second, _ = history_on_two_laptops(sqlite_server, devices, families=4, members=6)
    state: SyncState = second.state
    with SyncClient(sqlite_server.url, state.account().token) as client:  # type: ignore[union-attr]
        one = client.pull(0, PAGE)
        two = client.pull(one.next, PAGE)
    pages = [
        PulledPage(one.changes, one.next, readable=["f1"], family_teams={"f1": ["Nord"]}),
        PulledPage(two.changes, two.next, readable=["f1"], family_teams={"f1": ["Syd"]}),
    ]
    asked: list[int] = []

    def cut() -> bool:
        asked.append(1)
        return True

    with state.pull_span(cut=cut):
        results = state.apply_pages(pages)
    assert len(results) == 1 and len(asked) == 1  # asked between the pages only
    assert second.repo.change_count() == len(one.changes)
    assert state.cursor() == one.next
    assert state.family_teams() == {"f1": ("Nord",)}
    with state.pull_span(cut=cut):
        assert len(state.apply_pages(pages[1:])) == 1  # a last page is never cut
    assert second.repo.change_count() == len(one.changes) + len(two.changes)
    assert state.cursor() == two.next
    assert state.family_teams() == {"f1": ("Syd",)}
    assert second.repo.vault.check().ok
