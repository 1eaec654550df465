"""The outcome report as an A4 PDF: text, tables and bar charts, all vector.

Laid out in two steps: the content becomes blocks that know their height,
the blocks are put on pages (a heading stays with what follows it), and only
then painted, so every footer can say "page 2 of 3". The PDF is written into
memory; the caller stores the bytes where the user chose. It holds no names
and no ids: only the figures of `report_figures`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from ftbt_desktop.core.disclosure import HIDDEN, SMALL
from ftbt_desktop.core.measures import Who5Band
from ftbt_desktop.core.outcomes import BANDS, SMALL_CELL
from ftbt_desktop.core.plan import GoalStatus
from ftbt_desktop.export.report_breakdown import TEAMS, Breakdown
from ftbt_desktop.export.report_charts import INK, MUTED, Bar, BarGroup, Chart, draw_chart, nice_top
from ftbt_desktop.export.report_figures import Cell, Figure, ReportContent
from ftbt_desktop.export.report_key_results import key_results
from ftbt_desktop.export.report_words import (
    band_label,
    band_short,
    confidential_text,
    goal_status_label,
    page_text,
)

RESOLUTION = 300
MARGIN_MM = 18.0
FOOTER_GAP_PT = 10.0
BAND_COLOURS = {
    Who5Band.HIGH_RISK: QColor("#f4c7c3"),
    Who5Band.RISK: QColor("#fde3a7"),
    Who5Band.NOT_AT_RISK: QColor("#c8e6c9"),
}
FIRST_COLOUR = QColor("#b3cde3")
LATEST_COLOUR = QColor("#4f81bd")
GOAL_COLOURS = {
    GoalStatus.REACHED: QColor("#c8e6c9"),
    GoalStatus.ACTIVE: QColor("#b3cde3"),
    GoalStatus.DROPPED: QColor("#e0e0e0"),
}
ROW_SHADE = QColor("#f2f2f2")


class PdfFailed(Exception):
    """Qt could not paint the PDF (no font, no paint engine)."""


@dataclass(slots=True)
class Ink:
    """Fonts and sizes for one paint device (units are device pixels)."""

    device: QPdfWriter
    point: float
    base: QFont = field(default_factory=QFont)

    def font(self, size: float, bold: bool = False) -> QFont:
        font = QFont(self.base)
        font.setPointSizeF(size)
        font.setBold(bold)
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)

    def text_height(self, text: str, font: QFont, width: float) -> float:
        flags = int(Qt.TextFlag.TextWordWrap)
        return self.metrics(font).boundingRect(QRectF(0, 0, width, 1e6), flags, text).height()


class Block:
    def height(self, ink: Ink, width: float) -> float:
        raise NotImplementedError

    def draw(self, painter: QPainter, ink: Ink, rect: QRectF) -> None:
        raise NotImplementedError


@dataclass(slots=True)
class Text(Block):
    text: str
    size: float = 9.5
    bold: bool = False
    colour: QColor = field(default_factory=lambda: QColor(INK))
    space_after: float = 4.0  # points

    def height(self, ink: Ink, width: float) -> float:
        body = ink.text_height(self.text, ink.font(self.size, self.bold), width)
        return body + self.space_after * ink.point

    def draw(self, painter: QPainter, ink: Ink, rect: QRectF) -> None:
        painter.setFont(ink.font(self.size, self.bold))
        painter.setPen(self.colour)
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), self.text
        )


@dataclass(slots=True)
class FigureTable(Block):
    """Figure | value | n, one row per figure, the label wrapping when long."""

    figures: Sequence[Figure]
    size: float = 9.0
    columns: tuple[float, float, float] = (0.66, 0.2, 0.14)

    def _rows(self) -> list[tuple[str, str, str, bool]]:
        rows = [
            (
                QCoreApplication.translate("OutcomeReport", "Figure"),
                QCoreApplication.translate("OutcomeReport", "Value"),
                QCoreApplication.translate("OutcomeReport", "n"),
                True,
            )
        ]
        rows += [(f.label, f.value, f.n, False) for f in self.figures]
        return rows

    def _row_height(self, ink: Ink, width: float, label: str, bold: bool) -> float:
        pad = 2.5 * ink.point
        label_w = width * self.columns[0] - 2 * pad
        return ink.text_height(label, ink.font(self.size, bold), label_w) + 2 * pad

    def height(self, ink: Ink, width: float) -> float:
        rows = sum(self._row_height(ink, width, r[0], r[3]) for r in self._rows())
        return rows + 8 * ink.point

    def draw(self, painter: QPainter, ink: Ink, rect: QRectF) -> None:
        widths = [rect.width() * c for c in self.columns]
        rows = [([label, value, n], header) for label, value, n, header in self._rows()]
        heights = [self._row_height(ink, rect.width(), r[0][0], r[1]) for r in rows]
        draw_rows(painter, ink, rect, rows, heights, widths, self.size)


@dataclass(slots=True)
class BandGrid(Block):
    """The 3×3 WHO-5 table: first band down the side, latest band across."""

    cells: dict[str, dict[str, Cell]]
    n: str
    size: float = 9.0

    def _heads(self) -> list[str]:
        return [
            QCoreApplication.translate("OutcomeReport", "Latest: {band}").format(band=band_short(b))
            for b in BANDS
        ]

    def _head_h(self, ink: Ink, width: float) -> float:
        font = ink.font(self.size, True)
        return max(ink.text_height(h, font, width / 4 - 6 * ink.point) for h in self._heads())

    def height(self, ink: Ink, width: float) -> float:
        row_h = ink.metrics(ink.font(self.size)).height() * 1.8
        caption = ink.metrics(ink.font(8)).height() * 1.6
        return self._head_h(ink, width) + 6 * ink.point + 3 * row_h + caption + 8 * ink.point

    def draw(self, painter: QPainter, ink: Ink, rect: QRectF) -> None:
        col_w = rect.width() / 4
        head_h = self._head_h(ink, rect.width()) + 6 * ink.point
        row_h = ink.metrics(ink.font(self.size)).height() * 1.8
        painter.setPen(INK)
        painter.setFont(ink.font(self.size, True))
        for j, (band, head) in enumerate(zip(BANDS, self._heads(), strict=True)):
            box = QRectF(rect.left() + col_w * (j + 1), rect.top(), col_w, head_h)
            painter.fillRect(box, BAND_COLOURS[band])
            painter.drawText(
                box.adjusted(3 * ink.point, 3 * ink.point, -3 * ink.point, -3 * ink.point),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                head,
            )
        for i, first in enumerate(BANDS):
            top = rect.top() + head_h + row_h * i
            side = QRectF(rect.left(), top, col_w, row_h)
            painter.fillRect(side, BAND_COLOURS[first])
            painter.setFont(ink.font(self.size, True))
            painter.drawText(
                side.adjusted(3 * ink.point, 0, -3 * ink.point, 0),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                QCoreApplication.translate("OutcomeReport", "First: {band}").format(
                    band=band_short(first)
                ),
            )
            painter.setFont(ink.font(self.size))
            for j, latest in enumerate(BANDS):
                box = QRectF(rect.left() + col_w * (j + 1), top, col_w, row_h)
                if i == j:
                    painter.fillRect(box, ROW_SHADE)  # stayed in the same band
                painter.drawText(
                    box, int(Qt.AlignmentFlag.AlignCenter), self.cells[first][latest].shown
                )
        painter.setPen(QPen(INK, 0.5 * ink.point))
        bottom = rect.top() + head_h + 3 * row_h
        painter.drawRect(QRectF(rect.left(), rect.top(), rect.width(), bottom - rect.top()))
        painter.setFont(ink.font(8))
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(rect.left(), bottom + 2 * ink.point, rect.width(), rect.bottom() - bottom),
            int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
            QCoreApplication.translate(
                "OutcomeReport",
                "Adults by band at the first and the latest WHO-5 measure (n = {n}).",
            ).format(n=self.n),
        )


@dataclass(slots=True)
class ChartBlock(Block):
    chart: Chart
    height_pt: float = 190.0

    def height(self, ink: Ink, width: float) -> float:
        return (self.height_pt + 10) * ink.point

    def draw(self, painter: QPainter, ink: Ink, rect: QRectF) -> None:
        painter.setFont(ink.base)
        area = QRectF(rect.left(), rect.top(), rect.width(), self.height_pt * ink.point)
        draw_chart(painter, area, self.chart, ink.point)


@dataclass(slots=True)
class GridTable(Block):
    """A headline per row, a period or a team per column: the value, its n beneath."""

    heads: Sequence[str]
    rows: Sequence[tuple[str, Sequence[tuple[str, str]]]]  # label, (value, n) per column
    size: float = 8.5
    label_share: float = 0.34

    def _widths(self, width: float) -> list[float]:
        rest = width * (1 - self.label_share) / len(self.heads)
        return [width * self.label_share, *[rest] * len(self.heads)]

    def _texts(self) -> list[tuple[list[str], bool]]:
        lines = [(["", *self.heads], True)]
        for label, cells in self.rows:
            texts = [label]
            for value, n in cells:
                texts.append(f"{value}\nn = {n}" if n else value)
            lines.append((texts, False))
        return lines

    def _row_height(self, ink: Ink, width: float, texts: list[str], bold: bool) -> float:
        pad = 2.5 * ink.point
        font = ink.font(self.size, bold)
        return (
            max(
                ink.text_height(text, font, w - 2 * pad)
                for text, w in zip(texts, self._widths(width), strict=True)
            )
            + 2 * pad
        )

    def height(self, ink: Ink, width: float) -> float:
        rows = sum(self._row_height(ink, width, t, b) for t, b in self._texts())
        return rows + 8 * ink.point

    def draw(self, painter: QPainter, ink: Ink, rect: QRectF) -> None:
        rows = self._texts()
        heights = [self._row_height(ink, rect.width(), t, b) for t, b in rows]
        draw_rows(painter, ink, rect, rows, heights, self._widths(rect.width()), self.size)


def draw_rows(
    painter: QPainter,
    ink: Ink,
    rect: QRectF,
    rows: Sequence[tuple[Sequence[str], bool]],
    heights: Sequence[float],
    widths: Sequence[float],
    size: float,
) -> None:
    """A table's rows: shaded in turn, the label left and the figures right, a rule
    under the header row."""
    pad = 2.5 * ink.point
    y = rect.top()
    for index, ((texts, header), row_h) in enumerate(zip(rows, heights, strict=True)):
        if not header and index % 2 == 0:
            painter.fillRect(QRectF(rect.left(), y, rect.width(), row_h), ROW_SHADE)
        painter.setFont(ink.font(size, header))
        painter.setPen(INK)
        x = rect.left()
        for column, (text, width) in enumerate(zip(texts, widths, strict=True)):
            align = Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight
            painter.drawText(
                QRectF(x + pad, y + pad, width - 2 * pad, row_h - 2 * pad),
                int(align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                text,
            )
            x += width
        y += row_h
        if header:
            painter.setPen(QPen(INK, 0.8 * ink.point))
            painter.drawLine(rect.left(), y, rect.right(), y)


# Columns of one grid beside the label (more teams continue in another grid).
GRID_COLUMNS = 5


def breakdown_units(breakdown: Breakdown) -> list[Unit]:
    """A breakdown as grids of at most GRID_COLUMNS columns; a team grid that does not
    fit keeps the total as its last column in every part."""
    columns = list(range(len(breakdown.columns)))
    fixed = [columns.pop()] if breakdown.key == TEAMS else []
    step = GRID_COLUMNS - len(fixed)
    parts = [columns[i : i + step] + fixed for i in range(0, len(columns), step)] or [fixed]
    units: list[Unit] = []
    for number, part in enumerate(parts):
        grid = GridTable(
            [breakdown.columns[i].label for i in part],
            [
                (row.label, [(row.cells[i].value, row.cells[i].n) for i in part])
                for row in breakdown.rows
            ],
        )
        head = [Text(breakdown.title, size=13, bold=True, space_after=5)] if number == 0 else []
        units.append([*head, grid])
    return units


# A unit is a list of blocks that must stay on one page (a heading and its table).
Unit = list[Block]
Progress = Callable[[int, int], None]


def render_pdf(content: ReportContent, progress: Progress | None = None) -> tuple[bytes, int]:
    """The report as PDF bytes and its number of pages."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setCreator("FTBT Desktop")
    writer.setTitle(content.title)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    ink = Ink(writer, writer.resolution() / 72.0)
    page = QRectF(0, 0, writer.width(), writer.height())
    footer_h = ink.metrics(ink.font(8)).height()
    body = page.adjusted(0, 0, 0, -(footer_h + FOOTER_GAP_PT * ink.point))
    pages = paginate(layout(content), ink, body)
    painter = QPainter()
    if not painter.begin(writer):
        raise PdfFailed("no paint engine")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for number, placed in enumerate(pages, start=1):
            if number > 1:
                writer.newPage()
            for block, rect in placed:
                block.draw(painter, ink, rect)
            _footer(painter, ink, page, footer_h, number, len(pages))
            if progress is not None:
                progress(number, len(pages))
    finally:
        painter.end()
        buffer.close()
    raw = bytes(data.data())
    if not raw.startswith(b"%PDF"):
        raise PdfFailed("empty document")
    return raw, len(pages)


