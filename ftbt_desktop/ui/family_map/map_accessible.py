"""The map for screen readers: "the map as a list", kept in step with the drawing.

A `QGraphicsView` shows assistive technology only a viewport and two scroll
bars: its items are not QObjects, so Qt's accessibility bridge never sees a
node or a link. Two ways out were weighed (docs/accessibility.md says more):

1. A hand-written `QAccessibleInterface` per map item, added as children of
   the view's interface through `QAccessible.installFactory`. PySide6 6.11
   lets Python subclass `QAccessibleInterface` and Qt does call the Python
   overrides (tried). But an interface for a non-QObject must live in Qt's
   accessible cache, which owns and deletes it, while Python owns the wrapper;
   every platform bridge (UI Automation, AT-SPI, NSAccessibility) would call
   back into Python for every node on every query, and no test can observe
   what a real screen reader makes of it under the offscreen platform.
2. An ordinary item view listing every node and link in words, kept in step
   with the map and with selection shared both ways. Qt's item views are
   exposed on all three platforms with name, role (list item) and state
   (selected, focused) and announce their own focus and selection changes.

This module does 2: it is plain, testable Qt, it gives the links a text form
(a drawing of an arrow has none), and it serves low-vision and keyboard users
as well. The view itself says how many nodes and links there are and what is
selected (its accessible description), and each selection or change made in
the drawing is announced (`QAccessibleAnnouncementEvent`, Qt 6.8+), so Tab
through the nodes in the drawing is heard too.

F6 moves from the drawing to the list (showing it if hidden), on to the side
panel's fields for the selection, and back to the drawing: Tab cannot, since
in the drawing it walks the nodes. The toolbar's "List" shows or hides it. It starts shown when an assistive
technology is already connected (`QAccessible.isActive()`).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAction,
    QKeySequence,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.core.family_map import MapLink, NodeKind
from ftbt_desktop.mapdraw.node_view import NodeView
from ftbt_desktop.ui.accessibility import name_toolbar_extension
from ftbt_desktop.words.map import (
    internal_mark,
    life_area_label,
    link_kind_label,
    node_kind_label,
)

KEY_ROLE = Qt.ItemDataRole.UserRole + 7  # ("node" | "link", id)
LIST_WIDTH = 260
ROW_GRID = 60.0  # the same reading order as Tab in the drawing (view.select_next)


def node_words(view: NodeView) -> str:
    """A node in words, as the list shows and a screen reader speaks it."""
    label = view.label or node_kind_label(view.kind)
    if view.kind is NodeKind.MEMBER:
        return QCoreApplication.translate("MapAsList", "{kind}: {name}").format(
            kind=node_kind_label(view.kind), name=label
        )
    parts = [
        QCoreApplication.translate("MapAsList", "{kind}: “{label}”").format(
            kind=node_kind_label(view.kind), label=label
        )
    ]
    if view.member_names:
        parts.append(
            QCoreApplication.translate("MapAsList", "concerns {names}").format(
                names=", ".join(view.member_names)
            )
        )
    if view.life_area is not None:
        parts.append(life_area_label(view.life_area))
    if view.internal:
        parts.append(internal_mark())
    return ", ".join(parts)


def node_short(view: NodeView) -> str:
    """A node named inside a sentence about a link: kind, words and whom it concerns."""
    label = view.label or node_kind_label(view.kind)
    if view.kind is NodeKind.MEMBER:
        return label
    text = QCoreApplication.translate("MapAsList", "{kind} “{label}”").format(
        kind=node_kind_label(view.kind).lower(), label=label
    )
    if view.member_names:
        first_names = [n.split()[0] for n in view.member_names if n.split()]
        text += f" ({', '.join(first_names)})"
    return text


def link_words(link: MapLink, source: NodeView | None, target: NodeView | None) -> str:
    """A link as a sentence: "Challenge “Sick leave” (Mette) influences goal “School” (Freja)"."""
    start = node_short(source) if source is not None else "?"
    end = node_short(target) if target is not None else "?"
    kind = link_kind_label(link.kind)
    if link.mutual:
        text = QCoreApplication.translate("MapAsList", "{a} and {b}: {kind}, both ways").format(
            a=start, b=end, kind=kind
        )
    else:
        text = QCoreApplication.translate("MapAsList", "{a} {kind} {b}").format(
            a=start, kind=kind, b=end
        )
    text = text[:1].upper() + text[1:]
    if link.label:
        text += QCoreApplication.translate("MapAsList", " (“{words}”)").format(words=link.label)
    return QCoreApplication.translate("MapAsList", "Link: {sentence}").format(sentence=text)


def send_event(event: QAccessibleEvent) -> None:
    """Every accessibility event of the map goes through here (one place to observe)."""
    QAccessible.updateAccessibility(event)


class MapAsList(QWidget):
    """Every node and link of one map tab's scene, in words, selection shared both ways."""

    sig_announced = Signal(str)  # what was announced to assistive technology

    def __init__(self, tab: QWidget) -> None:
        super().__init__(tab)
        self.setObjectName("map_as_list")
        self.tab = tab
        scene, model, view = tab.scene, tab.model, tab.view  # type: ignore[attr-defined]
        self.scene = scene
        self.map_view = view
        self.source = model
        self._syncing = False
        self._rows: dict[tuple[str, str], QStandardItem] = {}
        self._rebuild_due = False
        self._selection_due = False
        self._said: list[str] = []
        self._added: list[tuple[str, str]] = []
        self.setFixedWidth(LIST_WIDTH)

        self.title = QLabel(self)
        self.title.setObjectName("map_as_list_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.items = QStandardItemModel(self)
        self.list = QListView(self)
        self.list.setObjectName("map_as_list_view")
        self.list.setModel(self.items)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.title.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)

        self.toggle = QAction(self)
        self.toggle.setObjectName("map_action_as_list")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self.setVisible)
        tab.toolbar.addAction(self.toggle)  # type: ignore[attr-defined]
        name_toolbar_extension(tab.toolbar)  # type: ignore[attr-defined]
        tab.actions_by_name["as_list"] = self.toggle  # type: ignore[attr-defined]
        # F6 moves between the drawing and its list, as between panes elsewhere.
        self.switch = QAction(self)
        self.switch.setObjectName("map_action_switch_pane")
        self.switch.setShortcut(QKeySequence(Qt.Key.Key_F6))
        self.switch.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.switch.triggered.connect(self.switch_pane)
        tab.addAction(self.switch)
        self.delete = QAction(self)
        self.delete.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete.triggered.connect(tab.delete_selected)  # type: ignore[attr-defined]
        self.list.addAction(self.delete)
        self._place(tab)

        model.sig_node_added.connect(self._on_node_added)
        model.sig_node_removed.connect(self._on_node_removed)
        model.sig_link_added.connect(self._on_link_added)
        model.sig_link_removed.connect(self._on_link_removed)
        model.sig_reset.connect(self.rebuild)
        model.sig_node_changed.connect(self._on_node_changed)
        model.sig_link_changed.connect(self._on_link_changed)
        scene.selectionChanged.connect(self._on_scene_selection)
        self.list.selectionModel().selectionChanged.connect(self._on_list_selection)
        self.retranslate()
        self.rebuild()
        self.toggle.setChecked(QAccessible.isActive())
        self.setVisible(self.toggle.isChecked())

    def _place(self, tab: QWidget) -> None:
        """Beside the drawing, before the side panel (one hook line in map_tab.py)."""
        editor = tab.editor  # type: ignore[attr-defined]
        for box in tab.findChildren(QBoxLayout):
            index = box.indexOf(editor)
            if index >= 0:
                box.insertWidget(index, self)
                return

    # -- content -----------------------------------------------------------

    def _shown_nodes(self) -> list[NodeView]:
        """The nodes the drawing shows (family view leaves internal ones out), Tab's order."""
        items = sorted(
            self.scene.node_items(), key=lambda i: (round(i.pos().y() / ROW_GRID), i.pos().x())
        )
        return [item.view for item in items]

    def _shown_links(self) -> list[MapLink]:
        return [item.link for item in self.scene.link_items()]

    def rebuild(self) -> None:
        """All rows afresh, the drawing's selection selected, the current row kept."""
        keys = self._scene_keys()
        current = self.list.currentIndex().data(KEY_ROLE)
        self._syncing = True
        try:
            self.items.clear()
            self._rows.clear()
            for view in self._shown_nodes():
                self._append(("node", view.id), node_words(view))
            for link in self._shown_links():
                self._append(("link", link.id), self._link_text(link))
            self._select_keys(keys, tuple(current) if current else None)
        finally:
            self._syncing = False
        self._describe_view()

    def _append(self, key: tuple[str, str], text: str) -> None:
        row = QStandardItem(text)
        row.setData(key, KEY_ROLE)
        row.setData(text, Qt.ItemDataRole.AccessibleTextRole)
        row.setToolTip(text)
        self.items.appendRow(row)
        self._rows[key] = row

    def _link_text(self, link: MapLink) -> str:
        return link_words(link, self.source.node(link.source_id), self.source.node(link.target_id))

    def row_texts(self) -> list[str]:
        return [self.items.item(r).text() for r in range(self.items.rowCount())]

    def row_of(self, kind: str, item_id: str) -> QModelIndex:
        row = self._rows.get((kind, item_id))
        return row.index() if row is not None else QModelIndex()

    def _on_node_added(self, node_id: str) -> None:
        self._on_structure("node", node_id, added=True)

    def _on_node_removed(self, node_id: str) -> None:
        self._on_structure("node", node_id, added=False)

    def _on_link_added(self, link_id: str) -> None:
        self._on_structure("link", link_id, added=True)

    def _on_link_removed(self, link_id: str) -> None:
        self._on_structure("link", link_id, added=False)

    def _on_structure(self, kind: str, item_id: str, added: bool) -> None:
        """Nodes or links came or went: one rebuild after the burst (a delete of fifty)."""
        if not added and (gone := self._rows.get((kind, item_id))) is not None:
            self._said.append(
                QCoreApplication.translate("MapAsList", "Removed: {item}").format(item=gone.text())
            )
        elif added:
            self._added.append((kind, item_id))
        if not self._rebuild_due:
            self._rebuild_due = True
            QTimer.singleShot(0, self, self._flush)

    def _flush(self) -> None:
        self._rebuild_due = False
        if not shiboken6.isValid(self.scene):
            return
        self.rebuild()
        said, self._said = self._said, []
        added, self._added = self._added, []
        for key in added:
            if (row := self._rows.get(key)) is not None:
                said.append(
                    QCoreApplication.translate("MapAsList", "Added: {item}").format(item=row.text())
                )
        if said and self._working_here():
            self.announce(
                " ".join(said)
                if len(said) <= 3
                else QCoreApplication.translate("MapAsList", "The map changed.")
            )

    def _on_node_changed(self, node_id: str) -> None:
        view = self.source.node(node_id)
        row = self._rows.get(("node", node_id))
        shown = self.scene.node_item(node_id) is not None
        if (row is None) == shown:  # appeared (a new node) or went (made internal)
            self._on_structure("node", node_id, added=shown)
            return
        if row is None or view is None:
            return
        text = node_words(view)
        if row.text() != text:  # a move alone changes no words and costs nothing here
            old = row.text()
            self._set_text(row, text)
            for link in self.source.links_of(node_id):
                link_row = self._rows.get(("link", link.id))
                if link_row is not None:
                    self._set_text(link_row, self._link_text(link))
            if self._working_here() and old:
                self.announce(
                    QCoreApplication.translate("MapAsList", "Changed: {item}").format(item=text)
                )

    def _on_link_changed(self, link_id: str) -> None:
        link = self.source.link(link_id)
        row = self._rows.get(("link", link_id))
        if link is None or row is None:
            self.rebuild()
            return
        self._set_text(row, self._link_text(link))

    @staticmethod
    def _set_text(row: QStandardItem, text: str) -> None:
        row.setText(text)
        row.setData(text, Qt.ItemDataRole.AccessibleTextRole)
        row.setToolTip(text)

    # -- selection, both ways ----------------------------------------------

    def _selected_keys(self) -> list[tuple[str, str]]:
        return [
            tuple(index.data(KEY_ROLE))  # type: ignore[misc]
            for index in self.list.selectionModel().selectedIndexes()
            if index.data(KEY_ROLE)
        ]

    def _select_keys(
        self, keys: list[tuple[str, str]], current: tuple[str, str] | None = None
    ) -> None:
        selection = QItemSelection()
        for key in keys:
            row = self._rows.get(key)
            if row is not None:
                selection.select(row.index(), row.index())
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.list.selectionModel().select(selection, flags)
        target = self._rows.get(current) if current else None
        if target is None and keys:
            target = self._rows.get(keys[0])
        if target is not None:
            self.list.selectionModel().setCurrentIndex(
                target.index(), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.list.scrollTo(target.index())

    def _scene_keys(self) -> list[tuple[str, str]]:
        keys = [("node", n) for n in self.scene.selected_node_ids()]
        return keys + [("link", lid) for lid in self.scene.selected_link_ids()]

    def _on_scene_selection(self) -> None:
        # A scene being deleted clears its selection from its destructor.
        if self._syncing or not shiboken6.isValid(self.scene) or not shiboken6.isValid(self):
            return
        keys = self._scene_keys()
        self._syncing = True
        try:
            self._select_keys(keys)
        finally:
            self._syncing = False
        self._describe_view()
        if not self._selection_due:
            # Once the selection has settled: select_only clears, then selects.
            self._selection_due = True
            QTimer.singleShot(0, self, self._announce_selection)

    def _announce_selection(self) -> None:
        self._selection_due = False
        if not shiboken6.isValid(self.scene) or self._rebuild_due:
            return  # a rebuild follows and says what was added
        keys = self._scene_keys()
        known = all(key in self._rows for key in keys)
        if known and not self.list.hasFocus() and self._working_here():
            self.announce(self._selection_words(keys))

    def _on_list_selection(self, *_args: object) -> None:
        if self._syncing:
            return
        keys = self._selected_keys()
        self._syncing = True
        try:
            self.scene.select_only(
                [i for kind, i in keys if kind == "node"], [i for kind, i in keys if kind == "link"]
            )
        finally:
            self._syncing = False
        for kind, item_id in keys[:1]:
            item = (
                self.scene.node_item(item_id) if kind == "node" else self.scene.link_item(item_id)
            )
            if item is not None:
                self.map_view.ensureVisible(item, 40, 40)
        self._describe_view()

    def _selection_words(self, keys: list[tuple[str, str]]) -> str:
        if not keys:
            return QCoreApplication.translate("MapAsList", "Nothing selected")
        if len(keys) > 1:
            return QCoreApplication.translate("MapAsList", "{count} selected").format(
                count=len(keys)
            )
        row = self._rows.get(keys[0])
        return QCoreApplication.translate("MapAsList", "Selected: {item}").format(
            item=row.text() if row is not None else ""
        )

    # -- telling assistive technology ------------------------------------

    def announce(self, text: str) -> None:
        """Said by the screen reader without moving focus (polite: after what it is saying)."""
        event = QAccessibleAnnouncementEvent(self.map_view, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        send_event(event)
        self.sig_announced.emit(text)

    def _working_here(self) -> bool:
        """Focus is in this map tab: what changes is the user's own doing, worth saying."""
        focus = QApplication.focusWidget()
        if focus is None:
            return False
        proxy = focus.window().graphicsProxyWidget()  # the in-place editor on the drawing
        if proxy is not None and proxy.scene() is self.scene:
            return True
        return focus is self.tab or self.tab.isAncestorOf(focus)

    def _describe_view(self) -> None:
        nodes = len(self.scene.node_items())
        links = len(self.scene.link_items())
        keys = self._scene_keys()
        text = QCoreApplication.translate(
            "MapAsList",
            "{nodes} nodes and {links} links. {selection}. Press F6 for the map as a list.",
        )
        self.map_view.setAccessibleDescription(
            text.format(nodes=nodes, links=links, selection=self._selection_words(keys))
        )
        self.title.setText(
            QCoreApplication.translate("MapAsList", "The map as a list ({count})").format(
                count=nodes + links
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def panes(self) -> list[QWidget]:
        """What F6 moves between: the drawing, this list (if shown), the side panel's first
        field (if it shows the selection)."""
        panes: list[QWidget] = [self.map_view]
        if self.toggle.isChecked():
            panes.append(self.list)
        field = _first_field(self.tab.editor)  # type: ignore[attr-defined]
        if field is not None:
            panes.append(field)
        return panes

    def switch_pane(self) -> None:
        """F6: drawing → list → side panel → drawing. Tab cannot do it: in the drawing
        Tab walks the nodes, and leaving the drawing by Tab drops the selection."""
        focus = QApplication.focusWidget()
        if focus is self.map_view and not self.toggle.isChecked():
            self.toggle.setChecked(True)  # the first F6 from the drawing opens the list
        panes = self.panes()
        editor = self.tab.editor  # type: ignore[attr-defined]
        here = 0
        for index, pane in enumerate(panes):
            container = editor if editor.isAncestorOf(pane) else pane
            if focus is not None and (focus is pane or container.isAncestorOf(focus)):
                here = index
        target = panes[(here + 1) % len(panes)]
        if target is self.list and not self.list.currentIndex().isValid() and self.items.rowCount():
            self.list.setCurrentIndex(self.items.index(0, 0))
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        self.toggle.setText(QCoreApplication.translate("MapAsList", "List"))
        self.toggle.setToolTip(
            QCoreApplication.translate(
                "MapAsList", "Show the map as a list of its nodes and links in words (F6)"
            )
        )
        self.list.setAccessibleName(QCoreApplication.translate("MapAsList", "The map as a list"))
        self.delete.setText(QCoreApplication.translate("MapAsList", "Delete"))
        self.map_view.viewport().setAccessibleName(self.map_view.accessibleName())
        self.rebuild()


def _first_field(panel: QWidget) -> QWidget | None:
    """The first control Tab would reach in `panel`, if it shows one."""
    widget = panel.nextInFocusChain()
    while widget is not panel and widget is not None and panel.isAncestorOf(widget):
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


def map_lists(root: QObject) -> list[MapAsList]:
    return root.findChildren(MapAsList)
