"""A small chart of one adult's WHO-5 scores over time, on the three band zones.

Each zone is filled in its band's colour and labelled in words with its range,
and each point carries its score, so the chart reads without colour too.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ftbt_desktop.core.measures import Who5Band
from ftbt_desktop.ui.measures.band_colours import BAND_COLOURS, BAND_TEXT_COLOUR
from ftbt_desktop.words.common import date_text
from ftbt_desktop.words.measures import band_label, band_range

# Scores come in steps of 4, so the zone edges sit between 32|36 and 48|52.
ZONES: tuple[tuple[Who5Band, float, float], ...] = (
    (Who5Band.HIGH_RISK, 0.0, 35.5),
    (Who5Band.RISK, 35.5, 50.5),
    (Who5Band.NOT_AT_RISK, 50.5, 100.0),
)
MARGIN_LEFT = 34.0
MARGIN_RIGHT = 18.0
MARGIN_TOP = 12.0
MARGIN_BOTTOM = 24.0
POINT_RADIUS = 5.0
LINE_COLOUR = QColor("#263238")


class Who5Chart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("who5_chart")
        self._points: list[tuple[str, int]] = []
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._empty_text = ""
        self.setAccessibleName(self.tr("Wellbeing (WHO-5) chart"))
        self._describe()

    # -- data --------------------------------------------------------------

    def set_points(self, points: Sequence[tuple[str, int]]) -> None:
        """(ISO date, score) pairs, oldest first."""
        self._points = list(points)
        summary = "; ".join(f"{date_text(d)}: {s}" for d, s in self._points)
        self.setToolTip(summary)
        self._describe()
        self.update()

    def _describe(self) -> None:
        """What the chart shows, in words, and where its numbers are as a table."""
        if not self._points:
            self.setAccessibleDescription(self.tr("No WHO-5 measures yet."))
            return
        scores = "; ".join(f"{date_text(d)}: {s}" for d, s in self._points)
        self.setAccessibleDescription(
            self.tr("Scores by date: {scores}. The table below has the same measures.").format(
                scores=scores
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Wellbeing (WHO-5) chart"))
            self._describe()
        super().changeEvent(event)

    def points(self) -> list[tuple[str, int]]:
        return list(self._points)

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.update()

    def zone_labels(self) -> list[str]:
        """The words drawn in the zones, lowest zone first."""
        return [f"{band_label(band)} ({band_range(band)})" for band, _, _ in ZONES]

    # -- geometry ----------------------------------------------------------

    def plot_rect(self) -> QRectF:
        return QRectF(
            MARGIN_LEFT,
            MARGIN_TOP,
            max(1.0, self.width() - MARGIN_LEFT - MARGIN_RIGHT),
            max(1.0, self.height() - MARGIN_TOP - MARGIN_BOTTOM),
        )

    def point_positions(self) -> list[QPointF]:
        """Where each point is drawn (for the tests and the hover text)."""
        rect = self.plot_rect()
        if not self._points:
            return []
        days = [dt.date.fromisoformat(d).toordinal() for d, _ in self._points]
        first, last = min(days), max(days)
        span = last - first
        inner = rect.adjusted(12, 0, -12, 0)
        positions = []
        for day, (_, score) in zip(days, self._points, strict=True):
            x = (
                inner.center().x()
                if span == 0
                else inner.left() + inner.width() * (day - first) / span
            )
            positions.append(QPointF(x, self._y(score)))
        return positions

    def _y(self, score: float) -> float:
        rect = self.plot_rect()
        return rect.bottom() - rect.height() * score / 100.0

    # -- painting ----------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.plot_rect()
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        for (band, low, high), label in zip(ZONES, self.zone_labels(), strict=True):
            zone = QRectF(rect.left(), self._y(high), rect.width(), self._y(low) - self._y(high))
            painter.fillRect(zone, BAND_COLOURS[band])
            painter.setPen(BAND_TEXT_COLOUR)
            painter.drawText(
                zone.adjusted(6, 2, -6, -2),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                label,
            )
        painter.setPen(self.palette().color(self.foregroundRole()))
        for tick in (0, 36, 52, 100):
            y = self._y(tick)
            painter.drawText(
                QRectF(0, y - 8, MARGIN_LEFT - 4, 16),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                str(tick),
            )
        if not self._points:
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self._empty_text)
            return
        positions = self.point_positions()
        painter.setPen(QPen(LINE_COLOUR, 2))
        for a, b in itertools.pairwise(positions):
            painter.drawLine(a, b)
        painter.setBrush(LINE_COLOUR)
        bold = QFont(small)
        bold.setBold(True)
        painter.setFont(bold)
        for pos, (_day, score) in zip(positions, self._points, strict=True):
            painter.setPen(QPen(LINE_COLOUR, 1))
            painter.drawEllipse(pos, POINT_RADIUS, POINT_RADIUS)
            painter.setPen(BAND_TEXT_COLOUR)
            above = pos.y() - 20 >= rect.top()
            text_rect = QRectF(pos.x() - 30, pos.y() - 22 if above else pos.y() + 6, 60, 16)
            painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignCenter), str(score))
        # The first and the last date under the axis give the time scale.
        painter.setFont(small)
        painter.setPen(self.palette().color(self.foregroundRole()))
        first, last = self._points[0][0], self._points[-1][0]
        bottom = QRectF(rect.left(), rect.bottom() + 4, rect.width(), MARGIN_BOTTOM - 4)
        painter.drawText(bottom, int(Qt.AlignmentFlag.AlignLeft), date_text(first))
        if last != first:
            painter.drawText(bottom, int(Qt.AlignmentFlag.AlignRight), date_text(last))
