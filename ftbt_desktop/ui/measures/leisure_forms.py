"""Forms for a child's leisure activity (what, where, from, to) and for the
family's civil-society connections (association, volunteer, network group)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ftbt_desktop.core.measure_records import (
    CivilSocietyConnection,
    ConnectionKind,
    LeisureActivity,
)
from ftbt_desktop.core.model import Member
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.entity_form import EntityForm
from ftbt_desktop.ui.workspace.inputs import MemberChecks, MemberCombo, OptionalDateEdit
from ftbt_desktop.words.measures import connection_kind_label


def period_problem(start: str | None, end: str | None) -> str | None:
    if start is not None and end is not None and end < start:
        return QCoreApplication.translate("LeisureForms", "The end date is before the start date.")
    return None


class LeisureForm(EntityForm):
    entity_type = "leisure_activity"

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(service, "leisure_form", parent)
        self.child_combo = MemberCombo("leisure_child", self)
        self.what_edit = QLineEdit(self)
        self.what_edit.setObjectName("leisure_what")
        self.where_edit = QLineEdit(self)
        self.where_edit.setObjectName("leisure_where")
        self.start_date = OptionalDateEdit("leisure_start", self)
        self.end_date = OptionalDateEdit("leisure_end", self)
        form = self.add_rows(
            (
                ("child", self.child_combo),
                ("what", self.what_edit),
                ("where", self.where_edit),
            )
        )
        form.addRow("", self.start_date)
        form.addRow("", self.end_date)
        self.what_edit.returnPressed.connect(self.save)
        self.where_edit.returnPressed.connect(self.save)
        self.retranslate()

    def set_members(self, children: Iterable[Member]) -> None:
        self.child_combo.set_members(children)

    def set_child(self, child_id: str | None) -> None:
        self.child_combo.set_current_id(child_id)

    def clear_inputs(self) -> None:
        self.what_edit.clear()
        self.where_edit.clear()
        self.start_date.set_iso(None)
        self.start_date.check.setChecked(True)  # most activities are entered as they start
        self.end_date.set_iso(None)

    def fill(self, entity: Any) -> None:
        activity: LeisureActivity = entity
        self.child_combo.set_current_id(activity.child_id)
        self.what_edit.setText(activity.what)
        self.where_edit.setText(activity.where or "")
        self.start_date.set_iso(activity.start)
        self.end_date.set_iso(activity.end)

    def values(self) -> dict[str, Any]:
        return {
            "child_id": self.child_combo.current_id(),
            "what": self.what_edit.text(),
            "where": self.where_edit.text().strip() or None,
            "start": self.start_date.iso(),
            "end": self.end_date.iso(),
        }

    def problem(self) -> str | None:
        if self.child_combo.current_id() is None:
            return self.tr("Add a child to the family first.")
        if not self.what_edit.text().strip():
            self.what_edit.setFocus()
            return self.tr("Say what the activity is, e.g. football or scouts.")
        return period_problem(self.start_date.iso(), self.end_date.iso())

    def first_input(self) -> QWidget | None:
        return self.what_edit

    def widget_for(self, field: str) -> QWidget | None:
        return {
            "child_id": self.child_combo,
            "what": self.what_edit,
            "where": self.where_edit,
            "start": self.start_date,
            "end": self.end_date,
        }.get(field)

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(
            self.tr("Leisure activity")
            if self._editing is None
            else self.tr("Edit leisure activity")
        )
        self._labels["child"].setText(self.tr("&Child:"))
        self._labels["what"].setText(self.tr("&What:"))
        self._labels["where"].setText(self.tr("W&here:"))
        self.what_edit.setPlaceholderText(self.tr("e.g. football"))
        self.where_edit.setPlaceholderText(self.tr("e.g. the local football club (optional)"))
        self.start_date.set_label(self.tr("From"))
        self.end_date.set_label(self.tr("To"))
        self.start_date.retranslate()
        self.end_date.retranslate()


class ConnectionForm(EntityForm):
    entity_type = "civil_society_connection"

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(service, "connection_form", parent)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("connection_kind")
        for kind in ConnectionKind:
            self.kind_combo.addItem("", kind.value)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("connection_name")
        self.member_checks = MemberChecks("connection_members", self)
        self.start_date = OptionalDateEdit("connection_start", self)
        self.end_date = OptionalDateEdit("connection_end", self)
        form = self.add_rows(
            (
                ("kind", self.kind_combo),
                ("name", self.name_edit),
                ("members", self.member_checks),
            )
        )
        form.addRow("", self.start_date)
        form.addRow("", self.end_date)
        self.name_edit.returnPressed.connect(self.save)
        self.retranslate()

    def set_members(self, members: Iterable[Member]) -> None:
        self.member_checks.set_members(members)

    def set_kind(self, kind: ConnectionKind) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))

    def clear_inputs(self) -> None:
        self.kind_combo.setCurrentIndex(0)
        self.name_edit.clear()
        self.member_checks.set_checked([])
        self.start_date.set_iso(None)
        self.start_date.check.setChecked(True)
        self.end_date.set_iso(None)

    def fill(self, entity: Any) -> None:
        connection: CivilSocietyConnection = entity
        self.set_kind(connection.kind)
        self.name_edit.setText(connection.name)
        self.member_checks.set_checked(connection.member_ids)
        self.start_date.set_iso(connection.start)
        self.end_date.set_iso(connection.end)

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind_combo.currentData(),
            "name": self.name_edit.text(),
            "member_ids": sorted(self.member_checks.checked_ids()),
            "start": self.start_date.iso(),
            "end": self.end_date.iso(),
        }

    def problem(self) -> str | None:
        if not self.name_edit.text().strip():
            self.name_edit.setFocus()
            return self.tr("Give the association, volunteer or group a name.")
        return period_problem(self.start_date.iso(), self.end_date.iso())

    def first_input(self) -> QWidget | None:
        return self.kind_combo

    def widget_for(self, field: str) -> QWidget | None:
        return {
            "kind": self.kind_combo,
            "name": self.name_edit,
            "start": self.start_date,
            "end": self.end_date,
        }.get(field)

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(
            self.tr("Civil-society connection")
            if self._editing is None
            else self.tr("Edit civil-society connection")
        )
        self._labels["kind"].setText(self.tr("&Kind:"))
        self._labels["name"].setText(self.tr("&Name:"))
        self._labels["members"].setText(self.tr("Who takes part:"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Mødrenetværket, Home-Start, the choir"))
        self.member_checks.set_empty_text(self.tr("No members yet"))
        for row in range(self.kind_combo.count()):
            self.kind_combo.setItemText(row, connection_kind_label(self.kind_combo.itemData(row)))
        self.start_date.set_label(self.tr("From"))
        self.end_date.set_label(self.tr("To"))
        self.start_date.retranslate()
        self.end_date.retranslate()
