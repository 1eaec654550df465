"""Honest charts (issue 18's finding): a hidden value ("<5", "*") is drawn as a marked
gap at the baseline, never as a bar of invented height that would make the largest
group look like one of the smallest. Rendered for real with QPainter."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

from ftbt_desktop.export.report_charts import Bar, BarGroup, Chart, draw_chart

WIDTH, HEIGHT = 600, 400
COLOUR = QColor("#7aa6d6")


def _render(chart: Chart) -> QImage:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        draw_chart(painter, QRectF(0, 0, WIDTH, HEIGHT), chart, point=1.0)
    finally:
        painter.end()
    return image


def _chart(second: Bar) -> Chart:
    return Chart(
        "Test",
        [BarGroup("A", [Bar(27, "27", COLOUR)]), BarGroup("B", [second])],
        30.0,
    )


def _differing_rows(one: QImage, other: QImage, left: int, right: int) -> list[int]:
    return [
        y
        for y in range(HEIGHT)
        if any(one.pixel(x, y) != other.pixel(x, y) for x in range(left, right))
    ]


def test_a_hidden_value_is_a_marked_gap_not_a_bar(qapp: QGuiApplication) -> None:
    hidden = _render(_chart(Bar(5, "*", COLOUR, hidden=True)))
    empty = _render(_chart(Bar(0, "", COLOUR)))
    tall = _render(_chart(Bar(27, "27", COLOUR)))
    # The second group's half of the chart: where the two renderings may differ.
    rows = _differing_rows(hidden, empty, WIDTH // 2 + 40, WIDTH - 10)
    assert rows, "the hidden value is marked"
    baseline = max(
        y
        for y in range(HEIGHT)
        if QColor(empty.pixel(WIDTH * 3 // 4, y)).lightness() < 60  # the axis line
        and y < HEIGHT - 20
    )
    # Only a marker close to the baseline: no area that reads as a height.
    assert min(rows) > baseline - 40, (min(rows), baseline)
    # A real bar of 27 reaches far above that.
    assert min(_differing_rows(tall, empty, WIDTH // 2 + 40, WIDTH - 10)) < baseline - 200


def test_a_hidden_bar_has_no_height_of_its_own() -> None:
    bar = Bar(5, "<5", COLOUR, hidden=True)
    assert bar.drawn_height == 0
    assert Bar(12, "12", COLOUR).drawn_height == 12
