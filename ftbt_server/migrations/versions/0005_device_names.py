"""Each device's name as its user gave it at sign-in, so a conflict can name the laptop.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Nullable: rows kept from before have no name until their device pushes again.
    with op.batch_alter_table("device_pushes") as batch:
        batch.add_column(sa.Column("device_name", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("device_pushes") as batch:
        batch.drop_column("device_name")
