"""The consent form (Retssikkerhedsloven §11a): who, which kinds of information, with
which actor, for which purpose, given when, valid until, withdrawn when.

A blanket consent is not valid, so the form asks for each part and refuses
one without named kinds of information, saying why.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QWidget,
)

from ftbt_desktop.core.casework import Consent, InfoKind
from ftbt_desktop.core.model import Member
from ftbt_desktop.core.plan import Actor
from ftbt_desktop.ui.entity_form import EntityForm
from ftbt_desktop.ui.inputs import DateEdit, MemberCombo, OptionalDateEdit
from ftbt_desktop.ui.network.network_words import (
    blanket_consent_message,
    info_kind_label,
    no_consent_icon,
    no_consent_text,
)
from ftbt_desktop.ui.service import VaultService

DEFAULT_VALIDITY_MONTHS = 12


class ActorCombo(QComboBox):
    """Actors by name, those without a valid consent marked with an icon and words."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)

    def set_actors(self, actors: Iterable[Actor], lacking: set[str]) -> None:
        current = self.current_id()
        was_blocked = self.blockSignals(True)
        try:
            self.clear()
            for actor in sorted(actors, key=lambda a: a.name.casefold()):
                if actor.id in lacking:
                    text = f"{actor.name} – {no_consent_text()}"
                    self.addItem(no_consent_icon(), text, actor.id)
                else:
                    self.addItem(actor.name, actor.id)
            index = self.findData(current) if current is not None else -1
            self.setCurrentIndex(index if index >= 0 else (0 if self.count() else -1))
        finally:
            self.blockSignals(was_blocked)

    def current_id(self) -> str | None:
        value = self.currentData()
        return str(value) if value is not None else None

    def set_current_id(self, actor_id: str | None) -> None:
        index = self.findData(actor_id) if actor_id is not None else -1
        if index >= 0:
            self.setCurrentIndex(index)


