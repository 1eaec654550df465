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


def latest_migration() -> str:
    return migrations._migrations[-1].name


def known_migrations() -> list[str]:
    return [m.name for m in migrations._migrations]
