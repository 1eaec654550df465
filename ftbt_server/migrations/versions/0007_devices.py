"""Devices as first-class: each signed-in laptop, its tokens, revocation and wipe orders,
and the key a wiped laptop seals what it could not push with.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""

import secrets
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "devices",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=True),
        sa.Column("first_seen_ms", sa.BigInteger(), nullable=False),
        sa.Column("last_seen_ms", sa.BigInteger(), nullable=False),
        sa.Column("revoked_ms", sa.BigInteger(), nullable=True),
        sa.Column("revoked_by", sa.String(length=200), nullable=True),
        sa.Column("wipe_ordered_ms", sa.BigInteger(), nullable=True),
        sa.Column("wipe_confirmed_ms", sa.BigInteger(), nullable=True),
        sa.Column("wiped_families", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_devices_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_devices")),
    )
    op.create_table(
        "seal_keys",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("private_key", sa.String(length=64), nullable=False),
        sa.Column("created_ms", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seal_keys")),
    )
    op.create_index(op.f("ix_devices_user_id"), "devices", ["user_id"])
    op.create_index(op.f("ix_devices_key_hash"), "devices", ["key_hash"])
    with op.batch_alter_table("tokens") as batch:
        batch.add_column(sa.Column("device_id", sa.String(length=36), nullable=True))
        batch.create_foreign_key(
            op.f("fk_tokens_device_id_devices"), "devices", ["device_id"], ["id"]
        )
        batch.create_index(op.f("ix_tokens_device_id"), ["device_id"])
    # Every sign-in still in use becomes a device of its own, named as it was signed
    # in, so an administrator can revoke a laptop from the day of the upgrade. Its
    # known-device key is not linked to any token, so the laptop's next sign-in
    # registers it once more; the old entry then simply stops being seen.
    conn = op.get_bind()
    tokens = sa.table(
        "tokens",
        sa.column("token_hash", sa.String),
        sa.column("user_id", sa.String),
        sa.column("device_name", sa.String),
        sa.column("created_ms", sa.BigInteger),
        sa.column("revoked_ms", sa.BigInteger),
        sa.column("device_id", sa.String),
    )
    devices = sa.table(
        "devices",
        sa.column("id", sa.String),
        sa.column("user_id", sa.String),
        sa.column("name", sa.String),
        sa.column("first_seen_ms", sa.BigInteger),
        sa.column("last_seen_ms", sa.BigInteger),
    )
    live = conn.execute(
        sa.select(tokens.c.token_hash, tokens.c.user_id, tokens.c.device_name, tokens.c.created_ms)
        .where(tokens.c.revoked_ms.is_(None))
        .order_by(tokens.c.created_ms)
    ).all()
    for row in live:
        device_id = secrets.token_hex(6)
        conn.execute(
            sa.insert(devices).values(
                id=device_id,
                user_id=row.user_id,
                name=row.device_name,
                first_seen_ms=row.created_ms,
                last_seen_ms=row.created_ms,
            )
        )
        conn.execute(
            sa.update(tokens)
            .where(tokens.c.token_hash == row.token_hash)
            .values(device_id=device_id)
        )


def downgrade() -> None:
    with op.batch_alter_table("tokens") as batch:
        batch.drop_index(op.f("ix_tokens_device_id"))
        batch.drop_constraint(op.f("fk_tokens_device_id_devices"), type_="foreignkey")
        batch.drop_column("device_id")
    op.drop_index(op.f("ix_devices_key_hash"), table_name="devices")
    op.drop_index(op.f("ix_devices_user_id"), table_name="devices")
    op.drop_table("devices")
    op.drop_table("seal_keys")
