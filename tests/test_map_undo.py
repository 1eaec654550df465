"""The map's undo and redo over a real vault: the model and the vault after every step."""

from __future__ import annotations

from pathlib import Path

from conftest import PASSPHRASE
from map_helpers import (
    ids,
    map_state,
    member,
    member_node_id,
    show_map,
    vault_nodes,
)
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from ftbt_desktop.core.family_map import LinkKind, NodeKind
from ftbt_desktop.storage.errors import NotFound
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.family_map.map_tab import FamilyMapTab
from ftbt_desktop.ui.service import VaultService

pytest_plugins = ("map_helpers",)  # the service and demo_ids fixtures


def open_tab(qtbot: QtBot, service: VaultService, family_id: str) -> FamilyMapTab:
    return show_map(qtbot, service, family_id)[0]


def drag(tab: FamilyMapTab, node_id: str, by: QPoint) -> None:
    """A real mouse drag on the canvas: press on the node, move in steps, release."""
    item = tab.scene.node_item(node_id)
    assert item is not None
    viewport = tab.view.viewport()
    start = tab.view.mapFromScene(item.scenePos())
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        QTest.mouseMove(viewport, start + by * step / 5)
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + by
    )


def test_add_link_move_then_undo_three_and_redo_two_and_reopen(
    qtbot: QtBot,
    service: VaultService,
    demo_ids: list[str],
    data_dir: Path,
) -> None:
    family_id = demo_ids[0]
    tab = open_tab(qtbot, service, family_id)
    model, stack = tab.model, tab.undo_stack
    mother, child = member(model, "Mette"), member(model, "Freja")
    # The demo family has goals and actors of its own: compare with what was there.
    goals_before = ids(service.load(family_id, "goal"))
    links_before = ids(service.load(family_id, "map_link"))

    def new_goals() -> set[str]:
        return ids(service.load(family_id, "goal")) - goals_before

    def new_links() -> set[str]:
        return ids(service.load(family_id, "map_link")) - links_before

    def model_links() -> set[tuple[str, str, LinkKind]]:
        return {(lk.source_id, lk.target_id, lk.kind) for lk in model.links()}

    # 1. A challenge for the mother.
    challenge = tab.add_node(NodeKind.CHALLENGE, (-300.0, -160.0), "Stress på jobbet", [mother.id])
    assert challenge is not None
    view = model.node(challenge)
    assert view is not None and view.label == "Stress på jobbet"
    assert view.member_ids == (mother.id,) and view.member_names == ("Mette Holm",)
    stored = vault_nodes(service, family_id)[challenge]
    assert stored.kind is NodeKind.CHALLENGE and stored.member_ids == [mother.id]

    # 2. A goal for a child: the Goal entity itself, placed on the map.
    goal_node = tab.add_node(NodeKind.GOAL, (200.0, 440.0), "Freja kommer i skole", [child.id])
    assert goal_node is not None
    goal_view = model.node(goal_node)
    assert goal_view is not None and goal_view.member_ids == (child.id,)
    assert new_goals() == {goal_view.ref_id}
    goal = service.load_one(goal_view.ref_id)
    assert (goal.text, goal.member_ids) == ("Freja kommer i skole", [child.id])

    # 3. Linked with "influences".
    link_id = tab.link_nodes(challenge, goal_node, LinkKind.INFLUENCES)
    assert (challenge, goal_node, LinkKind.INFLUENCES) in model_links()
    assert new_links() == {link_id}

    # 4. A node moved by a real drag: one undo step however many mouse moves.
    count_before = stack.count()
    tab.view.set_zoom(1.0)
    drag(tab, challenge, QPoint(120, 60))
    assert stack.count() == count_before + 1
    moved = model.node(challenge)
    assert moved is not None and (moved.x, moved.y) == (-180.0, -100.0)
    assert (service.load_one(challenge).x, service.load_one(challenge).y) == (-180.0, -100.0)

    # Undo three times: the move, the link, the goal.
    stack.undo()
    back = model.node(challenge)
    assert back is not None and (back.x, back.y) == (-300.0, -160.0)
    assert service.load_one(challenge).x == -300.0
    assert tab.scene.node_item(challenge).pos() == QPointF(-300.0, -160.0)

    stack.undo()
    assert (challenge, goal_node, LinkKind.INFLUENCES) not in model_links()
    assert new_links() == set()

    stack.undo()
    assert model.node(goal_node) is None
    assert new_goals() == set()
    assert goal_node not in vault_nodes(service, family_id)
    assert model.node(challenge) is not None  # the first step stays

    # Redo twice: the same goal and the same link come back.
    stack.redo()
    assert model.node(goal_node) is not None
    assert new_goals() == {goal_view.ref_id}
    assert service.load_one(goal_view.ref_id).text == "Freja kommer i skole"
    stack.redo()
    assert model.link(link_id) is not None
    assert (challenge, goal_node, LinkKind.INFLUENCES) in model_links()
    assert new_links() == {link_id}
    after_redo = model.node(challenge)
    assert after_redo is not None and after_redo.x == -300.0  # the move is still undone

    # Close and reopen the vault: the map is the same.
    before = map_state(model)
    tab.close_map()
    service.lock()
    service.attach(Vault.open(data_dir, PASSPHRASE))
    try:
        reopened = open_tab(qtbot, service, family_id)
        assert map_state(reopened.model) == before
        assert reopened.undo_stack.count() == 0
    finally:
        service.lock()