def paginate(units: Sequence[Unit], ink: Ink, body: QRectF) -> list[list[tuple[Block, QRectF]]]:
    pages: list[list[tuple[Block, QRectF]]] = [[]]
    y = body.top()
    for unit in units:
        heights = [block.height(ink, body.width()) for block in unit]
        if y + sum(heights) > body.bottom() and pages[-1]:
            pages.append([])
            y = body.top()
        for block, height in zip(unit, heights, strict=True):
            pages[-1].append((block, QRectF(body.left(), y, body.width(), height)))
            y += height
    return pages


def layout(content: ReportContent) -> list[Unit]:
    grey = QColor("#333333")
    units: list[Unit] = [
        [
            Text(content.title, size=20, bold=True, space_after=6),
            Text(
                QCoreApplication.translate("OutcomeReport", "Familiens Trivsel – Barnets Trivsel"),
                size=11,
                space_after=10,
            ),
            Text(
                QCoreApplication.translate("OutcomeReport", "Period: {period}").format(
                    period=content.period
                ),
                space_after=2,
            ),
            Text(
                QCoreApplication.translate("OutcomeReport", "Families: {selection}").format(
                    selection=content.selection
                ),
                space_after=2,
            ),
            Text(
                QCoreApplication.translate(
                    "OutcomeReport", "Made on {date} with FTBT Desktop."
                ).format(date=content.made_on),
                space_after=8,
            ),
            Text(content.suppression_note, size=8, colour=grey, space_after=14),
        ]
    ]
    # Key results first, in plain sentences; the details follow (report_key_results.py).
    lead, *sentences = key_results(content)
    units.append(
        [
            Text(
                QCoreApplication.translate("OutcomeReport", "Key results"),
                size=13,
                bold=True,
                space_after=3,
            ),
            Text(lead, space_after=4),
            *(Text(f"• {sentence}", space_after=3) for sentence in sentences),
            Text("", space_after=10),
        ]
    )
    report = content.report
    for section in content.sections:
        table = [f for f in section.figures if f.in_table]
        units.append(
            [
                Text(section.title, size=13, bold=True, space_after=5),
                FigureTable(table),
            ]
        )
        if section.key == "who5":
            units.append([BandGrid(content.band_cells, table[0].n)])
            units.append([ChartBlock(who5_chart(content))])
        units.append(
            [
                Text(
                    QCoreApplication.translate("OutcomeReport", "Definitions: {text}").format(
                        text=section.definition
                    ),
                    size=8,
                    colour=grey,
                    space_after=14,
                )
            ]
        )
        if section.key == "self_support":
            units.append([ChartBlock(self_support_chart(content), height_pt=170)])
        if section.key == "goals" and sum(report.goals.values()):
            units.append([ChartBlock(goals_chart(content), height_pt=170)])
    for breakdown in content.breakdowns:
        units += breakdown_units(breakdown)
        units.append([Text(breakdown.note, size=8, colour=grey, space_after=14)])
    return units


