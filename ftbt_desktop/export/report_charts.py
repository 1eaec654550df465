"""Bar charts for the outcome report, drawn with QPainter (vector in a PDF).

Qt Charts is not part of PySide6-Essentials, and three small bar charts do
not need it. A suppressed value ("<5", "*") has no height to show: a bar of
any stand-in height would be read as a value (a hidden 27 drawn as high as a
5 looks like one of the smallest groups). It is drawn as a marked gap: a
dashed stub on the baseline with its "<5" or "*" just above, in the bar's
place. Colours come with words: every bar has its value above it and a label
or legend, and the report's tables give every number beside its chart.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

INK = QColor("#1b1b1b")
GRID = QColor("#c8c8c8")
MUTED = QColor("#555555")


@dataclass(frozen=True, slots=True)
class Bar:
    height: float  # in the chart's unit; ignored for a hidden bar
    text: str  # printed above the bar ("12", "60 %", "<5")
    colour: QColor
    hidden: bool = False

    @property
    def drawn_height(self) -> float:
        """A hidden value has no height: it is a gap, never a bar of invented size."""
        return 0.0 if self.hidden else self.height


@dataclass(frozen=True, slots=True)
class BarGroup:
    label: str
    bars: Sequence[Bar]


@dataclass(frozen=True, slots=True)
class Chart:
    title: str
    groups: Sequence[BarGroup]
    top: float  # the axis maximum
    legend: Sequence[tuple[str, QColor]] = ()
    unit: str = ""  # "%" or "" (counts)


def nice_top(value: float, minimum: float = 5.0) -> float:
    """A round axis maximum at or above `value` (5, 10, 20, 25, 50, 100, …)."""
    value = max(value, minimum)
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


def draw_chart(painter: QPainter, rect: QRectF, chart: Chart, point: float) -> None:
    """Draw `chart` inside `rect`; `point` is one typographic point in device units."""
    painter.save()
    try:
        base = QFont(painter.font())
        title_font = QFont(base)
        title_font.setPointSizeF(9.5)
        title_font.setBold(True)
        small = QFont(base)
        small.setPointSizeF(7.5)
        device = painter.device()
        wrap = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        title_h = (
            QFontMetricsF(title_font, device)
            .boundingRect(QRectF(0, 0, rect.width(), rect.height()), int(wrap), chart.title)
            .height()
        )
        small_h = QFontMetricsF(small, device).height()

        painter.setFont(title_font)
        painter.setPen(INK)
        painter.drawText(
            QRectF(rect.left(), rect.top(), rect.width(), title_h), int(wrap), chart.title
        )
        legend_h = small_h * 1.6 if chart.legend else 0.0
        axis_w = QFontMetricsF(small, device).horizontalAdvance("100 %") + 4 * point
        plot = QRectF(
            rect.left() + axis_w,
            rect.top() + title_h + small_h * 1.5,
            rect.width() - axis_w,
            rect.height() - title_h - small_h * 1.5 - small_h * 2.4 - legend_h,
        )
        painter.setFont(small)
        _draw_axis(painter, plot, chart, small_h, point)
        _draw_bars(painter, plot, chart, small_h, point)
        if chart.legend:
            _draw_legend(
                painter,
                QRectF(rect.left() + axis_w, rect.bottom() - legend_h, plot.width(), legend_h),
                chart.legend,
                small_h,
                point,
            )
    finally:
        painter.restore()


def _y(plot: QRectF, chart: Chart, value: float) -> float:
    return plot.bottom() - plot.height() * min(value, chart.top) / chart.top


def _draw_axis(painter: QPainter, plot: QRectF, chart: Chart, small_h: float, point: float) -> None:
    painter.setPen(QPen(GRID, 0.5 * point))
    # Five steps: every `nice_top` (5, 10, 20, 25, 50, 100…) then has whole-number ticks.
    steps = 5
    for i in range(steps + 1):
        value = chart.top * i / steps
        y = _y(plot, chart, value)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        label = QLocale().toString(value, "g", 6) + (f" {chart.unit}" if chart.unit else "")
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(plot.left() - 40 * point, y - small_h / 2, 38 * point, small_h),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            label,
        )
        painter.setPen(QPen(GRID, 0.5 * point))
    painter.setPen(QPen(INK, 0.8 * point))
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))


def _draw_bars(painter: QPainter, plot: QRectF, chart: Chart, small_h: float, point: float) -> None:
    groups = list(chart.groups)
    if not groups:
        return
    slot = plot.width() / len(groups)
    for index, group in enumerate(groups):
        left = plot.left() + slot * index
        bars = list(group.bars)
        inner = slot * 0.8
        bar_w = inner / max(1, len(bars))
        start = left + (slot - inner) / 2
        for j, bar in enumerate(bars):
            x = start + bar_w * j + bar_w * 0.08
            width = bar_w * 0.84
            if bar.hidden:
                _draw_gap(painter, plot, x, width, bar, small_h, point)
                continue
            y = _y(plot, chart, bar.drawn_height)
            box = QRectF(x, y, width, plot.bottom() - y)
            painter.setPen(QPen(INK, 0.5 * point))
            painter.setBrush(QBrush(bar.colour))
            painter.drawRect(box)
            painter.setPen(INK)
            painter.drawText(
                QRectF(x - bar_w * 0.2, y - small_h * 1.1, width + bar_w * 0.4, small_h),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                bar.text,
            )
        painter.setPen(INK)
        painter.drawText(
            QRectF(left, plot.bottom() + small_h * 0.3, slot, small_h * 2.1),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            group.label,
        )
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _draw_gap(
    painter: QPainter, plot: QRectF, x: float, width: float, bar: Bar, small_h: float, point: float
) -> None:
    """A hidden value: a dashed stub in the bar's colour on the baseline, its mark above."""
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(bar.colour.darker(170), 1.2 * point, Qt.PenStyle.DashLine))
    stub = small_h * 0.35
    painter.drawRect(QRectF(x, plot.bottom() - stub, width, stub))
    painter.setPen(MUTED)
    painter.drawText(
        QRectF(x - width * 0.2, plot.bottom() - stub - small_h * 1.1, width * 1.4, small_h),
        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
        bar.text,
    )


def _draw_legend(
    painter: QPainter,
    rect: QRectF,
    legend: Sequence[tuple[str, QColor]],
    small_h: float,
    point: float,
) -> None:
    metrics = QFontMetricsF(painter.font(), painter.device())
    x = rect.left()
    swatch = small_h * 0.8
    for text, colour in legend:
        painter.setPen(QPen(INK, 0.5 * point))
        painter.setBrush(QBrush(colour))
        painter.drawRect(QRectF(x, rect.top() + (small_h - swatch) / 2, swatch, swatch))
        x += swatch + 3 * point
        painter.setPen(INK)
        width = metrics.horizontalAdvance(text)
        painter.drawText(
            QRectF(x, rect.top(), width + 2 * point, small_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
        x += width + 10 * point
    painter.setBrush(Qt.BrushStyle.NoBrush)
