"""The vault's schema as named sqlite-utils migrations, applied in order at every open.

State is kept generically, one row per (entity, field), so new entity types
(goals, map nodes, visits…) need no table of their own: the change log and
the merge rule are the same for all of them.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("ftbt_vault")

# Tables the app cannot work without, with the plain words used when one is damaged.
TABLE_WORDS: dict[str, str] = {
    "meta": "vault settings",
    "changes": "change history",
    "state": "current data",
    "_sqlite_migrations": "schema version",
}


@migrations()
def m001_initial(db: Database) -> None:
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        """
        CREATE TABLE changes (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            change_id TEXT NOT NULL UNIQUE,
            entity_type TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            family_id TEXT NOT NULL,
            field TEXT NOT NULL,
            value TEXT NOT NULL,
            hlc TEXT NOT NULL,
            device_id TEXT NOT NULL,
            user_id TEXT NOT NULL,
            origin TEXT NOT NULL,
            pushed INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    db.execute("CREATE INDEX changes_by_family ON changes (family_id, hlc)")
    db.execute("CREATE INDEX changes_by_field ON changes (entity_id, field, hlc)")
    db.execute(
        """
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
    )
    db.execute("CREATE INDEX state_by_family ON state (family_id, entity_type)")
    db.execute("CREATE INDEX state_by_type ON state (entity_type, field)")


@migrations()
def m002_sync(db: Database) -> None:
    # `changes.pushed`: 0 waits to be pushed, 1 the server has it, -1 the server
    # refused it (why is in sync_rejections). `server_seq` is the server's
    # sequence number once the change has come back in a pull, so a local change
    # still lacking one may be concurrent with changes pulled now (a conflict).
    db.execute("ALTER TABLE changes ADD COLUMN server_seq INTEGER")
    db.execute("CREATE INDEX changes_pending ON changes (pushed, origin)")
    db.execute(
        """
        CREATE TABLE sync_rejections (
            change_id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL,
            reason TEXT NOT NULL,
            message TEXT NOT NULL,
            rejected_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE sync_conflicts (
            conflict_id INTEGER PRIMARY KEY AUTOINCREMENT,
            family_id TEXT NOT NULL,
            entity_type TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            field TEXT NOT NULL,
            local_change_id TEXT NOT NULL,
            remote_change_id TEXT NOT NULL,
            winner_change_id TEXT NOT NULL,
            detected_at TEXT NOT NULL,
            resolved_at TEXT,
            resolution_change_id TEXT
        )
        """
    )
    db.execute("CREATE INDEX sync_conflicts_open ON sync_conflicts (family_id, resolved_at)")


@migrations()
def m003_export_audit(db: Database) -> None:
    # Every export takes personal data out of the vault, so each one is noted
    # here (ids only, never names) and, while `sent_at` is empty, waits to be
    # reported to the central audit log at the next sync.
    db.execute(
        """
        CREATE TABLE export_audit (
            export_id TEXT PRIMARY KEY,
            at TEXT NOT NULL,
            user_id TEXT NOT NULL,
            device_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            format TEXT NOT NULL,
            audience TEXT,
            family_ids TEXT NOT NULL,
            sent_at TEXT
        )
        """
    )
    db.execute("CREATE INDEX export_audit_by_time ON export_audit (at)")
    db.execute("CREATE INDEX export_audit_unsent ON export_audit (sent_at)")


@migrations()
def m004_notices(db: Database) -> None:
    # What a sync learned that the reader must hear of (a family removed, held or
    # refused, a conflict, a new review comment…), written in the step that learned
    # it, so an auto-lock or a restart before it was read loses nothing. A row goes
    # when it is acknowledged: the family's name (of a family no longer here, too)
    # stays no longer than it is needed. `detail` is JSON (counts, field names).
    db.execute(
        """
        CREATE TABLE notices (
            notice_id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            at TEXT NOT NULL,
            family_id TEXT NOT NULL DEFAULT '',
            family_name TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT '',
            count INTEGER NOT NULL DEFAULT 0,
            detail TEXT NOT NULL DEFAULT '{}'
        )
        """
    )
    db.execute("CREATE INDEX notices_by_family ON notices (family_id, kind)")


@migrations()
def m005_family_teams(db: Database) -> None:
    # The teams (server-side only) of each family's assigned coordinator, as the last
    # pull said: a JSON list of team names per family (storage/family_teams.py).
    db.execute(
        "CREATE TABLE family_teams (family_id TEXT PRIMARY KEY, teams TEXT NOT NULL) WITHOUT ROWID"
    )


@migrations()
def m006_state_in_arrival_order(db: Database) -> None:
    # The state as a table in the order its rows arrive, with its key (entity, field) in
    # an index of its own, rather than a table kept in key order (WITHOUT ROWID). Entity
    # ids are random, so each new field landed on an almost random page of the whole
    # table, ~200 bytes a row; past the page cache every batch read, decrypted and
    # wrote back most of its pages. Now only the key index (~60 bytes an entry) grows
    # so: a million pulled changes were written in 50 s against 90 s, 100,000 in
    # 2.3-2.5 s against 2.6-3.4 s (the vault alone, 2 cores; docs/sync.md).
    # The columns, the rows and the merge rule's ON CONFLICT (entity_id, field) are
    # the same; the indexes are made again as m001 made them.
    db.execute(
        """
        CREATE TABLE state_in_arrival_order (
            entity_id TEXT NOT NULL,
            field TEXT NOT NULL,
            entity_type TEXT NOT NULL,
            family_id TEXT NOT NULL,
            value TEXT NOT NULL,
            hlc TEXT NOT NULL,
            device_id TEXT NOT NULL,
            change_id TEXT NOT NULL
        )
        """
    )
    columns = "entity_id, field, entity_type, family_id, value, hlc, device_id, change_id"
    db.execute(f"INSERT INTO state_in_arrival_order ({columns}) SELECT {columns} FROM state")
    db.execute("DROP TABLE state")
    db.execute("ALTER TABLE state_in_arrival_order RENAME TO state")
    db.execute("CREATE UNIQUE INDEX state_key ON state (entity_id, field)")
    db.execute("CREATE INDEX state_by_family ON state (family_id, entity_type)")
    db.execute("CREATE INDEX state_by_type ON state (entity_type, field)")


@migrations()
def m007_changes_in_flight(db: Database) -> None:
    # The local changes the server has not yet sent back (`server_seq` NULL): every
    # sync looks for them twice, to spot conflicts and to settle what never came back.
    # `changes_pending` (pushed, origin) could not exclude the pulled rows, so each
    # look read an index entry per change the vault held: 11 ms apiece at 100,000
    # changes, a third of an incremental sync (bench/sync_bench.py). A pulled row has
    # its `server_seq` when written, so it never enters this index: a first sync pays
    # nothing for it.
    db.execute("CREATE INDEX changes_in_flight ON changes (pushed) WHERE server_seq IS NULL")


# Migrations that change only how fast the vault is, never what it holds or how it is
# read: on a full disk the vault opens without them (Vault._migrate), and a later
# unlock takes them. Only the last ones may be here, as migrations run in order.
FASTER_ONLY = frozenset({"m006_state_in_arrival_order", "m007_changes_in_flight"})


def latest_migration() -> str:
    return migrations._migrations[-1].name


def known_migrations() -> list[str]:
    return [m.name for m in migrations._migrations]
