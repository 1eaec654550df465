"""How the map lays itself out: new nodes in free space, readable link words, zoom to fit.

Driven as a coordinator does: toolbar clicks, typing, the wheel and Ctrl+0.
Positions and sizes are read from the drawn items, so the tests see what is
on screen, not what the code meant to draw.
"""

from __future__ import annotations

import itertools
import math

from map_helpers import member_node_id, show_map
from PySide6.QtCore import QLineF, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ftbt_desktop.core.family_map import LinkKind, NodeKind
from ftbt_desktop.mapdraw import shapes
from ftbt_desktop.mapdraw.node_item import NodeItem
from ftbt_desktop.ui.family_map.map_tab import FamilyMapTab
from ftbt_desktop.ui.family_map.view import READABLE_ZOOM
from ftbt_desktop.ui.service import VaultService

pytest_plugins = ("map_helpers",)  # the service and demo_ids fixtures

SCREEN = (1280, 650)  # a 1280×720 laptop screen, less the window's title and tabs
GAP = 12.0  # scene units between two nodes' boxes, at least


def add_by_toolbar(tab: FamilyMapTab, kind: NodeKind, words: str) -> str:
    before = {v.id for v in tab.model.nodes()}
    button = tab.toolbar.widgetForAction(tab.actions_by_name[f"add_{kind.value}"])
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    QTest.keyClicks(QApplication.focusWidget(), words)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    (node_id,) = {v.id for v in tab.model.nodes()} - before
    return node_id


def crosses(rect: QRectF, line: QLineF) -> bool:
    """Whether a straight line passes through a rectangle (sampled finely)."""
    steps = max(2, int(line.length() / 4))
    return any(rect.contains(line.pointAt(i / steps)) for i in range(steps + 1))


def box(item: NodeItem) -> QRectF:
    """A node's drawn box on the map (its outline, words and members)."""
    return item.mapRectToScene(item.body_rect())


def overlaps(tab: FamilyMapTab, gap: float = 0.0) -> list[tuple[str, str]]:
    items = tab.scene.node_items()
    return [
        (a.view.label, b.view.label)
        for a, b in itertools.combinations(items, 2)
        if box(a).adjusted(-gap, -gap, gap, gap).intersects(box(b))
    ]


def distance(tab: FamilyMapTab, a: str, b: str) -> float:
    pa, pb = tab.scene.node_item(a).pos(), tab.scene.node_item(b).pos()
    return math.hypot(pa.x() - pb.x(), pa.y() - pb.y())


def test_new_nodes_go_in_free_space_beside_the_member_they_concern(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    tab = show_map(qtbot, service, demo_ids[0], size=SCREEN, active=True)[0]
    mette, jonas = member_node_id(tab.model, "Mette"), member_node_id(tab.model, "Jonas")
    tab.link_nodes(mette, jonas, LinkKind.STRONG)
    assert overlaps(tab) == []

    added = []
    for number in range(8):
        tab.scene.select_only([mette])
        kind = NodeKind.CHALLENGE if number % 2 else NodeKind.STRENGTH
        added.append(add_by_toolbar(tab, kind, f"Ting {number}"))

    assert overlaps(tab, gap=GAP) == []  # no node on or against another
    links = [link.line() for link in tab.scene.link_items()]
    for node in added:
        assert tab.model.node(node).member_ids == (tab.model.node(mette).ref_id,)
        assert distance(tab, node, mette) < 700  # beside Mette, not somewhere in the map
        assert not [line for line in links if crosses(box(tab.scene.node_item(node)), line)]


def test_a_node_added_with_a_node_selected_lands_beside_it(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    tab = show_map(qtbot, service, demo_ids[0], size=SCREEN, active=True)[0]
    far = tab.add_node(NodeKind.CHALLENGE, (2400.0, 1600.0), "Gæld")
    assert far is not None
    tab.scene.set_interaction(None)
    tab.scene.select_only([far])
    strength = add_by_toolbar(tab, NodeKind.STRENGTH, "Budget")
    assert distance(tab, strength, far) < 400
    assert overlaps(tab, gap=GAP) == []


def test_link_words_are_drawn_readably_at_the_default_zoom(
    qtbot: QtBot, service: VaultService, drawn_demo_ids: list[str]
) -> None:
    tab = show_map(qtbot, service, drawn_demo_ids[0], size=SCREEN)[0]
    tab.view.fit_all()  # as it opens
    zoom = tab.view.zoom()
    image = tab.view.viewport().grab().toImage()
    viewport = QRectF(tab.view.viewport().rect())
    ink = QColor(shapes.INK)
    node_rects = [box(item) for item in tab.scene.node_items()]
    checked = 0
    for link in tab.scene.link_items():
        words = link.text_rect()
        if not link.text() or any(words.intersects(r) for r in node_rects):
            continue
        shown = tab.view.mapFromScene(words).boundingRect()
        if not viewport.contains(QRectF(shown)):
            continue
        assert link.text_font().pixelSize() * zoom >= 11  # as large as the app's small text
        inner = shown.adjusted(4, 4, -4, -4)
        dark = sum(
            1
            for x in range(inner.left(), inner.right())
            for y in range(inner.top(), inner.bottom())
            if _near(QColor(image.pixel(x, y)), ink)
        )
        assert dark > 8, link.text()  # the words are painted, not left out
        checked += 1
    assert checked >= 3


def _near(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 60


def wheel(tab: FamilyMapTab, notches: int) -> None:
    center = QPointF(tab.view.viewport().rect().center())
    event = QWheelEvent(
        center,
        QPointF(tab.view.viewport().mapToGlobal(center.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(tab.view.viewport(), event)


def test_a_large_map_can_be_zoomed_out_to_fit_and_ctrl_0_shows_it_all(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    tab = show_map(qtbot, service, demo_ids[0], size=SCREEN, active=True)[0]
    for row, column in itertools.product(range(6), range(8)):
        tab.add_node(
            NodeKind.NOTE, (column * 420.0 - 1500.0, row * 300.0 + 600.0), f"{row}{column}"
        )
    tab.scene.set_interaction(None)
    tab.view.set_zoom(1.0)

    def whole_map_in_view() -> bool:
        shown = tab.view.mapToScene(tab.view.viewport().rect()).boundingRect()
        return shown.adjusted(-2, -2, 2, 2).contains(tab.scene.map_rect())

    for _ in range(30):
        wheel(tab, -1)  # the wheel turned toward the user: out
    assert whole_map_in_view()
    assert tab.view.zoom() < READABLE_ZOOM  # below the readable default: a large map
    smallest = tab.view.zoom()
    wheel(tab, -1)
    assert tab.view.zoom() == smallest  # and no further than the whole map needs

    tab.view.set_zoom(2.0)
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert whole_map_in_view()
