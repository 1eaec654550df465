"""The shared frame of the small inline forms of the family workspace: a goal, a
step, a visit, each measure, an actor, a consent.

Inline, not a dialog: the app locks by hiding the main page, and what was
typed must still be here after unlocking. A refused form says what is wrong
under the form and keeps everything typed. A subclass says which entity type
it writes, how to fill itself and what its values are; saving a new entity
is one operation (`operations/records.py`, `add_record`), saving an edit writes
only the fields that changed (`edit_record`: a field changed elsewhere meanwhile
is kept). `has_typing` tells the
page whether anything differs from what the form opened with, so switching
family or closing the app asks first (ui/workspace/unsaved_guard.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.operations import records as record_ops
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.form_writes import write_or_say
from ftbt_desktop.ui.workspace.inline import MessageLine


class EntityForm(QGroupBox):
    sig_saved = Signal(str)  # the entity's id
    sig_closed = Signal()  # saved or cancelled

    entity_type = ""

    def __init__(self, service: VaultService, object_name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.service = service
        self.family_id: str | None = None
        self._editing: str | None = None
        self._before: dict[str, Any] = {}
        self._opened_with: dict[str, Any] | None = None  # the values when it opened
        self._labels: dict[str, QLabel] = {}  # texts set in `retranslate`

        self.body = QVBoxLayout()
        self.message = MessageLine(f"{object_name}_error", self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName(f"{object_name}_save")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName(f"{object_name}_cancel")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.body)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        self.hide()

    def add_rows(self, rows: Iterable[tuple[str, QWidget]]) -> QFormLayout:
        """The form's inputs, each after a label (its buddy) kept under the row's key."""
        layout = QFormLayout()
        for key, widget in rows:
            label = QLabel(self)
            label.setBuddy(widget)
            self._labels[key] = label
            layout.addRow(label, widget)
        self.body.addLayout(layout)
        return layout

    # -- subclass hooks ----------------------------------------------------

    def clear_inputs(self) -> None:
        """Empty the inputs for a new entry."""

    def fill(self, entity: Any) -> None:
        """Show an existing entity's values."""

    def values(self) -> dict[str, Any]:
        """The inputs in the model's terms."""
        raise NotImplementedError

    def problem(self) -> str | None:
        """A sentence saying what must be fixed before saving, or None."""
        return None

    def first_input(self) -> QWidget | None:
        """Where the cursor goes when the form opens."""
        return None

    def widget_for(self, field: str) -> QWidget | None:
        """The input to focus when the vault refuses `field`."""
        return None

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))

    # -- opening -----------------------------------------------------------

    @property
    def editing_id(self) -> str | None:
        return self._editing

    @property
    def is_open(self) -> bool:
        return not self.isHidden()

    def start_new(self, family_id: str, keep_typing: bool = True) -> bool:
        """Open for a new entry. The new entry already being typed is kept as it is
        (with `keep_typing` False it is not the same entry); other typing is never
        replaced: the form says so and False is returned."""
        if keep_typing and self.is_open and self._editing is None and self.family_id == family_id:
            self._focus_first()
            return True
        if self._holds_typing():
            return False
        self.family_id = family_id
        self._editing = None
        self._before = {}
        self.message.clear_message()
        self.clear_inputs()
        self._open()
        return True

    def start_edit(self, entity: Any) -> bool:
        """Open on an existing entity; False (the typing kept) while other typing waits."""
        if self.is_open and self._editing == entity.id:
            self._focus_first()
            return True
        if self._holds_typing():
            return False
        self.family_id = entity.family_id
        self._editing = entity.id
        self.message.clear_message()
        self.fill(entity)
        self._before = self.values()
        self._open()
        return True

    def _holds_typing(self) -> bool:
        """Typing waits here: say so, where the cursor goes, rather than replace it."""
        if not self.has_typing():
            return False
        self.message.show_message(self.tr("Save or cancel what you are typing here first."))
        self._focus_first()
        return True

    def _open(self) -> None:
        self.retranslate()
        self.show()
        self.settle()
        self._focus_first()

    def settle(self) -> None:
        """What the form shows now counts as untouched (after a page has chosen the
        person or actor it opens with)."""
        self._opened_with = self.values()

    def has_typing(self) -> bool:
        """Open, and something differs from what the form opened with."""
        return self.is_open and self.values() != self._opened_with

    def _focus_first(self) -> None:
        first = self.first_input()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- closing -----------------------------------------------------------

    def save(self) -> bool:
        if self.family_id is None:
            return False
        problem = self.problem()
        if problem:
            self.message.show_message(problem)
            return False
        values = self.values()
        family_id = self.family_id
        if self._editing is None:
            changes = write_or_say(
                self.message,
                lambda: self.service.run(
                    record_ops.add_record, self.entity_type, family_id, values, initiator=self
                ),
                self._focus_field,
            )
            if changes is None:
                return False
            entity_id = changes.primary_id or ""
        else:
            entity_id = self._editing
            edited = {k: v for k, v in values.items() if self._before.get(k) != v}
            if edited and (
                write_or_say(
                    self.message,
                    lambda: self.service.run(
                        record_ops.edit_record, entity_id, edited, initiator=self
                    ),
                    self._focus_field,
                )
                is None
            ):
                return False
        self._close()
        self.sig_saved.emit(entity_id)
        return True

    def cancel(self) -> None:
        self._close()

    def _focus_field(self, field: str) -> None:
        widget = self.widget_for(field)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _close(self) -> None:
        self._editing = None
        self._before = {}
        self._opened_with = None
        self.message.clear_message()
        self.clear_inputs()
        self.hide()
        self.sig_closed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def save_typed(forms: Iterable[EntityForm]) -> EntityForm | None:
    """Save every form that holds typing; the first one that refuses (it says why
    and keeps the typing), or None when all are saved."""
    for form in forms:
        if form.has_typing() and not form.save():
            return form
    return None
