"""A hash chain over the audit log, its head, and MACed checkpoints.

Existing entries are chained here in id order, so `ftbt-server audit verify`
covers the whole log from this schema on; their first checkpoint is written by
the first server or command that holds the data keys.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from ftbt_server.audit_chain import GENESIS, entry_hash

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("audit", sa.Column("prev_hash", sa.String(length=64), nullable=True))
    op.add_column("audit", sa.Column("hash", sa.String(length=64), nullable=True))
    head = op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_id", sa.BigInteger(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.Column("since_checkpoint", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    op.create_table(
        "audit_checkpoints",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("audit_id", sa.BigInteger(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("at_ms", sa.BigInteger(), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("mac", sa.String(length=64), nullable=False),
        sa.Column("prev_mac", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_checkpoints")),
    )
    op.create_index(
        op.f("ix_audit_checkpoints_audit_id"), "audit_checkpoints", ["audit_id"], unique=False
    )
    conn = op.get_bind()
    families: dict[int, list[str]] = {}
    for audit_id, family_id in conn.execute(
        sa.text("SELECT audit_id, family_id FROM audit_families ORDER BY family_id")
    ):
        families.setdefault(audit_id, []).append(family_id)
    previous, last_id, count = GENESIS, 0, 0
    rows = conn.execute(
        sa.text(
            "SELECT id, at_ms, action, outcome, user_id, username, device_name, client_addr, "
            "counts, detail FROM audit ORDER BY id"
        )
    ).mappings()
    updates = []
    for row in rows:
        digest = entry_hash(previous, dict(row), families.get(row["id"], []))
        updates.append({"i": row["id"], "p": previous, "h": digest})
        previous, last_id, count = digest, row["id"], count + 1
    if updates:
        conn.execute(sa.text("UPDATE audit SET prev_hash = :p, hash = :h WHERE id = :i"), updates)
    op.bulk_insert(
        head, [{"id": 1, "last_id": last_id, "last_hash": previous, "since_checkpoint": count}]
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_audit_checkpoints_audit_id"), table_name="audit_checkpoints")
    op.drop_table("audit_checkpoints")
    op.drop_table("audit_head")
    for column in ("hash", "prev_hash"):
        op.execute(f"ALTER TABLE audit DROP COLUMN {column}")
