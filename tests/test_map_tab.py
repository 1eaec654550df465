"""The map tab by keyboard and mouse: relabel, delete, nudge, link by drag, menus, modes."""

from __future__ import annotations

from map_helpers import member, member_node_id, show_map
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu
from pytestqt.qtbot import QtBot

from ftbt_desktop.core.family_map import LinkKind, NodeKind, Visibility
from ftbt_desktop.core.model import MemberRole
from ftbt_desktop.ui.family_map.interactions import RelabelInPlace
from ftbt_desktop.ui.family_map.map_tab import FamilyMapTab
from ftbt_desktop.ui.family_map.view import MIN_ZOOM
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.workspace import FamilyWorkspace

pytest_plugins = ("map_helpers",)  # the service and demo_ids fixtures

NO_MOD = Qt.KeyboardModifier.NoModifier


def open_tab(
    qtbot: QtBot, service: VaultService, family_id: str, kitchen_mode: bool = False
) -> FamilyMapTab:
    return show_map(qtbot, service, family_id, kitchen_mode, active=True)[0]


def press(tab: FamilyMapTab, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MOD) -> None:
    QTest.keyClick(tab.view, key, modifiers)


def view_point(tab: FamilyMapTab, scene_x: float, scene_y: float) -> QPoint:
    return tab.view.mapFromScene(scene_x, scene_y)


