"""What a map scene mirrors: nodes and links to read, and signals when they change.

The live model (ui/family_map/map_model.py) and a stored snapshot
(snapshot_map.py) are both map sources, so one `MapScene` draws either. A
source keeps the nodes and links it shows in `_views` and `_shown_links`; the
live model fills them from the vault and says what changed, a snapshot fills
them once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ftbt_desktop.core.family_map import MapLink
from ftbt_desktop.mapdraw.node_view import NodeView


class MapSource(QObject):
    sig_node_added = Signal(str)
    sig_node_changed = Signal(str)
    sig_node_removed = Signal(str)
    sig_link_added = Signal(str)
    sig_link_changed = Signal(str)
    sig_link_removed = Signal(str)
    sig_reset = Signal()  # everything was read again: mirror from scratch

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._views: dict[str, NodeView] = {}
        self._shown_links: dict[str, MapLink] = {}  # only links with both ends shown

    def nodes(self) -> list[NodeView]:
        return list(self._views.values())

    def node(self, node_id: str) -> NodeView | None:
        return self._views.get(node_id)

    def links(self) -> list[MapLink]:
        return list(self._shown_links.values())

    def link(self, link_id: str) -> MapLink | None:
        return self._shown_links.get(link_id)

    def links_of(self, node_id: str) -> list[MapLink]:
        return [
            link
            for link in self._shown_links.values()
            if node_id in (link.source_id, link.target_id)
        ]
