"""The view onto the map: wheel and pinch zoom, fit, and the keys that move and zoom.

The map opens at no less than `READABLE_ZOOM`, where a node is still about
50 px high, so text stays readable and every node is a large enough target
for a finger. A map larger than the window can be zoomed out further, by
the wheel, a pinch or Ctrl+0 (fit), until the whole map is in view and no
further: an overview to find one's way, then zoom in to work.
Arrow keys ask for the selection to move (the tab makes the undo step);
panning is by scroll bars, the middle mouse button or Space + drag.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import (
    QGestureEvent,
    QGraphicsView,
    QPinchGesture,
    QWidget,
)

from ftbt_desktop.ui.family_map.scene import FamilyMapScene

READABLE_ZOOM = 0.55  # a 96 px node stays above 44 px on screen
MIN_ZOOM = READABLE_ZOOM  # the smallest zoom of a map that fits the window at it
FLOOR_ZOOM = 0.05  # however large the map: past this nothing can be told apart
FIT_MARGIN = 40.0  # scene units around the map when it is fitted
MAX_ZOOM = 3.0
WHEEL_STEP = 1.15
NUDGE = 10.0  # scene units per arrow key; with Shift ten times that


class FamilyMapView(QGraphicsView):
    sig_nudge = Signal(float, float)  # move the selection by dx, dy
    sig_zoom_changed = Signal(float)

    def __init__(self, scene: FamilyMapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("family_map_view")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.grabGesture(Qt.GestureType.PinchGesture)
        scene.set_node_cache(True)
        # A node placed far out (by another window, a sync) must stay reachable by scrolling.
        scene.sceneRectChanged.connect(self.grow_scene_rect)
        self._pan_from: QPointF | None = None
        self._space_down = False

    # -- zoom --------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def min_zoom(self) -> float:
        """The readable zoom, or less for a map that needs less to be seen whole."""
        return max(FLOOR_ZOOM, min(READABLE_ZOOM, self._fit_level(self._fit_rect())))

    def set_zoom(self, level: float) -> None:
        smallest = self.min_zoom()
        level = max(smallest, min(MAX_ZOOM, level))
        current = self.zoom()
        if abs(level - current) < 1e-6:
            return
        self.scale(level / current, level / current)
        if level <= smallest < READABLE_ZOOM:
            # Zoomed all the way out: all of it, even parts not scrolled to yet.
            rect = self._fit_rect()
            self.setSceneRect(self.sceneRect().united(rect))
            self.centerOn(rect.center())
        self._zoomed()

    def _zoomed(self) -> None:
        scene = self.scene()
        if isinstance(scene, FamilyMapScene):
            scene.set_view_zoom(self.zoom())  # link words stay readable
        self.sig_zoom_changed.emit(self.zoom())

    def _fit_rect(self) -> QRectF:
        scene = self.scene()
        rect = scene.map_rect() if isinstance(scene, FamilyMapScene) else scene.itemsBoundingRect()
        if rect.isEmpty():
            rect = QRectF(-200, -150, 400, 300)
        return rect.adjusted(-FIT_MARGIN, -FIT_MARGIN, FIT_MARGIN, FIT_MARGIN)

    def _fit_level(self, rect: QRectF) -> float:
        viewport = self.viewport().rect()
        if rect.width() <= 0 or rect.height() <= 0 or viewport.isEmpty():
            return READABLE_ZOOM
        return min(viewport.width() / rect.width(), viewport.height() / rect.height())

    def zoom_by(self, factor: float) -> None:
        self.set_zoom(self.zoom() * factor)

    def zoom_in(self) -> None:
        self.zoom_by(WHEEL_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / WHEEL_STEP)

    def fit_all(self, readable: bool = False) -> None:
        """The whole map in view (Ctrl+0), at no more than 1:1.

        `readable` (when a map opens) stops at the readable zoom: a large map
        opens on its middle, in words one can read, rather than as a thumbnail.
        """
        rect = self._fit_rect()
        self.setSceneRect(rect.united(self.sceneRect()) if not self.sceneRect().isEmpty() else rect)
        level = max(FLOOR_ZOOM, min(1.0, self._fit_level(rect)))
        if readable:
            level = max(level, READABLE_ZOOM)
        self.resetTransform()
        self.scale(level, level)
        self.centerOn(rect.center())
        self._zoomed()

    def grow_scene_rect(self, grown: QRectF | None = None) -> None:
        """Room around the map to move nodes into, without jumping the view.

        Uses the scene's own growing rectangle (kept up to date by Qt as items
        move), so a drag never walks every item.
        """
        rect = (grown or self.scene().sceneRect()).adjusted(-800, -600, 800, 600)
        if not self.sceneRect().contains(rect):
            self.setSceneRect(rect.united(self.sceneRect()))

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y()
        if delta == 0 or event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            super().wheelEvent(event)  # sideways scroll, or Shift + wheel to scroll
            return
        self.zoom_by(WHEEL_STEP ** (delta / 120))
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture:
            return self._gesture(event)  # type: ignore[arg-type]
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._is_typing(event)
        ):
            event.accept()  # a word's "-" or "+" is text here, not the zoom shortcut
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if (
                key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
                and not (event.modifiers() & Qt.KeyboardModifier.ControlModifier)
                and self.select_next(
                    forward=key == Qt.Key.Key_Tab
                    and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                )
            ):
                return True
        return super().event(event)

    def select_next(self, forward: bool = True) -> bool:
        """Tab walks the nodes (top to bottom, left to right); past the last it leaves the map."""
        scene = self.scene()
        if not isinstance(scene, FamilyMapScene) or scene.interaction() is not None:
            return False
        order = sorted(scene.node_items(), key=lambda i: (round(i.pos().y() / 60), i.pos().x()))
        ids = [item.node_id for item in order]
        selected = scene.selected_node_ids()
        if len(selected) == 1 and selected[0] in ids:
            index = ids.index(selected[0]) + (1 if forward else -1)
        else:
            index = 0 if forward else len(ids) - 1
        if not 0 <= index < len(ids):
            scene.clearSelection()
            return False
        scene.select_only([ids[index]])
        self.ensureVisible(order[index], 40, 40)
        return True

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture:
            return self._gesture(event)  # type: ignore[arg-type]
        return super().viewportEvent(event)

    def _gesture(self, event: QGestureEvent) -> bool:
        pinch = event.gesture(Qt.GestureType.PinchGesture)
        if isinstance(pinch, QPinchGesture):
            flags = pinch.changeFlags()
            if flags & QPinchGesture.ChangeFlag.ScaleFactorChanged:
                self.zoom_by(pinch.scaleFactor())
            event.accept(pinch)
            return True
        return False

    # -- keys and panning --------------------------------------------------

    def _is_typing(self, event: QKeyEvent) -> bool:
        """A printable key while the node just added waits for its words."""
        scene = self.scene()
        text = event.text()
        commands = (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        return (
            isinstance(scene, FamilyMapScene)
            and bool(text)
            and text.isprintable()
            and not event.modifiers() & commands
            and scene.takes_typing()
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        scene = self.scene()
        if isinstance(scene, FamilyMapScene) and scene.interaction() is not None:
            super().keyPressEvent(event)
            return
        if isinstance(scene, FamilyMapScene) and self._is_typing(event):
            # The words field was not open yet (or was closed by a click): the key
            # opens it and is the first letter, so nothing typed is lost.
            scene.type_into_fresh(event.text())
            event.accept()
            return
        key = event.key()
        step = NUDGE * (10 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
        arrows = {
            Qt.Key.Key_Left: (-step, 0.0),
            Qt.Key.Key_Right: (step, 0.0),
            Qt.Key.Key_Up: (0.0, -step),
            Qt.Key.Key_Down: (0.0, step),
        }
        # A read-only map (review, a family taken away) is not interactive: no move is tried.
        if (
            key in arrows
            and self.isInteractive()
            and isinstance(scene, FamilyMapScene)
            and scene.selected_node_ids()
        ):
            self.sig_nudge.emit(*arrows[key])
            event.accept()
            return
        if key == Qt.Key.Key_Escape and isinstance(scene, FamilyMapScene):
            scene.clearSelection()
            event.accept()
            return
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = True
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
            self._space_down and event.button() == Qt.MouseButton.LeftButton
        ):
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
        self.grow_scene_rect()
