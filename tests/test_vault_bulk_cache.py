"""A sync's pull writes with a larger page cache (Vault.bulk_cache): a supervisor's
first sync of hundreds of thousands of changes re-read and re-decrypted the random-id
indexes with the everyday 64 MiB. The cache is back to the everyday size afterwards,
whether the sync ended well or not, so the pages above it are given back."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pytest

from ftbt_desktop.storage.sync_state import PulledPage
from ftbt_desktop.storage.vault import BULK_CACHE_KIB, CACHE_KIB, Vault

pytest_plugins = ("server_fixtures", "sync_devices")

from server_fixtures import RunningServer  # noqa: E402
from sync_fault_helpers import history_on_two_laptops, same_families  # noqa: E402

if TYPE_CHECKING:
    from sync_devices import Device

    Devices = Callable[[str], Device]


def _cache_kib(vault: Vault) -> int:
    # SQLite reports a size given in KiB as the negative number it was given.
    return -int(vault.execute("PRAGMA cache_size")[0][0])


def test_the_bulk_cache_is_larger_inside_and_the_everyday_one_after(vault: Vault) -> None:
    assert BULK_CACHE_KIB > CACHE_KIB
    assert _cache_kib(vault) == CACHE_KIB
    with vault.bulk_cache():
        assert _cache_kib(vault) == BULK_CACHE_KIB
    assert _cache_kib(vault) == CACHE_KIB
    with pytest.raises(RuntimeError), vault.bulk_cache():
        raise RuntimeError("a sync that failed half way")
    assert _cache_kib(vault) == CACHE_KIB


def test_a_sync_applies_its_pulled_pages_with_the_bulk_cache(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    first, second, total = history_on_two_laptops(sqlite_server, devices)
    engine = second.engine(pull_page=10)
    apply_pages = engine.state.apply_pages
    seen: list[int] = []

    def watched_apply(pages: list[PulledPage]) -> Any:
        seen.append(_cache_kib(second.repo.vault))
        return apply_pages(pages)

    engine.state.apply_pages = watched_apply  # type: ignore[method-assign]
    report = engine.sync()
    assert report.in_sync and report.pulled == total
    assert seen and set(seen) == {BULK_CACHE_KIB}
    assert _cache_kib(second.repo.vault) == CACHE_KIB
    same_families(first, second)
