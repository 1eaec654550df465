"""The drawn pieces of the map: a node and a link that follows its two ends.

Items only draw what a `NodeView` or `MapLink` says; they never write. Moving
a node item by mouse is the one exception to "the model first": Qt moves the
item during a drag, and the scene turns the finished drag into one undo
command that writes the positions.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import replace

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
    QTextLayout,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ftbt_desktop.core.family_map import LinkKind, MapLink, NodeKind
from ftbt_desktop.core.model import MemberRole
from ftbt_desktop.ui.family_map import shapes
from ftbt_desktop.ui.family_map.map_words import (
    internal_mark,
    life_area_label,
    link_kind_label,
    node_kind_label,
)
from ftbt_desktop.ui.family_map.node_view import NodeView
from ftbt_desktop.ui.network.network_words import no_consent_text

LABEL_PX = 15
SMALL_PX = 12
HANDLE_RADIUS = 16.0  # drawn; the grab area is 44 px wide (touch)
HANDLE_GRAB = 22.0
MIN_TEXT_PX = 7.0  # a link's words are left out when smaller than this on screen
PADDING = 10.0
LINK_COLOURS: dict[LinkKind, QColor] = {
    LinkKind.INFLUENCES: QColor("#37474f"),
    LinkKind.SUPPORTS: QColor("#2e7d32"),
    LinkKind.STRAINS: QColor("#b23c17"),
    LinkKind.STRONG: QColor("#263238"),
    LinkKind.WEAK: QColor("#546e7a"),
}


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def wrap_lines(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """Word-wrapped lines, the last one elided when the text does not fit."""
    if not text:
        return []
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
    layout.endLayout()
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        metrics = QFontMetricsF(font)
        lines = [
            *lines[: max_lines - 1],
            metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width),
        ]
    return lines


class NodeItem(QGraphicsItem):
    """One node: outline and glyph by kind, the family's words, members, an internal mark."""

    def __init__(self, view: NodeView, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.links: set[LinkItem] = set()
        self._label_lines: list[str] = []
        self._members_line = ""
        self._label_font = _font(LABEL_PX)
        self._small_font = _font(SMALL_PX)
        self._mark_font = _font(SMALL_PX, bold=True)
        self._laid_out = False
        self._body = self._symbol = self._bounds = QRectF()
        self._anchor_dx = self._anchor_dy = self._half_w = self._half_h = 0.0
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setZValue(1.0)
        self.set_view(view)

    @property
    def node_id(self) -> str:
        return self.view.id

    # -- content -----------------------------------------------------------

    def set_view(self, view: NodeView) -> None:
        position = QPointF(view.x, view.y)
        if self._laid_out and replace(view, x=self.view.x, y=self.view.y) == self.view:
            self.view = view  # only moved (a drag, an undo): no new text layout
            if self.pos() != position:
                self.setPos(position)
            return
        if view.kind is not self.view.kind:
            self.prepareGeometryChange()
        self.view = view
        self._laid_out = True
        self._set_geometry()
        width = self.body_rect().width() - 2 * PADDING
        if view.kind is NodeKind.MEMBER:
            self._label_lines = wrap_lines(view.label, self._label_font, shapes.MEMBER_WIDTH, 2)
            self._members_line = ""
        else:
            text = view.label or node_kind_label(view.kind)
            self._label_lines = wrap_lines(text, self._label_font, width, 3)
            # First names keep the line short; the tooltip has the whole names.
            first_names = (name.split()[0] for name in view.member_names if name.split())
            self._members_line = QFontMetricsF(self._small_font).elidedText(
                " · ".join(first_names), Qt.TextElideMode.ElideRight, width
            )
        self.setToolTip(self._tooltip())
        if self.pos() != position:
            self.setPos(position)
        self.update()

    def _tooltip(self) -> str:
        view = self.view
        parts = [node_kind_label(view.kind), view.label]
        if view.member_names:
            parts.append(", ".join(view.member_names))
        if view.life_area is not None:
            parts.append(life_area_label(view.life_area))
        if view.internal:
            parts.append(internal_mark())
        if view.no_consent:
            parts.append(no_consent_text())
        return "\n".join(p for p in parts if p)

    # -- geometry ----------------------------------------------------------

    def _set_geometry(self) -> None:
        """The boxes of this kind, worked out once: links ask for them on every move."""
        if self.view.kind is NodeKind.MEMBER:
            w, h = shapes.MEMBER_WIDTH, shapes.MEMBER_HEIGHT
        else:
            w, h = shapes.NODE_WIDTH, shapes.NODE_HEIGHT
        self._body = QRectF(-w / 2, -h / 2, w, h)
        if self.view.kind is NodeKind.MEMBER:
            s = shapes.MEMBER_SYMBOL
            self._symbol = QRectF(-s / 2, self._body.top() + 4, s, s)
        else:
            self._symbol = QRectF(self._body)
        center = self._symbol.center()
        self._anchor_dx, self._anchor_dy = center.x(), center.y()
        self._half_w = self._symbol.width() / 2 + 3
        self._half_h = self._symbol.height() / 2 + 3
        self._bounds = self._body.adjusted(-6, -6, HANDLE_GRAB + 6, 6)

    def body_rect(self) -> QRectF:
        return QRectF(self._body)

    def symbol_rect(self) -> QRectF:
        """The outline's box: the whole body, or a member's square or circle."""
        return QRectF(self._symbol)

    def handle_center(self) -> QPointF:
        """Where the link handle sits: the right edge of the outline."""
        symbol = self.symbol_rect()
        return QPointF(symbol.right() + 4, symbol.center().y())

    def is_on_handle(self, scene_pos: QPointF) -> bool:
        if not self.isSelected():
            return False
        delta = self.mapFromScene(scene_pos) - self.handle_center()
        return math.hypot(delta.x(), delta.y()) <= HANDLE_GRAB

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.body_rect())
        if self.isSelected():
            path.addEllipse(self.handle_center(), HANDLE_GRAB, HANDLE_GRAB)
        return path

    def clip_point(self, toward: QPointF) -> QPointF:
        """Where a line from the centre toward a scene point leaves the outline."""
        return QPointF(*self.clip_xy(toward.x(), toward.y()))

    def clip_xy(self, tx: float, ty: float) -> tuple[float, float]:
        x, y = self.anchor_xy()
        dx, dy = tx - x, ty - y
        if dx == 0 and dy == 0:
            return x, y
        t = min(
            self._half_w / abs(dx) if dx else math.inf,
            self._half_h / abs(dy) if dy else math.inf,
            1.0,
        )
        return x + dx * t, y + dy * t

    def anchor_xy(self) -> tuple[float, float]:
        """The outline's centre in the scene (nodes have no parent item)."""
        pos = self.pos()
        return pos.x() + self._anchor_dx, pos.y() + self._anchor_dy

    def anchor(self) -> QPointF:
        return QPointF(*self.anchor_xy())

    # -- drawing -----------------------------------------------------------

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        view = self.view
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        child = view.role is MemberRole.CHILD
        path = shapes.outline(view.kind, self.symbol_rect(), child=child)
        pen = QPen(shapes.BORDER[view.kind], 2.5)
        dashed = view.internal or (view.kind is NodeKind.MEMBER and not view.in_household)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        if self.isSelected():
            halo = QPen(shapes.SELECTION, 7.0)
            halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(halo)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.setPen(pen)
        painter.setBrush(QBrush(shapes.FILL[view.kind]))
        painter.drawPath(path)
        if view.kind is NodeKind.MEMBER:
            self._paint_member_text(painter)
        else:
            self._paint_node_text(painter)
        if view.internal:
            self._paint_internal_mark(painter)
        if view.no_consent and self._shows_internal():
            self._paint_consent_mark(painter)
        if self.isSelected():
            self._paint_handle(painter)

    def _paint_node_text(self, painter: QPainter) -> None:
        body = self.body_rect()
        glyph = QRectF(body.left() + PADDING + 6, body.top() + 8, shapes.GLYPH, shapes.GLYPH)
        shapes.paint_glyph(painter, self.view.kind, glyph)
        painter.setPen(shapes.INK)
        painter.setFont(self._label_font)
        line_height = QFontMetricsF(self._label_font).height()
        top = body.top() + 10 + shapes.GLYPH
        text_rect = QRectF(body.left() + PADDING, top, body.width() - 2 * PADDING, line_height)
        italic = not self.view.label
        if italic:
            font = QFont(self._label_font)
            font.setItalic(True)
            painter.setFont(font)
        for line in self._label_lines:
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter, line)
            text_rect.translate(0, line_height)
        if self._members_line:
            painter.setFont(self._small_font)
            small = QFontMetricsF(self._small_font).height()
            members_rect = QRectF(
                body.left() + PADDING, body.bottom() - small - 6, body.width() - 2 * PADDING, small
            )
            painter.drawText(members_rect, Qt.AlignmentFlag.AlignHCenter, self._members_line)

    def _paint_member_text(self, painter: QPainter) -> None:
        body = self.body_rect()
        symbol = self.symbol_rect()
        glyph_size = symbol.width() * 0.5
        shapes.paint_glyph(
            painter,
            NodeKind.MEMBER,
            QRectF(
                symbol.center().x() - glyph_size / 2,
                symbol.center().y() - glyph_size / 2,
                glyph_size,
                glyph_size,
            ),
        )
        painter.setPen(shapes.INK)
        painter.setFont(self._label_font)
        line_height = QFontMetricsF(self._label_font).height()
        text_rect = QRectF(body.left(), symbol.bottom() + 2, body.width(), line_height)
        for line in self._label_lines:
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter, line)
            text_rect.translate(0, line_height)

    def _paint_internal_mark(self, painter: QPainter) -> None:
        body = self.body_rect()
        word = internal_mark()
        metrics = QFontMetricsF(self._mark_font)
        width = metrics.horizontalAdvance(word) + 26
        height = max(metrics.height() + 4, 20.0)
        badge = QRectF(body.right() - width - 6, body.top() - height / 2, width, height)
        painter.setPen(QPen(shapes.INK, 1.5))
        painter.setBrush(QBrush(QColor("#ffffff")))
        painter.drawRoundedRect(badge, 4, 4)
        lock = QRectF(badge.left() + 4, badge.top() + (height - 14) / 2, 14, 14)
        shapes.paint_lock(painter, lock)
        painter.setFont(self._mark_font)
        painter.setPen(shapes.INK)
        painter.drawText(badge.adjusted(20, 0, -3, 0), Qt.AlignmentFlag.AlignVCenter, word)

    def _shows_internal(self) -> bool:
        # The consent mark is for the coordinator: not in family view or family exports.
        return bool(getattr(self.scene(), "show_internal", True))

    def _paint_consent_mark(self, painter: QPainter) -> None:
        """A warning sign and the words "No valid consent" on the node's lower edge."""
        body = self.body_rect()
        word = no_consent_text()
        metrics = QFontMetricsF(self._mark_font)
        height = max(metrics.height() + 4, 20.0)
        width = min(metrics.horizontalAdvance(word) + 28, body.width() + 40)
        badge = QRectF(body.center().x() - width / 2, body.bottom() - height / 2, width, height)
        painter.setPen(QPen(shapes.INK, 1.5))
        painter.setBrush(QBrush(QColor("#fff3cd")))
        painter.drawRoundedRect(badge, 4, 4)
        sign = QRectF(badge.left() + 4, badge.top() + (height - 14) / 2, 16, 14)
        painter.setFont(self._mark_font)
        painter.drawText(sign, Qt.AlignmentFlag.AlignCenter, "⚠")
        text = metrics.elidedText(word, Qt.TextElideMode.ElideRight, width - 26)
        painter.drawText(badge.adjusted(22, 0, -3, 0), Qt.AlignmentFlag.AlignVCenter, text)

    def _paint_handle(self, painter: QPainter) -> None:
        center = self.handle_center()
        painter.setPen(QPen(shapes.SELECTION, 2.5))
        painter.setBrush(QBrush(QColor("#ffffff")))
        painter.drawEllipse(center, HANDLE_RADIUS, HANDLE_RADIUS)
        painter.drawLine(center - QPointF(7, 0), center + QPointF(7, 0))
        painter.drawLine(center - QPointF(0, 7), center + QPointF(0, 7))

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for link in self.links:
                link.adjust()
        elif change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.prepareGeometryChange()  # the handle joins the shape
        return super().itemChange(change, value)


