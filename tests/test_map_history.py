"""Map edits in History: a move is one line in words, and nothing shows as an id or code."""

from __future__ import annotations

import re

from map_helpers import member, member_node_id
from pytestqt.qtbot import QtBot

from ftbt_desktop.core.family_map import LinkKind, NodeKind, Visibility
from ftbt_desktop.storage.repository import HistoryEntry
from ftbt_desktop.ui.family_map.map_extras import MapExtras
from ftbt_desktop.ui.family_map.map_history import POSITION, join_moves
from ftbt_desktop.ui.family_map.map_tab import FamilyMapTab
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.history_tab import HistoryTab

pytest_plugins = ("map_helpers",)  # the service and demo_ids fixtures

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def edited_map(qtbot: QtBot, service: VaultService, family_id: str) -> dict[str, str]:
    """A challenge added and dragged, a member moved sideways, a link, internal, a snapshot."""
    tab = FamilyMapTab(service, family_id)
    extras = MapExtras(tab)
    qtbot.addWidget(tab)
    mette = member(tab.model, "Mette")
    challenge = tab.add_node(NodeKind.CHALLENGE, (10.0, -300.0), "Søvn", member_ids=[mette.id])
    goal = tab.add_node(NodeKind.GOAL, (10.0, 400.0), "Sove godt")
    assert challenge and goal
    tab.link_nodes(challenge, goal, LinkKind.INFLUENCES)
    tab.move_nodes({challenge: (10.0, -300.0)}, {challenge: (50.0, -320.0)})  # one drag
    jonas = member_node_id(tab.model, "Jonas")
    x, y = tab.model.node(jonas).x, tab.model.node(jonas).y
    tab.move_nodes({jonas: (x, y)}, {jonas: (x + 30.0, y)})  # sideways: x only
    tab.set_visibility([challenge], Visibility.INTERNAL)
    extras.save_snapshot("Første besøg")
    return {"challenge": challenge, "jonas": jonas, "jonas_at": f"{x:.0f}, {y:.0f}"}


def moves_of(entries: list[HistoryEntry], node_id: str) -> list[tuple[object, object]]:
    return [
        (e.old_value, e.new_value)
        for e in entries
        if e.change.entity_id == node_id and e.change.field == POSITION
    ]


def positions_of(entries: list[HistoryEntry], node_id: str) -> list[object]:
    return [
        e.change.value
        for e in entries
        if e.change.entity_id == node_id and e.change.field == POSITION
    ]


def test_join_moves_makes_one_position_change_per_move(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    made = edited_map(qtbot, service, demo_ids[0])
    raw = service.history(demo_ids[0])
    joined = join_moves(raw)

    assert not [e for e in joined if e.change.field in ("x", "y")]
    # Newest first, like History: the drag, then the placing when it was added; in words.
    moved, placed = (None, "Moved on the map"), (None, "Placed on the map")
    assert moves_of(joined, made["challenge"]) == [moved, placed]
    assert positions_of(joined, made["challenge"]) == [[50.0, -320.0], [10.0, -300.0]]
    x, y = made["jonas_at"].split(", ")
    assert moves_of(joined, made["jonas"])[0] == moved
    # The change keeps where it went, the other coordinate as it was.
    assert positions_of(joined, made["jonas"])[0] == [float(x) + 30, float(y)]
    others = [e for e in raw if e.change.field not in ("x", "y")]
    assert [e for e in joined if e.change.field != POSITION] == others  # the rest as it was
    assert join_moves(others) == others


def test_history_tab_shows_map_edits_in_words(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    made = edited_map(qtbot, service, demo_ids[0])
    history = HistoryTab(service)
    qtbot.addWidget(history)
    history.family_id = demo_ids[0]
    history.reload()
    rows = [history.row_texts(r)[2:] for r in range(history.visible_row_count())]

    # The drag: one line, in words (coordinates mean nothing to a reader).
    assert ["Søvn · Place on the map", "–", "Moved on the map"] in rows
    assert ["Søvn · Place on the map", "–", "Placed on the map"] in rows
    jonas = next(m.name for m in service.members(demo_ids[0]) if m.name.startswith("Jonas"))
    assert [f"{jonas} · Place on the map", "–", "Moved on the map"] in rows
    assert made["jonas_at"] not in {v for r in rows for v in r}
    assert not [r for r in rows if UUID.search(" ".join(r))]  # names, never ids
    whats = " ".join(r[0] for r in rows)
    for code in ("map_node", "map_link", "map_snapshot", " · x", " · y", "source id"):
        assert code not in whats
    # Only what was said: a thing added without words, members or life area has no such lines.
    ours = [r for r in rows if r[0].startswith(("Søvn ·", "Sove godt ·", "Map link: Søvn"))]
    assert len(ours) > 10
    assert not [r for r in ours if r[1] == r[2] == "–"]
    values = {v for r in rows for v in r[1:]}
    assert not values & {"challenge", "goal", "internal", "family", "influences "}
