"""Before another family is shown or the app closes: save, don't save, or cancel.

Switching family used to drop whatever was typed in an open form. Now the
workspace's pages say whether they hold unsaved typing (`FamilyTab.unsaved_input`)
and the coordinator is asked first, in the three words every desktop app uses.
Closing the app also counts the "New family" form, which belongs to no family.

The question is a window-modal message box opened with `open()`, never
`exec()`: locking closes every dialog (`MainWindow._close_dialogs`), and a
question closed that way counts as "Cancel", so nothing is saved into a vault
that is closing and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.family_list import FamilyListPanel
from ftbt_desktop.ui.workspace.family_tab import FamilyTab
from ftbt_desktop.ui.workspace.workspace import FamilyWorkspace


@dataclass(frozen=True, slots=True)
class UnsavedPart:
    """One place holding unsaved typing, and what to do with it."""

    title: str
    save: Callable[[], bool]  # False: refused, and the place says why
    discard: Callable[[], None]
    show: Callable[[], None]  # bring it in front, to fix or finish it


class UnsavedGuard(QObject):
    def __init__(
        self,
        service: VaultService,
        family_list: FamilyListPanel,
        workspace: FamilyWorkspace,
        window: QWidget,
        lock_action: QAction,
    ) -> None:
        super().__init__(window)
        self.service = service
        self.family_list = family_list
        self.workspace = workspace
        self.window = window
        self.lock_action = lock_action
        self.box: QMessageBox | None = None  # the open question, if any

    def ask(
        self, go_on: Callable[[], None], stay: Callable[[], None], closing: bool = False
    ) -> None:
        """Call `go_on` when nothing is unsaved, or once it is saved or let go; else `stay`.

        `closing`: the whole app goes, so the "New family" form counts too.
        """
        parts = self.unsaved_parts(closing)
        if not parts:
            go_on()
            return
        if self.box is not None:  # already asking: the first question decides
            stay()
            return
        box = self._question(parts)
        save = None
        if self.service.is_unlocked:
            save = box.addButton(QMessageBox.StandardButton.Save)
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        discard.setText(self.tr("Do&n't save"))
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save or cancel)
        box.setEscapeButton(cancel)

        def answered() -> None:
            self.box = None
            clicked: QAbstractButton | None = box.clickedButton()
            if clicked is not None and clicked is save:
                self._save(parts, go_on, stay)
            elif clicked is not None and clicked is discard:
                for part in parts:
                    part.discard()
                go_on()
            else:  # Cancel, Escape, or closed by locking
                parts[0].show()
                stay()

        box.finished.connect(answered)
        box.finished.connect(box.deleteLater)
        self.box = box
        box.open()

    def unsaved_parts(self, closing: bool = False) -> list[UnsavedPart]:
        parts = [self._tab_part(tab) for tab in self.workspace.unsaved_tabs()]
        if closing and self.family_list.new_family_typed():
            parts.append(
                UnsavedPart(
                    self.tr("New family"),
                    self.family_list.save_new_family,
                    self.family_list.discard_new_family,
                    self.family_list.start_new_family,
                )
            )
        return parts

    # -- internals ---------------------------------------------------------

    def _tab_part(self, tab: FamilyTab) -> UnsavedPart:
        return UnsavedPart(
            tab.tab_title(),
            tab.save_unsaved,
            tab.discard_unsaved,
            lambda: self.workspace.tab_widget.setCurrentWidget(tab),
        )

    def _question(self, parts: list[UnsavedPart]) -> QMessageBox:
        pages = ", ".join(part.title for part in parts)
        name = self.workspace.current_family_name()
        if not self.service.is_unlocked:
            # Locked: no family name on screen, and nothing can be saved until unlocked.
            text = self.tr("What you typed is not saved yet ({pages}).").format(pages=pages)
            more = self.tr(
                "FTBT Desktop is locked. Cancel, unlock and save it, or close without saving."
            )
        elif name and self.workspace.unsaved_tabs():
            text = self.tr("What you typed for {family} is not saved yet ({pages}).").format(
                family=name, pages=pages
            )
            more = self.tr("Do you want to save it first?")
        else:
            text = self.tr("What you typed is not saved yet ({pages}).").format(pages=pages)
            more = self.tr("Do you want to save it first?")
        box = QMessageBox(self.window)
        box.setObjectName("unsaved_question")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(text)
        box.setInformativeText(more)
        # A modal question blocks the window's shortcuts; Ctrl+L must still lock.
        box.addAction(self.lock_action)
        return box

    def _save(
        self, parts: list[UnsavedPart], go_on: Callable[[], None], stay: Callable[[], None]
    ) -> None:
        for part in parts:
            if not part.save():
                # Refused (the place says why under its form): stay there with the typing.
                part.show()
                stay()
                return
        go_on()
