"""The inline form for adding or editing one family member.

Inline, not a dialog: the app locks by hiding the main page, and what was
typed here must still be here after unlocking. A refused value is explained
under the form and nothing typed is cleared.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.core.model import InvalidField, Member, MemberRole
from ftbt_desktop.storage.errors import NotFound, VaultError
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.inline import MessageLine
from ftbt_desktop.words.common import invalid_field_message, not_found_message, role_label


class MemberForm(QGroupBox):
    sig_saved = Signal(str)  # member id
    sig_closed = Signal()  # saved or cancelled

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("member_form")
        self.service = service
        self.family_id: str | None = None
        self._member: Member | None = None  # None while adding
        self._opened_with: dict[str, Any] = {}  # the values the form opened with

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("member_name")
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("member_role")
        for role in MemberRole:
            self.role_combo.addItem("", role.value)
        self.birth_year_edit = QLineEdit(self)
        self.birth_year_edit.setObjectName("member_birth_year")
        # Any four digits may be typed; the vault's rule decides, and says why.
        self.birth_year_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), self.birth_year_edit)
        )
        self.birth_year_edit.setMaxLength(4)
        self.household_check = QCheckBox(self)
        self.household_check.setObjectName("member_in_household")
        self.household_check.setChecked(True)
        self.message = MessageLine("member_error", self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("member_save")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("member_cancel")

        self._labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, widget in (
            ("name", self.name_edit),
            ("role", self.role_combo),
            ("birth_year", self.birth_year_edit),
        ):
            label = QLabel(self)
            label.setBuddy(widget)
            self._labels[key] = label
            form.addRow(label, widget)
        form.addRow("", self.household_check)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        self.name_edit.returnPressed.connect(self.save)
        self.birth_year_edit.returnPressed.connect(self.save)
        self.retranslate()
        self.hide()

    # -- opening -----------------------------------------------------------

    @property
    def member_id(self) -> str | None:
        return self._member.id if self._member is not None else None

    def start_new(self, family_id: str) -> None:
        self.family_id = family_id
        self._member = None
        self._fill("", MemberRole.PARENT, None, True)
        self._open()

    def start_edit(self, member: Member) -> None:
        self.family_id = member.family_id
        self._member = member
        self._fill(member.name, member.role, member.birth_year, member.in_household)
        self._open()

    def _fill(self, name: str, role: MemberRole, birth_year: int | None, household: bool) -> None:
        self.name_edit.setText(name)
        self.role_combo.setCurrentIndex(self.role_combo.findData(role.value))
        self.birth_year_edit.setText("" if birth_year is None else str(birth_year))
        self.household_check.setChecked(household)
        self.message.clear_message()

    def _open(self) -> None:
        self._opened_with = self.values()
        self.retranslate()
        self.show()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- values ------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The form in the model's terms. A birth year is a number or None."""
        year_text = self.birth_year_edit.text().strip()
        return {
            "name": self.name_edit.text(),
            "role": self.role_combo.currentData(),
            "birth_year": int(year_text) if year_text else None,
            "in_household": self.household_check.isChecked(),
        }

    def is_open(self) -> bool:
        """Open for adding or editing (also while its tab or the main page is hidden)."""
        return not self.isHidden()

    def has_typing(self) -> bool:
        """Open, and something differs from what the form opened with."""
        return self.is_open() and self.values() != self._opened_with

    # -- closing -----------------------------------------------------------

    def save(self) -> bool:
        """Save and close; False (the form stays open, saying why) when it was refused."""
        if self.family_id is None:
            return False
        values = self.values()
        try:
            if self._member is None:
                changes = self.service.add_member(self.family_id, **values)
                member_id = changes.primary_id or ""
            else:
                member_id = self._member.id
                before = {
                    "name": self._member.name,
                    "role": self._member.role.value,
                    "birth_year": self._member.birth_year,
                    "in_household": self._member.in_household,
                }
                # Only what was edited: a field changed elsewhere meanwhile is kept.
                edited = {k: v for k, v in values.items() if v != before[k]}
                if edited:
                    self.service.update_member(member_id, **edited)
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
        self._close()
        self.sig_saved.emit(member_id)
        return True

    def cancel(self) -> None:
        self._close()

    def _close(self) -> None:
        self._member = None
        self._fill("", MemberRole.PARENT, None, True)
        self._opened_with = {}
        self.hide()
        self.sig_closed.emit()

    def _field_widget(self, field: str) -> QWidget:
        return {
            "role": self.role_combo,
            "birth_year": self.birth_year_edit,
            "in_household": self.household_check,
        }.get(field, self.name_edit)

    # -- language ----------------------------------------------------------

    def retranslate(self) -> None:
        if self._member is None:
            self.setTitle(self.tr("New family member"))
        else:
            self.setTitle(self.tr("Edit family member"))
        self._labels["name"].setText(self.tr("&Name:"))
        self._labels["role"].setText(self.tr("&Role:"))
        self._labels["birth_year"].setText(self.tr("&Birth year:"))
        self.name_edit.setPlaceholderText(self.tr("First name, or the name the family uses"))
        self.birth_year_edit.setPlaceholderText(self.tr("e.g. 1985 (optional)"))
        self.household_check.setText(self.tr("Lives in the &household"))
        for row in range(self.role_combo.count()):
            self.role_combo.setItemText(row, role_label(self.role_combo.itemData(row)))
        self.save_button.setText(self.tr("Save member"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
