"""The family plan on one page: every active goal and open step, grouped by member or
by who does it ("what does the school do"), for coordinating across departments.

A tree: groups, their goals, the open steps under each goal. An actor without
a valid consent is marked with an icon and the words, on its group and on
every step it does; an overdue step says "Overdue".
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.core.plan_view import (
    GroupKind,
    PlanData,
    PlanGroup,
    active_goals,
    is_overdue,
    plan_by_member,
    plan_by_owner,
)
from ftbt_desktop.ui.plan.owner_names import OwnerNames
from ftbt_desktop.ui.plan.plan_words import (
    coordinator_label,
    no_consent_word,
    overdue_word,
    removed_owner_label,
    warning_icon,
    whole_family_label,
)
from ftbt_desktop.words.common import EMPTY, date_text
from ftbt_desktop.words.map import life_area_label

BY_MEMBER = "member"
BY_OWNER = "owner"
COLUMNS = 4  # what, who, by when, marks
ID_ROLE = Qt.ItemDataRole.UserRole + 1
GOAL_ROLE = Qt.ItemDataRole.UserRole + 2


class PlanOverview(QWidget):
    sig_goal_activated = Signal(str)  # a goal or one of its steps was double-clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_overview")
        self._data = PlanData()
        self._today = dt.date.today()
        self._groups: list[PlanGroup] = []
        self._stale = False

        self.group_label = QLabel(self)
        self.group_combo = QComboBox(self)
        self.group_combo.setObjectName("plan_group_by")
        self.group_combo.addItem("", BY_MEMBER)
        self.group_combo.addItem("", BY_OWNER)
        self.group_label.setBuddy(self.group_combo)
        self.summary = QLabel(self)
        self.summary.setObjectName("plan_summary")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("plan_tree")
        self.tree.setColumnCount(COLUMNS)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Widths set from the words they hold (see `_size_columns`), which the user may
        # drag: sizing to contents would measure every row of a big plan on each refresh.
        for column in range(1, COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)

        top = QHBoxLayout()
        top.addWidget(self.group_label)
        top.addWidget(self.group_combo)
        top.addStretch(1)
        top.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        self.group_combo.currentIndexChanged.connect(lambda _i: self._fill())
        self.tree.itemActivated.connect(self._on_activated)
        self.retranslate()

    # -- public ------------------------------------------------------------

    def grouping(self) -> str:
        return str(self.group_combo.currentData())

    def set_grouping(self, grouping: str) -> None:
        self.group_combo.setCurrentIndex(self.group_combo.findData(grouping))

    def groups(self) -> list[PlanGroup]:
        return list(self._groups)

    def group_items(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]

    def set_data(self, data: PlanData, today: dt.date) -> None:
        self._data = data
        self._today = today
        # Built only while shown: the Goals page is the usual one, and a big
        # family's plan tree is the costliest part of a refresh.
        if self.isVisible():
            self._fill()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._fill()

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        goal_id = item.data(0, GOAL_ROLE)
        if goal_id:
            self.sig_goal_activated.emit(goal_id)

    # -- filling -----------------------------------------------------------

    def _fill(self) -> None:
        self._stale = False
        data, today = self._data, self._today
        names = OwnerNames(data, today)
        by_member = self.grouping() == BY_MEMBER
        self._groups = plan_by_member(data) if by_member else plan_by_owner(data)
        # Groups the coordinator folded stay folded across a refresh.
        collapsed = {
            item.data(0, ID_ROLE) for item in self.group_items() if item and not item.isExpanded()
        }
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        items = []
        for group in self._groups:
            group_item = QTreeWidgetItem([self._group_title(group, names), "", "", ""])
            key = f"{group.kind}:{group.ref_id}"
            group_item.setData(0, ID_ROLE, key)
            font = group_item.font(0)
            font.setBold(True)
            group_item.setFont(0, font)
            group_item.setFirstColumnSpanned(False)
            if group.kind is GroupKind.ACTOR and names.actor_lacks_consent(str(group.ref_id)):
                group_item.setIcon(0, warning_icon())
                group_item.setText(3, no_consent_word())
                group_item.setIcon(3, warning_icon())
            if not group.entries:
                empty = QTreeWidgetItem([self.tr("Nothing to do in the plan"), "", "", ""])
                empty.setDisabled(True)
                group_item.addChild(empty)
            for entry in group.entries:
                goal = entry.goal
                target = date_text(goal.target_date) if goal.target_date else ""
                goal_item = QTreeWidgetItem(
                    [
                        self.tr("Goal: {text}").format(text=goal.text),
                        life_area_label(goal.life_area),
                        target,
                        "",
                    ]
                )
                goal_item.setData(0, ID_ROLE, goal.id)
                goal_item.setData(0, GOAL_ROLE, goal.id)
                goal_item.setToolTip(0, self.tr("Double-click to open the goal"))
                if not entry.steps:
                    goal_item.setText(3, self.tr("No open steps"))
                for step in entry.steps:
                    step_item = QTreeWidgetItem(
                        [
                            step.what,
                            names.owner(step),
                            date_text(step.due) if step.due else EMPTY,
                            "",
                        ]
                    )
                    step_item.setData(0, ID_ROLE, step.id)
                    step_item.setData(0, GOAL_ROLE, goal.id)
                    if names.lacks_consent(step):
                        step_item.setIcon(1, warning_icon())
                    if is_overdue(step, today):
                        step_item.setText(3, overdue_word())
                        step_item.setIcon(3, warning_icon())
                    goal_item.addChild(step_item)
                group_item.addChild(goal_item)
            items.append(group_item)
        self.tree.addTopLevelItems(items)
        for item in items:
            item.setExpanded(item.data(0, ID_ROLE) not in collapsed)
            for row in range(item.childCount()):
                item.child(row).setExpanded(True)
        self.tree.setUpdatesEnabled(True)
        active = active_goals(data.goals)
        active_ids = {g.id for g in active}
        steps = sum(1 for s in data.steps if not s.done and s.goal_id in active_ids)
        self.summary.setText(
            self.tr("Active goals: {goals} · Open steps: {steps}").format(
                goals=len(active), steps=steps
            )
        )

    def _group_title(self, group: PlanGroup, names: OwnerNames) -> str:
        ref = str(group.ref_id)
        if group.kind is GroupKind.MEMBER:
            return names.member(ref)
        if group.kind is GroupKind.FAMILY:
            return whole_family_label()
        if group.kind is GroupKind.ACTOR:
            return names.actor(ref)
        if group.kind is GroupKind.COORDINATOR:
            return coordinator_label()
        if group.kind is GroupKind.OWNER_MEMBER:
            return names.member(ref)
        return removed_owner_label()

    # -- language ----------------------------------------------------------

    def retranslate(self) -> None:
        self.group_label.setText(self.tr("&Group by:"))
        self.group_combo.setItemText(0, self.tr("Family member"))
        self.group_combo.setItemText(1, self.tr("Who does it (actor, coordinator, member)"))
        self.tree.setHeaderLabels(
            [
                self.tr("Goal and steps"),
                self.tr("Who / life area"),
                self.tr("By when"),
                self.tr("Notes"),
            ]
        )
        self.tree.setAccessibleName(self.tr("The family plan"))
        self._size_columns()
        self._fill()

    def _size_columns(self) -> None:
        metrics = self.tree.fontMetrics()
        icon = self.tree.iconSize().width() or 16
        header = self.tree.header()
        header.resizeSection(1, metrics.averageCharWidth() * 34)
        header.resizeSection(2, metrics.horizontalAdvance(date_text("2025-12-31")) + 24)
        marks = max(metrics.horizontalAdvance(w) for w in (overdue_word(), no_consent_word()))
        header.resizeSection(3, marks + icon + 32)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
