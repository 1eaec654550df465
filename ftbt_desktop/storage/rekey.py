"""Re-key: a new data key for all data, when a passphrase or recovery key may be known.

Changing the passphrase or the recovery key only re-wraps the data key. Whoever
kept a copy of `vault.keys` and knows the old secret still has that data key,
and with it every later change. A re-key answers that: a fresh random data key,
the database rewritten under it, the backups replaced by one under it, and the
header wrapped under the (new) passphrase and recovery key.

The recovery key wrap depends on the data key, and only the coordinator holds
the recovery key itself, so a re-key needs a recovery key in hand: the one just
shown by "New recovery key" (`recovery=`), or a new one made here and returned,
marked unconfirmed in the header until the coordinator says it is stored (a
crash before that asks for a new one at the next unlock, as for a new vault).

Commit protocol
---------------
All new files are made in a staging folder `rekey/` beside the database; it
has the shape of a vault folder, so the staged database can be opened as a
`Vault` of its own.

Prepare (the old key stays in force; a crash here is undone):
  P1. `rekey/vault.db`: `sqlcipher_export` of the open database under the new
      key (a new file rather than `PRAGMA rekey` in place: a kill during an
      in-place rekey leaves pages under two keys, which nothing opens).
  P2. Each aside copy kept by a restore (`replaced-*`, `damaged-*`) that checks
      whole is exported the same way to `rekey/aside/<folder>/vault.db`; one
      that does not gets a `rekey/aside/<folder>/keep-old-key` note instead.
  P3. In the staged database: backup stamps cleared (a fresh backup is due),
      `RESEAL_HOOKS` run (anything derived from the data key), every page
      checked and the row counts compared with the source; fsync.
  P4. `rekey/vault.keys`, the new header, written atomically: "prepared".
Commit (the vault is closed for the swap, its WAL checkpointed and removed):
  C1. `os.replace(rekey/vault.db, vault.db)` -- THE COMMIT POINT.
  C1b. `rekey/vault.seal` (the change log's seal under the new key, made by the
      `integrity.reseal` hook) replaces `vault.seal`; redone by recovery, since
      until then the database in force has no seal that fits.
  C2. `vault.keys` atomically replaced by the new header; then
      `rekey/vault.keys` renamed to `rekey/committed.keys`.
Finish (needs no key, so it can run again at the next open; rekey_finish.py):
  F1. `backups/vault.keys` replaced by the new header.
  F2. Every old backup overwritten and removed.
  F3. Each staged aside copy moved over its folder's database (old WAL first
      removed) with the new header; a `keep-old-key` folder's header renamed
      to `old-key.keys` so no later header write makes it unreadable.
  F4. `rekey/` removed, `rekey/committed.keys` last.
Then, in the running app only: the vault reopens under the new key and makes a
fresh backup.

Recovery (`recover` in rekey_finish.py, called before any key file is read):
  - no `rekey/`: nothing to do;
  - `rekey/vault.db` present: not committed -- `rekey/vault.keys` is removed
    first (so a second crash still reads "not committed"), then the folder;
    the old key and the old secrets open the vault;
  - else `rekey/vault.keys` present: committed, C2 is redone, then Finish;
  - else `rekey/committed.keys` present: Finish is redone;
  - else (a crash before P1 made its file, or during F4): the folder is removed.
So a kill at any point leaves a vault that opens with the old secret (before
C1) or with the new one (from C1), never neither.

Old backups are replaced, not re-encrypted: each would cost as much as the
database itself, and the change log in the fresh backup already holds every
earlier version of every field (history is never thrown away). Overwriting
before removing is best effort on SSDs and copy-on-write file systems; what
protects the old files for sure is that no key file made from now on opens them.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from ftbt_desktop.atomic_files import fsync_dir
from ftbt_desktop.storage import folder_lock, integrity, keys
from ftbt_desktop.storage.errors import VaultDamaged
from ftbt_desktop.storage.rekey_finish import (
    ASIDE_DIR,
    KEEP_OLD_KEY,
    OLD_KEY_HEADER,
    PAUSE_ENV,
    PAUSE_POINTS,
    STAGE_DIR,
    after_commit,
    discard,
    pause,
    recover,
    remove_side_files,
)
from ftbt_desktop.storage.vault import (
    PAGE_SIZE,
    NewRecoveryKey,
    Vault,
    _connect,
    _create_private,
    check_database,
)
from ftbt_desktop.storage.vault_files import (
    ASIDE_PREFIXES,
    BACKUP_DIR,
    DB_NAME,
    HEADER_NAME,
    PRIVATE_DIR,
    VaultPaths,
)

REKEY_KIND = "rekey"  # the folder lock's note while a re-key holds the folder


class RekeyStep(StrEnum):
    COPY = "copy"
    CHECK = "check"
    SWAP = "swap"
    BACKUP = "backup"


Progress = Callable[[RekeyStep, int], None]  # step, percent of the whole re-key

# Anything derived from the data key (a MAC over the change log, say) must be
# recomputed under the new key. Each hook gets the staged vault, open under the
# new key, before the commit point, so the new key and what hangs on it come
# into force together. storage/integrity.py's `reseal` belongs here.
RESEAL_HOOKS: list[Callable[[Vault], None]] = [integrity.reseal]


class RekeyCancelled(Exception):
    """Stopped before the commit point: nothing changed."""


@dataclass(frozen=True, slots=True)
class RekeyResult:
    recovery_key: str | None  # made here (to show once), or None if one was given

    def __repr__(self) -> str:
        return "RekeyResult(***)"


def rekey(
    vault: Vault,
    passphrase: str,
    recovery: NewRecoveryKey | None = None,
    params: keys.KdfParams | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> RekeyResult:
    """Put all data under a new data key, wrapped under `passphrase` and a recovery key.

    `passphrase` is the one in force afterwards (new or current). `recovery` is a
    recovery key already shown; without one a new key is made and returned.
    Runs on a worker; holds the vault's lock throughout. `cancel` is honoured up
    to the commit point (RekeyCancelled, nothing changed).
    """
    report = progress or (lambda _step, _percent: None)
    vault._key()  # locked: refuse before the slow key derivation
    # Argon2id (tuning included) takes seconds: outside the lock, so sync and the
    # window's reads go on meanwhile. Only the vault id is taken from the header.
    data_key = secrets.token_bytes(keys.DATA_KEY_BYTES)
    header = keys.rewrap_passphrase(vault.header, data_key, passphrase, params)
    made: str | None = None
    if recovery is None:
        header, made = keys.rewrap_recovery(header, data_key)
        header = replace(header, recovery_confirmed=False)
    else:
        raw = keys.parse_recovery_key(recovery.text)
        header = replace(keys.wrap_recovery(header, data_key, raw), recovery_confirmed=True)
    # The folder lock too: `recover` below discards a stage that another process
    # could be building (it is reentrant, so the app's own hold is kept).
    with vault.lock, folder_lock.hold(vault.paths.data_dir, REKEY_KIND):
        old_key = vault._key()
        paths = vault.paths
        stage = paths.data_dir / STAGE_DIR
        recover(paths.data_dir)  # a leftover of an earlier attempt
        try:
            header = _prepare(vault, stage, old_key, data_key, header, report, cancel)
        except BaseException:
            discard(stage)
            raise
        report(RekeyStep.SWAP, 90)
        vault._disconnect()
        committed = False
        try:
            remove_side_files(paths.db)
            pause("closed")
            os.replace(stage / DB_NAME, paths.db)
            committed = True
            fsync_dir(paths.data_dir)
            pause("committed")
            after_commit(paths, stage)
        except BaseException:
            if not committed:
                discard(stage)
                vault._reconnect(vault.header, old_key)
                raise
            # In force already: what is left is finished at the next open.
            vault._reconnect(header, data_key)
            raise
        vault._reconnect(header, data_key)
        report(RekeyStep.BACKUP, 95)
        # The re-key is done whatever happens here; the backup stamps were cleared,
        # so the next unlock makes one if this fails.
        with contextlib.suppress(sqlcipher.DatabaseError, OSError):
            vault.backup()
        pause("finished")
        report(RekeyStep.BACKUP, 100)
        return RekeyResult(made)


# -- prepare -------------------------------------------------------------------


def _prepare(
    vault: Vault,
    stage: Path,
    old_key: bytes,
    data_key: bytes,
    header: keys.KeyHeader,
    report: Progress,
    cancel: threading.Event | None,
) -> keys.KeyHeader:
    paths = vault.paths
    stage.mkdir(mode=PRIVATE_DIR)
    # Hooks may write the staged vault's header, and its copy goes to backups/.
    (stage / BACKUP_DIR).mkdir(mode=PRIVATE_DIR)
    # Everything in the main file, so its size tells how far the copy has come.
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = max(1, paths.db.stat().st_size)
    _export(
        vault.conn,
        stage / DB_NAME,
        data_key,
        lambda done: report(RekeyStep.COPY, min(70, done * 70 // size)),
        cancel,
    )
    pause("exported")
    _stage_asides(paths, stage, old_key, data_key, cancel)
    report(RekeyStep.CHECK, 72)
    staged = Vault(VaultPaths(stage), header, data_key)
    try:
        staged.execute("DELETE FROM meta WHERE key IN ('last_backup_seq', 'last_backup_at')")
        for hook in RESEAL_HOOKS:
            hook(staged)
        _check_cancel(cancel)
        if not staged.check().ok or _counts(staged.conn) != _counts(vault.conn):
            raise VaultDamaged(["database file"], detail="re-keyed copy differs")
        header = staged.header
    finally:
        staged.close(backup=False)
    _fsync_file(stage / DB_NAME)
    _check_cancel(cancel)
    keys.write_header(stage / HEADER_NAME, header)
    pause("prepared")
    return header


def _export(
    source: sqlcipher.Connection,
    target: Path,
    data_key: bytes,
    progress: Callable[[int], None],
    cancel: threading.Event | None,
) -> None:
    """Copy the open database into `target` under `data_key`, reporting bytes written."""
    _create_private(target)
    last = [0.0]

    def tick() -> int:
        if cancel is not None and cancel.is_set():
            return 1  # SQLite stops the statement: "interrupted"
        now = time.monotonic()
        if now - last[0] > 0.1:
            last[0] = now
            with contextlib.suppress(OSError):
                progress(target.stat().st_size)
        return 0

    source.execute(f"ATTACH DATABASE ? AS rekey KEY \"x'{data_key.hex()}'\"", (str(target),))
    source.set_progress_handler(tick, 10_000)
    try:
        # A vault of 4 KiB pages is written anew at this app's size.
        source.execute(f"PRAGMA rekey.cipher_page_size = {PAGE_SIZE}")
        source.execute("SELECT sqlcipher_export('rekey')")
    except sqlcipher.OperationalError:
        if cancel is not None and cancel.is_set():
            raise RekeyCancelled() from None
        raise
    finally:
        source.set_progress_handler(None, 0)
        source.execute("DETACH DATABASE rekey")


def _stage_asides(
    paths: VaultPaths,
    stage: Path,
    old_key: bytes,
    data_key: bytes,
    cancel: threading.Event | None,
) -> None:
    for folder in _aside_folders(paths.data_dir):
        target = stage / ASIDE_DIR / folder.name
        target.mkdir(mode=PRIVATE_DIR, parents=True)
        db = folder / DB_NAME
        if not db.exists() or not check_database(db, old_key).ok:
            # Damaged: it cannot be copied whole, so it stays as it is, under the old key.
            (target / KEEP_OLD_KEY).touch()
            continue
        conn = _connect(db, old_key)
        try:
            _export(conn, target / DB_NAME, data_key, lambda _done: None, cancel)
        finally:
            conn.close()
        _fsync_file(target / DB_NAME)


def _counts(conn: sqlcipher.Connection) -> tuple[int, ...]:
    return tuple(
        int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        for table in ("changes", "state")
    )


# -- commit and finish -----------------------------------------------------------


def _aside_folders(data_dir: Path) -> list[Path]:
    return sorted(
        p for prefix in ASIDE_PREFIXES for p in data_dir.glob(f"{prefix}-*") if p.is_dir()
    )


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise RekeyCancelled()


__all__ = [
    "OLD_KEY_HEADER",
    "PAUSE_ENV",
    "PAUSE_POINTS",
    "RESEAL_HOOKS",
    "STAGE_DIR",
    "RekeyCancelled",
    "RekeyResult",
    "RekeyStep",
    "recover",
    "rekey",
]
