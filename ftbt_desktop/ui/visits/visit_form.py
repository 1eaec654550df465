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

from ftbt_desktop.core.casework import Visit, VisitKind
from ftbt_desktop.core.model import InvalidField, Member
from ftbt_desktop.storage.errors import NotFound, VaultError
from ftbt_desktop.ui.inline import InlineConfirm, MessageLine
from ftbt_desktop.ui.plan.inputs import DateEdit, MemberChecks, as_date
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.visits.visit_words import visit_kind_label
from ftbt_desktop.ui.words import date_text, invalid_field_message, not_found_message

MAX_STEP_CHARS = 200  # the vault's limit for one next step (core.casework)


class VisitForm(QGroupBox):
    sig_saved = Signal(str)  # visit id
    sig_closed = Signal()

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visit_form")
        self.service = service
        self.family_id: str | None = None
        self.today: Callable[[], dt.date] = dt.date.today
        self._visit: Visit | None = None

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
        self.message = MessageLine("visit_error", self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("visit_save")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("visit_cancel")

        self._labels: dict[str, QLabel] = {}
        summary_box = QVBoxLayout()
        summary_box.setContentsMargins(0, 0, 0, 0)
        summary_box.addWidget(self.internal_note)
        summary_box.addWidget(self.summary_edit)
        summary = QWidget(self)
        summary.setLayout(summary_box)
        form = QFormLayout()
        for key, widget in (
            ("date", self.date_edit),
            ("kind", self.kind_combo),
            ("attendee_ids", self.attendees),
            ("other_attendees", self.others_edit),
            ("summary", summary),
            ("next_steps", self.steps_edit),
        ):
            label = QLabel(self)
            label.setBuddy(self.summary_edit if key == "summary" else widget)
            self._labels[key] = label
            form.addRow(label, widget)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.future_confirm)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        self.future_confirm.sig_confirmed.connect(self._write)
        self.future_confirm.sig_cancelled.connect(
            lambda: self.date_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        )
        self.retranslate()
        self.hide()

    # -- opening -----------------------------------------------------------

    @property
    def visit_id(self) -> str | None:
        return self._visit.id if self._visit is not None else None

    def set_members(self, members: list[Member]) -> None:
        self.attendees.set_members(members)

    def start_new(self, family_id: str) -> None:
        self.family_id = family_id
        self._visit = None
        self._fill(Visit(id="", family_id=family_id, date=self.today().isoformat()))
        self._open()

    def start_edit(self, visit: Visit) -> None:
        self.family_id = visit.family_id
        self._visit = visit
        self._fill(visit)
        self._open()

    def _fill(self, visit: Visit) -> None:
        self.date_edit.set_iso(visit.date)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(VisitKind(visit.kind).value))
        self.attendees.set_checked(visit.attendee_ids)
        self.others_edit.setText(visit.other_attendees or "")
        self.summary_edit.setPlainText(visit.summary or "")
        self.steps_edit.setPlainText("\n".join(visit.next_steps))
        self.future_confirm.hide()
        self.message.clear_message()

    def _open(self) -> None:
        self.retranslate()
        self.show()
        self.date_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- values ------------------------------------------------------------

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

    # -- saving ------------------------------------------------------------

    def save(self) -> None:
        """Save, or first ask when the date lies ahead."""
        if self.family_id is None:
            return
        values = self.values()
        too_long = next((s for s in values["next_steps"] if len(s) > MAX_STEP_CHARS), None)
        if too_long is not None:
            self.message.show_message(
                self.tr(
                    "Each next step can be at most {limit} characters; shorten “{start}…”."
                ).format(limit=MAX_STEP_CHARS, start=too_long[:30])
            )
            self.steps_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if as_date(self.date_edit.date()) > self.today():
            self.message.clear_message()
            self.future_confirm.ask(
                self.tr("The date {date} is in the future. Save the visit with this date?").format(
                    date=date_text(values["date"])
                ),
                self.tr("Yes, save"),
                self.tr("No, change the date"),
            )
            return
        self._write()

    def _write(self) -> None:
        if self.family_id is None:
            return
        values = self.values()
        try:
            if self._visit is None:
                changes = self.service.create_entity("visit", self.family_id, **values)
                visit_id = changes.primary_id or ""
            else:
                visit = self._visit
                visit_id = visit.id
                before = {
                    "date": visit.date,
                    "kind": VisitKind(visit.kind).value,
                    "attendee_ids": sorted(visit.attendee_ids),
                    "other_attendees": visit.other_attendees,
                    "summary": visit.summary,
                    "next_steps": list(visit.next_steps),
                }
                edited = {k: v for k, v in values.items() if v != before[k]}
                if edited:
                    self.service.update_entity(visit_id, **edited)
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
        self.sig_saved.emit(visit_id)

    def cancel(self) -> None:
        self._close()

    def _close(self) -> None:
        self._visit = None
        if self.family_id is not None:
            self._fill(Visit(id="", family_id=self.family_id, date=self.today().isoformat()))
        self.hide()
        self.sig_closed.emit()

    # -- language ----------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("New visit") if self._visit is None else self.tr("Edit visit"))
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
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
