"""The "Network and consent" tab: the actors around the family and the §11a consents.

At the top, "Expiring soon": consents that run out within a month. Then the
actors, each marked (icon and words) when no valid consent covers them, and
the consents with their state. Forms are inline and keep what is typed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.core.casework import (
    Consent,
    ConsentState,
    actors_without_valid_consent,
    consent_state,
    expiring_consents,
    renewed_consents,
)
from ftbt_desktop.core.model import Member, MemberRole
from ftbt_desktop.core.plan import Actor
from ftbt_desktop.operations import network as network_ops
from ftbt_desktop.storage.errors import NotFound, VaultError
from ftbt_desktop.storage.repository import ChangeSet
from ftbt_desktop.ui.measures.record_table import Cell, RecordTable, Row
from ftbt_desktop.ui.network.actor_form import ActorForm
from ftbt_desktop.ui.network.consent_form import ConsentForm
from ftbt_desktop.ui.network.network_icons import expiring_icon, no_consent_icon
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.entity_form import EntityForm
from ftbt_desktop.ui.workspace.family_page import FamilyPage
from ftbt_desktop.ui.workspace.form_writes import write_or_say
from ftbt_desktop.ui.workspace.inline import InlineConfirm, MessageLine
from ftbt_desktop.words.common import EMPTY, date_text
from ftbt_desktop.words.map import actor_kind_label
from ftbt_desktop.words.network import (
    consent_state_text,
    days_left_text,
    info_kinds_text,
    no_consent_text,
)

WATCHED_TYPES = frozenset({"member", "actor", "consent"})
ACTOR_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class NetworkData:
    members: list[Member] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)

    def name(self, member_id: str) -> str:
        member = next((m for m in self.members if m.id == member_id), None)
        return member.name if member is not None else EMPTY

    def actor_name(self, actor_id: str) -> str:
        actor = next((a for a in self.actors if a.id == actor_id), None)
        return actor.name if actor is not None else EMPTY

    def recipients_text(self, consent: Consent) -> str:
        return ", ".join(
            sorted((self.actor_name(a) for a in consent.recipient_ids), key=str.casefold)
        )

    def givers_text(self, consent: Consent) -> str:
        """The givers in the family's order; empty when who gave it is not recorded."""
        return ", ".join(m.name for m in self.members if m.id in consent.giver_ids)


