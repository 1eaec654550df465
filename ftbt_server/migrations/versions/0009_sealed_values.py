"""Values sealed under data keys held outside the database.

Adds the key id beside every stored value (NULL: a value stored clear before
this schema, which `ftbt-server key rotate` seals) and the table of key ids the
store uses.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "data_key_ids",
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("check_value", sa.String(length=64), nullable=False),
        sa.Column("first_used_ms", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("key_id", name=op.f("pk_data_key_ids")),
    )
    # Plain ADD COLUMN: a batch copy of `changes` on SQLite would trip the feed's
    # foreign key. SQLite's VARCHAR has no length to widen.
    for table in ("changes", "state", "seal_keys"):
        op.add_column(table, sa.Column("key_id", sa.String(length=16), nullable=True))
    if op.get_bind().dialect.name != "sqlite":
        op.alter_column(
            "seal_keys", "private_key", existing_type=sa.String(length=64), type_=sa.Text()
        )


def downgrade() -> None:
    # An older server would take sealed text for values and serve it: refuse instead.
    conn = op.get_bind()
    for table in ("changes", "state", "seal_keys"):
        sealed = conn.execute(
            sa.text(f"SELECT COUNT(*) FROM {table} WHERE key_id IS NOT NULL")
        ).scalar()
        if sealed:
            raise RuntimeError(
                f"{table} holds {sealed} values sealed under a data key, which a server "
                "older than schema 0009 cannot read: restore a backup made before the upgrade"
            )
    if op.get_bind().dialect.name != "sqlite":
        op.alter_column(
            "seal_keys", "private_key", existing_type=sa.Text(), type_=sa.String(length=64)
        )
    # Plain DROP COLUMN (SQLite 3.35+), for the same reason as above.
    for table in ("seal_keys", "state", "changes"):
        op.execute(f"ALTER TABLE {table} DROP COLUMN key_id")
    op.drop_table("data_key_ids")
