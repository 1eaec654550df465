"""The "Measures" tab: short forms for each measure and a timeline per person.

At the top, the self-supporting definition in use (from Settings) and the
buttons that open each form inline: WHO-5, work and education status, a
child's thriving, a leisure activity and a civil-society connection. Below,
the chosen person's timeline and the family's civil-society connections.
Forms keep what is typed across refreshes, refusals and a lock.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.core.measures import SelfSupportDefinition
from ftbt_desktop.core.model import MemberRole
from ftbt_desktop.settings import Settings, load_settings
from ftbt_desktop.storage.errors import NotFound, VaultError
from ftbt_desktop.storage.repository import ChangeSet
from ftbt_desktop.ui.dialogs.settings_notifier import settings_notifier
from ftbt_desktop.ui.measures.leisure_forms import ConnectionForm, LeisureForm
from ftbt_desktop.ui.measures.record_table import RecordTable, Row
from ftbt_desktop.ui.measures.status_form import StatusForm
from ftbt_desktop.ui.measures.thriving_form import ThrivingForm
from ftbt_desktop.ui.measures.timeline import MeasuresData, PersonTimeline, load_measures
from ftbt_desktop.ui.measures.who5_export import Who5Exporter
from ftbt_desktop.ui.measures.who5_form import Who5Form
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.entity_form import EntityForm
from ftbt_desktop.ui.workspace.family_page import FamilyPage
from ftbt_desktop.ui.workspace.inputs import MemberCombo
from ftbt_desktop.words.common import EMPTY, date_text
from ftbt_desktop.words.measures import (
    connection_kind_label,
    definition_text,
    ongoing_text,
)

WATCHED_TYPES = frozenset(
    {
        "member",
        "who5_measure",
        "employment_record",
        "thriving_rating",
        "leisure_activity",
        "civil_society_connection",
    }
)


class MeasuresTab(FamilyPage):
    REFUSED_PAGE = "measures"

    def __init__(
        self, service: VaultService, family_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(service, parent)
        self._data = MeasuresData()
        self._definition = SelfSupportDefinition()
        self._person_id: str | None = None

        content = QWidget(self)
        self.definition_label = QLabel(content)
        self.definition_label.setObjectName("measures_definition")
        self.definition_label.setWordWrap(True)
        self.person_label = QLabel(content)
        self.person_combo = MemberCombo("measures_person", content)
        self.person_label.setBuddy(self.person_combo)
        person_row = QHBoxLayout()
        person_row.addWidget(self.person_label)
        person_row.addWidget(self.person_combo, 1)
        person_row.addStretch(1)

        self.who5_button = QPushButton(content)
        self.who5_button.setObjectName("measures_add_who5")
        self.status_button = QPushButton(content)
        self.status_button.setObjectName("measures_add_status")
        self.thriving_button = QPushButton(content)
        self.thriving_button.setObjectName("measures_add_thriving")
        self.leisure_button = QPushButton(content)
        self.leisure_button.setObjectName("measures_add_leisure")
        self.connection_button = QPushButton(content)
        self.connection_button.setObjectName("measures_add_connection")
        self.who5_export_button = QPushButton(content)
        self.who5_export_button.setObjectName("measures_export_who5")
        self.export_note = QLabel(content)
        self.export_note.setObjectName("measures_export_note")
        self.export_note.setWordWrap(True)
        self.export_note.hide()
        self.who5_exporter = Who5Exporter(service, self.export_note, self)
        buttons = QHBoxLayout()
        for button in (
            self.who5_button,
            self.status_button,
            self.thriving_button,
            self.leisure_button,
            self.connection_button,
        ):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.who5_export_button.setMinimumHeight(36)
        buttons.addWidget(self.who5_export_button)

        self.who5_form = Who5Form(service, content)
        self.status_form = StatusForm(service, content)
        self.thriving_form = ThrivingForm(service, content)
        self.leisure_form = LeisureForm(service, content)
        self.connection_form = ConnectionForm(service, content)
        self.timeline = PersonTimeline(service, content)
        self.connection_table = RecordTable(service, "connection_list", 5, content)

        body = QVBoxLayout(content)
        body.addWidget(self.definition_label)
        self.refused_label.setParent(content)
        body.addWidget(self.refused_label)
        body.addLayout(person_row)
        body.addLayout(buttons)
        body.addWidget(self.export_note)
        for form in self.forms():
            body.addWidget(form)
        body.addWidget(self.timeline)
        body.addWidget(self.connection_table)
        body.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("measures_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.scroll = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.person_combo.currentIndexChanged.connect(self._on_person_chosen)
        self.who5_button.clicked.connect(self.open_who5)
        self.status_button.clicked.connect(self.open_status)
        self.thriving_button.clicked.connect(self.open_thriving)
        self.leisure_button.clicked.connect(self.open_leisure)
        self.connection_button.clicked.connect(self.open_connection)
        self.who5_export_button.clicked.connect(self.export_who5)
        for form in self.forms():
            form.sig_saved.connect(self._on_saved)
        self.timeline.who5_table.sig_edit.connect(self._edit_who5)
        self.timeline.status_table.sig_edit.connect(self._edit_status)
        self.timeline.thriving_table.sig_edit.connect(self._edit_thriving)
        self.timeline.leisure_table.sig_edit.connect(self._edit_leisure)
        self.connection_table.sig_edit.connect(self._edit_connection)
        settings_notifier().sig_saved.connect(self._on_settings_saved)
        self.retranslate()
        if family_id is not None:
            self.show_family(family_id)

    def tab_title(self) -> str:
        return self.tr("Measures")

    # -- public ------------------------------------------------------------

    def forms(self) -> list[EntityForm]:
        return [
            self.who5_form,
            self.status_form,
            self.thriving_form,
            self.leisure_form,
            self.connection_form,
        ]

    def record_tables(self) -> list[RecordTable]:
        timeline = self.timeline
        return [
            timeline.who5_table,
            timeline.status_table,
            timeline.thriving_table,
            timeline.leisure_table,
            self.connection_table,
        ]

    def data(self) -> MeasuresData:
        return self._data

    def definition(self) -> SelfSupportDefinition:
        return self._definition

    def select_person(self, member_id: str) -> None:
        self.person_combo.set_current_id(member_id)

    # -- refresh -----------------------------------------------------------

    def family_switched(self) -> None:
        self._person_id = None
        super().family_switched()

    def reload(self) -> None:
        super().reload()
        self._definition = self._read_definition()
        data = MeasuresData()
        if self.family_id is not None and self.service.is_unlocked:
            try:
                data = load_measures(self.service, self.family_id)
            except (NotFound, VaultError):
                data = MeasuresData()
        self._data = data
        self.show_refused()
        keep = self._person_id if data.member(self._person_id) is not None else None
        if keep is None:
            # A family opened afresh starts with a parent (the one most often
            # measured), not the oldest adult, who may be a partner or a grandparent.
            mothers_and_fathers = [m for m in data.members if m.role is MemberRole.PARENT]
            first = next(iter(mothers_and_fathers or data.parents or data.members), None)
            keep = first.id if first is not None else None
        # One timeline fill per refresh: the combo's own signals are held back.
        self.person_combo.blockSignals(True)
        try:
            self.person_combo.set_members(data.members)
            self.person_combo.set_current_id(keep)
        finally:
            self.person_combo.blockSignals(False)
        self.who5_form.set_members(data.adults)
        self.who5_form.set_history(data.who5)
        self.status_form.set_members(data.adults)
        self.status_form.set_definition(self._definition)
        self.thriving_form.set_members(data.parents, data.children)
        self.leisure_form.set_members(data.children)
        self.connection_form.set_members(data.members)
        self._show_definition()
        self._show_person()
        self._show_connections()
        self._update_buttons()

    def on_changes(self, changes: ChangeSet) -> None:
        if changes.entity_types & WATCHED_TYPES:
            self.refresh()

    def out_of_date(self) -> bool:
        # The definition may have been changed in Settings while another page showed.
        return self._read_definition() != self._definition

    def _read_definition(self) -> SelfSupportDefinition:
        return load_settings(self.service.data_dir).self_support_definition()

    def _on_settings_saved(self, settings: Settings) -> None:
        if settings.self_support_definition() != self._definition:
            self.refresh()

    def _show_definition(self) -> None:
        self.definition_label.setText(definition_text(self._definition))

    def _on_person_chosen(self) -> None:
        self._person_id = self.person_combo.current_id()
        self._show_person()

    def _show_person(self) -> None:
        person = self._data.member(self.person_combo.current_id())
        self._person_id = person.id if person is not None else None
        self.timeline.show_person(person, self._data, self._definition)
        self.who5_export_button.setEnabled(self._who5_person() is not None)

    def _show_connections(self) -> None:
        rows = []
        for c in sorted(
            self._data.connections, key=lambda c: (c.start or "", c.name), reverse=True
        ):
            who = ", ".join(self._data.name(m) for m in c.member_ids) or EMPTY
            rows.append(
                Row(
                    c.id,
                    [
                        connection_kind_label(c.kind),
                        c.name,
                        who,
                        date_text(c.start),
                        date_text(c.end) if c.end else ongoing_text(),
                    ],
                )
            )
        self.connection_table.set_rows(rows)

    def _update_buttons(self) -> None:
        has_family = self.family_id is not None
        self.who5_button.setEnabled(has_family and bool(self._data.adults))
        self.status_button.setEnabled(has_family and bool(self._data.adults))
        self.thriving_button.setEnabled(
            has_family and bool(self._data.parents) and bool(self._data.children)
        )
        self.leisure_button.setEnabled(has_family and bool(self._data.children))
        self.connection_button.setEnabled(has_family)
        self.who5_export_button.setEnabled(self._who5_person() is not None)

    def _who5_person(self) -> str | None:
        """The chosen adult, when they have WHO-5 measures to export."""
        person = self._person_if(adult=True)
        if self.family_id is None or person is None:
            return None
        return person if any(m.member_id == person for m in self._data.who5) else None

    def export_who5(self) -> None:
        person = self._who5_person()
        if self.family_id is not None and person is not None:
            self.who5_exporter.export(self.family_id, person)

    # -- opening forms -----------------------------------------------------

    def _person_if(self, adult: bool) -> str | None:
        person = self._data.member(self._person_id)
        if person is None or person.role.is_adult != adult:
            return None
        return person.id

    def open_who5(self) -> None:
        if self.family_id is None:
            return
        fresh = not self.who5_form.is_open
        self.who5_form.start_new(self.family_id)
        if fresh:
            self.who5_form.set_member(self._person_if(adult=True))
            self.who5_form.settle()
            self._say_for_adults(self.who5_form, self.who5_form.member_combo.current_id())
        self.reveal(self.who5_form)

    def open_status(self) -> None:
        if self.family_id is None:
            return
        fresh = not self.status_form.is_open
        self.status_form.start_new(self.family_id)
        if fresh:
            self.status_form.set_member(self._person_if(adult=True))
            self.status_form.settle()
            self._say_for_adults(self.status_form, self.status_form.member_combo.current_id())
        self.reveal(self.status_form)

    def _say_for_adults(self, form: EntityForm, adult_id: str | None) -> None:
        """A child is chosen above, but this form is for adults: say whom it opened for
        (it used to switch to an adult without a word)."""
        person = self._data.member(self._person_id)
        adult = self._data.member(adult_id)
        if person is None or person.role.is_adult or adult is None:
            return
        form.message.show_note(
            self.tr(
                "{child} is a child, and this is filled in for adults. It is open for "
                "{adult}: choose another adult in the form if someone else answers."
            ).format(child=person.name, adult=adult.name),
            transient=False,
        )

    def open_thriving(self) -> None:
        if self.family_id is None:
            return
        fresh = not self.thriving_form.is_open
        self.thriving_form.start_new(self.family_id)
        if fresh:
            self.thriving_form.set_child(self._person_if(adult=False))
            self.thriving_form.set_parent(self._person_if(adult=True))
            self.thriving_form.settle()
        self.reveal(self.thriving_form)

    def open_leisure(self) -> None:
        if self.family_id is None:
            return
        fresh = not self.leisure_form.is_open
        self.leisure_form.start_new(self.family_id)
        if fresh:
            self.leisure_form.set_child(self._person_if(adult=False))
            self.leisure_form.settle()
        self.reveal(self.leisure_form)

    def open_connection(self) -> None:
        if self.family_id is not None:
            self.connection_form.start_new(self.family_id)
            self.reveal(self.connection_form)

    def reveal(self, form: QWidget) -> None:
        self.scroll.ensureWidgetVisible(form, 0, 0)

    def _edit_who5(self, entity_id: str) -> None:
        found = next((m for m in self._data.who5 if m.id == entity_id), None)
        if found is not None:
            self.who5_form.start_edit(found)
            self.reveal(self.who5_form)

    def _edit_status(self, entity_id: str) -> None:
        found = next((r for r in self._data.records if r.id == entity_id), None)
        if found is not None:
            self.status_form.start_edit(found)
            self.reveal(self.status_form)

    def _edit_thriving(self, entity_id: str) -> None:
        found = next((r for r in self._data.thriving if r.id == entity_id), None)
        if found is not None:
            self.thriving_form.start_edit(found)
            self.reveal(self.thriving_form)

    def _edit_leisure(self, entity_id: str) -> None:
        found = next((a for a in self._data.leisure if a.id == entity_id), None)
        if found is not None:
            self.leisure_form.start_edit(found)
            self.reveal(self.leisure_form)

    def _edit_connection(self, entity_id: str) -> None:
        found = next((c for c in self._data.connections if c.id == entity_id), None)
        if found is not None:
            self.connection_form.start_edit(found)
            self.reveal(self.connection_form)

    def _on_saved(self, entity_id: str) -> None:
        # The workspace refreshes on the change; a tab used on its own refreshes here.
        self.refresh()
        person = self._person_of(entity_id)
        if person is not None:
            self.select_person(person)
        for table in self.record_tables():
            table.select(entity_id)
        self.timeline.setFocus(Qt.FocusReason.OtherFocusReason)

    def _person_of(self, entity_id: str) -> str | None:
        data = self._data
        for measure in data.who5:
            if measure.id == entity_id:
                return measure.member_id
        for record in data.records:
            if record.id == entity_id:
                return record.member_id
        for rating in data.thriving:
            if rating.id == entity_id:
                return rating.child_id
        for activity in data.leisure:
            if activity.id == entity_id:
                return activity.child_id
        return None

    # -- language ----------------------------------------------------------

    def retranslate(self) -> None:
        self.scroll.setAccessibleName(self.tab_title())  # it takes focus: Tab stops here
        self.person_label.setText(self.tr("&Person:"))
        self.who5_button.setText(self.tr("WHO-5…"))
        self.who5_button.setToolTip(self.tr("Wellbeing (WHO-5) for an adult"))
        self.status_button.setText(self.tr("Work and education status…"))
        self.thriving_button.setText(self.tr("Child's thriving…"))
        self.leisure_button.setText(self.tr("Leisure activity…"))
        self.connection_button.setText(self.tr("Civil-society connection…"))
        self.who5_export_button.setText(self.tr("Export WHO-5 (FHIR)…"))
        self.who5_export_button.setToolTip(
            self.tr(
                "The chosen adult's WHO-5 measures as a file for the municipality's health "
                "or case system (KL's WHO-5 questionnaire, FHIR)"
            )
        )
        self.connection_table.title.setText(self.tr("The family's civil-society connections"))
        self.connection_table.set_headers(
            [self.tr("Kind"), self.tr("Name"), self.tr("Who"), self.tr("From"), self.tr("To")]
        )
        self.connection_table.set_empty_text(self.tr("No civil-society connections yet."))
        self._show_definition()
        self.timeline.retranslate()
        for table in self.record_tables():
            table.retranslate()
