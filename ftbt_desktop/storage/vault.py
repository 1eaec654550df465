"""Open, unlock, lock, check, back up and restore the encrypted vault.

One SQLCipher database per coordinator profile, opened with a raw 256-bit
data key (SQLCipher's own KDF is skipped: the key already comes from Argon2id
through the header, see `keys.py`). Every page is encrypted with AES-256 and
authenticated with HMAC-SHA512, WAL and indexes included, so a flipped byte
is caught on read and by `check`.

The connection is shared between the UI thread and background workers, so
every use goes through `Vault.lock` (an RLock); `transaction()` takes it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlite_utils import Database

from ftbt_desktop.storage import integrity, keys, schema
from ftbt_desktop.storage.errors import (
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)

DB_NAME = "vault.db"
HEADER_NAME = "vault.keys"
BACKUP_DIR = "backups"
BACKUP_KEEP = 7
# Folders where a restore keeps the files it replaced (still encrypted).
REPLACED, DAMAGED = "replaced", "damaged"
ASIDE_PREFIXES = (REPLACED, DAMAGED)
SIDE_FILES = ("-wal", "-shm", "-journal")
# Page cache of the open vault, in KiB (SQLite's negative cache_size). The
# indexes on random ids (change id, entity id) are touched all over by every
# pulled page; with SQLCipher's default (2,000 pages) each page of a first sync
# re-read and re-decrypted most of them. 64 MiB holds the hot pages of a vault
# of ~100,000 changes: a new laptop's first sync went from 11.2 s to 5.4 s with
# larger pulled pages (bench/sync_bench.py). SQLite fills it only as it is used.
CACHE_KIB = 64 * 1024
# Owner only: the files are encrypted, but another account on a shared computer
# should not even get a copy to guess passphrases against.
PRIVATE_DIR = 0o700


@dataclass(frozen=True, slots=True)
class VaultPaths:
    data_dir: Path

    @property
    def db(self) -> Path:
        return self.data_dir / DB_NAME

    @property
    def header(self) -> Path:
        return self.data_dir / HEADER_NAME

    @property
    def backups(self) -> Path:
        return self.data_dir / BACKUP_DIR

    @property
    def header_copy(self) -> Path:
        return self.backups / HEADER_NAME


@dataclass(frozen=True, slots=True)
class NewRecoveryKey:
    """A recovery key made but not yet in force (see `Vault.adopt_recovery_key`)."""

    header: keys.KeyHeader
    text: str

    def __repr__(self) -> str:  # never the key in logs or tracebacks
        return "NewRecoveryKey(***)"


@dataclass(frozen=True, slots=True)
class CheckReport:
    affected: list[str]
    details: list[str]

    @property
    def ok(self) -> bool:
        return not self.affected


def vault_exists(data_dir: Path) -> bool:
    paths = VaultPaths(Path(data_dir))
    return paths.header.exists() or paths.db.exists()


class Vault:
    """An unlocked vault. Create with `create`, `open` or `open_with_recovery_key`."""

    # Keeps the change log's seal (storage/integrity.py); None until unlocked.
    sealer: integrity.Sealer | None = None

    def __init__(self, paths: VaultPaths, header: keys.KeyHeader, data_key: bytes) -> None:
        self.paths = paths
        self.header = header
        self._data_key: bytes | None = data_key
        self.lock = threading.RLock()
        self._conn: sqlcipher.Connection | None = _connect(paths.db, data_key)
        self.db = Database(self._conn)

    # -- opening -----------------------------------------------------------

    @classmethod
    def create(
        cls,
        data_dir: Path,
        passphrase: str,
        params: keys.KdfParams | None = None,
        recovery_key_confirmed: bool = True,
    ) -> tuple[Vault, str]:
        """A new empty vault and its recovery key, which the caller shows once.

        A caller that shows the key and asks whether it was stored passes
        `recovery_key_confirmed=False` and calls `confirm_recovery_key` on a yes;
        until then the header says so, from the first write on.
        """
        paths = VaultPaths(Path(data_dir))
        if vault_exists(paths.data_dir):
            raise VaultExists(str(paths.data_dir))
        paths.data_dir.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
        paths.backups.mkdir(mode=PRIVATE_DIR, exist_ok=True)
        header, data_key, recovery_key = keys.new_header(passphrase, params)
        header = replace(header, recovery_confirmed=recovery_key_confirmed)
        # SQLite gives the WAL and journal files the database file's mode.
        _create_private(paths.db)
        vault = cls(paths, header, data_key)
        try:
            vault._migrate()
            vault.sealer = integrity.open_sealer(vault.conn, data_key, paths.db)
        except Exception:
            vault.close(backup=False)
            raise
        # The header goes last: until it exists there is no vault to open.
        keys.write_header(paths.header, header)
        keys.write_header(paths.header_copy, header)
        return vault, recovery_key

    @classmethod
    def open(cls, data_dir: Path, passphrase: str, verify: bool = True) -> Vault:
        """Unlock with the passphrase. `verify` checks every page first (damage is
        then reported at unlock, not halfway through the coordinator's work)."""
        paths, header = _read_header(Path(data_dir))
        data_key = keys.unwrap_with_passphrase(header, passphrase)
        return cls._open_with_key(paths, header, data_key, verify)

    @classmethod
    def open_with_recovery_key(
        cls, data_dir: Path, recovery_key: str, verify: bool = True
    ) -> Vault:
        paths, header = _read_header(Path(data_dir))
        data_key = keys.unwrap_with_recovery_key(header, recovery_key)
        return cls._open_with_key(paths, header, data_key, verify)

    @classmethod
    def _open_with_key(
        cls, paths: VaultPaths, header: keys.KeyHeader, data_key: bytes, verify: bool
    ) -> Vault:
        if not paths.db.exists():
            raise VaultDamaged(["database file"], detail="missing")
        if _is_empty(paths.db):
            # SQLCipher would take an empty file for a new database and write to it.
            raise VaultDamaged(["database file"], detail="empty")
        try:
            vault = cls(paths, header, data_key)
        except sqlcipher.DatabaseError as exc:
            raise VaultDamaged(["database file"], detail=str(exc)) from None
        try:
            if verify:
                report = vault.check_pages()
                if not report.ok:
                    raise VaultDamaged(report.affected, detail="; ".join(report.details))
            vault._verify_schema()
            vault._migrate()
            vault.sealer = integrity.open_sealer(vault.conn, data_key, paths.db)
        except sqlcipher.DatabaseError as exc:
            vault.close(backup=False)
            raise VaultDamaged(["database file"], detail=str(exc)) from None
        except VaultDamaged:
            vault.close(backup=False)
            raise
        return vault

    # -- lifecycle ---------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def conn(self) -> sqlcipher.Connection:
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    def close(self, backup: bool = True) -> None:
        """Lock: back up if anything changed, close the connection, drop the key."""
        with self.lock:
            if self._conn is None:
                return
            if backup:
                with contextlib.suppress(sqlcipher.DatabaseError, OSError):
                    self.backup_if_changed()
            if self.sealer is not None:
                # At rest the seal file accepts exactly this state (storage/integrity.py).
                with contextlib.suppress(sqlcipher.DatabaseError, OSError):
                    self.sealer.settle(self._conn)
            with contextlib.suppress(sqlcipher.DatabaseError):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()
            self._conn = None
            self._data_key = None
            self.sealer = None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlcipher.Connection]:
        with self.lock:
            conn = self.conn
            conn.execute("BEGIN IMMEDIATE")
            sealer = self.sealer
            try:
                yield conn
                if sealer is not None:
                    sealer.before_commit(conn)
            except BaseException:
                conn.execute("ROLLBACK")
                if sealer is not None:
                    sealer.after_rollback()
                raise
            else:
                conn.execute("COMMIT")
                if sealer is not None:
                    sealer.after_commit()

    def log_rewritten(self) -> None:
        """Call inside a transaction that deletes or alters rows of the change log."""
        if self.sealer is not None:
            self.sealer.log_rewritten()

    def execute(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> list[Any]:
        with self.lock:
            return self.conn.execute(sql, params).fetchall()

    # -- meta --------------------------------------------------------------

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        rows = self.execute("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0][0] if rows else default

    def set_meta(self, key: str, value: str, conn: sqlcipher.Connection | None = None) -> None:
        sql = "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"
        if conn is not None:
            conn.execute(sql, (key, value))
        else:
            with self.transaction() as tx:
                tx.execute(sql, (key, value))

    # -- keys --------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str, params: keys.KdfParams | None = None) -> None:
        """Re-wrap the data key under a new passphrase; the data is not touched."""
        with self.lock:
            if self._data_key is None:
                raise VaultLocked()
            header = keys.rewrap_passphrase(self.header, self._data_key, new_passphrase, params)
            self._write_header(header)

    def new_recovery_key(self) -> NewRecoveryKey:
        """A new recovery key, not yet in force: show it, then `adopt_recovery_key`.

        The old key keeps working until the coordinator has said the new one is
        stored, so a lock or a crash while it is copied by hand loses nothing.
        """
        with self.lock:
            if self._data_key is None:
                raise VaultLocked()
            header, recovery_key = keys.rewrap_recovery(self.header, self._data_key)
            return NewRecoveryKey(header, recovery_key)

    def adopt_recovery_key(self, new: NewRecoveryKey) -> None:
        """Put a new recovery key in force: the old one no longer opens this vault.

        Every copy of the key file is rewritten (the one in backups/ and those
        kept aside by a restore), since each would open the data with the old key.
        A full-disk image taken before still opens with the old key, as with an
        old passphrase; only a new data key would change that.
        """
        with self.lock:
            if self._data_key is None:
                raise VaultLocked()
            header = replace(
                self.header,
                recovery_salt=new.header.recovery_salt,
                recovery_nonce=new.header.recovery_nonce,
                recovery_wrapped=new.header.recovery_wrapped,
                recovery_confirmed=True,
            )
            self._write_header(header)

    @property
    def recovery_key_unconfirmed(self) -> bool:
        """The recovery key shown at creation was never said to be stored."""
        return not self.header.recovery_confirmed

    def confirm_recovery_key(self) -> None:
        """The coordinator has the recovery key (said so, or has just used it)."""
        with self.lock:
            if not self.header.recovery_confirmed:
                self._write_header(replace(self.header, recovery_confirmed=True))

    def _write_header(self, header: keys.KeyHeader) -> None:
        keys.write_header(self.paths.header, header)
        # In force from here: a failure below must not leave the old one in memory.
        self.header = header
        keys.write_header(self.paths.header_copy, header)
        for prefix in ASIDE_PREFIXES:
            for aside in sorted(self.paths.data_dir.glob(f"{prefix}-*/{HEADER_NAME}")):
                keys.write_header(aside, header)

    # -- backups -----------------------------------------------------------

    def backup(self) -> Path:
        """An encrypted copy (same data key) into the rotating set; returns its path."""
        with self.lock:
            self.paths.backups.mkdir(mode=PRIVATE_DIR, exist_ok=True)
            stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
            target = self.paths.backups / f"vault-{stamp}.db"
            partial = target.with_suffix(".partial")
            partial.unlink(missing_ok=True)
            _create_private(partial)
            key_sql = f"x'{self._key_hex()}'"
            self.conn.execute(f'ATTACH DATABASE ? AS backup KEY "{key_sql}"', (str(partial),))
            try:
                self.conn.execute("SELECT sqlcipher_export('backup')")
            finally:
                self.conn.execute("DETACH DATABASE backup")
            partial.replace(target)
            keys.write_header(self.paths.header_copy, self.header)
            self.set_meta("last_backup_seq", str(self._last_seq()))
            self.set_meta("last_backup_at", dt.datetime.now(dt.UTC).isoformat())
            for old in list_backups(self.paths.data_dir)[BACKUP_KEEP:]:
                old.unlink(missing_ok=True)
            return target

    def backup_if_changed(self) -> Path | None:
        if self.get_meta("last_backup_seq") == str(self._last_seq()):
            return None
        return self.backup()

    def backup_if_due(self, max_age: dt.timedelta = dt.timedelta(days=1)) -> Path | None:
        last = self.get_meta("last_backup_at")
        if last and dt.datetime.now(dt.UTC) - dt.datetime.fromisoformat(last) < max_age:
            return None
        return self.backup_if_changed()

    def restore(self, backup: Path) -> Vault:
        """Put one of this vault's backups in place of the current data and reopen.

        For a coordinator who wants an earlier state back while unlocked: the
        open vault's key checks the backup, the current files are kept aside
        (never deleted) and this vault is closed; use the returned one.
        """
        with self.lock:
            data_key, header = self._key(), self.header
            if not check_database(Path(backup), data_key).ok:
                raise VaultDamaged(["backups"], detail="chosen backup damaged")
            self.close(backup=False)
            _put_in_place(self.paths, header, Path(backup), aside_prefix=REPLACED)
            _seal_restored(self.paths.db, data_key)
            return Vault._open_with_key(self.paths, header, data_key, verify=True)

    # -- checks ------------------------------------------------------------

    def check(self) -> CheckReport:
        """Verify every page's HMAC, SQLite's structure, the schema, and that the
        change log and the current state are the ones sealed (storage/integrity.py)."""
        with self.lock:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            report = check_database(self.paths.db, self._key())
            if report.ok:
                _add_problems(report, self.conn, self._key(), self.paths.db)
            return report

    def check_pages(self) -> CheckReport:
        """Every page's HMAC only (the unlock check; the seal is checked cheaply there)."""
        with self.lock:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return check_database(self.paths.db, self._key())

    # -- internals ---------------------------------------------------------

    def _key(self) -> bytes:
        if self._data_key is None:
            raise VaultLocked()
        return self._data_key

    def _key_hex(self) -> str:
        return self._key().hex()

    def _last_seq(self) -> int:
        rows = self.execute("SELECT coalesce(max(seq), 0) FROM changes")
        return int(rows[0][0])

    def _migrate(self) -> None:
        with self.lock:
            schema.migrations.apply(self.db)

    def _verify_schema(self) -> None:
        names = set(self.db.table_names())
        if "_sqlite_migrations" not in names:
            raise VaultDamaged(["schema version"])
        applied = {m.name for m in schema.migrations.applied(self.db)}
        unknown = applied - set(schema.known_migrations())
        if unknown:
            # A newer app wrote this vault; opening it with an older one could lose data.
            raise VaultDamaged(["schema version"], detail="newer vault")
        expected = {"meta", "changes", "state"}
        missing = expected - names
        if missing and applied:
            raise VaultDamaged([schema.TABLE_WORDS[t] for t in sorted(missing)])


def _connect(path: Path, data_key: bytes) -> sqlcipher.Connection:
    conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        # cipher_memory_security is left off (SQLCipher's default since 4.5): it
        # mlocks and wipes every SQLite allocation, which made encrypted writes
        # 2.5-10x slower than plain (bench/vault_bench.py), while the same personal
        # data sits in Python and Qt objects anyway. SQLCipher keeps the key
        # itself in its own locked, masked memory either way.
        # The first read proves the key and page 1; a failure here is damage,
        # since the key itself was authenticated by the header's GCM tag.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    except sqlcipher.DatabaseError:
        conn.close()
        raise
    return conn


def _create_private(path: Path) -> None:
    """An empty file only the owner may read (SQLite takes it for a new database)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, keys.PRIVATE_FILE))


def _is_empty(path: Path) -> bool:
    try:
        return path.stat().st_size == 0
    except FileNotFoundError:
        return False


def _read_header(data_dir: Path) -> tuple[VaultPaths, keys.KeyHeader]:
    paths = VaultPaths(data_dir)
    if not paths.header.exists():
        if paths.db.exists():
            raise VaultDamaged(["key file"], detail="missing")
        raise VaultNotFound(str(data_dir))
    return paths, keys.read_header(paths.header)


def check_database(path: Path, data_key: bytes) -> CheckReport:
    """Every page's HMAC; on a failure, each table read whole to name what is hit.

    Each table is read on a fresh connection: after one failed page SQLite
    treats the whole connection as corrupt, which would blame every table.
    """
    affected: list[str] = []
    details: list[str] = []
    if _is_empty(path):
        # Connecting would make it a new, empty database: damage must stay as found.
        return CheckReport(["database file"], ["empty"])
    try:
        conn = _connect(path, data_key)
    except sqlcipher.DatabaseError as exc:
        return CheckReport(["database file"], [str(exc)])
    try:
        failures = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
    except sqlcipher.DatabaseError as exc:
        failures = [str(exc)]
    finally:
        conn.close()
    details.extend(failures)
    if not failures:
        return CheckReport(affected, details)
    for table, words in schema.TABLE_WORDS.items():
        conn = _connect(path, data_key)
        try:
            conn.execute(f"SELECT * FROM {table}").fetchall()
        except sqlcipher.DatabaseError as exc:
            affected.append(words)
            details.append(f"{table}: {exc}")
        finally:
            conn.close()
    if not affected:
        affected.append("search indexes")
    return CheckReport(affected, details)


def _add_problems(
    report: CheckReport, conn: sqlcipher.Connection, data_key: bytes, db_path: Path
) -> None:
    """The seal's full check (storage/integrity.py) added to a page check's report."""
    if not {"changes", "state", "meta"} <= {
        row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }:
        return  # a vault never migrated: the schema check reports it
    for word, detail in integrity.verify_full(conn, integrity.seal_key(data_key), db_path):
        if word not in report.affected:
            report.affected.append(word)
        report.details.append(detail)


def _seal_restored(db_path: Path, data_key: bytes) -> None:
    """A restored copy is trusted as chosen: its seal replaces the one set aside."""
    conn = _connect(db_path, data_key)
    try:
        key = integrity.seal_key(data_key)
        integrity.seal_now(conn, key, db_path)
    finally:
        conn.close()


def list_backups(data_dir: Path) -> list[Path]:
    """Backups, newest first."""
    folder = VaultPaths(Path(data_dir)).backups
    if not folder.exists():
        return []
    return sorted(folder.glob("vault-*.db"), reverse=True)


def check_file(
    data_dir: Path, passphrase: str | None = None, recovery_key: str | None = None
) -> CheckReport:
    """Check a vault without opening it for work: the key file, then every page.

    Raises WrongPassphrase when the secret does not open the header.
    """
    paths = VaultPaths(Path(data_dir))
    if not paths.header.exists() and not paths.db.exists():
        raise VaultNotFound(str(data_dir))
    try:
        _, header = _read_header(paths.data_dir)
    except VaultDamaged as exc:
        return CheckReport(exc.affected, [exc.detail])
    data_key = _unwrap(header, passphrase, recovery_key)
    if not paths.db.exists():
        return CheckReport(["database file"], ["missing"])
    report = check_database(paths.db, data_key)
    if not report.ok:
        return report
    conn = _connect(paths.db, data_key)
    try:
        _add_problems(report, conn, data_key, paths.db)
        db = Database(conn)
        try:
            applied = {m.name for m in schema.migrations.applied(db)}
        except sqlcipher.DatabaseError:
            applied = set()
        # A vault from an older app lacks later migrations: that is an upgrade
        # (done at the next unlock), not damage. No schema record at all, or
        # migrations this app does not know, is.
        known = schema.known_migrations()
        unknown = applied - set(known)
        if (not applied or unknown or known[0] not in applied) and (
            "schema version" not in report.affected
        ):
            report.affected.append("schema version")
            report.details.append("unknown or missing schema: " + ", ".join(sorted(unknown)))
        return report
    finally:
        conn.close()


def restore_latest_backup(
    data_dir: Path, passphrase: str | None = None, recovery_key: str | None = None
) -> Path:
    """Replace a damaged vault by the newest backup that checks whole.

    The damaged files are kept aside (renamed, still encrypted), never deleted,
    so nothing that might still be rescued is lost. Returns the backup used.
    """
    paths = VaultPaths(Path(data_dir))
    try:
        _, header = _read_header(paths.data_dir)
    except VaultDamaged:
        header = keys.read_header(paths.header_copy)
    data_key = _unwrap(header, passphrase, recovery_key)
    for candidate in list_backups(paths.data_dir):
        if not check_database(candidate, data_key).ok:
            continue
        _put_in_place(paths, header, candidate, aside_prefix=DAMAGED)
        _seal_restored(paths.db, data_key)
        return candidate
    raise VaultDamaged(["backups"], detail="no whole backup")


def _put_in_place(
    paths: VaultPaths, header: keys.KeyHeader, backup: Path, aside_prefix: str
) -> None:
    """Move the current files aside (renamed, still encrypted) and copy `backup` in."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = paths.data_dir / f"{aside_prefix}-{stamp}"
    aside.mkdir(mode=PRIVATE_DIR, exist_ok=True)
    for suffix in ("", *SIDE_FILES):
        src = paths.db.with_name(paths.db.name + suffix)
        if src.exists():
            src.replace(aside / src.name)
    seal = integrity.sidecar_path(paths.db)
    if seal.exists():
        seal.replace(aside / seal.name)
    if paths.header.exists():
        shutil.copy2(paths.header, aside / paths.header.name)
    shutil.copy2(backup, paths.db)
    paths.db.chmod(keys.PRIVATE_FILE)
    keys.write_header(paths.header, header)


def _unwrap(header: keys.KeyHeader, passphrase: str | None, recovery_key: str | None) -> bytes:
    if recovery_key is not None:
        return keys.unwrap_with_recovery_key(header, recovery_key)
    if passphrase is None:
        raise WrongPassphrase()
    return keys.unwrap_with_passphrase(header, passphrase)
