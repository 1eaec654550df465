"""The "Family" tab: the family's own details, closing or reopening it, and erasing
it from this computer when it never reached the server (local_erase_flow.py).

Only the fields the user edited are sent, so a value that arrived from
elsewhere meanwhile (an import, later sync) is not overwritten by a stale
copy on screen. A refresh likewise replaces only fields the user has not
touched, so typed text survives changes and a lock.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.core.model import Family, FamilyStatus, InvalidField
from ftbt_desktop.storage.errors import NotFound, VaultError
from ftbt_desktop.storage.local_erase import reached_server
from ftbt_desktop.storage.repository import ChangeSet
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.family_tab import FamilyTab
from ftbt_desktop.ui.workspace.inline import InlineConfirm, MessageLine
from ftbt_desktop.words.common import date_format, invalid_field_message, not_found_message

NO_DATE = QDate(1900, 1, 1)  # the date edit's "not given" value
EDITABLE = ("name", "coordinator", "start", "notes")


class FamilyDetailsTab(FamilyTab):
    REFUSED_PAGE = "family"
    # The coordinator asks to erase the shown family from this computer (its id).
    sig_erase_requested = Signal(str)

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self._loaded: dict[str, Any] = {}
        self._status: FamilyStatus | None = None

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("family_name")
        self.coordinator_edit = QLineEdit(self)
        self.coordinator_edit.setObjectName("family_coordinator")
        self.start_edit = QDateEdit(self)
        self.start_edit.setObjectName("family_start")
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setMinimumDate(NO_DATE)
        self.start_edit.setDate(NO_DATE)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("family_notes")
        self.notes_edit.setTabChangesFocus(True)
        self.message = MessageLine("family_error", self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("family_save")
        self.revert_button = QPushButton(self)
        self.revert_button.setObjectName("family_revert")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("family_close")
        self.reopen_button = QPushButton(self)
        self.reopen_button.setObjectName("family_reopen")
        self.close_confirm = InlineConfirm("family_close_confirm", self)
        self.erase_button = QPushButton(self)
        self.erase_button.setObjectName("family_erase_here")
        self._on_server = True

        self._labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, widget in (
            ("name", self.name_edit),
            ("coordinator", self.coordinator_edit),
            ("start", self.start_edit),
            ("notes", self.notes_edit),
        ):
            label = QLabel(self)
            label.setBuddy(widget)
            self._labels[key] = label
            form.addRow(label, widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.close_confirm)
        layout.addWidget(self.refused_label)
        layout.addLayout(buttons)

        self.name_edit.textChanged.connect(self._update_buttons)
        self.coordinator_edit.textChanged.connect(self._update_buttons)
        self.start_edit.dateChanged.connect(self._update_buttons)
        self.notes_edit.textChanged.connect(self._update_buttons)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.close_button.clicked.connect(self._ask_close)
        self.close_confirm.sig_confirmed.connect(self._close_family)
        self.reopen_button.clicked.connect(self._reopen_family)
        self.erase_button.clicked.connect(self._ask_erase)
        self.retranslate()
        self._update_buttons()

    def tab_title(self) -> str:
        return self.tr("Family")

    # -- values ------------------------------------------------------------

    def _shown(self) -> dict[str, Any]:
        """The form's values in the model's terms (empty text is None)."""
        start = self.start_edit.date()
        return {
            "name": self.name_edit.text().strip(),
            "coordinator": self.coordinator_edit.text().strip() or None,
            "start": None if start == NO_DATE else start.toString("yyyy-MM-dd"),
            "notes": self.notes_edit.toPlainText().strip() or None,
        }

    def _edited(self) -> dict[str, Any]:
        shown = self._shown()
        return {k: v for k, v in shown.items() if not _same(v, self._loaded.get(k))}

    def is_dirty(self) -> bool:
        return bool(self._edited())

    def _put(self, key: str, value: Any) -> None:
        if key == "name":
            self.name_edit.setText(value or "")
        elif key == "coordinator":
            self.coordinator_edit.setText(value or "")
        elif key == "start":
            self.start_edit.setDate(QDate.fromString(value, "yyyy-MM-dd") if value else NO_DATE)
        elif key == "notes":
            self.notes_edit.setPlainText(value or "")

    # -- refresh -----------------------------------------------------------

    def family_switched(self) -> None:
        self._loaded = {}
        self._on_server = True  # until the vault says otherwise
        self.message.clear_message()
        self.close_confirm.hide()
        for key in EDITABLE:
            self._put(key, None)

    def refresh(self) -> None:
        self.show_refused()
        if self.family_id is None or not self.service.is_unlocked:
            return
        try:
            family = self.service.family_view(self.family_id).family
            on_server = self.service.on_vault(reached_server, self.family_id)
        except VaultError:  # gone, or the vault closed under us: keep what is shown
            return
        self._on_server = on_server
        self._apply(family)

    def on_changes(self, changes: ChangeSet) -> None:
        if "family" in changes.entity_types:
            self.refresh()

    def unsaved_input(self) -> bool:
        return self.family_id is not None and self.is_dirty()

    def save_unsaved(self) -> bool:
        return self.save()

    def discard_unsaved(self) -> None:
        self.revert()

    def _apply(self, family: Family) -> None:
        new = {key: getattr(family, key) for key in EDITABLE}
        shown = self._shown()
        for key, value in new.items():
            # A field the user has edited keeps their text; the rest follow the vault.
            if _same(shown[key], self._loaded.get(key)):
                self._put(key, value)
        self._loaded = new
        self._status = family.status
        self._update_buttons()

    # -- actions -----------------------------------------------------------

    def save(self) -> bool:
        """Save the edited fields; False (the typing kept, the reason shown) when refused."""
        if self.family_id is None:
            return False
        edited = self._edited()
        if not edited:
            return True
        try:
            self.service.update_family(self.family_id, **edited)
        except InvalidField as error:
            self.message.show_message(invalid_field_message(error))
            self._field_widget(error.field).setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        except NotFound:
            self.message.show_message(not_found_message())
            return False
        except VaultError:
            self.message.show_message(self.tr("The vault is locked. Unlock it and try again."))
            return False
        self.message.clear_message()
        self.refresh()
        return True

    def revert(self) -> None:
        for key in EDITABLE:
            self._put(key, self._loaded.get(key))
        self.message.clear_message()
        self._update_buttons()

    def _ask_close(self) -> None:
        self.close_confirm.ask(
            self.tr(
                "Close this family? It moves to the closed families and can be reopened later."
            ),
            self.tr("Close family"),
            self.tr("Keep open"),
        )

    def _ask_erase(self) -> None:
        if self.family_id is not None and not self._on_server:
            self.sig_erase_requested.emit(self.family_id)

    def _close_family(self) -> None:
        self._run(self.service.close_family)

    def _reopen_family(self) -> None:
        self._run(self.service.reopen_family)

    def _run(self, operation: Any) -> None:
        if self.family_id is None:
            return
        try:
            operation(self.family_id)
        except NotFound:
            self.message.show_message(not_found_message())
        except VaultError:
            self.message.show_message(self.tr("The vault is locked. Unlock it and try again."))
        else:
            self.message.clear_message()

    def _field_widget(self, field: str) -> QWidget:
        return {
            "coordinator": self.coordinator_edit,
            "start": self.start_edit,
            "notes": self.notes_edit,
        }.get(field, self.name_edit)

    def _update_buttons(self) -> None:
        dirty = self.family_id is not None and self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        closed = self._status == FamilyStatus.CLOSED
        self.close_button.setVisible(not closed)
        self.reopen_button.setVisible(closed)
        self.erase_button.setEnabled(self.family_id is not None and not self._on_server)
        self._explain_erase()

    def _explain_erase(self) -> None:
        # A disabled button says why in its tooltip and its accessible description.
        why = (
            self.tr("Sent to the server: only the server's administrator can erase this family.")
            if self._on_server
            else self.tr("Never sent to the server: erasing it here removes the only copy.")
        )
        self.erase_button.setToolTip(why)
        self.erase_button.setAccessibleDescription(why)

    # -- language ----------------------------------------------------------

    def retranslate(self) -> None:
        self._labels["name"].setText(self.tr("&Name:"))
        self._labels["coordinator"].setText(self.tr("&Coordinator:"))
        self._labels["start"].setText(self.tr("&Start date:"))
        self._labels["notes"].setText(self.tr("N&otes:"))
        self.coordinator_edit.setPlaceholderText(self.tr("Who follows this family"))
        self.notes_edit.setPlaceholderText(self.tr("Internal notes (coordinator only)"))
        self.start_edit.setDisplayFormat(date_format())
        self.start_edit.setSpecialValueText(self.tr("Not given"))
        self.save_button.setText(self.tr("&Save"))
        self.revert_button.setText(self.tr("&Revert"))
        self.close_button.setText(self.tr("Close family…"))
        self.reopen_button.setText(self.tr("Reopen family"))
        self.erase_button.setText(self.tr("Erase from this computer…"))
        self._explain_erase()


def _same(a: Any, b: Any) -> bool:
    """Equal for the form: an empty field and a value never given are the same."""
    return (a or None) == (b or None)
