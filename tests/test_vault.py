from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from ftbt_desktop.storage import keys
from ftbt_desktop.storage.errors import (
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import (
    BACKUP_KEEP,
    Vault,
    check_file,
    list_backups,
    restore_latest_backup,
)

PAGE = 4096


def _fill(vault: Vault, families: int = 30) -> list[str]:
    repo = Repository(vault)
    ids = []
    for i in range(families):
        fid = repo.create_family(f"Familien Nummer {i}", notes="x" * 300).primary_id
        repo.add_member(fid, f"Forælder {i}", "parent", 1980)
        ids.append(fid)
    return ids


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x40
    path.write_bytes(bytes(data))


def test_create_open_and_refuse_a_second_create(data_dir: Path) -> None:
    vault, recovery = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    fid = Repository(vault).create_family("Familien Test").primary_id
    vault.close()
    reopened = Vault.open(data_dir, PASSPHRASE)
    assert Repository(reopened).family(fid).name == "Familien Test"
    reopened.close()
    with pytest.raises(VaultExists):
        Vault.create(data_dir, PASSPHRASE)
    assert len(recovery.replace("-", "")) == 32


def test_missing_vault_is_named(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "nothing", PASSPHRASE)


def test_wrong_passphrase_changes_nothing_on_disk(vault: Vault, data_dir: Path) -> None:
    _fill(vault, 3)
    vault.close()
    before = _digest(data_dir)
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, PASSPHRASE + "x")
    with pytest.raises(WrongPassphrase):
        check_file(data_dir, passphrase="forkert")
    assert _digest(data_dir) == before


def test_passphrase_change_keeps_data_and_retires_the_old_one(
    created_vault: tuple[Vault, str], data_dir: Path
) -> None:
    vault, recovery = created_vault
    ids = _fill(vault, 5)
    vault.change_passphrase("helt ny adgangssætning til boksen", keys.minimum_params())
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, PASSPHRASE)
    for opened in (
        Vault.open(data_dir, "helt ny adgangssætning til boksen"),
        Vault.open_with_recovery_key(data_dir, recovery),
    ):
        assert sorted(f.id for f in Repository(opened).list_families()) == sorted(ids)
        opened.close(backup=False)


def _key_files(data_dir: Path) -> list[Path]:
    return sorted(data_dir.rglob("vault.keys"))


def _opens(path: Path, recovery_key: str) -> bool:
    try:
        keys.unwrap_with_recovery_key(keys.read_header(path), recovery_key)
    except WrongPassphrase:
        return False
    return True


def test_a_new_recovery_key_is_in_force_only_once_adopted_and_then_everywhere(
    created_vault: tuple[Vault, str], data_dir: Path
) -> None:
    vault, old_key = created_vault
    ids = _fill(vault, 3)
    # A restore keeps the files it replaced aside, with a copy of the key file.
    vault = vault.restore(vault.backup())
    key_files = _key_files(data_dir)
    assert len(key_files) == 3  # the vault's, the copy in backups/, the one set aside

    new = vault.new_recovery_key()
    assert new.text != old_key and len(new.text.replace("-", "")) == 32
    assert new.text not in repr(new)
    # Shown, not yet in force: a lock or a crash now leaves the old key working.
    assert all(_opens(path, old_key) and not _opens(path, new.text) for path in key_files)

    vault.adopt_recovery_key(new)
    assert _key_files(data_dir) == key_files
    assert all(_opens(path, new.text) and not _opens(path, old_key) for path in key_files)
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open_with_recovery_key(data_dir, old_key)
    for opened in (
        Vault.open(data_dir, PASSPHRASE),
        Vault.open_with_recovery_key(data_dir, new.text),
    ):
        assert sorted(f.id for f in Repository(opened).list_families()) == sorted(ids)
        opened.close(backup=False)
    # The backups are under the same data key: the new recovery key restores them too.
    restore_latest_backup(data_dir, recovery_key=new.text)
    restored = Vault.open(data_dir, PASSPHRASE)
    assert sorted(f.id for f in Repository(restored).list_families()) == sorted(ids)
    restored.close(backup=False)


def test_a_recovery_key_not_said_to_be_stored_stays_so_through_a_restore(data_dir: Path) -> None:
    vault, key = Vault.create(
        data_dir, PASSPHRASE, keys.minimum_params(), recovery_key_confirmed=False
    )
    assert vault.recovery_key_unconfirmed
    _fill(vault, 1)
    backup = vault.backup()
    vault.close(backup=False)
    reopened = Vault.open(data_dir, PASSPHRASE)
    assert reopened.recovery_key_unconfirmed
    # Kept in the key file, not the data: a restored backup does not make it look stored.
    restored = reopened.restore(backup)
    assert restored.recovery_key_unconfirmed
    restored.confirm_recovery_key()
    restored.close(backup=False)
    assert all(keys.read_header(path).recovery_confirmed for path in _key_files(data_dir))
    again = Vault.open_with_recovery_key(data_dir, key)
    assert not again.recovery_key_unconfirmed
    again.close(backup=False)


def test_a_passphrase_change_rewrites_the_key_files_set_aside_too(
    created_vault: tuple[Vault, str], data_dir: Path
) -> None:
    vault, _ = created_vault
    _fill(vault, 1)
    vault = vault.restore(vault.backup())
    vault.change_passphrase("helt ny adgangssætning til boksen", keys.minimum_params())
    vault.close(backup=False)
    for path in _key_files(data_dir):
        with pytest.raises(WrongPassphrase):
            keys.unwrap_with_passphrase(keys.read_header(path), PASSPHRASE)
        keys.unwrap_with_passphrase(keys.read_header(path), "helt ny adgangssætning til boksen")