def test_deleting_a_node_removes_its_links_and_one_undo_brings_all_back(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    family_id = demo_ids[0]
    tab = open_tab(qtbot, service, family_id)
    model = tab.model
    mother_node = member_node_id(model, "Mette")
    goal_node = tab.add_node(NodeKind.GOAL, (0.0, 500.0), "Mette arbejder igen")
    strength = tab.add_node(NodeKind.STRENGTH, (300.0, 500.0), "Mormor hjælper")
    assert goal_node and strength
    carried = {
        tab.link_nodes(mother_node, goal_node, LinkKind.SUPPORTS, mutual=True),
        tab.link_nodes(strength, goal_node, LinkKind.SUPPORTS),
    }
    other = tab.link_nodes(mother_node, strength, LinkKind.STRONG)
    links = {*carried, other}
    assert len(links) == 3 and None not in links
    goal_id = model.node(goal_node).ref_id
    before = map_state(model)
    steps = tab.undo_stack.count()

    tab.scene.select_only([goal_node])
    tab.delete_selected()
    assert tab.undo_stack.count() == steps + 1
    assert model.node(goal_node) is None
    assert ids(model.links()) & links == {other}  # the links it carried went with it
    assert ids(service.load(family_id, "map_link")) & links == {other}
    assert goal_id not in ids(service.load(family_id, "goal"))  # a goal node IS the goal
    assert tab.scene.node_item(goal_node) is None
    assert {i.link_id for i in tab.scene.link_items()} & links == {other}

    tab.undo_stack.undo()
    assert map_state(model) == before
    assert ids(service.load(family_id, "map_link")) >= links
    assert service.load_one(goal_id).text == "Mette arbejder igen"
    assert {i.link_id for i in tab.scene.link_items()} >= links

    tab.undo_stack.redo()
    assert model.node(goal_node) is None and ids(model.links()) & links == {other}


def test_member_nodes_are_not_deleted_from_the_map(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    tab = open_tab(qtbot, service, demo_ids[0])
    mother_node = member_node_id(tab.model, "Mette")
    tab.scene.select_only([mother_node])
    tab.delete_selected()
    assert tab.model.node(mother_node) is not None
    assert tab.undo_stack.count() == 0
    assert "Members tab" in tab.message.text()


def test_two_families_have_their_own_scene_and_undo_stack(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    first = open_tab(qtbot, service, demo_ids[0])
    second = open_tab(qtbot, service, demo_ids[1])
    assert first.scene is not second.scene and first.undo_stack is not second.undo_stack

    note = first.add_node(NodeKind.NOTE, (0.0, 600.0), "Ring til skolen")
    assert note is not None
    assert first.undo_stack.count() == 1 and second.undo_stack.count() == 0
    assert first.scene.node_item(note) is not None
    assert second.scene.node_item(note) is None and second.model.node(note) is None
    labels = {v.label for v in second.model.nodes()}
    assert {"Camilla Jensen", "Noah Jensen"} <= labels and "Ring til skolen" not in labels

    second.undo_stack.undo()  # nothing to undo there: the first map keeps its note
    assert first.model.node(note) is not None
    first.undo_stack.undo()
    assert first.model.node(note) is None
    try:
        service.load_one(note)
    except NotFound:
        pass
    else:
        raise AssertionError("the undone note is still live in the vault")
