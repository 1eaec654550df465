"""A new laptop's first pull as a load (storage/first_load.py): the read-only indexes
are dropped while the history is written and built once at its end, however the pull
ends, and at the next unlock when the process died in the middle. Real SQLCipher
vaults, and a real server process for the sync."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from ftbt_desktop.storage import first_load, keys
from ftbt_desktop.storage.errors import VaultDamaged
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.sync import engine as engine_module
from ftbt_desktop.sync.client import SyncClient

pytest_plugins = ("server_fixtures", "sync_devices")

from server_fixtures import RunningServer  # noqa: E402
from sync_fault_helpers import history_on_two_laptops, same_families  # noqa: E402

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


def test_a_load_drops_the_read_only_indexes_and_builds_the_same_again(
    new_vault: Callable[[str], Vault],
) -> None:
    vault = new_vault("v")
    fresh = indexes(vault)
    assert set(first_load.DEFERRED) <= set(fresh)
    with vault.transaction() as conn:
        assert first_load.begin(conn)
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


def test_a_vault_holding_work_is_never_loaded(new_vault: Callable[[str], Vault]) -> None:
    vault = new_vault("v")
    Repository(vault).create_family("Hansen")
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
    with vault.transaction() as conn:
        first_load.begin(conn)
    # Written during the load, without the indexes: the build must cover it.
    Repository(vault).create_family("Hansen")
    vault.close(backup=False)
    again = Vault.open(tmp_path / "v", PASSPHRASE)
    try:
        assert indexes(again) == fresh
        assert not first_load.loading(again.conn)
        assert again.check().ok
        assert [f.name for f in Repository(again).list_families()] == ["Hansen"]
    finally:
        again.close(backup=False)


@pytest.mark.parametrize(
    "record",
    [
        [
            [
                "changes_by_family",
                "CREATE INDEX changes_by_family ON changes (family_id); DROP TABLE state",
            ]
        ],
        [["changes_by_family", "DROP TABLE state"]],
        [["sneaky", "CREATE INDEX sneaky ON changes (family_id)"]],
        [["changes_by_family", "CREATE INDEX other ON changes (family_id)"]],
        {"not": "a list"},
    ],
    ids=["statement after", "not an index", "not ours", "named otherwise", "not a list"],
)
def test_a_load_record_written_by_hand_is_damage_and_never_run(
    new_vault: Callable[[str], Vault], tmp_path: Path, record: Any
) -> None:
    vault = new_vault("v")
    with vault.transaction() as conn:
        first_load.begin(conn)
    vault.set_meta(first_load.LOADING_META, json.dumps(record))
    with vault.transaction() as conn, pytest.raises(first_load.LoadRecordDamaged):
        first_load.finish(conn)
    assert vault.conn.execute("SELECT count(*) FROM state").fetchone() == (0,)
    vault.close(backup=False)
    with pytest.raises(VaultDamaged) as raised:
        Vault.open(tmp_path / "v", PASSPHRASE)
    assert raised.value.affected == ["search indexes"]


# -- the sync ------------------------------------------------------------------


def test_a_large_first_pull_is_a_load_and_ends_with_every_index(
    sqlite_server: RunningServer, devices: Devices, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second, total = history_on_two_laptops(sqlite_server, devices, families=4, members=6)
    fresh = indexes(second.vault)
    monkeypatch.setattr(engine_module, "FIRST_LOAD_FROM", total)
    monkeypatch.setattr(engine_module, "APPLY_AT_ONCE", PAGE)
    monkeypatch.setattr(engine_module, "SPAN_CHANGES", 2 * PAGE)  # several spans
    engine = second.engine(pull_page=PAGE)
    during: list[tuple[bool, bool]] = []
    real = engine.state.apply_pages

    def apply(pages: Any) -> Any:
        during.append(
            (first_load.loading(second.vault.conn), "state_by_type" in indexes(second.vault))
        )
        return real(pages)

    engine.state.apply_pages = apply  # type: ignore[method-assign]
    phases: list[str] = []
    report = engine.sync(progress=lambda p: phases.append(p.phase))
    assert report.in_sync and report.pulled == total
    assert len(during) >= 4
    assert all(loading and not indexed for loading, indexed in during), during
    assert indexes(second.vault) == fresh
    assert not first_load.loading(second.vault.conn)
    assert phases.index("index") > phases.index("pull")
    assert second.vault.check().ok
    same_families(first, second)


def test_a_first_pull_below_the_bound_keeps_its_indexes(
    sqlite_server: RunningServer, devices: Devices, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, second, total = history_on_two_laptops(sqlite_server, devices, families=2, members=3)
    monkeypatch.setattr(engine_module, "FIRST_LOAD_FROM", total + 1)
    engine = second.engine(pull_page=PAGE)
    seen: list[bool] = []
    real = engine.state.apply_pages

    def apply(pages: Any) -> Any:
        seen.append("state_by_type" in indexes(second.vault))
        return real(pages)

    engine.state.apply_pages = apply  # type: ignore[method-assign]
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
    monkeypatch.setattr(engine_module, "FIRST_LOAD_FROM", total)
    monkeypatch.setattr(engine_module, "APPLY_AT_ONCE", PAGE)
    transport = DropsPull(nth=4)
    engine = second.engine(
        pull_page=PAGE,
        client_factory=lambda url, token: SyncClient(url, token, transport=transport),
    )
    with pytest.raises(Exception):  # noqa: B017 - whichever offline error the sync says
        engine.sync()
    kept = second.repo.change_count()
    assert 0 < kept < total
    assert indexes(second.vault) == fresh
    assert not first_load.loading(second.vault.conn)
    assert second.vault.check().ok
    # The next sync is an ordinary one and brings the rest.
    assert second.sync().in_sync
    assert second.repo.change_count() == total
    same_families(first, second)


def test_a_cancelled_load_builds_the_indexes(
    sqlite_server: RunningServer, devices: Devices, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, second, total = history_on_two_laptops(sqlite_server, devices, families=4, members=6)
    fresh = indexes(second.vault)
    monkeypatch.setattr(engine_module, "FIRST_LOAD_FROM", total)
    monkeypatch.setattr(engine_module, "APPLY_AT_ONCE", PAGE)
    monkeypatch.setattr(engine_module, "SPAN_CHANGES", PAGE)
    engine = second.engine(pull_page=PAGE)
    real = engine.state.apply_pages

    def apply(pages: Any) -> Any:
        done = real(pages)
        engine.cancel()  # after the first batch
        return done

    engine.state.apply_pages = apply  # type: ignore[method-assign]
    report = engine.sync()
    assert not report.in_sync
    assert 0 < second.repo.change_count() < total
    assert indexes(second.vault) == fresh
    assert not first_load.loading(second.vault.conn)
