"""The state table in arrival order (storage/schema.py m006): an older vault's state,
kept in key order, is moved over whole at unlock, and everything reads and merges as
before. Real SQLCipher vaults."""

from __future__ import annotations

from pathlib import Path

import pytest
from migration_helpers import statements_fail

from ftbt_desktop.storage import keys
from ftbt_desktop.storage.errors import VaultDamaged
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault

PASSPHRASE = "state layout passphrase"
ROWS = (
    "SELECT entity_id, field, entity_type, family_id, value, hlc, device_id, change_id FROM state"
)
# The state as m001 made it, before m006.
KEY_ORDER = """
    CREATE TABLE state (
        entity_id TEXT NOT NULL,
        field TEXT NOT NULL,
        entity_type TEXT NOT NULL,
        family_id TEXT NOT NULL,
        value TEXT NOT NULL,
        hlc TEXT NOT NULL,
        device_id TEXT NOT NULL,
        change_id TEXT NOT NULL,
        PRIMARY KEY (entity_id, field)
    ) WITHOUT ROWID
"""


def _state_sql(vault: Vault) -> str:
    row = vault.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'state'").fetchone()
    return str(row[0])


def _indexes(vault: Vault) -> dict[str, str]:
    rows = vault.conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'state'"
    ).fetchall()
    return dict(rows)


def _as_before_m006(vault: Vault) -> list[tuple[str, ...]]:
    """The vault as one made before m006 holds it: the same rows, kept in key order."""
    with vault.transaction() as conn:
        rows = conn.execute(ROWS).fetchall()
        conn.execute("DROP TABLE state")
        conn.execute(KEY_ORDER)
        conn.execute("CREATE INDEX state_by_family ON state (family_id, entity_type)")
        conn.execute("CREATE INDEX state_by_type ON state (entity_type, field)")
        conn.executemany(f"INSERT INTO state VALUES ({', '.join('?' * 8)})", rows)
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm006_state_in_arrival_order'")
    assert "WITHOUT ROWID" in _state_sql(vault)
    return rows


def test_an_older_vault_moves_its_state_over_whole(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    vault, _ = Vault.create(folder, PASSPHRASE, keys.minimum_params())
    new_indexes = _indexes(vault)
    assert "WITHOUT ROWID" not in _state_sql(vault)
    repo = Repository(vault)
    family_id = repo.create_family("Familien Holm").primary_id
    member_id = repo.add_member(family_id, "Sofie", "child", 2014).primary_id
    repo.update_member(member_id, name="Sofie Marie")
    rows = _as_before_m006(vault)
    vault.close(backup=False)

    vault = Vault.open(folder, PASSPHRASE)
    try:
        assert "WITHOUT ROWID" not in _state_sql(vault)
        assert sorted(vault.conn.execute(ROWS).fetchall()) == sorted(rows)
        assert _indexes(vault) == new_indexes
        assert vault.check().ok  # the state still agrees with the log, every index whole
        repo = Repository(vault)
        assert [m.name for m in repo.members(family_id)] == ["Sofie Marie"]
        # The merge rule's upsert finds the key: a later edit replaces, never duplicates.
        repo.update_member(member_id, name="Sofie")
        assert [m.name for m in repo.members(family_id)] == ["Sofie"]
        count = vault.conn.execute(
            "SELECT count(*) FROM state WHERE entity_id = ? AND field = 'name'",
            (member_id,),
        ).fetchone()
        assert count == (1,)
        assert vault.check().ok
    finally:
        vault.close(backup=False)


def test_an_older_vault_on_a_full_disk_opens_on_its_older_layout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The move only makes the vault faster: a full disk leaves it to a later unlock."""
    folder = tmp_path / "old"
    vault, _ = Vault.create(folder, PASSPHRASE, keys.minimum_params())
    repo = Repository(vault)
    family_id = repo.create_family("Familien Holm").primary_id
    member_id = repo.add_member(family_id, "Sofie", "child", 2014).primary_id
    rows = _as_before_m006(vault)
    vault.close(backup=False)
    statements_fail(monkeypatch, "state_in_arrival_order", "database or disk is full")
    vault = Vault.open(folder, PASSPHRASE)
    try:
        assert "WITHOUT ROWID" in _state_sql(vault)  # nothing of the move is left
        assert sorted(vault.conn.execute(ROWS).fetchall()) == sorted(rows)
        repo = Repository(vault)
        repo.update_member(member_id, name="Sofie Marie")  # writes as before
        assert [m.name for m in repo.members(family_id)] == ["Sofie Marie"]
        assert vault.check().ok
    finally:
        vault.close(backup=False)
    monkeypatch.undo()
    vault = Vault.open(folder, PASSPHRASE)  # room again: the next unlock moves it
    try:
        assert "WITHOUT ROWID" not in _state_sql(vault)
        assert [m.name for m in Repository(vault).members(family_id)] == ["Sofie Marie"]
        assert vault.check().ok
    finally:
        vault.close(backup=False)


def test_another_failure_of_the_move_is_not_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "old"
    vault, _ = Vault.create(folder, PASSPHRASE, keys.minimum_params())
    Repository(vault).create_family("Familien Holm")
    _as_before_m006(vault)
    vault.close(backup=False)
    statements_fail(monkeypatch, "state_in_arrival_order", "disk I/O error")
    monkeypatch.setattr("ftbt_desktop.storage.disk_space.LOW_SPACE_BYTES", 0)
    with pytest.raises(VaultDamaged):
        Vault.open(folder, PASSPHRASE)


def test_a_familys_entities_read_in_key_order_whatever_order_they_arrived_in(
    tmp_path: Path,
) -> None:
    """Equal names or dates sort the same on every laptop: the views' sorts are stable."""
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, keys.minimum_params())
    try:
        repo = Repository(vault)
        family_id = repo.create_family("Familien Holm").primary_id
        for n in range(12):
            repo.add_member(family_id, "Sofie", "child", 2014 + n % 2)
        arrived = [
            row[0]
            for row in vault.conn.execute(
                "SELECT entity_id FROM state WHERE entity_type = 'member' AND field = 'name' "
                "ORDER BY rowid"
            )
        ]
        assert arrived != sorted(arrived)  # 12 random ids: arrival order is not key order
        assert list(repo.entities(family_id, "member")) == sorted(arrived)
        for name in ("Familien Berg", "Familien Berg", "Familien Berg"):
            repo.create_family(name)
        ids = [f.id for f in repo.list_families() if f.name == "Familien Berg"]
        assert len(ids) == 3 and ids == sorted(ids)
    finally:
        vault.close(backup=False)
