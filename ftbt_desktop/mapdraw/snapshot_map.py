"""A stored copy of a map (a snapshot, an export's copy) as a map source.

The copy is the JSON form `FamilyMapModel.snapshot_content` writes: the
words already resolved, so it draws the map as it was even after goals are
reworded or members renamed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject

from ftbt_desktop.mapdraw.map_source import MapSource
from ftbt_desktop.mapdraw.node_view import NodeView, link_from_json


class SnapshotMap(MapSource):
    """A stored snapshot as a map source, for `MapScene.set_model`.

    A snapshot never changes, so its signals are never emitted.
    """

    def __init__(self, content: Mapping[str, Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        for data in content.get("nodes", []):
            try:
                view = NodeView.from_json(data)
            except (KeyError, ValueError, TypeError):
                continue  # a node this version cannot read is left out, not fatal
            self._views[view.id] = view
        for data in content.get("links", []):
            try:
                link = link_from_json(data)
            except (KeyError, ValueError, TypeError):
                continue
            if link.source_id in self._views and link.target_id in self._views:
                self._shown_links[link.id] = link
