"""The "Goals and plan" tab: the family's goals with their detail, and the plan on one page.

Two pages behind a pair of buttons: "Goals" (the list with an inline form on
the left, the chosen goal's ratings and steps on the right) and "Family
plan" (`PlanOverview`). Both are filled from one read of the family's plan
entities whenever a change touches them, whoever made it (the map, a sync).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.core.plan import Goal, GoalStatus
from ftbt_desktop.core.plan_view import PlanData, goal_sort_key
from ftbt_desktop.operations import records
from ftbt_desktop.storage.errors import NotFound, VaultError
from ftbt_desktop.storage.repository import ChangeSet
from ftbt_desktop.ui.family_map.map_model import node_id_for
from ftbt_desktop.ui.plan.goal_detail import GoalDetail
from ftbt_desktop.ui.plan.goal_form import GoalForm
from ftbt_desktop.ui.plan.plan_data import load_plan, touches_plan
from ftbt_desktop.ui.plan.plan_overview import PlanOverview
from ftbt_desktop.ui.plan.plan_words import goal_status_label, whole_family_label
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.entity_form import EntityForm
from ftbt_desktop.ui.workspace.family_page import FamilyPage
from ftbt_desktop.ui.workspace.form_writes import write_or_say
from ftbt_desktop.ui.workspace.inline import InlineConfirm, MessageLine
from ftbt_desktop.words.common import EMPTY, date_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1
GOAL_COLUMNS = 4  # goal, for, status, target date
GOALS_PAGE, PLAN_PAGE = 0, 1


class GoalsPlanTab(FamilyPage):
    REFUSED_PAGE = "plan"

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self.setObjectName("goals_plan_tab")
        self.today: Callable[[], dt.date] = dt.date.today  # tests move the day
        self._data = PlanData()
        self._selected_id: str | None = None

        self.goals_button = QPushButton(self)
        self.goals_button.setObjectName("plan_show_goals")
        self.plan_button = QPushButton(self)
        self.plan_button.setObjectName("plan_show_plan")
        self.page_buttons = QButtonGroup(self)
        for index, button in enumerate((self.goals_button, self.plan_button)):
            button.setCheckable(True)
            self.page_buttons.addButton(button, index)
        self.goals_button.setChecked(True)

        self.goal_list = QTreeWidget(self)
        self.goal_list.setObjectName("goal_list")
        self.goal_list.setColumnCount(GOAL_COLUMNS)
        self.goal_list.setRootIsDecorated(False)
        self.goal_list.setUniformRowHeights(True)
        self.goal_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.goal_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # "For" can name several members: a fixed width the user may drag, with a tooltip.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 140)
        for column in range(2, GOAL_COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.new_goal_button = QPushButton(self)
        self.new_goal_button.setObjectName("goal_new")
        self.edit_goal_button = QPushButton(self)
        self.edit_goal_button.setObjectName("goal_edit")
        self.remove_goal_button = QPushButton(self)
        self.remove_goal_button.setObjectName("goal_remove")
        self.remove_confirm = InlineConfirm("goal_remove_confirm", self)
        self.message = MessageLine("goals_error", self)
        self.goal_form = GoalForm(service, self)
        self.detail = GoalDetail(service, self)
        self.overview = PlanOverview(self)

        left = QWidget(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_goal_button)
        buttons.addWidget(self.edit_goal_button)
        buttons.addWidget(self.remove_goal_button)
        buttons.addStretch(1)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.goal_list, 1)
        self.refused_label.setParent(left)
        left_layout.addWidget(self.refused_label)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.remove_confirm)
        left_layout.addWidget(self.message)
        left_layout.addWidget(self.goal_form)
        scroll = QScrollArea(self)
        self.detail_scroll = scroll  # named in retranslate: it takes focus
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([400, 600])
        self.pages = QStackedWidget(self)
        self.pages.addWidget(splitter)
        self.pages.addWidget(self.overview)

        switch = QHBoxLayout()
        switch.addWidget(self.goals_button)
        switch.addWidget(self.plan_button)
        switch.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(switch)
        layout.addWidget(self.pages, 1)

        self.page_buttons.idClicked.connect(self.pages.setCurrentIndex)
        self.goal_list.itemSelectionChanged.connect(self._on_goal_selected)
        self.goal_list.itemActivated.connect(lambda _item, _col: self.edit_selected_goal())
        self.new_goal_button.clicked.connect(self.new_goal)
        self.edit_goal_button.clicked.connect(self.edit_selected_goal)
        self.remove_goal_button.clicked.connect(self._ask_remove)
        self.remove_confirm.sig_confirmed.connect(self._remove_confirmed)
        self.goal_form.sig_saved.connect(self.select_goal)
        self.overview.sig_goal_activated.connect(self._open_goal)
        service.sig_locked.connect(self._on_locked)
        self.goal_form.sig_closed.connect(self._update_buttons)
        self.retranslate()
        self._update_buttons()

    def tab_title(self) -> str:
        return self.tr("Goals and plan")

    # -- public ------------------------------------------------------------

    @property
    def data(self) -> PlanData:
        return self._data

    def goals(self) -> list[Goal]:
        """The goals in the list's order."""
        return sorted(self._data.goals, key=goal_sort_key)

    def goal_row_texts(self, goal_id: str) -> list[str]:
        item = self._goal_item(goal_id)
        assert item is not None, goal_id
        return [item.text(c) for c in range(GOAL_COLUMNS)]

    def select_goal(self, goal_id: str) -> None:
        self._selected_id = goal_id
        item = self._goal_item(goal_id)
        if item is not None:
            self.goal_list.setCurrentItem(item)
        self._show_detail()

    def _open_goal(self, goal_id: str) -> None:
        self.show_page(GOALS_PAGE)
        self.select_goal(goal_id)

    def show_page(self, page: int) -> None:
        self.page_buttons.button(page).setChecked(True)
        self.pages.setCurrentIndex(page)

    # -- refresh -----------------------------------------------------------

    def forms(self) -> list[EntityForm]:
        return [self.goal_form]

    def family_switched(self) -> None:
        super().family_switched()
        self._selected_id = None
        self.detail.step_form.cancel()
        self.remove_confirm.hide()
        self.message.clear_message()
        self.detail.family_id = self.family_id

    def reload(self) -> None:
        super().reload()
        self._data = load_plan(self.service, self.family_id)
        today = self.today()
        if self.service.is_unlocked:  # locked: keep the ticks of an open form as they are
            self.goal_form.set_members(self._data.members)
        self._fill_goals()
        self._show_detail()
        # Beside the goal they concern when it is listed (goal_detail.py); here
        # what has no listed goal to stand beside (a goal added here, refused).
        listed = {goal.id for goal in self._data.goals}
        self.show_refused(
            lambda thing: (
                thing.entity_id not in listed and thing.values.get("goal_id") not in listed
            )
        )
        self.overview.set_data(self._data, today)
        self._update_buttons()

    def _on_locked(self) -> None:
        """Show nothing of the family behind the unlock screen; open forms keep their text."""
        selected = self._selected_id
        self.reload()
        self._selected_id = selected  # the same goal again after unlocking

    def on_changes(self, changes: ChangeSet) -> None:
        if touches_plan(changes):
            self.refresh()

    # -- unsaved typing (asked before another family or closing) ------------

    # The goal form (FamilyPage), and the goal's step form and rating row.

    def unsaved_input(self) -> bool:
        return super().unsaved_input() or (self.family_id is not None and self.detail.has_typing())

    def save_unsaved(self) -> bool:
        self.show_page(GOALS_PAGE)  # where a refusal is said
        return super().save_unsaved() and self.detail.save_typing()

    def discard_unsaved(self) -> None:
        super().discard_unsaved()
        self.detail.discard_typing()

    def _fill_goals(self) -> None:
        self.goal_list.blockSignals(True)
        self.goal_list.clear()
        items = []
        for goal in self.goals():
            # In the family's order (as in Members), not the order the ids are stored in.
            names = [m.name for m in self._data.members if m.id in goal.member_ids]
            item = QTreeWidgetItem(
                [
                    goal.text,
                    ", ".join(names) if names else whole_family_label(),
                    goal_status_label(goal.status),
                    date_text(goal.target_date) if goal.target_date else EMPTY,
                ]
            )
            item.setData(0, ID_ROLE, goal.id)
            item.setToolTip(0, goal.text)
            item.setToolTip(1, item.text(1))
            if goal.status is not GoalStatus.ACTIVE:
                font = item.font(0)
                font.setItalic(True)
                for column in range(GOAL_COLUMNS):
                    item.setFont(column, font)
            items.append(item)
        self.goal_list.addTopLevelItems(items)
        if self._selected_id is not None and self._data.goal(self._selected_id) is None:
            self._selected_id = None
        if self._selected_id is None and items:
            self._selected_id = items[0].data(0, ID_ROLE)
        current = self._goal_item(self._selected_id) if self._selected_id else None
        if current is not None:
            self.goal_list.setCurrentItem(current)
        self.goal_list.blockSignals(False)

    def _goal_item(self, goal_id: str | None) -> QTreeWidgetItem | None:
        for row in range(self.goal_list.topLevelItemCount()):
            item = self.goal_list.topLevelItem(row)
            if item.data(0, ID_ROLE) == goal_id:
                return item
        return None

    def _show_detail(self) -> None:
        self.detail.family_id = self.family_id
        self.detail.show_goal(self._data, self._selected_id, self.today())

    def _on_goal_selected(self) -> None:
        item = self.goal_list.currentItem()
        self._selected_id = item.data(0, ID_ROLE) if item is not None else None
        self.remove_confirm.hide()
        self._show_detail()
        self._update_buttons()

    def _selected_goal(self) -> Goal | None:
        return self._data.goal(self._selected_id) if self._selected_id else None

    def _update_buttons(self) -> None:
        has_family = self.family_id is not None and self.service.is_unlocked
        self.new_goal_button.setEnabled(has_family)
        self.edit_goal_button.setEnabled(self._selected_goal() is not None)
        self.remove_goal_button.setEnabled(self._selected_goal() is not None)

    # -- goals -------------------------------------------------------------

    def new_goal(self) -> None:
        if self.family_id is None:
            return
        self.remove_confirm.hide()
        if self.goal_form.isVisible() and self.goal_form.goal_id is None:
            self.goal_form.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)  # keep the text
            return
        self.goal_form.start_new(self.family_id)

    def edit_selected_goal(self) -> None:
        goal = self._selected_goal()
        if goal is not None:
            self.remove_confirm.hide()
            self.goal_form.start_edit(goal)

    def _ask_remove(self) -> None:
        goal = self._selected_goal()
        if goal is None:
            return
        self.remove_confirm.setProperty("goal_id", goal.id)
        self.remove_confirm.ask(
            self.tr(
                "Remove the goal “{text}” with its steps and ratings, here and on the map? "
                "It stays in the history. A goal that is reached or dropped can keep its "
                "place with that status instead."
            ).format(text=goal.text),
            self.tr("Remove goal"),
            self.tr("Keep it"),
        )

    def _remove_confirmed(self) -> None:
        goal_id = self.remove_confirm.property("goal_id")
        if not goal_id:
            return
        ids = [goal_id]
        ids += [s.id for s in self._data.steps if s.goal_id == goal_id]
        ids += [r.id for r in self._data.ratings if r.goal_id == goal_id]
        try:
            node_id = node_id_for(goal_id)
            self.service.load_one(node_id)
            ids.append(node_id)
        except (NotFound, VaultError):
            pass  # never placed on the map
        write_or_say(
            self.message, lambda: self.service.run(records.delete_records, ids, initiator=self)
        )

    # -- language ----------------------------------------------------------

    def retranslate(self) -> None:
        self.detail_scroll.setAccessibleName(self.tr("The chosen goal"))
        self.goals_button.setText(self.tr("Goals"))
        self.plan_button.setText(self.tr("Family plan"))
        self.goal_list.setHeaderLabels(
            [self.tr("Goal"), self.tr("For"), self.tr("Status"), self.tr("Target date")]
        )
        self.goal_list.setAccessibleName(self.tr("The family's goals"))
        self.new_goal_button.setText(self.tr("New goal"))
        self.edit_goal_button.setText(self.tr("Edit goal"))
        self.remove_goal_button.setText(self.tr("Remove goal"))
