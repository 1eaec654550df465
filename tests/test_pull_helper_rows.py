"""The pull helper reads a "rows" page in one pass (`pull_helper._ready_page`): for
every page, the same rows, refusals and newest stamp as the client's own reading of
it followed by `check_page` (what the helper did before, and what the sync does
without a helper), and an error wherever that reading raises one, so the parent
fetches such a page itself and meets the refusal as it would without a helper."""

from __future__ import annotations

import copy
import marshal
from collections.abc import Callable
from typing import Any

import pytest

from ftbt_desktop.core.changes import Change
from ftbt_desktop.storage.pulled import check_page
from ftbt_desktop.storage.pulled import checked as checked_change
from ftbt_desktop.sync.client import answer_of, changes_of
from ftbt_desktop.sync.pull_helper import _ready_page

# What the client's reading raises on a malformed page (ChangeFormatError and ClockError
# are ValueErrors).
REFUSALS = (KeyError, TypeError, ValueError, RecursionError)
FAMILY = "3f6c1c56-6f4e-4d0a-9a43-5d7f0c1e2a10"
STAMP = "001764000000000-0000{}"


def _row(
    seq: int, entity_type: str, field: str, value: Any, stamp: int, change_id: str = ""
) -> list[Any]:
    change_id = change_id or f"0b9a4a52-41f2-4c1c-9a57-2f4b8f0a8f{seq:02d}"
    entity_id = f"e{seq % 3}"
    return [
        seq,
        change_id,
        entity_type,
        entity_id,
        0,
        field,
        STAMP.format(stamp),
        seq % 2,
        0,
        value,
    ]


def _page() -> dict[str, Any]:
    """A page of what a server sends: plain, normalised (an int where the rule keeps a
    float), refused (an unknown field, which holds the newest stamp, and a number too
    large for a float), nested, non-ASCII and a change id in a spelling uuid.UUID reads."""
    return {
        "rows": [
            _row(11, "family", "name", "Familien Ærø", 1),
            _row(12, "map_node", "x", 12, 2),
            _row(13, "family", "no_such_field", "x", 9),
            _row(14, "map_node", "member_ids", [FAMILY], 3),
            _row(15, "member", "birth_year", 2012, 4),
            _row(16, "family", "_deleted", True, 5),
            _row(17, "family", "notes", "", 6, change_id="{0B9A4A52-41F2-4C1C-9A57-2F4B8F0A8F17}"),
            # JSON allows a number of any length; no float holds this one.
            _row(18, "map_node", "y", 10**400, 7),
        ],
        "row_families": [FAMILY],
        "row_devices": ["device-a", "device-b"],
        "row_users": ["anne"],
        "next": 18,
        "has_more": True,
        "families": [FAMILY],
        "revoked_families": [],
        "device_names": {"device-a": "Annes laptop"},
        "family_teams": {FAMILY: ["Team Nord"]},
        "left": 40,
    }


def _as_before(body: dict[str, Any]) -> Any:
    """What the helper sent before: the client's reading, then `check_page`."""
    checked = check_page(changes_of(body))
    rows = [(i.seq, i.values, i.seal_suffix, i.change.value) for i in checked.ready]
    return answer_of(body, []), rows, checked.refused, checked.newest


def _typed(value: Any) -> Any:
    """`value` with the type of everything in it spelt out."""
    if isinstance(value, list | tuple):
        return type(value).__name__, [_typed(item) for item in value]
    if isinstance(value, dict):
        return "dict", {key: _typed(item) for key, item in value.items()}
    return type(value).__name__, value


def _same(body: dict[str, Any]) -> None:
    expected = _as_before(copy.deepcopy(body))
    answer, rows, refused, newest = _ready_page(copy.deepcopy(body))
    assert answer == expected[0]
    # Types too: 12 is not 12.0 to the vault, nor a list a tuple to the pipe's marshal.
    assert _typed(rows) == _typed(expected[1])
    assert (refused, newest) == expected[2:]