# -- charts from the figures ---------------------------------------------------------


def _count_bar(cell: Cell, colour: QColor) -> Bar:
    if cell.hidden:
        return Bar(0.0, cell.shown, colour, hidden=True)
    return Bar(cell.count, cell.shown, colour)


def who5_chart(content: ReportContent) -> Chart:
    cells = content.band_cells
    visible = [c.count for row in cells.values() for c in row.values() if not c.hidden]
    groups = [
        BarGroup(
            QCoreApplication.translate("OutcomeReport", "First: {band}").format(
                band=band_short(first)
            ),
            [_count_bar(cells[first][latest], BAND_COLOURS[latest]) for latest in BANDS],
        )
        for first in BANDS
    ]
    legend = [
        (
            QCoreApplication.translate("OutcomeReport", "Latest: {band}").format(
                band=band_label(b)
            ),
            BAND_COLOURS[b],
        )
        for b in BANDS
    ]
    n = content.section("who5").figures[0].n
    return Chart(
        QCoreApplication.translate(
            "OutcomeReport",
            "WHO-5: adults by band at the first measure (groups) and the latest (bars), n = {n}",
        ).format(n=n),
        groups,
        nice_top(max([*visible, SMALL_CELL]) * 1.1),
        legend,
    )


def _share_bar(figure: Figure, share: float | None, colour: QColor) -> Bar:
    if figure.value in (SMALL, HIDDEN):
        return Bar(0.0, figure.value, colour, hidden=True)
    return Bar((share or 0.0) * 100, figure.value, colour)


