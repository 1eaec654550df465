"""The inline form for a goal's step: what, who, by when, done or not."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from ftbt_desktop.core.model import Member
from ftbt_desktop.core.plan import Actor, Step, StepOwnerKind
from ftbt_desktop.ui.plan.owner_picker import COORDINATOR, OwnerPicker
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.entity_form import EntityForm
from ftbt_desktop.ui.workspace.inputs import OptionalDateEdit


class StepForm(EntityForm):
    entity_type = "step"

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(service, "step_form", parent)
        self.goal_id: str | None = None

        self.what_edit = QLineEdit(self)
        self.what_edit.setObjectName("step_what")
        self.owner = OwnerPicker(service, self)
        self.due = OptionalDateEdit("step_due", self)
        self.done_check = QCheckBox(self)
        self.done_check.setObjectName("step_done")

        form = self.add_rows((("what", self.what_edit), ("owner", self.owner), ("due", self.due)))
        form.addRow("", self.done_check)
        self.what_edit.returnPressed.connect(self.save)
        self.retranslate()

    # -- context -----------------------------------------------------------

    @property
    def step_id(self) -> str | None:
        return self.editing_id

    def set_choices(
        self,
        family_id: str | None,
        members: list[Member],
        actors: list[Actor],
        no_consent: set[str],
    ) -> None:
        self.owner.set_choices(family_id, members, actors, no_consent)

    def start_for_goal(self, family_id: str, goal_id: str) -> bool:
        """A new step of `goal_id`; a new step being typed for the same goal is kept,
        and a step being typed for another goal is not replaced."""
        if goal_id != self.goal_id and self.has_typing():
            return self.start_new(family_id, keep_typing=False)  # says why, keeps it
        same_goal = goal_id == self.goal_id
        self.goal_id = goal_id
        return self.start_new(family_id, keep_typing=same_goal)

    def start_edit(self, entity: Any) -> bool:
        if self.has_typing() and entity.id != self.editing_id:
            return super().start_edit(entity)  # says why, keeps it
        self.goal_id = entity.goal_id
        return super().start_edit(entity)

    # -- unsaved typing ----------------------------------------------------

    def has_typing(self) -> bool:
        return super().has_typing() or (self.is_open and self.owner.has_typing())

    def save_typing(self) -> bool:
        """Save what is typed: first an actor being added in the picker, then the step."""
        if self.owner.has_typing() and not self.owner.add_actor():
            return False
        return self.save()

    # -- EntityForm hooks --------------------------------------------------

    def clear_inputs(self) -> None:
        self.what_edit.clear()
        self.owner.reset()
        self.owner.set_owner(COORDINATOR)
        self.due.set_iso(None)
        self.done_check.setChecked(False)

    def fill(self, entity: Any) -> None:
        step: Step = entity
        self.what_edit.setText(step.what)
        self.owner.reset()
        self.owner.set_owner((StepOwnerKind(step.owner_kind).value, step.owner_id))
        self.due.set_iso(step.due)
        self.done_check.setChecked(step.done)

    def values(self) -> dict[str, Any]:
        kind, owner_id = self.owner.owner()
        return {
            "goal_id": self.goal_id,
            "what": self.what_edit.text(),
            "owner_kind": kind,
            "owner_id": owner_id,
            "due": self.due.iso(),
            "done": self.done_check.isChecked(),
        }

    def problem(self) -> str | None:
        if self.goal_id is None:
            return self.tr("Choose the goal the step belongs to.")
        if not self.what_edit.text().strip():
            self.what_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return self.tr("Write what is to be done.")
        return None

    def first_input(self) -> QWidget | None:
        return self.what_edit

    def widget_for(self, field: str) -> QWidget | None:
        return {
            "what": self.what_edit,
            "owner_kind": self.owner,
            "owner_id": self.owner,
            "due": self.due,
            "done": self.done_check,
        }.get(field)

    # -- language ----------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(self.tr("New step") if self.step_id is None else self.tr("Edit step"))
        self._labels["what"].setText(self.tr("&What:"))
        self._labels["owner"].setText(self.tr("W&ho:"))
        self._labels["due"].setText(self.tr("By when:"))
        self.what_edit.setPlaceholderText(self.tr("What is to be done"))
        self.due.set_label(self.tr("Set a date"))
        self.due.retranslate()
        self.done_check.setText(self.tr("&Done"))
        self.save_button.setText(self.tr("Save step"))
