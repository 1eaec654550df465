"""A pulled page, checked and made ready before the vault writes it.

Everything about a pulled change that does not need the vault is done here:
its stamp's syntax, its value against the field's rule (normalised, or
refused when it breaks it), the columns it is written with, and the canonical
text its seal tag is taken over (less the seq the insert assigns). The sync
engine runs `check_page` on the thread that fetched the page, while the vault
applies the page before, so a new laptop's initial sync does not pay for these
checks on the thread that holds the vault's lock (bench/sync_bench.py). Code
that hands `SyncState.apply_page` a plain list gets the same checks there.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from ftbt_desktop.core.changes import Change
from ftbt_desktop.core.clock import Hlc, is_canonical
from ftbt_desktop.core.entities import ENTITY_CLASSES  # noqa: F401  (registers the rules)
from ftbt_desktop.core.fields import InvalidField, validate
from ftbt_desktop.storage.merge import change_values
from ftbt_desktop.storage.seal_text import row_suffix

SERVER_ORIGIN = "server"


@dataclass(frozen=True, slots=True)
class PulledChange:
    seq: int
    change: Change


class ReadyChange(NamedTuple):
    """A pulled change fit to be written: its columns, its seal text less the seq, and
    its value decoded.

    A named tuple rather than a frozen dataclass: made 100,000 times in a new laptop's
    first sync, and a frozen dataclass costs twice as much to make. Its `Change` is
    made only when asked for (a conflict, a listener, a notice): the vault writes the
    columns, and a command's first sync of a million changes spent 4.4 s of the app's
    interpreter making objects nobody read (bench/sync_scale.py). The window's sync
    makes them for its listener as each batch is written (sync/engine.py `_Span`)."""

    seq: int
    values: tuple[Any, ...]  # in CHANGE_COLUMNS order, the value as its JSON text
    seal_suffix: bytes
    value: Any

    @property
    def change(self) -> Change:
        values = self.values
        return Change(*values[:5], self.value, *values[6:])


@dataclass(frozen=True, slots=True)
class CheckedPage:
    ready: tuple[ReadyChange, ...]
    refused: int  # values that break their field's rule, never written
    newest: str  # the greatest stamp on the page ("" when empty)

    def __len__(self) -> int:
        """The changes pulled, fit or not."""
        return len(self.ready) + self.refused


def check_page(pulled: Sequence[PulledChange]) -> CheckedPage:
    """The page ready to write; raises ClockError on a loose stamp (the page is not believed)."""
    stamps = [item.change.hlc for item in pulled]
    for stamp in stamps:
        if not is_canonical(stamp):
            Hlc.decode(stamp)  # raises ClockError, naming it
    ready: list[ReadyChange] = []
    refused = 0
    for item in pulled:
        change = checked(item.change)
        if change is None:
            refused += 1
            continue
        values = change_values(change)
        suffix = row_suffix((*values, SERVER_ORIGIN))
        ready.append(ReadyChange(item.seq, values, suffix, change.value))
    # Canonical stamps sort as strings.
    return CheckedPage(tuple(ready), refused, max(stamps, default=""))


def checked(change: Change) -> Change | None:
    """The change with its value normalised by the field rules, or None when it breaks them."""
    try:
        value = validate(change.entity_type, change.field, change.value)
    except InvalidField:
        return None
    if value != change.value or type(value) is not type(change.value):
        return dataclasses.replace(change, value=value)
    return change
