"""Loose stamps stored before the one stamp syntax are rewritten; their fields re-merged.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04

Before `Hlc.decode` took only ASCII `[0-9]{15}-[0-9]{5}`, a push could store a stamp
such as "0_0_0_0_0_0_0_1-00000" or one in Arabic-Indic digits: it passed the
clock-ahead check (int() read it as 1 ms) yet sorted above every real stamp, so it
stayed the current value for good, and laptops now refuse every pull page holding
it. Each such stamp becomes what that check believed (`core.clock.legacy_reading`,
the zero stamp when unreadable or far ahead), as laptops do in their vaults at
unlock, so both agree; the state of each field it touched is worked out again by
the merge rule (`core.changes.wins`, in Python: database collations need not order
strings by code point). A data migration: no schema change, nothing to undo.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from ftbt_desktop.core.changes import Change, wins
from ftbt_desktop.core.clock import MAX_AHEAD_MS, is_canonical, legacy_reading, wall_ms

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAMP_GLOB = "[0-9]" * 15 + "-" + "[0-9]" * 5


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        where = "hlc !~ '^[0-9]{15}-[0-9]{5}$'"
    else:
        where = f"hlc NOT GLOB '{STAMP_GLOB}'"
    loose = [
        row
        for row in conn.execute(
            sa.text(f"SELECT change_id, hlc, entity_id, field FROM changes WHERE {where}")
        )
        if not is_canonical(row.hlc)
    ]
    bound = wall_ms() + MAX_AHEAD_MS
    for row in loose:
        conn.execute(
            sa.text("UPDATE changes SET hlc = :hlc WHERE change_id = :id"),
            {"hlc": legacy_reading(row.hlc, bound).encode(), "id": row.change_id},
        )
    for entity_id, field in sorted({(row.entity_id, row.field) for row in loose}):
        _remerge(conn, entity_id, field)


def downgrade() -> None:
    # The loose texts are not kept: they are exactly what must never be compared again.
    pass


def _remerge(conn: sa.Connection, entity_id: str, field: str) -> None:
    rows = conn.execute(
        sa.text(
            "SELECT change_id, entity_type, entity_id, family_id, field, value, hlc, "
            "device_id, user_id FROM changes WHERE entity_id = :e AND field = :f"
        ),
        {"e": entity_id, "f": field},
    ).all()
    best: Change | None = None
    for row in rows:
        candidate = Change(**row._asdict())
        if wins(candidate, best):
            best = candidate
    if best is None:
        return
    conn.execute(
        sa.text(
            "UPDATE state SET change_id = :change_id, entity_type = :entity_type, "
            "family_id = :family_id, value = :value, hlc = :hlc, device_id = :device_id, "
            "user_id = :user_id WHERE entity_id = :entity_id AND field = :field"
        ),
        {
            "change_id": best.change_id,
            "entity_type": best.entity_type,
            "family_id": best.family_id,
            "value": best.value,
            "hlc": best.hlc,
            "device_id": best.device_id,
            "user_id": best.user_id,
            "entity_id": entity_id,
            "field": field,
        },
    )
