"""What a laptop pulls is checked, never believed (DESIGN §9): a page holding a loose
stamp, or a stamp more than five minutes ahead of this computer's clock, is not
applied; the cursor stays, nothing is lost, the local clock is not moved, and the
coordinator is told why. Real vaults against a real server, SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest

from ftbt_desktop.core.clock import MAX_AHEAD_MS, Hlc, HybridClock, wall_ms
from ftbt_desktop.sync.errors import ClockWrong, ServerTrouble
from ftbt_desktop.words.sync import error_text

pytest_plugins = ("server_fixtures", "sync_devices")

from server_fixtures import RunningServer  # noqa: E402
from stamps_helpers import restamp_on_server  # noqa: E402

if TYPE_CHECKING:
    from sync_devices import Device

    Devices = Callable[[str], Device]

HOUR_MS = 3_600_000
YEAR_2999_MS = int(dt.datetime(2999, 12, 31, tzinfo=dt.UTC).timestamp() * 1000)


def _vault_has(device: Device, change_id: str) -> bool:
    rows = device.vault.execute("SELECT 1 FROM changes WHERE change_id = ?", (change_id,))
    return bool(rows)


def _two_laptops(server: RunningServer, devices: Devices) -> tuple[Device, Device, str]:
    server.add_user("anne")
    one = devices("one")
    one.login(server.url, "anne")
    holm = one.repo.create_family("Familien Holm").primary_id
    assert holm
    one.sync()
    two = devices("two")
    two.login(server.url, "anne")
    two.sync()
    return one, two, holm


@pytest.mark.parametrize("stamp", ["0_0_0_0_0_0_0_1-00000", "\u0660" * 14 + "\u0661-00000"])
def test_a_page_with_a_loose_stamp_is_not_applied(
    server: RunningServer, devices: Devices, stamp: str
) -> None:
    one, two, holm = _two_laptops(server, devices)
    bad = one.repo.update_family(holm, name="Forkert navn").changes[0]
    one.sync()
    restamp_on_server(server, bad.change_id, stamp)
    cursor = two.state.cursor()
    high_water = two.repo.clock.high_water

    with pytest.raises(ServerTrouble):
        two.sync()
    assert not _vault_has(two, bad.change_id)
    assert two.repo.family(holm).name == "Familien Holm"
    assert two.state.cursor() == cursor
    assert two.repo.clock.high_water == high_water


def test_a_laptop_behind_takes_no_page_from_the_future_and_loses_nothing(
    server: RunningServer, devices: Devices
) -> None:
    one, two, holm = _two_laptops(server, devices)
    # Laptop two's clock is an hour behind; it edits offline, then laptop one edits.
    behind = HybridClock(two.repo.clock.high_water, now=lambda: wall_ms() - HOUR_MS)
    two.repo.clock = behind
    two.repo.update_family(holm, notes="Skrevet på den anden computer")
    recent = one.repo.update_family(holm, name="Familien Holm-Jensen").changes[0]
    one.sync()
    cursor = two.state.cursor()
    high_water = two.repo.clock.high_water

    with pytest.raises(ClockWrong) as wrong:
        two.sync(now_ms=lambda: wall_ms() - HOUR_MS)
    # Its own edit reached the server; the page from "the future" was not applied.
    assert wrong.value.report is not None and wrong.value.report.pushed == 1
    assert two.state.pending_count() == 0
    assert not _vault_has(two, recent.change_id)
    assert two.state.cursor() == cursor
    assert two.repo.clock.high_water == high_water
    assert wrong.value.offset_ms < -55 * 60_000
    words = error_text(wrong.value)
    assert "behind" in words and "60 minutes" in words

    # The clock is put right: the same page is taken, nothing was lost.
    two.repo.clock = HybridClock(two.repo.clock.high_water)
    report = two.sync()
    assert report.in_sync and _vault_has(two, recent.change_id)
    assert two.repo.family(holm).name == "Familien Holm-Jensen"
    assert two.repo.family(holm).notes == "Skrevet på den anden computer"


def test_a_page_stamped_centuries_ahead_cannot_poison_the_clock(
    server: RunningServer, devices: Devices
) -> None:
    one, two, holm = _two_laptops(server, devices)
    future = one.repo.update_family(holm, name="Fremtiden").changes[0]
    one.sync()
    restamp_on_server(server, future.change_id, Hlc(YEAR_2999_MS, 0).encode())
    cursor = two.state.cursor()

    with pytest.raises(ClockWrong) as wrong:
        two.sync()
    assert not _vault_has(two, future.change_id)
    assert two.state.cursor() == cursor
    assert "973 years" in error_text(wrong.value)
    # Later local edits keep this computer's time, so the server accepts them.
    edit = two.repo.update_family(holm, notes="Ny note").changes[0]
    assert Hlc.decode(edit.hlc).ms <= wall_ms() + MAX_AHEAD_MS
    with pytest.raises(ClockWrong):
        two.sync()
    assert two.state.pending_count() == 0


def test_a_laptop_a_little_behind_takes_a_colleague_a_little_ahead(
    server: RunningServer, devices: Devices
) -> None:
    """Both within the tolerance of the server's clock, yet 5.5 minutes apart: the
    page the server rightly took is taken, and the later edit here still wins."""
    one, two, holm = _two_laptops(server, devices)

    def ahead() -> int:
        return wall_ms() + 210_000

    def behind() -> int:
        return wall_ms() - 120_000

    one.repo.clock = HybridClock(one.repo.clock.high_water, now=ahead)
    two.repo.clock = HybridClock(two.repo.clock.high_water, now=behind)
    one.repo.update_family(holm, name="Familien Holm-Jensen")
    one.sync(now_ms=ahead)

    two.sync(now_ms=behind)
    assert two.repo.family(holm).name == "Familien Holm-Jensen"
    two.repo.update_family(holm, name="Familien Jensen")
    assert two.sync(now_ms=behind).pushed == 1
    one.sync(now_ms=ahead)
    assert one.repo.family(holm).name == "Familien Jensen"


def test_stamps_at_the_servers_own_bound_cannot_stop_a_laptop_behind(
    server: RunningServer, devices: Devices
) -> None:
    """Anyone sharing a family may push stamps just inside the server's bound; a
    laptop within the tolerance behind the server must still take them."""
    one, two, holm = _two_laptops(server, devices)

    def edge() -> int:
        return wall_ms() + MAX_AHEAD_MS - 20_000

    def behind() -> int:
        return wall_ms() - 180_000

    one.repo.clock = HybridClock(one.repo.clock.high_water, now=edge)
    one.repo.update_family(holm, name="Kanten")
    # The engine's own clock check would refuse this laptop; the server does not.
    one.sync(now_ms=wall_ms)
    two.repo.clock = HybridClock(two.repo.clock.high_water, now=behind)
    two.sync(now_ms=behind)
    assert two.repo.family(holm).name == "Kanten"
