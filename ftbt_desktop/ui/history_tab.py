"""The "History" tab: every change of the family, newest first, in plain words.

Who, when, what (the member or the family and the field), from what to what.
A family's history can be long, so the table is rebuilt only while it is
shown; changes made while it is hidden mark it stale.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.core.changes import DELETED
from ftbt_desktop.storage.errors import NotFound, VaultError
from ftbt_desktop.storage.repository import HistoryEntry
from ftbt_desktop.ui.family_tab import FamilyTab
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.words import datetime_text, entity_label, field_label, value_text

COLUMNS = 5
MAX_CELL = 80  # longer values (notes) are cut in the cell and shown whole in the tooltip


class HistoryTab(FamilyTab):
    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self._entries: list[HistoryEntry] = []
        self._row_texts: list[str] = []
        self._stale = True

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("history_filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("history_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        for column in range(COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("history_empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.retranslate()

    def tab_title(self) -> str:
        return self.tr("History")

    # -- public ------------------------------------------------------------

    def entries(self) -> list[HistoryEntry]:
        return list(self._entries)

    def row_texts(self, row: int) -> list[str]:
        """The five cells of a row as shown (for tests and accessibility checks)."""
        return [self.table.item(row, c).text() for c in range(COLUMNS)]

    # -- refresh -----------------------------------------------------------

    def family_switched(self) -> None:
        self.filter_edit.clear()

    def refresh(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self.reload()

    def reload(self) -> None:
        """Rebuild the table now, shown or not."""
        self._stale = False
        self._entries = []
        if self.family_id is not None and self.service.is_unlocked:
            try:
                self._entries = self.service.history(self.family_id)
            except (NotFound, VaultError):
                self._entries = []
        self._fill_table()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _fill_table(self) -> None:
        removed = {
            e.change.entity_id
            for e in self._entries
            if e.change.field == DELETED and e.current and e.new_value is True
        }
        self.table.setUpdatesEnabled(False)
        self.table.setRowCount(len(self._entries))
        self._row_texts = []
        for row, entry in enumerate(self._entries):
            change = entry.change
            if change.entity_type == "family":
                subject = entity_label("family")
            else:
                subject = entry.entity_label or entity_label(change.entity_type)
                if change.entity_id in removed:
                    subject = self.tr("{name} (removed)").format(name=subject)
            cells = (
                datetime_text(entry.when),
                change.user_id,
                f"{subject} · {field_label(change.field)}",
                value_text(change.field, entry.old_value),
                value_text(change.field, entry.new_value),
            )
            for column, text in enumerate(cells):
                shown = text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"
                item = QTableWidgetItem(shown)
                if shown != text:
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
            self._row_texts.append(" ".join(cells).casefold())
        self.table.resizeColumnsToContents()
        self.table.setUpdatesEnabled(True)
        self._apply_filter()

    def _apply_filter(self) -> None:
        needle = self.filter_edit.text().strip().casefold()
        visible = 0
        for row, text in enumerate(self._row_texts):
            hidden = bool(needle) and needle not in text
            self.table.setRowHidden(row, hidden)
            visible += not hidden
        self.empty_label.setVisible(visible == 0)
        if visible == 0:
            self.empty_label.setText(
                self.tr("No changes match “{text}”.").format(text=self.filter_edit.text().strip())
                if needle
                else self.tr("No changes yet.")
            )

    # -- language ----------------------------------------------------------

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, field, value or who…"))
        self.filter_edit.setAccessibleName(self.tr("Filter history"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("From"), self.tr("To")]
        )
        self.table.setAccessibleName(self.tr("History of changes"))
