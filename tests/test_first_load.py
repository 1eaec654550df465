"""A new laptop's first pull as a load (storage/first_load.py): the read-only indexes
are dropped while the history is written and built once at its end, however the pull
ends, and at the next unlock when the process died in the middle. Real SQLCipher
vaults, and a real server process for the sync."""

from __future__ import annotations

import gc
import marshal
import time
import tracemalloc
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest
import sqlcipher3.dbapi2 as sqlcipher

from ftbt_desktop.core.changes import Change, new_change_id
from ftbt_desktop.core.clock import Hlc
from ftbt_desktop.storage import first_load, keys
from ftbt_desktop.storage.demo import add_demo_families
from ftbt_desktop.storage.errors import VaultDamaged
from ftbt_desktop.storage.inbox import PageResult
from ftbt_desktop.storage.pulled import PulledChange, check_page
from ftbt_desktop.storage.repository import ChangeSet, Repository
from ftbt_desktop.storage.sync_account import CURSOR_META
from ftbt_desktop.storage.sync_state import BuildStopped, SyncState
from ftbt_desktop.storage.vault import CACHE_KIB, Vault
from ftbt_desktop.sync import engine as engine_module
from ftbt_desktop.sync.client import SyncClient
from ftbt_desktop.sync.engine import SyncEngine
from ftbt_desktop.sync.pull_helper import _ready_changes

pytest_plugins = ("server_fixtures", "sync_devices")

from server_fixtures import RunningServer  # noqa: E402
from sync_fault_helpers import (  # noqa: E402
    commits_counted,
    entities_written,
    history_on_two_laptops,
    same_families,
    told_entities,
)

if TYPE_CHECKING:
    from sync_devices import Device

    Devices = Callable[[str], Device]

PASSPHRASE = "first load passphrase"
PAGE = 10


def indexes(vault: Vault) -> dict[str, str]:
    """Every index of the changes and state tables: name → its definition."""
    rows = vault.conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name IN ('changes', 'state')"
    ).fetchall()
    return dict(rows)


def begin_load(vault: Vault) -> None:
    with vault.transaction() as conn:
        first_load.begin(conn)


@contextmanager
def unlocked(folder: Path) -> Iterator[Vault]:
    vault = Vault.open(folder, PASSPHRASE)
    try:
        yield vault
    finally:
        vault.close(backup=False)


def loading_engine(
    device: Device, monkeypatch: pytest.MonkeyPatch, total: int, span: int, **options: Any
) -> SyncEngine:
    """An engine whose first pull of `total` changes is a load, in spans of `span`
    (a load's own bound: LOAD_SPAN_CHANGES)."""
    monkeypatch.setattr(engine_module, "FIRST_LOAD_FROM", total)
    monkeypatch.setattr(engine_module, "APPLY_AT_ONCE", PAGE)
    monkeypatch.setattr(engine_module, "LOAD_SPAN_CHANGES", span)
    return device.engine(pull_page=PAGE, **options)


def before_each_batch(engine: SyncEngine, step: Callable[[], None]) -> None:
    """`step` runs before each batch of pages the engine applies."""
    real = engine.state.apply_pages

    def apply(pages: Any) -> Any:
        step()
        return real(pages)

    engine.state.apply_pages = apply  # type: ignore[method-assign]


@pytest.fixture
def new_vault(tmp_path: Path) -> Callable[[str], Vault]:
    made: list[Vault] = []

    def make(name: str) -> Vault:
        vault, _ = Vault.create(tmp_path / name, PASSPHRASE, keys.minimum_params())
        made.append(vault)
        return vault

    yield make  # type: ignore[misc]
    for vault in made:
        if vault.is_open:
            vault.close(backup=False)


# -- the storage alone ---------------------------------------------------------


def test_the_deferred_indexes_are_the_schemas_own(new_vault: Callable[[str], Vault]) -> None:
    fresh = indexes(new_vault("v"))
    for name, columns in first_load.DEFINITIONS.items():
        assert fresh[name] == f"CREATE INDEX {name} ON {columns}"


