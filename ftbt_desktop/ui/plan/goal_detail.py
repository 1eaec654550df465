"""One goal in full: its words, why, the ratings chart, "where are you now?" and its steps.

Steps are a table with a "done" box in the first column; an overdue step
says "Overdue" with a warning icon (never colour alone). An actor without a
valid consent is named with the words "no valid consent".
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.core.plan import Goal, ProgressRating, Step
from ftbt_desktop.core.plan_view import PlanData, is_overdue
from ftbt_desktop.operations import plan as plan_ops
from ftbt_desktop.operations import records
from ftbt_desktop.ui.measures.future_dates import answered_in_the_future_text, is_future
from ftbt_desktop.ui.plan.owner_names import OwnerNames
from ftbt_desktop.ui.plan.plan_words import (
    done_word,
    goal_status_label,
    overdue_word,
    warning_icon,
    whole_family_label,
)
from ftbt_desktop.ui.plan.rating_chart import RatingChart
from ftbt_desktop.ui.plan.step_form import StepForm
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.sync.refused_changes import RefusedLabel, load_refused, not_sent_text
from ftbt_desktop.ui.workspace.form_writes import write_or_say
from ftbt_desktop.ui.workspace.inline import InlineConfirm, MessageLine
from ftbt_desktop.ui.workspace.inputs import DateEdit
from ftbt_desktop.words.common import EMPTY, date_text
from ftbt_desktop.words.map import life_area_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STEP_COLUMNS = 5  # done, what, who, by when, status
NO_VALUE = -1  # the spin box's "not chosen yet"


class GoalDetail(QWidget):
    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goal_detail")
        self.service = service
        self.family_id: str | None = None
        self._goal: Goal | None = None
        self._steps: list[Step] = []
        self._ratings: list[ProgressRating] = []
        self._today = dt.date.today()
        self._names = OwnerNames(PlanData(), self._today)

        self.title = QLabel(self)
        self.title.setObjectName("goal_detail_title")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.meta = QLabel(self)
        self.meta.setObjectName("goal_detail_meta")
        self.meta.setWordWrap(True)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.why = QLabel(self)
        self.why.setObjectName("goal_detail_why")
        self.why.setWordWrap(True)
        self.why.setTextFormat(Qt.TextFormat.PlainText)
        # What the server refused of this goal, its ratings and steps (a family handed over).
        self.refused_label = RefusedLabel("goal_detail_refused", self)

        self.ratings_heading = self._heading()
        self.chart = RatingChart(self)
        self.rating_date = DateEdit("rating_date", self)
        self.rating_value = QSpinBox(self)
        self.rating_value.setObjectName("rating_value")
        self.rating_value.setRange(NO_VALUE, 10)
        self.rating_value.setValue(NO_VALUE)
        self.rating_value.setSpecialValueText(EMPTY)
        self.rating_note = QLineEdit(self)
        self.rating_note.setObjectName("rating_note")
        self.rating_add = QPushButton(self)
        self.rating_add.setObjectName("rating_add")
        self.rating_message = MessageLine("rating_error", self)
        self.rating_list = QListWidget(self)
        self.rating_list.setObjectName("rating_list")
        self.rating_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 8)
        self.rating_remove = QPushButton(self)
        self.rating_remove.setObjectName("rating_remove")

        self.steps_heading = self._heading()
        self.steps_table = QTableWidget(0, STEP_COLUMNS, self)
        self.steps_table.setObjectName("steps_table")
        self.steps_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps_table.verticalHeader().hide()
        self.steps_table.setTabKeyNavigation(False)
        header = self.steps_table.horizontalHeader()
        for column in range(STEP_COLUMNS):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == 1
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        self.step_add = QPushButton(self)
        self.step_add.setObjectName("step_add")
        self.step_edit = QPushButton(self)
        self.step_edit.setObjectName("step_edit")
        self.step_remove = QPushButton(self)
        self.step_remove.setObjectName("step_remove")
        self.step_confirm = InlineConfirm("step_remove_confirm", self)
        self.message = MessageLine("goal_detail_error", self)
        self.step_form = StepForm(service, self)

        rating_row = QHBoxLayout()
        rating_row.addWidget(self.rating_date)
        rating_row.addWidget(self.rating_value)
        rating_row.addWidget(self.rating_note, 1)
        rating_row.addWidget(self.rating_add)
        rating_tools = QHBoxLayout()
        rating_tools.addWidget(self.rating_list, 1)
        rating_tools.addWidget(self.rating_remove, 0, Qt.AlignmentFlag.AlignTop)
        step_buttons = QHBoxLayout()
        step_buttons.addWidget(self.step_add)
        step_buttons.addWidget(self.step_edit)
        step_buttons.addWidget(self.step_remove)
        step_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.why)
        layout.addWidget(self.refused_label)
        layout.addWidget(self.ratings_heading)
        layout.addWidget(self.chart)
        layout.addLayout(rating_row)
        layout.addWidget(self.rating_message)
        layout.addLayout(rating_tools)
        layout.addWidget(self.steps_heading)
        layout.addWidget(self.steps_table, 1)
        layout.addLayout(step_buttons)
        layout.addWidget(self.step_confirm)
        layout.addWidget(self.message)
        layout.addWidget(self.step_form)

        self.rating_add.clicked.connect(self.add_rating)
        self.rating_note.returnPressed.connect(self.add_rating)
        self.rating_remove.clicked.connect(self.remove_selected_rating)
        self.rating_list.itemSelectionChanged.connect(self._update_buttons)
        self.steps_table.itemChanged.connect(self._on_step_item_changed)
        self.steps_table.itemSelectionChanged.connect(self._update_buttons)
        self.steps_table.itemActivated.connect(lambda _item: self.edit_selected_step())
        self.step_add.clicked.connect(self.add_step)
        self.step_edit.clicked.connect(self.edit_selected_step)
        self.step_remove.clicked.connect(self._ask_remove_step)
        self.step_confirm.sig_confirmed.connect(self._remove_step_confirmed)
        self.step_form.sig_closed.connect(self._update_buttons)
        self.retranslate()
        self._update_buttons()

    def _heading(self) -> QLabel:
        label = QLabel(self)
        font = label.font()
        font.setWeight(QFont.Weight.DemiBold)
        label.setFont(font)
        return label

    # -- public ------------------------------------------------------------

    @property
    def goal(self) -> Goal | None:
        return self._goal

    def steps(self) -> list[Step]:
        return list(self._steps)

    def step_row_texts(self, row: int) -> list[str]:
        return [self.steps_table.item(row, c).text() for c in range(STEP_COLUMNS)]

    def step_row(self, step_id: str) -> int:
        return next(i for i, s in enumerate(self._steps) if s.id == step_id)

    def set_done(self, step_id: str, done: bool) -> None:
        """Tick or untick a step's box, as a click does."""
        item = self.steps_table.item(self.step_row(step_id), 0)
        item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)

    def select_step(self, step_id: str) -> None:
        self.steps_table.selectRow(self.step_row(step_id))

    def show_goal(self, data: PlanData, goal_id: str | None, today: dt.date) -> None:
        """Show a goal (None: nothing chosen). Typed ratings and open forms stay."""
        self._today = today
        goal = data.goal(goal_id) if goal_id else None
        unlocked = self.service.is_unlocked
        if goal is None and unlocked and self.step_form.isVisible():
            self.step_form.cancel()  # its goal was removed; while locked it is only hidden
        self._goal = goal
        self._names = OwnerNames(data, today)
        if unlocked:
            no_consent = data.actors_without_consent(today)
            self.step_form.set_choices(self.family_id, data.members, data.actors, no_consent)
        self._steps = data.steps_of(goal.id) if goal else []
        self._ratings = data.ratings_of(goal.id) if goal else []
        self._show_words(data)
        self._show_refused()
        self.chart.set_ratings(self._ratings)
        self._fill_ratings()
        self._fill_steps()
        self._update_buttons()

    # -- showing -----------------------------------------------------------

    def _show_words(self, data: PlanData) -> None:
        goal = self._goal
        if goal is None:
            self.title.setText(self.tr("Choose a goal, or add one with “New goal”."))
            self.meta.clear()
            self.why.clear()
            return
        self.title.setText(goal.text)
        # In the family's order (as in Members), not the order the ids are stored in.
        names = [m.name for m in data.members if m.id in goal.member_ids]
        parts = [
            self.tr("For {names}").format(names=", ".join(names))
            if names
            else whole_family_label(),
            life_area_label(goal.life_area),
            goal_status_label(goal.status),
        ]
        if goal.target_date:
            parts.append(self.tr("Target date {date}").format(date=date_text(goal.target_date)))
        self.meta.setText(" · ".join(parts))
        self.why.setText(self.tr("Why it matters: {why}").format(why=goal.why) if goal.why else "")
        self.why.setVisible(bool(goal.why))

    def _show_refused(self) -> None:
        goal = self._goal
        if goal is None or not self.service.is_unlocked:
            self.refused_label.set_lines([])
            return
        refused = load_refused(self.service, self.family_id)
        own = refused.of(goal.id)
        lines = [not_sent_text(refused, own, own_name=True)] if own is not None else []
        for kind in ("progress_rating", "step"):
            lines += [not_sent_text(refused, t) for t in refused.under(kind, "goal_id", goal.id)]
        self.refused_label.set_lines(lines)

    def _fill_ratings(self) -> None:
        selected = self._selected_rating_id()
        self.rating_list.clear()
        for rating in reversed(self._ratings):  # newest first
            text = f"{date_text(rating.date)}: {rating.value}"
            if rating.note:
                text += f" – {rating.note}"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, rating.id)
            self.rating_list.addItem(item)
            if rating.id == selected:
                item.setSelected(True)

    def _fill_steps(self) -> None:
        selected = self._selected_step_id()
        table = self.steps_table
        table.blockSignals(True)
        table.clearSelection()
        table.setRowCount(len(self._steps))
        for row, step in enumerate(self._steps):
            done = QTableWidgetItem()
            done.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsSelectable
            )
            done.setCheckState(Qt.CheckState.Checked if step.done else Qt.CheckState.Unchecked)
            done.setData(ID_ROLE, step.id)
            done.setText(done_word() if step.done else "")
            done.setToolTip(self.tr("Tick when the step is done"))
            table.setItem(row, 0, done)
            table.setItem(row, 1, QTableWidgetItem(step.what))
            who = QTableWidgetItem(self._names.owner(step))
            if self._names.lacks_consent(step):
                who.setIcon(warning_icon())
            table.setItem(row, 2, who)
            table.setItem(row, 3, QTableWidgetItem(date_text(step.due) if step.due else EMPTY))
            status = QTableWidgetItem("")
            if is_overdue(step, self._today):
                status.setText(overdue_word())
                status.setIcon(warning_icon())
                font = status.font()
                font.setBold(True)
                status.setFont(font)
            table.setItem(row, 4, status)
            if step.id == selected:
                table.selectRow(row)
        table.blockSignals(False)

    def _selected_step_id(self) -> str | None:
        rows = self.steps_table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.steps_table.item(rows[0].row(), 0)
        return item.data(ID_ROLE) if item is not None else None

    def selected_step(self) -> Step | None:
        step_id = self._selected_step_id()
        return next((s for s in self._steps if s.id == step_id), None)

    def _selected_rating_id(self) -> str | None:
        items = self.rating_list.selectedItems()
        return items[0].data(ID_ROLE) if items else None

    def _update_buttons(self) -> None:
        has_goal = self._goal is not None
        for widget in (
            self.rating_date,
            self.rating_value,
            self.rating_note,
            self.rating_add,
            self.step_add,
        ):
            widget.setEnabled(has_goal)
        self.step_edit.setEnabled(self.selected_step() is not None)
        self.step_remove.setEnabled(self.selected_step() is not None)
        self.rating_remove.setEnabled(self._selected_rating_id() is not None)

    # -- ratings -----------------------------------------------------------

    def add_rating(self) -> bool:
        """Save the rating typed in the row; False (the row kept, the reason shown) if refused."""
        goal = self._goal
        if goal is None:
            return False
        value = self.rating_value.value()
        if value == NO_VALUE:
            self.rating_message.show_message(self.tr("Choose where they are now, from 0 to 10."))
            self.rating_value.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        if is_future(self.rating_date.iso()):
            self.rating_message.show_message(answered_in_the_future_text(self.rating_date.iso()))
            self.rating_date.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        note = self.rating_note.text().strip() or None
        written = write_or_say(
            self.rating_message,
            lambda: self.service.run(
                plan_ops.rate_progress,
                goal.family_id,
                goal.id,
                self.rating_date.iso(),
                value,
                note,
                initiator=self,
            ),
        )
        if written is None:
            return False
        self.clear_rating()
        return True

    def clear_rating(self) -> None:
        self.rating_message.clear_message()
        self.rating_value.setValue(NO_VALUE)
        self.rating_note.clear()

    # -- unsaved typing ----------------------------------------------------

    def rating_typed(self) -> bool:
        """A rating chosen or a note typed in the row, not added yet."""
        return self.rating_value.value() != NO_VALUE or bool(self.rating_note.text().strip())

    def has_typing(self) -> bool:
        return self.step_form.has_typing() or (self._goal is not None and self.rating_typed())

    def save_typing(self) -> bool:
        """Save the open step form and the rating row; False at the first refusal."""
        if self.step_form.has_typing() and not self.step_form.save_typing():
            return False
        rating_waits = self._goal is not None and self.rating_typed()
        return self.add_rating() if rating_waits else True

    def discard_typing(self) -> None:
        self.step_form.cancel()
        self.clear_rating()

    def remove_selected_rating(self) -> None:
        rating_id = self._selected_rating_id()
        if rating_id is None:
            return
        write_or_say(
            self.message,
            lambda: self.service.run(records.delete_records, [rating_id], initiator=self),
        )

    # -- steps -------------------------------------------------------------

    def add_step(self) -> None:
        if self._goal is None:
            return
        self.step_confirm.hide()
        form = self.step_form
        if form.isVisible() and form.step_id is None and form.goal_id == self._goal.id:
            form.what_edit.setFocus(Qt.FocusReason.OtherFocusReason)  # keep what is typed
            return
        form.start_for_goal(self._goal.family_id, self._goal.id)

    def edit_selected_step(self) -> None:
        step = self.selected_step()
        if step is not None:
            self.step_confirm.hide()
            self.step_form.start_edit(step)

    def _ask_remove_step(self) -> None:
        step = self.selected_step()
        if step is None:
            return
        self.step_confirm.setProperty("step_id", step.id)
        self.step_confirm.ask(
            self.tr("Remove the step “{what}”? It stays in the history.").format(what=step.what),
            self.tr("Remove step"),
            self.tr("Keep it"),
        )

    def _remove_step_confirmed(self) -> None:
        step_id = self.step_confirm.property("step_id")
        if step_id:
            write_or_say(
                self.message,
                lambda: self.service.run(records.delete_records, [step_id], initiator=self),
            )

    def _on_step_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        step_id = item.data(ID_ROLE)
        done = item.checkState() == Qt.CheckState.Checked
        write_or_say(
            self.message,
            lambda: self.service.run(plan_ops.set_step_done, step_id, done, initiator=self),
        )

    # -- language ----------------------------------------------------------

    def retranslate(self) -> None:
        self.ratings_heading.setText(self.tr("Progress (0–10): where are you now?"))
        self.rating_date.setAccessibleName(self.tr("Date of the rating"))
        self.rating_date.retranslate()
        self.rating_value.setAccessibleName(self.tr("Where are you now, from 0 to 10"))
        self.rating_value.setToolTip(self.tr("0 is the worst it has been, 10 is the goal reached"))
        self.rating_note.setPlaceholderText(self.tr("What would one step up look like? (optional)"))
        # A placeholder goes once typing starts; the name stays for a screen reader.
        self.rating_note.setAccessibleName(self.tr("What would one step up look like"))
        self.rating_add.setText(self.tr("Add rating"))
        self.rating_list.setAccessibleName(self.tr("Ratings, newest first"))
        self.rating_remove.setText(self.tr("Remove rating"))
        self.steps_heading.setText(self.tr("Steps: who does what by when"))
        self.steps_table.setHorizontalHeaderLabels(
            [
                self.tr("Done"),
                self.tr("What"),
                self.tr("Who"),
                self.tr("By when"),
                self.tr("Status"),
            ]
        )
        self.steps_table.setAccessibleName(self.tr("Steps of the goal"))
        self.step_add.setText(self.tr("New step"))
        self.step_edit.setText(self.tr("Edit step"))
        self.step_remove.setText(self.tr("Remove step"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
