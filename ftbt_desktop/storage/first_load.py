"""A new laptop's first pull into an empty vault, written without the search indexes
that only reads need, which are built once at its end.

Why: four of the vault's indexes are kept in an order unrelated to the order changes
arrive in (entity ids are random), so each pulled change touches a page of each
almost at random. Once they outgrow the page cache, every page read for that is
decrypted and, dirty, written again. Measured on 2 cores (`bench/sync_scale.py`,
and the same rows inserted into a vault directly in spans of 50,000): a million
changes took 81 s with the indexes kept as the changes came, and 43 s with them
dropped at the start and built once at the end (8 s of it the build, which sorts
each index once); each span of 50,000 took 6.4 s by the end against 2.1 s.

What stays: the tables, their keys, and `changes.change_id`'s unique index (a pulled
change is taken once by it) and `changes_pending` (kept in the order changes come).
Every read still answers the same, only without the indexes it scans, so the window
stays usable during the load (it reads committed spans as before).

How it is kept safe:
- `begin` drops the indexes and records their definitions (as SQLite holds them) in
  `meta`, in the first span's transaction; `finish` builds them again from there and
  removes the record, in the transaction of the span that ends the pull (or its own).
  Either is whole or not at all.
- A pull that stops early (cancelled, an error, the network) is finished by the sync
  at once; a process that died in the middle leaves the record, and the next unlock
  finishes the load before anything else reads the vault (`Vault` calls `finish`
  ahead of its migrations, so they always see the whole schema).
- Only a vault with no changes at all begins a load: a laptop that already holds
  work keeps its indexes throughout.
"""

from __future__ import annotations

import json
import re

import sqlcipher3.dbapi2 as sqlcipher

# `meta` key: the definitions of the indexes dropped for a load under way (JSON list
# of [name, sql]); absent when no load is under way.
LOADING_META = "sync.first_load"

# The indexes a load builds at its end, in the order they are built.
DEFERRED = ("changes_by_family", "changes_by_field", "state_by_family", "state_by_type")
# What a recorded definition must look like to be run: `meta` is not sealed, so text
# written there is not trusted to be anything but a plain index on our tables.
_DEFINITION = re.compile(r'CREATE INDEX "?(\w+)"? ON "?(changes|state)"? \(\w+(, \w+)*\)')


class LoadRecordDamaged(Exception):
    """The record of a load under way names something other than its indexes."""


def loading(conn: sqlcipher.Connection) -> bool:
    """Whether a first load is under way (its indexes dropped, not yet built)."""
    row = conn.execute("SELECT 1 FROM meta WHERE key = ?", (LOADING_META,)).fetchone()
    return row is not None


def begin(conn: sqlcipher.Connection) -> bool:
    """Inside a transaction: drop the deferred indexes if the vault holds no change and
    no load is under way. True when a load is under way afterwards."""
    if loading(conn):
        return True
    if conn.execute("SELECT 1 FROM changes LIMIT 1").fetchone() is not None:
        return False
    placeholders = ", ".join("?" for _ in DEFERRED)
    found = dict(
        conn.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN ({placeholders})",
            DEFERRED,
        ).fetchall()
    )
    # In DEFERRED's order; one already missing (never expected) is simply not rebuilt.
    definitions = [[name, found[name]] for name in DEFERRED if name in found]
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)", (LOADING_META, json.dumps(definitions))
    )
    for name, _ in definitions:
        conn.execute(f'DROP INDEX "{name}"')
    return True


def finish(conn: sqlcipher.Connection) -> bool:
    """Inside a transaction: build the indexes a load dropped and end it. True when a
    load was under way."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (LOADING_META,)).fetchone()
    if row is None:
        return False
    try:
        definitions = [(str(name), str(sql)) for name, sql in json.loads(row[0])]
    except (ValueError, TypeError) as exc:
        raise LoadRecordDamaged("not a list of index definitions") from exc
    for name, sql in definitions:
        match = _DEFINITION.fullmatch(sql)
        if name not in DEFERRED or match is None or match.group(1) != name:
            raise LoadRecordDamaged(f"unexpected index definition for {name!r}")
    for name, sql in definitions:
        exists = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)
        ).fetchone()
        if exists is None:
            conn.execute(sql)
    conn.execute("DELETE FROM meta WHERE key = ?", (LOADING_META,))
    return True
