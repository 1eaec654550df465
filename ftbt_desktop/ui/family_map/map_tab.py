"""One family's map editor: toolbar, canvas, side panel and its own undo stack.

Every user action becomes one undo command on this tab's stack, so two
families never share a scene or an undo history. `model`, `scene`, `view`
and `undo_stack` are public for the snapshot, kitchen-table and export
features built on top, and for tests.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.core.family_map import LinkKind, NodeKind, Visibility
from ftbt_desktop.core.model import InvalidField, LifeArea
from ftbt_desktop.core.plan import ActorKind
from ftbt_desktop.mapdraw.placement import Box, Segment, free_spot
from ftbt_desktop.mapdraw.shapes import node_size
from ftbt_desktop.storage.errors import NotFound, VaultLocked
from ftbt_desktop.ui.family_map import commands as cmd
from ftbt_desktop.ui.family_map.legend import MapLegend
from ftbt_desktop.ui.family_map.map_accessible import MapAsList
from ftbt_desktop.ui.family_map.map_model import FamilyMapModel
from ftbt_desktop.ui.family_map.node_editor import NodeEditor
from ftbt_desktop.ui.family_map.scene import FamilyMapScene
from ftbt_desktop.ui.family_map.toolbar_icons import drawn_icon, kind_icon
from ftbt_desktop.ui.family_map.touch import finger_sized, touch_menu
from ftbt_desktop.ui.family_map.view import FamilyMapView
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.inline import MessageLine
from ftbt_desktop.words.common import invalid_field_message, not_found_message
from ftbt_desktop.words.map import (
    add_here_text,
    add_tooltip,
    internal_label,
    link_kind_label,
    node_kind_label,
)

ADD_KINDS = (NodeKind.CHALLENGE, NodeKind.STRENGTH, NodeKind.GOAL, NodeKind.ACTOR, NodeKind.NOTE)


def standard_keys(standard: str, *also: str) -> list[QKeySequence]:
    """The platform's keys for a standard action and `also`, each once.

    A key listed twice on one action (Ctrl+Shift+Z is X11's standard Redo)
    is to Qt an "ambiguous shortcut overload", and then it does nothing.
    """
    keys = QKeySequence.keyBindings(getattr(QKeySequence.StandardKey, standard))
    keys += [QKeySequence(k) for k in also]
    unique: dict[str, QKeySequence] = {}
    for key in keys:
        unique.setdefault(key.toString(), key)
    return [k for text, k in unique.items() if text]


class FamilyMapTab(QWidget):
    def __init__(
        self,
        service: VaultService,
        family_id: str,
        parent: QWidget | None = None,
        kitchen_mode: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("family_map_tab")
        self.service = service
        self.family_id = family_id
        self.kitchen_mode = kitchen_mode
        self.model = FamilyMapModel(service, family_id, self)
        self.scene = FamilyMapScene(self, show_internal=not kitchen_mode, large_type=kitchen_mode)
        self.scene.set_model(self.model)
        self.view = FamilyMapView(self.scene, self)
        self.legend = MapLegend(self.view)  # what the members' shapes mean (and do not)
        self.undo_stack = QUndoStack(self)
        self.editor = NodeEditor(kitchen_mode, self)
        self.message = MessageLine("map_message", self)
        self.link_chooser: QMenu | None = None
        self.context_menu: QMenu | None = None

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("map_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.toolbar.setIconSize(QSize(32, 32))
        self.actions_by_name: dict[str, QAction] = {}
        self._make_actions()

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.view, 1)
        body.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)

        self.scene.sig_nodes_moved.connect(self._on_nodes_moved)
        self.scene.sig_link_requested.connect(self._on_link_requested)
        self.scene.sig_relabel_committed.connect(self.relabel)
        self.scene.sig_add_requested.connect(self._on_add_requested)
        self.scene.sig_context_menu.connect(self._on_context_menu)
        self.scene.selectionChanged.connect(self._update_editor)
        self.view.sig_nudge.connect(self._nudge)
        self.model.sig_node_changed.connect(self._on_node_changed)
        self.model.sig_link_changed.connect(self._on_link_changed)
        for signal in (self.model.sig_node_added, self.model.sig_node_removed):
            signal.connect(self._on_node_set_changed)
        self.model.sig_reset.connect(self._update_editor)
        self.model.sig_failed.connect(self._on_failed)
        self.editor.sig_relabel.connect(self.relabel)
        self.editor.sig_life_area.connect(self.set_life_area)
        self.editor.sig_members.connect(self.set_members)
        self.editor.sig_internal.connect(
            lambda nid, internal: self.set_visibility(
                [nid], Visibility.INTERNAL if internal else Visibility.FAMILY
            )
        )
        self.editor.sig_link_to.connect(
            lambda source, target, kind: self.link_nodes(source, target, LinkKind(kind))
        )
        self.editor.sig_link_kind.connect(
            lambda lid, kind, mutual: self.set_link_kind(lid, LinkKind(kind), mutual)
        )
        self.editor.sig_link_label.connect(self.set_link_label)
        self.editor.sig_actor_kind.connect(
            lambda nid, kind: self.set_actor_kind(nid, ActorKind(kind))
        )
        self.undo_stack.canUndoChanged.connect(self._update_actions)
        self.undo_stack.canRedoChanged.connect(self._update_actions)
        self.retranslate()
        self._update_actions()
        self.view.fit_all(readable=True)
        # The map in words for screen readers, beside the drawing (map_accessible.py).
        self.as_list = MapAsList(self)

    def close_map(self) -> None:
        """Stop following the vault (the family is closed or the vault locked)."""
        self.scene.set_interaction(None)
        self.model.close()

    # -- actions -----------------------------------------------------------

    def _make_actions(self) -> None:
        def action(
            name: str, icon: object, slot: object, shortcuts: Iterable[object] = ()
        ) -> QAction:
            act = QAction(self)
            act.setObjectName(f"map_action_{name}")
            if icon is not None:
                act.setIcon(icon)  # type: ignore[arg-type]
            act.setShortcuts(
                [s if isinstance(s, QKeySequence) else QKeySequence(s) for s in shortcuts]
            )  # type: ignore[arg-type]
            act.triggered.connect(slot)  # type: ignore[arg-type]
            self.actions_by_name[name] = act
            return act

        for number, kind in enumerate(ADD_KINDS, start=1):
            act = action(
                f"add_{kind.value}",
                kind_icon(kind),
                lambda _=False, k=kind: self.add_node_here(k),
                [f"Ctrl+{number}"],
            )
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.toolbar.addAction(act)
            self.addAction(act)
        self.toolbar.addSeparator()
        # Not Ctrl+L: that is the app's Lock, and a key held by two actions fires neither.
        link = action("link", drawn_icon("link"), self._link_action, ["Ctrl+K"])
        link.setCheckable(True)
        link.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete = action("delete", drawn_icon("delete"), self.delete_selected, ["Delete"])
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        undo = action(
            "undo", drawn_icon("undo"), self.undo_stack.undo, standard_keys("Undo", "Ctrl+Z")
        )
        redo = action(
            "redo",
            drawn_icon("redo"),
            self.undo_stack.redo,
            standard_keys("Redo", "Ctrl+Shift+Z", "Ctrl+Y"),
        )
        fit = action("fit", drawn_icon("fit"), self.view.fit_all, ["Ctrl+0"])
        for act in (link, undo, redo, fit):
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(act)
        for act in (link, delete, undo, redo, fit):
            self.toolbar.addAction(act)
        relabel = action("relabel", None, self.relabel_selected, ["F2"])
        zoom_in = action("zoom_in", None, self.view.zoom_in, ["+", "Ctrl++", "="])
        zoom_out = action("zoom_out", None, self.view.zoom_out, ["-", "Ctrl+-"])
        for act in (delete, relabel, zoom_in, zoom_out):
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.view.addAction(act)
        finger_sized(self.toolbar)

    def _update_actions(self) -> None:
        self.actions_by_name["undo"].setEnabled(self.undo_stack.canUndo())
        self.actions_by_name["redo"].setEnabled(self.undo_stack.canRedo())
        selected = self.scene.selected_node_ids()
        deletable = any(self.model.can_delete(n) for n in selected)
        self.actions_by_name["delete"].setEnabled(deletable or bool(self.scene.selected_link_ids()))

    # -- operations (each one undo step) -----------------------------------

    def push(self, command: QUndoCommand) -> None:
        self.message.clear_message()
        self.undo_stack.push(command)

    def add_node(
        self,
        kind: NodeKind,
        pos: QPointF | tuple[float, float] | None = None,
        label: str | None = None,
        member_ids: Iterable[str] = (),
        life_area: LifeArea | None = None,
        visibility: Visibility | None = None,
    ) -> str | None:
        """Add a node (at `pos`, or a free spot in view); returns its id.

        A note is the coordinator's own unless `visibility` says otherwise: it
        stays out of the family's view and exports until "Internal" is unticked.
        At the kitchen table everything added is the family's (they are watching).
        """
        if pos is None:
            pos = self._free_spot(self.view.mapToScene(self.view.viewport().rect().center()), kind)
        if visibility is None:
            internal = kind is NodeKind.NOTE and not self.kitchen_mode
            visibility = Visibility.INTERNAL if internal else Visibility.FAMILY
        point = QPointF(*pos) if isinstance(pos, tuple) else QPointF(pos)
        command = cmd.AddNodeCommand(
            self.model, kind, point.x(), point.y(), label, member_ids, life_area, visibility
        )
        self.push(command)
        if command.node_id is not None and self.model.node(command.node_id) is not None:
            self.scene.select_only([command.node_id])
            self.view.ensureVisible(self.scene.node_item(command.node_id) or self.scene.sceneRect())
        return command.node_id

    def add_node_here(self, kind: NodeKind, pos: QPointF | None = None) -> str | None:
        """The toolbar's and menus' add: near the selected members, and about them, then type."""
        self.scene.commit_relabel()  # words typed into the previous new node are kept
        selected = [
            v for v in (self.model.node(n) for n in self.scene.selected_node_ids()) if v is not None
        ]
        members = [v for v in selected if v.kind is NodeKind.MEMBER]
        member_ids = [str(v.ref_id) for v in members]
        if pos is None and members:
            # Beside the member, away from the other generation's row.
            first = members[0]
            below = first.role is not None and not first.role.is_adult
            pos = self._free_spot(QPointF(first.x, first.y + (170.0 if below else -170.0)), kind)
        elif pos is None and selected:
            pos = self._free_spot(QPointF(selected[0].x, selected[0].y), kind)  # beside it
        elif pos is not None:
            pos = self._free_spot(pos, kind)
        node_id = self.add_node(kind, pos, member_ids=member_ids)
        if node_id is not None and self.model.node(node_id) is not None:
            self.scene.start_relabel(node_id)
            self.scene.fresh_node_id = node_id
        return node_id

    def link_nodes(
        self, source_id: str, target_id: str, kind: LinkKind, mutual: bool = False
    ) -> str | None:
        command = cmd.AddLinkCommand(self.model, source_id, target_id, kind, mutual)
        self.push(command)
        return command.link_id

    def move_nodes(self, before: dict, after: dict, nudge: bool = False) -> None:
        self.push(cmd.MoveNodesCommand(self.model, before, after, nudge))

    def delete_items(self, node_ids: Iterable[str], link_ids: Iterable[str] = ()) -> None:
        node_ids = list(node_ids)
        kept = [n for n in node_ids if not self.model.can_delete(n)]
        doomed = [n for n in node_ids if self.model.can_delete(n)]
        link_ids = list(link_ids)
        if doomed or link_ids:
            self.push(cmd.DeleteItemsCommand(self.model, doomed, link_ids))
        if kept:
            self.message.show_message(
                self.tr("Family members stay on the map; remove them in the Members tab.")
            )

    def delete_selected(self) -> None:
        self.delete_items(self.scene.selected_node_ids(), self.scene.selected_link_ids())

    def relabel(self, node_id: str, text: str) -> None:
        view = self.model.node(node_id)
        if view is None or text.strip() == view.label:
            return
        if not text.strip() and view.kind in (NodeKind.GOAL, NodeKind.ACTOR, NodeKind.MEMBER):
            self.message.show_message(self.tr("A goal, an actor or a member needs words."))
            return
        self.push(cmd.RelabelNodeCommand(self.model, node_id, view.label, text))

    def relabel_selected(self) -> None:
        selected = self.scene.selected_node_ids()
        if selected:
            self.scene.start_relabel(selected[0])

    def set_actor_kind(self, node_id: str, kind: ActorKind) -> None:
        view = self.model.node(node_id)
        if view is not None and view.kind is NodeKind.ACTOR and view.actor_kind != kind:
            old = view.actor_kind or ActorKind.OTHER
            self.push(cmd.SetActorKindCommand(self.model, node_id, old, kind))

    def set_life_area(self, node_id: str, area: LifeArea | None) -> None:
        view = self.model.node(node_id)
        if view is not None and view.life_area != area:
            self.push(cmd.SetLifeAreaCommand(self.model, node_id, view.life_area, area))

    def set_members(self, node_id: str, member_ids: Iterable[str]) -> None:
        view = self.model.node(node_id)
        if view is not None:
            self.push(cmd.SetMembersCommand(self.model, node_id, view.member_ids, member_ids))

    def set_visibility(self, node_ids: Iterable[str], visibility: Visibility) -> None:
        if self.kitchen_mode and visibility is Visibility.INTERNAL:
            return  # the family is watching: nothing becomes internal here
        ids = [n for n in node_ids if (v := self.model.node(n)) and v.visibility != visibility]
        if ids:
            self.push(cmd.SetVisibilityCommand(self.model, ids, visibility))

    def set_link_kind(self, link_id: str, kind: LinkKind, mutual: bool | None = None) -> None:
        self.push(cmd.SetLinkKindCommand(self.model, link_id, kind, mutual))

    def set_link_label(self, link_id: str, label: str) -> None:
        self.push(cmd.SetLinkLabelCommand(self.model, link_id, label))

    # -- gestures from the scene -------------------------------------------

    def _on_nodes_moved(self, before: dict, after: dict) -> None:
        self.move_nodes(before, after)

    def _nudge(self, dx: float, dy: float) -> None:
        before, after = {}, {}
        for nid in self.scene.selected_node_ids():
            view = self.model.node(nid)
            if view is not None:
                before[nid] = (view.x, view.y)
                after[nid] = (view.x + dx, view.y + dy)
        if after:
            self.move_nodes(before, after, nudge=True)

    def _on_link_requested(self, source_id: str, target_id: str, screen_pos: QPoint) -> None:
        self.actions_by_name["link"].setChecked(False)
        self.scene.link_mode = False
        menu = touch_menu(self, "map_link_chooser")
        menu.setTitle(self.tr("What does the link say?"))
        for kind in LinkKind:
            act = menu.addAction(link_kind_label(kind))
            act.setObjectName(f"map_link_kind_{kind.value}")
            act.triggered.connect(lambda _=False, k=kind: self.link_nodes(source_id, target_id, k))
        self.link_chooser = menu
        menu.popup(screen_pos)

    def _link_action(self, checked: bool) -> None:
        selected = self.scene.selected_node_ids()
        if checked and len(selected) == 2:
            self.actions_by_name["link"].setChecked(False)
            center = self.view.mapToGlobal(self.view.viewport().rect().center())
            self._on_link_requested(selected[0], selected[1], center)
            return
        self.scene.link_mode = checked
        if checked:
            self.message.show_message(self.tr("Drag from one node to another to link them."))
        else:
            self.message.clear_message()

    def _on_add_requested(self, scene_pos: QPointF, screen_pos: QPoint) -> None:
        menu = touch_menu(self, "map_add_menu")
        self._add_entries(menu, scene_pos)
        self.context_menu = menu
        menu.popup(screen_pos)

    def _add_entries(self, menu: QMenu, scene_pos: QPointF) -> None:
        at = QPointF(scene_pos)
        for kind in ADD_KINDS:
            act = menu.addAction(kind_icon(kind), add_here_text(kind))
            act.setObjectName(f"map_menu_add_{kind.value}")
            act.triggered.connect(lambda _=False, k=kind, p=at: self.add_node_here(k, p))

    def _on_context_menu(self, scene_pos: QPointF, screen_pos: QPoint, target: object) -> None:
        menu = touch_menu(self, "map_context_menu")
        if isinstance(target, tuple) and target[0] == "node":
            self._node_entries(menu, target[1])
        elif isinstance(target, tuple) and target[0] == "link":
            self._link_entries(menu, target[1])
        else:
            self._add_entries(menu, scene_pos)
            menu.addSeparator()
            menu.addAction(self.actions_by_name["fit"])
        self.context_menu = menu
        menu.popup(screen_pos)

    def _node_entries(self, menu: QMenu, node_id: str) -> None:
        view = self.model.node(node_id)
        if view is None:
            return
        relabel = menu.addAction(self.tr("Change the words"))
        relabel.setShortcut(QKeySequence("F2"))
        relabel.triggered.connect(lambda: self.scene.start_relabel(node_id))
        link = menu.addAction(self.tr("Link to…"))
        link.triggered.connect(lambda: self.scene.start_link(node_id))
        if not self.kitchen_mode:
            internal = menu.addAction(internal_label())
            internal.setCheckable(True)
            internal.setChecked(view.internal)
            internal.triggered.connect(
                lambda checked: self.set_visibility(
                    [node_id], Visibility.INTERNAL if checked else Visibility.FAMILY
                )
            )
        if self.model.can_delete(node_id):
            menu.addSeparator()
            menu.addAction(self.actions_by_name["delete"])

    def _link_entries(self, menu: QMenu, link_id: str) -> None:
        link = self.model.link(link_id)
        if link is None:
            return
        for kind in LinkKind:
            act = menu.addAction(link_kind_label(kind))
            act.setCheckable(True)
            act.setChecked(kind is link.kind)
            act.triggered.connect(lambda _=False, k=kind: self.set_link_kind(link_id, k))
        menu.addSeparator()
        mutual = menu.addAction(self.tr("Both ways"))
        mutual.setCheckable(True)
        mutual.setChecked(link.mutual)
        mutual.triggered.connect(
            lambda checked: self.set_link_kind(link_id, link.kind, bool(checked))
        )
        menu.addSeparator()
        menu.addAction(self.actions_by_name["delete"])

    # -- helpers -----------------------------------------------------------

    def _free_spot(self, near: QPointF, kind: NodeKind) -> QPointF:
        """`near`, or the nearest place around it off every node and, if it can, every link."""
        size = node_size(kind)
        height = float(
            self.scene.style.node_height if kind is not NodeKind.MEMBER else size.height()
        )
        extent = (-size.width() / 2, -height / 2, size.width() / 2, height / 2)
        boxes: list[Box] = []
        for item in self.scene.node_items():
            boxes.append(item.mapRectToScene(item.body_rect()).getCoords())
        for view in self.model.nodes():  # not drawn here (internal, at the kitchen table)
            if self.scene.node_item(view.id) is None:
                w, h = node_size(view.kind).width(), node_size(view.kind).height()
                boxes.append((view.x - w / 2, view.y - h / 2, view.x + w / 2, view.y + h / 2))
        segments: list[Segment] = []
        for link in self.scene.link_items():
            line = link.line()
            segments.append((line.x1(), line.y1(), line.x2(), line.y2()))
            if not link.text_rect().isEmpty():
                boxes.append(link.text_rect().getCoords())
        x, y = free_spot((near.x(), near.y()), extent, boxes, segments)
        return QPointF(x, y)

    def _on_node_changed(self, node_id: str) -> None:
        # Only the node shown in the panel matters; a drag of fifty nodes stays cheap.
        if node_id == self.editor.node_id or self.editor.link_id is not None:
            self._update_editor()

    def _on_link_changed(self, link_id: str) -> None:
        if link_id == self.editor.link_id:
            self._update_editor()

    def _on_node_set_changed(self, _node_id: str) -> None:
        if self.editor.node_id is not None or self.editor.link_id is not None:
            self._update_editor()  # the "link to" list, or a shown item that went away

    def _update_editor(self, *_args: object) -> None:
        self._update_actions()
        nodes = self.scene.selected_node_ids()
        links = self.scene.selected_link_ids()
        if len(nodes) == 1 and not links:
            view = self.model.node(nodes[0])
            if view is not None:
                others = [v for v in self.model.nodes() if self.scene.node_item(v.id) is not None]
                self.editor.show_node(view, self.model.members(), others)
                return
        if len(links) == 1 and not nodes:
            link = self.model.link(links[0])
            if link is not None:
                source, target = self.model.node(link.source_id), self.model.node(link.target_id)
                self.editor.show_link(
                    link, source.label if source else "", target.label if target else ""
                )
                return
        self.editor.show_nothing()

    def _on_failed(self, error: object) -> None:
        if isinstance(error, InvalidField):
            self.message.show_message(invalid_field_message(error))
        elif isinstance(error, VaultLocked):
            self.message.show_message(self.tr("The vault is locked. Unlock it and try again."))
        elif isinstance(error, NotFound):
            self.message.show_message(not_found_message())
        else:
            self.message.show_message(self.tr("This change could not be made."))

    # -- language ----------------------------------------------------------

    def retranslate(self) -> None:
        texts = {
            "link": (self.tr("Link"), self.tr("Link two nodes: drag from one to the other")),
            "delete": (self.tr("Delete"), self.tr("Delete the selection and its links")),
            "undo": (self.tr("Undo"), self.tr("Undo the last change")),
            "redo": (self.tr("Redo"), self.tr("Redo what was undone")),
            "fit": (self.tr("Fit"), self.tr("Show the whole map")),
            "relabel": (self.tr("Change the words"), ""),
            "zoom_in": (self.tr("Zoom in"), ""),
            "zoom_out": (self.tr("Zoom out"), ""),
        }
        for kind in ADD_KINDS:
            texts[f"add_{kind.value}"] = (node_kind_label(kind), add_tooltip(kind))
        for name, (text, tip) in texts.items():
            act = self.actions_by_name[name]
            act.setText(text)
            shortcut = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            act.setToolTip(f"{tip} ({shortcut})" if tip and shortcut else tip or text)
        self.view.setAccessibleName(self.tr("Family map"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
