"""Open, unlock, lock, check, back up and restore the encrypted vault.

One SQLCipher database per coordinator profile, opened with a raw 256-bit
data key (SQLCipher's own KDF is skipped: the key already comes from Argon2id
through the header, see `keys.py`). Every page is encrypted with AES-256 and
authenticated with HMAC-SHA512, WAL and indexes included, so a flipped byte
is caught on read and by `check`.

The connection is shared between the UI thread and background workers, so
every use goes through `Vault.lock` (a re-entrant lock that knows when it is
waited for, storage/waited_lock.py); `transaction()` takes it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlite_utils import Database

from ftbt_desktop.core.clock import MAX_AHEAD_MS, SERVER_SKEW_MS, Hlc, is_canonical, wall_ms
from ftbt_desktop.storage import first_load, folder_lock, integrity, key_match, keys, schema
from ftbt_desktop.storage.disk_space import is_disk_full
from ftbt_desktop.storage.errors import (
    DiskFull,
    ForeignKeyFile,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from ftbt_desktop.storage.folder_modes import make_private
from ftbt_desktop.storage.rekey_finish import recover
from ftbt_desktop.storage.vault_files import (
    ASIDE_PREFIXES,
    DAMAGED,
    DB_NAME,
    HEADER_NAME,
    PRIVATE_DIR,
    REPLACED,
    SIDE_FILES,
    VaultPaths,
)
from ftbt_desktop.storage.waited_lock import WaitedLock

log = logging.getLogger(__name__)

BACKUP_KEEP = 7
RESTORE_KIND = "restore"  # the folder lock's note while a restore holds the folder
# Page cache of the open vault, in KiB (SQLite's negative cache_size). The
# indexes on random ids (change id, entity id) are touched all over by every
# pulled page; with SQLCipher's default (2,000 pages) each page of a first sync
# re-read and re-decrypted most of them. 64 MiB holds the hot pages of a vault
# of ~100,000 changes: a new laptop's first sync went from 11.2 s to 5.4 s with
# larger pulled pages (bench/sync_bench.py). SQLite fills it only as it is used.
CACHE_KIB = 64 * 1024
# The cache while a sync pulls (Vault.bulk_writing). Past ~300,000 changes the random-id
# indexes outgrow 64 MiB, and each page of a supervisor's first sync read and decrypted
# them again: at 300,000 changes 160 MiB took the last fifth from 4.2 to 3.2 s. It is
# filled only as used (a coordinator's vault of 50,000 changes never fills it), and given
# back when the sync ends. 128 MiB rather than 160 since the pull helper process (49 MB)
# counts in the laptop's 400 MB too: a first sync of a million changes peaked at 383 MB
# in all (the app 334) against 420 MB, in 86.7 s against 82.6 s, one run each
# (bench/sync_scale.py --million; runs of the same code differ by 5 s here).
BULK_CACHE_KIB = 128 * 1024
# While a sync pulls, the write-ahead log is copied back into the vault file once it
# holds this many pages (about 100 MiB) rather than SQLite's 1,000. Each committed batch
# of a first sync touches most pages of the random-id indexes, so with 1,000 every
# commit was followed by a copy of all of them; copied once per several commits, only
# their last versions go. A first sync of a million changes took 86.6 s against 98.3 s
# (bench/sync_scale.py --million); at 100,000 the gain was lost in this machine's noise
# in one of two interleaved series. The log is cut back to nothing when the pull ends.
BULK_WAL_BYTES = 100 * 2**20
# Every day, the log is copied back once it holds this much: SQLite's default of 1,000
# pages at 4 KiB. Counted in bytes, since at 16 KiB pages SQLite's 1,000 let the log of
# an ordinary day's edits grow to 16 MiB (`demo` filled a 4 MiB disk with it).
EVERYDAY_WAL_BYTES = 4000 * 1024
# The page size of every vault file this app writes (a new vault, a backup, a re-key).
# SQLCipher encrypts and authenticates each page on its own, so a page's cost is partly
# per page: with 16 KiB pages rather than SQLCipher's 4 KiB, a new laptop's first sync
# of 100,000 changes used 1.9 against 2.2 s of the app's CPU and took 2.3-2.5 against
# 2.6-2.9 s (bench/sync_bench.py's setting). Single edits were no slower for it:
# 2,570 against 2,381 changes/s (bench/vault_bench.py's user ops, 10,000 changes), and
# a sync pushing 100 changes took a median 0.070 against 0.071 s.
PAGE_SIZE = 16 * 1024
# The page sizes a vault file may have, in the order an open tries them. SQLCipher
# cannot read the size from the file (page 1 is encrypted at it), so an open proves the
# key and page 1 at each in turn (`_opened`): vaults and backups made before 16 KiB
# pages have SQLCipher's default 4 KiB, and open as before.
PAGE_SIZES = (PAGE_SIZE, 4096)
SQLITE_NOTADB = 26  # "file is not a database": page 1 does not open at this size
# How often a read waiting for the vault's lock looks whether it may read aside
# (Vault.execute).
ASIDE_POLL_S = 0.005


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
    # How far the vault's clock is beyond the bound of DESIGN §9 (0 when sound): no
    # damage, put right at the next unlock (storage/clock_repair.py).
    clock_ahead_ms: int = 0

    @property
    def ok(self) -> bool:
        return not self.affected


def vault_exists(data_dir: Path) -> bool:
    paths = VaultPaths(Path(data_dir))
    return paths.header.exists() or paths.db.exists()


class Vault:
    """An unlocked vault. Create with `create`, `open` or `open_with_recovery_key`."""

    # How deep `transaction()` is nested on the thread holding `lock` (0: none).
    _depth: int = 0
    # Keeps the change log's seal (storage/integrity.py); None until unlocked.
    sealer: integrity.Sealer | None = None

    def __init__(self, paths: VaultPaths, header: keys.KeyHeader, data_key: bytes) -> None:
        self.paths = paths
        self.header = header
        self._data_key: bytes | None = data_key
        self.lock = WaitedLock()
        self._conn: sqlcipher.Connection | None = _connect(paths.db, data_key)
        # The file's page size, which SQLCipher needs before it reads a page: the reader
        # opens at it rather than trying each of PAGE_SIZES again.
        self._page_bytes = self._page_size()
        self.db = Database(self._conn)
        # A second, read-only connection for reads made while another thread writes
        # (see `execute`); opened at the first such read, closed with the vault.
        self._reader: sqlcipher.Connection | None = None
        self._reader_lock = threading.Lock()
        # Set while the lock is held for a step that leaves the files in place and the
        # committed state readable (a checkpoint): reads go aside then too.
        self._aside_ok = False

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
        made = [p for p in (*reversed(paths.data_dir.parents), paths.data_dir) if not p.exists()]
        # A key file copy left by an earlier vault whose files were removed is the only
        # key to its backups: a failed create must not take it with its own files.
        copy_was_there = paths.header_copy.exists()
        vault: Vault | None = None
        try:
            paths.data_dir.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
            make_private(paths.data_dir)  # one that was there keeps its mode otherwise
            if not paths.backups.exists():
                made.append(paths.backups)
                paths.backups.mkdir(mode=PRIVATE_DIR)
            header, data_key, recovery_key = keys.new_header(passphrase, params)
            header = replace(header, recovery_confirmed=recovery_key_confirmed)
            # SQLite gives the WAL and journal files the database file's mode.
            _create_private(paths.db)
            vault = cls(paths, header, data_key)
            vault._migrate()
            vault.sealer = integrity.open_sealer(vault.conn, data_key, paths.db)
            # The header goes last: until it exists there is no vault to open.
            keys.write_header(paths.header, header)
            keys.write_header(paths.header_copy, header)
        except BaseException as exc:
            # Nothing half-made stays: a vault.db without its key file would be
            # called damaged by every later start, `demo` and `check`.
            if vault is not None:
                with contextlib.suppress(sqlcipher.DatabaseError):
                    vault.close(backup=False)
            _remove_unfinished(paths, made, keep_copy=copy_was_there)
            if is_disk_full(exc, paths.data_dir):
                raise DiskFull(str(paths.data_dir)) from exc
            raise
        return vault, recovery_key

    @classmethod
    def open(cls, data_dir: Path, passphrase: str, verify: bool = True) -> Vault:
        """Unlock with the passphrase. `verify` checks every page first (damage is
        then reported at unlock, not halfway through the coordinator's work)."""
        paths, header = _read_header(Path(data_dir))
        return cls._unwrap_and_open(
            paths, header, lambda h: keys.unwrap_with_passphrase(h, passphrase), verify
        )

    @classmethod
    def open_with_recovery_key(
        cls, data_dir: Path, recovery_key: str, verify: bool = True
    ) -> Vault:
        paths, header = _read_header(Path(data_dir))
        return cls._unwrap_and_open(
            paths, header, lambda h: keys.unwrap_with_recovery_key(h, recovery_key), verify
        )

    @classmethod
    def _unwrap_and_open(
        cls, paths: VaultPaths, header: keys.KeyHeader, unwrap: key_match.Unwrap, verify: bool
    ) -> Vault:
        try:
            return cls._open_with_key(paths, header, unwrap(header), verify)
        except (WrongPassphrase, VaultDamaged) as exc:
            # Another vault's key file looks like either; say which it is.
            key_match.raise_if_foreign(exc, header, paths.header_copy, paths.db, unwrap, _connect)
            raise

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
            raise _open_failure(paths, exc) from None
        try:
            if verify:
                report = vault.check_pages()
                if not report.ok:
                    raise VaultDamaged(report.affected, detail="; ".join(report.details))
            vault._verify_schema()
            vault._finish_first_load()
            vault._migrate()
            vault.sealer = integrity.open_sealer(vault.conn, data_key, paths.db)
        except sqlcipher.DatabaseError as exc:
            with contextlib.suppress(sqlcipher.DatabaseError):
                vault.close(backup=False)
            raise _open_failure(paths, exc) from None
        except (VaultDamaged, DiskFull):
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
            self._close_reader()
            with contextlib.suppress(sqlcipher.DatabaseError):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()
            self._conn = None
            self._data_key = None
            self.sealer = None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlcipher.Connection]:
        """All or nothing, holding the vault's lock; nested calls are savepoints.

        The outermost call takes the write lock at once (BEGIN IMMEDIATE), so a
        check made inside holds until the write after it. An inner call (an
        operation built of others, like resolving a conflict) is a savepoint:
        its failure undoes only its own part, and the outer transaction decides.
        A COMMIT that fails (a deferred constraint, a full disk) is rolled back,
        so the shared connection is never left inside a transaction.
        """
        with self.lock:
            conn = self.conn
            if self._depth:
                with self._savepoint(conn):
                    yield conn
                return
            conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            sealer = self.sealer
            try:
                yield conn
                if sealer is not None:
                    sealer.before_commit(conn)
                conn.execute("COMMIT")
            except BaseException:
                _rollback(conn)
                if sealer is not None:
                    sealer.after_rollback()
                raise
            else:
                if sealer is not None:
                    sealer.after_commit()
            finally:
                self._depth = 0

    @contextlib.contextmanager
    def bulk_writing(self) -> Iterator[None]:
        """While a sync writes many pulled pages: a larger page cache (BULK_CACHE_KIB) and
        fewer copies of the write-ahead log into the vault file (`bulk_wal_pages`).

        Afterwards, however the pull ended, both are back to every day: the cache frees
        the pages above CACHE_KIB, and a log grown past the everyday size is copied back
        and cut to nothing, so it does not keep up to 100 MiB of the laptop's disk.
        """
        with self.lock:
            self.conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
            pages = bulk_wal_pages(self._page_bytes)
            self.conn.execute(f"PRAGMA wal_autocheckpoint = {pages}")
        try:
            yield
        finally:
            with self.lock:
                if self._conn is not None:
                    self._conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
                    everyday = everyday_wal_pages(self._page_bytes)
                    self._conn.execute(f"PRAGMA wal_autocheckpoint = {everyday}")
                    if self._wal_bytes() > EVERYDAY_WAL_BYTES:
                        self._cut_back_wal(self._conn)

    def _cut_back_wal(self, conn: sqlcipher.Connection) -> None:
        """Copy the write-ahead log into the vault file and cut it to nothing (inside
        the lock). Up to 100 MiB took the window's reads 210 ms on this machine, so
        they read aside meanwhile, as beside a transaction. Busy (a read aside still in
        the log) leaves the log as it is: the everyday copies take it on."""
        self._aside_ok = True
        try:
            with contextlib.suppress(sqlcipher.DatabaseError):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            self._aside_ok = False

    def _wal_bytes(self) -> int:
        try:
            return self.paths.db.with_name(self.paths.db.name + "-wal").stat().st_size
        except OSError:
            return 0

    def _page_size(self) -> int:
        return int(self.conn.execute("PRAGMA page_size").fetchone()[0])

    def log_rewritten(self) -> None:
        """Call inside a transaction that deletes or alters rows of the change log."""
        if self.sealer is not None:
            self.sealer.log_rewritten()

    @contextlib.contextmanager
    def _savepoint(self, conn: sqlcipher.Connection) -> Iterator[None]:
        name = f"ftbt_{self._depth}"
        conn.execute(f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield
        except BaseException:
            # SQLite may have ended the whole transaction on some errors already.
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
            if self.sealer is not None:
                self.sealer.forget_noted()
            raise
        else:
            conn.execute(f"RELEASE {name}")
        finally:
            self._depth -= 1

    def execute(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> list[Any]:
        """Run one statement and fetch its rows.

        A SELECT made while another thread is inside a transaction (a sync writing a
        batch of pulled pages, seconds on a new laptop) does not wait for it: it reads
        the last committed state through a second, read-only connection, as SQLite's
        WAL lets readers do beside a writer. The window stays responsive; what it
        reads is what it would have read just before the transaction began. Anything
        else waits for the vault's lock, and a read on the thread holding it uses the
        writing connection, so a transaction sees its own writes.
        """
        if sql.lstrip()[:6].upper() != "SELECT":
            self.lock.acquire()
        elif not self.lock.acquire(blocking=False):
            # Aside at once when it may (a read that waited even a few ms would count
            # as wanting the lock, and cut a pull's long transaction short); otherwise
            # looked at again every few ms: the lock is not fair, so a thread that only
            # waited could miss the moment between two transactions and wait another.
            rows = self._read_aside(sql, params)
            while rows is None and not self.lock.acquire(timeout=ASIDE_POLL_S):
                rows = self._read_aside(sql, params)
            if rows is not None:
                return rows
        try:
            return self.conn.execute(sql, params).fetchall()
        finally:
            self.lock.release()

    def _read_aside(self, sql: str, params: tuple[Any, ...] | list[Any]) -> list[Any] | None:
        """The rows of a SELECT through the reader connection, or None when it must wait
        (the lock is held for something other than a transaction or a checkpoint: a
        lock, a re-key or a restore may be closing the files)."""
        if not (self._depth or self._aside_ok):
            return None
        with self._reader_lock:
            key = self._data_key
            if key is None or self._conn is None:
                return None
            if self._reader is None:
                self._reader = _connect(
                    self.paths.db, key, read_only=True, page_size=self._page_bytes
                )
            return self._reader.execute(sql, params).fetchall()

    def _close_reader(self) -> None:
        with self._reader_lock:
            if self._reader is not None:
                self._reader.close()
                self._reader = None

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

    def _disconnect(self) -> None:
        """Close the connection only, for a re-key's file swap (see `rekey.py`): unlike
        `close`, nothing else a lock does happens, and `_reconnect` follows."""
        with self.lock:
            conn = self.conn
            self._close_reader()
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
            self._conn = None

    def _reconnect(self, header: keys.KeyHeader, data_key: bytes) -> None:
        """Work on under `data_key` after a re-key has put a new database in place."""
        with self.lock:
            self._conn = _connect(self.paths.db, data_key)
            self._page_bytes = self._page_size()
            self.db = Database(self._conn)
            self._data_key = data_key
            self.header = header
            # The seal's key derives from the data key: the swap brought its sidecar.
            self.sealer = integrity.open_sealer(self._conn, data_key, self.paths.db)

    def _write_header(self, header: keys.KeyHeader) -> None:
        keys.write_header(self.paths.header, header)
        # In force from here: a failure below must not leave the old one in memory.
        self.header = header
        keys.write_header(self.paths.header_copy, header)
        for prefix in ASIDE_PREFIXES:
            for aside in sorted(self.paths.data_dir.glob(f"{prefix}-*/{HEADER_NAME}")):
                keys.write_header(aside, header)

    # -- backups -----------------------------------------------------------

    def rewrite_free_pages(self) -> None:
        """Rewrite the file without its free pages (VACUUM) and copy the write-ahead log
        back and cut it, so rows just removed do not linger on disk. Inside the lock:
        run beside a sync's transaction on the shared connection, VACUUM failed ("SQL
        statements in progress") and the sync's next statement did too."""
        with self.lock:
            self.conn.execute("VACUUM")
            with contextlib.suppress(sqlcipher.DatabaseError):  # a reader aside: it stays
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

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
                self.conn.execute(f"PRAGMA backup.cipher_page_size = {PAGE_SIZE}")
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
        # Another process working on this folder would go on writing into the files
        # set aside, unaware (VaultInUse); this process's own hold is kept.
        with self.lock, folder_lock.hold(self.paths.data_dir, RESTORE_KIND):
            data_key, header = self._key(), self.header
            live = {self.paths.db.resolve(), *_live_files(self.paths.db)}
            if Path(backup).resolve() in live:
                # Set aside before it is copied back: the vault would be left without it.
                raise VaultDamaged(["backups"], detail="the vault's own file")
            if not check_database(Path(backup), data_key, as_found=True).ok:
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
        """Bring the schema up to date. A migration that only makes the vault faster
        (schema.FASTER_ONLY) and fails for a full disk is left for a later unlock: the
        vault opens on its older layout, which every read and write still fits. Its
        copy spills into the log, which is cut back afterwards."""
        with self.lock:
            try:
                schema.migrations.apply(self.db)
            except sqlcipher.DatabaseError as exc:
                applied = {m.name for m in schema.migrations.applied(self.db)}
                pending = set(schema.known_migrations()) - applied
                if not (pending <= schema.FASTER_ONLY and is_disk_full(exc, self.paths.data_dir)):
                    raise
                log.warning("the vault's layout was not updated at unlock: the disk is full")
            # Not on a failure that is raised: it is the one to tell, and the vault closes.
            if self._wal_bytes() > EVERYDAY_WAL_BYTES:
                self._cut_back_wal(self.conn)

    def _finish_first_load(self) -> None:
        """A first pull cut off with its process, or cancelled (storage/first_load.py),
        left the vault without its read-only indexes: they are built before anything
        reads it, and before a migration could expect them. Should that fail (a full
        disk), the vault opens all the same, searching slowly, and the next sync or
        unlock builds them."""
        if not first_load.loading(self.conn):
            return
        try:
            with self.transaction() as conn:
                first_load.finish(conn)
        except sqlcipher.DatabaseError as exc:
            if not is_disk_full(exc, self.paths.data_dir):
                raise
            log.warning("the vault's search indexes were not built at unlock: the disk is full")
        finally:
            # The build's pages spill into the log (a small cache): not left on the disk.
            with self.lock:
                self._cut_back_wal(self.conn)

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


def bulk_wal_pages(page_size: int) -> int:
    """The write-ahead log's pages while a sync pulls (BULK_WAL_BYTES at `page_size`)."""
    return BULK_WAL_BYTES // page_size


def everyday_wal_pages(page_size: int) -> int:
    """The write-ahead log's pages every day (EVERYDAY_WAL_BYTES at `page_size`)."""
    return EVERYDAY_WAL_BYTES // page_size


def _opened(
    path: Path, data_key: bytes, page_size: int | None, before_read: tuple[str, ...] = ()
) -> sqlcipher.Connection:
    """A connection keyed with `data_key` whose first read has proved the key and page 1,
    at `page_size`, or when it is not known at each of PAGE_SIZES in turn. A failure at
    the last is damage, since the key itself was authenticated by the header's GCM tag.

    Only "not a database" (page 1 does not authenticate at that size) tries the next
    size: any other error (a locked or unreadable file, a full disk) is the answer. A
    try at a wrong size changes neither the file nor its write-ahead log: page 1 fails
    before any of the log is read, so none of it is copied back at that size
    (tests/test_vault_page_size.py; only the log's shared-memory index may be rebuilt)."""
    sizes = (page_size,) if page_size else PAGE_SIZES
    for number, size in enumerate(sizes, start=1):
        conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
            conn.execute(f"PRAGMA cipher_page_size = {size}")
            for pragma in before_read:
                conn.execute(pragma)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as exc:
            conn.close()
            if number == len(sizes) or getattr(exc, "sqlite_errorcode", None) != SQLITE_NOTADB:
                raise
            continue
        return conn
    raise AssertionError("unreachable: the last size returns or raises")


def _connect(
    path: Path, data_key: bytes, read_only: bool = False, page_size: int | None = None
) -> sqlcipher.Connection:
    # cipher_memory_security is left off (SQLCipher's default since 4.5): it mlocks and
    # wipes every SQLite allocation, which made encrypted writes 2.5-10x slower than
    # plain (bench/vault_bench.py), while the same personal data sits in Python and Qt
    # objects anyway. SQLCipher keeps the key itself in its own locked, masked memory
    # either way.
    conn = _opened(path, data_key, page_size)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        if read_only:
            # Reads only, beside the writing connection (Vault.execute): it can write
            # nothing, and SQLite's default cache is enough for a window's reads.
            conn.execute("PRAGMA query_only = ON")
        else:
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            size = int(conn.execute("PRAGMA page_size").fetchone()[0])
            conn.execute(f"PRAGMA wal_autocheckpoint = {everyday_wal_pages(size)}")
    except sqlcipher.DatabaseError:
        conn.close()
        raise
    return conn


def _connect_to_check(path: Path, data_key: bytes) -> sqlcipher.Connection:
    """A connection that reads a file nothing else has open as it is (`check_database`'s
    `as_found`): no journal mode is set and it can write nothing. `_connect` turns a file
    into write-ahead-log mode, which rewrote the first page of every backup it checked,
    damaged ones too, so a backup was not left as found (an adversarial review).

    Opened by its plain path, not as a read-only URI: SQLite refuses a URI naming a
    server (`file://server/share/...`), which is what a vault on a network share or a
    mapped drive (a municipal H: drive) gives, and every backup would read as damaged."""
    return _opened(path, data_key, None, before_read=("PRAGMA query_only = ON",))


def _open_failure(paths: VaultPaths, exc: sqlcipher.DatabaseError) -> VaultDamaged | DiskFull:
    """What a failed open says: a full disk is not damage, and no backup mends it."""
    if is_disk_full(exc, paths.data_dir):
        return DiskFull(str(paths.data_dir))
    return VaultDamaged(["database file"], detail=str(exc))


def _remove_unfinished(paths: VaultPaths, made: list[Path], keep_copy: bool) -> None:
    """A failed create's files and the folders it made (never anything else)."""
    files = [paths.header, paths.header.with_name(HEADER_NAME + ".tmp")]
    files.append(paths.header_copy.with_name(HEADER_NAME + ".tmp"))
    if not keep_copy:
        files.append(paths.header_copy)
    files.extend(paths.db.with_name(DB_NAME + suffix) for suffix in ("", *SIDE_FILES))
    files.append(integrity.sidecar_path(paths.db))
    for leftover in files:
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)
    for folder in reversed(made):
        with contextlib.suppress(OSError):
            folder.rmdir()  # only when empty: one the create made


def _rollback(conn: sqlcipher.Connection) -> None:
    """End a failed transaction without hiding why it failed."""
    if not conn.in_transaction:
        return  # SQLite rolled back itself (some errors end the transaction)
    try:
        conn.execute("ROLLBACK")
    except sqlcipher.DatabaseError:
        if conn.in_transaction:
            raise


def _create_private(path: Path) -> None:
    """An empty file only the owner may read (SQLite takes it for a new database)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, keys.PRIVATE_FILE))


def _live_files(db: Path) -> list[Path]:
    """The write-ahead log and its index beside a database file, resolved."""
    return [db.with_name(db.name + suffix).resolve() for suffix in ("-wal", "-shm")]


def _is_empty(path: Path) -> bool:
    try:
        return path.stat().st_size == 0
    except FileNotFoundError:
        return False


def _read_header(data_dir: Path) -> tuple[VaultPaths, keys.KeyHeader]:
    make_private(data_dir)  # before anything is read or written in it
    # A re-key cut short (a crash, a kill) is finished or undone before any key
    # file is read.
    recover(data_dir)
    paths = VaultPaths(data_dir)
    if not paths.header.exists():
        if paths.db.exists():
            raise VaultDamaged(["key file"], detail="missing")
        raise VaultNotFound(str(data_dir))
    return paths, keys.read_header(paths.header)


def check_database(path: Path, data_key: bytes, as_found: bool = False) -> CheckReport:
    """Every page's HMAC; on a failure, each table read whole to name what is hit.

    Each table is read on a fresh connection: after one failed page SQLite
    treats the whole connection as corrupt, which would blame every table.

    `as_found`: a file nothing else has open (a backup), read without writing to it
    (`_connect_to_check`).
    """
    affected: list[str] = []
    details: list[str] = []
    if not path.is_file():
        # Connecting would create it: a backup rotated away since it was listed was
        # checked as a new, empty database, and put in place of the vault.
        return CheckReport(["database file"], ["missing"])
    if _is_empty(path):
        # Connecting would make it a new, empty database: damage must stay as found.
        return CheckReport(["database file"], ["empty"])
    try:
        conn = _connect_to_check(path, data_key) if as_found else _connect(path, data_key)
    except sqlcipher.DatabaseError as exc:
        if is_disk_full(exc, path.parent):
            raise DiskFull(str(path.parent)) from None
        return CheckReport(["database file"], [str(exc)])
    try:
        failures = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
    except sqlcipher.DatabaseError as exc:
        if is_disk_full(exc, path.parent):
            raise DiskFull(str(path.parent)) from None
        failures = [str(exc)]
    finally:
        conn.close()
    details.extend(failures)
    if not failures:
        return CheckReport(affected, details)
    for table, words in schema.TABLE_WORDS.items():
        conn = _connect_to_check(path, data_key) if as_found else _connect(path, data_key)
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

    def unwrap(h: keys.KeyHeader) -> bytes:
        return _unwrap(h, passphrase, recovery_key)

    try:
        data_key = unwrap(header)
    except WrongPassphrase as exc:
        return _foreign_key_report(exc, header, paths, unwrap)
    if not paths.db.exists():
        return CheckReport(["database file"], ["missing"])
    report = check_database(paths.db, data_key)
    if not report.ok:
        if report.affected == ["database file"]:
            return _foreign_key_report(VaultDamaged(report.affected), header, paths, unwrap, report)
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
        return replace(report, clock_ahead_ms=_clock_ahead_ms(conn))
    finally:
        conn.close()


def _clock_ahead_ms(conn: sqlcipher.Connection) -> int:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'hlc'").fetchone()
    except sqlcipher.DatabaseError:
        return 0
    if row is None or not is_canonical(row[0]):
        return 0
    ahead = Hlc.decode(row[0]).ms - wall_ms()
    return ahead if ahead > MAX_AHEAD_MS + SERVER_SKEW_MS else 0


def _foreign_key_report(
    exc: VaultDamaged | WrongPassphrase,
    header: keys.KeyHeader,
    paths: VaultPaths,
    unwrap: key_match.Unwrap,
    report: CheckReport | None = None,
) -> CheckReport:
    """`report` (or `exc` raised again), unless the key file is another vault's."""
    try:
        key_match.raise_if_foreign(exc, header, paths.header_copy, paths.db, unwrap, _connect)
    except ForeignKeyFile as foreign:
        return CheckReport(foreign.affected, [foreign.detail])
    if report is None:
        raise exc
    return report


def restore_own_key_file(
    data_dir: Path, passphrase: str | None = None, recovery_key: str | None = None
) -> bool:
    """Put this vault's own key file back from backups/ when the one in force is another
    vault's; the stranger is kept aside (in a `replaced-…` folder), never deleted.

    False when there is nothing to mend that way. Raises WrongPassphrase when the
    secret opens neither key file.
    """
    paths = VaultPaths(Path(data_dir))
    with folder_lock.hold(paths.data_dir, RESTORE_KIND):
        try:
            _, header = _read_header(paths.data_dir)
        except VaultDamaged:
            return False

        def unwrap(h: keys.KeyHeader) -> bytes:
            return _unwrap(h, passphrase, recovery_key)

        try:
            data_key: bytes | None = unwrap(header)
        except WrongPassphrase:
            data_key = None
        if data_key is not None and key_match.opens(paths.db, data_key, _connect):
            return False  # the key file in force is this vault's own
        own = key_match.own_key_file(header, paths.header_copy, paths.db, unwrap, _connect)
        if own is None:
            if data_key is None:
                raise WrongPassphrase()
            return False
        aside = _new_aside_folder(paths.data_dir, REPLACED)
        shutil.copy2(paths.header, aside / paths.header.name)
        keys.write_header(paths.header, own)
        return True


def restore_latest_backup(
    data_dir: Path, passphrase: str | None = None, recovery_key: str | None = None
) -> Path:
    """Replace a damaged vault by the newest backup that checks whole.

    The damaged files are kept aside (renamed, still encrypted), never deleted,
    so nothing that might still be rescued is lost. Returns the backup used.
    """
    paths = VaultPaths(Path(data_dir))
    with folder_lock.hold(paths.data_dir, RESTORE_KIND):
        for header, data_key in _restore_keys(paths, passphrase, recovery_key):
            for candidate in list_backups(paths.data_dir):
                if not check_database(candidate, data_key, as_found=True).ok:
                    continue
                _put_in_place(paths, header, candidate, aside_prefix=DAMAGED)
                _seal_restored(paths.db, data_key)
                return candidate
    raise VaultDamaged(["backups"], detail="no whole backup")


def _restore_keys(
    paths: VaultPaths, passphrase: str | None, recovery_key: str | None
) -> list[tuple[keys.KeyHeader, bytes]]:
    """The key files a restore may use, each with its data key: the one in force,
    then the copy in backups/ when it differs (the one in force may be another
    vault's). Raises WrongPassphrase when the secret opens neither."""
    headers: list[keys.KeyHeader] = []
    with contextlib.suppress(VaultDamaged):  # damaged or missing: the copy may serve
        headers.append(_read_header(paths.data_dir)[1])
    with contextlib.suppress(FileNotFoundError, VaultDamaged):
        copy = keys.read_header(paths.header_copy)
        if not headers or copy.serialise() != headers[0].serialise():
            headers.append(copy)
    if not headers:
        # Neither key file is readable: say so, as before.
        keys.read_header(paths.header_copy)
    found: list[tuple[keys.KeyHeader, bytes]] = []
    for header in headers:
        with contextlib.suppress(WrongPassphrase):
            found.append((header, _unwrap(header, passphrase, recovery_key)))
    if not found:
        raise WrongPassphrase()
    return found


def _put_in_place(
    paths: VaultPaths, header: keys.KeyHeader, backup: Path, aside_prefix: str
) -> None:
    """Move the current files aside (renamed, still encrypted) and copy `backup` in."""
    aside = _new_aside_folder(paths.data_dir, aside_prefix)
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


def _new_aside_folder(data_dir: Path, prefix: str) -> Path:
    """A set-aside folder of its own, never one already there: two restores in the
    same second must not put their replaced files into one folder, one over the other."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    for number in range(1, 10_000):
        name = f"{prefix}-{stamp}" if number == 1 else f"{prefix}-{stamp}-{number}"
        try:
            (data_dir / name).mkdir(mode=PRIVATE_DIR)
        except FileExistsError:
            continue
        return data_dir / name
    raise FileExistsError(str(data_dir / f"{prefix}-{stamp}"))


def _unwrap(header: keys.KeyHeader, passphrase: str | None, recovery_key: str | None) -> bytes:
    if recovery_key is not None:
        return keys.unwrap_with_recovery_key(header, recovery_key)
    if passphrase is None:
        raise WrongPassphrase()
    return keys.unwrap_with_passphrase(header, passphrase)