def test_a_page_reads_the_same_in_one_pass() -> None:
    body = _page()
    _same(body)
    answer, rows, refused, newest = _ready_page(body)
    assert [row[0] for row in rows] == [11, 12, 14, 15, 16, 17] and refused == 2
    assert newest == STAMP.format(9) and answer.left == 40 and answer.next == 18
    assert rows[1][3] == 12.0 and type(rows[1][3]) is float


def test_a_page_in_the_objects_form_reads_as_the_client_reads_it() -> None:
    body = _page()
    families, devices, users = (
        body.pop("row_families"),
        body.pop("row_devices"),
        body.pop("row_users"),
    )
    names = ("change_id", "entity_type", "entity_id", "family_id", "field", "hlc")
    body["changes"] = [
        dict(zip(("seq", *names), (*r[:4], families[r[4]], r[5], r[6]), strict=True))
        | {"device_id": devices[r[7]], "user_id": users[r[8]], "value": r[9]}
        for r in body.pop("rows")
    ]
    _same(body)
    assert len(_ready_page(body)[1]) == 6


def _set(index: int, value: Any, row: int = 0) -> Callable[[dict[str, Any]], None]:
    def spoil(body: dict[str, Any]) -> None:
        body["rows"][row][index] = value

    return spoil


def _drop(key: str) -> Callable[[dict[str, Any]], None]:
    def spoil(body: dict[str, Any]) -> None:
        del body[key]

    return spoil


SPOILT: dict[str, Callable[[dict[str, Any]], None]] = {
    "a negative position": _set(4, -1),
    "a position past the end": _set(7, 2),
    "a bool for a position": _set(8, False),
    "a seq as text": _set(0, "11"),
    "a seq past the largest": _set(0, 2**70),
    "a negative seq": _set(0, -1),
    "not a change id": _set(1, "not-an-id", row=3),
    "a loose stamp": _set(6, "0_0_0_0_0_0_0_1-00000", row=2),
    "an empty entity type": _set(2, ""),
    "a field that is not text": _set(5, 7),
    "a lone surrogate in a text": _set(3, "e\ud800", row=4),
    "a lone surrogate in a value": _set(9, "Anne \ud800", row=6),
    "a lone surrogate deep in a value": _set(9, [FAMILY, "\udfff"], row=3),
    "a short row": lambda body: body["rows"][1].pop(),
    "a row as an object": lambda body: body["rows"].__setitem__(0, {"0": 11}),
    "rows not an array": lambda body: body.__setitem__("rows", {"0": body["rows"][0]}),
    "no user ids": _drop("row_users"),
    "an id that is not text": lambda body: body["row_devices"].__setitem__(0, 7),
    "an unused id that is not text": lambda body: body["row_families"].append(None),
    "no next": _drop("next"),
    "a next past the largest": lambda body: body.__setitem__("next", 2**70),
}


@pytest.mark.parametrize("spoil", SPOILT.values(), ids=SPOILT.keys())
def test_a_page_the_client_refuses_is_refused_in_one_pass_too(
    spoil: Callable[[dict[str, Any]], None],
) -> None:
    body = _page()
    spoil(body)
    # What `SyncClient.pull` turns into ServerTrouble; anything else (a NameError, an
    # AttributeError) would be a fault of the reading itself.
    with pytest.raises(REFUSALS):
        _as_before(copy.deepcopy(body))
    with pytest.raises(REFUSALS):
        _ready_page(body)


def test_the_changes_the_parent_makes_of_the_rows_are_those_of_the_page() -> None:
    from ftbt_desktop.sync.pull_helper import _ready_changes

    body = _page()
    ready = _ready_changes(marshal.loads(marshal.dumps(_ready_page(body)[1])))
    assert ready == tuple(check_page(changes_of(_page())).ready)
    # Each one's `Change`, made on asking, is the change the server sent, as checked.
    sent = [checked_change(item.change) for item in changes_of(_page())]
    assert [item.change for item in ready] == [change for change in sent if change]
    assert all(type(item.change) is Change for item in ready)
