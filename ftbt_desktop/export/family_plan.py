"""The family plan as a vector PDF (A4): cover, members, map, goals, measures,
actors and consents, signatures — for the family or for the supervisor.

The text is Qt rich text laid out by a `QTextDocument` cut into A4 pages, so
long content flows on to the next page instead of being clipped. The map
keeps a blank room of its size in the text (so pagination moves it whole to
the next page when it does not fit) and is drawn there by rendering a
`FamilyMapScene` with `scene.render`, so its nodes and labels stay vector
shapes and text. Every
page gets the confidentiality line and "page X of Y" in its footer.

Runs without widgets on any thread (the app writes the file in a worker):
the caller gathers the content and a copy of the map first, on the thread
that owns the vault. The file is created owner-only and removed again if
writing fails; nothing is written anywhere else.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from ftbt_desktop.export import plan_words as w
from ftbt_desktop.export.map_export import ExportFailed, _private_file, drawing_rect
from ftbt_desktop.export.plan_content import PlanAudience, PlanContent
from ftbt_desktop.export.plan_html import MAP_MARKER, plan_html

RESOLUTION = 300  # dots per inch of the layout; the output is vector regardless
MARGIN_MM = 18.0
FOOTER_MM = 10.0  # room for the footer inside the bottom margin
POINT_SIZE = {PlanAudience.FAMILY: 14.0, PlanAudience.SUPERVISOR: 10.5}  # large type for families
FOOTER_POINT_SIZE = {PlanAudience.FAMILY: 10.0, PlanAudience.SUPERVISOR: 8.0}
MAP_MAX_HEIGHT = 0.8  # of the text area: room for the heading above the map
MAP_RESOURCE = "ftbt-map:placeholder"
OBJECT_CHARACTER = "\ufffc"  # what a picture is in the text

Progress = Callable[[int, int], None]  # page done, pages in all
MapSceneFactory = Callable[[Mapping[str, Any], bool], Any]  # content, show_internal -> scene


class ExportCancelled(Exception):
    """The user stopped the export; the half-written file was removed."""


@dataclass(frozen=True, slots=True)
class MapPlacement:
    """Where the map goes in the laid-out text (document coordinates) and what it shows."""

    scene: Any
    source: QRectF
    rect: QRectF


def default_map_scene(content: Mapping[str, Any], show_internal: bool) -> Any:
    """A `FamilyMapScene` of the map copy, internal nodes only when `show_internal`."""
    from ftbt_desktop.ui.family_map.export_dialog import Audience, export_scene

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
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    dots_per_mm = RESOLUTION / 25.4
    page = QSizeF(210 * dots_per_mm, 297 * dots_per_mm)
    margin = MARGIN_MM * dots_per_mm
    body = QRectF(margin, margin, page.width() - 2 * margin, page.height() - 2 * margin)

    doc = QTextDocument()
    doc.setUseDesignMetrics(True)
    doc.documentLayout().setPaintDevice(writer)
    doc.setDocumentMargin(0)
    font = QFont()
    font.setPointSizeF(POINT_SIZE[content.audience])
    doc.setDefaultFont(font)
    doc.setPageSize(body.size())
    html = plan_html(content, lambda css: round(css * RESOLUTION / 96))
    # The map's room goes into the HTML before the layout: editing a laid-out,
    # paginated document leaves blocks undrawn (seen with Qt 6.11).
    map_size = _map_size(scene, body.size()) if scene is not None else None
    if map_size is not None:
        blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        blank.fill(Qt.GlobalColor.transparent)
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(MAP_RESOURCE), blank)
        # The layout scales pictures from 96 dpi to the writer's resolution.
        room = (
            f'<img src="{MAP_RESOURCE}" width="{map_size.width() * 96 / RESOLUTION:.2f}" '
            f'height="{map_size.height() * 96 / RESOLUTION:.2f}">'
        )
    else:
        room = escape(w.nothing_yet(), quote=False)
    doc.setHtml(html.replace(MAP_MARKER, room))
    pages = doc.pageCount()
    placement = None
    if map_size is not None:
        at = doc.find(OBJECT_CHARACTER)
        if not at.isNull():
            rect = _object_rect(doc, at.selectionStart(), map_size)
            placement = MapPlacement(scene, drawing_rect(scene), rect)
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportFailed(str(path))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for index in range(pages):
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            if index:
                writer.newPage()
            _draw_page(painter, doc, body, index, placement)
            _draw_footer(painter, content.audience, page, body, index + 1, pages)
            if progress is not None:
                progress(index + 1, pages)
    finally:
        painter.end()
    if path.stat().st_size == 0:
        raise ExportFailed(str(path))
    return pages


def _map_size(scene: Any, body: QSizeF) -> QSizeF:
    """The map as wide as the text, no taller than `MAP_MAX_HEIGHT` of a page."""
    source = drawing_rect(scene)
    ratio = source.height() / max(1.0, source.width())
    width = body.width()
    height = width * ratio
    if height > body.height() * MAP_MAX_HEIGHT:
        height = body.height() * MAP_MAX_HEIGHT
        width = height / ratio
    return QSizeF(width, height)


def _object_rect(doc: QTextDocument, position: int, size: QSizeF) -> QRectF:
    """The laid-out rectangle of the picture at `position` (after pagination)."""
    block = doc.findBlock(position)
    offset = position - block.position()
    line = block.layout().lineForTextPosition(offset)
    origin = doc.documentLayout().blockBoundingRect(block).topLeft()
    x, _ = line.cursorToX(offset)
    # An inline picture stands on the baseline: its top is the ascent above it.
    top = line.y() + line.ascent() - size.height()
    return QRectF(origin.x() + line.x() + x, origin.y() + top, size.width(), size.height())


def _draw_page(
    painter: QPainter,
    doc: QTextDocument,
    body: QRectF,
    index: int,
    placement: MapPlacement | None,
) -> None:
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
        if placement is not None and placement.rect.intersects(clip):
            painter.setPen(QPen(QColor("#888888"), 0))
            painter.drawRect(placement.rect)
            placement.scene.render(
                painter, placement.rect, placement.source, Qt.AspectRatioMode.KeepAspectRatio
            )
    finally:
        painter.restore()


def _draw_footer(
    painter: QPainter, audience: PlanAudience, page: QSizeF, body: QRectF, number: int, pages: int
) -> None:
    painter.save()
    try:
        font = QFont()
        font.setPointSizeF(FOOTER_POINT_SIZE[audience])
        painter.setFont(font)
        painter.setPen(QPen(QColor("#333333")))
        height = painter.fontMetrics().height() * 1.4
        dots_per_mm = RESOLUTION / 25.4
        top = page.height() - MARGIN_MM * dots_per_mm + (MARGIN_MM - FOOTER_MM) * dots_per_mm / 2
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
