"""A new laptop's large first pull, written without three search indexes that only
reads need, which are built once at its end.

Why: three of the vault's indexes are kept in an order unrelated to the order changes
arrive in (entity ids are random), so each pulled change touches a page of each
almost at random. Once they outgrow the page cache, every page read for that is
decrypted and, dirty, written again. Measured on 2 cores: the same rows inserted
into a vault directly in spans of 50,000 took 81 s per million with the indexes kept
as the changes came, 43 s with them dropped at the start and built once at the end
(8 s of it the build, which sorts each index once). A new laptop's whole first sync
of a million changes, from a server on the same machine: see docs/sync.md.

What stays: the tables, their keys, `changes.change_id`'s unique index (a pulled
change is taken once by it), `changes_pending` (kept in the order changes come) and
`state_by_type` (see DEFINITIONS). The window reads committed spans as before.

How it is kept safe:
- `begin` drops the indexes and notes in `meta` that a load is under way, in the first
  span's transaction; `finish` builds them again (from their definitions here, the
  schema's own, never from anything stored) and removes the note, in one transaction.
  Either is whole or not at all, and every row is indexed by the build, whenever it
  was written (the window's edits during the load too).
- The sync builds them when the pull ends (done, an error, the network gone); a pull
  cancelled (the vault being locked, the app quitting, Ctrl+C) leaves it to the next
  pull or unlock rather than hold the lock meanwhile, as does a process that died; a
  cancel that comes once the build has begun stops it (`finish`'s `stop`), and nothing
  of it is kept. An unlock
  builds them before its migrations, so those always see the whole schema; should the
  build fail there (a full disk), the vault still opens, searching slowly.
- Until then every read answers the same, some more slowly: a family's entities scan
  the state table (250 ms per read at 400,000 fields, against 1-19 ms).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import sqlcipher3.dbapi2 as sqlcipher

# `meta` key present while a load is under way (its indexes dropped, not yet built).
LOADING_META = "sync.first_load"

# The indexes a load builds at its end, in that order, as storage/schema.py makes them
# (tests/test_first_load.py holds the two to each other).
# `state_by_type` is kept: the family list reads by it after every batch, and without
# it scanned the state (0.6 s at a million changes, twice a second). It costs part of
# what the load saves: a million changes took 55 s with it dropped too, 65-72 s kept,
# 80-87 s with no load (docs/sync.md).
DEFINITIONS = {
    "changes_by_family": "changes (family_id, hlc)",
    "changes_by_field": "changes (entity_id, field, hlc)",
    "state_by_family": "state (family_id, entity_type)",
}
DEFERRED = tuple(DEFINITIONS)
# The page cache while the indexes of a large load are built (see `finish`).
BUILD_CACHE_KIB = 8 * 1024
# A vault whose highest seq is at most this builds a load's indexes in the page cache it
# has (see `finish`); seqs are never reused, so it counts every change ever written.
BUILD_IN_CACHE_UP_TO = 200_000
# How often the build asks whether to stop, in steps of SQLite's virtual machine. Each
# ask takes Python's interpreter lock, so not often: 300,000 changes built in 1.4-1.6 s
# either way, and a stop landed 0.06-0.07 s after the cancel. Asked every 1,000 steps,
# the same build took 49 s beside a busy Python thread (measured on 2 cores).
STOP_CHECK_STEPS = 1_000_000


class BuildStopped(Exception):
    """`finish` was asked to stop: its transaction is to be rolled back, the load
    left under way for the next pull or unlock."""


def loading(conn: sqlcipher.Connection) -> bool:
    """Whether a load is under way (its indexes dropped, not yet built)."""
    row = conn.execute("SELECT 1 FROM meta WHERE key = ?", (LOADING_META,)).fetchone()
    return row is not None


def begin(conn: sqlcipher.Connection) -> bool:
    """Inside a transaction: drop the deferred indexes until `finish`, unless the vault
    holds a change the server has (a laptop pulling its history again, its cursor set
    back: those rows come back as duplicates and barely touch the indexes, so building
    them would be all cost). True when a load is under way afterwards."""
    if loading(conn):
        return True
    # By `changes_pending` (pushed, origin), which a load keeps.
    if conn.execute("SELECT 1 FROM changes WHERE pushed = 1 LIMIT 1").fetchone() is not None:
        return False
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, '1') ON CONFLICT (key) DO NOTHING",
        (LOADING_META,),
    )
    for name in DEFERRED:
        conn.execute(f"DROP INDEX IF EXISTS {name}")
    return True


def finish(conn: sqlcipher.Connection, stop: Callable[[], bool] | None = None) -> bool:
    """Inside a transaction: build the indexes a load dropped and end it. True when a
    load was under way.

    `stop` (any thread may make it true: a lock, the app quitting, Cancel) is asked as
    the indexes are built; once true, the build ends with BuildStopped, and the caller
    rolls the transaction back, so no index is half kept and the load stays noted. (A
    stop that comes after the last index is built is too late: the build is kept.)"""
    if not loading(conn):
        return False
    # A large load is built with a small page cache: SQLite sorts each index in memory
    # (the vault keeps temporary data in memory only, never in a plain temporary file),
    # in runs the size of the page cache; with the sync's cache beside them, a million
    # changes raised the laptop's peak from 387 to 434 MB (380 MB built so). A smaller
    # one keeps the cache it has. At the end of a sync that is the pages the load wrote,
    # read from there rather than decrypted again: 100,000 changes were built in
    # 0.20-0.22 s against 0.33-0.36 s, at a peak of 277 against 265 MB (three runs each,
    # in turn, the server's pages replayed: measured 2026-12-07). A whole first sync of
    # 200,000 peaked at 326-332 against 319-326 MB and took 6.1-6.6 against 6.4-7.6 s;
    # 300,000 were built in 1.06-1.09 s against 1.18-1.31 s, but the laptop then peaked at
    # up to 394 MB, near the 400 MB it may use (docs/sync.md), hence the bound. At an
    # unlock the cache is the everyday one, empty, and fills as the build reads.
    cache = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    (held,) = conn.execute("SELECT coalesce(max(seq), 0) FROM changes").fetchone()
    # What the check raised: SQLite's binding drops it, ending the statement.
    raised: list[BaseException] = []

    def asked() -> bool:
        try:
            return bool(stop and stop())
        except BaseException as exc:
            raised.append(exc)
            return True

    try:
        if held > BUILD_IN_CACHE_UP_TO:
            conn.execute(f"PRAGMA cache_size = -{BUILD_CACHE_KIB}")
            conn.execute("PRAGMA shrink_memory")
        if stop is not None:
            # Asked on this thread, inside the statement: nothing but the build is stopped.
            conn.set_progress_handler(asked, STOP_CHECK_STEPS)
        for name, columns in DEFINITIONS.items():
            conn.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {columns}")
    except sqlcipher.OperationalError as exc:
        if stop is None or getattr(exc, "sqlite_errorcode", None) != sqlcipher.SQLITE_INTERRUPT:
            raise
        if raised:
            raise raised[0] from None
        if stop():
            raise BuildStopped() from None
        if threading.current_thread() is threading.main_thread():
            # Stopped, not asked to, nothing recorded: Python ran its Ctrl+C handler
            # as the check began (`ftbt-desktop sync`), which must stop the command.
            raise KeyboardInterrupt from None
        raise
    finally:
        if stop is not None:
            conn.set_progress_handler(None, 0)
        conn.execute(f"PRAGMA cache_size = {cache}")
    conn.execute("DELETE FROM meta WHERE key = ?", (LOADING_META,))
    return True