class ConsentForm(EntityForm):
    entity_type = "consent"

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(service, "consent_form", parent)
        self.member_combo = MemberCombo("consent_member", self)
        self.actor_combo = ActorCombo("consent_actor", self)
        self.kinds_box = QWidget(self)
        self.kinds_box.setObjectName("consent_kinds")
        grid = QGridLayout(self.kinds_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.kind_checks: dict[InfoKind, QCheckBox] = {}
        for index, kind in enumerate(InfoKind):
            box = QCheckBox(self.kinds_box)
            box.setObjectName(f"consent_kind_{kind.value}")
            grid.addWidget(box, index // 2, index % 2)
            self.kind_checks[kind] = box
        self.purpose_edit = QLineEdit(self)
        self.purpose_edit.setObjectName("consent_purpose")
        self.given_edit = DateEdit("consent_given", self)
        self.valid_until_edit = DateEdit("consent_valid_until", self)
        self.withdrawn_edit = OptionalDateEdit("consent_withdrawn", self)
        form = self.add_rows(
            (
                ("member", self.member_combo),
                ("actor", self.actor_combo),
                ("kinds", self.kinds_box),
                ("purpose", self.purpose_edit),
                ("given", self.given_edit),
                ("valid_until", self.valid_until_edit),
            )
        )
        form.addRow("", self.withdrawn_edit)
        self.purpose_edit.returnPressed.connect(self.save)
        self.retranslate()

    # -- context -----------------------------------------------------------

    def set_members(self, members: Iterable[Member]) -> None:
        self.member_combo.set_members(members)

    def set_actors(self, actors: Iterable[Actor], lacking: set[str]) -> None:
        self.actor_combo.set_actors(actors, lacking)

    def set_actor(self, actor_id: str | None) -> None:
        self.actor_combo.set_current_id(actor_id)

    def set_kinds(self, kinds: Iterable[str]) -> None:
        wanted = set(kinds)
        for kind, box in self.kind_checks.items():
            box.setChecked(kind.value in wanted)

    def kinds(self) -> list[str]:
        return [kind.value for kind, box in self.kind_checks.items() if box.isChecked()]

    def prefill_renewal(self, consent: Consent) -> None:
        """The same member, actor, kinds of information and purpose; given today."""
        self.member_combo.set_current_id(consent.member_id)
        self.actor_combo.set_current_id(consent.actor_id)
        self.set_kinds(consent.info_kinds)
        self.purpose_edit.setText(consent.purpose)

    # -- EntityForm hooks --------------------------------------------------

    def clear_inputs(self) -> None:
        self.set_kinds([])
        self.purpose_edit.clear()
        self.given_edit.set_iso(None)
        self.valid_until_edit.setDate(QDate.currentDate().addMonths(DEFAULT_VALIDITY_MONTHS))
        self.withdrawn_edit.set_iso(None)

    def fill(self, entity: Any) -> None:
        consent: Consent = entity
        self.member_combo.set_current_id(consent.member_id)
        self.actor_combo.set_current_id(consent.actor_id)
        self.set_kinds(consent.info_kinds)
        self.purpose_edit.setText(consent.purpose)
        self.given_edit.set_iso(consent.given)
        self.valid_until_edit.set_iso(consent.valid_until)
        self.withdrawn_edit.set_iso(consent.withdrawn)

    def values(self) -> dict[str, Any]:
        return {
            "member_id": self.member_combo.current_id(),
            "actor_id": self.actor_combo.current_id(),
            "info_kinds": sorted(self.kinds()),
            "purpose": self.purpose_edit.text(),
            "given": self.given_edit.iso(),
            "valid_until": self.valid_until_edit.iso(),
            "withdrawn": self.withdrawn_edit.iso(),
        }

    def problem(self) -> str | None:
        if self.member_combo.current_id() is None:
            return self.tr("Add the family member the consent is about first.")
        if self.actor_combo.current_id() is None:
            return self.tr(
                "Add the actor first: a consent names who the information is shared with."
            )
        if not self.kinds():
            self.kind_checks[InfoKind.HEALTH].setFocus()
            return blanket_consent_message()
        if not self.purpose_edit.text().strip():
            self.purpose_edit.setFocus()
            return self.tr("Say what the information is exchanged for (the purpose).")
        given, until = self.given_edit.iso(), self.valid_until_edit.iso()
        if until < given:
            self.valid_until_edit.setFocus()
            return self.tr("“Valid until” is before the date the consent was given.")
        withdrawn = self.withdrawn_edit.iso()
        if withdrawn is not None and withdrawn < given:
            self.withdrawn_edit.setFocus()
            return self.tr("“Withdrawn” is before the date the consent was given.")
        return None

    def first_input(self) -> QWidget | None:
        return self.member_combo

    def widget_for(self, field: str) -> QWidget | None:
        return {
            "member_id": self.member_combo,
            "actor_id": self.actor_combo,
            "info_kinds": self.kinds_box,
            "purpose": self.purpose_edit,
            "given": self.given_edit,
            "valid_until": self.valid_until_edit,
            "withdrawn": self.withdrawn_edit,
        }.get(field)

    # -- language ----------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(
            self.tr("New consent (§11a)") if self._editing is None else self.tr("Edit consent")
        )
        self._labels["member"].setText(self.tr("&About:"))
        self._labels["actor"].setText(self.tr("Shared &with:"))
        self._labels["kinds"].setText(self.tr("Which information:"))
        self._labels["purpose"].setText(self.tr("&Purpose:"))
        self._labels["given"].setText(self.tr("&Given:"))
        self._labels["valid_until"].setText(self.tr("&Valid until:"))
        self.purpose_edit.setPlaceholderText(
            self.tr("e.g. to plan a part-time return to work together")
        )
        for kind, box in self.kind_checks.items():
            box.setText(info_kind_label(kind))
        self.withdrawn_edit.set_label(self.tr("Withdrawn"))
        for edit in (self.given_edit, self.valid_until_edit, self.withdrawn_edit):
            edit.retranslate()
        self.save_button.setText(self.tr("Save consent"))