def test_f2_relabels_in_place_and_delete_removes_by_keyboard(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    tab = open_tab(qtbot, service, demo_ids[0])
    note = tab.add_node(NodeKind.NOTE, (0.0, 500.0), "Husk madpakke")
    assert note is not None
    tab.scene.select_only([note])
    tab.view.setFocus()

    press(tab, Qt.Key.Key_F2)
    gesture = tab.scene.interaction()
    assert isinstance(gesture, RelabelInPlace)
    editor = gesture.widget
    assert isinstance(editor, QLineEdit) and editor.text() == "Husk madpakke"
    editor.selectAll()
    QTest.keyClicks(editor, "Madpakke hver dag")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert tab.scene.interaction() is None
    assert tab.model.node(note).label == "Madpakke hver dag"
    assert service.load_one(note).label == "Madpakke hver dag"

    # Escape drops what was typed.
    press(tab, Qt.Key.Key_F2)
    editor = tab.scene.interaction().widget
    QTest.keyClicks(editor, " nej")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert tab.model.node(note).label == "Madpakke hver dag"

    steps = tab.undo_stack.count()
    tab.scene.select_only([note])
    tab.view.setFocus()
    press(tab, Qt.Key.Key_Delete)
    assert tab.model.node(note) is None and tab.undo_stack.count() == steps + 1
    QTest.keyClick(tab.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.model.node(note).label == "Madpakke hver dag"
    QTest.keyClick(
        tab.view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert tab.model.node(note) is None


def test_arrow_keys_move_the_selection_as_one_step(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    tab = open_tab(qtbot, service, demo_ids[0])
    mette, jonas = member_node_id(tab.model, "Mette"), member_node_id(tab.model, "Jonas")
    start = {n: (tab.model.node(n).x, tab.model.node(n).y) for n in (mette, jonas)}
    tab.scene.select_only([mette, jonas])
    tab.view.setFocus()
    for _ in range(3):
        press(tab, Qt.Key.Key_Right)
    press(tab, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    for nid in (mette, jonas):
        assert (tab.model.node(nid).x, tab.model.node(nid).y) == (
            start[nid][0] + 30,
            start[nid][1] + 100,
        )
    assert tab.undo_stack.count() == 1  # nudges of the same nodes merge
    tab.undo_stack.undo()
    assert {n: (tab.model.node(n).x, tab.model.node(n).y) for n in start} == start


def test_link_by_dragging_from_the_handle_then_choosing_the_kind(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    tab = open_tab(qtbot, service, demo_ids[0])
    tab.view.set_zoom(1.0)
    challenge = tab.add_node(NodeKind.CHALLENGE, (-100.0, -220.0), "Søvnproblemer")
    mette = member_node_id(tab.model, "Mette")
    tab.scene.select_only([challenge])
    item = tab.scene.node_item(challenge)
    handle = item.mapToScene(item.handle_center())
    target = tab.scene.node_item(mette).anchor()
    viewport = tab.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, NO_MOD, tab.view.mapFromScene(handle))
    assert tab.scene.interaction() is not None
    QTest.mouseMove(viewport, tab.view.mapFromScene(handle.x() + 20, handle.y() + 40))
    QTest.mouseMove(viewport, tab.view.mapFromScene(target))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, NO_MOD, tab.view.mapFromScene(target))
    assert tab.model.links_of(challenge) == []  # nothing written before the kind is chosen

    chooser = tab.link_chooser
    assert isinstance(chooser, QMenu)
    chosen = chooser.findChild(object, "map_link_kind_strains") or next(
        a for a in chooser.actions() if a.objectName() == "map_link_kind_strains"
    )
    chosen.trigger()
    chooser.close()
    links = [lk for lk in tab.model.links() if challenge in (lk.source_id, lk.target_id)]
    assert [(lk.source_id, lk.target_id, lk.kind) for lk in links] == [
        (challenge, mette, LinkKind.STRAINS)
    ]
    assert tab.scene.link_item(links[0].id) is not None


def test_ctrl_k_links_the_two_selected_nodes(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    tab = open_tab(qtbot, service, demo_ids[0])
    mette, jonas = member_node_id(tab.model, "Mette"), member_node_id(tab.model, "Jonas")
    tab.scene.select_only([mette])
    tab.scene.node_item(jonas).setSelected(True)
    tab.view.setFocus()
    press(tab, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    chooser = tab.link_chooser
    assert isinstance(chooser, QMenu) and chooser.isVisible()
    QTest.keyClick(chooser, Qt.Key.Key_Down)  # the kinds by keyboard: the second is "supports"
    QTest.keyClick(chooser, Qt.Key.Key_Down)
    QTest.keyClick(chooser, Qt.Key.Key_Return)
    links = [(lk.source_id, lk.target_id, lk.kind) for lk in tab.model.links_of(mette)]
    assert (mette, jonas, LinkKind.SUPPORTS) in links


def test_link_from_the_side_panel_and_change_its_kind(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    tab = open_tab(qtbot, service, demo_ids[0])
    goal = tab.add_node(NodeKind.GOAL, (0.0, 500.0), "Mette arbejder 15 timer")
    tab.scene.select_only([goal])
    editor = tab.editor
    assert editor.node_id == goal and editor.node_box.isVisible()
    editor.link_target.setCurrentIndex(editor.link_target.findText("Jonas Kristensen"))
    editor.link_kind_new.setCurrentIndex(editor.link_kind_new.findData(LinkKind.SUPPORTS.value))
    editor.link_button.click()
    (link,) = [lk for lk in tab.model.links() if lk.source_id == goal]
    assert (link.source_id, link.kind) == (goal, LinkKind.SUPPORTS)
    assert link.target_id == member_node_id(tab.model, "Jonas")

    tab.scene.select_only([], [link.id])
    assert editor.link_id == link.id and editor.link_box.isVisible()
    editor.mutual_check.setChecked(True)
    assert tab.model.link(link.id).mutual is True
    tab.undo_stack.undo()
    assert tab.model.link(link.id).mutual is False


def test_side_panel_sets_members_life_area_and_internal(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    tab = open_tab(qtbot, service, demo_ids[0])
    strength = tab.add_node(NodeKind.STRENGTH, (300.0, 500.0), "Gode venner")
    tab.scene.select_only([strength])
    editor = tab.editor
    oscar = member(tab.model, "Oscar")
    row = next(
        i
        for i in range(editor.members_list.count())
        if editor.members_list.item(i).text() == oscar.name
    )
    editor.members_list.item(row).setCheckState(Qt.CheckState.Checked)
    assert tab.model.node(strength).member_ids == (oscar.id,)
    editor.area_combo.setCurrentIndex(editor.area_combo.findData("leisure_friends"))
    editor.area_combo.activated.emit(editor.area_combo.currentIndex())
    assert tab.model.node(strength).life_area.value == "leisure_friends"
    editor.internal_check.setChecked(True)
    assert tab.model.node(strength).visibility is Visibility.INTERNAL
    assert service.load_one(strength).visibility is Visibility.INTERNAL
    assert tab.undo_stack.count() == 4


def test_rubber_band_selects_and_double_click_offers_to_add(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    tab = open_tab(qtbot, service, demo_ids[0])
    tab.view.set_zoom(1.0)
    tab.view.centerOn(0, 100)
    viewport = tab.view.viewport()
    # A rectangle around the children's row only.
    freja, oscar = member_node_id(tab.model, "Freja"), member_node_id(tab.model, "Oscar")
    child_y = tab.model.node(freja).y
    QTest.mousePress(
        viewport, Qt.MouseButton.LeftButton, NO_MOD, view_point(tab, -300, child_y - 80)
    )
    QTest.mouseMove(viewport, view_point(tab, 0, child_y))
    QTest.mouseMove(viewport, view_point(tab, 300, child_y + 80))
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, NO_MOD, view_point(tab, 300, child_y + 80)
    )
    assert sorted(tab.scene.selected_node_ids()) == sorted([freja, oscar])

    before = {v.id for v in tab.model.nodes()}
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, NO_MOD, view_point(tab, 0, 110))
    menu = tab.context_menu
    assert isinstance(menu, QMenu)
    add_strength = next(a for a in menu.actions() if a.objectName() == "map_menu_add_strength")
    add_strength.trigger()
    menu.close()
    (strength,) = [v for v in tab.model.nodes() if v.id not in before]
    assert strength.kind is NodeKind.STRENGTH
    assert abs(strength.y - 110) < 130  # at (or right beside) the spot
    assert isinstance(tab.scene.interaction(), RelabelInPlace)  # ready to type the words
    tab.scene.set_interaction(None)

    # A double-click on a node changes its words in place.
    at = view_point(tab, tab.model.node(freja).x, tab.model.node(freja).y)
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, NO_MOD, at)
    gesture = tab.scene.interaction()
    assert isinstance(gesture, RelabelInPlace) and gesture.node.node_id == freja
    assert gesture.widget.text() == member(tab.model, "Freja").name


def test_toolbar_add_for_a_selected_member_and_zoom_limits(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    tab = open_tab(qtbot, service, demo_ids[0])
    mette = member(tab.model, "Mette")
    tab.scene.select_only([member_node_id(tab.model, "Mette")])
    before = {v.id for v in tab.model.nodes()}
    tab.actions_by_name["add_challenge"].trigger()
    (challenge,) = [v for v in tab.model.nodes() if v.id not in before]
    assert challenge.kind is NodeKind.CHALLENGE
    assert challenge.member_ids == (mette.id,)
    texts = {tab.actions_by_name[n].text() for n in ("add_goal", "link", "undo", "fit")}
    assert texts == {"Goal", "Link", "Undo", "Fit"}
    tab.scene.set_interaction(None)  # leave the words editor the add opened
    tab.view.setFocus()
    for _ in range(30):
        press(tab, Qt.Key.Key_Minus)
    assert tab.view.zoom() == MIN_ZOOM
    tab.view.set_zoom(3.0)
    QTest.keyClick(tab.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert MIN_ZOOM <= tab.view.zoom() <= 1.0
    viewport_rect = tab.view.mapToScene(tab.view.viewport().rect()).boundingRect()
    assert viewport_rect.contains(tab.scene.node_item(challenge.id).sceneBoundingRect())


def test_kitchen_mode_tab_hides_internal_nodes_and_the_internal_choice(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    family_id = demo_ids[0]
    coordinator = open_tab(qtbot, service, family_id)
    secret = coordinator.add_node(NodeKind.NOTE, (0.0, -300.0), "Underretning 2023")
    coordinator.set_visibility([secret], Visibility.INTERNAL)
    kitchen = open_tab(qtbot, service, family_id, kitchen_mode=True)
    assert kitchen.scene.node_item(secret) is None
    assert coordinator.scene.node_item(secret) is not None
    texts = [w.text() for w in kitchen.findChildren(QLineEdit)]
    texts += [i.toolTip() for i in kitchen.scene.items()]
    assert not any("Underretning" in t for t in texts)
    kitchen.scene.select_only([member_node_id(kitchen.model, "Freja")])
    assert not kitchen.editor.internal_check.isVisibleTo(kitchen)


def test_workspace_has_a_map_page_first_with_one_map_per_family(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    workspace = FamilyWorkspace(service)
    qtbot.addWidget(workspace)
    page = workspace.map_tab
    assert workspace.tabs()[0] is page
    assert workspace.tab_widget.tabText(0) == "Map"
    workspace.show_family(demo_ids[0])
    first = page.current_map
    assert first is not None and first.family_id == demo_ids[0]
    first.add_node(NodeKind.NOTE, (0.0, 600.0), "Noget")
    workspace.show_family(demo_ids[1])
    second = page.current_map
    assert second is not first and second.undo_stack.count() == 0
    workspace.show_family(demo_ids[0])
    assert page.current_map is first and first.undo_stack.count() == 1

    service.lock()
    assert page.current_map is None and page.map_for(demo_ids[0]) is None
    QApplication.processEvents()


def test_tab_walks_the_nodes_and_escape_clears_the_selection(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    family_id = service.create_family("Familien Berg").primary_id
    for name, role, year in (
        ("Sara Berg", MemberRole.PARENT, 1987),
        ("Ali Berg", MemberRole.PARTNER, 1984),
        ("Lea Berg", MemberRole.CHILD, 2012),
        ("Adam Berg", MemberRole.CHILD, 2016),
    ):
        service.add_member(family_id, name, role, year)
    tab = open_tab(qtbot, service, family_id)
    seen = []
    for _ in range(4):
        press(tab, Qt.Key.Key_Tab)
        (selected,) = tab.scene.selected_node_ids()
        seen.append(tab.model.node(selected).label.split()[0])
    # Top row first, left to right: the adults, then the children (oldest first).
    assert seen == ["Sara", "Ali", "Lea", "Adam"]
    assert tab.editor.node_id == tab.scene.selected_node_ids()[0]
    press(tab, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert tab.model.node(tab.scene.selected_node_ids()[0]).label.startswith("Lea")
    press(tab, Qt.Key.Key_Escape)
    assert tab.scene.selected_node_ids() == []


def test_wheel_zooms_and_the_context_menu_deletes_at_the_spot(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    tab = open_tab(qtbot, service, demo_ids[0])
    tab.view.set_zoom(1.0)
    center = QPointF(tab.view.viewport().rect().center())
    wheel = QWheelEvent(
        center,
        QPointF(tab.view.viewport().mapToGlobal(center.toPoint())),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        NO_MOD,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(tab.view.viewport(), wheel)
    assert tab.view.zoom() > 1.2

    note = tab.add_node(NodeKind.NOTE, (0.0, 600.0), "Slettes")
    tab.scene.select_only([])
    tab.scene.sig_context_menu.emit(QPointF(0.0, 600.0), QPoint(10, 10), ("node", note))
    menu = tab.context_menu
    assert isinstance(menu, QMenu)
    tab.scene.select_only([note])
    delete = next(a for a in menu.actions() if a is tab.actions_by_name["delete"])
    delete.trigger()
    menu.close()
    assert tab.model.node(note) is None
