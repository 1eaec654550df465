"""How a sync's pull runs, over a real vault and server:
- with a larger page cache and fewer copies of the write-ahead log into the vault file
  (Vault.bulk_writing): a supervisor's first sync of hundreds of thousands of changes
  re-read and re-decrypted the random-id indexes with the everyday 64 MiB, and copied
  most of them back after every commit. Both are back to every day afterwards, whether
  the sync ended well or not, and a log grown large is cut back;
- with what existed before it set aside from Python's cycle collector
  (engine.older_objects_frozen): full passes over the whole process held the
  interpreter, and so the window, for up to 125 ms. The collector stays on (each
  page's HTTP response is a cycle holding its body), and what was set aside is given
  back afterwards, however the pull ended."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pytest

from ftbt_desktop.storage.sync_state import PulledPage
from ftbt_desktop.storage.vault import (
    BULK_CACHE_KIB,
    CACHE_KIB,
    EVERYDAY_WAL_BYTES,
    PAGE_SIZE,
    Vault,
    bulk_wal_pages,
    everyday_wal_pages,
)
from ftbt_desktop.sync import engine as engine_module
from ftbt_desktop.sync.engine import older_objects_frozen
from ftbt_desktop.sync.errors import ServerTrouble

pytest_plugins = ("server_fixtures", "sync_devices")

from server_fixtures import RunningServer  # noqa: E402
from sync_fault_helpers import history_on_two_laptops, same_families  # noqa: E402

if TYPE_CHECKING:
    from sync_devices import Device

    Devices = Callable[[str], Device]


def _cache_kib(vault: Vault) -> int:
    # SQLite reports a size given in KiB as the negative number it was given.
    return -int(vault.execute("PRAGMA cache_size")[0][0])


def _wal_pages(vault: Vault) -> int:
    return int(vault.execute("PRAGMA wal_autocheckpoint")[0][0])


def _wal_bytes(vault: Vault) -> int:
    wal = vault.paths.db.with_name(vault.paths.db.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def _grow_log(vault: Vault, prefix: str, batches: int) -> None:
    """About 2.4 MB of meta rows per batch, each batch committed: the log passes the
    everyday 4 MB by the second batch unless it is copied back."""
    for batch in range(batches):
        with vault.transaction() as conn:
            conn.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?)",
                [(f"{prefix}-{batch}-{n}", "x" * 3000) for n in range(800)],
            )


# The log's everyday bound in pages, at a new vault's page size.
EVERYDAY = everyday_wal_pages(PAGE_SIZE)


def _batches_past_everyday(vault: Vault) -> int:
    """Enough of `_grow_log`'s batches to pass the everyday log size at its page size."""
    return EVERYDAY_WAL_BYTES // 2_400_000 + 2


def test_bulk_writing_is_larger_inside_and_the_everyday_one_after(vault: Vault) -> None:
    bulk = bulk_wal_pages(vault._page_size())
    assert BULK_CACHE_KIB > CACHE_KIB and bulk > EVERYDAY
    assert (_cache_kib(vault), _wal_pages(vault)) == (CACHE_KIB, EVERYDAY)
    with vault.bulk_writing():
        assert (_cache_kib(vault), _wal_pages(vault)) == (BULK_CACHE_KIB, bulk)
    assert (_cache_kib(vault), _wal_pages(vault)) == (CACHE_KIB, EVERYDAY)
    with pytest.raises(RuntimeError), vault.bulk_writing():
        raise RuntimeError("a sync that failed half way")
    assert (_cache_kib(vault), _wal_pages(vault)) == (CACHE_KIB, EVERYDAY)


def test_a_log_grown_during_bulk_writing_is_cut_back_after(vault: Vault) -> None:
    """Without the everyday copies the log grows past its everyday 4 MB; it must not keep
    that room on the laptop's disk once the pull is over."""
    batches = _batches_past_everyday(vault)
    with vault.bulk_writing():
        _grow_log(vault, "filler", batches=batches)
        grown = _wal_bytes(vault)
        assert grown > EVERYDAY_WAL_BYTES, "the log was copied back at every day's size"
    assert _wal_bytes(vault) == 0
    count = vault.execute("SELECT count(*) FROM meta WHERE key LIKE 'filler-%'")[0][0]
    assert count == 800 * batches


