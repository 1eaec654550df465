"""The notice in the family workspace when changes made on two devices disagree.

"2 changes need your eye": for each field, both values, who made them on
which laptop and when (to the second), and which one is shown now (the merge
rule's winner). How a conflict is worded lives in `conflict_words.py`. A click on
"Keep this" keeps one value as a new change; the other stays in History.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.core.changes import Change
from ftbt_desktop.storage.errors import NotFound, VaultLocked
from ftbt_desktop.storage.repository import ChangeSet
from ftbt_desktop.storage.sync_state import Conflict
from ftbt_desktop.storage.taken_away import FamilyTakenAway
from ftbt_desktop.ui.sync.sync_controller import SyncController
from ftbt_desktop.words.common import value_text
from ftbt_desktop.words.conflict import conflict_heading, side_text
from ftbt_desktop.words.sync import conflicts_text


class ConflictNotice(QFrame):
    """Hidden when the family shown has no open conflicts."""

    sig_resolved = Signal(object)  # ChangeSet of the kept value

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.family_id: str | None = None
        self._conflicts: list[Conflict] = []
        self.setObjectName("conflict_notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#conflict_notice { border: 2px solid palette(highlight); border-radius: 4px; }"
        )
        self.title_label = QLabel(self)
        self.title_label.setObjectName("conflict_title")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.rows = QWidget(self)
        self.rows_layout = QVBoxLayout(self.rows)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.rows)
        self.hide()

        controller.sig_conflicts_changed.connect(self.refresh)
        controller.service.sig_changed.connect(self._on_changed)
        controller.service.sig_locked.connect(self._on_locked)

    # -- public ------------------------------------------------------------

    def show_family(self, family_id: str | None) -> None:
        self.family_id = family_id
        self.refresh()

    def keep_buttons(self) -> list[QPushButton]:
        return self.rows.findChildren(QPushButton)

    @Slot()
    def refresh(self) -> None:
        try:
            conflicts = self.controller.conflicts(self.family_id) if self.family_id else []
        except VaultLocked:
            conflicts = []
        self._conflicts = conflicts
        self._rebuild()

    # -- internals ---------------------------------------------------------

    def _rebuild(self) -> None:
        while self.rows_layout.count():
            item = self.rows_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.setVisible(bool(self._conflicts))
        if not self._conflicts:
            return
        self.title_label.setText(conflicts_text(len(self._conflicts)))
        self.hint_label.setText(
            self.tr(
                "The same thing was changed in two places before they were synced. "
                "Keep one value; the other stays in History."
            )
        )
        for conflict in self._conflicts:
            self.rows_layout.addWidget(self._conflict_box(conflict))

    def _conflict_box(self, conflict: Conflict) -> QWidget:
        box = QFrame(self.rows)
        box.setFrameShape(QFrame.Shape.NoFrame)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 4, 0, 4)
        heading = QLabel(conflict_heading(conflict, self._lookup), box)
        heading.setObjectName("conflict_heading")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        grid.addWidget(heading, 0, 0, 1, 3)
        for row, (change, mine) in enumerate(
            ((conflict.local, True), (conflict.remote, False)), start=1
        ):
            value = QLabel(value_text(change.field, change.value), box)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            value.setObjectName("conflict_value")
            who = QLabel(self._who(conflict, change, mine), box)
            who.setObjectName(f"conflict_who_{change.change_id}")
            who.setTextFormat(Qt.TextFormat.PlainText)
            who.setWordWrap(True)
            button = QPushButton(self.tr("Keep this"), box)
            button.setObjectName(f"keep_{change.change_id}")
            button.setProperty("change_id", change.change_id)
            button.clicked.connect(
                lambda _checked=False, c=conflict.conflict_id, k=change.change_id: self._keep(c, k)
            )
            grid.addWidget(value, row, 0)
            grid.addWidget(who, row, 1)
            grid.addWidget(button, row, 2)
        grid.setColumnStretch(0, 1)
        return box

    def _lookup(self, entity_id: str) -> tuple[str, dict[str, Any]] | None:
        try:
            entity_type, _, values = self.controller.service.entity(entity_id)
        except (NotFound, VaultLocked):
            return None
        return entity_type, values

    def _who(self, conflict: Conflict, change: Change, mine: bool) -> str:
        when = conflict.local_when if mine else conflict.remote_when
        try:
            this_device = (self.controller.service.device_id, self.controller.device_name())
            names = self.controller.device_names()
        except VaultLocked:
            this_device, names = ("", ""), {}
        text = side_text(change, mine, when, this_device, names)
        if conflict.winner_change_id == change.change_id:
            text += " " + self.tr("(shown now)")
        return text

    def _keep(self, conflict_id: int, change_id: str) -> None:
        try:
            changes = self.controller.resolve(conflict_id, change_id)
        except (NotFound, VaultLocked, FamilyTakenAway):  # handed over: read-only now
            self.refresh()
            return
        self.sig_resolved.emit(changes)
        self.refresh()

    @Slot(object)
    def _on_changed(self, changes: ChangeSet) -> None:
        if self.family_id is not None and self.family_id in changes.family_ids:
            self.refresh()

    @Slot()
    def _on_locked(self) -> None:
        self._conflicts = []
        self._rebuild()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._conflicts:
            self._rebuild()
        super().changeEvent(event)
