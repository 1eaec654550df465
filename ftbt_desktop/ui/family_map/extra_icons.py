"""Drawn toolbar icons for the snapshot, compare, export and family-view actions.

Drawn in the map toolbar's own ink and line weight (see `toolbar_icons.drawn_icon`),
so they sit beside its icons without shipping image files, at any size and density.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPolygonF

from ftbt_desktop.ui.family_map.toolbar_icons import icon_pen
from ftbt_desktop.ui.painted_icon import painted_icon


def extra_icon(draw: str) -> QIcon:
    return painted_icon(lambda painter, side, ink: paint_extra(painter, draw, side, ink))


def paint_extra(painter: QPainter, draw: str, s: float, ink: QColor) -> None:
    icon_pen(painter, s, ink)
    pen = painter.pen()
    if draw == "snapshot":  # a camera
        painter.drawRoundedRect(QRectF(s * 0.1, s * 0.3, s * 0.8, s * 0.52), s * 0.06, s * 0.06)
        painter.drawLine(QPointF(s * 0.34, s * 0.3), QPointF(s * 0.4, s * 0.18))
        painter.drawLine(QPointF(s * 0.4, s * 0.18), QPointF(s * 0.6, s * 0.18))
        painter.drawLine(QPointF(s * 0.6, s * 0.18), QPointF(s * 0.66, s * 0.3))
        painter.drawEllipse(QPointF(s * 0.5, s * 0.56), s * 0.15, s * 0.15)
    elif draw == "compare":  # two maps side by side, the left one dashed (then)
        dashed = QPen(pen)
        dashed.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(dashed)
        painter.drawRect(QRectF(s * 0.08, s * 0.2, s * 0.36, s * 0.6))
        painter.setPen(pen)
        painter.drawRect(QRectF(s * 0.56, s * 0.2, s * 0.36, s * 0.6))
        painter.setBrush(QBrush(ink))
        painter.drawEllipse(QPointF(s * 0.26, s * 0.42), s * 0.05, s * 0.05)
        painter.drawEllipse(QPointF(s * 0.74, s * 0.36), s * 0.05, s * 0.05)
        painter.drawEllipse(QPointF(s * 0.8, s * 0.62), s * 0.05, s * 0.05)
    elif draw == "export":  # a page with an arrow leaving it
        path = QPainterPath()
        path.moveTo(s * 0.56, s * 0.2)
        path.lineTo(s * 0.16, s * 0.2)
        path.lineTo(s * 0.16, s * 0.86)
        path.lineTo(s * 0.72, s * 0.86)
        path.lineTo(s * 0.72, s * 0.62)
        painter.drawPath(path)
        painter.drawLine(QPointF(s * 0.36, s * 0.6), QPointF(s * 0.84, s * 0.16))
        painter.setBrush(QBrush(ink))
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(s * 0.9, s * 0.1),
                    QPointF(s * 0.62, s * 0.16),
                    QPointF(s * 0.84, s * 0.38),
                ]
            )
        )
    elif draw == "family_view":  # a table with people around it
        painter.drawLine(QPointF(s * 0.12, s * 0.64), QPointF(s * 0.88, s * 0.64))
        painter.drawLine(QPointF(s * 0.24, s * 0.64), QPointF(s * 0.24, s * 0.88))
        painter.drawLine(QPointF(s * 0.76, s * 0.64), QPointF(s * 0.76, s * 0.88))
        for cx, radius in ((0.24, 0.09), (0.5, 0.11), (0.76, 0.08)):
            painter.drawEllipse(QPointF(s * cx, s * 0.26), s * radius, s * radius)
            painter.drawArc(
                QRectF(s * (cx - radius * 1.6), s * 0.4, s * radius * 3.2, s * 0.36), 0, 180 * 16
            )
