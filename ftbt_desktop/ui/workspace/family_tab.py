"""The base of every page in the family workspace (Family, Members, History, later Map…).

A tab is told which family to show and when that family changed; it reads
what it needs from the service itself. Adding a page to the workspace is
subclassing this and calling `FamilyWorkspace.add_tab`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from ftbt_desktop.storage.repository import ChangeSet
from ftbt_desktop.ui.plan_export.read_only import ReadOnlyLock
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.sync.refused_changes import (
    RefusedLabel,
    RefusedThing,
    load_refused,
    not_sent_text,
)


class FamilyTab(QWidget):
    # The page's key in refused_changes.SHOWN_ON: what the server refused of the
    # things this page shows is listed in `refused_label`, which the page lays out.
    REFUSED_PAGE: ClassVar[str | None] = None

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.family_id: str | None = None
        self.read_only = False  # the supervisor's review (ui/plan_export/read_only.py)
        self._read_only_lock: ReadOnlyLock | None = None
        self.refused_label = RefusedLabel(f"{self.REFUSED_PAGE or 'page'}_refused", self)

    def tab_title(self) -> str:
        """The tab's label, translated (called again when the language changes)."""
        raise NotImplementedError

    def show_family(self, family_id: str | None) -> None:
        """Show another family, or the same one again (then open forms are kept)."""
        if family_id != self.family_id:
            self.family_id = family_id
            self.family_switched()
        self.refresh()
        self.enforce_read_only()

    def show_refused(self, keep: Callable[[RefusedThing], bool] | None = None) -> None:
        """List this page's refused changes with what was written (none: hidden).
        `keep`: a page showing some of them elsewhere (beside a goal) leaves those out."""
        if self.REFUSED_PAGE is None:
            return
        refused = load_refused(self.service, self.family_id)
        self.refused_label.set_lines(
            not_sent_text(refused, thing)
            for thing in refused.on_page(self.REFUSED_PAGE)
            if keep is None or keep(thing)
        )

    def family_switched(self) -> None:
        """Drop what belonged to the previous family (open forms, selection)."""

    def refresh(self) -> None:
        """Re-read the shown family from the service. Typed, unsaved text must survive."""

    def on_changes(self, changes: ChangeSet) -> None:
        """The shown family changed (the workspace filters by family)."""
        self.refresh()

    def unsaved_input(self) -> bool:
        """Whether the page holds typing that is not saved yet. Asked before another
        family is shown or the app closes (ui/workspace/unsaved_guard.py); a page with forms
        overrides this and the two below."""
        return False

    def save_unsaved(self) -> bool:
        """Save what `unsaved_input` reports; False when a value was refused (the page
        then says why, and keeps the typing)."""
        return True

    def discard_unsaved(self) -> None:
        """Throw away what `unsaved_input` reports."""

    def retranslate(self) -> None:
        """Set every fixed text again; called once at start and on a language change."""

    def set_read_only(self, on: bool) -> None:
        """Supervisor review: nothing on this page may change the family (or again editable)."""
        self.read_only = on
        self.apply_read_only(on)

    def apply_read_only(self, on: bool) -> None:
        """Disable this page's edit controls. A page may override it; the default
        locks every control except those marked as navigation (read_only.py)."""
        if self._read_only_lock is None:
            if not on:
                return
            self._read_only_lock = ReadOnlyLock(self)
        self._read_only_lock.set_on(on)

    def enforce_read_only(self) -> None:
        """After a refresh: lock controls a page has made or enabled since."""
        if self.read_only:
            self.apply_read_only(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.family_id is not None and self.service.is_unlocked:
                self.refresh()
        super().changeEvent(event)
