"""Touch and keyboard: every target at least 44 px, every action reachable by keys, pinch zoom."""

from __future__ import annotations

from map_helpers import member_node_id, show_map
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGestureEvent,
    QLineEdit,
    QListWidget,
    QMenu,
    QPinchGesture,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ftbt_desktop.core.family_map import NodeKind
from ftbt_desktop.ui.family_map.export_dialog import MapExportDialog
from ftbt_desktop.ui.family_map.interactions import LinkByDrag
from ftbt_desktop.ui.family_map.view import MAX_ZOOM, MIN_ZOOM
from ftbt_desktop.ui.service import VaultService

pytest_plugins = ("map_helpers",)  # the service and demo_ids fixtures

FINGER = 44  # px: the smallest target a finger hits reliably
NO_MOD = Qt.KeyboardModifier.NoModifier


def too_small(widgets: list[QWidget]) -> list[str]:
    return [
        f"{w.objectName() or type(w).__name__}: {w.height()} px"
        for w in widgets
        if w.isVisible() and w.height() < FINGER
    ]


def test_every_control_of_the_map_is_finger_sized(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    tab, extras = show_map(qtbot, service, demo_ids[0], size=(1400, 850), active=True)
    buttons = tab.toolbar.findChildren(QToolButton)
    assert len([b for b in buttons if b.isVisible()]) >= 14
    assert not too_small(buttons) and all(b.width() >= FINGER for b in buttons if b.isVisible())

    note = tab.add_node(NodeKind.NOTE, (0.0, 600.0), "Madpakke")
    tab.scene.set_interaction(None)
    tab.scene.select_only([note])  # the side panel shows a node's controls
    QApplication.processEvents()
    controls = tab.editor.findChildren(QAbstractButton) + tab.editor.findChildren(QComboBox)
    controls += tab.editor.findChildren(QLineEdit)
    assert not too_small(controls)
    members = tab.editor.members_list
    assert isinstance(members, QListWidget) and members.count() == 5
    assert min(members.visualItemRect(members.item(r)).height() for r in range(5)) >= FINGER

    tab.scene.select_only([note])
    tab._on_link_requested(note, member_node_id(tab.model, "Mette"), tab.mapToGlobal(tab.pos()))
    chooser = tab.link_chooser
    assert isinstance(chooser, QMenu)
    qtbot.waitExposed(chooser)
    heights = [chooser.actionGeometry(a).height() for a in chooser.actions()]
    chooser.close()
    assert len(heights) == 5 and min(heights) >= FINGER

    # The dialogs the map opens (Save snapshot is offered at the kitchen table too).
    for dialog in (extras.open_save_snapshot(), extras.open_export()):
        qtbot.waitExposed(dialog)
        controls = dialog.findChildren(QAbstractButton) + dialog.findChildren(QLineEdit)
        assert not too_small(controls), dialog.objectName()
        dialog.reject()


def test_the_link_handle_is_finger_sized_even_zoomed_out(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    tab, _extras = show_map(qtbot, service, demo_ids[0], size=(1400, 850), active=True)
    mette = member_node_id(tab.model, "Mette")
    tab.view.set_zoom(MIN_ZOOM)
    tab.scene.select_only([mette])
    item = tab.scene.node_item(mette)
    center = tab.view.mapFromScene(item.mapToScene(item.handle_center()))
    # 20 px right of the handle's centre on screen: inside a 44 px round target.
    press_at = center + QPointF(20, 0).toPoint()
    viewport = tab.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, NO_MOD, press_at)
    assert isinstance(tab.scene.interaction(), LinkByDrag)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, NO_MOD, press_at)

    # At full size, the handle's half that lies over the node grabs too.
    tab.view.set_zoom(1.0)
    tab.scene.select_only([mette])
    center = tab.view.mapFromScene(item.mapToScene(item.handle_center()))
    press_at = center - QPointF(12, 0).toPoint()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, NO_MOD, press_at)
    assert isinstance(tab.scene.interaction(), LinkByDrag)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, NO_MOD, press_at)


def test_every_toolbar_action_is_reachable_by_keyboard(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    tab, extras = show_map(qtbot, service, demo_ids[0], size=(1400, 850), active=True)
    export = next(
        b
        for b in tab.toolbar.findChildren(QToolButton)
        if b.defaultAction() is extras.actions["export"]
    )
    tab.view.setFocus()
    for _ in range(80):  # Tab walks the nodes, then on through the panel and the toolbar
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if export.hasFocus():
            break
    assert export.hasFocus()
    QTest.keyClick(export, Qt.Key.Key_Space)
    assert isinstance(extras.export_dialog, MapExportDialog) and extras.export_dialog.isVisible()
    extras.export_dialog.reject()


def test_a_pinch_zooms_the_map_within_its_limits(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    tab, _extras = show_map(qtbot, service, demo_ids[0], size=(1400, 850), active=True)
    view = tab.view
    view.set_zoom(1.0)

    def pinch(factor: float) -> bool:
        gesture = QPinchGesture()
        gesture.setChangeFlags(QPinchGesture.ChangeFlag.ScaleFactorChanged)
        gesture.setScaleFactor(factor)
        event = QGestureEvent([gesture])
        return view.viewportEvent(event)

    assert pinch(1.5)
    assert abs(view.zoom() - 1.5) < 1e-6
    assert pinch(0.5)
    assert abs(view.zoom() - 0.75) < 1e-6
    for _ in range(10):
        pinch(0.5)
    assert view.zoom() == MIN_ZOOM  # never below the readable minimum
    for _ in range(10):
        pinch(2.0)
    assert view.zoom() == MAX_ZOOM
