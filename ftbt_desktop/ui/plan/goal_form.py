"""The inline form for a new goal or an edit of one.

A goal is written in the family's own words, for one or more members (none
means the whole family), in one life area, with why it matters to them, a
target date and a status. Inline rather than a dialog, so the auto-lock
keeps what was typed; a refused value is explained and nothing is cleared.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ftbt_desktop.core.model import LifeArea, Member
from ftbt_desktop.core.plan import Goal, GoalStatus
from ftbt_desktop.ui.plan.plan_words import goal_status_label
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.entity_form import EntityForm
from ftbt_desktop.ui.workspace.inputs import MemberChecks, OptionalDateEdit
from ftbt_desktop.words.map import life_area_label


class GoalForm(EntityForm):
    entity_type = "goal"

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(service, "goal_form", parent)
        self.text_edit = QLineEdit(self)
        self.text_edit.setObjectName("goal_text")
        self.members = MemberChecks("goal_members", self)
        self.area_combo = QComboBox(self)
        self.area_combo.setObjectName("goal_life_area")
        self.area_combo.addItem("", None)
        for area in LifeArea:
            self.area_combo.addItem("", area.value)
        self.why_edit = QPlainTextEdit(self)
        self.why_edit.setObjectName("goal_why")
        self.why_edit.setTabChangesFocus(True)
        self.why_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.target = OptionalDateEdit("goal_target", self)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("goal_status")
        for status in GoalStatus:
            self.status_combo.addItem("", status.value)

        self.add_rows(
            (
                ("text", self.text_edit),
                ("member_ids", self.members),
                ("life_area", self.area_combo),
                ("why", self.why_edit),
                ("target_date", self.target),
                ("status", self.status_combo),
            )
        )
        self.text_edit.returnPressed.connect(self.save)
        self.retranslate()

    # -- context -----------------------------------------------------------

    @property
    def goal_id(self) -> str | None:
        return self.editing_id

    def set_members(self, members: list[Member]) -> None:
        self.members.set_members(members)

    # -- EntityForm hooks --------------------------------------------------

    def clear_inputs(self) -> None:
        self.fill(Goal(id="", family_id=self.family_id or "", text=""))

    def fill(self, entity: Any) -> None:
        goal: Goal = entity
        self.text_edit.setText(goal.text)
        self.members.set_checked(goal.member_ids)
        area = None if goal.life_area is None else LifeArea(goal.life_area).value
        self.area_combo.setCurrentIndex(max(0, self.area_combo.findData(area)))
        self.why_edit.setPlainText(goal.why or "")
        self.target.set_iso(goal.target_date)
        self.status_combo.setCurrentIndex(self.status_combo.findData(goal.status.value))

    def values(self) -> dict[str, Any]:
        return {
            "text": self.text_edit.text(),
            "member_ids": sorted(self.members.checked_ids()),
            "life_area": self.area_combo.currentData(),
            "why": self.why_edit.toPlainText().strip() or None,
            "target_date": self.target.iso(),
            "status": self.status_combo.currentData(),
        }

    def problem(self) -> str | None:
        if not self.text_edit.text().strip():
            # Said in the form's own words rather than the field's code name.
            self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return self.tr("Write the goal in the family's own words.")
        return None

    def first_input(self) -> QWidget | None:
        return self.text_edit

    def widget_for(self, field: str) -> QWidget | None:
        return {
            "member_ids": self.members,
            "life_area": self.area_combo,
            "why": self.why_edit,
            "target_date": self.target,
            "status": self.status_combo,
        }.get(field, self.text_edit)

    # -- language ----------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(self.tr("New goal") if self.goal_id is None else self.tr("Edit goal"))
        self._labels["text"].setText(self.tr("&Goal:"))
        self._labels["member_ids"].setText(self.tr("For:"))
        self._labels["life_area"].setText(self.tr("&Life area:"))
        self._labels["why"].setText(self.tr("&Why it matters:"))
        self._labels["target_date"].setText(self.tr("Target date:"))
        self._labels["status"].setText(self.tr("&Status:"))
        self.text_edit.setPlaceholderText(self.tr("In the family's own words"))
        self.why_edit.setPlaceholderText(self.tr("Why this matters to them (optional)"))
        self.members.set_empty_text(self.tr("No members yet – the goal is for the whole family"))
        self.members.setToolTip(self.tr("Tick no one for a goal of the whole family"))
        self.target.set_label(self.tr("Set a date"))
        self.target.retranslate()
        self.area_combo.setItemText(0, life_area_label(None))
        for row in range(1, self.area_combo.count()):
            self.area_combo.setItemText(
                row, life_area_label(LifeArea(self.area_combo.itemData(row)))
            )
        for row in range(self.status_combo.count()):
            self.status_combo.setItemText(row, goal_status_label(self.status_combo.itemData(row)))
        self.save_button.setText(self.tr("Save goal"))
