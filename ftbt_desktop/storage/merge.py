"""The change log's rows and the merge rule in SQL.

Every module that writes the log or the state — the repository (local edits),
the inbox (pulled pages), the outbox (changes the server refused) and the
repairs at unlock — reads and writes rows in the same column order and settles
a field by the same rule (`core.changes.wins`, here in SQL). They live below all
of those, so none of them has to import another to reach them.
"""

from __future__ import annotations

import json
import operator
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ftbt_desktop.core.changes import Change

if TYPE_CHECKING:
    # For the annotations only: the pull helper imports this module without SQLCipher.
    import sqlcipher3.dbapi2 as sqlcipher

# `changes.pushed`: waiting for the server, held by it, refused by it for good.
# (The clock repair adds SUPERSEDED, -2: kept in the log, never in the state.)
PENDING, PUSHED, REFUSED = 0, 1, -1

# How a value is stored: `json.dumps(value, ensure_ascii=False)`, one encoder for
# every row instead of one built per call.
VALUE_JSON = json.JSONEncoder(ensure_ascii=False)

CHANGE_COLUMNS = (
    "change_id, entity_type, entity_id, family_id, field, value, hlc, device_id, user_id"
)

# The merge rule in SQL: replace only when (hlc, device_id, change_id) is greater.
# The greatest wins whatever the order rows arrive in, so a batch may go as one
# executemany (`state_row`).
STATE_UPSERT = """
    INSERT INTO state (entity_id, field, entity_type, family_id, value, hlc, device_id, change_id)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (entity_id, field) DO UPDATE SET
        value = excluded.value, hlc = excluded.hlc,
        device_id = excluded.device_id, change_id = excluded.change_id
    WHERE (excluded.hlc, excluded.device_id, excluded.change_id)
        > (state.hlc, state.device_id, state.change_id)
"""


def aliased_columns(alias: str) -> str:
    """CHANGE_COLUMNS of a table named `alias` in a join."""
    return ", ".join(f"{alias}.{name.strip()}" for name in CHANGE_COLUMNS.split(","))


def change_values(change: Change) -> tuple[Any, ...]:
    """A change's columns in CHANGE_COLUMNS order."""
    return (
        change.change_id,
        change.entity_type,
        change.entity_id,
        change.family_id,
        change.field,
        VALUE_JSON.encode(change.value),
        change.hlc,
        change.device_id,
        change.user_id,
    )


def row_to_change(row: Sequence[Any]) -> Change:
    """A change from its columns in CHANGE_COLUMNS order."""
    return Change(
        change_id=row[0],
        entity_type=row[1],
        entity_id=row[2],
        family_id=row[3],
        field=row[4],
        value=json.loads(row[5]),
        hlc=row[6],
        device_id=row[7],
        user_id=row[8],
    )


# STATE_UPSERT's parameters from a change's columns in CHANGE_COLUMNS order (`state_row`
# of the change, its value already JSON text): a pulled page's rows, a C call each.
state_row_of_values = operator.itemgetter(2, 4, 1, 3, 5, 6, 7, 0)


def state_row(change: Change, value_text: str | None = None) -> tuple[Any, ...]:
    """STATE_UPSERT's parameters; `value_text` when the value is already JSON text."""
    if value_text is None:
        value_text = VALUE_JSON.encode(change.value)
    return (
        change.entity_id,
        change.field,
        change.entity_type,
        change.family_id,
        value_text,
        change.hlc,
        change.device_id,
        change.change_id,
    )


def apply_to_state(conn: sqlcipher.Connection, change: Change) -> None:
    """Merge one change into the state: it takes the field only if it wins."""
    conn.execute(STATE_UPSERT, state_row(change))


def recompute_field(conn: sqlcipher.Connection, entity_id: str, field_name: str) -> None:
    """The field's state from the best change not refused by the server."""
    row = conn.execute(
        f"SELECT {CHANGE_COLUMNS} FROM changes WHERE entity_id = ? AND field = ? AND pushed >= 0 "
        "ORDER BY hlc DESC, device_id DESC, change_id DESC LIMIT 1",
        (entity_id, field_name),
    ).fetchone()
    conn.execute("DELETE FROM state WHERE entity_id = ? AND field = ?", (entity_id, field_name))
    if row is not None:
        apply_to_state(conn, row_to_change(row))
