"""A titled table of recorded entries with Edit and Remove…, as each timeline section uses.

Removing asks inline (no modal dialog across a lock) and writes a tombstone,
so the history keeps the entry. The table grows with its rows up to a few,
then scrolls, so the page of sections reads top to bottom.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.operations import records
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.form_writes import write_or_say
from ftbt_desktop.ui.workspace.inline import InlineConfirm, MessageLine

ID_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_VISIBLE_ROWS = 8


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    icon: QIcon | None = None
    background: QColor | None = None
    foreground: QColor | None = None
    tooltip: str | None = None


@dataclass(frozen=True, slots=True)
class Row:
    entity_id: str
    cells: Sequence[Cell | str]


class _TableTitle(QLabel):
    """The bold title over a record table, which also names the table for screen readers."""

    table: QTableWidget | None = None

    def setText(self, text: str) -> None:
        super().setText(text)
        if self.table is not None:
            self.table.setAccessibleName(text)


class RecordTable(QWidget):
    sig_edit = Signal(str)  # entity id

    def __init__(
        self,
        service: VaultService,
        object_name: str,
        columns: int,
        parent: QWidget | None = None,
        stretch_column: int | None = None,
    ) -> None:
        """`stretch_column` takes the width left (long words are cut, shown whole on
        hover); without it the last column does, so the table fits its page."""
        super().__init__(parent)
        self.setObjectName(object_name)
        self.service = service
        self._ids: list[str] = []
        self._pending: str | None = None

        self.title = _TableTitle(self)
        self.title.setObjectName(f"{object_name}_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.table = QTableWidget(0, columns, self)
        self.table.setObjectName(f"{object_name}_table")
        self.title.table = self.table
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(columns):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == stretch_column
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        header.setStretchLastSection(stretch_column is None)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName(f"{object_name}_empty")
        self.empty_label.setWordWrap(True)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName(f"{object_name}_edit")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName(f"{object_name}_remove")
        self.confirm = InlineConfirm(f"{object_name}_remove_confirm", self)
        self.message = MessageLine(f"{object_name}_error", self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.buttons_layout = buttons
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        layout.addWidget(self.confirm)
        layout.addWidget(self.message)

        self.edit_button.clicked.connect(self._edit)
        self.remove_button.clicked.connect(self._ask_remove)
        self.confirm.sig_confirmed.connect(self._remove_confirmed)
        self.confirm.sig_cancelled.connect(self._remove_cancelled)
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.table.itemActivated.connect(lambda _item: self._edit())
        self.retranslate()
        self._fit_height()

    # -- content -----------------------------------------------------------

    def set_headers(self, headers: Sequence[str]) -> None:
        self.table.setHorizontalHeaderLabels(list(headers))

    def set_empty_text(self, text: str) -> None:
        self.empty_label.setText(text)

    def set_rows(self, rows: Sequence[Row]) -> None:
        selected = self.selected_id()
        header = self.table.horizontalHeader()
        # Sized to contents once after the fill, not again for every cell set.
        modes = [header.sectionResizeMode(c) for c in range(self.table.columnCount())]
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setUpdatesEnabled(False)
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(len(rows))
            self._ids = [r.entity_id for r in rows]
            for row_index, row in enumerate(rows):
                for column, value in enumerate(row.cells):
                    cell = Cell(value) if isinstance(value, str) else value
                    item = QTableWidgetItem(cell.text)
                    item.setData(ID_ROLE, row.entity_id)
                    if cell.icon is not None:
                        item.setIcon(cell.icon)
                    if cell.background is not None:
                        item.setBackground(cell.background)
                    if cell.foreground is not None:
                        item.setForeground(cell.foreground)
                    item.setToolTip(cell.tooltip or cell.text)
                    self.table.setItem(row_index, column, item)
            if selected in self._ids:
                self.table.selectRow(self._ids.index(selected))
            else:
                self.table.clearSelection()
        finally:
            self.table.blockSignals(False)
            for column, mode in enumerate(modes):
                header.setSectionResizeMode(column, mode)
            self.table.setUpdatesEnabled(True)
        if self._pending is not None and self._pending not in self._ids:
            self._pending = None
            self.confirm.hide()
        self.empty_label.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self._fit_height()
        self._update_buttons()

    def add_button(self, button: QPushButton, index: int = -1) -> None:
        """Another action beside Edit and Remove (an "Add…" first, a "Withdraw…" after)."""
        if index < 0:
            index = self.buttons_layout.count() - 1  # before the stretch
        self.buttons_layout.insertWidget(index, button)

    def row_count(self) -> int:
        return self.table.rowCount()

    def row_texts(self, row: int) -> list[str]:
        return [
            item.text() if (item := self.table.item(row, c)) is not None else ""
            for c in range(self.table.columnCount())
        ]

    def row_of(self, entity_id: str) -> int:
        return self._ids.index(entity_id) if entity_id in self._ids else -1

    def select(self, entity_id: str) -> None:
        row = self.row_of(entity_id)
        if row >= 0:
            self.table.selectRow(row)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self._ids[rows[0].row()] if rows and rows[0].row() < len(self._ids) else None

    def _fit_height(self) -> None:
        header = self.table.horizontalHeader().sizeHint().height()
        row_height = self.table.verticalHeader().defaultSectionSize()
        rows = min(max(self.table.rowCount(), 1), MAX_VISIBLE_ROWS)
        self.table.setFixedHeight(header + rows * row_height + 2 * self.table.frameWidth() + 4)

    # -- actions -----------------------------------------------------------

    def _edit(self) -> None:
        entity_id = self.selected_id()
        if entity_id is not None:
            self.sig_edit.emit(entity_id)

    def _ask_remove(self) -> None:
        entity_id = self.selected_id()
        if entity_id is None:
            return
        self._pending = entity_id
        self.confirm.ask(
            self.tr("Remove this entry? The history keeps a record of it."),
            self.tr("Remove"),
            self.tr("Keep"),
        )
        self._update_buttons()

    def _remove_confirmed(self) -> None:
        entity_id, self._pending = self._pending, None
        if entity_id is None:
            return
        write_or_say(
            self.message,
            lambda: self.service.run(records.delete_records, [entity_id], initiator=self),
        )
        self._update_buttons()

    def _remove_cancelled(self) -> None:
        self._pending = None
        self._update_buttons()

    def _on_selection(self) -> None:
        if self._pending is not None and self._pending != self.selected_id():
            self._pending = None
            self.confirm.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        busy = not self.confirm.isHidden()
        self.edit_button.setEnabled(has and not busy)
        self.remove_button.setEnabled(has and not busy)

    def retranslate(self) -> None:
        self.edit_button.setText(self.tr("Edit"))
        self.remove_button.setText(self.tr("Remove…"))
