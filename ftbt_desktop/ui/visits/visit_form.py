"""The inline form for a visit: date, kind, who was there, internal summary, next steps.

A date in the future is not refused but asked about (an inline question, not
a dialog), since a visit is usually written up afterwards and a slip of the
calendar is easy. Nothing typed is lost when the form is refused or the
question is answered "No".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.core.casework import Visit, VisitKind
from ftbt_desktop.core.model import Member
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.entity_form import EntityForm
from ftbt_desktop.ui.workspace.inline import InlineConfirm
from ftbt_desktop.ui.workspace.inputs import DateEdit, MemberChecks, as_date
from ftbt_desktop.words.common import date_text
from ftbt_desktop.words.visit import visit_kind_label

MAX_STEP_CHARS = 200  # the vault's limit for one next step (core.casework)


class VisitForm(EntityForm):
    entity_type = "visit"

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(service, "visit_form", parent)
        self.today: Callable[[], dt.date] = dt.date.today

        self.date_edit = DateEdit("visit_date", self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("visit_kind")
        for kind in VisitKind:
            self.kind_combo.addItem("", kind.value)
        self.attendees = MemberChecks("visit_attendees", self)
        self.others_edit = QLineEdit(self)
        self.others_edit.setObjectName("visit_others")
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setObjectName("visit_summary")
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.internal_note = QLabel(self)
        self.internal_note.setObjectName("visit_summary_internal")
        self.internal_note.setWordWrap(True)
        self.steps_edit = QPlainTextEdit(self)
        self.steps_edit.setObjectName("visit_next_steps")
        self.steps_edit.setTabChangesFocus(True)
        self.steps_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.future_confirm = InlineConfirm("visit_future_confirm", self)

        summary_box = QVBoxLayout()
        summary_box.setContentsMargins(0, 0, 0, 0)
        summary_box.addWidget(self.internal_note)
        summary_box.addWidget(self.summary_edit)
        summary = QWidget(self)
        summary.setLayout(summary_box)
        self.add_rows(
            (
                ("date", self.date_edit),
                ("kind", self.kind_combo),
                ("attendee_ids", self.attendees),
                ("other_attendees", self.others_edit),
                ("summary", summary),
                ("next_steps", self.steps_edit),
            )
        )
        self._labels["summary"].setBuddy(self.summary_edit)  # the box holds a note too
        self.body.addWidget(self.future_confirm)

        self.future_confirm.sig_confirmed.connect(self._write)
        self.future_confirm.sig_cancelled.connect(
            lambda: self.date_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        )
        self.retranslate()

    # -- context -----------------------------------------------------------

    @property
    def visit_id(self) -> str | None:
        return self.editing_id

    def set_members(self, members: list[Member]) -> None:
        self.attendees.set_members(members)

    # -- EntityForm hooks --------------------------------------------------

    def clear_inputs(self) -> None:
        self.fill(Visit(id="", family_id=self.family_id or "", date=self.today().isoformat()))

    def fill(self, entity: Any) -> None:
        visit: Visit = entity
        self.date_edit.set_iso(visit.date)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(VisitKind(visit.kind).value))
        self.attendees.set_checked(visit.attendee_ids)
        self.others_edit.setText(visit.other_attendees or "")
        self.summary_edit.setPlainText(visit.summary or "")
        self.steps_edit.setPlainText("\n".join(visit.next_steps))
        self.future_confirm.hide()

    def values(self) -> dict[str, Any]:
        lines = [line.strip() for line in self.steps_edit.toPlainText().splitlines()]
        return {
            "date": self.date_edit.iso(),
            "kind": self.kind_combo.currentData(),
            "attendee_ids": sorted(self.attendees.checked_ids()),
            "other_attendees": self.others_edit.text().strip() or None,
            "summary": self.summary_edit.toPlainText().strip() or None,
            "next_steps": [line for line in lines if line],
        }

    def problem(self) -> str | None:
        too_long = next((s for s in self.values()["next_steps"] if len(s) > MAX_STEP_CHARS), None)
        if too_long is not None:
            self.steps_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return self.tr(
                "Each next step can be at most {limit} characters; shorten “{start}…”."
            ).format(limit=MAX_STEP_CHARS, start=too_long[:30])
        return None

    def first_input(self) -> QWidget | None:
        return self.date_edit

    def widget_for(self, field: str) -> QWidget | None:
        return {
            "date": self.date_edit,
            "kind": self.kind_combo,
            "attendee_ids": self.attendees,
            "other_attendees": self.others_edit,
            "summary": self.summary_edit,
            "next_steps": self.steps_edit,
        }.get(field)

    # -- saving ------------------------------------------------------------

    def save(self) -> bool:
        """Save, or first ask when the date lies ahead (False until it is answered)."""
        if self.family_id is None:
            return False
        problem = self.problem()
        if problem:
            self.message.show_message(problem)
            return False
        if as_date(self.date_edit.date()) > self.today():
            self.message.clear_message()
            self.future_confirm.ask(
                self.tr("The date {date} is in the future. Save the visit with this date?").format(
                    date=date_text(self.date_edit.iso())
                ),
                self.tr("Yes, save"),
                self.tr("No, change the date"),
            )
            return False
        return self._write()

    def _write(self) -> bool:
        return super().save()

    # -- language ----------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(self.tr("New visit") if self.visit_id is None else self.tr("Edit visit"))
        self._labels["date"].setText(self.tr("&Date:"))
        self._labels["kind"].setText(self.tr("&Kind:"))
        self._labels["attendee_ids"].setText(self.tr("Who was there:"))
        self._labels["other_attendees"].setText(self.tr("&Others:"))
        self._labels["summary"].setText(self.tr("&Summary:"))
        self._labels["next_steps"].setText(self.tr("Agreed &next steps:"))
        self.date_edit.retranslate()
        for row in range(self.kind_combo.count()):
            self.kind_combo.setItemText(row, visit_kind_label(self.kind_combo.itemData(row)))
        self.attendees.set_empty_text(self.tr("No family members yet"))
        self.others_edit.setPlaceholderText(self.tr("e.g. the class teacher, an interpreter"))
        self.internal_note.setText(
            self.tr("Internal (coordinator only): not shown to the family or in their exports.")
        )
        self.summary_edit.setPlaceholderText(self.tr("A short summary for your own use"))
        self.summary_edit.setAccessibleName(self.tr("Summary, internal (coordinator only)"))
        self.steps_edit.setPlaceholderText(self.tr("One step per line"))
        self.save_button.setText(self.tr("Save visit"))
