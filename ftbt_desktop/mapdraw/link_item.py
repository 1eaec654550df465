"""A link on the map, drawn by the ecomap conventions; it follows its two nodes.

Strong relations thick, weak ones dashed, strained ones jagged; arrowheads
for the direction of influence or support, at both ends when mutual; the
kind in words beside the line, so it reads without colour. Like the nodes,
a link only draws what its `MapLink` says.
"""

from __future__ import annotations

import itertools
import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ftbt_desktop.core.family_map import LinkKind, MapLink
from ftbt_desktop.mapdraw import shapes
from ftbt_desktop.mapdraw.node_item import NORMAL_STYLE, NodeStyle, font_of
from ftbt_desktop.words.map import link_kind_label

if TYPE_CHECKING:
    from ftbt_desktop.mapdraw.node_item import NodeItem

MIN_TEXT_PX = 7.0  # a link's words are left out when smaller than this on screen
# A link's words are drawn at least this large on screen, as the app's small
# text, while the view is zoomed out (up to `MAX_TEXT_SCALE` times their size).
READABLE_TEXT_PX = 12.0
MAX_TEXT_SCALE = 2.0
# Looked up once: paint runs for every link on every repaint, and each enum
# member fetched through its class is a Python call.
_STRAINS = LinkKind.STRAINS
_ANTIALIASING = QPainter.RenderHint.Antialiasing
_NO_BRUSH = QBrush()  # a brush, not the enum: setBrush(enum) converts on every call
LINK_COLOURS: dict[LinkKind, QColor] = {
    LinkKind.INFLUENCES: QColor("#37474f"),
    LinkKind.SUPPORTS: QColor("#2e7d32"),
    LinkKind.STRAINS: QColor("#b23c17"),
    LinkKind.STRONG: QColor("#263238"),
    LinkKind.WEAK: QColor("#546e7a"),
}


class LinkItem(QGraphicsItem):
    """A link drawn by the ecomap conventions; it follows its two nodes."""

    def __init__(
        self, link: MapLink, source: NodeItem, target: NodeItem, style: NodeStyle = NORMAL_STYLE
    ) -> None:
        super().__init__()
        self.link = link
        self.source = source
        self.target = target
        self._line = QLineF()
        self._zigzag: list[QLineF] | None = None  # strains only, drawn lazily
        self._text_box = QRectF()
        self._text_size = (0.0, 0.0)
        self._arrows: list[QPolygonF] | None = None
        self._text = ""
        self._style_px = style.small_px
        self._font = font_of(style.small_px)
        self._bounds = QRectF()
        self._dirty = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(0.0)
        source.links.add(self)
        target.links.add(self)
        self.set_link(link)

    @property
    def link_id(self) -> str:
        return self.link.id

    def detach(self) -> None:
        self.source.links.discard(self)
        self.target.links.discard(self)

    def set_link(self, link: MapLink) -> None:
        self.link = link
        kind = LinkKind(link.kind)
        words = link.label or ""
        if kind in (LinkKind.INFLUENCES, LinkKind.SUPPORTS, LinkKind.STRAINS):
            # The kind in words: the pattern and the colour are only helps.
            words = f"{words} ({link_kind_label(kind)})" if words else link_kind_label(kind)
        self._text = words
        self._measure_text()
        self.setToolTip(words or link_kind_label(kind))
        self.adjust()

    def set_view_zoom(self, zoom: float) -> None:
        """Words as large on screen as the app's small text, however far out the view is."""
        scale = 1.0 if zoom <= 0 else READABLE_TEXT_PX / (self._style_px * zoom)
        pixels = round(self._style_px * max(1.0, min(MAX_TEXT_SCALE, scale)))
        if pixels != self._font.pixelSize():
            self._font = font_of(pixels)
            self._measure_text()
            self.adjust()

    def _measure_text(self) -> None:
        metrics = QFontMetricsF(self._font)
        self._text_size = (metrics.horizontalAdvance(self._text) + 10, metrics.height() + 4)

    def text_font(self) -> QFont:
        return QFont(self._font)

    def text_rect(self) -> QRectF:
        """Where the words are drawn (scene units), empty when there are none."""
        self._ensure_geometry()
        return QRectF(self._text_box) if self._text else QRectF()

    def adjust(self) -> None:
        """An end moved: the line is worked out when next asked for (paint, bounds).

        Fifty nodes dragged together move many links twice per mouse move; this
        keeps the work at once per link and repaint.
        """
        if not self._dirty:
            self.prepareGeometryChange()
            self._dirty = True

    def _ensure_geometry(self) -> None:
        if not self._dirty:
            return
        self._dirty = False
        sx, sy = self.source.anchor_xy()
        tx, ty = self.target.anchor_xy()
        x1, y1 = self.source.clip_xy(tx, ty)
        x2, y2 = self.target.clip_xy(sx, sy)
        self._line = QLineF(x1, y1, x2, y2)
        self._zigzag = None  # zigzag and arrows are made at paint time, for what is seen
        self._arrows = None
        left, right = min(x1, x2) - 14, max(x1, x2) + 14
        top, bottom = min(y1, y2) - 14, max(y1, y2) + 14
        if self._text:
            width, height = self._text_size
            mx, my = (x1 + x2) / 2, (y1 + y2) / 2
            self._text_box = QRectF(mx - width / 2, my - height / 2, width, height)
            left, right = min(left, mx - width / 2), max(right, mx + width / 2)
            top, bottom = min(top, my - height / 2), max(bottom, my + height / 2)
        self._bounds = QRectF(left, top, right - left, bottom - top)

    def line(self) -> QLineF:
        self._ensure_geometry()
        return QLineF(self._line)

    def boundingRect(self) -> QRectF:
        # Asked for every item on every repaint: no call unless an end has moved.
        if self._dirty:
            self._ensure_geometry()
        return self._bounds

    def shape(self) -> QPainterPath:
        self._ensure_geometry()
        stroker = QPainterPathStroker()
        stroker.setWidth(20.0)
        shape = stroker.createStroke(_straight(self._line))
        if self._text:
            shape.addRect(self._text_box)
        return shape

    def segments(self) -> list[QLineF]:
        """The line as drawn: straight, or jagged for a strained relation (made when asked)."""
        self._ensure_geometry()
        if self.link.kind is not LinkKind.STRAINS:
            return [QLineF(self._line)]
        if self._zigzag is None:
            self._zigzag = _zigzag(self._line)
        return self._zigzag

    def arrow_heads(self) -> list[QPolygonF]:
        """Where influence or support goes: at the target, and at the source too when mutual."""
        self._ensure_geometry()
        if self._arrows is None:
            self._arrows = []
            if self.link.kind in (LinkKind.INFLUENCES, LinkKind.SUPPORTS):
                self._arrows.append(_arrow_head(self._line.p1(), self._line.p2()))
                if self.link.mutual:
                    self._arrows.append(_arrow_head(self._line.p2(), self._line.p1()))
        return self._arrows

    def text(self) -> str:
        """The words beside the line: its own, and the kind where the line alone is unclear."""
        return self._text

    def pen(self) -> QPen:
        return link_pen(LinkKind(self.link.kind))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        self._ensure_geometry()
        painter.setRenderHint(_ANTIALIASING)
        if self.isSelected():
            halo = QPen(shapes.SELECTION, 10.0)
            halo.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(halo)
            painter.drawLine(self._line)
        pen = self.pen()
        painter.setPen(pen)
        painter.setBrush(_NO_BRUSH)
        # Plain lines rather than stroked paths or polylines: an order of magnitude
        # cheaper, which counts when fifty nodes and their links move at once.
        if self.link.kind is _STRAINS:
            painter.drawLines(self.segments())
        else:
            painter.drawLine(self._line)
        arrows = self.arrow_heads()
        if arrows:
            painter.setPen(QPen(pen.color(), 1.0))
            painter.setBrush(QBrush(pen.color()))
            for arrow in arrows:
                painter.drawPolygon(arrow)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if self._text and lod * self._font.pixelSize() >= MIN_TEXT_PX:
            rect = self._text_box
            painter.setPen(QPen(pen.color(), 1.0))
            painter.setBrush(QBrush(shapes.CANVAS))
            painter.drawRoundedRect(rect, 4, 4)
            painter.setFont(self._font)
            painter.setPen(shapes.INK)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._text)


