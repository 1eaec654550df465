"""A map node's moves in History: one "position" line per move, in words.

The vault stores a move as separate `x` and `y` changes of a `map_node`
(so two devices moving a node merge field by field). To a coordinator
reading History that is one thing, "moved on the map", so the History tab
passes its entries through `join_moves` first: the `x` and `y` written
together become one change of the field `position`, and a lone `x` or `y`
becomes one too. Its value says it in words ("Placed on the map" the first
time, "Moved on the map" after): coordinates mean nothing to a reader. The
change itself keeps the position (`change.value`). Naming the node and
wording its other fields is the History tab's own work.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from ftbt_desktop.storage.repository import HistoryEntry

POSITION = "position"
SAME_MOVE = dt.timedelta(seconds=1)  # an x and a y of one write are at most this far apart

Position = tuple[Any, Any]


def join_moves(entries: list[HistoryEntry]) -> list[HistoryEntry]:
    """History entries (newest first) with every map node's x and y joined into positions."""
    if not any(_is_coordinate(e) for e in entries):
        return entries
    oldest_first = list(reversed(entries))
    placed: dict[str, Position] = {}
    joined: list[HistoryEntry] = []
    i = 0
    while i < len(oldest_first):
        entry = oldest_first[i]
        i += 1
        if not _is_coordinate(entry):
            joined.append(entry)
            continue
        change = entry.change
        before = placed.get(change.entity_id, (None, None))
        after = _with(before, change.field, change.value)
        following = oldest_first[i] if i < len(oldest_first) else None
        if following is not None and _same_move(entry, following):
            after = _with(after, following.change.field, following.change.value)
            i += 1
        placed[change.entity_id] = after
        joined.append(
            replace(
                entry,
                change=replace(change, field=POSITION, value=list(after)),
                old_value=None,
                new_value=placed_text() if None in before else moved_text(),
            )
        )
    joined.reverse()
    return joined


def placed_text() -> str:
    """A node's first place on the map (it was added there)."""
    return QCoreApplication.translate("MapHistory", "Placed on the map")


def moved_text() -> str:
    return QCoreApplication.translate("MapHistory", "Moved on the map")


def _is_coordinate(entry: HistoryEntry) -> bool:
    return entry.change.entity_type == "map_node" and entry.change.field in ("x", "y")


def _same_move(first: HistoryEntry, second: HistoryEntry) -> bool:
    """An x and then the y of the same node, from the same write (moves write x, then y)."""
    a, b = first.change, second.change
    return (
        a.field == "x"
        and b.field == "y"
        and _is_coordinate(second)
        and b.entity_id == a.entity_id
        and b.device_id == a.device_id
        and abs(second.when - first.when) <= SAME_MOVE
    )


def _with(position: Position, axis: str, value: Any) -> Position:
    return (value, position[1]) if axis == "x" else (position[0], value)
