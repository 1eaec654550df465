"""Initial schema: users, tokens, teams, families, changes, feed, state, audit.

Revision ID: 0001
Revises:
Create Date: 2026-11-25

Written out in full rather than from `tables.metadata`, so that this revision
stays what it was when later revisions change the tables.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("at_ms", sa.BigInteger(), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.Column("username", sa.String(length=100), nullable=True),
        sa.Column("device_name", sa.String(length=200), nullable=True),
        sa.Column("client_addr", sa.String(length=100), nullable=True),
        sa.Column("counts", sa.Text(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit")),
    )
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_at_ms"), ["at_ms"], unique=False)

    op.create_table(
        "entities",
        sa.Column("entity_id", sa.String(length=100), nullable=False),
        sa.Column("entity_type", sa.String(length=64), nullable=False),
        sa.Column("family_id", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("entity_id", name=op.f("pk_entities")),
    )
    op.create_table(
        "login_failures",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("client_addr", sa.String(length=100), nullable=False),
        sa.Column("at_ms", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_failures")),
    )
    with op.batch_alter_table("login_failures", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_login_failures_client_addr_at_ms"),
            ["client_addr", "at_ms"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_login_failures_username_at_ms"), ["username", "at_ms"], unique=False
        )

    op.create_table(
        "seq_counter",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seq_counter")),
    )
    op.create_table(
        "state",
        sa.Column("entity_id", sa.String(length=100), nullable=False),
        sa.Column("field", sa.String(length=100), nullable=False),
        sa.Column("entity_type", sa.String(length=64), nullable=False),
        sa.Column("family_id", sa.String(length=100), nullable=False),
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=32), nullable=False),
        sa.Column("device_id", sa.String(length=100), nullable=False),
        sa.Column("user_id", sa.String(length=200), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("entity_id", "field", name=op.f("pk_state")),
    )
    with op.batch_alter_table("state", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_state_family_id"), ["family_id"], unique=False)

    op.create_table(
        "teams",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_teams")),
        sa.UniqueConstraint("name", name=op.f("uq_teams_name")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("created_ms", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_table(
        "audit_families",
        sa.Column("audit_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("family_id", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["audit_id"],
            ["audit.id"],
            name=op.f("fk_audit_families_audit_id_audit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("audit_id", "family_id", name=op.f("pk_audit_families")),
    )
    with op.batch_alter_table("audit_families", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_audit_families_family_id"), ["family_id"], unique=False
        )

    op.create_table(
        "families",
        sa.Column("family_id", sa.String(length=100), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("created_ms", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_families_created_by_users")
        ),
        sa.PrimaryKeyConstraint("family_id", name=op.f("pk_families")),
    )
    op.create_table(
        "team_members",
        sa.Column("team_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_team_members_team_id_teams")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_team_members_user_id_users")
        ),
        sa.PrimaryKeyConstraint("team_id", "user_id", "kind", name=op.f("pk_team_members")),
    )
    with op.batch_alter_table("team_members", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_team_members_user_id"), ["user_id"], unique=False)

    op.create_table(
        "tokens",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("device_name", sa.String(length=200), nullable=False),
        sa.Column("created_ms", sa.BigInteger(), nullable=False),
        sa.Column("expires_ms", sa.BigInteger(), nullable=False),
        sa.Column("revoked_ms", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_tokens_user_id_users")),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_tokens")),
    )
    with op.batch_alter_table("tokens", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tokens_user_id"), ["user_id"], unique=False)

    op.create_table(
        "assignments",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("family_id", sa.String(length=100), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("assigned_ms", sa.BigInteger(), nullable=False),
        sa.Column("ended_ms", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["family_id"], ["families.family_id"], name=op.f("fk_assignments_family_id_families")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_assignments_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignments")),
    )
    with op.batch_alter_table("assignments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assignments_family_id_ended_ms"), ["family_id", "ended_ms"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_assignments_user_id_ended_ms"), ["user_id", "ended_ms"], unique=False
        )

    op.create_table(
        "changes",
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("entity_type", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.String(length=100), nullable=False),
        sa.Column("family_id", sa.String(length=100), nullable=False),
        sa.Column("field", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("hlc", sa.String(length=32), nullable=False),
        sa.Column("device_id", sa.String(length=100), nullable=False),
        sa.Column("user_id", sa.String(length=200), nullable=False),
        sa.Column("pushed_by", sa.String(length=36), nullable=False),
        sa.Column("received_ms", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["family_id"], ["families.family_id"], name=op.f("fk_changes_family_id_families")
        ),
        sa.ForeignKeyConstraint(
            ["pushed_by"], ["users.id"], name=op.f("fk_changes_pushed_by_users")
        ),
        sa.PrimaryKeyConstraint("change_id", name=op.f("pk_changes")),
        sa.UniqueConstraint("seq", name=op.f("uq_changes_seq")),
    )
    with op.batch_alter_table("changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_changes_family_id_seq"), ["family_id", "seq"], unique=False
        )

    op.create_table(
        "grants",
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("family_id", sa.String(length=100), nullable=False),
        sa.Column("floor_seq", sa.BigInteger(), nullable=False),
        sa.Column("granted_ms", sa.BigInteger(), nullable=False),
        sa.Column("revoked_ms", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["family_id"], ["families.family_id"], name=op.f("fk_grants_family_id_families")
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_grants_user_id_users")),
        sa.PrimaryKeyConstraint("user_id", "family_id", name=op.f("pk_grants")),
    )
    op.create_table(
        "feed",
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column("family_id", sa.String(length=100), nullable=False),
        sa.Column("audience", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["change_id"], ["changes.change_id"], name=op.f("fk_feed_change_id_changes")
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_feed")),
    )
    with op.batch_alter_table("feed", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_feed_audience_seq"), ["audience", "seq"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_feed_family_id_seq"), ["family_id", "seq"], unique=False
        )

    seq_counter = sa.table(
        "seq_counter", sa.column("id", sa.Integer), sa.column("value", sa.BigInteger)
    )
    op.bulk_insert(seq_counter, [{"id": 1, "value": 0}])


def downgrade() -> None:
    with op.batch_alter_table("feed", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feed_family_id_seq"))
        batch_op.drop_index(batch_op.f("ix_feed_audience_seq"))

    op.drop_table("feed")
    op.drop_table("grants")
    with op.batch_alter_table("changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_changes_family_id_seq"))

    op.drop_table("changes")
    with op.batch_alter_table("assignments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assignments_user_id_ended_ms"))
        batch_op.drop_index(batch_op.f("ix_assignments_family_id_ended_ms"))

    op.drop_table("assignments")
    with op.batch_alter_table("tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tokens_user_id"))

    op.drop_table("tokens")
    with op.batch_alter_table("team_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_team_members_user_id"))

    op.drop_table("team_members")
    op.drop_table("families")
    with op.batch_alter_table("audit_families", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_families_family_id"))

    op.drop_table("audit_families")
    op.drop_table("users")
    op.drop_table("teams")
    with op.batch_alter_table("state", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_state_family_id"))

    op.drop_table("state")
    op.drop_table("seq_counter")
    with op.batch_alter_table("login_failures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_login_failures_username_at_ms"))
        batch_op.drop_index(batch_op.f("ix_login_failures_client_addr_at_ms"))

    op.drop_table("login_failures")
    op.drop_table("entities")
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_at_ms"))

    op.drop_table("audit")