class _HeldCheckpoint:
    """The vault's connection, but a checkpoint waits until a read from another thread
    has been answered (or two seconds, when reads wait for the lock instead)."""

    def __init__(self, conn: Any, read_answered: threading.Event) -> None:
        self._conn = conn
        self._read_answered = read_answered
        self.read_during_checkpoint = False

    def execute(self, sql: str, *args: Any) -> Any:
        if "wal_checkpoint" in sql:
            self.read_during_checkpoint = self._read_answered.wait(2)
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def test_the_window_reads_aside_while_the_grown_log_is_cut_back(vault: Vault) -> None:
    """Cutting back up to 100 MiB of log holds the vault's lock; the window's reads
    waited for it (210 ms in a bench run) until they read aside meanwhile."""
    answered = threading.Event()
    rows: list[Any] = []
    batches = _batches_past_everyday(vault)
    with vault.bulk_writing():
        _grow_log(vault, "grow", batches)
        held = _HeldCheckpoint(vault._conn, answered)
        vault._conn = held  # type: ignore[assignment]

        def window_read() -> None:
            time.sleep(0.1)  # once the pull's end holds the lock
            rows.extend(vault.execute("SELECT count(*) FROM meta WHERE key LIKE 'grow-%'"))
            answered.set()

        reader = threading.Thread(target=window_read)
        reader.start()
    reader.join(5)
    vault._conn = held._conn
    assert held.read_during_checkpoint, "the read waited for the checkpoint"
    assert rows == [(800 * batches,)]


def test_a_sync_applies_its_pulled_pages_with_bulk_writing(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    first, second, total = history_on_two_laptops(sqlite_server, devices)
    engine = second.engine(pull_page=10)
    apply_pages = engine.state.apply_pages
    seen: list[tuple[int, int, bool]] = []

    def watched_apply(pages: list[PulledPage]) -> Any:
        vault = second.repo.vault
        frozen = gc.isenabled() and gc.get_freeze_count() > 0
        seen.append((_cache_kib(vault), _wal_pages(vault), frozen))
        return apply_pages(pages)

    engine.state.apply_pages = watched_apply  # type: ignore[method-assign]
    assert gc.isenabled()
    report = engine.sync()
    assert report.in_sync and report.pulled == total
    assert seen and set(seen) == {(BULK_CACHE_KIB, bulk_wal_pages(PAGE_SIZE), True)}
    assert _cache_kib(second.repo.vault) == CACHE_KIB
    assert _wal_pages(second.repo.vault) == EVERYDAY
    assert gc.isenabled() and gc.get_freeze_count() == 0
    same_families(first, second)


def test_a_pull_that_fails_half_way_leaves_the_collector_as_it_found_it(
    sqlite_server: RunningServer, devices: Devices, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, second, total = history_on_two_laptops(sqlite_server, devices)
    # A span per page, so the first is kept when the second fails (SPAN_WAIT_S would
    # put a pull this small into one span).
    monkeypatch.setattr(engine_module, "SPAN_CHANGES", 10)

    def failing_after_one(engine: Any) -> None:
        apply_pages = engine.state.apply_pages
        calls = [0]

        def apply(pages: list[PulledPage]) -> Any:
            calls[0] += 1
            if calls[0] > 1:
                raise ServerTrouble("a page the laptop cannot read")
            return apply_pages(pages)

        engine.state.apply_pages = apply

    engine = second.engine(pull_page=10)
    failing_after_one(engine)
    with pytest.raises(ServerTrouble):
        engine.sync()
    assert 0 < second.repo.change_count() < total
    assert gc.get_freeze_count() == 0
    assert _cache_kib(second.repo.vault) == CACHE_KIB
    assert _wal_pages(second.repo.vault) == EVERYDAY

    gc.freeze()  # set aside before the sync by someone else: theirs to give back
    try:
        assert second.engine(pull_page=10).sync().in_sync
        # Still set aside (objects freed meanwhile leave it, so the count may fall).
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_overlapping_pulls_give_back_what_they_set_aside_when_the_last_one_ends() -> None:
    """Two syncs in one process (the window's and a test's, or two laptops in a test)
    overlap without nesting. The first to end must not give back what the other still
    pulls under, and the last to end gives everything back: in CI a second pull that
    looked before the first gave back, and set aside after, left 600,000 objects set
    aside for good (test_server_operations' two serve processes, then this file)."""
    assert gc.get_freeze_count() == 0
    first, second = older_objects_frozen(), older_objects_frozen()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    try:
        assert gc.get_freeze_count() > 0, "the second pull runs on with the collector's passes"
    finally:
        second.__exit__(None, None, None)
    assert gc.get_freeze_count() == 0


def test_a_pull_that_starts_as_another_ends_leaves_nothing_set_aside() -> None:
    """The race CI met, driven on purpose: the first pull ends between the second's
    look at the collector and its setting aside."""
    assert gc.get_freeze_count() == 0
    first = older_objects_frozen()
    first.__enter__()
    looked = threading.Event()
    real_count = gc.get_freeze_count

    def count_then_let_the_first_end() -> int:
        seen = real_count()
        looked.set()
        time.sleep(0.05)  # the first pull ends here, if nothing holds it back
        return seen

    ender = threading.Thread(target=lambda: (looked.wait(1), first.__exit__(None, None, None)))
    ender.start()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(gc, "get_freeze_count", count_then_let_the_first_end)
        second = older_objects_frozen()
        second.__enter__()
    ender.join(5)
    second.__exit__(None, None, None)
    assert gc.get_freeze_count() == 0
