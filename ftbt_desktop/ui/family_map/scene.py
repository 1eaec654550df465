"""The map scene: mirrors a model's nodes and links as items; it only draws.

It follows the model's `sig_node_added`… signals (STYLE pattern 3) and turns
the user's gestures into requests (`sig_nodes_moved`, `sig_link_requested`,
`sig_relabel_committed`, `sig_add_requested`, `sig_context_menu`) that the
tab makes into undo commands. With `show_internal` False (kitchen-table
mode, the family's exports) internal nodes and their links are not drawn at
all, so they cannot leak through a tooltip or a selection either. With
`large_type` (kitchen-table mode) words and boxes are drawn larger.

Any object with the model's reading methods (`nodes`, `node`, `links`,
`link`, `links_of`) and its signals can be mirrored, e.g. a stored snapshot.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QKeyEvent
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsProxyWidget,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
)

from ftbt_desktop.core.family_map import MapLink
from ftbt_desktop.mapdraw import shapes
from ftbt_desktop.mapdraw.link_item import LinkItem
from ftbt_desktop.mapdraw.node_item import LARGE_STYLE, NORMAL_STYLE, NodeItem
from ftbt_desktop.mapdraw.node_view import NodeView
from ftbt_desktop.ui.family_map.interactions import (
    Interaction,
    LinkByDrag,
    RelabelInPlace,
    RubberBandSelect,
)

MODEL_SIGNALS = (
    ("sig_node_added", "_on_node_added"),
    ("sig_node_changed", "_on_node_changed"),
    ("sig_node_removed", "_on_node_removed"),
    ("sig_link_added", "_on_link_added"),
    ("sig_link_changed", "_on_link_changed"),
    ("sig_link_removed", "_on_link_removed"),
    ("sig_reset", "rebuild"),
)


class FamilyMapScene(QGraphicsScene):
    sig_nodes_moved = Signal(object, object)  # {id: (x, y)} before, after: one finished drag
    sig_link_requested = Signal(str, str, QPoint)  # source id, target id, screen position
    sig_relabel_committed = Signal(str, str)  # node id, new words
    sig_add_requested = Signal(QPointF, QPoint)  # double-click on empty space
    sig_context_menu = Signal(QPointF, QPoint, object)  # scene pos, screen pos, ("node"|"link", id)

    def __init__(
        self, parent: QObject | None = None, show_internal: bool = True, large_type: bool = False
    ) -> None:
        super().__init__(parent)
        self.model: Any = None
        self._show_internal = show_internal
        self.style = LARGE_STYLE if large_type else NORMAL_STYLE
        self._nodes: dict[str, NodeItem] = {}
        self._links: dict[str, LinkItem] = {}
        self._interaction: Interaction | None = None
        self._drag_start: dict[str, tuple[float, float]] | None = None
        self._selection_order: list[str] = []
        self.link_mode = False  # the toolbar's Link tool: a press on a node starts a link
        # A node just added whose words are still to come: keys that reach the map
        # while it is the selection open its words field (see `type_into_fresh`).
        self.fresh_node_id: str | None = None
        self._cache_nodes = False
        self._view_zoom = 1.0  # the view's zoom, for the size of the links' words
        self.setBackgroundBrush(QBrush(shapes.CANVAS))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.selectionChanged.connect(self._on_selection_changed)

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
        self.set_interaction(None)
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

    def selected_node_ids(self) -> list[str]:
        """Selected nodes in the order they were selected (the first is a link's source)."""
        selected = {i.node_id for i in self.selectedItems() if isinstance(i, NodeItem)}
        ordered = [nid for nid in self._selection_order if nid in selected]
        return ordered + sorted(selected - set(ordered))

    def selected_link_ids(self) -> list[str]:
        return [i.link_id for i in self.selectedItems() if isinstance(i, LinkItem)]

    def select_only(self, node_ids: Iterable[str] = (), link_ids: Iterable[str] = ()) -> None:
        self.clearSelection()
        for nid in node_ids:
            item = self._nodes.get(nid)
            if item is not None:
                item.setSelected(True)
        for lid in link_ids:
            link = self._links.get(lid)
            if link is not None:
                link.setSelected(True)

    def node_item_at(self, pos: QPointF, exclude: NodeItem | None = None) -> NodeItem | None:
        for item in self.items(pos):
            if isinstance(item, NodeItem) and item is not exclude:
                return item
        return None

    def map_rect(self) -> QRectF:
        """The drawn map without gesture helpers: what fit and export frame."""
        rect = QRectF()
        for item in self.selectable_items():
            rect = rect.united(item.sceneBoundingRect())
        return rect

    # -- gestures ----------------------------------------------------------

    def interaction(self) -> Interaction | None:
        return self._interaction

    def set_interaction(self, interaction: Interaction | None) -> None:
        previous, self._interaction = self._interaction, interaction
        if previous is not None and previous is not interaction:
            previous.cleanup()

    def start_relabel(self, node_id: str) -> RelabelInPlace | None:
        item = self._nodes.get(node_id)
        if item is None:
            return None
        self.select_only([node_id])
        relabel = RelabelInPlace(self, item)
        self.set_interaction(relabel)
        return relabel

    def commit_relabel(self) -> None:
        """Keep the words being typed in place (a click on a toolbar button takes no focus)."""
        if isinstance(self._interaction, RelabelInPlace):
            self._interaction.commit()

    def takes_typing(self) -> bool:
        """Whether keys that reach the map are the words of the node just added."""
        fresh = self.fresh_node_id
        return (
            fresh is not None
            and self._interaction is None
            and fresh in self._nodes
            and self.selected_node_ids() == [fresh]
        )

    def type_into_fresh(self, text: str) -> bool:
        """Open the just-added node's words with `text` typed in; False when not for it."""
        if not self.takes_typing() or self.fresh_node_id is None:
            return False
        relabel = self.start_relabel(self.fresh_node_id)
        if relabel is None:
            return False
        relabel.editor.insert(text)  # over the selected words, as a key in the field would
        return True

    def start_link(self, node_id: str) -> LinkByDrag | None:
        item = self._nodes.get(node_id)
        if item is None:
            return None
        gesture = LinkByDrag(self, item)
        self.set_interaction(gesture)
        return gesture

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._interaction is not None and self._interaction.mouse_press(event):
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton and not self._over_editor(event.scenePos()):
            pos = event.scenePos()
            node = self.node_item_at(pos)
            if node is not None and (self.link_mode or node.is_on_handle(pos)):
                self.start_link(node.node_id)
                event.accept()
                return
            if not [i for i in self.items(pos) if i.flags() & i.GraphicsItemFlag.ItemIsSelectable]:
                additive = bool(
                    event.modifiers()
                    & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
                )
                self.set_interaction(RubberBandSelect(self, pos, additive))
                event.accept()
                return
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_start = self._selected_positions()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._interaction is not None and self._interaction.mouse_move(event):
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._interaction is not None and self._interaction.mouse_release(event):
            event.accept()
            return
        super().mouseReleaseEvent(event)
        start, self._drag_start = self._drag_start, None
        if start:
            after = self._selected_positions()
            moved = {nid: pos for nid, pos in after.items() if start.get(nid, pos) != pos}
            if moved:
                self.sig_nodes_moved.emit({nid: start[nid] for nid in moved}, moved)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._over_editor(event.scenePos()):
            super().mouseDoubleClickEvent(event)
            return
        node = self.node_item_at(event.scenePos())
        if node is not None:
            self.start_relabel(node.node_id)
        elif not self.items(event.scenePos()):
            self.sig_add_requested.emit(event.scenePos(), event.screenPos())
        event.accept()

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        if self._over_editor(event.scenePos()):
            super().contextMenuEvent(event)
            return
        target: tuple[str, str] | None = None
        for item in self.items(event.scenePos()):
            if isinstance(item, NodeItem):
                target = ("node", item.node_id)
                break
            if isinstance(item, LinkItem):
                target = ("link", item.link_id)
                break
        if target is not None:
            item = self._nodes.get(target[1]) or self._links.get(target[1])
            if item is not None and not item.isSelected():
                self.clearSelection()
                item.setSelected(True)
        self.sig_context_menu.emit(event.scenePos(), event.screenPos(), target)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._interaction is not None and self._interaction.key_press(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _over_editor(self, pos: QPointF) -> bool:
        return any(isinstance(i, QGraphicsProxyWidget) for i in self.items(pos))

    def _selected_positions(self) -> dict[str, tuple[float, float]]:
        return {
            item.node_id: (item.pos().x(), item.pos().y())
            for item in self.selectedItems()
            if isinstance(item, NodeItem)
        }

    def _on_selection_changed(self) -> None:
        selected = {i.node_id for i in self.selectedItems() if isinstance(i, NodeItem)}
        kept = [nid for nid in self._selection_order if nid in selected]
        self._selection_order = kept + [nid for nid in selected if nid not in kept]

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
        if self.fresh_node_id == node_id:
            self.fresh_node_id = None
        for link in list(item.links):
            self._remove_link(link.link_id)
        if isinstance(self._interaction, RelabelInPlace) and self._interaction.node is item:
            self._interaction.cancel()
        self.removeItem(item)

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
