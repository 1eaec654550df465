"""The family plan as a vector PDF (A4): cover, members, map, goals, measures,
actors and consents, signatures — for the family or for the supervisor.

The text is Qt rich text laid out by two `QTextDocument`s cut into A4 pages,
so long content flows on to the next page instead of being clipped: the part
before the map and the part after it. The map has a page of its own between
them, turned to landscape when the map is wider than tall, so that it is as
large as the paper allows; it is drawn by rendering mapdraw's `MapScene` with
`scene.render`, so its nodes and labels stay vector shapes and text. Every
page gets the confidentiality line and "page X of Y" in its footer.

Runs without widgets on any thread (the app writes the file in a worker):
the caller gathers the content and a copy of the map first, on the thread
that owns the vault. The file is created owner-only and removed again if
writing fails; nothing is written anywhere else.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from ftbt_desktop.export import plan_words as w
from ftbt_desktop.export.map_export import ExportFailed, _private_file
from ftbt_desktop.export.map_export import _fit as fit_rect
from ftbt_desktop.export.plan_content import PlanAudience, PlanContent
from ftbt_desktop.export.plan_html import plan_html
from ftbt_desktop.mapdraw.export_scene import Audience, drawing_rect, export_scene

RESOLUTION = 300  # dots per inch of the layout; the output is vector regardless
DOTS_PER_MM = RESOLUTION / 25.4
MARGIN_MM = 18.0
FOOTER_MM = 10.0  # room for the footer inside the bottom margin
POINT_SIZE = {PlanAudience.FAMILY: 14.0, PlanAudience.SUPERVISOR: 10.5}  # large type for families
FOOTER_POINT_SIZE = {PlanAudience.FAMILY: 10.0, PlanAudience.SUPERVISOR: 8.0}
HEADING_SCALE = 1.4  # the map page's heading, as the text's <h2>
HEADING_ROOM = 0.12  # of a page: a heading nearer its foot than this goes to the next page
MAX_LAYOUTS = 40
HEADING_TAG = re.compile(r"<h([23])(?:\s[^>]*)?>")

Progress = Callable[[int, int], None]  # page done, pages in all
MapSceneFactory = Callable[[Mapping[str, Any], bool], Any]  # content, show_internal -> scene


class ExportCancelled(Exception):
    """The user stopped the export; the half-written file was removed."""


def default_map_scene(content: Mapping[str, Any], show_internal: bool) -> Any:
    """A `MapScene` of the map copy, internal nodes only when `show_internal`."""
    return export_scene(content, Audience.COORDINATOR if show_internal else Audience.FAMILY)


def write_family_plan(
    content: PlanContent,
    map_content: Mapping[str, Any] | None,
    path: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    map_scene: MapSceneFactory = default_map_scene,
) -> int:
    """Write the plan PDF at `path`; returns the number of pages.

    Raises `ExportFailed` when the file cannot be written and `ExportCancelled`
    when `cancelled()` turns true between pages.
    """
    path = Path(path)
    scene = None
    if map_content and map_content.get("nodes"):
        scene = map_scene(map_content, not content.for_family)
    try:
        with _private_file(path):
            return _write(content, scene, path, progress, cancelled)
    finally:
        if scene is not None:
            set_model = getattr(scene, "set_model", None)
            if callable(set_model):
                set_model(None)
            # No deleteLater: the worker's thread may end before its event loop would
            # run it. The scene is Python's own and goes with the last reference, here.
            del scene


def _write(
    content: PlanContent,
    scene: Any,
    path: Path,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> int:
    writer = QPdfWriter(str(path))
    writer.setCreator("FTBT Desktop")
    writer.setTitle(w.plan_title())
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(_layout(QPageLayout.Orientation.Portrait))
    portrait = QSizeF(210 * DOTS_PER_MM, 297 * DOTS_PER_MM)
    before_html, after_html = plan_html(content, lambda css: round(css * RESOLUTION / 96))
    before = _document(before_html, writer, content.audience, _body(portrait).size())
    after = _document(after_html, writer, content.audience, _body(portrait).size())
    # A wide map gets a landscape page: half as large again as across a portrait one.
    wide = scene is not None and drawing_rect(scene).width() > drawing_rect(scene).height()
    map_page = QSizeF(portrait.height(), portrait.width()) if wide else portrait
    pages = before.pageCount() + 1 + after.pageCount()

    def sheets() -> Iterator[tuple[QSizeF, Callable[[QPainter], None]]]:
        for index in range(before.pageCount()):
            yield portrait, lambda p, i=index: _draw_text_page(p, before, portrait, i)
        yield map_page, lambda p: _draw_map_page(p, content, scene, map_page)
        for index in range(after.pageCount()):
            yield portrait, lambda p, i=index: _draw_text_page(p, after, portrait, i)

    painter = QPainter()
    if not painter.begin(writer):
        raise ExportFailed(str(path))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        size = portrait
        for number, (page, draw) in enumerate(sheets(), start=1):
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            if number > 1:
                if page != size:  # takes effect from the next page on
                    landscape = page.width() > page.height()
                    writer.setPageLayout(
                        _layout(
                            QPageLayout.Orientation.Landscape
                            if landscape
                            else QPageLayout.Orientation.Portrait
                        )
                    )
                writer.newPage()
            size = page
            draw(painter)
            _draw_footer(painter, content.audience, page, number, pages)
            if progress is not None:
                progress(number, pages)
    finally:
        painter.end()
    if path.stat().st_size == 0:
        raise ExportFailed(str(path))
    return pages


def _layout(orientation: QPageLayout.Orientation) -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        orientation,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )


def _body(page: QSizeF) -> QRectF:
    """The page less its margins, in device dots."""
    margin = MARGIN_MM * DOTS_PER_MM
    return QRectF(margin, margin, page.width() - 2 * margin, page.height() - 2 * margin)


def _document(html: str, writer: QPdfWriter, audience: PlanAudience, size: QSizeF) -> QTextDocument:
    """The text laid out in pages, no heading left at a page's foot.

    Qt has no "keep with next": a heading that would stand in the last
    `HEADING_ROOM` of a page, or be cut by its end, gets a page break before it,
    and the text is laid out afresh (editing a laid-out document left blocks
    undrawn with Qt 6.11), until every heading has room.
    """
    doc = QTextDocument()
    doc.setUseDesignMetrics(True)
    doc.documentLayout().setPaintDevice(writer)
    doc.setDocumentMargin(0)
    font = QFont()
    font.setPointSizeF(POINT_SIZE[audience])
    doc.setDefaultFont(font)
    doc.setPageSize(size)
    breaks: set[int] = set()
    for _ in range(MAX_LAYOUTS):
        doc.setHtml(_with_breaks(html, breaks))
        stranded = _stranded_heading(doc, size.height())
        if stranded is None or stranded in breaks:
            break
        breaks.add(stranded)
    return doc


def _with_breaks(html: str, breaks: set[int]) -> str:
    """`html` with a page break before each heading (h2, h3) whose number is in `breaks`."""
    count = -1

    def tag(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        if count in breaks and "page-break-before" not in match.group(0):
            return f'<h{match.group(1)} style="page-break-before: always">'
        return match.group(0)

    return HEADING_TAG.sub(tag, html)


def _stranded_heading(doc: QTextDocument, page_height: float) -> int | None:
    """The number (among h2 and h3) of the first heading too near a page's foot."""
    layout = doc.documentLayout()
    number = -1
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() in (2, 3):
            number += 1
            rect = layout.blockBoundingRect(block)
            top = rect.top() % page_height
            if top + rect.height() > page_height or top > page_height * (1 - HEADING_ROOM):
                return number
        block = block.next()
    return None


