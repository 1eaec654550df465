"""The "Members" tab: the family's members in a table, with an inline form to add and edit."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.core.model import Member
from ftbt_desktop.storage.errors import NotFound, VaultError
from ftbt_desktop.storage.repository import ChangeSet
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.family_tab import FamilyTab
from ftbt_desktop.ui.workspace.inline import InlineConfirm, MessageLine
from ftbt_desktop.ui.workspace.member_form import MemberForm
from ftbt_desktop.words.common import EMPTY, field_label, not_found_message, role_label, yes_no

MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = 5


class MembersTab(FamilyTab):
    REFUSED_PAGE = "members"

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self._members: list[Member] = []
        self._selected_id: str | None = None
        self._pending_remove: str | None = None

        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("members_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.add_button = QPushButton(self)
        self.add_button.setObjectName("member_add")
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("member_edit")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("member_remove")
        self.remove_confirm = InlineConfirm("member_remove_confirm", self)
        self.message = MessageLine("members_error", self)
        self.form = MemberForm(service, self)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.refused_label)
        layout.addLayout(buttons)
        layout.addWidget(self.remove_confirm)
        layout.addWidget(self.message)
        layout.addWidget(self.form)

        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self._ask_remove)
        self.remove_confirm.sig_confirmed.connect(self._remove_confirmed)
        self.remove_confirm.sig_cancelled.connect(self._remove_cancelled)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.table.itemActivated.connect(lambda _item: self.edit_selected())
        self.form.sig_saved.connect(self._on_saved)
        self.form.sig_closed.connect(self._on_form_closed)
        self.retranslate()
        self._update_buttons()

    def tab_title(self) -> str:
        return self.tr("Members")

    # -- public ------------------------------------------------------------

    def members(self) -> list[Member]:
        return list(self._members)

    def selected_member(self) -> Member | None:
        return next((m for m in self._members if m.id == self._selected_id), None)

    def select_member(self, member_id: str) -> None:
        self._selected_id = member_id
        self._restore_selection()

    # -- refresh -----------------------------------------------------------

    def family_switched(self) -> None:
        self._selected_id = None
        self.form.cancel()
        self.remove_confirm.hide()
        self.message.clear_message()

    def refresh(self) -> None:
        if self.family_id is None or not self.service.is_unlocked:
            self._members = []
        else:
            try:
                self._members = self.service.members(self.family_id)
            except VaultError:
                self._members = []
        self.show_refused()
        self._fill_table()

    def on_changes(self, changes: ChangeSet) -> None:
        if "member" in changes.entity_types:
            self.refresh()

    def unsaved_input(self) -> bool:
        return self.form.has_typing()

    def save_unsaved(self) -> bool:
        return self.form.save()

    def discard_unsaved(self) -> None:
        self.form.cancel()

    def _fill_table(self) -> None:
        this_year = dt.date.today().year
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(len(self._members))
            for row, member in enumerate(self._members):
                age = "" if member.birth_year is None else str(this_year - member.birth_year)
                texts = (
                    member.name,
                    role_label(member.role),
                    EMPTY if member.birth_year is None else str(member.birth_year),
                    age or EMPTY,
                    yes_no(member.in_household),
                )
                for column, text in enumerate(texts):
                    item = QTableWidgetItem(text)
                    item.setData(MEMBER_ID_ROLE, member.id)
                    self.table.setItem(row, column, item)
        finally:
            self.table.blockSignals(False)
        self._restore_selection()

    def _restore_selection(self) -> None:
        row = next((i for i, m in enumerate(self._members) if m.id == self._selected_id), -1)
        self.table.blockSignals(True)
        try:
            if row < 0:
                self.table.clearSelection()
                self._selected_id = None
            else:
                self.table.selectRow(row)
                self.table.setCurrentCell(row, 0)
        finally:
            self.table.blockSignals(False)
        self._update_buttons()

    # -- actions -----------------------------------------------------------

    def add_member(self) -> None:
        if self.family_id is None:
            return
        self.remove_confirm.hide()
        self.form.start_new(self.family_id)
        self._update_buttons()

    def edit_selected(self) -> None:
        member = self.selected_member()
        if member is None or self.form.isVisibleTo(self):
            return
        self.remove_confirm.hide()
        self.form.start_edit(member)
        self._update_buttons()

    def _ask_remove(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        self._pending_remove = member.id
        self.remove_confirm.ask(
            self.tr("Remove {name} from the family? The history keeps a record of them.").format(
                name=member.name
            ),
            self.tr("Remove"),
            self.tr("Keep"),
        )
        self._update_buttons()

    def _remove_confirmed(self) -> None:
        member_id, self._pending_remove = self._pending_remove, None
        if member_id is None:
            return
        try:
            self.service.remove_member(member_id)
        except NotFound:
            self.message.show_message(not_found_message())
            self.refresh()
        except VaultError:
            self.message.show_message(self.tr("The vault is locked. Unlock it and try again."))
        else:
            self.message.clear_message()
        self._update_buttons()

    def _remove_cancelled(self) -> None:
        self._pending_remove = None
        self._update_buttons()

    def _on_saved(self, member_id: str) -> None:
        self.refresh()
        self.select_member(member_id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_form_closed(self) -> None:
        self._update_buttons()

    def _on_selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._selected_id = rows[0].data(MEMBER_ID_ROLE) if rows else None
        if self._pending_remove is not None and self._pending_remove != self._selected_id:
            self._pending_remove = None
            self.remove_confirm.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        form_open = self.form.isVisibleTo(self)
        busy = form_open or self.remove_confirm.isVisibleTo(self)
        has_selection = self.selected_member() is not None
        self.add_button.setEnabled(self.family_id is not None and not busy)
        self.edit_button.setEnabled(has_selection and not busy)
        self.remove_button.setEnabled(has_selection and not busy)

    # -- language ----------------------------------------------------------

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                field_label("name"),
                field_label("role"),
                field_label("birth_year"),
                self.tr("Age"),
                field_label("in_household"),
            ]
        )
        self.table.setAccessibleName(self.tr("Family members"))
        self.add_button.setText(self.tr("&Add member"))
        self.edit_button.setText(self.tr("&Edit"))
        self.remove_button.setText(self.tr("Re&move…"))
