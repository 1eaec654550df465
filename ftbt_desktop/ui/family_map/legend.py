"""The map's legend: what a family member's shape means, and what it does not.

Social workers read a genogram's square as a man and its circle as a woman.
The map draws every member as the same rounded square, smaller for a child,
so the legend says so in words, beside the map, where the shapes are read.
It sits in the view's lower left corner, over the map but not part of it,
so it stays put and readable while the map is moved and zoomed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QGraphicsView, QHBoxLayout, QLabel

from ftbt_desktop.mapdraw import shapes

SAMPLE_PX = 22  # a sample symbol in the legend
MARGIN_PX = 8  # from the view's edges


def member_sample(child: bool, dashed: bool = False) -> QPixmap:
    """A member's symbol as the map draws it, small."""
    pixmap = QPixmap(SAMPLE_PX, SAMPLE_PX)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(shapes.BORDER[shapes.NodeKind.MEMBER], 1.6)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(QBrush(shapes.FILL[shapes.NodeKind.MEMBER]))
    box = shapes.member_symbol(QRectF(1.5, 1.5, SAMPLE_PX - 3.0, SAMPLE_PX - 3.0), child)
    path = QPainterPath()
    radius = box.width() * shapes.MEMBER_CORNER
    path.addRoundedRect(box, radius, radius)
    painter.drawPath(path)
    painter.end()
    return pixmap


class MapLegend(QFrame):
    """Adult, child, not in the household — and "the shapes do not show gender"."""

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view)
        self.setObjectName("map_legend")
        self._view = view
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("#ffffff"))
        self.setPalette(palette)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._words: dict[str, QLabel] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        for key, child, dashed in (
            ("adult", False, False),
            ("child", True, False),
            ("away", False, True),
        ):
            sample = QLabel(self)
            sample.setPixmap(member_sample(child, dashed))
            words = QLabel(self)
            self._words[key] = words
            layout.addWidget(sample)
            layout.addWidget(words)
            layout.addSpacing(6)
        self._words["gender"] = QLabel(self)
        self._words["gender"].setObjectName("map_legend_gender")
        layout.addWidget(self._words["gender"])
        view.installEventFilter(self)
        # The view hears of its resize before it lays out its viewport: the
        # viewport's own resize is when the new bottom is known.
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        self.retranslate()

    def text(self) -> str:
        """The legend in words, as a screen reader gets it."""
        return " ".join(label.text() for label in self._words.values())

    def retranslate(self) -> None:
        self._words["adult"].setText(self.tr("Adult"))
        self._words["child"].setText(self.tr("Child"))
        self._words["away"].setText(self.tr("Dashed: not in the household"))
        self._words["gender"].setText(self.tr("The shapes do not show gender."))
        self.setAccessibleName(self.tr("Legend"))
        self.setAccessibleDescription(self.text())
        self.adjustSize()
        self._place()

    def _place(self) -> None:
        viewport = self._view.viewport().geometry()
        self.adjustSize()
        self.move(viewport.left() + MARGIN_PX, viewport.bottom() - self.height() - MARGIN_PX + 1)
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The event's type first: the view is asked nothing while it is being destroyed.
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and (
            watched is self._view or watched is self._viewport
        ):
            self._place()
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
