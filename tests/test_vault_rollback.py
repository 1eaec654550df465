"""Finding 4 of issue 11: an older page or file put back is found, not believed.

SQLCipher's page HMACs accept an older copy of a page of the same file, so
these tests put real older pages (and whole older files) back into a real
vault and ask `check` (and unlock) whether they notice.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from conftest import PASSPHRASE

from ftbt_desktop.storage import integrity, keys
from ftbt_desktop.storage.errors import VaultDamaged
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.sync_state import Account, SyncState
from ftbt_desktop.storage.vault import Vault, _connect, check_file

PAGE = 4096


def _data_key(data_dir: Path) -> bytes:
    header = keys.read_header(data_dir / "vault.keys")
    return keys.unwrap_with_passphrase(header, PASSPHRASE)


def _logical(db: Path, data_key: bytes) -> Any:
    """What the app would read: the log, the state, and the state through its indexes."""
    try:
        conn = _connect(db, data_key)
    except sqlcipher.DatabaseError as exc:
        return ("unreadable", str(exc))
    try:
        log = conn.execute("SELECT * FROM changes ORDER BY seq").fetchall()
        state = conn.execute("SELECT * FROM state ORDER BY entity_id, field").fetchall()
        by_family = []
        for (family_id,) in conn.execute("SELECT DISTINCT family_id FROM changes").fetchall():
            for kind in ("family", "member"):
                by_family.append(
                    sorted(
                        conn.execute(
                            "SELECT entity_id, field, value FROM state "
                            "WHERE family_id = ? AND entity_type = ?",
                            (family_id, kind),
                        ).fetchall()
                    )
                )
        history = conn.execute(
            "SELECT change_id FROM changes WHERE family_id IN "
            "(SELECT DISTINCT family_id FROM changes) ORDER BY family_id, hlc"
        ).fetchall()
        return (log, state, by_family, history)
    except sqlcipher.DatabaseError as exc:
        return ("unreadable", str(exc))
    finally:
        conn.close()


def _older_and_newer(data_dir: Path) -> tuple[bytes, bytes, list[str]]:
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    repo = Repository(vault)
    ids = []
    for i in range(25):
        fid = repo.create_family(f"Familien Nummer {i}", notes="gammel " * 40).primary_id
        repo.add_member(fid, f"Forælder {i}", "parent", 1980)
        ids.append(fid)
    vault.close(backup=False)
    older = (data_dir / "vault.db").read_bytes()
    vault = Vault.open(data_dir, PASSPHRASE)
    repo = Repository(vault)
    for i, fid in enumerate(ids):
        repo.update_family(fid, name=f"Familien Ny {i}", notes="ny " * 50)
        if i % 3 == 0:
            repo.add_member(fid, f"Barn {i}", "child", 2015)
    vault.close(backup=False)
    return older, (data_dir / "vault.db").read_bytes(), ids


def test_every_older_page_put_back_that_changes_the_data_is_found(data_dir: Path) -> None:
    older, newer, _ = _older_and_newer(data_dir)
    db = data_dir / "vault.db"
    data_key = _data_key(data_dir)
    truth = _logical(db, data_key)
    assert check_file(data_dir, PASSPHRASE).ok
    pages = min(len(older), len(newer)) // PAGE
    tried = changed = 0
    missed: list[int] = []
    for page in range(1, pages):  # page 0 holds the salt/header: SQLCipher checks it
        start = page * PAGE
        if older[start : start + PAGE] == newer[start : start + PAGE]:
            continue
        tried += 1
        db.write_bytes(newer[:start] + older[start : start + PAGE] + newer[start + PAGE :])
        for side in ("vault.db-wal", "vault.db-shm"):
            (data_dir / side).unlink(missing_ok=True)
        differs = _logical(db, data_key) != truth
        report = check_file(data_dir, PASSPHRASE)
        if differs:
            changed += 1
            if report.ok:
                missed.append(page)
    db.write_bytes(newer)
    assert tried >= 10
    assert changed >= 5
    assert missed == [], f"{len(missed)} of {changed} replayed pages passed the check"


def test_the_whole_database_put_back_is_found_at_unlock_and_check(data_dir: Path) -> None:
    older, _, _ = _older_and_newer(data_dir)
    (data_dir / "vault.db").write_bytes(older)
    report = check_file(data_dir, PASSPHRASE)
    assert not report.ok
    assert "change history" in report.affected
    with pytest.raises(VaultDamaged) as raised:
        Vault.open(data_dir, PASSPHRASE)
    assert raised.value.affected == ["change history"]


def test_the_seal_file_deleted_is_found(data_dir: Path) -> None:
    _older_and_newer(data_dir)
    (data_dir / integrity.SEAL_NAME).unlink()
    with pytest.raises(VaultDamaged):
        Vault.open(data_dir, PASSPHRASE)
    assert not check_file(data_dir, PASSPHRASE).ok


def test_the_seal_file_altered_is_found(data_dir: Path) -> None:
    _older_and_newer(data_dir)
    seal = data_dir / integrity.SEAL_NAME
    seal.write_text(seal.read_text().replace('"count":', '"count":1'))
    with pytest.raises(VaultDamaged):
        Vault.open(data_dir, PASSPHRASE)


def test_a_crash_between_seal_file_and_commit_is_not_tampering(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(integrity, "SIDECAR_EVERY_S", 0.0)  # the file written before each commit
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    repo = Repository(vault)
    repo.create_family("Familien Før")

    class Crash(Exception):
        pass

    assert vault.sealer is not None
    real = vault.sealer.before_commit

    def crash_after_seal(conn: sqlcipher.Connection) -> None:
        real(conn)
        raise Crash()  # the seal file already says "after"; the database never commits

    vault.sealer.before_commit = crash_after_seal  # type: ignore[method-assign]
    with pytest.raises(Crash):
        repo.create_family("Familien Aldrig")
    vault.close(backup=False)
    assert check_file(data_dir, PASSPHRASE).ok
    reopened = Vault.open(data_dir, PASSPHRASE)
    assert [f.name for f in Repository(reopened).list_families()] == ["Familien Før"]
    Repository(reopened).create_family("Familien Efter")
    reopened.close(backup=False)
    assert check_file(data_dir, PASSPHRASE).ok


def test_a_vault_from_the_previous_version_is_sealed_at_first_unlock(data_dir: Path) -> None:
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    fid = Repository(vault).create_family("Familien Gammel").primary_id
    vault.close(backup=False)
    # The previous version wrote neither the seal file nor the seal entry.
    (data_dir / integrity.SEAL_NAME).unlink()
    conn = _connect(data_dir / "vault.db", _data_key(data_dir))
    conn.execute("DELETE FROM meta WHERE key = ?", (integrity.META_KEY,))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    assert check_file(data_dir, PASSPHRASE).ok
    vault = Vault.open(data_dir, PASSPHRASE)
    assert (data_dir / integrity.SEAL_NAME).exists()
    assert Repository(vault).family(fid).name == "Familien Gammel"
    vault.close(backup=False)
    older = (data_dir / "vault.db").read_bytes()
    vault = Vault.open(data_dir, PASSPHRASE)
    for i in range(3):
        Repository(vault).update_family(fid, name=f"Familien Ny {i}")
    vault.close(backup=False)
    (data_dir / "vault.db").write_bytes(older)
    assert not check_file(data_dir, PASSPHRASE).ok


def test_state_altered_against_the_log_is_found(vault: Vault) -> None:
    repo = Repository(vault)
    fid = repo.create_family("Familien Rigtig").primary_id
    assert vault.check().ok
    vault.conn.execute(
        "UPDATE state SET value = ? WHERE entity_id = ? AND field = 'name'",
        ('"Familien Falsk"', fid),
    )
    report = vault.check()
    assert "current data" in report.affected


def test_purge_and_author_fix_up_keep_the_seal(vault: Vault) -> None:
    repo = Repository(vault)
    state = SyncState(repo)
    keep = repo.create_family("Familien Bliver").primary_id
    gone = repo.create_family("Familien Går").primary_id
    vault.conn.execute("UPDATE changes SET pushed = 1")
    assert vault.check().ok
    state.purge_family(gone)
    assert vault.check().ok
    state.save_account(Account(server_url="https://example.org", username="koordinator"))
    repo.update_family(keep, name="Familien Bliver Stadig")
    assert vault.check().ok
    vault.close(backup=False)
    reopened = Vault.open(vault.paths.data_dir, PASSPHRASE)
    assert reopened.check().ok
    reopened.close(backup=False)


def test_restoring_a_backup_seals_the_restored_copy(vault: Vault) -> None:
    repo = Repository(vault)
    fid = repo.create_family("Familien Backup").primary_id
    backup = vault.backup()
    repo.update_family(fid, name="Familien Senere")
    restored = vault.restore(backup)
    assert Repository(restored).family(fid).name == "Familien Backup"
    assert restored.check().ok
    restored.close(backup=False)
    shutil.rmtree(restored.paths.backups)


def _crash(vault: Vault) -> None:
    """The process dies: no lock, no settling of the seal file (SQLite recovers the WAL)."""
    assert vault._conn is not None
    vault._conn.close()
    vault._conn = None
    vault.sealer = None


def test_writes_after_the_seal_file_was_last_synced_survive_a_crash(data_dir: Path) -> None:
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    repo = Repository(vault)
    fid = repo.create_family("Familien Før").primary_id
    for i in range(5):
        repo.update_family(fid, notes=f"nummer {i}")
    _crash(vault)
    reopened = Vault.open(data_dir, PASSPHRASE)
    assert Repository(reopened).family(fid).notes == "nummer 4"
    assert reopened.check().ok
    reopened.close(backup=False)
    assert check_file(data_dir, PASSPHRASE).ok


def test_the_last_seal_slot_lost_or_torn_in_a_crash_is_not_tampering(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(integrity, "SIDECAR_EVERY_S", 0.0)  # a slot before every commit
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    repo = Repository(vault)
    fid = repo.create_family("Familien Før").primary_id
    repo.update_family(fid, notes="første")
    seal = data_dir / integrity.SEAL_NAME
    before = seal.read_bytes()
    repo.update_family(fid, notes="anden")
    after = seal.read_bytes()
    assert after != before
    _crash(vault)
    # The slot written before the commit never reached the disk; the commit did.
    seal.write_bytes(before)
    reopened = Vault.open(data_dir, PASSPHRASE)
    assert Repository(reopened).family(fid).notes == "anden"
    assert reopened.check().ok
    repo = Repository(reopened)
    before = seal.read_bytes()
    repo.update_family(fid, notes="tredje")
    after = bytearray(seal.read_bytes())
    _crash(reopened)
    # Or it tore halfway: the other slot, synced before, is read.
    changed = next(i for i in range(len(after)) if after[i] != before[i])
    after[changed] ^= 0x01
    seal.write_bytes(bytes(after))
    assert check_file(data_dir, PASSPHRASE).ok
    reopened = Vault.open(data_dir, PASSPHRASE)
    assert Repository(reopened).family(fid).notes == "tredje"
    reopened.close(backup=False)


def test_after_a_clean_lock_even_the_last_write_undone_is_found(data_dir: Path) -> None:
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    repo = Repository(vault)
    fid = repo.create_family("Familien Før").primary_id
    vault.close(backup=False)
    older = (data_dir / "vault.db").read_bytes()
    vault = Vault.open(data_dir, PASSPHRASE)
    Repository(vault).update_family(fid, notes="den sidste")
    vault.close(backup=False)
    (data_dir / "vault.db").write_bytes(older)
    with pytest.raises(VaultDamaged):
        Vault.open(data_dir, PASSPHRASE)


def test_reseal_leaves_a_vault_that_opens_and_checks(data_dir: Path) -> None:
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    fid = Repository(vault).create_family("Familien Nøgle").primary_id
    integrity.reseal(vault)  # what a re-key calls once the new data key is in force
    assert vault.check().ok
    Repository(vault).update_family(fid, notes="efter")
    vault.close(backup=False)
    reopened = Vault.open(data_dir, PASSPHRASE)
    assert reopened.check().ok
    reopened.close(backup=False)


def test_ftbt_desktop_check_reports_an_older_database_put_back(data_dir: Path) -> None:
    from clitools import run_cli, snapshot, use_language

    older, _, _ = _older_and_newer(data_dir)
    use_language(data_dir)
    whole = run_cli("check", "--data-dir", data_dir)
    assert whole.returncode == 0, whole.stderr
    assert "change history" in whole.stdout
    (data_dir / "vault.db").write_bytes(older)
    found = snapshot(data_dir)

    result = run_cli("check", "--data-dir", data_dir)

    assert result.returncode == 1
    assert snapshot(data_dir) == found  # reported, never repaired behind the user's back
    assert "The vault is damaged" in result.stderr
    assert "the change history" in result.stderr
