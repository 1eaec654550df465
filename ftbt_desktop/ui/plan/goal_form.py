"""The inline form for a new goal or an edit of one.

A goal is written in the family's own words, for one or more members (none
means the whole family), in one life area, with why it matters to them, a
target date and a status. Inline rather than a dialog, so the auto-lock
keeps what was typed; a refused value is explained and nothing is cleared.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.core.model import InvalidField, LifeArea, Member
from ftbt_desktop.core.plan import Goal, GoalStatus
from ftbt_desktop.storage.errors import NotFound, VaultError
from ftbt_desktop.ui.family_map.map_words import life_area_label
from ftbt_desktop.ui.inline import MessageLine
from ftbt_desktop.ui.plan.inputs import MemberChecks, OptionalDateEdit
from ftbt_desktop.ui.plan.plan_words import goal_status_label
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.words import invalid_field_message, not_found_message


class GoalForm(QGroupBox):
    sig_saved = Signal(str)  # goal id
    sig_closed = Signal()

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goal_form")
        self.service = service
        self.family_id: str | None = None
        self._goal: Goal | None = None  # None while adding

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
        self.message = MessageLine("goal_error", self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("goal_save")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("goal_cancel")

        self._labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, widget in (
            ("text", self.text_edit),
            ("member_ids", self.members),
            ("life_area", self.area_combo),
            ("why", self.why_edit),
            ("target_date", self.target),
            ("status", self.status_combo),
        ):
            label = QLabel(self)
            label.setBuddy(widget)
            self._labels[key] = label
            form.addRow(label, widget)
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
        self.text_edit.returnPressed.connect(self.save)
        self.retranslate()
        self.hide()

    # -- opening -----------------------------------------------------------

    @property
    def goal_id(self) -> str | None:
        return self._goal.id if self._goal is not None else None

    def set_members(self, members: list[Member]) -> None:
        self.members.set_members(members)

    def start_new(self, family_id: str) -> None:
        self.family_id = family_id
        self._goal = None
        self._fill(Goal(id="", family_id=family_id, text=""))
        self._open()

    def start_edit(self, goal: Goal) -> None:
        self.family_id = goal.family_id
        self._goal = goal
        self._fill(goal)
        self._open()

    def _fill(self, goal: Goal) -> None:
        self.text_edit.setText(goal.text)
        self.members.set_checked(goal.member_ids)
        area = None if goal.life_area is None else LifeArea(goal.life_area).value
        self.area_combo.setCurrentIndex(max(0, self.area_combo.findData(area)))
        self.why_edit.setPlainText(goal.why or "")
        self.target.set_iso(goal.target_date)
        self.status_combo.setCurrentIndex(self.status_combo.findData(goal.status.value))
        self.message.clear_message()

    def _open(self) -> None:
        self.retranslate()
        self.show()
        self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- values ------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {
            "text": self.text_edit.text(),
            "member_ids": sorted(self.members.checked_ids()),
            "life_area": self.area_combo.currentData(),
            "why": self.why_edit.toPlainText().strip() or None,
            "target_date": self.target.iso(),
            "status": self.status_combo.currentData(),
        }

    # -- closing -----------------------------------------------------------

    def save(self) -> None:
        if self.family_id is None:
            return
        values = self.values()
        if not values["text"].strip():
            # Said in the form's own words rather than the field's code name.
            self.message.show_message(self.tr("Write the goal in the family's own words."))
            self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        family_id = self.family_id
        try:
            if self._goal is None:
                changes = self.service.create_entity("goal", family_id, **values)
                goal_id = changes.primary_id or ""
            else:
                goal_id = self._goal.id
                before = {
                    "text": self._goal.text,
                    "member_ids": sorted(self._goal.member_ids),
                    "life_area": None
                    if self._goal.life_area is None
                    else LifeArea(self._goal.life_area).value,
                    "why": self._goal.why,
                    "target_date": self._goal.target_date,
                    "status": self._goal.status.value,
                }
                # Only what was edited here: a field changed elsewhere meanwhile is kept.
                edited = {k: v for k, v in values.items() if v != before[k]}
                if edited:
                    self.service.update_entity(goal_id, **edited)
        except InvalidField as error:
            self.message.show_message(invalid_field_message(error))
            self._field_widget(error.field).setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except NotFound:
            self.message.show_message(not_found_message())
            return
        except VaultError:
            self.message.show_message(self.tr("The vault is locked. Unlock it and try again."))
            return
        self._close()
        self.sig_saved.emit(goal_id)

    def cancel(self) -> None:
        self._close()

    def _close(self) -> None:
        self._goal = None
        if self.family_id is not None:
            self._fill(Goal(id="", family_id=self.family_id, text=""))
        self.hide()
        self.sig_closed.emit()

    def _field_widget(self, field: str) -> QWidget:
        return {
            "member_ids": self.members,
            "life_area": self.area_combo,
            "why": self.why_edit,
            "target_date": self.target,
            "status": self.status_combo,
        }.get(field, self.text_edit)

    # -- language ----------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("New goal") if self._goal is None else self.tr("Edit goal"))
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
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
