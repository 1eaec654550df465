"""The editor's map scene: the drawing scene (mapdraw) and the user's gestures on it.

`MapScene` mirrors a model's nodes and links as items; this scene adds
selection and gestures, and turns them into requests (`sig_nodes_moved`,
`sig_link_requested`, `sig_relabel_committed`, `sig_add_requested`,
`sig_context_menu`) that the tab makes into undo commands.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGraphicsProxyWidget,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
)

from ftbt_desktop.mapdraw.link_item import LinkItem
from ftbt_desktop.mapdraw.map_scene import MapScene
from ftbt_desktop.mapdraw.node_item import NodeItem
from ftbt_desktop.ui.family_map.interactions import (
    Interaction,
    LinkByDrag,
    RelabelInPlace,
    RubberBandSelect,
)


class FamilyMapScene(MapScene):
    sig_nodes_moved = Signal(object, object)  # {id: (x, y)} before, after: one finished drag
    sig_link_requested = Signal(str, str, QPoint)  # source id, target id, screen position
    sig_relabel_committed = Signal(str, str)  # node id, new words
    sig_add_requested = Signal(QPointF, QPoint)  # double-click on empty space
    sig_context_menu = Signal(QPointF, QPoint, object)  # scene pos, screen pos, ("node"|"link", id)

    def __init__(
        self, parent: QObject | None = None, show_internal: bool = True, large_type: bool = False
    ) -> None:
        super().__init__(parent, show_internal=show_internal, large_type=large_type)
        self._interaction: Interaction | None = None
        self._drag_start: dict[str, tuple[float, float]] | None = None
        self._selection_order: list[str] = []
        self.link_mode = False  # the toolbar's Link tool: a press on a node starts a link
        # A node just added whose words are still to come: keys that reach the map
        # while it is the selection open its words field (see `type_into_fresh`).
        self.fresh_node_id: str | None = None
        self.selectionChanged.connect(self._on_selection_changed)

    def rebuild(self) -> None:
        """Draw the model from scratch (a gesture under way ends first)."""
        self.set_interaction(None)
        super().rebuild()

    # -- selection -----------------------------------------------------------

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

    def _node_leaving(self, item: NodeItem) -> None:
        if self.fresh_node_id == item.node_id:
            self.fresh_node_id = None
        if isinstance(self._interaction, RelabelInPlace) and self._interaction.node is item:
            self._interaction.cancel()
