"""Gestures on the map, each a small class (STYLE pattern 4).

While a gesture runs, the scene hands it the mouse (and Escape) first. A
gesture ends by saying what the user asked for through a scene signal; it
never writes to the model itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFocusEvent, QKeyEvent, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsLineItem,
    QGraphicsProxyWidget,
    QGraphicsRectItem,
    QGraphicsSceneMouseEvent,
    QLineEdit,
    QWidget,
)

from ftbt_desktop.core.family_map import NodeKind
from ftbt_desktop.mapdraw import shapes
from ftbt_desktop.mapdraw.node_item import NodeItem

if TYPE_CHECKING:
    from ftbt_desktop.ui.family_map.scene import FamilyMapScene


class Interaction:
    """A gesture in progress. Handlers return True when they used the event."""

    def __init__(self, scene: FamilyMapScene) -> None:
        self.scene = scene

    def mouse_press(self, event: QGraphicsSceneMouseEvent) -> bool:
        return False

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> bool:
        return False

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool:
        return False

    def key_press(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return True
        return False

    def cancel(self) -> None:
        self.end()

    def end(self) -> None:
        """Remove what the gesture drew and hand the mouse back to the scene."""
        self.cleanup()
        if self.scene.interaction() is self:
            self.scene.set_interaction(None)

    def cleanup(self) -> None:
        pass


class LinkByDrag(Interaction):
    """Drag from one node to another; on release the scene asks which kind of link."""

    def __init__(self, scene: FamilyMapScene, source: NodeItem) -> None:
        super().__init__(scene)
        self.source = source
        self.line = QGraphicsLineItem()
        pen = QPen(shapes.SELECTION, 3.0, Qt.PenStyle.DashLine)
        self.line.setPen(pen)
        self.line.setZValue(10.0)
        start = source.anchor()
        self.line.setLine(QLineF(start, start))
        scene.addItem(self.line)
        self._hovered: NodeItem | None = None

    def mouse_press(self, event: QGraphicsSceneMouseEvent) -> bool:
        return True

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> bool:
        self.line.setLine(QLineF(self.source.anchor(), event.scenePos()))
        target = self.scene.node_item_at(event.scenePos(), exclude=self.source)
        if target is not self._hovered:
            if self._hovered is not None:
                self._hovered.setSelected(False)
            self._hovered = target
            if target is not None:
                target.setSelected(True)
        return True

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool:
        target = self.scene.node_item_at(event.scenePos(), exclude=self.source)
        source_id = self.source.node_id
        self.end()
        if target is not None:
            self.scene.sig_link_requested.emit(source_id, target.node_id, event.screenPos())
        return True

    def cleanup(self) -> None:
        if self.line.scene() is not None:
            self.scene.removeItem(self.line)


class RubberBandSelect(Interaction):
    """Drag on empty space: everything the rectangle touches is selected."""

    def __init__(self, scene: FamilyMapScene, start: QPointF, additive: bool) -> None:
        super().__init__(scene)
        self.start = start
        self.before = set(scene.selectedItems()) if additive else set()
        if not additive:
            scene.clearSelection()
        self.rect = QGraphicsRectItem()
        self.rect.setPen(QPen(shapes.SELECTION, 1.5, Qt.PenStyle.DashLine))
        fill = QColor(shapes.SELECTION)
        fill.setAlpha(30)
        self.rect.setBrush(QBrush(fill))
        self.rect.setZValue(10.0)
        self.rect.setRect(QRectF(start, start))
        scene.addItem(self.rect)

    def mouse_press(self, event: QGraphicsSceneMouseEvent) -> bool:
        return True

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> bool:
        area = QRectF(self.start, event.scenePos()).normalized()
        self.rect.setRect(area)
        path = QPainterPath()
        path.addRect(area)
        touched = {
            item
            for item in self.scene.items(path, Qt.ItemSelectionMode.IntersectsItemShape)
            if item is not self.rect and item.flags() & item.GraphicsItemFlag.ItemIsSelectable
        }
        for item in self.scene.selectable_items():
            item.setSelected(item in touched or item in self.before)
        return True

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool:
        self.end()
        return True

    def cleanup(self) -> None:
        if self.rect.scene() is not None:
            self.scene.removeItem(self.rect)


class _InPlaceEdit(QLineEdit):
    sig_cancelled = Signal()
    sig_committed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.sig_cancelled.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.sig_committed.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.sig_committed.emit()


class RelabelInPlace(Interaction):
    """A text field over the node; Enter (or clicking elsewhere) keeps, Escape drops."""

    def __init__(self, scene: FamilyMapScene, node: NodeItem) -> None:
        super().__init__(scene)
        self.node = node
        self._done = False
        self.editor = _InPlaceEdit()
        self.editor.setObjectName("map_relabel_editor")
        self.editor.setAccessibleName(node.toolTip().split("\n", 1)[0])
        self.editor.setText(node.view.label)
        self.editor.selectAll()
        font = self.editor.font()
        font.setPixelSize(max(16, node.style.label_px))
        self.editor.setFont(font)
        self.editor.setFixedHeight(44)  # a finger-sized field
        self.proxy = QGraphicsProxyWidget()
        self.proxy.setWidget(self.editor)
        self.proxy.setZValue(20.0)
        body = node.body_rect()
        width = max(body.width() + 80.0, 300.0)
        self.editor.setFixedWidth(int(width))
        top = node.symbol_rect().center().y() if node.view.kind is NodeKind.MEMBER else 0.0
        self.proxy.setPos(node.scenePos() + QPointF(-width / 2, top - self.editor.height() / 2))
        scene.addItem(self.proxy)
        self.editor.sig_committed.connect(self.commit)
        self.editor.sig_cancelled.connect(self.cancel)
        # The keyboard first: an item in a scene gets keys only while a view of it
        # has the focus. Left on a toolbar button (or on the side panel's field,
        # which hands it to the toolbar when the panel changes), the first word
        # went nowhere and Space pressed that button: a second, stray node.
        for view in scene.views():
            if view.isVisible():
                view.setFocus(Qt.FocusReason.OtherFocusReason)
                break
        self.proxy.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def widget(self) -> QWidget:
        return self.editor

    def mouse_press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self.proxy.sceneBoundingRect().contains(event.scenePos()):
            return False
        self.commit()
        return False  # the click goes on to select or start a drag

    def key_press(self, event: QKeyEvent) -> bool:
        return False  # the text field has the keys

    def commit(self) -> None:
        if self._done:
            return
        self._done = True
        self._words_given()
        node_id, text = self.node.node_id, self.editor.text()
        changed = text.strip() != self.node.view.label.strip()
        self.end()
        if changed:
            self.scene.sig_relabel_committed.emit(node_id, text)

    def cancel(self) -> None:
        self._done = True
        self._words_given()
        self.end()

    def _words_given(self) -> None:
        # Kept or dropped by the user: keys on the map no longer start this node's words.
        if self.scene.fresh_node_id == self.node.node_id:
            self.scene.fresh_node_id = None

    def cleanup(self) -> None:
        if self.proxy.widget() is None:
            return
        self._done = True
        self.editor.sig_committed.disconnect(self.commit)
        self.editor.sig_cancelled.disconnect(self.cancel)
        self.proxy.setWidget(None)
        self.editor.deleteLater()
        if self.proxy.scene() is not None:
            self.scene.removeItem(self.proxy)
        for view in self.scene.views():
            view.setFocus(Qt.FocusReason.OtherFocusReason)
