"""The "Visits" tab: the family's visits newest first, the time since the last one,
the chosen visit's internal summary and its next steps, and an inline form."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.core.casework import Visit
from ftbt_desktop.core.model import Member
from ftbt_desktop.core.plan import Goal, Step
from ftbt_desktop.operations import records
from ftbt_desktop.storage.errors import VaultError
from ftbt_desktop.storage.repository import ChangeSet
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.visits.next_steps import NextStepsPanel
from ftbt_desktop.ui.visits.visit_form import VisitForm
from ftbt_desktop.ui.workspace.entity_form import EntityForm
from ftbt_desktop.ui.workspace.family_page import FamilyPage
from ftbt_desktop.ui.workspace.form_writes import write_or_say
from ftbt_desktop.ui.workspace.inline import InlineConfirm, MessageLine
from ftbt_desktop.words.common import EMPTY, date_text
from ftbt_desktop.words.visit import since_last_visit_text, visit_kind_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = 4  # date, kind, who, next steps
VISIT_TYPES = frozenset({"visit", "member", "goal", "step"})


def last_visit_date(visits: list[Visit], today: dt.date) -> dt.date | None:
    """The latest visit on or before today (a planned visit ahead does not count)."""
    past = [dt.date.fromisoformat(v.date) for v in visits]
    past = [d for d in past if d <= today]
    return max(past, default=None)


class VisitsTab(FamilyPage):
    REFUSED_PAGE = "visits"

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self.setObjectName("visits_tab")
        self.today: Callable[[], dt.date] = dt.date.today
        self._visits: list[Visit] = []
        self._members: list[Member] = []
        self._goals: list[Goal] = []
        self._steps: list[Step] = []
        self._selected_id: str | None = None

        self.since_label = QLabel(self)
        self.since_label.setObjectName("visits_since_last")
        font = self.since_label.font()
        font.setBold(True)
        self.since_label.setFont(font)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("visit_new")
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("visit_edit")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("visit_remove")
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("visits_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        for column in range(COLUMNS):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == 2
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        self.remove_confirm = InlineConfirm("visit_remove_confirm", self)
        self.message = MessageLine("visits_error", self)

        self.detail = QFrame(self)
        self.detail.setObjectName("visit_detail")
        self.detail.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary_heading = QLabel(self.detail)
        self.summary_heading.setObjectName("visit_detail_summary_heading")
        heading_font = self.summary_heading.font()
        heading_font.setBold(True)
        self.summary_heading.setFont(heading_font)
        self.summary = QLabel(self.detail)
        self.summary.setObjectName("visit_detail_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.next_steps = NextStepsPanel(service, self.detail)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.addWidget(self.summary_heading)
        detail_layout.addWidget(self.summary)
        detail_layout.addWidget(self.next_steps)
        self.form = VisitForm(service, self)

        top = QHBoxLayout()
        top.addWidget(self.since_label, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.remove_button)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.detail)
        body_layout.addWidget(self.form)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        self.detail_scroll = scroll  # named in retranslate: it takes focus
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.refused_label)
        layout.addWidget(self.remove_confirm)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 2)

        self.new_button.clicked.connect(self.new_visit)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self._ask_remove)
        self.remove_confirm.sig_confirmed.connect(self._remove_confirmed)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.table.itemActivated.connect(lambda _item: self.edit_selected())
        self.form.sig_saved.connect(self.select_visit)
        self.form.sig_closed.connect(self._update_buttons)
        # Nothing of the family stays shown behind the unlock screen; the form keeps its text.
        service.sig_locked.connect(self._on_locked)
        self.retranslate()
        self._update_buttons()

    def tab_title(self) -> str:
        return self.tr("Visits")

    # -- public ------------------------------------------------------------

    def visits(self) -> list[Visit]:
        return list(self._visits)

    def row_texts(self, row: int) -> list[str]:
        return [self.table.item(row, c).text() for c in range(COLUMNS)]

    def selected_visit(self) -> Visit | None:
        return next((v for v in self._visits if v.id == self._selected_id), None)

    def select_visit(self, visit_id: str) -> None:
        self._selected_id = visit_id
        self._restore_selection()
        self._show_detail()

    # -- refresh -----------------------------------------------------------

    def forms(self) -> list[EntityForm]:
        return [self.form]

    def family_switched(self) -> None:
        super().family_switched()
        self._selected_id = None
        self.remove_confirm.hide()
        self.message.clear_message()

    def reload(self) -> None:
        super().reload()
        self._visits, self._members, self._goals, self._steps = [], [], [], []
        if self.family_id is not None and self.service.is_unlocked:
            fid = self.family_id
            try:
                self._visits = self.service.load(fid, "visit")
                self._members = self.service.members(fid)
                self._goals = self.service.load(fid, "goal")
                self._steps = self.service.load(fid, "step")
            except VaultError:
                self._visits = []
        self._visits.sort(key=lambda v: (v.date, v.id), reverse=True)
        self.form.today = self.today
        if self.service.is_unlocked:  # locked: keep the ticks of an open form as they are
            self.form.set_members(self._members)
        self._fill_table()
        self._show_detail()
        self.show_refused()
        self._update_buttons()

    def _on_locked(self) -> None:
        selected = self._selected_id
        self.reload()
        self._selected_id = selected  # the same visit again after unlocking

    def on_changes(self, changes: ChangeSet) -> None:
        if changes.entity_types & VISIT_TYPES:
            self.refresh()

    def _fill_table(self) -> None:
        today = self.today()
        self.since_label.setText(since_last_visit_text(last_visit_date(self._visits, today), today))
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self._visits))
        for row, visit in enumerate(self._visits):
            present = set(visit.attendee_ids)
            who = [m.name for m in self._members if m.id in present]  # as in Members
            if visit.other_attendees:
                who.append(visit.other_attendees)
            date_item = QTableWidgetItem(date_text(visit.date))
            date_item.setData(ID_ROLE, visit.id)
            self.table.setItem(row, 0, date_item)
            self.table.setItem(row, 1, QTableWidgetItem(visit_kind_label(visit.kind)))
            self.table.setItem(row, 2, QTableWidgetItem(", ".join(who) or EMPTY))
            self.table.setItem(row, 3, QTableWidgetItem(str(len(visit.next_steps))))
        if self._selected_id is None or self.selected_visit() is None:
            self._selected_id = self._visits[0].id if self._visits else None
        self.table.blockSignals(False)
        self._restore_selection()

    def _restore_selection(self) -> None:
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ID_ROLE) == self._selected_id:
                self.table.selectRow(row)
                break
        self.table.blockSignals(False)

    def _show_detail(self) -> None:
        visit = self.selected_visit()
        self.detail.setVisible(visit is not None)
        if visit is None:
            self.next_steps.show_visit(None, self._goals, self._steps)
            return
        self.summary_heading.setText(
            self.tr("Summary of {date} – internal (coordinator only)").format(
                date=date_text(visit.date)
            )
        )
        self.summary.setText(visit.summary or self.tr("No summary written."))
        self.next_steps.show_visit(visit, self._goals, self._steps)

    def _on_selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._selected_id = self.table.item(rows[0].row(), 0).data(ID_ROLE)
        self.remove_confirm.hide()
        self._show_detail()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.new_button.setEnabled(self.family_id is not None and self.service.is_unlocked)
        self.edit_button.setEnabled(self.selected_visit() is not None)
        self.remove_button.setEnabled(self.selected_visit() is not None)

    # -- actions -----------------------------------------------------------

    def new_visit(self) -> None:
        if self.family_id is None:
            return
        self.remove_confirm.hide()
        if self.form.isVisible() and self.form.visit_id is None:
            self.form.date_edit.setFocus(Qt.FocusReason.OtherFocusReason)  # keep what is typed
            return
        self.form.start_new(self.family_id)

    def edit_selected(self) -> None:
        visit = self.selected_visit()
        if visit is not None:
            self.remove_confirm.hide()
            self.form.start_edit(visit)

    def _ask_remove(self) -> None:
        visit = self.selected_visit()
        if visit is None:
            return
        self.remove_confirm.setProperty("visit_id", visit.id)
        self.remove_confirm.ask(
            self.tr("Remove the visit of {date}? It stays in the history.").format(
                date=date_text(visit.date)
            ),
            self.tr("Remove visit"),
            self.tr("Keep it"),
        )

    def _remove_confirmed(self) -> None:
        visit_id = self.remove_confirm.property("visit_id")
        if not visit_id:
            return
        write_or_say(
            self.message,
            lambda: self.service.run(records.delete_records, [visit_id], initiator=self),
        )

    # -- language ----------------------------------------------------------

    def retranslate(self) -> None:
        self.detail_scroll.setAccessibleName(self.tr("The chosen visit"))
        self.new_button.setText(self.tr("New visit"))
        self.edit_button.setText(self.tr("Edit visit"))
        self.remove_button.setText(self.tr("Remove visit"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Kind"), self.tr("Who was there"), self.tr("Next steps")]
        )
        self.table.setAccessibleName(self.tr("Visits, newest first"))