def link_pen(kind: LinkKind) -> QPen:
    """The ecomap line of a kind: strong thick, weak dashed, the others by width and colour."""
    pen = _PENS.get(kind)
    if pen is None:
        widths = {
            LinkKind.INFLUENCES: 2.0,
            LinkKind.SUPPORTS: 3.0,
            LinkKind.STRAINS: 2.5,
            LinkKind.STRONG: 6.0,
            LinkKind.WEAK: 2.0,
        }
        pen = QPen(LINK_COLOURS[kind], widths[kind])
        # Square caps close the corners of a zigzag drawn as separate segments.
        cap = Qt.PenCapStyle.SquareCap if kind is LinkKind.STRAINS else Qt.PenCapStyle.FlatCap
        pen.setCapStyle(cap)
        if kind is LinkKind.WEAK:
            pen.setStyle(Qt.PenStyle.DashLine)
        _PENS[kind] = pen
    return pen


_PENS: dict[LinkKind, QPen] = {}


def _straight(line: QLineF) -> QPainterPath:
    path = QPainterPath(line.p1())
    path.lineTo(line.p2())
    return path


def _zigzag(line: QLineF, step: float = 12.0, amplitude: float = 6.0) -> list[QLineF]:
    """A jagged line (the ecomap sign for a strained relation) as separate segments."""
    x1, y1, x2, y2 = line.x1(), line.y1(), line.x2(), line.y2()
    length = math.hypot(x2 - x1, y2 - y1)
    if length < 2 * step:
        return [QLineF(line)]
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    nx, ny = -uy * amplitude, ux * amplitude
    points = [QPointF(x1, y1)]
    sign = 1.0
    for i in range(1, int(length // step)):
        along = i * step
        points.append(QPointF(x1 + ux * along + nx * sign, y1 + uy * along + ny * sign))
        sign = -sign
    points.append(QPointF(x2, y2))
    return [QLineF(a, b) for a, b in itertools.pairwise(points)]


def _arrow_head(start: QPointF, tip: QPointF, size: float = 14.0) -> QPolygonF:
    line = QLineF(tip, start)
    if line.length() == 0:
        return QPolygonF()
    angle = math.atan2(line.dy(), line.dx())
    spread = math.pi / 7
    left = QPointF(
        tip.x() + size * math.cos(angle + spread), tip.y() + size * math.sin(angle + spread)
    )
    right = QPointF(
        tip.x() + size * math.cos(angle - spread), tip.y() + size * math.sin(angle - spread)
    )
    return QPolygonF([tip, left, right])
