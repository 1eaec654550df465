"""Vault files are written at 16 KiB pages (storage/vault.py's PAGE_SIZE); vaults and
backups made at SQCipher's default 4 KiB, before that, open, work and keep their data:
an open tries each size (PAGE_SIZES), and a re-key writes the vault anew at 16 KiB.

The 4 KiB files here are made as the app made them then: with PAGE_SIZES holding only
4096 (PAGE_SIZE too, for the backups and re-keys of that time)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from conftest import PASSPHRASE

from ftbt_desktop.storage import keys, rekey
from ftbt_desktop.storage import vault as vault_module
from ftbt_desktop.storage.errors import VaultDamaged
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import PAGE_SIZE, Vault, check_database, list_backups

OLD_PAGE = 4096


def page_size(path: Path, data_key: bytes, size: int) -> bool:
    """Whether the file's page 1 opens at `size` (and so the file is of that size)."""
    conn = sqlcipher.connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        conn.execute(f"PRAGMA cipher_page_size = {size}")
        conn.execute("PRAGMA query_only = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher.DatabaseError:
        return False
    finally:
        conn.close()


@pytest.fixture
def old_app(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """Until undone: the app as it was before 16 KiB pages."""
    monkeypatch.setattr(vault_module, "PAGE_SIZES", (OLD_PAGE,))
    monkeypatch.setattr(vault_module, "PAGE_SIZE", OLD_PAGE)
    monkeypatch.setattr(rekey, "PAGE_SIZE", OLD_PAGE)
    return monkeypatch


def old_vault(data_dir: Path, old_app: pytest.MonkeyPatch, families: int = 3) -> list[str]:
    """A vault of 4 KiB pages holding `families` families, closed; their names."""
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    repo = Repository(vault)
    names = [f"Familie {n}" for n in range(families)]
    for name in names:
        repo.create_family(name)
    assert vault._page_size() == OLD_PAGE
    vault.close(backup=False)
    old_app.undo()
    return names


def family_names(vault: Vault) -> list[str]:
    return sorted(f.name for f in Repository(vault).list_families())


def names_when_reopened(data_dir: Path) -> list[str]:
    """The family names of the vault in `data_dir`, unlocked anew (every page checked)."""
    vault = Vault.open(data_dir, PASSPHRASE)
    try:
        return family_names(vault)
    finally:
        vault.close(backup=False)


def test_a_new_vault_and_its_backups_are_written_at_16_kib(data_dir: Path) -> None:
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    try:
        Repository(vault).create_family("Hansen")
        key = vault._key()
        assert vault._page_size() == PAGE_SIZE == 16 * 1024
        backup = vault.backup()
        assert page_size(backup, key, PAGE_SIZE) and not page_size(backup, key, OLD_PAGE)
    finally:
        vault.close(backup=False)
    assert page_size(data_dir / "vault.db", key, PAGE_SIZE)
    reopened = Vault.open(data_dir, PASSPHRASE)
    try:
        assert family_names(reopened) == ["Hansen"]
        # The window's reads beside a write open at the vault's size.
        with reopened.transaction():
            assert reopened._read_aside("SELECT count(*) FROM state", ()) is not None
    finally:
        reopened.close(backup=False)


def test_a_vault_of_4_kib_pages_opens_and_works_as_before(
    data_dir: Path, old_app: pytest.MonkeyPatch
) -> None:
    names = old_vault(data_dir, old_app)
    vault = Vault.open(data_dir, PASSPHRASE)  # every page checked
    try:
        key = vault._key()
        assert vault._page_size() == OLD_PAGE
        assert family_names(vault) == names
        Repository(vault).create_family("Jensen")
        with vault.transaction():
            rows = vault._read_aside("SELECT count(*) FROM meta", ())
        assert rows is not None and rows[0][0] > 0
        assert check_database(vault.paths.db, key).ok
    finally:
        vault.close(backup=False)
    assert page_size(data_dir / "vault.db", key, OLD_PAGE)
    assert names_when_reopened(data_dir) == sorted([*names, "Jensen"])


def test_backups_of_either_size_are_checked_and_restored(
    data_dir: Path, old_app: pytest.MonkeyPatch
) -> None:
    names = old_vault(data_dir, old_app)
    # A backup the app made before 16 KiB pages, of the same vault.
    old_backup = data_dir / "backups" / "vault-20260101T000000000000Z.db"
    shutil.copyfile(data_dir / "vault.db", old_backup)
    vault = Vault.open(data_dir, PASSPHRASE)
    key = vault._key()
    new_backup = vault.backup()
    assert page_size(new_backup, key, PAGE_SIZE)
    Repository(vault).create_family("After the backups")
    assert check_database(old_backup, key, as_found=True).ok
    assert check_database(new_backup, key, as_found=True).ok
    assert set(list_backups(data_dir)) >= {old_backup, new_backup}
    restored = vault.restore(old_backup)
    try:
        assert family_names(restored) == names
    finally:
        restored.close(backup=False)
    vault = Vault.open(data_dir, PASSPHRASE)
    restored = vault.restore(new_backup)
    try:
        assert family_names(restored) == names
        assert restored._page_size() == PAGE_SIZE
    finally:
        restored.close(backup=False)


def test_a_rekey_writes_a_vault_of_4_kib_pages_anew_at_16_kib(
    data_dir: Path, old_app: pytest.MonkeyPatch
) -> None:
    names = old_vault(data_dir, old_app)
    vault = Vault.open(data_dir, PASSPHRASE)
    try:
        rekey.rekey(vault, PASSPHRASE, params=keys.minimum_params())
        assert vault._page_size() == PAGE_SIZE
        assert family_names(vault) == names
        key = vault._key()
    finally:
        vault.close(backup=False)
    assert page_size(data_dir / "vault.db", key, PAGE_SIZE)
    assert names_when_reopened(data_dir) == names


def test_a_vault_of_4_kib_pages_left_with_its_log_opens_whole(
    tmp_path: Path, data_dir: Path, old_app: pytest.MonkeyPatch
) -> None:
    """A laptop that died with committed pages still in the write-ahead log. The try at
    16 KiB must not open that log, let alone copy it back at the wrong size."""
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    repo = Repository(vault)
    for n in range(20):
        repo.create_family(f"Familie {n}")
    wal = data_dir / "vault.db-wal"
    assert wal.exists() and wal.stat().st_size > 0
    # As the files are when the process is killed: the log not copied back.
    copy = tmp_path / "died"
    shutil.copytree(data_dir, copy)
    vault.close(backup=False)
    old_app.undo()
    log_before = (copy / "vault.db-wal").read_bytes()
    file_before = (copy / "vault.db").read_bytes()
    key = keys.unwrap_with_passphrase(keys.read_header(copy / "vault.keys"), PASSPHRASE)
    with pytest.raises(sqlcipher.DatabaseError, match="not a database"):
        vault_module._opened(copy / "vault.db", key, PAGE_SIZE)
    assert (copy / "vault.db").read_bytes() == file_before
    assert (copy / "vault.db-wal").read_bytes() == log_before
    died = Vault.open(copy, PASSPHRASE)
    try:
        assert len(Repository(died).list_families()) == 20
        assert died._page_size() == OLD_PAGE
    finally:
        died.close(backup=False)


def test_a_page_1_that_opens_at_no_size_is_still_damage(data_dir: Path) -> None:
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    Repository(vault).create_family("Hansen")
    vault.close(backup=False)
    path = data_dir / "vault.db"
    data = bytearray(path.read_bytes())
    data[100] ^= 0xFF  # inside page 1, at either size
    path.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged):
        Vault.open(data_dir, PASSPHRASE)


def test_only_not_a_database_tries_the_next_size(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another error at the first size (a locked or unreadable file) is the answer: a
    try at 4 KiB would only hide it behind "not a database"."""
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    key = vault._key()
    vault.close(backup=False)
    tried: list[int] = []
    real_connect = sqlcipher.connect

    class Busy:
        def __init__(self, conn: sqlcipher.Connection) -> None:
            self.conn = conn

        def execute(self, sql: str, *args: object) -> object:
            if sql.startswith("PRAGMA cipher_page_size"):
                tried.append(int(sql.rsplit(" ", 1)[1]))
            if sql.startswith("SELECT count(*) FROM sqlite_master"):
                raise sqlcipher.OperationalError("database is locked")
            return self.conn.execute(sql, *args)

        def close(self) -> None:
            self.conn.close()

    monkeypatch.setattr(
        vault_module.sqlcipher, "connect", lambda *a, **k: Busy(real_connect(*a, **k))
    )
    with pytest.raises(sqlcipher.OperationalError, match="locked"):
        vault_module._opened(data_dir / "vault.db", key, None)
    assert tried == [PAGE_SIZE]
