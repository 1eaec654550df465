"""A scene that mirrors a map source's nodes and links as items; it only draws.

It follows the source's `sig_node_added`… signals (STYLE pattern 3), so one
scene class draws the live map, a stored snapshot and an export alike. With
`show_internal` False (kitchen-table mode, the family's exports) internal
nodes and their links are not drawn at all, so they cannot leak through a
tooltip or a selection either. With `large_type` (kitchen-table mode) words
and boxes are drawn larger.

Any object with the source's reading methods (`nodes`, `node`, `links`,
`link`, `links_of`) and its signals can be mirrored (map_source.py). The
editor's gestures are added on top by `ui/family_map/scene.py`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QRectF
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from ftbt_desktop.core.family_map import MapLink
from ftbt_desktop.mapdraw import shapes
from ftbt_desktop.mapdraw.link_item import LinkItem
from ftbt_desktop.mapdraw.node_item import LARGE_STYLE, NORMAL_STYLE, NodeItem
from ftbt_desktop.mapdraw.node_view import NodeView

MODEL_SIGNALS = (
    ("sig_node_added", "_on_node_added"),
    ("sig_node_changed", "_on_node_changed"),
    ("sig_node_removed", "_on_node_removed"),
    ("sig_link_added", "_on_link_added"),
    ("sig_link_changed", "_on_link_changed"),
    ("sig_link_removed", "_on_link_removed"),
    ("sig_reset", "rebuild"),
)


class MapScene(QGraphicsScene):
    def __init__(
        self, parent: QObject | None = None, show_internal: bool = True, large_type: bool = False
    ) -> None:
        super().__init__(parent)
        self.model: Any = None
        self._show_internal = show_internal
        self.style = LARGE_STYLE if large_type else NORMAL_STYLE
        self._nodes: dict[str, NodeItem] = {}
        self._links: dict[str, LinkItem] = {}
        self._cache_nodes = False
        self._view_zoom = 1.0  # the view's zoom, for the size of the links' words
        self.setBackgroundBrush(QBrush(shapes.CANVAS))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)

    # -- the model ---------------------------------------------------------

    def set_model(self, model: Any) -> None:
        if self.model is not None:
            for signal, slot in MODEL_SIGNALS:
                getattr(self.model, signal).disconnect(getattr(self, slot))
        self.model = model
        if model is not None:
            for signal, slot in MODEL_SIGNALS:
                getattr(model, signal).connect(getattr(self, slot))
        self.rebuild()

    @property
    def show_internal(self) -> bool:
        return self._show_internal

    def set_show_internal(self, show: bool) -> None:
        if show != self._show_internal:
            self._show_internal = show
            self.rebuild()

    def set_node_cache(self, on: bool) -> None:
        """Keep each node's drawing as a pixmap, so moving many nodes only blits them.

        For scenes on screen (the view turns it on); a scene rendered into a
        PDF leaves it off, so the nodes stay vector drawings.
        """
        self._cache_nodes = on
        for item in self._nodes.values():
            item.setCacheMode(self._cache_mode())

    def set_view_zoom(self, zoom: float) -> None:
        """The view zoomed: links draw their words to stay readable on screen.

        A scene rendered for export is never told, so it prints at the style's size.
        """
        self._view_zoom = zoom
        for link in self._links.values():
            link.set_view_zoom(zoom)

    def _cache_mode(self) -> QGraphicsItem.CacheMode:
        if self._cache_nodes:
            return QGraphicsItem.CacheMode.DeviceCoordinateCache
        return QGraphicsItem.CacheMode.NoCache

    def rebuild(self) -> None:
        """Draw the model from scratch."""
        for link_id in list(self._links):
            self._remove_link(link_id)
        for node_id in list(self._nodes):
            self._remove_node(node_id)
        if self.model is None:
            return
        for view in self.model.nodes():
            if self._shows(view):
                self._add_node(view)
        for link in self.model.links():
            self._sync_link(link.id)

    # -- reading items -----------------------------------------------------

    def node_item(self, node_id: str) -> NodeItem | None:
        return self._nodes.get(node_id)

    def link_item(self, link_id: str) -> LinkItem | None:
        return self._links.get(link_id)

    def node_items(self) -> list[NodeItem]:
        return list(self._nodes.values())

    def link_items(self) -> list[LinkItem]:
        return list(self._links.values())

    def selectable_items(self) -> list[QGraphicsItem]:
        return [*self._nodes.values(), *self._links.values()]

    def map_rect(self) -> QRectF:
        """The drawn map without gesture helpers: what fit and export frame."""
        rect = QRectF()
        for item in self.selectable_items():
            rect = rect.united(item.sceneBoundingRect())
        return rect

    # -- mirroring the model -----------------------------------------------

    def _shows(self, view: NodeView) -> bool:
        return self._show_internal or not view.internal

    def _add_node(self, view: NodeView) -> NodeItem:
        item = NodeItem(view, style=self.style, coordinator=self._show_internal)
        item.setCacheMode(self._cache_mode())
        self.addItem(item)
        self._nodes[view.id] = item
        return item

    def _remove_node(self, node_id: str) -> None:
        item = self._nodes.pop(node_id, None)
        if item is None:
            return
        for link in list(item.links):
            self._remove_link(link.link_id)
        self._node_leaving(item)
        self.removeItem(item)

    def _node_leaving(self, item: NodeItem) -> None:
        """A node item is about to leave the scene (its links are gone already).

        The editor's scene drops what it holds of the node here: a gesture on it.
        """

    def _remove_link(self, link_id: str) -> None:
        item = self._links.pop(link_id, None)
        if item is not None:
            item.detach()
            self.removeItem(item)

    def _sync_link(self, link_id: str) -> None:
        """Draw, redraw or drop one link as the model and `show_internal` say."""
        link: MapLink | None = self.model.link(link_id) if self.model is not None else None
        source = self._nodes.get(link.source_id) if link else None
        target = self._nodes.get(link.target_id) if link else None
        item = self._links.get(link_id)
        if link is None or source is None or target is None:
            self._remove_link(link_id)
            return
        if item is not None and (item.source is not source or item.target is not target):
            self._remove_link(link_id)
            item = None
        if item is None:
            item = LinkItem(link, source, target, self.style)
            item.set_view_zoom(self._view_zoom)
            self.addItem(item)
            self._links[link_id] = item
        else:
            item.set_link(link)

    def _on_node_added(self, node_id: str) -> None:
        self._on_node_changed(node_id)

    def _on_node_changed(self, node_id: str) -> None:
        view = self.model.node(node_id)
        item = self._nodes.get(node_id)
        if view is None or not self._shows(view):
            self._remove_node(node_id)
            return
        if item is None:
            self._add_node(view)
            for link in self.model.links_of(node_id):
                self._sync_link(link.id)
        else:
            item.set_view(view)

    def _on_node_removed(self, node_id: str) -> None:
        self._remove_node(node_id)

    def _on_link_added(self, link_id: str) -> None:
        self._sync_link(link_id)

    def _on_link_changed(self, link_id: str) -> None:
        self._sync_link(link_id)

    def _on_link_removed(self, link_id: str) -> None:
        self._remove_link(link_id)
