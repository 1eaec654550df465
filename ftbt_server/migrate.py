"""Run and check Alembic migrations without an alembic.ini.

`init` upgrades to the newest revision; `serve` refuses a database that is not
at exactly the revision this server ships (not initialised, older, or newer).
"""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

SCRIPT_LOCATION = "ftbt_server:migrations"


class SchemaMismatch(RuntimeError):
    """The database's schema revision is not the one this server expects."""


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    # Ended with a commit, not the pool's rollback: on PostgreSQL a rollback makes psycopg
    # drop the connection's prepared statements, and `/readyz` asks this every few seconds.
    with engine.connect() as conn, conn.begin():
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Bring the schema to the newest revision; (revision before, revision after)."""
    before = current_revision(engine)
    _refuse_newer(before)
    config = _config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return before, head_revision()


def check(engine: Engine) -> None:
    """Raise SchemaMismatch with an administrator-facing message unless the schema is current."""
    current = current_revision(engine)
    if current is None:
        raise SchemaMismatch(
            "the database is not initialised; run `ftbt-server init` with the same --db first"
        )
    _refuse_newer(current)
    head = head_revision()
    if current != head:
        raise SchemaMismatch(
            f"the database schema is older ({current}) than this server's ({head}); "
            "run `ftbt-server init` with the same --db to upgrade it"
        )


def _refuse_newer(current: str | None) -> None:
    if current is None:
        return
    known = {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}
    if current not in known:
        raise SchemaMismatch(
            f"the database schema ({current}) is newer than this server knows; "
            "upgrade ftbt-server before serving this database"
        )
