"""The inline form for an actor around the family: name, kind, contact person and details."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ftbt_desktop.core.plan import Actor, ActorKind
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.entity_form import EntityForm
from ftbt_desktop.words.map import actor_kind_label


class ActorForm(EntityForm):
    entity_type = "actor"

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(service, "actor_form", parent)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("actor_name")
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("actor_kind")
        for kind in ActorKind:
            self.kind_combo.addItem("", kind.value)
        self.contact_person_edit = QLineEdit(self)
        self.contact_person_edit.setObjectName("actor_contact_person")
        self.contact_details_edit = QLineEdit(self)
        self.contact_details_edit.setObjectName("actor_contact_details")
        self.add_rows(
            (
                ("name", self.name_edit),
                ("kind", self.kind_combo),
                ("contact_person", self.contact_person_edit),
                ("contact_details", self.contact_details_edit),
            )
        )
        for edit in (self.name_edit, self.contact_person_edit, self.contact_details_edit):
            edit.returnPressed.connect(self.save)
        self.retranslate()

    def set_kind(self, kind: ActorKind) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))

    def clear_inputs(self) -> None:
        self.name_edit.clear()
        self.set_kind(ActorKind.JOBCENTER)
        self.contact_person_edit.clear()
        self.contact_details_edit.clear()

    def fill(self, entity: Any) -> None:
        actor: Actor = entity
        self.name_edit.setText(actor.name)
        self.set_kind(actor.kind)
        self.contact_person_edit.setText(actor.contact_person or "")
        self.contact_details_edit.setText(actor.contact_details or "")

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text(),
            "kind": self.kind_combo.currentData(),
            "contact_person": self.contact_person_edit.text().strip() or None,
            "contact_details": self.contact_details_edit.text().strip() or None,
        }

    def problem(self) -> str | None:
        if not self.name_edit.text().strip():
            self.name_edit.setFocus()
            return self.tr("Give the actor a name, e.g. Jobcenter Helsingør.")
        return None

    def first_input(self) -> QWidget | None:
        return self.name_edit

    def widget_for(self, field: str) -> QWidget | None:
        return {
            "name": self.name_edit,
            "kind": self.kind_combo,
            "contact_person": self.contact_person_edit,
            "contact_details": self.contact_details_edit,
        }.get(field)

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(self.tr("New actor") if self._editing is None else self.tr("Edit actor"))
        self._labels["name"].setText(self.tr("&Name:"))
        self._labels["kind"].setText(self.tr("&Kind:"))
        self._labels["contact_person"].setText(self.tr("&Contact person:"))
        self._labels["contact_details"].setText(self.tr("Contact &details:"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Jobcenter Helsingør"))
        self.contact_person_edit.setPlaceholderText(self.tr("e.g. the caseworker's name"))
        self.contact_details_edit.setPlaceholderText(self.tr("Phone, e-mail or address"))
        for row in range(self.kind_combo.count()):
            self.kind_combo.setItemText(row, actor_kind_label(self.kind_combo.itemData(row)))
        self.save_button.setText(self.tr("Save actor"))
