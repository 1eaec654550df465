"""How a conflict is described: what it is about, and who changed it where and when.

The heading names the thing by a name the conflict cannot change: its kind and
whom it concerns ("Goal for Mads Holm – Text"), never a value in dispute (a
goal's text may be the very thing the two laptops disagree on). Each side says
which laptop it came from and when, to the second: two edits a minute apart
on two laptops are the usual case, and "11.29 af anna" twice tells nothing.

Pulled changes carry the id of the laptop that made them, not its name. The
server sends the names its users gave their laptops at sign-in with each pull
(kept in the vault, `SyncState.device_names`): the other laptop shows up as
"annes-arbejdscomputer (3F2A9C)", else as "computer 3F2A9C" — the label its own
sign-in dialog shows under "This computer" (see `sync_words.device_label`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from ftbt_desktop.core.changes import Change
from ftbt_desktop.storage.sync_state import Conflict
from ftbt_desktop.words.common import entity_label, field_label, role_label
from ftbt_desktop.words.sync import device_label, moment_text

# (entity type, fields) of a live entity, or None when it is gone.
Lookup = Callable[[str], tuple[str, dict[str, Any]] | None]

# Fields that say which family member an entity concerns, in the order asked.
MEMBER_FIELDS = ("member_ids", "member_id", "child_id", "owner_id")


def conflict_heading(conflict: Conflict, lookup: Lookup) -> str:
    """ "Goal for Mads Holm – Text", "Family member Mads Holm – Birth year", "Family – Notes"."""
    return QCoreApplication.translate("ConflictWords", "{what} – {field}").format(
        what=conflict_subject(conflict, lookup), field=field_label(conflict.field)
    )


def conflict_subject(conflict: Conflict, lookup: Lookup) -> str:
    kind = entity_label(conflict.entity_type)
    if conflict.entity_type == "family":
        return kind  # shown inside the family's own page, under its name
    found = lookup(conflict.entity_id)
    fields = found[1] if found is not None else {}
    if conflict.entity_type == "member":
        name = fields.get("name")
        if conflict.field != "name" and isinstance(name, str) and name:
            return f"{kind} {name}"
        role = fields.get("role")
        return f"{kind} ({role_label(role)})" if isinstance(role, str) and role else kind
    names = _member_names(fields, lookup)
    if not names and isinstance(fields.get("goal_id"), str):
        # A step or a rating concerns whom its goal concerns.
        goal = lookup(fields["goal_id"])
        names = _member_names(goal[1], lookup) if goal is not None else []
    if names:
        return QCoreApplication.translate("ConflictWords", "{kind} for {members}").format(
            kind=kind, members=", ".join(names)
        )
    return QCoreApplication.translate("ConflictWords", "{kind} for the family").format(kind=kind)


def _member_names(fields: dict[str, Any], lookup: Lookup) -> list[str]:
    for key in MEMBER_FIELDS:
        value = fields.get(key)
        ids = value if isinstance(value, list) else [value]
        names = []
        for entity_id in ids:
            if not isinstance(entity_id, str):
                continue
            found = lookup(entity_id)
            if found is not None and found[0] == "member":
                name = found[1].get("name")
                if isinstance(name, str) and name:
                    names.append(name)
        if names:
            return names
    return []


def side_text(
    change: Change,
    mine: bool,
    when: dt.datetime,
    this_device: tuple[str, str],
    names: Mapping[str, str] | None = None,
) -> str:
    """One side of a conflict: which laptop, who, when to the second.

    `this_device`: (its id, its name on the server). A pulled change made on this very
    laptop (a vault put back) is called so, too. `names`: other laptops' sign-in
    names by device id, as the server said them."""
    device_id, device_name = this_device
    moment = moment_text(when)
    if mine or change.device_id == device_id:
        text = QCoreApplication.translate(
            "ConflictWords", "this computer “{name}” ({label}), by {who}, {when}"
        ).format(name=device_name, label=device_label(device_id), who=change.user_id, when=moment)
    elif name := (names or {}).get(change.device_id, ""):
        text = QCoreApplication.translate(
            "ConflictWords", "{name} ({label}) via the central server, by {who}, {when}"
        ).format(name=name, label=device_label(change.device_id), who=change.user_id, when=moment)
    else:
        text = QCoreApplication.translate(
            "ConflictWords", "computer {label} via the central server, by {who}, {when}"
        ).format(label=device_label(change.device_id), who=change.user_id, when=moment)
    return text
