"""The inline form for a goal's step: what, who, by when, done or not."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.core.model import InvalidField, Member
from ftbt_desktop.core.plan import Actor, Step, StepOwnerKind
from ftbt_desktop.storage.errors import NotFound, VaultError
from ftbt_desktop.ui.inline import MessageLine
from ftbt_desktop.ui.plan.inputs import OptionalDateEdit
from ftbt_desktop.ui.plan.owner_picker import COORDINATOR, OwnerPicker
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.words import invalid_field_message, not_found_message


class StepForm(QGroupBox):
    sig_saved = Signal(str)  # step id
    sig_closed = Signal()

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("step_form")
        self.service = service
        self.family_id: str | None = None
        self.goal_id: str | None = None
        self._step: Step | None = None

        self.what_edit = QLineEdit(self)
        self.what_edit.setObjectName("step_what")
        self.owner = OwnerPicker(service, self)
        self.due = OptionalDateEdit("step_due", self)
        self.done_check = QCheckBox(self)
        self.done_check.setObjectName("step_done")
        self.message = MessageLine("step_error", self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("step_save")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("step_cancel")

        self._labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, widget in (("what", self.what_edit), ("owner", self.owner), ("due", self.due)):
            label = QLabel(self)
            label.setBuddy(widget)
            self._labels[key] = label
            form.addRow(label, widget)
        form.addRow("", self.done_check)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        self.what_edit.returnPressed.connect(self.save)
        self.retranslate()
        self.hide()

    # -- opening -----------------------------------------------------------

    @property
    def step_id(self) -> str | None:
        return self._step.id if self._step is not None else None

    def set_choices(
        self,
        family_id: str | None,
        members: list[Member],
        actors: list[Actor],
        no_consent: set[str],
    ) -> None:
        self.owner.set_choices(family_id, members, actors, no_consent)

    def start_new(self, family_id: str, goal_id: str) -> None:
        self.family_id, self.goal_id, self._step = family_id, goal_id, None
        self._fill(Step(id="", family_id=family_id, goal_id=goal_id, what=""))
        self._open()

    def start_edit(self, step: Step) -> None:
        self.family_id, self.goal_id, self._step = step.family_id, step.goal_id, step
        self._fill(step)
        self._open()

    def _fill(self, step: Step) -> None:
        self.what_edit.setText(step.what)
        self.owner.reset()
        self.owner.set_owner((StepOwnerKind(step.owner_kind).value, step.owner_id))
        self.due.set_iso(step.due)
        self.done_check.setChecked(step.done)
        self.message.clear_message()

    def _open(self) -> None:
        self.retranslate()
        self.show()
        self.what_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- values ------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        kind, owner_id = self.owner.owner()
        return {
            "what": self.what_edit.text(),
            "owner_kind": kind,
            "owner_id": owner_id,
            "due": self.due.iso(),
            "done": self.done_check.isChecked(),
        }

    # -- closing -----------------------------------------------------------

    def save(self) -> None:
        if self.family_id is None or self.goal_id is None:
            return
        values = self.values()
        if not values["what"].strip():
            self.message.show_message(self.tr("Write what is to be done."))
            self.what_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            if self._step is None:
                changes = self.service.create_entity(
                    "step", self.family_id, goal_id=self.goal_id, **values
                )
                step_id = changes.primary_id or ""
            else:
                step = self._step
                step_id = step.id
                before = {
                    "what": step.what,
                    "owner_kind": StepOwnerKind(step.owner_kind).value,
                    "owner_id": step.owner_id,
                    "due": step.due,
                    "done": step.done,
                }
                edited = {k: v for k, v in values.items() if v != before[k]}
                if edited:
                    self.service.update_entity(step_id, **edited)
        except InvalidField as error:
            self.message.show_message(invalid_field_message(error))
            return
        except NotFound:
            self.message.show_message(not_found_message())
            return
        except VaultError:
            self.message.show_message(self.tr("The vault is locked. Unlock it and try again."))
            return
        self._close()
        self.sig_saved.emit(step_id)

    def cancel(self) -> None:
        self._close()

    def _close(self) -> None:
        self._step = None
        self.what_edit.clear()
        self.owner.reset()
        self.owner.set_owner(COORDINATOR)
        self.due.set_iso(None)
        self.done_check.setChecked(False)
        self.message.clear_message()
        self.hide()
        self.sig_closed.emit()

    # -- language ----------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("New step") if self._step is None else self.tr("Edit step"))
        self._labels["what"].setText(self.tr("&What:"))
        self._labels["owner"].setText(self.tr("W&ho:"))
        self._labels["due"].setText(self.tr("By when:"))
        self.what_edit.setPlaceholderText(self.tr("What is to be done"))
        self.due.set_label(self.tr("Set a date"))
        self.due.retranslate()
        self.done_check.setText(self.tr("&Done"))
        self.save_button.setText(self.tr("Save step"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
