"""Small inputs the family forms share (goals, steps, visits, measures, consents):
dates in the locale's format, an optional date, a member picker and a grid of
member check boxes.

Dates are QDateEdit in the locale's short format with a four-digit year
(dd.MM.yyyy under the Danish locale, dd/MM/yyyy in English); the model stores
ISO dates. A date can be typed whole over a selection, with any of "-./ ,"
between the parts ("06-04-2027", "6.4.27"): QDateEdit itself lost the first
digit after select-all and took only its own separator. Pickers keep
their choice by id across a refresh, so a form's input survives a change made
elsewhere (or a lock) while it is open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from ftbt_desktop.core.model import Member
from ftbt_desktop.words.common import date_format

COLUMNS = 3  # member check boxes per row
SEPARATORS = "-./ ,"  # what people type between day, month and year
FINISH_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


def qdate(iso: str | None) -> QDate:
    return QDate.currentDate() if not iso else QDate.fromString(iso, "yyyy-MM-dd")


def iso_of(date: QDate) -> str:
    return date.toString("yyyy-MM-dd")


def as_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class DateEdit(QDateEdit):
    """A date with a calendar pop-up in the locale's format, today by default."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(QDate.currentDate(), parent)
        self.setObjectName(object_name)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_format())

        # The section a digit was last typed into, while Qt has not moved on by itself.
        self._typed_section: int | None = None

    def set_iso(self, value: str | None) -> None:
        self.setDate(qdate(value))

    def iso(self) -> str:
        return iso_of(self.date())

    def retranslate(self) -> None:
        self.setDisplayFormat(date_format())

    # -- typing a whole date -------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit():
            line = self.lineEdit()
            if line.hasSelectedText() and line.selectedText() == line.text():
                # All selected: the typing starts at the first part (Qt dropped the digit).
                self.setSelectedSection(self.sectionAt(0))
            before = self.currentSectionIndex()
            super().keyPressEvent(event)
            # Qt moves on by itself once a part is full ("06"); then no separator is due.
            self._typed_section = before if self.currentSectionIndex() == before else None
            return
        if text and text in SEPARATORS:
            # Any separator ends the part being typed ("6-4-2027"), not only the format's.
            typed = self._typed_section
            if typed is not None and typed == self.currentSectionIndex() < self.sectionCount() - 1:
                self.setSelectedSection(self.sectionAt(typed + 1))
            self._typed_section = None
            event.accept()
            return
        self._typed_section = None
        if event.key() in FINISH_KEYS:
            self._complete_short_year()
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._typed_section = None
        self._complete_short_year()
        super().focusOutEvent(event)

    def _complete_short_year(self) -> None:
        """ "6.4.27" means 2027: QDateEdit would keep the old year."""
        year = self.sectionText(QDateEdit.Section.YearSection).strip()
        if len(year) != 2 or not year.isdigit():
            return
        day = self.sectionText(QDateEdit.Section.DaySection).strip()
        month = self.sectionText(QDateEdit.Section.MonthSection).strip()
        if day.isdigit() and month.isdigit():
            date = QDate(2000 + int(year), int(month), int(day))
            if date.isValid():
                self.setDate(date)


class OptionalDateEdit(QWidget):
    """A check box that turns a date on or off (a target date, "by when", "from", "to")."""

    sig_changed = Signal()

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.check = QCheckBox(self)
        self.check.setObjectName(f"{object_name}_on")
        self.edit = DateEdit(f"{object_name}_date", self)
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.sig_changed)
        self.edit.dateChanged.connect(self.sig_changed)
        self.setFocusProxy(self.check)

    def set_label(self, text: str) -> None:
        self.check.setText(text)
        self.edit.setAccessibleName(text)

    def set_iso(self, value: str | None) -> None:
        self.check.setChecked(value is not None)
        self.edit.set_iso(value)

    def iso(self) -> str | None:
        return self.edit.iso() if self.check.isChecked() else None

    def retranslate(self) -> None:
        self.edit.retranslate()


class MemberCombo(QComboBox):
    """Members by name; the chosen member stays chosen when the list is refreshed."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)

    def set_members(self, members: Iterable[Member]) -> None:
        members = list(members)
        wanted = [(m.name, m.id) for m in members]
        have = [(self.itemText(i), self.itemData(i)) for i in range(self.count())]
        if wanted == have:
            return
        current = self.current_id()
        was_blocked = self.blockSignals(True)
        try:
            self.clear()
            for name, member_id in wanted:
                self.addItem(name, member_id)
            index = self.findData(current) if current is not None else -1
            self.setCurrentIndex(index if index >= 0 else (0 if wanted else -1))
        finally:
            self.blockSignals(was_blocked)
        if not was_blocked:
            self.currentIndexChanged.emit(self.currentIndex())

    def current_id(self) -> str | None:
        value = self.currentData()
        return str(value) if value is not None else None

    def set_current_id(self, member_id: str | None) -> None:
        index = self.findData(member_id) if member_id is not None else -1
        if index >= 0:
            self.setCurrentIndex(index)


class MemberChecks(QWidget):
    """One check box per member; ticks survive a refresh of the member list."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._boxes: dict[str, QCheckBox] = {}
        self._names: dict[str, str] = {}
        # A grid rather than one row, so a large family does not widen the form.
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setColumnStretch(COLUMNS, 1)
        self.empty = QLabel(self)
        self._layout.addWidget(self.empty, 0, 0, 1, COLUMNS)

    def set_members(self, members: Iterable[Member]) -> None:
        members = list(members)
        names = {m.id: m.name for m in members}
        if names == self._names:
            return
        checked = set(self.checked_ids())
        for box in self._boxes.values():
            self._layout.removeWidget(box)
            box.hide()  # deleteLater waits for the event loop; do not show it meanwhile
            box.deleteLater()
        self._boxes = {}
        self._names = names
        for index, member in enumerate(members):
            box = QCheckBox(member.name, self)
            box.setObjectName(f"{self.objectName()}_{index}")
            box.setProperty("member_id", member.id)
            box.setChecked(member.id in checked)
            self._layout.addWidget(box, index // COLUMNS, index % COLUMNS)
            self._boxes[member.id] = box
        self.empty.setVisible(not members)

    def set_empty_text(self, text: str) -> None:
        self.empty.setText(text)

    def set_checked(self, member_ids: Iterable[str]) -> None:
        wanted = set(member_ids)
        for member_id, box in self._boxes.items():
            box.setChecked(member_id in wanted)

    def checked_ids(self) -> list[str]:
        return [mid for mid, box in self._boxes.items() if box.isChecked()]

    def box(self, member_id: str) -> QCheckBox:
        return self._boxes[member_id]
