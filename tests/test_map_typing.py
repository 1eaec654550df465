"""Typing right after adding a node: every keystroke lands in the new node's words.

A person clicks "Challenge" or "Goal" on the toolbar and starts typing at once;
the keys go wherever the keyboard focus is at that moment. These tests click
the real toolbar button with the mouse and send each key to the widget that
has the focus when it is pressed, at a person's pace and as fast as possible,
starting from the places the focus is in real use: the map, the side panel's
words field (left there after naming the previous node), a toolbar button
(reached by Tab).
"""

from __future__ import annotations

import pytest
from map_helpers import member_node_id, show_map
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ftbt_desktop.core.family_map import NodeKind
from ftbt_desktop.ui.family_map.interactions import RelabelInPlace
from ftbt_desktop.ui.family_map.map_tab import FamilyMapTab
from ftbt_desktop.ui.service import VaultService

pytest_plugins = ("map_helpers",)  # the service and demo_ids fixtures

WORDS = "svært ved at komme i skole"
HUMAN_MS = 35  # between keys, about a person's typing speed
FAST_MS = 0


def type_like_a_person(tab: FamilyMapTab, text: str, delay: int) -> None:
    """Each key to the widget that has the focus when it is pressed, as a keyboard does."""
    for char in text:
        focus = QApplication.focusWidget() or tab
        QTest.keyClicks(focus, char, delay=delay)


def press_return(tab: FamilyMapTab) -> None:
    QTest.keyClick(QApplication.focusWidget() or tab, Qt.Key.Key_Return)


def click_add(tab: FamilyMapTab, kind: NodeKind) -> None:
    button = tab.toolbar.widgetForAction(tab.actions_by_name[f"add_{kind.value}"])
    assert isinstance(button, QWidget)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def put_focus(tab: FamilyMapTab, where: str) -> None:
    if where == "map":
        tab.view.setFocus(Qt.FocusReason.MouseFocusReason)
    elif where == "panel words":
        # The coordinator named the previous node in the side panel.
        tab.scene.select_only([member_node_id(tab.model, "Mette")])
        tab.editor.label_edit.setFocus(Qt.FocusReason.MouseFocusReason)
    elif where == "toolbar":
        challenge = tab.toolbar.widgetForAction(tab.actions_by_name["add_challenge"])
        challenge.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is not None


def new_nodes(tab: FamilyMapTab, before: set[str]) -> list[tuple[NodeKind, str]]:
    return [(v.kind, v.label) for v in tab.model.nodes() if v.id not in before]


@pytest.mark.parametrize("delay", [HUMAN_MS, FAST_MS], ids=["human", "fast"])
@pytest.mark.parametrize("focus", ["map", "panel words", "toolbar"])
@pytest.mark.parametrize("kind", [NodeKind.CHALLENGE, NodeKind.GOAL])
def test_every_key_typed_after_adding_lands_in_the_new_node(
    qtbot: QtBot,
    service: VaultService,
    demo_ids: list[str],
    kind: NodeKind,
    focus: str,
    delay: int,
) -> None:
    tab = show_map(qtbot, service, demo_ids[0], active=True)[0]
    put_focus(tab, focus)
    before = {v.id for v in tab.model.nodes()}

    click_add(tab, kind)
    type_like_a_person(tab, WORDS, delay)
    press_return(tab)

    assert new_nodes(tab, before) == [(kind, WORDS)]  # one node, all the words, the right kind
    assert service.load_one(next(iter(set(tab.model._views) - before))) is not None
    assert tab.scene.interaction() is None


def test_words_in_an_open_editor_are_kept_when_the_next_node_is_added(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    tab = show_map(qtbot, service, demo_ids[0], active=True)[0]
    before = {v.id for v in tab.model.nodes()}
    click_add(tab, NodeKind.CHALLENGE)
    type_like_a_person(tab, "Søvn", HUMAN_MS)
    click_add(tab, NodeKind.GOAL)  # no Return: the click on the next button ends the first
    type_like_a_person(tab, "Sove godt", HUMAN_MS)
    press_return(tab)

    assert sorted(new_nodes(tab, before)) == [
        (NodeKind.CHALLENGE, "Søvn"),
        (NodeKind.GOAL, "Sove godt"),
    ]


@pytest.mark.parametrize("delay", [HUMAN_MS, FAST_MS], ids=["human", "fast"])
def test_keys_reaching_the_map_before_the_editor_is_open_start_the_words(
    qtbot: QtBot, service: VaultService, demo_ids: list[str], delay: int
) -> None:
    """The new node is selected but its words field is not open (yet): the keys go
    to the map itself. Single-key shortcuts there (- zooms, Space pans) must not
    eat them; the first key opens the words and every key lands in them."""
    tab = show_map(qtbot, service, demo_ids[0], active=True)[0]
    before = {v.id for v in tab.model.nodes()}
    click_add(tab, NodeKind.CHALLENGE)
    tab.scene.set_interaction(None)  # the words field closed, the node still selected
    tab.view.setFocus(Qt.FocusReason.OtherFocusReason)
    zoom = tab.view.zoom()

    type_like_a_person(tab, "-" + WORDS + " +", delay)
    assert isinstance(tab.scene.interaction(), RelabelInPlace)
    press_return(tab)

    assert new_nodes(tab, before) == [(NodeKind.CHALLENGE, "-" + WORDS + " +")]
    assert tab.view.zoom() == zoom