def self_support_chart(content: ReportContent) -> Chart:
    report = content.report
    first, latest, change = content.section("self_support").figures[:3]
    return Chart(
        QCoreApplication.translate(
            "OutcomeReport",
            "Parents self-supporting at the first and the latest status, n = {n}; change in "
            "percentage points: {pp}",
        ).format(n=first.n, pp=change.value),
        [
            BarGroup(
                QCoreApplication.translate("OutcomeReport", "First status"),
                [_share_bar(first, report.self_supporting_first.share, FIRST_COLOUR)],
            ),
            BarGroup(
                QCoreApplication.translate("OutcomeReport", "Latest status"),
                [_share_bar(latest, report.self_supporting_latest.share, LATEST_COLOUR)],
            ),
        ],
        100.0,
        unit="%",
    )


def goals_chart(content: ReportContent) -> Chart:
    figures = {f.key: f for f in content.section("goals").figures}
    bars = []
    visible = []
    for status in (GoalStatus.REACHED, GoalStatus.ACTIVE, GoalStatus.DROPPED):
        count = content.report.goals.get(status, 0)
        shown = figures[f"goals.{status.value}"].value
        cell = Cell(count, shown)
        if not cell.hidden:
            visible.append(count)
        bars.append(BarGroup(goal_status_label(status), [_count_bar(cell, GOAL_COLOURS[status])]))
    progress = figures["goals.progress_change"]
    return Chart(
        QCoreApplication.translate(
            "OutcomeReport", "Goals by status, n = {n}; average change in progress rating: {change}"
        ).format(n=figures["goals.reached"].n, change=progress.value),
        bars,
        nice_top(max([*visible, SMALL_CELL]) * 1.1),
    )


def _footer(
    painter: QPainter, ink: Ink, page: QRectF, height: float, number: int, pages: int
) -> None:
    painter.setFont(ink.font(8))
    painter.setPen(MUTED)
    box = QRectF(page.left(), page.bottom() - height, page.width(), height)
    painter.drawText(
        box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), confidential_text()
    )
    painter.drawText(
        box,
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        page_text(number, pages),
    )
    painter.setPen(QPen(MUTED, 0.4 * ink.point))
    painter.drawLine(
        page.left(), box.top() - 3 * ink.point, page.right(), box.top() - 3 * ink.point
    )
