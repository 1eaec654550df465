"""The work and education status form: which status an adult has from which date,
and whether it counts as self-supporting under the definition in use."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from ftbt_desktop.core.measure_records import EmploymentRecord
from ftbt_desktop.core.measures import EmploymentStatus, SelfSupportDefinition
from ftbt_desktop.core.model import Member
from ftbt_desktop.ui.measures.future_dates import FutureDateCheck
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.entity_form import EntityForm
from ftbt_desktop.ui.workspace.inputs import DateEdit, MemberCombo
from ftbt_desktop.words.measures import employment_label, self_supporting_text


class StatusForm(EntityForm):
    entity_type = "employment_record"

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(service, "status_form", parent)
        self._definition = SelfSupportDefinition()
        self.future = FutureDateCheck()
        self.member_combo = MemberCombo("status_member", self)
        self.date_edit = DateEdit("status_date", self)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("status_status")
        for status in EmploymentStatus:
            self.status_combo.addItem("", status.value)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("status_counts")
        self.counts_label.setWordWrap(True)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("status_note")
        self.add_rows(
            (
                ("member", self.member_combo),
                ("date", self.date_edit),
                ("status", self.status_combo),
                ("counts", self.counts_label),
                ("note", self.note_edit),
            )
        )
        self.status_combo.currentIndexChanged.connect(self._update_counts)
        self.retranslate()

    # -- context -----------------------------------------------------------

    def set_members(self, adults: Iterable[Member]) -> None:
        self.member_combo.set_members(adults)

    def set_member(self, member_id: str | None) -> None:
        self.member_combo.set_current_id(member_id)

    def set_definition(self, definition: SelfSupportDefinition) -> None:
        self._definition = definition
        self._update_counts()

    def set_status(self, status: EmploymentStatus) -> None:
        self.status_combo.setCurrentIndex(self.status_combo.findData(status.value))

    # -- EntityForm hooks --------------------------------------------------

    def clear_inputs(self) -> None:
        self.future.reset()
        self.date_edit.set_iso(None)
        self.status_combo.setCurrentIndex(0)
        self.note_edit.clear()

    def fill(self, entity: Any) -> None:
        record: EmploymentRecord = entity
        self.member_combo.set_current_id(record.member_id)
        self.date_edit.set_iso(record.date)
        self.set_status(record.status)
        self.note_edit.setText(record.note or "")

    def values(self) -> dict[str, Any]:
        return {
            "member_id": self.member_combo.current_id(),
            "date": self.date_edit.iso(),
            "status": self.status_combo.currentData(),
            "note": self.note_edit.text().strip() or None,
        }

    def problem(self) -> str | None:
        if self.member_combo.current_id() is None:
            return self.tr("Add an adult to the family first.")
        return self.future.problem(self.date_edit.iso())

    def first_input(self) -> QWidget | None:
        return self.member_combo

    def widget_for(self, field: str) -> QWidget | None:
        return {
            "member_id": self.member_combo,
            "date": self.date_edit,
            "status": self.status_combo,
            "note": self.note_edit,
        }.get(field)

    def _update_counts(self) -> None:
        status = EmploymentStatus(self.status_combo.currentData())
        self.counts_label.setText(
            self.tr("{verdict} under the definition in use").format(
                verdict=self_supporting_text(self._definition.counts(status))
            )
        )

    # -- language ----------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(
            self.tr("Work and education status")
            if self._editing is None
            else self.tr("Edit work and education status")
        )
        self._labels["member"].setText(self.tr("&Adult:"))
        self._labels["date"].setText(self.tr("&From:"))
        self._labels["status"].setText(self.tr("&Status:"))
        self._labels["counts"].setText(self.tr("Self-supporting:"))
        self._labels["note"].setText(self.tr("&Note:"))
        self.note_edit.setPlaceholderText(self.tr("Optional, e.g. 15 hours a week"))
        for row in range(self.status_combo.count()):
            self.status_combo.setItemText(row, employment_label(self.status_combo.itemData(row)))
        self.date_edit.retranslate()
        self._update_counts()