def test_a_load_drops_the_read_only_indexes_and_builds_the_same_again(
    new_vault: Callable[[str], Vault],
) -> None:
    vault = new_vault("v")
    fresh = indexes(vault)
    begin_load(vault)
    left = indexes(vault)
    assert not set(first_load.DEFERRED) & set(left)
    # What every write needs stays: a change is taken once by its id.
    assert set(left) == set(fresh) - set(first_load.DEFERRED)
    assert first_load.loading(vault.conn)
    with vault.transaction() as conn:
        assert first_load.finish(conn)
    assert indexes(vault) == fresh
    assert not first_load.loading(vault.conn)
    with vault.transaction() as conn:
        assert not first_load.finish(conn)  # nothing under way: nothing to do


def test_rows_written_before_and_during_a_load_are_all_indexed(
    new_vault: Callable[[str], Vault],
) -> None:
    vault = new_vault("v")
    repo = Repository(vault)
    add_demo_families(repo)  # as a vault made in the window holds before its first sync
    fresh = indexes(vault)
    begin_load(vault)
    repo.create_family("Hansen")  # the window writing between two spans
    with vault.transaction() as conn:
        first_load.finish(conn)
    assert indexes(vault) == fresh
    assert vault.check().ok  # SQLite's integrity_check: every index agrees with its table
    plan = vault.conn.execute(
        "EXPLAIN QUERY PLAN SELECT entity_id FROM state WHERE family_id = ? AND entity_type = ?",
        ("x", "member"),
    ).fetchall()
    assert "state_by_family" in str(plan)


class _CacheAtEachIndex:
    """A connection that notes its page cache size as each index is begun."""

    def __init__(self, conn: sqlcipher.Connection) -> None:
        self.conn = conn
        self.seen: list[int] = []

    def execute(self, sql: str, *args: Any) -> Any:
        if sql.startswith("CREATE INDEX"):
            self.seen.append(self.conn.execute("PRAGMA cache_size").fetchone()[0])
        return self.conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.conn, name)


@pytest.mark.parametrize("bound_offset", [0, -1])
def test_a_small_load_is_built_in_the_cache_it_was_written_with(
    new_vault: Callable[[str], Vault], monkeypatch: pytest.MonkeyPatch, bound_offset: int
) -> None:
    """Up to BUILD_IN_CACHE_UP_TO changes the pages just written are read from the cache;
    a larger load is built in a small one (its sort and the sync's cache would not fit
    beside each other in a laptop's memory), and either way the cache is as before."""
    vault = new_vault("v")
    _rows_for_a_build(vault)
    (held,) = vault.conn.execute("SELECT max(seq) FROM changes").fetchone()
    monkeypatch.setattr(first_load, "BUILD_IN_CACHE_UP_TO", held + bound_offset)
    fresh = indexes(vault)
    begin_load(vault)
    (before,) = vault.conn.execute("PRAGMA cache_size").fetchone()
    with vault.transaction() as conn:
        noted = _CacheAtEachIndex(conn)
        assert first_load.finish(noted)  # type: ignore[arg-type]
    small = -first_load.BUILD_CACHE_KIB
    assert noted.seen == [small if bound_offset < 0 else before] * len(first_load.DEFERRED)
    assert before != small
    assert indexes(vault) == fresh
    assert vault.conn.execute("PRAGMA cache_size").fetchone() == (before,)


def _rows_for_a_build(vault: Vault) -> Repository:
    repo = Repository(vault)
    for n in range(6):
        family_id = repo.create_family(f"Familie {n}").primary_id
        for m in range(8):
            repo.add_member(family_id, f"Barn {n}.{m}", "child", 2015)
    return repo


