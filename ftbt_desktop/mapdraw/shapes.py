"""Shapes, glyphs and colours of the map, shared by its items, exports and toolbar icons.

Each node kind differs by outline AND by a glyph, so the map reads without
colour (printed in black and white, or by someone who does not see red and
green apart): challenge a hexagon with a warning sign, strength a rounded box
with a star, goal a box with a flag, actor a plain rectangle with a building,
note a sheet with a folded corner, members a rounded square, smaller for a
child.

Not a genogram's square and circle: there they mean male and female, and
the app records no gender (a role says nothing about it). The map's legend
(ui/family_map/legend.py) says so.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from ftbt_desktop.core.family_map import NodeKind

NODE_WIDTH = 184.0
NODE_HEIGHT = 112.0
MEMBER_SYMBOL = 60.0
MEMBER_WIDTH = 164.0
MEMBER_HEIGHT = 112.0
GLYPH = 22.0
CORNER = 14.0
TOUCH_PX = 44  # the smallest target a finger hits reliably (on screen, not scene units)
MEMBER_CORNER = 0.25  # a member's rounded corners, of its width: neither square nor circle
CHILD_SCALE = 0.75  # a child's symbol, of an adult's

INK = QColor("#1f2933")  # text and glyphs: dark on every fill
FILL: dict[NodeKind, QColor] = {
    NodeKind.MEMBER: QColor("#ffffff"),
    NodeKind.CHALLENGE: QColor("#fde3d6"),
    NodeKind.STRENGTH: QColor("#dcf2de"),
    NodeKind.GOAL: QColor("#dbe8fb"),
    NodeKind.ACTOR: QColor("#ebe5f5"),
    NodeKind.NOTE: QColor("#fff6c4"),
}
BORDER: dict[NodeKind, QColor] = {
    NodeKind.MEMBER: QColor("#37474f"),
    NodeKind.CHALLENGE: QColor("#b23c17"),
    NodeKind.STRENGTH: QColor("#2e7d32"),
    NodeKind.GOAL: QColor("#1c5aa6"),
    NodeKind.ACTOR: QColor("#5b4a8a"),
    NodeKind.NOTE: QColor("#8a7300"),
}
SELECTION = QColor("#0b66d0")
CANVAS = QColor("#fbfbfa")


def member_symbol(rect: QRectF, child: bool = False) -> QRectF:
    """A member's rounded square in its box: the whole box, or smaller for a child.

    A child's stands on the same line as an adult's would, so names line up.
    """
    if not child:
        return QRectF(rect)
    side = rect.width() * CHILD_SCALE
    return QRectF(rect.center().x() - side / 2, rect.bottom() - side, side, side)


def node_size(kind: NodeKind) -> QSize:
    if kind is NodeKind.MEMBER:
        return QSize(int(MEMBER_WIDTH), int(MEMBER_HEIGHT))
    return QSize(int(NODE_WIDTH), int(NODE_HEIGHT))


def outline(kind: NodeKind, rect: QRectF, child: bool = False) -> QPainterPath:
    """The node's outline in `rect` (for members: the symbol only)."""
    path = QPainterPath()
    if kind is NodeKind.CHALLENGE:
        inset = min(rect.height() / 3, 26.0)
        path.addPolygon(
            QPolygonF(
                [
                    QPointF(rect.left() + inset, rect.top()),
                    QPointF(rect.right() - inset, rect.top()),
                    QPointF(rect.right(), rect.center().y()),
                    QPointF(rect.right() - inset, rect.bottom()),
                    QPointF(rect.left() + inset, rect.bottom()),
                    QPointF(rect.left(), rect.center().y()),
                ]
            )
        )
        path.closeSubpath()
    elif kind is NodeKind.STRENGTH:
        radius = min(rect.height() / 2, 30.0)
        path.addRoundedRect(rect, radius, radius)
    elif kind is NodeKind.GOAL:
        path.addRoundedRect(rect, 8.0, 8.0)
    elif kind is NodeKind.NOTE:
        fold = min(rect.height() / 4, 18.0)
        path.moveTo(rect.topLeft())
        path.lineTo(rect.right() - fold, rect.top())
        path.lineTo(rect.right(), rect.top() + fold)
        path.lineTo(rect.bottomRight())
        path.lineTo(rect.bottomLeft())
        path.closeSubpath()
    elif kind is NodeKind.MEMBER:
        symbol = member_symbol(rect, child)
        radius = symbol.width() * MEMBER_CORNER
        path.addRoundedRect(symbol, radius, radius)
    else:  # actor: a plain rectangle, like an institution's letterhead
        path.addRect(rect)
    return path