class NetworkTab(FamilyPage):
    REFUSED_PAGE = "network"

    def __init__(
        self, service: VaultService, family_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(service, parent)
        self._data = NetworkData()
        self._lacking: set[str] = set()
        self._today = dt.date.today()
        self._pending_withdraw: str | None = None

        content = QWidget(self)
        self.expiring_box = QGroupBox(content)
        self.expiring_box.setObjectName("consents_expiring_box")
        self.expiring_list = QListWidget(self.expiring_box)
        self.expiring_list.setObjectName("consents_expiring")
        self.expiring_list.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        box_layout = QVBoxLayout(self.expiring_box)
        box_layout.addWidget(self.expiring_list)
        self.expiring_box.hide()

        self.actor_table = RecordTable(service, "actor_list", 5, content)
        self.add_actor_button = QPushButton(content)
        self.add_actor_button.setObjectName("actor_add")
        self.actor_table.add_button(self.add_actor_button, 0)
        self.add_consent_for_actor_button = QPushButton(content)
        self.add_consent_for_actor_button.setObjectName("actor_add_consent")
        self.actor_table.add_button(self.add_consent_for_actor_button)
        self.actor_form = ActorForm(service, content)

        self.consent_table = RecordTable(service, "consent_list", 7, content, stretch_column=4)
        self.add_consent_button = QPushButton(content)
        self.add_consent_button.setObjectName("consent_add")
        self.consent_table.add_button(self.add_consent_button, 0)
        self.renew_button = QPushButton(content)
        self.renew_button.setObjectName("consent_renew")
        self.consent_table.add_button(self.renew_button)
        self.withdraw_button = QPushButton(content)
        self.withdraw_button.setObjectName("consent_withdraw")
        self.consent_table.add_button(self.withdraw_button)
        self.withdraw_confirm = InlineConfirm("consent_withdraw_confirm", content)
        self.message = MessageLine("network_error", content)
        self.consent_form = ConsentForm(service, content)

        body = QVBoxLayout(content)
        body.addWidget(self.expiring_box)
        body.addWidget(self.actor_table)
        body.addWidget(self.actor_form)
        body.addWidget(self.consent_table)
        self.refused_label.setParent(content)
        body.addWidget(self.refused_label)
        body.addWidget(self.withdraw_confirm)
        body.addWidget(self.message)
        body.addWidget(self.consent_form)
        body.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)

        self.add_actor_button.clicked.connect(self.open_new_actor)
        self.add_consent_button.clicked.connect(self.open_new_consent)
        self.add_consent_for_actor_button.clicked.connect(self._consent_for_selected_actor)
        self.renew_button.clicked.connect(self.renew_selected_consent)
        self.withdraw_button.clicked.connect(self._ask_withdraw)
        self.withdraw_confirm.sig_confirmed.connect(self._withdraw_confirmed)
        self.withdraw_confirm.sig_cancelled.connect(self._withdraw_cancelled)
        self.actor_table.sig_edit.connect(self._edit_actor)
        self.consent_table.sig_edit.connect(self._edit_consent)
        self.actor_table.table.itemSelectionChanged.connect(self._update_buttons)
        self.consent_table.table.itemSelectionChanged.connect(self._update_buttons)
        self.expiring_list.itemActivated.connect(self._expiring_activated)
        for form in self.forms():
            form.sig_saved.connect(self._on_saved)
            form.sig_closed.connect(self._update_buttons)
        self.retranslate()
        if family_id is not None:
            self.show_family(family_id)

    def tab_title(self) -> str:
        return self.tr("Network and consent")

    # -- public ------------------------------------------------------------

    def forms(self) -> list[EntityForm]:
        return [self.actor_form, self.consent_form]

    def data(self) -> NetworkData:
        return self._data

    def actors_without_consent(self) -> set[str]:
        return set(self._lacking)

    def expiring_texts(self) -> list[str]:
        return [self.expiring_list.item(i).text() for i in range(self.expiring_list.count())]

    # -- refresh -----------------------------------------------------------

    def family_switched(self) -> None:
        super().family_switched()
        self.withdraw_confirm.hide()
        self._pending_withdraw = None
        self.message.clear_message()

    def reload(self) -> None:
        super().reload()
        self._today = dt.date.today()
        data = NetworkData()
        if self.family_id is not None and self.service.is_unlocked:
            try:
                data = NetworkData(
                    members=self.service.members(self.family_id),
                    actors=self.service.load(self.family_id, "actor"),
                    consents=self.service.load(self.family_id, "consent"),
                )
            except (NotFound, VaultError):
                data = NetworkData()
        self._data = data
        self._lacking = actors_without_valid_consent(
            (a.id for a in data.actors), data.consents, self._today
        )
        self.consent_form.set_members(data.members)
        self.consent_form.set_actors(data.actors, self._lacking)
        self._show_expiring()
        self._show_actors()
        self._show_consents()
        self.show_refused()
        self._update_buttons()

    def on_changes(self, changes: ChangeSet) -> None:
        if changes.entity_types & WATCHED_TYPES:
            self.refresh()

    def out_of_date(self) -> bool:
        return self._today != dt.date.today()  # consents run out at midnight

    def reveal(self, form: QWidget) -> None:
        self.scroll.ensureWidgetVisible(form, 0, 0)

    def _show_expiring(self) -> None:
        soon = expiring_consents(self._data.consents, self._today)
        self.expiring_list.clear()
        for consent in soon:
            text = self.tr("{member} – {actor}: valid until {date} ({left})").format(
                member=self._data.name(consent.member_id),
                actor=self._data.recipients_text(consent),
                date=date_text(consent.valid_until),
                left=days_left_text(consent.valid_until, self._today),
            )
            item = QListWidgetItem(expiring_icon(), text)
            item.setData(ACTOR_ID_ROLE, consent.id)
            self.expiring_list.addItem(item)
        self.expiring_box.setVisible(bool(soon))
        row_height = max(self.expiring_list.sizeHintForRow(0), 20) if soon else 20
        self.expiring_list.setFixedHeight(min(len(soon), 5) * row_height + 8)

    def _show_actors(self) -> None:
        rows = []
        for actor in sorted(self._data.actors, key=lambda a: a.name.casefold()):
            if actor.id in self._lacking:
                consent = Cell(
                    no_consent_text(),
                    icon=no_consent_icon(),
                    tooltip=self.tr(
                        "No valid §11a consent covers this actor: share no information yet."
                    ),
                )
            else:
                until = max(
                    c.valid_until
                    for c in self._data.consents
                    if actor.id in c.recipient_ids and c.is_valid(self._today)
                )
                consent = Cell(self.tr("Consent until {date}").format(date=date_text(until)))
            rows.append(
                Row(
                    actor.id,
                    [
                        actor.name,
                        actor_kind_label(actor.kind),
                        actor.contact_person or EMPTY,
                        actor.contact_details or EMPTY,
                        consent,
                    ],
                )
            )
        self.actor_table.set_rows(rows)

    def _show_consents(self) -> None:
        rows = []
        ordered = sorted(self._data.consents, key=lambda c: c.valid_until, reverse=True)
        renewed = renewed_consents(self._data.consents)
        for consent in ordered:
            state = consent_state(consent, self._today)
            if state is ConsentState.EXPIRING and consent.id in renewed:
                state = ConsentState.VALID  # a newer consent carries it on: nothing lapses
            icon = None
            if state is ConsentState.EXPIRING:
                icon = expiring_icon()
            elif state is not ConsentState.VALID:
                icon = no_consent_icon()
            if consent.givers_known:
                givers = Cell(self._data.givers_text(consent) or EMPTY)
            else:
                givers = Cell(
                    self.tr("Not recorded"),
                    icon=no_consent_icon(),
                    tooltip=self.tr("Ask who gave the consent, and tick them in the consent."),
                )
            rows.append(
                Row(
                    consent.id,
                    [
                        self._data.name(consent.member_id),
                        givers,
                        self._data.recipients_text(consent),
                        info_kinds_text(consent.info_kinds),
                        consent.purpose,
                        date_text(consent.given),
                        Cell(consent_state_text(consent, state, self._today), icon=icon),
                    ],
                )
            )
        self.consent_table.set_rows(rows)

    def _update_buttons(self) -> None:
        has_family = self.family_id is not None
        self.add_actor_button.setEnabled(has_family)
        self.add_consent_button.setEnabled(has_family and bool(self._data.actors))
        self.add_consent_for_actor_button.setEnabled(
            has_family and self.actor_table.selected_id() is not None
        )
        consent = self._selected_consent()
        can_withdraw = (
            consent is not None and consent.withdrawn is None and self.withdraw_confirm.isHidden()
        )
        self.withdraw_button.setEnabled(can_withdraw)
        self.renew_button.setEnabled(consent is not None)

    # -- actions -----------------------------------------------------------

    def open_new_actor(self) -> None:
        if self.family_id is not None:
            self.actor_form.start_new(self.family_id)
            self.reveal(self.actor_form)

    def open_new_consent(self, actor_id: str | None = None) -> None:
        if self.family_id is None:
            return
        fresh = not self.consent_form.is_open
        self.consent_form.start_new(self.family_id)
        parents = [m for m in self._data.members if m.role is MemberRole.PARENT]
        if fresh and parents:
            self.consent_form.member_combo.set_current_id(parents[0].id)
        if actor_id:
            self.consent_form.set_actor(actor_id)
        if fresh:
            self.consent_form.settle()
        self.reveal(self.consent_form)

    def renew_selected_consent(self) -> None:
        """A new consent like the chosen one, given today: the family signs again."""
        consent = self._selected_consent()
        if self.family_id is None or consent is None:
            return
        if self.consent_form.has_typing():
            # A consent being typed is never overwritten: finish or cancel it first.
            self.reveal(self.consent_form)
            self.consent_form.message.show_message(
                self.tr("Save or cancel the consent you are typing first.")
            )
            return
        self.consent_form.start_new(self.family_id, keep_typing=False)
        self.consent_form.prefill_renewal(consent)
        self.consent_form.settle()
        self.reveal(self.consent_form)

    def _consent_for_selected_actor(self) -> None:
        actor_id = self.actor_table.selected_id()
        if actor_id is not None:
            self.open_new_consent(actor_id)

    def _edit_actor(self, actor_id: str) -> None:
        actor = next((a for a in self._data.actors if a.id == actor_id), None)
        if actor is not None:
            self.actor_form.start_edit(actor)
            self.reveal(self.actor_form)

    def _edit_consent(self, consent_id: str) -> None:
        consent = next((c for c in self._data.consents if c.id == consent_id), None)
        if consent is not None:
            self.consent_form.start_edit(consent)
            self.reveal(self.consent_form)

    def _expiring_activated(self, item: QListWidgetItem) -> None:
        consent_id = item.data(ACTOR_ID_ROLE)
        self.consent_table.select(consent_id)
        self._edit_consent(consent_id)

    def _selected_consent(self) -> Consent | None:
        consent_id = self.consent_table.selected_id()
        return next((c for c in self._data.consents if c.id == consent_id), None)

    def _ask_withdraw(self) -> None:
        consent = self._selected_consent()
        if consent is None:
            return
        self._pending_withdraw = consent.id
        self.withdraw_confirm.ask(
            self.tr(
                "Record that the consent about {member} for {actor} was withdrawn today?"
            ).format(
                member=self._data.name(consent.member_id),
                actor=self._data.recipients_text(consent),
            ),
            self.tr("Withdraw"),
            self.tr("Keep"),
        )
        self._update_buttons()

    def _withdraw_confirmed(self) -> None:
        consent_id, self._pending_withdraw = self._pending_withdraw, None
        if consent_id is None:
            return
        today = dt.date.today()
        write_or_say(
            self.message,
            lambda: self.service.run(
                network_ops.withdraw_consent, consent_id, today, initiator=self
            ),
        )
        self.refresh()

    def _withdraw_cancelled(self) -> None:
        self._pending_withdraw = None
        self._update_buttons()

    def _on_saved(self, entity_id: str) -> None:
        # The workspace refreshes on the change; a tab used on its own refreshes here.
        self.refresh()
        self.actor_table.select(entity_id)
        self.consent_table.select(entity_id)

    # -- language ----------------------------------------------------------

    def retranslate(self) -> None:
        self.scroll.setAccessibleName(self.tab_title())  # it takes focus: Tab stops here
        self.expiring_box.setTitle(self.tr("Expiring soon"))
        self.expiring_list.setAccessibleName(self.tr("Consents that expire within a month"))
        self.actor_table.title.setText(self.tr("Actors around the family"))
        self.actor_table.set_headers(
            [
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Contact person"),
                self.tr("Contact details"),
                self.tr("Consent"),
            ]
        )
        self.actor_table.set_empty_text(
            self.tr("No actors yet. Add the jobcenter, the school, a club…")
        )
        self.add_actor_button.setText(self.tr("Add actor…"))
        self.add_consent_for_actor_button.setText(self.tr("Add consent for this actor…"))
        self.consent_table.title.setText(self.tr("Consents (§11a)"))
        self.consent_table.set_headers(
            [
                self.tr("About"),
                self.tr("Given by"),
                self.tr("Shared with"),
                self.tr("Information"),
                self.tr("Purpose"),
                self.tr("Given"),
                self.tr("State"),
            ]
        )
        self.consent_table.set_empty_text(self.tr("No consents yet."))
        self.add_consent_button.setText(self.tr("Add consent…"))
        self.withdraw_button.setText(self.tr("Withdraw…"))
        self.renew_button.setText(self.tr("Renew…"))
        self.renew_button.setToolTip(
            self.tr("A new consent for the same person, actors, information and purpose")
        )
        for table in (self.actor_table, self.consent_table):
            table.retranslate()
        if self.family_id is not None and self.service.is_unlocked:
            self._show_expiring()