def test_a_build_asked_to_stop_keeps_nothing_and_the_next_one_builds(
    new_vault: Callable[[str], Vault], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A lock or Cancel that comes while the indexes are built stops the build; none of
    it is kept, not even the indexes done before it, and the load stays noted."""
    monkeypatch.setattr(first_load, "STOP_CHECK_STEPS", 20)
    # As a large load: the build's small page cache must not be left behind.
    monkeypatch.setattr(first_load, "BUILD_IN_CACHE_UP_TO", 0)
    vault = new_vault("v")
    repo = _rows_for_a_build(vault)
    fresh = indexes(vault)
    begin_load(vault)
    # How many times a whole build asks (the same rows ask as often each time).
    asked: list[int] = []

    def counting() -> bool:
        asked.append(1)
        return False

    with pytest.raises(RuntimeError), vault.transaction() as conn:
        first_load.finish(conn, counting)
        raise RuntimeError("not kept: only counted")
    whole = len(asked)
    assert whole > 3
    assert first_load.loading(vault.conn)
    # Stopped while the last index is built: the two before it are done by then.
    asked.clear()
    state = SyncState(repo)
    with pytest.raises(BuildStopped):
        state.finish_first_load(stop=lambda: counting() or len(asked) >= whole - 1)
    assert len(asked) >= whole - 1
    assert first_load.loading(vault.conn)
    assert not set(first_load.DEFERRED) & set(indexes(vault))
    assert not vault.conn.in_transaction
    assert vault.conn.execute("PRAGMA cache_size").fetchone() == (-CACHE_KIB,)
    assert vault.check().ok
    # Nothing is left asking: the window's next edit and the next build are not stopped.
    repo.create_family("Hansen")
    assert state.finish_first_load()
    assert indexes(vault) == fresh
    assert not first_load.loading(vault.conn)
    assert vault.check().ok


def test_what_the_check_of_a_build_raises_is_raised_and_nothing_is_kept(
    new_vault: Callable[[str], Vault], monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's binding drops an exception raised in the check; the build raises it."""
    monkeypatch.setattr(first_load, "STOP_CHECK_STEPS", 20)
    # As a large load: the build's small page cache must not be left behind.
    monkeypatch.setattr(first_load, "BUILD_IN_CACHE_UP_TO", 0)
    vault = new_vault("v")
    repo = _rows_for_a_build(vault)
    begin_load(vault)

    def broken() -> bool:
        raise LookupError("the check broke")

    with pytest.raises(LookupError, match="the check broke"):
        SyncState(repo).finish_first_load(stop=broken)
    assert first_load.loading(vault.conn)
    assert not set(first_load.DEFERRED) & set(indexes(vault))
    repo.create_family("Hansen")  # no check is left behind on the connection


def test_a_vault_holding_what_the_server_has_is_not_loaded_again(
    new_vault: Callable[[str], Vault],
) -> None:
    """Its cursor set back (another account, a rollback), the history comes back as
    duplicates that barely touch the indexes: building them would be all cost."""
    vault = new_vault("v")
    Repository(vault).create_family("Hansen")
    with vault.transaction() as conn:
        conn.execute("UPDATE changes SET pushed = 1")
    fresh = indexes(vault)
    with vault.transaction() as conn:
        assert not first_load.begin(conn)
    assert indexes(vault) == fresh
    assert not first_load.loading(vault.conn)


def test_a_load_begun_in_a_transaction_that_fails_leaves_nothing_dropped(
    new_vault: Callable[[str], Vault],
) -> None:
    vault = new_vault("v")
    fresh = indexes(vault)
    with pytest.raises(RuntimeError), vault.transaction() as conn:
        first_load.begin(conn)
        raise RuntimeError("the span failed")
    assert indexes(vault) == fresh
    assert not first_load.loading(vault.conn)


def test_the_unlock_after_a_cut_off_load_builds_the_indexes(
    new_vault: Callable[[str], Vault], tmp_path: Path
) -> None:
    vault = new_vault("v")
    fresh = indexes(vault)
    begin_load(vault)
    # Written during the load, without the indexes: the build must cover it.
    Repository(vault).create_family("Hansen")
    vault.close(backup=False)
    with unlocked(tmp_path / "v") as again:
        assert indexes(again) == fresh
        assert not first_load.loading(again.conn)
        assert again.check().ok
        assert [f.name for f in Repository(again).list_families()] == ["Hansen"]


def test_the_note_of_a_load_is_never_run_whatever_it_says(
    new_vault: Callable[[str], Vault], tmp_path: Path
) -> None:
    vault = new_vault("v")
    fresh = indexes(vault)
    begin_load(vault)
    vault.set_meta(first_load.LOADING_META, "CREATE INDEX sneaky ON changes (value)")
    vault.close(backup=False)
    with unlocked(tmp_path / "v") as again:
        assert indexes(again) == fresh


def test_an_unlock_whose_build_fails_opens_all_the_same(
    new_vault: Callable[[str], Vault], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = new_vault("v")
    Repository(vault).create_family("Hansen")
    begin_load(vault)
    vault.close(backup=False)

    def full(conn: Any) -> bool:
        raise sqlcipher.OperationalError("database or disk is full")

    monkeypatch.setattr(first_load, "finish", full)
    with unlocked(tmp_path / "v") as again:
        # Readable, only slower; the note stays for the next sync or unlock.
        assert [f.name for f in Repository(again).list_families()] == ["Hansen"]
        assert first_load.loading(again.conn)
    monkeypatch.undo()
    monkeypatch.setattr(first_load, "BUILD_IN_CACHE_UP_TO", 0)  # as a large load
    with unlocked(tmp_path / "v") as third:
        assert not first_load.loading(third.conn)
        assert set(first_load.DEFERRED) <= set(indexes(third))
        assert third.conn.execute("PRAGMA cache_size").fetchone() == (-CACHE_KIB,)


def test_an_unlock_whose_build_breaks_otherwise_is_not_hidden(
    new_vault: Callable[[str], Vault], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = new_vault("v")
    begin_load(vault)
    vault.close(backup=False)

    def broken(conn: Any) -> bool:
        raise sqlcipher.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(first_load, "finish", broken)
    with pytest.raises(VaultDamaged):
        Vault.open(tmp_path / "v", PASSPHRASE)


# -- the sync ------------------------------------------------------------------


def test_a_large_first_pull_is_a_load_and_ends_with_every_index(
    sqlite_server: RunningServer, devices: Devices, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second, total = history_on_two_laptops(sqlite_server, devices, families=4, members=6)
    # As a vault made in the window holds them; they never reach the server.
    add_demo_families(second.repo)
    fresh = indexes(second.vault)
    engine = loading_engine(second, monkeypatch, total, span=2 * PAGE)  # several spans
    monkeypatch.setattr(first_load, "BUILD_IN_CACHE_UP_TO", 0)  # as a large load
    during: list[tuple[bool, set[str]]] = []
    before_each_batch(
        engine,
        lambda: during.append((first_load.loading(second.vault.conn), set(indexes(second.vault)))),
    )
    phases: list[str] = []
    report = engine.sync(progress=lambda p: phases.append(p.phase))
    assert report.pulled == total
    assert len(during) >= 4
    for loading, present in during:
        assert loading
        assert not present & set(first_load.DEFERRED)
        # The family list reads by it after every batch: it stays.
        assert "state_by_type" in present
    assert indexes(second.vault) == fresh
    assert not first_load.loading(second.vault.conn)
    assert phases.index("index") > phases.index("pull")
    # The build's small page cache is not left behind.
    assert second.vault.conn.execute("PRAGMA cache_size").fetchone() == (-CACHE_KIB,)
    assert second.vault.check().ok
    same_families(first, second)


def test_a_loads_spans_are_bounded_by_their_own_longer_bound(
    sqlite_server: RunningServer, devices: Devices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each commit of a load rewrites the random-id index pages it touched, most of them
    past a few hundred thousand changes: a load commits by LOAD_SPAN_CHANGES, where any
    other pull commits by SPAN_CHANGES (and ends a span at once for the window)."""
    first, second, total = history_on_two_laptops(sqlite_server, devices, families=4, members=6)
    third = devices("laptop-3")
    third.login(sqlite_server.url, "anne")
    monkeypatch.setattr(engine_module, "SPAN_CHANGES", PAGE)
    monkeypatch.setattr(engine_module, "SPAN_WAIT_S", 5.0)  # pages come slowly here
    spans: dict[str, int] = {}
    for device, bound in ((second, total), (third, total + 1)):
        engine = loading_engine(device, monkeypatch, bound, span=6 * PAGE)
        real = engine.state.pull_span

        def counted(*args: Any, name: str = device.name, real: Any = real, **kwargs: Any) -> Any:
            spans[name] = spans.get(name, 0) + 1
            return real(*args, **kwargs)

        engine.state.pull_span = counted  # type: ignore[method-assign]
        with commits_counted(device.vault) as commits:
            assert engine.sync().pulled == total
        assert len(commits) >= spans[device.name]  # each span committed on its own
        same_families(first, device)
    assert spans["laptop-2"] == -(-total // (6 * PAGE))  # the load
    assert spans["laptop-3"] >= total // PAGE  # not a load: a span per page at least


def _spans_made(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Every span the engine's pulls make from now on."""
    made: list[Any] = []

    class Span(engine_module._Span):  # type: ignore[misc]
        __slots__ = ()

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr(engine_module, "_Span", Span)
    return made


def _bounds(spans: list[Any]) -> set[tuple[int, float]]:
    return {(span.changes_bound, span.seconds_bound) for span in spans}


def test_a_pull_the_vault_declines_as_a_load_keeps_the_everyday_bounds(
    sqlite_server: RunningServer, devices: Devices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A vault that holds the server's changes already (its cursor set back: signed in
    to another server, or again after a revoke) is not loaded: no index is dropped, the
    window shows it, and its spans are everyday ones."""
    first, _, total = history_on_two_laptops(sqlite_server, devices, families=4, members=6)
    first.vault.set_meta(CURSOR_META, "0")
    monkeypatch.setattr(engine_module, "SPAN_CHANGES", PAGE)
    engine = loading_engine(first, monkeypatch, total, span=6 * PAGE)
    spans = _spans_made(monkeypatch)
    assert engine.sync().in_sync
    assert not first.state.first_load_under_way()
    assert spans and _bounds(spans) == {(PAGE, engine_module.SPAN_S)}


def test_the_windows_load_keeps_the_everyday_bounds(
    sqlite_server: RunningServer, devices: Devices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edit made in the window waits for the span's commit (1.4 s for a load's
    200,000 changes): the window's sync keeps the everyday bounds. It is told once a
    span commits, of every entity written, never of the changes themselves."""
    first, second, total = history_on_two_laptops(sqlite_server, devices, families=4, members=6)
    monkeypatch.setattr(engine_module, "SPAN_CHANGES", PAGE)
    engine = loading_engine(second, monkeypatch, total, span=6 * PAGE)
    spans = _spans_made(monkeypatch)
    told: list[ChangeSet] = []
    report = engine.sync(applied=told.append)
    assert report.pulled == total
    assert spans and _bounds(spans) == {(PAGE, engine_module.SPAN_S)}
    assert len(told) == len([span for span in spans if span.pulled])
    assert told_entities(told) == entities_written(first)
    same_families(first, second)


MEMBER_FIELDS = (("name", "Navn Efternavnsen"), ("role", "child"), ("birth_year", 2015))


def _casework_page(entities: int, fields: int) -> list[PulledChange]:
    """A page shaped as casework comes: each entity's fields together."""
    ms = time.time_ns() // 1_000_000
    family_id = str(uuid.uuid4())
    pulled = []
    for number in range(entities * fields):
        entity_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{family_id}/{number // fields}"))
        field_name, value = MEMBER_FIELDS[number % fields % len(MEMBER_FIELDS)]
        change = Change(
            new_change_id(),
            "member",
            entity_id,
            str(uuid.UUID(family_id)),  # a text of its own per row, as decoded pages have
            field_name,
            value,
            Hlc(ms + number, 0).encode(),
            "device-" + str(uuid.uuid4()),
            "anne",
        )
        pulled.append(PulledChange(number, change))
    return pulled


def test_what_a_span_keeps_for_the_window_is_the_entities_written() -> None:
    """Per row, a small part of the `Change`s it kept before (about 1 KB each, a load's
    span 200 MB): an entity's fields come together, and the window asks only which
    entities changed. (Kept as changes, the row costs more than the changes alone.)"""
    pulled = _casework_page(entities=200, fields=3)
    frame = marshal.dumps([tuple(item) for item in check_page(pulled).ready])

    def kept_per_row(keep: Callable[[Any], Any]) -> float:
        gc.collect()
        tracemalloc.start()
        try:
            ready = _ready_changes(marshal.loads(frame))
            kept = keep(ready)
            del ready
            gc.collect()
            size = tracemalloc.get_traced_memory()[0]
        finally:
            tracemalloc.stop()
        del kept
        return size / len(pulled)

    def span_of(ready: Any) -> Any:
        span = engine_module._Span(keep_applied=True)
        span.add([PageResult(written=ready)])
        assert len(span.touched) == 200
        return span

    changes_alone = kept_per_row(lambda ready: [item.change for item in ready])
    # An entity of three fields: about a sixth (its tuple and three texts kept).
    assert kept_per_row(span_of) <= 0.25 * changes_alone


def test_a_first_pull_below_the_bound_keeps_its_indexes(
    sqlite_server: RunningServer, devices: Devices, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, second, total = history_on_two_laptops(sqlite_server, devices, families=2, members=3)
    engine = loading_engine(second, monkeypatch, total + 1, span=engine_module.LOAD_SPAN_CHANGES)
    seen: list[bool] = []
    before_each_batch(engine, lambda: seen.append("state_by_family" in indexes(second.vault)))
    phases: list[str] = []
    assert engine.sync(progress=lambda p: phases.append(p.phase)).pulled == total
    assert seen and all(seen)
    assert "index" not in phases


class DropsPull(httpx.BaseTransport):
    """The real server, until the n-th pull, which never arrives."""

    def __init__(self, nth: int) -> None:
        self.inner = httpx.HTTPTransport()
        self.nth = nth
        self.seen = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/sync/pull"):
            self.seen += 1
            if self.seen == self.nth:
                raise httpx.ConnectError("connection lost", request=request)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def test_a_load_cut_off_by_the_network_keeps_its_pages_and_builds_the_indexes(
    sqlite_server: RunningServer, devices: Devices, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second, total = history_on_two_laptops(sqlite_server, devices, families=4, members=6)
    fresh = indexes(second.vault)
    transport = DropsPull(nth=4)
    engine = loading_engine(
        second,
        monkeypatch,
        total,
        span=engine_module.LOAD_SPAN_CHANGES,
        client_factory=lambda url, token: SyncClient(url, token, transport=transport),
    )
    phases: list[str] = []
    with pytest.raises(Exception):  # noqa: B017 - whichever offline error the sync says
        engine.sync(progress=lambda p: phases.append(p.phase))
    assert "index" in phases  # a load was under way, and its indexes were built
    kept = second.repo.change_count()
    assert 0 < kept < total
    assert indexes(second.vault) == fresh
    assert not first_load.loading(second.vault.conn)
    assert second.vault.check().ok
    # The next sync is an ordinary one and brings the rest.
    assert second.sync().in_sync
    assert second.repo.change_count() == total
    same_families(first, second)


def test_a_cancelled_load_leaves_the_build_to_the_next_sync(
    sqlite_server: RunningServer, devices: Devices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A lock or the app quitting cancels the sync and waits for it: the build waits."""
    first, second, total = history_on_two_laptops(sqlite_server, devices, families=4, members=6)
    fresh = indexes(second.vault)
    engine = loading_engine(second, monkeypatch, total, span=PAGE)
    batches: list[int] = []

    def second_batch() -> None:
        batches.append(1)
        if len(batches) == 2:
            engine.cancel()  # taken as the batch is applied: the first one is kept

    before_each_batch(engine, second_batch)
    phases: list[str] = []
    report = engine.sync(progress=lambda p: phases.append(p.phase))
    assert not report.in_sync
    assert 0 < second.repo.change_count() < total
    assert "index" not in phases
    assert first_load.loading(second.vault.conn)
    assert not set(first_load.DEFERRED) & set(indexes(second.vault))
    # The next sync goes on from where this one stopped, and builds them at its end.
    assert second.sync().in_sync
    assert second.repo.change_count() == total
    assert indexes(second.vault) == fresh
    assert not first_load.loading(second.vault.conn)
    same_families(first, second)


def test_a_cancel_during_the_build_stops_it_and_the_next_sync_builds(
    sqlite_server: RunningServer, devices: Devices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A lock, the app quitting or Cancel once the build has begun does not wait for
    it: the sync stops, and the next one builds the indexes."""
    monkeypatch.setattr(first_load, "STOP_CHECK_STEPS", 20)
    first, second, total = history_on_two_laptops(sqlite_server, devices, families=4, members=6)
    fresh = indexes(second.vault)
    engine = loading_engine(second, monkeypatch, total, span=engine_module.LOAD_SPAN_CHANGES)
    phases: list[str] = []

    def progress(p: Any) -> None:
        phases.append(p.phase)
        if p.phase == "index":
            engine.cancel()  # as the status bar shows the build: it has begun

    report = engine.sync(progress=progress)
    assert report.pulled == total  # every page is kept
    assert "index" in phases
    # Ended as cancelled, as during the pages: not taken as synced.
    assert report.cancelled and not report.in_sync
    assert second.state.last_sync() is None
    assert first_load.loading(second.vault.conn)
    assert not set(first_load.DEFERRED) & set(indexes(second.vault))
    assert second.vault.check().ok
    assert second.sync().in_sync
    assert indexes(second.vault) == fresh
    assert not first_load.loading(second.vault.conn)
    same_families(first, second)


def test_ctrl_c_in_a_load_does_not_wait_for_the_build(
    sqlite_server: RunningServer, devices: Devices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`ftbt-desktop sync` stopped with Ctrl+C: the next pull or unlock builds them."""
    _, second, total = history_on_two_laptops(sqlite_server, devices, families=4, members=6)
    engine = loading_engine(second, monkeypatch, total, span=PAGE)
    batches: list[int] = []

    def third_batch() -> None:
        batches.append(1)
        if len(batches) == 3:
            raise KeyboardInterrupt

    before_each_batch(engine, third_batch)
    phases: list[str] = []
    with pytest.raises(KeyboardInterrupt):
        engine.sync(progress=lambda p: phases.append(p.phase))
    assert "index" not in phases
    assert first_load.loading(second.vault.conn)
    assert 0 < second.repo.change_count() < total


def test_ctrl_c_during_the_build_stops_the_command(
    sqlite_server: RunningServer, devices: Devices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+C while `ftbt-desktop sync` builds: Python raises it in the build's check,
    whose exception SQLite's binding drops; the command stops all the same."""
    monkeypatch.setattr(first_load, "STOP_CHECK_STEPS", 20)
    _, second, total = history_on_two_laptops(sqlite_server, devices, families=4, members=6)
    engine = loading_engine(second, monkeypatch, total, span=engine_module.LOAD_SPAN_CHANGES)
    building: list[str] = []
    pressed: list[int] = []
    real = engine.cancel_event.is_set

    def is_set() -> bool:
        if building and not pressed:
            pressed.append(1)
            raise KeyboardInterrupt  # where the signal handler runs: in the check
        return real()

    engine.cancel_event.is_set = is_set  # type: ignore[method-assign]
    with pytest.raises(KeyboardInterrupt):
        engine.sync(progress=lambda p: building.append(p.phase) if p.phase == "index" else None)
    assert pressed
    assert second.repo.change_count() == total
    assert first_load.loading(second.vault.conn)
    assert not set(first_load.DEFERRED) & set(indexes(second.vault))
    assert not second.vault.conn.in_transaction
    assert second.vault.check().ok
