"""The consent form (Retssikkerhedsloven §11a): whom it concerns, who gave it, which
actors may exchange information, which kinds of information, for which purpose,
given when and how (in writing or orally), valid until, withdrawn when.

A blanket consent is not valid, so the form asks for each part and refuses
one without named kinds of information, saying why. Who gave a consent was
not asked before issue 12: such a consent opens saying so, and is not saved
again until a giver is ticked.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from ftbt_desktop.core.casework import Consent, GivenForm, InfoKind, recipient_fields
from ftbt_desktop.core.model import Member, MemberRole
from ftbt_desktop.core.plan import Actor
from ftbt_desktop.ui.network.actor_checks import ActorChecks
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.entity_form import EntityForm
from ftbt_desktop.ui.workspace.inputs import DateEdit, MemberChecks, MemberCombo, OptionalDateEdit
from ftbt_desktop.words.network import blanket_consent_message, info_kind_label

DEFAULT_VALIDITY_MONTHS = 12


class GivenFormChoice(QWidget):
    """In writing or orally: two radio buttons, neither chosen until the coordinator says."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.written = QRadioButton(self)
        self.written.setObjectName(f"{object_name}_written")
        self.oral = QRadioButton(self)
        self.oral.setObjectName(f"{object_name}_oral")
        self.group = QButtonGroup(self)
        for button in (self.written, self.oral):
            self.group.addButton(button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.written)
        layout.addWidget(self.oral)
        layout.addStretch(1)
        self.setFocusProxy(self.written)

    def value(self) -> str | None:
        if self.written.isChecked():
            return GivenForm.WRITTEN.value
        if self.oral.isChecked():
            return GivenForm.ORAL.value
        return None

    def set_value(self, value: GivenForm | str | None) -> None:
        # An exclusive group keeps one button checked: let go to clear both.
        self.group.setExclusive(False)
        self.written.setChecked(value == GivenForm.WRITTEN.value)
        self.oral.setChecked(value == GivenForm.ORAL.value)
        self.group.setExclusive(True)


