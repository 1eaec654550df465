"""Asking before a family that never reached the server is erased from this computer.

Erasing cannot be undone and no other copy exists, so the coordinator types the
family's name to confirm; the erase button is never the default, and Escape or
"Cancel" keeps everything.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class EraseFamilyDialog(QDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("erase_family_dialog")
        self._name = name
        self.explain = QLabel(self)
        self.explain.setObjectName("erase_family_explain")
        self.explain.setWordWrap(True)
        self.prompt = QLabel(self)
        self.typed = QLineEdit(self)
        self.typed.setObjectName("erase_family_name")
        self.prompt.setBuddy(self.typed)
        buttons = QDialogButtonBox(self)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = QPushButton(self)
        self.erase_button.setObjectName("erase_family_confirm")
        self.erase_button.setAutoDefault(False)
        self.erase_button.setDefault(False)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.prompt)
        layout.addWidget(self.typed)
        layout.addWidget(buttons)
        self.typed.textChanged.connect(self._update)
        self.erase_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.retranslate()
        self._update()

    def _update(self) -> None:
        self.erase_button.setEnabled(self.typed.text().strip() == self._name.strip())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Erase the family from this computer"))
        self.explain.setText(
            self.tr(
                "“{name}” has never been sent to the server, so this computer holds the only "
                "copy. Erasing it removes everything about the family: members, map, plan, "
                "measures, visits and history. The vault's backups are replaced by a new one "
                "without the family. This cannot be undone."
            ).format(name=self._name)
        )
        self.prompt.setText(self.tr("Type the family's &name to confirm:"))
        self.typed.setAccessibleName(self.tr("The family's name, to confirm"))
        self.erase_button.setText(self.tr("&Erase the family"))
        self.cancel_button.setText(self.tr("Cancel"))
