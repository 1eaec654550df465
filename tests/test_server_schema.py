"""The migrations build exactly the tables `ftbt_server/tables.py` describes, on SQLite
and PostgreSQL: a column added to one and not the other is found here, not in use."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from ftbt_server import migrate
from ftbt_server.db import make_engine
from ftbt_server.tables import metadata

pytest_plugins = ("server_fixtures",)


def test_the_migrated_schema_is_the_described_one(server_db_url: str) -> None:
    engine = make_engine(server_db_url)
    try:
        migrate.upgrade(engine)
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": False})
            differences = [
                diff
                for diff in compare_metadata(context, metadata)
                # Alembic's own version table is not ours to describe.
                if not (diff[0] == "remove_table" and diff[1].name == "alembic_version")
            ]
    finally:
        engine.dispose()
    assert differences == []