def paint_glyph(painter: QPainter, kind: NodeKind, rect: QRectF, ink: QColor = INK) -> None:
    """The kind's small sign in `rect` (square)."""
    painter.save()
    pen = QPen(ink, max(1.5, rect.width() / 12))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    s = rect.width()
    x, y = rect.left(), rect.top()
    if kind is NodeKind.CHALLENGE:
        triangle = QPolygonF(
            [
                QPointF(x + s / 2, y + s * 0.06),
                QPointF(x + s * 0.96, y + s * 0.9),
                QPointF(x + s * 0.04, y + s * 0.9),
            ]
        )
        painter.drawPolygon(triangle)
        painter.drawLine(QPointF(x + s / 2, y + s * 0.38), QPointF(x + s / 2, y + s * 0.62))
        painter.drawPoint(QPointF(x + s / 2, y + s * 0.76))
    elif kind is NodeKind.STRENGTH:
        painter.setBrush(QBrush(ink))
        painter.drawPolygon(_star(rect.center(), s * 0.48, s * 0.2))
    elif kind is NodeKind.GOAL:
        painter.drawLine(QPointF(x + s * 0.2, y + s * 0.05), QPointF(x + s * 0.2, y + s * 0.98))
        painter.setBrush(QBrush(ink))
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(x + s * 0.2, y + s * 0.08),
                    QPointF(x + s * 0.9, y + s * 0.28),
                    QPointF(x + s * 0.2, y + s * 0.5),
                ]
            )
        )
    elif kind is NodeKind.ACTOR:
        painter.drawRect(QRectF(x + s * 0.15, y + s * 0.3, s * 0.7, s * 0.62))
        painter.drawPolyline(
            QPolygonF(
                [
                    QPointF(x + s * 0.08, y + s * 0.34),
                    QPointF(x + s / 2, y + s * 0.06),
                    QPointF(x + s * 0.92, y + s * 0.34),
                ]
            )
        )
        for col in (0.32, 0.5, 0.68):
            painter.drawLine(QPointF(x + s * col, y + s * 0.45), QPointF(x + s * col, y + s * 0.8))
    elif kind is NodeKind.NOTE:
        fold = s * 0.3
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(x + s * 0.12, y + s * 0.05),
                    QPointF(x + s * 0.88 - fold, y + s * 0.05),
                    QPointF(x + s * 0.88, y + s * 0.05 + fold),
                    QPointF(x + s * 0.88, y + s * 0.95),
                    QPointF(x + s * 0.12, y + s * 0.95),
                ]
            )
        )
        for row in (0.5, 0.68, 0.84):
            painter.drawLine(QPointF(x + s * 0.26, y + s * row), QPointF(x + s * 0.74, y + s * row))
    elif kind is NodeKind.MEMBER:
        painter.drawEllipse(QRectF(x + s * 0.32, y + s * 0.06, s * 0.36, s * 0.36))
        painter.drawArc(QRectF(x + s * 0.12, y + s * 0.5, s * 0.76, s * 0.8), 0, 180 * 16)
    painter.restore()


def paint_lock(painter: QPainter, rect: QRectF, ink: QColor = INK) -> None:
    """The internal mark: a padlock (always beside the word "Internal")."""
    painter.save()
    s = rect.width()
    x, y = rect.left(), rect.top()
    painter.setPen(QPen(ink, max(1.5, s / 10)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawArc(QRectF(x + s * 0.25, y + s * 0.05, s * 0.5, s * 0.6), 0, 180 * 16)
    painter.setBrush(QBrush(ink))
    painter.drawRoundedRect(QRectF(x + s * 0.12, y + s * 0.38, s * 0.76, s * 0.58), 2, 2)
    painter.restore()


def _star(center: QPointF, outer: float, inner: float) -> QPolygonF:
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / 5
        points.append(
            QPointF(center.x() + radius * math.cos(angle), center.y() + radius * math.sin(angle))
        )
    return QPolygonF(points)
