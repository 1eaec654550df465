"""Erasure of a family on an order: the record that it happened, and who confirmed.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "erasures",
        sa.Column("family_id", sa.String(length=100), nullable=False),
        sa.Column("erased_ms", sa.BigInteger(), nullable=False),
        sa.Column("erased_by", sa.String(length=200), nullable=False),
        sa.Column("changes", sa.BigInteger(), nullable=False),
        sa.Column("forced", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("family_id", name=op.f("pk_erasures")),
    )
    op.create_table(
        "erasure_holders",
        sa.Column("family_id", sa.String(length=100), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["family_id"],
            ["erasures.family_id"],
            name=op.f("fk_erasure_holders_family_id_erasures"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_erasure_holders_user_id_users")
        ),
        sa.PrimaryKeyConstraint("family_id", "user_id", name=op.f("pk_erasure_holders")),
    )
    op.create_table(
        "erasure_confirmations",
        sa.Column("family_id", sa.String(length=100), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=100), nullable=False),
        sa.Column("device_name", sa.String(length=200), nullable=False),
        sa.Column("confirmed_ms", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["family_id"],
            ["erasures.family_id"],
            name=op.f("fk_erasure_confirmations_family_id_erasures"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_erasure_confirmations_user_id_users")
        ),
        sa.PrimaryKeyConstraint(
            "family_id", "user_id", "device_id", name=op.f("pk_erasure_confirmations")
        ),
    )


def downgrade() -> None:
    op.drop_table("erasure_confirmations")
    op.drop_table("erasure_holders")
    op.drop_table("erasures")
