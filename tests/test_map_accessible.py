"""The map as a screen reader meets it (issue 12, finding 4).

The drawing exposed only a viewport and two scroll bars: none of the nodes,
no links, and Tab through the nodes changed nothing a screen reader reads.
These tests read the accessibility tree (tests/a11y_walk.py) and the events
the map sends, and drive it by keys only.
"""

from __future__ import annotations

import pytest
from a11y_walk import items_of_list, walk_widget
from map_helpers import member_node_id, show_map
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ftbt_desktop.core.family_map import LinkKind, NodeKind
from ftbt_desktop.ui.family_map import map_accessible
from ftbt_desktop.ui.family_map.map_tab import FamilyMapTab
from ftbt_desktop.ui.service import VaultService

pytest_plugins = ("map_helpers",)  # the service and demo fixtures

LIST_NAME = "The map as a list"


@pytest.fixture
def announced(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The announcements the map hands to Qt's accessibility bridge (still sent on)."""
    said: list[str] = []
    real = map_accessible.send_event

    def spy(event: QAccessibleEvent) -> None:
        assert isinstance(event, QAccessibleAnnouncementEvent)
        said.append(event.message())
        real(event)

    monkeypatch.setattr(map_accessible, "send_event", spy)
    return said


def open_map(qtbot: QtBot, service: VaultService, family_id: str) -> FamilyMapTab:
    return show_map(qtbot, service, family_id, active=True)[0]


def test_every_node_and_link_is_in_the_accessibility_tree_with_name_role_and_state(
    qtbot: QtBot, service: VaultService, drawn_demo_ids: list[str]
) -> None:
    tab = open_map(qtbot, service, drawn_demo_ids[0])
    nodes = tab.scene.node_items()
    links = tab.scene.link_items()
    assert len(nodes) >= 15 and len(links) >= 5

    # F6 from the drawing shows the list and puts focus in it.
    assert tab.view.hasFocus()
    QTest.keyClick(tab.view, Qt.Key.Key_F6)
    assert tab.as_list.isVisible() and tab.as_list.list.hasFocus()

    items = items_of_list(tab, LIST_NAME)
    names = [i.name for i in items]
    assert len(items) == len(nodes) + len(links)
    for node in nodes:
        label = node.view.label
        assert any(label in name for name in names), f"node {label!r} not exposed"
    for item in items:
        assert item.role is QAccessible.Role.ListItem
        assert item.name.strip()
        assert item.state.selectable

    # Links have a text form: both ends and what the link says.
    mette = tab.model.node(member_node_id(tab.model, "Mette"))
    jonas = tab.model.node(member_node_id(tab.model, "Jonas"))
    link_names = [n for n in names if n.startswith("Link:")]
    assert len(link_names) == len(links)
    assert any(mette.label in n and jonas.label in n and "strong relation" in n for n in link_names)

    # The drawing itself says what it holds and how to reach the list.
    view = next(f for f in walk_widget(tab) if f.widget is tab.view)
    assert view.name == "Family map"
    assert f"{len(nodes)} nodes and {len(links)} links" in view.description
    assert "F6" in view.description


def test_selection_is_shared_both_ways_and_tab_in_the_drawing_is_announced(
    qtbot: QtBot, service: VaultService, drawn_demo_ids: list[str], announced: list[str]
) -> None:
    tab = open_map(qtbot, service, drawn_demo_ids[0])
    tab.as_list.toggle.setChecked(True)

    # Tab in the drawing selects the first node: the list and the screen reader follow.
    QTest.keyClick(tab.view, Qt.Key.Key_Tab)
    [selected] = tab.scene.selected_node_ids()
    words = tab.as_list.row_of("node", selected).data()
    qtbot.waitUntil(lambda: announced[-1:] == [f"Selected: {words}"])
    state_of = {i.name: i.state for i in items_of_list(tab, LIST_NAME)}
    assert state_of[words].selected
    assert sum(s.selected for s in state_of.values()) == 1
    QTest.keyClick(tab.view, Qt.Key.Key_Tab)
    [second] = tab.scene.selected_node_ids()
    assert second != selected
    words = tab.as_list.row_of("node", second).data()
    qtbot.waitUntil(lambda: announced[-1:] == [f"Selected: {words}"])
    assert "Nothing selected" not in announced  # one selection, one announcement

    # Down in the list selects the next row's node in the drawing.
    QTest.keyClick(tab.view, Qt.Key.Key_F6)
    assert tab.as_list.list.hasFocus()
    QTest.keyClick(tab.as_list.list, Qt.Key.Key_Down)
    row = tab.as_list.list.currentIndex()
    kind, item_id = row.data(map_accessible.KEY_ROLE)
    if kind == "node":
        assert tab.scene.selected_node_ids() == [item_id]
    else:
        assert tab.scene.selected_link_ids() == [item_id]
    # F6 again: to the side panel's fields for the selection, then back to the drawing.
    QTest.keyClick(tab.as_list.list, Qt.Key.Key_F6)
    assert tab.editor.isAncestorOf(QApplication.focusWidget())
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert tab.view.hasFocus()
    assert tab.scene.selected_node_ids() or tab.scene.selected_link_ids()


def test_additions_changes_and_removals_are_announced_and_listed(
    qtbot: QtBot, service: VaultService, demo_ids: list[str], announced: list[str]
) -> None:
    tab = open_map(qtbot, service, demo_ids[0])
    tab.as_list.toggle.setChecked(True)
    mette = member_node_id(tab.model, "Mette")
    tab.scene.select_only([mette])
    tab.view.setFocus()

    QTest.keyClick(tab.view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    editor = tab.scene.interaction().widget
    QTest.keyClicks(editor, "Sygemeldt")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    challenge = next(v for v in tab.model.nodes() if v.label == "Sygemeldt")
    qtbot.waitUntil(lambda: any(t.startswith("Added: Challenge") for t in announced))
    row_text = tab.as_list.row_of("node", challenge.id).data()
    assert "Sygemeldt" in row_text and "Mette Holm" in row_text

    # A link made in the side panel appears in words.
    link_id = tab.link_nodes(challenge.id, mette, LinkKind.STRAINS)
    qtbot.waitUntil(lambda: tab.as_list.row_of("link", link_id).isValid())
    sentence = tab.as_list.row_of("link", link_id).data()
    assert sentence == "Link: Challenge “Sygemeldt” (Mette) strains Mette Holm"

    # Removing by Delete in the list is said too, and the rows go.
    tab.as_list.list.setFocus()
    tab.scene.select_only([challenge.id])
    announced.clear()
    QTest.keyClick(tab.as_list.list, Qt.Key.Key_Delete)
    assert tab.model.node(challenge.id) is None
    qtbot.waitUntil(lambda: any("Removed: Challenge" in t for t in announced))
    assert not tab.as_list.row_of("node", challenge.id).isValid()
    assert not tab.as_list.row_of("link", link_id).isValid()
    assert not any(NodeKind.CHALLENGE.value in t for t in tab.as_list.row_texts())


def test_family_view_lists_no_internal_node(
    qtbot: QtBot, service: VaultService, drawn_demo_ids: list[str]
) -> None:
    tab = show_map(qtbot, service, drawn_demo_ids[0], kitchen_mode=True, active=True)[0]
    tab.as_list.toggle.setChecked(True)
    internal = [v for v in tab.model.nodes() if v.internal]
    assert internal
    texts = " ".join(tab.as_list.row_texts())
    for view in internal:
        assert view.label not in texts
    assert "Internal" not in texts
