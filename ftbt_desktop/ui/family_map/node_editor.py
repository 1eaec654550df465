"""The side panel: edit the selected node or link with the keyboard as well as by hand.

For a node: its words, an actor's kind, life area, the members it
concerns, whether it is internal, and a "link to" row (so linking needs no
mouse). For a link: its kind, both ways, its words. The panel only asks
(signals); the tab makes the undo commands.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.core.family_map import LinkKind, MapLink, NodeKind
from ftbt_desktop.core.model import LifeArea, Member
from ftbt_desktop.core.plan import ActorKind
from ftbt_desktop.mapdraw.node_view import NodeView
from ftbt_desktop.mapdraw.shapes import TOUCH_PX
from ftbt_desktop.ui.family_map.touch import finger_sized_controls
from ftbt_desktop.words.map import (
    actor_kind_label,
    internal_label,
    life_area_label,
    link_kind_label,
    node_kind_label,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PANEL_WIDTH = 300


class NodeEditor(QWidget):
    sig_relabel = Signal(str, str)  # node id, words
    sig_life_area = Signal(str, object)  # node id, LifeArea | None
    sig_members = Signal(str, list)  # node id, member ids
    sig_internal = Signal(str, bool)  # node id, internal
    sig_link_to = Signal(str, str, str)  # source id, target id, LinkKind value
    sig_link_kind = Signal(str, str, bool)  # link id, LinkKind value, mutual
    sig_link_label = Signal(str, str)  # link id, words
    sig_actor_kind = Signal(str, str)  # node id, ActorKind value

    def __init__(self, kitchen_mode: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map_editor")
        self.setFixedWidth(PANEL_WIDTH)
        self.kitchen_mode = kitchen_mode
        self.read_only = False  # the supervisor's review: the hint offers no editing
        self._node: NodeView | None = None
        self._link: MapLink | None = None

        self.hint = QLabel(self)
        self.hint.setObjectName("map_editor_hint")
        self.hint.setWordWrap(True)

        self.node_box = QGroupBox(self)
        self.node_box.setObjectName("map_editor_node")
        self.label_edit = QLineEdit(self.node_box)
        self.label_edit.setObjectName("map_editor_label")
        self.area_combo = QComboBox(self.node_box)
        self.area_combo.setObjectName("map_editor_life_area")
        self.members_label = QLabel(self.node_box)
        self.members_list = QListWidget(self.node_box)
        self.members_list.setObjectName("map_editor_members")
        self.members_list.setMaximumHeight(4 * TOUCH_PX + 4)
        self.members_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.internal_check = QCheckBox(self.node_box)
        self.internal_check.setObjectName("map_editor_internal")
        self.actor_kind_combo = QComboBox(self.node_box)
        self.actor_kind_combo.setObjectName("map_editor_actor_kind")
        for actor_kind in ActorKind:
            self.actor_kind_combo.addItem("", actor_kind.value)
        self.link_target = QComboBox(self.node_box)
        self.link_target.setObjectName("map_editor_link_target")
        self.link_kind_new = QComboBox(self.node_box)
        self.link_kind_new.setObjectName("map_editor_link_new_kind")
        self.link_button = QPushButton(self.node_box)
        self.link_button.setObjectName("map_editor_link_button")
        self._label_label = QLabel(self.node_box)
        self._actor_kind_label = QLabel(self.node_box)
        self._area_label = QLabel(self.node_box)
        self._link_to_label = QLabel(self.node_box)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self._label_label, self.label_edit)
        form.addRow(self._actor_kind_label, self.actor_kind_combo)
        form.addRow(self._area_label, self.area_combo)
        form.addRow(self.members_label, self.members_list)
        form.addRow(self.internal_check)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link_kind_new, 1)
        link_row.addWidget(self.link_button)
        form.addRow(self._link_to_label, self.link_target)
        form.addRow(link_row)
        self.node_box.setLayout(form)
        self._label_label.setBuddy(self.label_edit)
        self._actor_kind_label.setBuddy(self.actor_kind_combo)
        self._area_label.setBuddy(self.area_combo)
        self.members_label.setBuddy(self.members_list)
        self._link_to_label.setBuddy(self.link_target)

        self.link_box = QGroupBox(self)
        self.link_box.setObjectName("map_editor_link")
        self.link_ends = QLabel(self.link_box)
        self.link_ends.setWordWrap(True)
        self.kind_combo = QComboBox(self.link_box)
        self.kind_combo.setObjectName("map_editor_link_kind")
        self.mutual_check = QCheckBox(self.link_box)
        self.mutual_check.setObjectName("map_editor_link_mutual")
        self.link_label_edit = QLineEdit(self.link_box)
        self.link_label_edit.setObjectName("map_editor_link_label")
        self._kind_label = QLabel(self.link_box)
        self._link_words_label = QLabel(self.link_box)
        link_form = QFormLayout()
        link_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        link_form.addRow(self.link_ends)
        link_form.addRow(self._kind_label, self.kind_combo)
        link_form.addRow(self.mutual_check)
        link_form.addRow(self._link_words_label, self.link_label_edit)
        self.link_box.setLayout(link_form)
        self._kind_label.setBuddy(self.kind_combo)
        self._link_words_label.setBuddy(self.link_label_edit)

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.node_box)
        layout.addWidget(self.link_box)
        layout.addStretch(1)

        self.label_edit.editingFinished.connect(self._label_done)
        self.area_combo.activated.connect(self._area_chosen)
        self.members_list.itemChanged.connect(self._members_changed)
        self.internal_check.toggled.connect(self._internal_toggled)
        self.link_button.clicked.connect(self._link_clicked)
        self.link_target.currentIndexChanged.connect(self._link_target_chosen)
        self.actor_kind_combo.activated.connect(self._actor_kind_chosen)
        self.kind_combo.activated.connect(self._link_kind_chosen)
        self.mutual_check.toggled.connect(self._link_kind_chosen)
        self.link_label_edit.editingFinished.connect(self._link_label_done)
        finger_sized_controls(self)
        self.retranslate()
        self.show_nothing()

    # -- what is shown -----------------------------------------------------

    @property
    def node_id(self) -> str | None:
        return None if self._node is None else self._node.id

    @property
    def link_id(self) -> str | None:
        return None if self._link is None else self._link.id

    def show_nothing(self) -> None:
        self._node, self._link = None, None
        # At the kitchen table the screen is the family's: no help text for the coordinator.
        self.hint.setVisible(not self.kitchen_mode)
        self.node_box.hide()
        self.link_box.hide()

    def show_node(self, view: NodeView, members: list[Member], others: list[NodeView]) -> None:
        """Fill the panel for one node; text being typed in the words field is kept."""
        same = self._node is not None and self._node.id == view.id
        self._node, self._link = view, None
        self.hint.hide()
        self.link_box.hide()
        self.node_box.show()
        self.node_box.setTitle(node_kind_label(view.kind))
        if not (same and self.label_edit.hasFocus()):
            self.label_edit.setText(view.label)
        self._fill_areas(view.life_area)
        is_member = view.kind is NodeKind.MEMBER
        self.members_label.setVisible(not is_member)
        self.members_list.setVisible(not is_member)
        self.members_list.blockSignals(True)
        try:
            self.members_list.clear()
            for member in members:
                item = QListWidgetItem(member.name, self.members_list)
                item.setData(ID_ROLE, member.id)
                item.setSizeHint(QSize(PANEL_WIDTH - 80, TOUCH_PX))  # a finger-sized row
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = member.id in view.member_ids
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        finally:
            self.members_list.blockSignals(False)
        self.internal_check.setVisible(not self.kitchen_mode)
        self.internal_check.blockSignals(True)
        self.internal_check.setChecked(view.internal)
        self.internal_check.blockSignals(False)
        is_actor = view.kind is NodeKind.ACTOR
        self._actor_kind_label.setVisible(is_actor)
        self.actor_kind_combo.setVisible(is_actor)
        kind_value = (view.actor_kind or ActorKind.OTHER).value
        self.actor_kind_combo.setCurrentIndex(max(self.actor_kind_combo.findData(kind_value), 0))
        # "Link to" starts empty for every node: a choice made for the previous
        # node must not link this one somewhere the coordinator did not pick.
        current_target = self.link_target.currentData() if same else None
        self.link_target.blockSignals(True)
        self.link_target.clear()
        for other in others:
            if other.id != view.id:
                self.link_target.addItem(other.label or node_kind_label(other.kind), other.id)
        self.link_target.setCurrentIndex(self.link_target.findData(current_target))
        self.link_target.blockSignals(False)
        if not same:
            self.link_kind_new.setCurrentIndex(0)
        self._link_target_chosen()

    def show_link(self, link: MapLink, source: str, target: str) -> None:
        self._node, self._link = None, link
        self.hint.hide()
        self.node_box.hide()
        self.link_box.show()
        self.link_ends.setText(f"{source} → {target}")
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(link.kind.value), 0))
        self.mutual_check.blockSignals(True)
        self.mutual_check.setChecked(link.mutual)
        self.mutual_check.blockSignals(False)
        if not self.link_label_edit.hasFocus():
            self.link_label_edit.setText(link.label or "")

    def _fill_areas(self, current: LifeArea | None) -> None:
        self.area_combo.blockSignals(True)
        try:
            self.area_combo.clear()
            self.area_combo.addItem(life_area_label(None), None)
            for area in LifeArea:
                self.area_combo.addItem(life_area_label(area), area.value)
            index = self.area_combo.findData(None if current is None else current.value)
            self.area_combo.setCurrentIndex(max(index, 0))
        finally:
            self.area_combo.blockSignals(False)

    # -- the user's edits --------------------------------------------------

    def _label_done(self) -> None:
        if self._node is not None and self.label_edit.text().strip() != self._node.label:
            self.sig_relabel.emit(self._node.id, self.label_edit.text())

    def _area_chosen(self, index: int) -> None:
        if self._node is None:
            return
        value = self.area_combo.itemData(index)
        area = None if value is None else LifeArea(value)
        if area != self._node.life_area:
            self.sig_life_area.emit(self._node.id, area)

    def _members_changed(self, _item: QListWidgetItem) -> None:
        if self._node is None:
            return
        checked = [
            self.members_list.item(row).data(ID_ROLE)
            for row in range(self.members_list.count())
            if self.members_list.item(row).checkState() == Qt.CheckState.Checked
        ]
        if sorted(checked) != sorted(self._node.member_ids):
            self.sig_members.emit(self._node.id, checked)

    def _internal_toggled(self, checked: bool) -> None:
        if self._node is not None and checked != self._node.internal:
            self.sig_internal.emit(self._node.id, checked)

    def _link_target_chosen(self, *_args: object) -> None:
        self.link_button.setEnabled(self.link_target.currentIndex() >= 0)

    def _link_clicked(self) -> None:
        if self.link_target.currentIndex() < 0:
            return
        target = self.link_target.currentData()
        kind = self.link_kind_new.currentData()
        if self._node is not None and target:
            self.sig_link_to.emit(self._node.id, target, kind)

    def _actor_kind_chosen(self, index: int) -> None:
        if self._node is None or self._node.kind is not NodeKind.ACTOR:
            return
        value = self.actor_kind_combo.itemData(index)
        if value and value != (self._node.actor_kind or ActorKind.OTHER).value:
            self.sig_actor_kind.emit(self._node.id, value)

    def _link_kind_chosen(self, *_args: object) -> None:
        if self._link is None:
            return
        kind = self.kind_combo.currentData()
        mutual = self.mutual_check.isChecked()
        if kind != self._link.kind.value or mutual != self._link.mutual:
            self.sig_link_kind.emit(self._link.id, kind, mutual)

    def _link_label_done(self) -> None:
        if self._link is not None and self.link_label_edit.text().strip() != (
            self._link.label or ""
        ):
            self.sig_link_label.emit(self._link.id, self.link_label_edit.text())

    # -- language ----------------------------------------------------------

    def set_read_only(self, on: bool) -> None:
        """The supervisor's review: the hint says the map is for reading."""
        if on != self.read_only:
            self.read_only = on
            self._set_hint()

    def _set_hint(self) -> None:
        if self.read_only:
            self.hint.setText(
                self.tr(
                    "Read-only: select something on the map to see it here. Zoom and fit "
                    "work; nothing can be added or moved."
                )
            )
            return
        self.hint.setText(
            self.tr(
                "Select something on the map to change it here. Double-click empty space"
                " to add, drag from the round handle of a selected node to link it."
            )
        )

    def retranslate(self) -> None:
        self._set_hint()
        self._label_label.setText(self.tr("&Words"))
        self._area_label.setText(self.tr("Life &area"))
        self.members_label.setText(self.tr("Concerns &these members"))
        self.internal_check.setText(internal_label())
        self._link_to_label.setText(self.tr("Lin&k to"))
        self.link_target.setPlaceholderText(self.tr("Choose what to link to"))
        self._actor_kind_label.setText(self.tr("Kind of ac&tor"))
        for row in range(self.actor_kind_combo.count()):
            self.actor_kind_combo.setItemText(
                row, actor_kind_label(self.actor_kind_combo.itemData(row))
            )
        self.link_button.setText(self.tr("Add link"))
        self.link_box.setTitle(self.tr("Link"))
        self._kind_label.setText(self.tr("&Kind"))
        self.mutual_check.setText(self.tr("&Both ways"))
        self._link_words_label.setText(self.tr("&Words"))
        for combo in (self.kind_combo, self.link_kind_new):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for kind in LinkKind:
                combo.addItem(link_kind_label(kind), kind.value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        if self._node is not None:
            self.node_box.setTitle(node_kind_label(self._node.kind))
            self._fill_areas(self._node.life_area)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