class ConsentForm(EntityForm):
    entity_type = "consent"

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(service, "consent_form", parent)
        self._members: list[Member] = []
        self.member_combo = MemberCombo("consent_member", self)
        self.giver_checks = MemberChecks("consent_givers", self)
        self.actor_checks = ActorChecks("consent_actors", self)
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
        self.given_as = GivenFormChoice("consent_given_as", self)
        self.valid_until_edit = DateEdit("consent_valid_until", self)
        self.withdrawn_edit = OptionalDateEdit("consent_withdrawn", self)
        form = self.add_rows(
            (
                ("member", self.member_combo),
                ("givers", self.giver_checks),
                ("actors", self.actor_checks),
                ("kinds", self.kinds_box),
                ("purpose", self.purpose_edit),
                ("given", self.given_edit),
                ("given_as", self.given_as),
                ("valid_until", self.valid_until_edit),
            )
        )
        form.addRow("", self.withdrawn_edit)
        for group in (self.giver_checks, self.actor_checks):
            # Focus (from its label's Alt key) passes to the group's first box; never a
            # Tab stop of its own.
            group.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.purpose_edit.returnPressed.connect(self.save)
        self.retranslate()

    # -- context -----------------------------------------------------------

    def set_members(self, members: Iterable[Member]) -> None:
        self._members = list(members)
        self.member_combo.set_members(self._members)
        self.giver_checks.set_members(self._members)
        self._name_giver_boxes()
        # The row's label jumps to its first box (Alt+A), as to any other input.
        self.giver_checks.setFocusProxy(_first_box(self.giver_checks, None))

    def set_actors(self, actors: Iterable[Actor], lacking: set[str]) -> None:
        self.actor_checks.set_actors(actors, lacking)
        self.actor_checks.setFocusProxy(_first_box(self.actor_checks, None))

    def set_actor(self, actor_id: str | None) -> None:
        """Tick the actor the consent was opened for (from the actor list)."""
        if actor_id is not None:
            self.actor_checks.check(actor_id)

    def set_kinds(self, kinds: Iterable[str]) -> None:
        wanted = set(kinds)
        for kind, box in self.kind_checks.items():
            box.setChecked(kind.value in wanted)

    def kinds(self) -> list[str]:
        return [kind.value for kind, box in self.kind_checks.items() if box.isChecked()]

    def prefill_renewal(self, consent: Consent) -> None:
        """The same person, givers, recipients, kinds of information and purpose; given
        today. How it is given this time (in writing or orally) is asked again."""
        self.member_combo.set_current_id(consent.member_id)
        self.giver_checks.set_checked(consent.giver_ids)
        self.actor_checks.set_checked(consent.recipient_ids)
        self.set_kinds(consent.info_kinds)
        self.purpose_edit.setText(consent.purpose)

    # -- EntityForm hooks --------------------------------------------------

    def start_edit(self, entity: Any) -> bool:
        opened = super().start_edit(entity)
        if opened and not entity.givers_known:
            # A consent from before the app asked: ask now, before anything else is saved.
            self.message.show_message(self.givers_unknown_message(entity.form is not None))
        return opened

    def clear_inputs(self) -> None:
        self.giver_checks.set_checked([])
        self.actor_checks.set_checked([])
        self.set_kinds([])
        self.purpose_edit.clear()
        self.given_edit.set_iso(None)
        self.given_as.set_value(None)
        self.valid_until_edit.setDate(QDate.currentDate().addMonths(DEFAULT_VALIDITY_MONTHS))
        self.withdrawn_edit.set_iso(None)

    def fill(self, entity: Any) -> None:
        consent: Consent = entity
        self.member_combo.set_current_id(consent.member_id)
        self.giver_checks.set_checked(consent.giver_ids)
        self.actor_checks.set_checked(consent.recipient_ids)
        self.set_kinds(consent.info_kinds)
        self.purpose_edit.setText(consent.purpose)
        self.given_edit.set_iso(consent.given)
        self.given_as.set_value(consent.form)
        self.valid_until_edit.set_iso(consent.valid_until)
        self.withdrawn_edit.set_iso(consent.withdrawn)

    def values(self) -> dict[str, Any]:
        return {
            "member_id": self.member_combo.current_id(),
            "giver_ids": sorted(self.giver_checks.checked_ids()),
            **recipient_fields(self.actor_checks.checked_ids()),
            "info_kinds": sorted(self.kinds()),
            "purpose": self.purpose_edit.text(),
            "given": self.given_edit.iso(),
            "form": self.given_as.value(),
            "valid_until": self.valid_until_edit.iso(),
            "withdrawn": self.withdrawn_edit.iso(),
        }

    def problem(self) -> str | None:
        member_id = self.member_combo.current_id()
        if member_id is None:
            return self.tr("Add the family member the consent is about first.")
        givers = self.giver_checks.checked_ids()
        if not givers:
            _focus_first_box(self.giver_checks)
            return self.tr(
                "Tick who gave the consent: the custody holders, or the person it is about."
            )
        for member in self._members:
            if member.id in givers and member.role is MemberRole.CHILD and member.id != member_id:
                self.giver_checks.box(member.id).setFocus()
                return self.tr(
                    "{name} is a child and can only give consent about themself."
                ).format(name=member.name)
        if self.actor_checks.first_box() is None:
            return self.tr(
                "Add the actor first: a consent names who the information is shared with."
            )
        if not self.actor_checks.checked_ids():
            _focus_first_box(self.actor_checks)
            return self.tr("Tick who the information may be shared with.")
        if not self.kinds():
            self.kind_checks[InfoKind.HEALTH].setFocus()
            return blanket_consent_message()
        if not self.purpose_edit.text().strip():
            self.purpose_edit.setFocus()
            return self.tr("Say what the information is exchanged for (the purpose).")
        if self.given_as.value() is None:
            self.given_as.setFocus()
            return self.tr("Say whether the consent was given in writing or orally.")
        given, until = self.given_edit.iso(), self.valid_until_edit.iso()
        if until < given:
            self.valid_until_edit.setFocus()
            return self.tr("“Valid until” is before the date the consent was given.")
        withdrawn = self.withdrawn_edit.iso()
        if withdrawn is not None and withdrawn < given:
            self.withdrawn_edit.setFocus()
            return self.tr("“Withdrawn” is before the date the consent was given.")
        return None

    def givers_unknown_message(self, form_known: bool = True) -> str:
        if form_known:
            return self.tr(
                "Who gave this consent has not been recorded. Tick who gave it before you save."
            )
        return self.tr(
            "Who gave this consent has not been recorded. Tick who gave it, and say whether "
            "it was given in writing or orally, before you save."
        )

    def first_input(self) -> QWidget | None:
        return self.member_combo

    def widget_for(self, field: str) -> QWidget | None:
        return {
            "member_id": self.member_combo,
            "giver_ids": self.giver_checks,
            "actor_id": self.actor_checks,
            "actor_ids": self.actor_checks,
            "info_kinds": self.kinds_box,
            "purpose": self.purpose_edit,
            "given": self.given_edit,
            "form": self.given_as,
            "valid_until": self.valid_until_edit,
            "withdrawn": self.withdrawn_edit,
        }.get(field)

    # -- language ----------------------------------------------------------

    def _name_giver_boxes(self) -> None:
        for member in self._members:
            self.giver_checks.box(member.id).setAccessibleName(
                self.tr("Consent given by {name}").format(name=member.name)
            )

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(
            self.tr("New consent (§11a)") if self._editing is None else self.tr("Edit consent")
        )
        self._labels["member"].setText(self.tr("&About:"))
        self._labels["givers"].setText(self.tr("Given b&y:"))
        self._labels["actors"].setText(self.tr("Shared &with:"))
        self._labels["kinds"].setText(self.tr("Which information:"))
        self._labels["purpose"].setText(self.tr("&Purpose:"))
        self._labels["given"].setText(self.tr("&Given:"))
        self._labels["given_as"].setText(self.tr("Given &how:"))
        self._labels["valid_until"].setText(self.tr("&Valid until:"))
        self.member_combo.setAccessibleName(self.tr("The consent is about"))
        self.giver_checks.setAccessibleName(self.tr("Who gave the consent"))
        self.actor_checks.setAccessibleName(self.tr("Who the information is shared with"))
        self.giver_checks.set_empty_text(self.tr("Add the family members first."))
        self.actor_checks.set_empty_text(self.tr("Add the actors around the family first."))
        self.actor_checks.retranslate()
        self._name_giver_boxes()
        self.purpose_edit.setPlaceholderText(
            self.tr("e.g. to plan a part-time return to work together")
        )
        self.given_as.written.setText(self.tr("In writing"))
        self.given_as.oral.setText(self.tr("Orally"))
        self.given_as.written.setAccessibleName(self.tr("Consent given in writing"))
        self.given_as.oral.setAccessibleName(self.tr("Consent given orally"))
        for kind, box in self.kind_checks.items():
            box.setText(info_kind_label(kind))
        self.withdrawn_edit.set_label(self.tr("Withdrawn"))
        for edit in (self.given_edit, self.valid_until_edit, self.withdrawn_edit):
            edit.retranslate()
        self.save_button.setText(self.tr("Save consent"))


def _first_box(widget: QWidget, default: QWidget | None = None) -> QWidget | None:
    """The first check box of a group not on its way out (the group takes no focus)."""
    boxes = [b for b in widget.findChildren(QCheckBox) if not b.isHidden()]
    return boxes[0] if boxes else default


def _focus_first_box(widget: QWidget) -> None:
    (_first_box(widget) or widget).setFocus()
