"""The map's defaults, as a coordinator meets them with the mouse and keyboard.

A note is the coordinator's own (internal) unless they say otherwise; the side
panel's "Link to" starts afresh for every node; an actor added on the map gets
the kind the coordinator chooses, not "Other actor" for ever; History says a
node was moved in words, not in coordinates.
"""

from __future__ import annotations

import re

from map_helpers import member_node_id, show_map
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ftbt_desktop.core.family_map import NodeKind, Visibility
from ftbt_desktop.core.plan import ActorKind
from ftbt_desktop.ui.family_map.map_tab import FamilyMapTab
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.history_tab import HistoryTab

pytest_plugins = ("map_helpers",)  # the service and demo_ids fixtures


def add_by_toolbar(tab: FamilyMapTab, kind: NodeKind, words: str) -> str:
    before = {v.id for v in tab.model.nodes()}
    button = tab.toolbar.widgetForAction(tab.actions_by_name[f"add_{kind.value}"])
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    QTest.keyClicks(QApplication.focusWidget(), words)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    (node_id,) = {v.id for v in tab.model.nodes()} - before
    return node_id


def test_a_note_added_on_the_map_is_internal_until_shown_to_the_family(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    tab = show_map(qtbot, service, demo_ids[0], active=True)[0]
    note = add_by_toolbar(tab, NodeKind.NOTE, "Mor virker træt")
    assert tab.model.node(note).visibility is Visibility.INTERNAL
    assert service.load_one(note).visibility is Visibility.INTERNAL
    tab.scene.select_only([note])
    assert tab.editor.internal_check.isChecked()
    # Other kinds are the family's own words: shown to them.
    strength = add_by_toolbar(tab, NodeKind.STRENGTH, "Gode venner")
    assert tab.model.node(strength).visibility is Visibility.FAMILY

    # At the kitchen table nothing new becomes internal: the family is watching.
    kitchen = show_map(qtbot, service, demo_ids[0], kitchen_mode=True, active=True)[0]
    shared = add_by_toolbar(kitchen, NodeKind.NOTE, "Vi spiser sammen")
    assert kitchen.model.node(shared).visibility is Visibility.FAMILY
    assert kitchen.scene.node_item(shared) is not None


def test_link_to_starts_empty_for_every_node(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    tab = show_map(qtbot, service, demo_ids[0], active=True)[0]
    editor = tab.editor
    tab.scene.select_only([member_node_id(tab.model, "Mette")])
    editor.link_target.setCurrentIndex(editor.link_target.findText("Jonas Kristensen"))
    assert editor.link_button.isEnabled()

    tab.scene.select_only([member_node_id(tab.model, "Freja")])
    assert editor.link_target.currentIndex() == -1  # no one chosen for Freja yet
    assert editor.link_target.currentText() == ""
    assert not editor.link_button.isEnabled()
    links = len(tab.model.links())
    editor.link_button.click()
    assert len(tab.model.links()) == links

    # Choosing makes the button work, for Freja only.
    editor.link_target.setCurrentIndex(editor.link_target.findText("Jonas Kristensen"))
    assert editor.link_button.isEnabled()
    editor.link_button.click()
    assert len(tab.model.links()) == links + 1
    tab.scene.select_only([member_node_id(tab.model, "Oscar")])
    assert editor.link_target.currentIndex() == -1


def test_an_actor_added_on_the_map_gets_the_kind_chosen_in_the_panel(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    tab = show_map(qtbot, service, demo_ids[0], active=True)[0]
    node = add_by_toolbar(tab, NodeKind.ACTOR, "Skovvangskolen")
    tab.scene.select_only([node])
    combo = tab.editor.actor_kind_combo
    assert combo.isVisibleTo(tab) and combo.currentData() == ActorKind.OTHER.value
    combo.setCurrentIndex(combo.findText("School"))
    combo.activated.emit(combo.currentIndex())

    actor_id = tab.model.node(node).ref_id
    assert service.load_one(actor_id).kind is ActorKind.SCHOOL
    assert tab.model.node(node).actor_kind is ActorKind.SCHOOL
    assert "School" in tab.scene.node_item(node).toolTip()
    tab.undo_stack.undo()
    assert service.load_one(actor_id).kind is ActorKind.OTHER
    tab.undo_stack.redo()
    assert service.load_one(actor_id).kind is ActorKind.SCHOOL
    # Not offered for what is not an actor.
    tab.scene.select_only([member_node_id(tab.model, "Mette")])
    assert not combo.isVisibleTo(tab)


def test_history_says_a_node_was_moved_without_coordinates(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    tab = show_map(qtbot, service, demo_ids[0])[0]
    note = tab.add_node(NodeKind.STRENGTH, (10.0, -300.0), "Søvn")
    assert note is not None
    tab.move_nodes({note: (10.0, -300.0)}, {note: (-415.0, 55.0)})
    history = HistoryTab(service)
    qtbot.addWidget(history)
    history.family_id = demo_ids[0]
    history.reload()
    rows = [history.row_texts(r)[2:] for r in range(history.visible_row_count())]

    ours = [r for r in rows if r[0].startswith("Søvn ·")]
    assert ["Søvn · Place on the map", "–", "Moved on the map"] in ours
    assert ["Søvn · Place on the map", "–", "Placed on the map"] in ours
    places = [r for r in rows if "Place on the map" in r[0]]
    assert len(places) > 2  # the family's members were placed too
    assert not [r for r in places if re.search(r"\d", " ".join(r[1:]))]
