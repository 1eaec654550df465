"""The map toolbar's icons: each node kind's outline and glyph, and the editing actions.

Drawn with the map's own shapes (mapdraw/shapes.py) rather than shipped as image
files, so a toolbar button looks like what it adds; painted at whatever size and
pixel density the toolbar asks (ui/painted_icon.py). A node kind keeps the map's
colours (its glyph sits on its own fill); the other actions' strokes take the
palette's text colour, so they stay visible on a dark theme.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPolygonF

from ftbt_desktop.core.family_map import NodeKind
from ftbt_desktop.mapdraw.shapes import BORDER, FILL, INK, outline, paint_glyph
from ftbt_desktop.ui.painted_icon import painted_icon


def paint_link_icon(painter: QPainter, rect: QRectF, ink: QColor = INK) -> None:
    painter.save()
    s = rect.width()
    x, y = rect.left(), rect.top()
    painter.setPen(QPen(ink, max(1.5, s / 12)))
    painter.setBrush(QBrush(QColor("#ffffff")))
    start, end = QPointF(x + s * 0.2, y + s * 0.78), QPointF(x + s * 0.8, y + s * 0.22)
    painter.drawLine(start, end)
    painter.drawEllipse(start, s * 0.14, s * 0.14)
    painter.drawEllipse(end, s * 0.14, s * 0.14)
    painter.restore()


def kind_icon(kind: NodeKind) -> QIcon:
    """A toolbar icon: the node's outline and glyph, as on the map."""
    return painted_icon(lambda painter, side, _ink: paint_kind(painter, kind, side))


def paint_kind(painter: QPainter, kind: NodeKind, size: float) -> None:
    box = QRectF(1.5, size * 0.16, size - 3.0, size * 0.68)
    if kind is NodeKind.MEMBER:
        box = QRectF(size * 0.15, size * 0.15, size * 0.7, size * 0.7)
    painter.setPen(QPen(BORDER[kind], 2.0))
    painter.setBrush(QBrush(FILL[kind]))
    painter.drawPath(outline(kind, box))
    glyph = size * 0.46
    paint_glyph(painter, kind, QRectF((size - glyph) / 2, (size - glyph) / 2, glyph, glyph))


def icon_pen(painter: QPainter, size: float, ink: QColor) -> None:
    """The toolbar icons' line: the ink given, a fourteenth of the icon, round ends."""
    pen = QPen(ink, size / 14)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)


def drawn_icon(draw: str) -> QIcon:
    """Icons for the other toolbar actions, drawn rather than shipped as files."""
    return painted_icon(lambda painter, side, ink: paint_drawn(painter, draw, side, ink))


def paint_drawn(painter: QPainter, draw: str, s: float, ink: QColor) -> None:
    icon_pen(painter, s, ink)
    if draw == "link":
        paint_link_icon(painter, QRectF(0, 0, s, s), ink)
    elif draw == "delete":
        painter.drawRect(QRectF(s * 0.28, s * 0.3, s * 0.44, s * 0.58))
        painter.drawLine(QPointF(s * 0.18, s * 0.3), QPointF(s * 0.82, s * 0.3))
        painter.drawLine(QPointF(s * 0.4, s * 0.16), QPointF(s * 0.6, s * 0.16))
        for col in (0.42, 0.58):
            painter.drawLine(QPointF(s * col, s * 0.42), QPointF(s * col, s * 0.76))
    elif draw in ("undo", "redo"):
        path = QPainterPath()
        path.moveTo(s * 0.3, s * 0.42)
        path.cubicTo(s * 0.5, s * 0.22, s * 0.9, s * 0.3, s * 0.8, s * 0.72)
        arrow = QPolygonF(
            [QPointF(s * 0.14, s * 0.42), QPointF(s * 0.36, s * 0.26), QPointF(s * 0.36, s * 0.58)]
        )
        if draw == "redo":
            painter.translate(s, 0)
            painter.scale(-1, 1)
        painter.drawPath(path)
        painter.setBrush(QBrush(ink))
        painter.drawPolygon(arrow)
    elif draw == "fit":
        m = s * 0.14
        for cx, cy, dx, dy in ((m, m, 1, 1), (s - m, m, -1, 1), (m, s - m, 1, -1)):
            painter.drawLine(QPointF(cx, cy), QPointF(cx + dx * s * 0.22, cy))
            painter.drawLine(QPointF(cx, cy), QPointF(cx, cy + dy * s * 0.22))
        painter.drawLine(QPointF(s - m, s - m), QPointF(s - m - s * 0.22, s - m))
        painter.drawLine(QPointF(s - m, s - m), QPointF(s - m, s - m - s * 0.22))
        painter.drawRect(QRectF(s * 0.34, s * 0.34, s * 0.32, s * 0.32))
