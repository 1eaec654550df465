"""A hash chain over the audit log, its head, and MACed checkpoints.

Existing entries are chained here in id order, in batches, so `ftbt-server
audit verify` covers the whole log from this schema on. A migration holds no
keys: `ftbt-server init` MACs what this upgrade chained right after it
(audit_chain.checkpoint_upgraded).

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
    previous, last_id, count = _chain_existing(op.get_bind())
    op.bulk_insert(
        head, [{"id": 1, "last_id": last_id, "last_hash": previous, "since_checkpoint": count}]
    )


# A log kept for six months can hold millions of entries: read and update them in
# batches, never all at once.
_BATCH = 5000


def _chain_existing(conn: sa.Connection) -> tuple[str, int, int]:
    """Chain the entries there are, in id order; returns the last hash, id and count."""
    rows_after = sa.text(
        "SELECT id, at_ms, action, outcome, user_id, username, device_name, client_addr, "
        "counts, detail FROM audit WHERE id > :after ORDER BY id LIMIT :batch"
    )
    families_of = sa.text(
        "SELECT audit_id, family_id FROM audit_families WHERE audit_id IN :ids"
    ).bindparams(sa.bindparam("ids", expanding=True))
    previous, last_id, count = GENESIS, 0, 0
    while True:
        rows = conn.execute(rows_after, {"after": last_id, "batch": _BATCH}).mappings().all()
        if not rows:
            return previous, last_id, count
        families: dict[int, list[str]] = {}
        for audit_id, family_id in conn.execute(families_of, {"ids": [r["id"] for r in rows]}):
            families.setdefault(audit_id, []).append(family_id)
        updates = []
        for row in rows:
            digest = entry_hash(previous, dict(row), families.get(row["id"], []))
            updates.append({"i": row["id"], "p": previous, "h": digest})
            previous, last_id, count = digest, row["id"], count + 1
        conn.execute(sa.text("UPDATE audit SET prev_hash = :p, hash = :h WHERE id = :i"), updates)


def downgrade() -> None:
    op.drop_index(op.f("ix_audit_checkpoints_audit_id"), table_name="audit_checkpoints")
    op.drop_table("audit_checkpoints")
    op.drop_table("audit_head")
    for column in ("hash", "prev_hash"):
        op.execute(f"ALTER TABLE audit DROP COLUMN {column}")
