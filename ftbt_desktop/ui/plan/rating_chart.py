"""A small line chart of one goal's progress ratings (0–10) over time.

Drawn with QPainter: dates along the bottom (spaced by real time, so a gap
between visits shows as a gap), 0–10 up the side. The plotted points are
exposed (`plotted_points`) so tests can check what is drawn, and the chart
describes itself in words for screen readers.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ftbt_desktop.core.plan import ProgressRating
from ftbt_desktop.words.common import date_text

SCALE_MAX = 10
POINT_RADIUS = 3.5


class RatingChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rating_chart")
        self._points: list[tuple[dt.date, int]] = []
        self.setMinimumSize(QSize(220, 120))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._update_description()

    def sizeHint(self) -> QSize:
        return QSize(360, 150)

    # -- data --------------------------------------------------------------

    def set_ratings(self, ratings: list[ProgressRating]) -> None:
        points = sorted((dt.date.fromisoformat(r.date), r.value) for r in ratings)
        if points != self._points:
            self._points = points
            self._update_description()
            self.update()

    def points(self) -> list[tuple[str, int]]:
        """The ratings drawn, oldest first, as (ISO date, value)."""
        return [(d.isoformat(), v) for d, v in self._points]

    def plotted_points(self) -> list[QPointF]:
        """Where each rating is drawn, in widget coordinates (same order as `points`)."""
        plot = self._plot_rect()
        if not self._points:
            return []
        first, last = self._points[0][0], self._points[-1][0]
        span = (last - first).days
        result = []
        for date, value in self._points:
            share = 0.5 if span == 0 else (date - first).days / span
            x = plot.left() + share * plot.width()
            y = plot.bottom() - value / SCALE_MAX * plot.height()
            result.append(QPointF(x, y))
        return result

    # -- drawing -----------------------------------------------------------

    def _plot_rect(self) -> QRectF:
        metrics = QFontMetrics(self.font())
        left = metrics.horizontalAdvance("10") + 10
        bottom = metrics.height() + 6
        return QRectF(
            left, 8, max(10, self.width() - left - 12), max(10, self.height() - 8 - bottom)
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        grid_colour = palette.color(QPalette.ColorRole.Mid)
        line_colour = palette.color(QPalette.ColorRole.Highlight)
        plot = self._plot_rect()
        metrics = QFontMetrics(self.font())

        for value in (0, 5, 10):
            y = plot.bottom() - value / SCALE_MAX * plot.height()
            painter.setPen(QPen(grid_colour, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_colour)
            label = str(value)
            painter.drawText(
                QPointF(
                    plot.left() - 6 - metrics.horizontalAdvance(label), y + metrics.ascent() / 2
                ),
                label,
            )

        if not self._points:
            painter.setPen(text_colour)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No ratings yet"))
            return

        points = self.plotted_points()
        painter.setPen(QPen(line_colour, 2))
        if len(points) > 1:
            painter.drawPolyline(points)
        painter.setBrush(line_colour)
        for point in points:
            painter.drawEllipse(point, POINT_RADIUS, POINT_RADIUS)

        painter.setPen(text_colour)
        baseline = plot.bottom() + metrics.ascent() + 4
        first = date_text(self._points[0][0].isoformat())
        painter.drawText(QPointF(plot.left(), baseline), first)
        if len(self._points) > 1:
            last = date_text(self._points[-1][0].isoformat())
            painter.drawText(
                QPointF(plot.right() - metrics.horizontalAdvance(last), baseline), last
            )

    # -- words -------------------------------------------------------------

    def _update_description(self) -> None:
        self.setAccessibleName(self.tr("Progress ratings over time"))
        if not self._points:
            self.setAccessibleDescription(self.tr("No ratings yet"))
            return
        (first_date, first), (last_date, last) = self._points[0], self._points[-1]
        if len(self._points) == 1:
            self.setAccessibleDescription(
                self.tr("One rating: {value} on {date}").format(
                    value=first, date=date_text(first_date.isoformat())
                )
            )
            self.setToolTip(self.accessibleDescription())
            return
        self.setAccessibleDescription(
            self.tr(
                "{count} ratings, from {first} on {first_date} to {last} on {last_date}"
            ).format(
                count=len(self._points),
                first=first,
                first_date=date_text(first_date.isoformat()),
                last=last,
                last_date=date_text(last_date.isoformat()),
            )
        )
        self.setToolTip(self.accessibleDescription())

    def retranslate(self) -> None:
        self._update_description()
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