class LinkItem(QGraphicsItem):
    """A link drawn by the ecomap conventions; it follows its two nodes."""

    def __init__(self, link: MapLink, source: NodeItem, target: NodeItem) -> None:
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
        self._font = _font(SMALL_PX)
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
        metrics = QFontMetricsF(self._font)
        self._text_size = (metrics.horizontalAdvance(words) + 10, metrics.height() + 4)
        self.setToolTip(words or link_kind_label(kind))
        self.adjust()

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

    def pen(self) -> QPen:
        return link_pen(LinkKind(self.link.kind))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        self._ensure_geometry()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.isSelected():
            halo = QPen(shapes.SELECTION, 10.0)
            halo.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(halo)
            painter.drawLine(self._line)
        pen = self.pen()
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # Plain lines rather than stroked paths or polylines: an order of magnitude
        # cheaper, which counts when fifty nodes and their links move at once.
        if self.link.kind is LinkKind.STRAINS:
            if self._zigzag is None:
                self._zigzag = _zigzag(self._line)
            painter.drawLines(self._zigzag)
        else:
            painter.drawLine(self._line)
        if self._arrows is None:
            self._arrows = []
            if self.link.kind in (LinkKind.INFLUENCES, LinkKind.SUPPORTS):
                self._arrows.append(_arrow_head(self._line.p1(), self._line.p2()))
                if self.link.mutual:
                    self._arrows.append(_arrow_head(self._line.p2(), self._line.p1()))
        if self._arrows:
            painter.setPen(QPen(pen.color(), 1.0))
            painter.setBrush(QBrush(pen.color()))
            for arrow in self._arrows:
                painter.drawPolygon(arrow)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if self._text and lod * SMALL_PX >= MIN_TEXT_PX:
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
