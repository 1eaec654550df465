"""The family map as a PNG picture or a vector PDF page.

Both render a `QGraphicsScene` built for the purpose (`export_map` builds it
from a map copy with mapdraw's `export_scene`: a family export gets a scene
without internal nodes), so what is on the page is exactly what that scene
holds. The PDF goes through `QPdfWriter`, so labels
stay text (searchable, sharp at any zoom) and links stay vector lines.

Files are written only at the path given (the user's choice in a save
dialog): no temporary copies, since a map is personal data. The file is
created readable by its owner only, as the JSON export is.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QGraphicsScene

from ftbt_desktop.mapdraw.export_scene import Audience, drawing_rect, export_scene
from ftbt_desktop.words.common import date_text

PNG_SCALE = 2.0  # twice the on-screen size: crisp when printed or zoomed
PNG_MAX_SIDE = 8000  # a huge map is scaled down rather than made a 100 MB picture
PDF_MARGIN_MM = 12.0


class ExportFailed(Exception):
    """The file could not be written (no permission, disk full, bad path)."""


@dataclass(frozen=True, slots=True)
class PageText:
    """Words printed around the map on a PDF page (already translated)."""

    heading: str = ""
    footer: str = ""  # e.g. "Confidential – holds personal data"


class ExportFormat(StrEnum):
    PNG = "png"
    PDF = "pdf"


def export_map(
    content: Mapping[str, Any],
    path: Path,
    fmt: ExportFormat,
    audience: Audience,
    text: PageText | None = None,
) -> None:
    """Write the map copy as PNG or PDF at `path` (raises `ExportFailed`)."""
    scene = export_scene(content, audience)
    try:
        if fmt is ExportFormat.PNG:
            export_png(scene, path)
        else:
            export_pdf(scene, path, text)
    finally:
        scene.set_model(None)
        scene.deleteLater()


def render_image(
    scene: QGraphicsScene, scale: float = PNG_SCALE, max_side: int = PNG_MAX_SIDE
) -> QImage:
    """The scene drawn on a white picture."""
    source = drawing_rect(scene)
    scale = min(scale, max_side / max(source.width(), source.height()))
    size = QSize(max(1, round(source.width() * scale)), max(1, round(source.height() * scale)))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDotsPerMeterX(round(96 * scale / 0.0254))
    image.setDotsPerMeterY(round(96 * scale / 0.0254))
    image.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        scene.render(painter, QRectF(0, 0, size.width(), size.height()), source)
    finally:
        painter.end()
    return image


def export_png(scene: QGraphicsScene, path: Path, scale: float = PNG_SCALE) -> QSize:
    """Write the scene as a PNG at `path`; returns the picture's size in pixels."""
    image = render_image(scene, scale)
    with _private_file(path):
        if not image.save(str(path), "PNG"):
            raise ExportFailed(str(path))
    return image.size()


def export_pdf(scene: QGraphicsScene, path: Path, text: PageText | None = None) -> None:
    """Write the scene as one vector PDF page (A4, turned to fit the map)."""
    text = text or PageText()
    source = drawing_rect(scene)
    orientation = (
        QPageLayout.Orientation.Landscape
        if source.width() >= source.height()
        else QPageLayout.Orientation.Portrait
    )
    with _private_file(path):
        writer = QPdfWriter(str(path))
        writer.setCreator("FTBT Desktop")
        writer.setTitle(text.heading)
        writer.setResolution(300)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                orientation,
                QMarginsF(PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM),
                QPageLayout.Unit.Millimeter,
            )
        )
        painter = QPainter()
        if not painter.begin(writer):
            raise ExportFailed(str(path))
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            page = QRectF(painter.viewport())
            target = _draw_page_text(painter, page, text)
            scene.render(painter, _fit(source.size(), target), source)
        finally:
            painter.end()
        if path.stat().st_size == 0:
            raise ExportFailed(str(path))


@contextlib.contextmanager
def _private_file(path: Path) -> Iterator[None]:
    """Create `path` as owner-only before Qt writes into it; remove it if writing fails."""
    existed = path.exists()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    except OSError as exc:
        raise ExportFailed(str(path)) from exc
    os.close(fd)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)  # an existing file keeps its mode on open: narrow it too
    try:
        yield
    except BaseException:
        if not existed:
            with contextlib.suppress(OSError):
                path.unlink()
        raise


def _draw_page_text(painter: QPainter, page: QRectF, text: PageText) -> QRectF:
    """Heading on top, footer at the bottom; returns the room left for the map."""
    dpi = painter.device().logicalDpiY()
    target = QRectF(page)
    gap = dpi * 0.08
    if text.heading:
        font = QFont()
        font.setPointSizeF(14)
        font.setBold(True)
        painter.setFont(font)
        height = painter.fontMetrics().height()
        painter.drawText(
            QRectF(page.left(), page.top(), page.width(), height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text.heading,
        )
        target.setTop(page.top() + height + gap)
    if text.footer:
        font = QFont()
        font.setPointSizeF(8)
        painter.setFont(font)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
        wrap = int(flags) | int(Qt.TextFlag.TextWordWrap)  # the legend makes it long
        height = painter.boundingRect(QRectF(0, 0, page.width(), 0), wrap, text.footer).height()
        painter.drawText(
            QRectF(page.left(), page.bottom() - height, page.width(), height), wrap, text.footer
        )
        target.setBottom(page.bottom() - height - gap)
    return target


def _fit(size: QSizeF, room: QRectF) -> QRectF:
    """The largest rectangle of `size`'s shape centred in `room` (no stretching)."""
    scale = min(room.width() / size.width(), room.height() / size.height())
    width, height = size.width() * scale, size.height() * scale
    return QRectF(
        room.left() + (room.width() - width) / 2,
        room.top() + (room.height() - height) / 2,
        width,
        height,
    )


def page_text(family_name: str, audience: Audience, today: dt.date | None = None) -> PageText:
    """Heading and confidentiality footer for a PDF page."""
    when = date_text((today or dt.date.today()).isoformat())
    heading = QCoreApplication.translate("MapExport", "{family} – family map, {date}").format(
        family=family_name, date=when
    )
    if audience is Audience.FAMILY:
        version = QCoreApplication.translate(
            "MapExport", "Version for the family (without internal notes)."
        )
    else:
        version = QCoreApplication.translate(
            "MapExport", "Coordinator's version: internal notes included and marked."
        )
    confidential = QCoreApplication.translate(
        "MapExport", "Confidential: holds personal data. Made with FTBT Desktop."
    )
    legend = QCoreApplication.translate(
        "MapExport",
        "Family members: adults large, children small, dashed when not in the household;"
        " the shapes do not show gender.",
    )
    return PageText(heading=heading, footer=f"{confidential} {version} {legend}")
