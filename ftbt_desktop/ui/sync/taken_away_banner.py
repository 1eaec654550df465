"""The banner at the top of a family the server has taken away: read-only, and what to do.

Shown under the family's name as soon as a sync has learnt that the family is no
longer this user's (reassigned to another coordinator). Every page is read-only
then (the workspace uses the supervisor's read-only mode, ui/plan_export/read_only.py)
and the vault refuses its edits (storage/taken_away.py). What the server refused
stays listed in the held-family notice below, with the two steps to hand it over.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

from ftbt_desktop.storage.errors import VaultError
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.taken_away import is_taken_away, refused_changes
from ftbt_desktop.ui.service import VaultService

BANNER_STYLE = (
    "QLabel { border: 2px solid #b26a00; border-radius: 4px; padding: 6px; font-weight: bold; }"
)


@dataclass(frozen=True, slots=True)
class TakenAwayState:
    family_id: str
    refused: int  # changes made here the server refused: kept until handed over


def taken_away_state(service: VaultService, family_id: str | None) -> TakenAwayState | None:
    """The family's state when the server has taken it away; None when it is ours."""
    if family_id is None or not service.is_unlocked:
        return None
    try:
        return service.on_vault(_taken_away_of, family_id)
    except VaultError:
        return None


def _taken_away_of(repo: Repository, family_id: str) -> TakenAwayState | None:
    if not is_taken_away(repo, family_id):
        return None
    return TakenAwayState(family_id, len(refused_changes(repo, family_id)))


class TakenAwayBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace_taken_away_banner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setProperty("role", "banner")
        self.setStyleSheet(BANNER_STYLE)
        self.state: TakenAwayState | None = None
        self.hide()

    def show_state(self, state: TakenAwayState | None) -> None:
        self.state = state
        self.retranslate()

    def retranslate(self) -> None:
        state = self.state
        self.setVisible(state is not None)
        if state is None:
            self.clear()
            return
        first = self.tr(
            "This family has been handed over to another coordinator. You can no longer edit it."
        )
        if state.refused:
            then = self.tr(
                "What was written here and not sent is shown below and beside the fields. "
                "Save it for the new coordinator, then remove the family from this computer."
            )
        else:
            then = self.tr("It is removed from this computer at the next sync.")
        self.setText(f"{first} {then}")
        self.setAccessibleName(self.tr("Read-only: the family has been handed over"))
        self.setAccessibleDescription(self.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