def _draw_map_page(painter: QPainter, content: PlanContent, scene: Any, page: QSizeF) -> None:
    """The map's heading, and the map as large as the rest of the page allows."""
    body = _body(page)
    font = QFont()
    font.setPointSizeF(POINT_SIZE[content.audience] * HEADING_SCALE)
    font.setBold(True)
    painter.save()
    try:
        painter.setFont(font)
        painter.setPen(QPen(QColor("#000000")))
        heading_h = QFontMetricsF(font, painter.device()).height()
        painter.drawText(
            QRectF(body.left(), body.top(), body.width(), heading_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            w.map_heading(content.for_family),
        )
        room = body.adjusted(0, heading_h * 1.6, 0, 0)
        if scene is None:
            text = QFont()
            text.setPointSizeF(POINT_SIZE[content.audience])
            painter.setFont(text)
            painter.drawText(
                room, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, w.nothing_yet()
            )
            return
        source = drawing_rect(scene)
        target = fit_rect(source.size(), room)
        target.moveTop(room.top())  # under the heading, not adrift in the middle
        painter.setPen(QPen(QColor("#888888"), 0))
        painter.drawRect(target)
        scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
    finally:
        painter.restore()


def _draw_text_page(painter: QPainter, doc: QTextDocument, page: QSizeF, index: int) -> None:
    body = _body(page)
    painter.save()
    try:
        top = index * body.height()
        painter.translate(body.left(), body.top() - top)
        clip = QRectF(0, top, body.width(), body.height())
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        # Without it the whole document is drawn on every page, clipped away but still in
        # the file: each page held all the text (a viewer's search found words on pages
        # where none shows) and the file grew with the square of its pages.
        context.clip = clip
        doc.documentLayout().draw(painter, context)
    finally:
        painter.restore()


def _draw_footer(
    painter: QPainter, audience: PlanAudience, page: QSizeF, number: int, pages: int
) -> None:
    body = _body(page)
    painter.save()
    try:
        font = QFont()
        font.setPointSizeF(FOOTER_POINT_SIZE[audience])
        painter.setFont(font)
        painter.setPen(QPen(QColor("#333333")))
        height = painter.fontMetrics().height() * 1.4
        top = page.height() - MARGIN_MM * DOTS_PER_MM + (MARGIN_MM - FOOTER_MM) * DOTS_PER_MM / 2
        painter.drawLine(QPointF(body.left(), top), QPointF(body.right(), top))
        row = QRectF(body.left(), top, body.width(), height)
        painter.drawText(
            row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, w.confidential_text()
        )
        painter.drawText(
            row,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            w.page_text(number, pages),
        )
    finally:
        painter.restore()
