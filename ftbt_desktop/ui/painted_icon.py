"""Icons painted at the size and pixel density asked for, in the palette's ink.

The toolbar icons are drawn with code (ui/family_map/toolbar_icons.py), so they are
vector drawings already: this engine paints them anew for every request, at the
requested size times the screen's device pixel ratio (sharp at 150 % and 200 %
scaling, where a 40-pixel image would be blown up and blurred), and with the
palette's text colour at that moment, so a dark system theme gets light strokes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyleOption

# paint(painter, side, ink): draw in a square of `side` logical pixels at the origin.
Paint = Callable[[QPainter, float, QColor], None]


def ink() -> QColor:
    """The colour of strokes on the toolbar: the palette's text colour."""
    return QApplication.palette().color(QPalette.ColorRole.ButtonText)


class PaintedIconEngine(QIconEngine):
    def __init__(self, paint: Paint) -> None:
        super().__init__()
        self._paint = paint

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        side = float(min(rect.width(), rect.height()))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(
            rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2
        )
        self._paint(painter, side, ink())
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        scale = max(scale, 1.0)
        pixmap = QPixmap(size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = float(min(size.width(), size.height()))
        painter.translate((size.width() - side) / 2, (size.height() - side) / 2)
        self._paint(painter, side, ink())
        painter.end()
        if mode == QIcon.Mode.Disabled:
            style = QApplication.style()
            pixmap = style.generatedIconPixmap(QIcon.Mode.Disabled, pixmap, QStyleOption())
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return PaintedIconEngine(self._paint)


def painted_icon(paint: Paint) -> QIcon:
    return QIcon(PaintedIconEngine(paint))