def test_a_flipped_data_page_is_found_and_named(vault: Vault, data_dir: Path) -> None:
    _fill(vault, 40)
    vault.close()
    db = data_dir / "vault.db"
    pages = db.stat().st_size // PAGE
    assert pages > 6
    _flip(db, PAGE * (pages - 2) + 500)
    report = check_file(data_dir, passphrase=PASSPHRASE)
    assert not report.ok
    assert set(report.affected) & {"change history", "current data", "search indexes"}
    with pytest.raises(VaultDamaged) as caught:
        Vault.open(data_dir, PASSPHRASE)
    assert caught.value.affected == report.affected


def test_a_flipped_first_page_is_damage_not_a_wrong_passphrase(
    vault: Vault, data_dir: Path
) -> None:
    _fill(vault, 2)
    vault.close()
    _flip(data_dir / "vault.db", 100)
    with pytest.raises(VaultDamaged) as caught:
        Vault.open(data_dir, PASSPHRASE)
    assert caught.value.affected == ["database file"]


def test_a_flipped_key_file_byte_is_damage(vault: Vault, data_dir: Path) -> None:
    vault.close()
    _flip(data_dir / "vault.keys", 40)
    with pytest.raises(VaultDamaged) as caught:
        Vault.open(data_dir, PASSPHRASE)
    assert caught.value.affected == ["key file"]
    assert check_file(data_dir, passphrase=PASSPHRASE).affected == ["key file"]


def test_restore_brings_back_the_latest_good_backup(vault: Vault, data_dir: Path) -> None:
    ids = _fill(vault, 10)
    vault.backup()
    Repository(vault).create_family("Efter backup")
    vault.close(backup=False)
    db = data_dir / "vault.db"
    _flip(db, db.stat().st_size - PAGE + 10)
    _flip(data_dir / "vault.keys", 30)
    used = restore_latest_backup(data_dir, passphrase=PASSPHRASE)
    assert used in list_backups(data_dir)
    restored = Vault.open(data_dir, PASSPHRASE)
    assert sorted(f.id for f in Repository(restored).list_families()) == sorted(ids)
    restored.close(backup=False)
    # The damaged files are kept aside, not destroyed.
    aside = list(data_dir.glob("damaged-*"))
    assert aside and (aside[0] / "vault.db").exists()


def test_backups_rotate_and_skip_when_nothing_changed(vault: Vault, data_dir: Path) -> None:
    repo = Repository(vault)
    for i in range(BACKUP_KEEP + 3):
        repo.create_family(f"Familie {i}")
        assert vault.backup_if_changed() is not None
    assert vault.backup_if_changed() is None
    assert len(list_backups(data_dir)) == BACKUP_KEEP
    newest = list_backups(data_dir)[0]
    assert check_file(data_dir, passphrase=PASSPHRASE).ok
    assert newest.stat().st_size > 0


def test_close_backs_up_and_drops_the_key(vault: Vault, data_dir: Path) -> None:
    Repository(vault).create_family("Familien Lås")
    vault.close()
    assert list_backups(data_dir)
    assert not vault.is_open
    with pytest.raises(VaultLocked):
        vault.execute("SELECT 1")


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])


DAMAGE: dict[str, tuple[Callable[[Path], None], str]] = {
    "flipped data page": (
        lambda d: _flip(d / "vault.db", PAGE * (os.path.getsize(d / "vault.db") // PAGE - 2) + 9),
        "",  # which tables are hit depends on the page
    ),
    "flipped first page": (lambda d: _flip(d / "vault.db", 100), "database file"),
    "empty database file": (lambda d: (d / "vault.db").write_bytes(b""), "database file"),
    "truncated database file": (lambda d: _truncate(d / "vault.db"), "database file"),
    "flipped key file": (lambda d: _flip(d / "vault.keys", 40), "key file"),
    "garbage key file": (lambda d: (d / "vault.keys").write_bytes(os.urandom(300)), "key file"),
    "empty key file": (lambda d: (d / "vault.keys").write_bytes(b""), "key file"),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_damage_is_named_left_as_found_and_a_backup_restores(
    data_dir: Path, vault: Vault, damage: str
) -> None:
    """Checking or opening a damaged vault names what is hit, changes no file, and the
    latest good backup still restores."""
    repo = Repository(vault)
    for n in range(40):
        repo.create_family(f"Familien Nummer {n}", notes="x" * 300)
    vault.backup()
    vault.close(backup=False)
    hurt, expected = DAMAGE[damage]
    hurt(data_dir)
    found = _digest(data_dir)

    report = check_file(data_dir, passphrase=PASSPHRASE)
    assert not report.ok
    with pytest.raises(VaultDamaged) as caught:
        Vault.open(data_dir, PASSPHRASE)
    if expected:
        assert report.affected == [expected]
        assert caught.value.affected == [expected]
    assert _digest(data_dir) == found, "checking or opening changed the damaged files"

    restore_latest_backup(data_dir, passphrase=PASSPHRASE)
    opened = Vault.open(data_dir, PASSPHRASE)
    try:
        assert len(Repository(opened).list_families()) == 40
    finally:
        opened.close(backup=False)
