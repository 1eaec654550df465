"""The map drawn for a file: a scene of a map copy, cut to who it is for, and its frame.

A family export leaves internal nodes out: the map is drawn afresh from a
copy of the model (`snapshot_content`) by a scene that does not show them,
so they are not in the file at all, not merely covered. The scene renders
onto any painter (`QGraphicsScene.render`): a PDF page, a picture.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QGraphicsScene

from ftbt_desktop.mapdraw.map_scene import MapScene
from ftbt_desktop.mapdraw.snapshot_map import SnapshotMap

MARGIN = 24.0  # scene units of white space around the drawing


class Audience(StrEnum):
    FAMILY = "family"  # without internal nodes
    COORDINATOR = "coordinator"  # with them, marked


def export_scene(content: Mapping[str, Any], audience: Audience) -> MapScene:
    """A scene of its own for the export: no selection, no gesture helpers, white paper."""
    scene = MapScene(show_internal=audience is Audience.COORDINATOR)
    scene.set_model(SnapshotMap(content, scene))
    scene.setBackgroundBrush(QBrush(Qt.BrushStyle.NoBrush))
    return scene


def drawing_rect(scene: QGraphicsScene, margin: float = MARGIN) -> QRectF:
    """The part of the scene with something on it, plus a margin; never empty.

    A map scene's own `map_rect` is preferred: it leaves out gesture helpers.
    """
    map_rect = getattr(scene, "map_rect", None)
    rect = map_rect() if callable(map_rect) else scene.itemsBoundingRect()
    if rect.isEmpty():
        rect = QRectF(0, 0, 200, 120)
    return rect.adjusted(-margin, -margin, margin, margin)
