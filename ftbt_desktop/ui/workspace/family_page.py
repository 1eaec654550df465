"""The common ground of the Goals and plan, Visits, Measures and Network pages.

Each reads the family only while it is shown (a change made on the map must
not cost a re-read of every hidden page; showing the page catches up), and
each holds inline forms whose typing is asked about before another family is
shown or the app closes (`FamilyTab.unsaved_input`, ui/workspace/unsaved_guard.py).
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.entity_form import EntityForm, save_typed
from ftbt_desktop.ui.workspace.family_tab import FamilyTab


class FamilyPage(FamilyTab):
    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self._stale = True

    # -- reading only while shown ------------------------------------------

    def refresh(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self.reload()

    def reload(self) -> None:
        """Read the family again now, shown or not; a page fills itself after this."""
        self._stale = False

    def out_of_date(self) -> bool:
        """Whether something besides the family's changes (the day, a setting) calls
        for a re-read when the page is shown again."""
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale or self.out_of_date():
            self.reload()

    # -- forms -------------------------------------------------------------

    def forms(self) -> list[EntityForm]:
        """The page's inline forms."""
        return []

    def reveal(self, form: QWidget) -> None:
        """Bring a form into view (a page in a scroll area scrolls to it)."""

    def family_switched(self) -> None:
        for form in self.forms():
            form.cancel()

    def unsaved_input(self) -> bool:
        return self.family_id is not None and any(f.has_typing() for f in self.forms())

    def save_unsaved(self) -> bool:
        refused = save_typed(self.forms())
        if refused is not None:
            self.reveal(refused)
        return refused is None

    def discard_unsaved(self) -> None:
        for form in self.forms():
            if form.has_typing():
                form.cancel()
