"""Values an earlier server let through, set aside once per vault at unlock.

Before the server checked values with the field rules (issue 10), it stored and
served anything: a member role "dragon", NaN, a text nested 900 deep. A laptop
that pulled such a change kept it in its state, and the outcome report, the JSON
export and the plan PDF then stopped with an error for that family, for good.

Pulls and imports now refuse such values, so this is needed once: every change
in the log whose value breaks its field's rule is marked superseded (the same
mark the clock repair uses: kept in the log, never in the state, never exported
or pushed), and each field it touched takes its best remaining change. A meta
flag records that the log was checked, and by which rules (RULES_CHECKED), so later
unlocks cost one read until a rule is made stricter.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ftbt_desktop.core.entities import ENTITY_CLASSES  # noqa: F401  (registers the rules)
from ftbt_desktop.core.fields import DELETED_FIELD, ENTITY_RULES, InvalidField, validate
from ftbt_desktop.storage.clock_repair import SUPERSEDED
from ftbt_desktop.storage.merge import recompute_field

if TYPE_CHECKING:
    from ftbt_desktop.storage.repository import Repository

CHECKED_META = "values.checked"
# What CHECKED_META holds once the log is checked by this version's rules. Raised when
# a rule comes to refuse what it took before, so every vault is checked again, once:
# "2" since a date its entity needs refuses null (fields.iso_date).
RULES_CHECKED = "2"


def set_aside_unfit_values(repo: Repository) -> int:
    """How many changes were set aside (0 when the log was checked before)."""
    if repo.vault.get_meta(CHECKED_META) == RULES_CHECKED:
        return 0
    with repo.vault.transaction() as conn:
        unfit: list[tuple[str, str, str]] = []
        rows = conn.execute(
            "SELECT change_id, entity_type, entity_id, field, value FROM changes WHERE pushed >= 0"
        )
        for change_id, entity_type, entity_id, field_name, text in rows:
            if not _fits(entity_type, field_name, text):
                unfit.append((change_id, entity_id, field_name))
        for change_id, _, _ in unfit:
            conn.execute(
                "UPDATE changes SET pushed = ? WHERE change_id = ?", (SUPERSEDED, change_id)
            )
        for entity_id, field_name in sorted({(e, f) for _, e, f in unfit}):
            recompute_field(conn, entity_id, field_name)
        repo.vault.set_meta(CHECKED_META, RULES_CHECKED, conn=conn)
    return len(unfit)


def _fits(entity_type: str, field_name: str, text: str) -> bool:
    # Only fields this version has a rule for are judged: a kind of data from a
    # newer version is left as it is.
    if field_name != DELETED_FIELD and field_name not in ENTITY_RULES.get(entity_type, {}):
        return True
    try:
        # NaN and Infinity are not JSON: refused, like the server's own reading.
        value = json.loads(text, parse_constant=_refuse)
        validate(entity_type, field_name, value)
    except (InvalidField, ValueError, TypeError, RecursionError):
        return False
    return True


def _refuse(token: str) -> float:
    raise ValueError(f"not a JSON number: {token}")
