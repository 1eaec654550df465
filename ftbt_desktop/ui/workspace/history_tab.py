"""The "History" tab: every change of the family, newest first, in plain words.

Who, when, what (the member or the family and the field), from what to what.
A family's history can be long, so the table is rebuilt only while it is
shown; changes made while it is hidden mark it stale.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.storage.errors import NotFound, VaultError
from ftbt_desktop.storage.repository import HistoryEntry
from ftbt_desktop.ui.family_map.map_history import join_moves
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.family_tab import FamilyTab
from ftbt_desktop.ui.workspace.history_names import HistoryNames
from ftbt_desktop.words.common import datetime_text, field_label

COLUMNS = 5
MAX_CELL = 80  # longer values (notes) are cut in the cell and shown whole in the tooltip
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1

AnyIndex = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    """Rows of words, one per change; built once per refresh, read by the view."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ...]] = []
        self._search: list[str] = []
        self._headers: list[str] = [""] * COLUMNS

    def set_rows(self, rows: list[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._search = [" ".join(row).casefold() for row in rows]
        self.endResetModel()

    def row(self, row: int) -> tuple[str, ...]:
        return self._rows[row]

    def set_headers(self, headers: list[str]) -> None:
        self._headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        text = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"
        if role == Qt.ItemDataRole.ToolTipRole and len(text) > MAX_CELL:
            return text
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class HistoryFilter(QSortFilterProxyModel):
    """Keeps the rows whose words (any column) contain the filter text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_needle(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+; the older call is deprecated there
            self.beginFilterChange()
            self._needle = text.strip().casefold()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = text.strip().casefold()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._needle:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return self._needle in index.data(SEARCH_ROLE)


class HistoryTab(FamilyTab):
    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self._entries: list[HistoryEntry] = []
        self._stale = True

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("history_filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.model = HistoryModel(self)
        self.proxy = HistoryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("history_table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        # Contents decide the narrow columns, but only over the first rows: a long
        # history must not be measured cell by cell.
        header.setResizeContentsPrecision(200)
        for column in range(COLUMNS):
            mode = (
                QHeaderView.ResizeMode.ResizeToContents
                if column < 3
                else QHeaderView.ResizeMode.Stretch
            )
            header.setSectionResizeMode(column, mode)
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

    def visible_row_count(self) -> int:
        return self.proxy.rowCount()

    def row_texts(self, row: int) -> list[str]:
        """The five cells of a shown row (after the filter), in full."""
        source = self.proxy.mapToSource(self.proxy.index(row, 0)).row()
        return list(self.model.row(source))

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
        self.model.set_rows(self._rows(self._entries))
        self._apply_filter()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _rows(self, entries: list[HistoryEntry]) -> list[tuple[str, ...]]:
        # Ids in values and subjects become names, removed ones marked (history_names.py).
        names = HistoryNames(entries)
        rows = []
        for entry in join_moves(entries):  # a map item's x and y of one move: one line
            change = entry.change
            kind = change.entity_type
            rows.append(
                (
                    datetime_text(entry.when),
                    change.user_id,
                    f"{names.subject(kind, change.entity_id)} · {field_label(change.field)}",
                    names.value(kind, change.field, entry.old_value),
                    names.value(kind, change.field, entry.new_value),
                )
            )
        return rows

    def _apply_filter(self) -> None:
        self.proxy.set_needle(self.filter_edit.text())
        empty = self.proxy.rowCount() == 0
        self.empty_label.setVisible(empty)
        if empty:
            text = self.filter_edit.text().strip()
            self.empty_label.setText(
                self.tr("No changes match “{text}”.").format(text=text)
                if text
                else self.tr("No changes yet.")
            )

    # -- language ----------------------------------------------------------

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, field, value or who…"))
        self.filter_edit.setAccessibleName(self.tr("Filter history"))
        self.model.set_headers(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("From"), self.tr("To")]
        )
        self.table.setAccessibleName(self.tr("History of changes"))
