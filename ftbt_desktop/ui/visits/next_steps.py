"""A visit's agreed next steps, each of which becomes a plan step in one click.

The coordinator picks the goal once; each line then has its own button.
A line that is already a step of the family's plan says so instead, so one
visit does not fill the plan twice.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.core.casework import Visit
from ftbt_desktop.core.plan import Goal, Step, StepOwnerKind
from ftbt_desktop.core.plan_view import active_goals
from ftbt_desktop.operations import plan as plan_ops
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.form_writes import write_or_say
from ftbt_desktop.ui.workspace.inline import MessageLine


class NextStepsPanel(QWidget):
    sig_step_made = Signal(str)  # the new step's id

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visit_next_steps_panel")
        self.service = service
        self._visit: Visit | None = None
        self._goals: list[Goal] = []
        self._planned: set[str] = set()
        self._rows: list[tuple[QLabel, QWidget]] = []

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.goal_label = QLabel(self)
        self.goal_combo = QComboBox(self)
        self.goal_combo.setObjectName("visit_step_goal")
        self.goal_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.goal_combo.setMinimumContentsLength(24)
        self.goal_label.setBuddy(self.goal_combo)
        self.no_goals = QLabel(self)
        self.no_goals.setObjectName("visit_no_goals")
        self.no_goals.setWordWrap(True)
        self.empty = QLabel(self)
        self.empty.setObjectName("visit_no_next_steps")
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 1)
        self.message = MessageLine("visit_step_error", self)

        goal_row = QHBoxLayout()
        goal_row.addWidget(self.goal_label)
        goal_row.addWidget(self.goal_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(goal_row)
        layout.addWidget(self.no_goals)
        layout.addWidget(self.empty)
        layout.addLayout(self.grid)
        layout.addWidget(self.message)
        self.retranslate()

    # -- public ------------------------------------------------------------

    def show_visit(self, visit: Visit | None, goals: list[Goal], steps: list[Step]) -> None:
        chosen = self.goal_combo.currentData()
        self._visit = visit
        self._goals = active_goals(goals)
        self._planned = {s.what.strip().casefold() for s in steps}
        self.goal_combo.blockSignals(True)
        self.goal_combo.clear()
        for goal in self._goals:
            self.goal_combo.addItem(goal.text, goal.id)
        index = self.goal_combo.findData(chosen)
        self.goal_combo.setCurrentIndex(max(0, index))
        self.goal_combo.blockSignals(False)
        self._fill()

    def set_goal(self, goal_id: str) -> None:
        self.goal_combo.setCurrentIndex(self.goal_combo.findData(goal_id))

    def button(self, row: int) -> QPushButton | None:
        """The "Make plan step" button of a line, or None when it is in the plan already."""
        widget = self._rows[row][1]
        return widget if isinstance(widget, QPushButton) else None

    def row_text(self, row: int) -> tuple[str, str]:
        label, widget = self._rows[row]
        return label.text(), widget.text()  # type: ignore[attr-defined]

    def make_step(self, row: int) -> None:
        """Make line `row` a step of the chosen goal, with the coordinator to do it."""
        if self._visit is None:
            return
        goal_id = self.goal_combo.currentData()
        if not goal_id:
            self.message.show_message(self.tr("Choose the goal the step belongs to."))
            return
        what = self._visit.next_steps[row]
        family_id = self._visit.family_id
        changes = write_or_say(
            self.message,
            lambda: self.service.run(
                plan_ops.add_step,
                family_id,
                goal_id,
                what,
                StepOwnerKind.COORDINATOR,
                initiator=self,
            ),
        )
        if changes is None:
            return
        self._planned.add(what.strip().casefold())
        self._fill()
        self.sig_step_made.emit(str(changes.primary_id))

    # -- filling -----------------------------------------------------------

    def _fill(self) -> None:
        for label, widget in self._rows:
            self.grid.removeWidget(label)
            self.grid.removeWidget(widget)
            for gone in (label, widget):
                gone.hide()  # deleteLater waits for the event loop; do not show it meanwhile
                gone.deleteLater()
        self._rows = []
        lines = self._visit.next_steps if self._visit is not None else []
        has_goals = bool(self._goals)
        self.goal_combo.setEnabled(has_goals)
        self.no_goals.setVisible(bool(lines) and not has_goals)
        self.empty.setVisible(self._visit is not None and not lines)
        for row, line in enumerate(lines):
            label = QLabel(line, self)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            widget: QWidget
            if line.strip().casefold() in self._planned:
                widget = QLabel(self.tr("✓ In the plan"), self)
                widget.setObjectName(f"visit_step_planned_{row}")
            else:
                button = QPushButton(self.tr("Make plan step"), self)
                button.setObjectName(f"visit_step_to_plan_{row}")
                button.setAccessibleName(self.tr("Make “{what}” a plan step").format(what=line))
                button.setEnabled(has_goals)
                button.clicked.connect(lambda _checked=False, r=row: self.make_step(r))
                widget = button
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(widget, row, 1)
            self._rows.append((label, widget))

    # -- language ----------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Agreed next steps"))
        self.goal_label.setText(self.tr("&Goal for new plan steps:"))
        self.no_goals.setText(
            self.tr("The family has no active goals yet. Add one under “Goals and plan” first.")
        )
        self.empty.setText(self.tr("No next steps were agreed at this visit."))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
