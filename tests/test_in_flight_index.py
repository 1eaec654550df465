"""The index of local changes the server has not yet sent back (storage/schema.py m007):
every sync looks for them twice, and finds them without reading an index entry per
change the vault holds. Real SQLCipher vaults."""

from __future__ import annotations

from pathlib import Path

import pytest
from migration_helpers import statements_fail

from ftbt_desktop.core.changes import Change, new_change_id
from ftbt_desktop.core.clock import Hlc
from ftbt_desktop.storage import keys
from ftbt_desktop.storage.inbox import IN_FLIGHT, SERVER_ORIGIN, UNECHOED_SETTLE
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.sync_state import PulledChange, SyncState
from ftbt_desktop.storage.vault import Vault

PASSPHRASE = "in flight passphrase"
INDEX = "changes_in_flight"


def _plan(vault: Vault, sql: str) -> str:
    rows = vault.conn.execute(f"EXPLAIN QUERY PLAN {sql}", (SERVER_ORIGIN,)).fetchall()
    return " | ".join(str(row[3]) for row in rows)


def _entries(vault: Vault) -> int:
    """How many rows the index holds (its own b-tree, read through `INDEXED BY`)."""
    row = vault.conn.execute(
        f"SELECT count(*) FROM changes INDEXED BY {INDEX} WHERE server_seq IS NULL AND pushed >= -1"
    ).fetchone()
    return int(row[0])


def _pulled(family_id: str, count: int) -> list[PulledChange]:
    return [
        PulledChange(
            number,
            Change(
                change_id=new_change_id(),
                entity_type="family",
                entity_id=family_id,
                family_id=family_id,
                field="notes",
                value=f"note {number}",
                hlc=Hlc(10**12 + number, 0).encode(),
                device_id="other-device",
                user_id="bente",
            ),
        )
        for number in range(1, count + 1)
    ]


def test_both_looks_at_the_changes_in_flight_read_by_the_index(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, keys.minimum_params())
    try:
        for sql in (IN_FLIGHT, UNECHOED_SETTLE):
            assert f"USING INDEX {INDEX}" in _plan(vault, sql)
    finally:
        vault.close(backup=False)


def test_pulled_changes_never_enter_the_index_and_local_ones_leave_it_once_back(
    tmp_path: Path,
) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, keys.minimum_params())
    try:
        repo = Repository(vault)
        state = SyncState(repo)
        family_id = repo.create_family("Familien Holm").primary_id
        assert family_id
        made = repo.change_count()
        assert _entries(vault) == made  # made here, not yet back from the server
        # The lookups answer as the table does.
        in_flight = vault.conn.execute(IN_FLIGHT, (SERVER_ORIGIN,)).fetchall()
        assert len(in_flight) == made
        state.apply_page(_pulled(new_change_id(), 200), next_cursor=200)
        assert repo.change_count() == made + 200
        assert _entries(vault) == made  # none of the 200 pulled
        state.mark_pushed(c.change_id for c in repo.changes(family_id))
        state.settle_unechoed()
        assert _entries(vault) == 0
        assert vault.conn.execute(IN_FLIGHT, (SERVER_ORIGIN,)).fetchall() == []
        assert vault.check().ok
    finally:
        vault.close(backup=False)


def _as_before_m007(vault: Vault) -> None:
    with vault.transaction() as conn:
        conn.execute(f"DROP INDEX {INDEX}")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm007_changes_in_flight'")


def test_an_older_vault_gets_the_index_at_unlock_with_its_changes_in_flight(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "old"
    vault, _ = Vault.create(folder, PASSPHRASE, keys.minimum_params())
    repo = Repository(vault)
    family_id = repo.create_family("Familien Holm").primary_id
    assert family_id
    SyncState(repo).apply_page(_pulled(new_change_id(), 50), next_cursor=50)
    mine = repo.update_family(family_id, name="Familien Holm-Jensen").changes[0]
    _as_before_m007(vault)
    assert f"USING INDEX {INDEX}" not in _plan(vault, IN_FLIGHT)
    vault.close(backup=False)

    vault = Vault.open(folder, PASSPHRASE)
    try:
        assert f"USING INDEX {INDEX}" in _plan(vault, IN_FLIGHT)
        ids = [row[0] for row in vault.conn.execute(IN_FLIGHT, (SERVER_ORIGIN,))]
        assert mine.change_id in ids and len(ids) == _entries(vault)
        assert vault.check().ok
        # A pulled change over the unpushed local one is still a conflict.
        later = Hlc(Hlc.decode(mine.hlc).ms + 1000, 0).encode()
        theirs = _pulled(family_id, 1)[0].change
        theirs = PulledChange(51, Change(**{**theirs.to_dict(), "field": "name", "hlc": later}))
        assert SyncState(Repository(vault)).apply_page([theirs], next_cursor=51).conflicts == 1
    finally:
        vault.close(backup=False)


def test_an_older_vault_on_a_full_disk_opens_without_the_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index only makes syncs faster: a full disk leaves it to a later unlock."""
    folder = tmp_path / "old"
    vault, _ = Vault.create(folder, PASSPHRASE, keys.minimum_params())
    repo = Repository(vault)
    family_id = repo.create_family("Familien Holm").primary_id
    _as_before_m007(vault)
    vault.close(backup=False)
    statements_fail(monkeypatch, INDEX, "database or disk is full")
    vault = Vault.open(folder, PASSPHRASE)
    try:
        assert f"USING INDEX {INDEX}" not in _plan(vault, IN_FLIGHT)
        assert len(vault.conn.execute(IN_FLIGHT, (SERVER_ORIGIN,)).fetchall()) == (
            Repository(vault).change_count()
        )
        assert Repository(vault).family(family_id).name == "Familien Holm"
    finally:
        vault.close(backup=False)
    monkeypatch.undo()
    vault = Vault.open(folder, PASSPHRASE)
    try:
        assert f"USING INDEX {INDEX}" in _plan(vault, IN_FLIGHT)
    finally:
        vault.close(backup=False)
