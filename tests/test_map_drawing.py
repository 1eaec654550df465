"""The map reads by the ecomap conventions and without colour: lines, arrows, outlines, words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from pytestqt.qtbot import QtBot

from ftbt_desktop.core.family_map import LinkKind, NodeKind
from ftbt_desktop.mapdraw import shapes
from ftbt_desktop.mapdraw.link_item import LinkItem
from ftbt_desktop.mapdraw.snapshot_map import SnapshotMap
from ftbt_desktop.ui.family_map.scene import FamilyMapScene

KINDS = [NodeKind.CHALLENGE, NodeKind.STRENGTH, NodeKind.GOAL, NodeKind.ACTOR, NodeKind.NOTE]


def node(node_id: str, kind: NodeKind, x: float, y: float) -> dict[str, Any]:
    return {"id": node_id, "kind": kind.value, "label": node_id, "x": x, "y": y}


def link(link_id: str, kind: LinkKind, mutual: bool = False) -> dict[str, Any]:
    source, target = f"{link_id}-from", f"{link_id}-to"
    return {"id": link_id, "source_id": source, "target_id": target, "kind": kind.value,
            "mutual": mutual, "label": None}  # fmt: skip


def drawn_scene(qtbot: QtBot) -> FamilyMapScene:
    links = [
        link("influences", LinkKind.INFLUENCES),
        link("supports-both", LinkKind.SUPPORTS, mutual=True),
        link("strains", LinkKind.STRAINS),
        link("strong", LinkKind.STRONG, mutual=True),
        link("weak", LinkKind.WEAK),
    ]
    nodes = []
    for row, data in enumerate(links):
        nodes.append(node(data["source_id"], NodeKind.CHALLENGE, 0.0, row * 200.0))
        nodes.append(node(data["target_id"], NodeKind.GOAL, 500.0, row * 200.0))
    scene = FamilyMapScene()
    scene.set_model(SnapshotMap({"nodes": nodes, "links": links}, scene))
    image = QImage(1200, 1200, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), scene.itemsBoundingRect())  # every item painted
    painter.end()
    return scene


def test_links_follow_the_ecomap_conventions(qtbot: QtBot) -> None:
    scene = drawn_scene(qtbot)
    items: dict[str, LinkItem] = {item.link_id: item for item in scene.link_items()}
    assert len(items) == 5
    strong, weak = items["strong"].pen(), items["weak"].pen()
    assert strong.style() == Qt.PenStyle.SolidLine
    assert strong.widthF() >= 2 * items["influences"].pen().widthF()  # strong: thick and solid
    assert weak.style() == Qt.PenStyle.DashLine  # weak: dashed
    assert len(items["strains"].segments()) > 10  # strained: jagged
    assert len(items["influences"].segments()) == 1
    # Arrowheads for the direction of influence or support, both ends when mutual.
    assert len(items["influences"].arrow_heads()) == 1
    assert len(items["supports-both"].arrow_heads()) == 2
    assert items["strong"].arrow_heads() == [] and items["weak"].arrow_heads() == []
    tip = items["influences"].arrow_heads()[0].first()
    assert tip == items["influences"].segments()[-1].p2()  # the head sits at the target
    # The kind in words where the line alone would not say it.
    assert items["strains"].text() and items["influences"].text()


def test_each_kind_of_node_has_its_own_outline_and_glyph(qtbot: QtBot) -> None:
    rect = QRectF(0, 0, shapes.NODE_WIDTH, shapes.NODE_HEIGHT)
    outlines = {kind: shapes.outline(kind, rect) for kind in KINDS}
    # Told apart without colour: no two kinds share an outline.
    signatures = {
        kind: (path.elementCount(), round(path.boundingRect().width()), round(path.length()))
        for kind, path in outlines.items()
    }
    assert len(set(signatures.values())) == len(KINDS)
    glyphs = set()
    for kind in KINDS:
        image = QImage(40, 40, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        shapes.paint_glyph(painter, kind, QRectF(4, 4, 32, 32))
        painter.end()
        glyphs.add(bytes(image.constBits()))
    assert len(glyphs) == len(KINDS)
