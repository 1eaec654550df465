"""What the app takes from its pull helper's pipe (sync/pull_helper.py): a page's rows
exactly as the vault writes them, or nothing. A frame of any other shape is the helper
gone, and the sync fetches the page itself; nothing of it reaches the vault."""

from __future__ import annotations

import io
import marshal
import time
import uuid
from collections.abc import Callable
from typing import Any

import pytest

from ftbt_desktop.core.changes import Change, new_change_id
from ftbt_desktop.core.clock import Hlc
from ftbt_desktop.storage import integrity
from ftbt_desktop.storage.merge import CHANGE_COLUMNS, change_values
from ftbt_desktop.storage.pulled import PulledChange, check_page
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.sync_state import SyncState
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.sync import pull_helper
from ftbt_desktop.sync.pull_helper import HelperGone, PullHelper


def _change() -> Change:
    return Change(
        change_id=new_change_id(),
        entity_type="member",
        entity_id=str(uuid.uuid4()),
        family_id=str(uuid.uuid4()),
        field="name",
        value="Ørbæk",
        hlc=Hlc(time.time_ns() // 1_000_000, 0).encode(),
        device_id="other-device",
        user_id="bente",
    )


def _helper_saying(message: tuple[Any, ...]) -> PullHelper:
    """A PullHelper whose pipe from the helper holds one frame: `message`."""
    data = marshal.dumps(message)
    helper = PullHelper.__new__(PullHelper)
    helper._from = io.BytesIO(pull_helper._FRAME.pack(len(data)) + data)
    helper._ready = True
    return helper


def _frame(change: Change, spoil: Callable[[list[Any]], None]) -> tuple[Any, ...]:
    """The page of `change` as the helper sends it, its row spoilt by `spoil`."""
    (ready,) = check_page([PulledChange(1, change)]).ready
    row = list(ready)  # seq, columns, seal text, value
    spoil(row)
    head = (1, False, [change.family_id], [], {}, None, 0)
    return ("page", head, [tuple(row)], 0, change.hlc)


def _set(index: int, make: Callable[[Any], Any]) -> Callable[[list[Any]], None]:
    return lambda row: row.__setitem__(index, make(row[index]))


SPOILS = {
    # Nine columns keyed by place: written as they were, its keys would be the columns.
    "columns as a dict": _set(1, lambda columns: dict(enumerate(columns))),
    "columns as a set": _set(1, set),
    "columns as a list": _set(1, list),
    "a column short": _set(1, lambda columns: columns[:-1]),
    "a column too many": _set(1, lambda columns: (*columns, "more")),
    # The insert skips a row with a NULL, as one that was here already: it would be lost.
    "a column None": _set(1, lambda columns: (None, *columns[1:])),
    "a column empty": _set(1, lambda columns: (*columns[:4], "", *columns[5:])),
    "a column a number": _set(1, lambda columns: (*columns[:8], 7)),
    "the seq as text": _set(0, str),
    "the seq as a truth value": _set(0, lambda _: True),
    "the seal text as text": _set(2, lambda suffix: suffix.decode()),
    "no value": lambda row: row.pop(),
}


@pytest.mark.parametrize("spoil", sorted(SPOILS))
def test_a_frame_whose_row_is_not_a_row_of_the_vault_is_the_helper_gone(spoil: str) -> None:
    helper = _helper_saying(_frame(_change(), SPOILS[spoil]))
    with pytest.raises(HelperGone):
        helper.take()


def test_a_relayed_row_is_written_as_the_server_sent_it(vault: Vault) -> None:
    change = _change()
    taken = _helper_saying(_frame(change, lambda row: None)).take()
    assert taken is not None
    SyncState(Repository(vault)).apply_page(taken[1], next_cursor=1)
    assert vault.execute(f"SELECT {CHANGE_COLUMNS} FROM changes") == [change_values(change)]
    assert vault.sealer is not None
    assert vault.sealer.current == integrity.compute(vault.conn, vault.sealer.key)
    assert vault.check().ok
