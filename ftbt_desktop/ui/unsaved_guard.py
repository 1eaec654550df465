"""Before another family is shown or the app closes: save, don't save, or cancel.

Switching family used to drop whatever was typed in an open form. Now the
workspace's pages say whether they hold unsaved typing (`FamilyTab.unsaved_input`)
and the coordinator is asked first, in the three words every desktop app uses.

The question is a window-modal message box opened with `open()`, never
`exec()`: locking closes every dialog (`MainWindow._close_dialogs`), and a
question closed that way counts as "Cancel", so nothing is saved into a vault
that is closing and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from ftbt_desktop.ui.family_tab import FamilyTab
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace import FamilyWorkspace


class UnsavedGuard(QObject):
    def __init__(
        self,
        service: VaultService,
        workspace: FamilyWorkspace,
        window: QWidget,
        lock_action: QAction,
    ) -> None:
        super().__init__(window)
        self.service = service
        self.workspace = workspace
        self.window = window
        self.lock_action = lock_action
        self.box: QMessageBox | None = None  # the open question, if any

    def ask(self, go_on: Callable[[], None], stay: Callable[[], None]) -> None:
        """Call `go_on` when nothing is unsaved, or once it is saved or let go; else `stay`."""
        tabs = self.workspace.unsaved_tabs()
        if not tabs:
            go_on()
            return
        if self.box is not None:  # already asking: the first question decides
            stay()
            return
        box = self._question(tabs)
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
                self._save(tabs, go_on, stay)
            elif clicked is not None and clicked is discard:
                for tab in tabs:
                    tab.discard_unsaved()
                go_on()
            else:  # Cancel, Escape, or closed by locking
                self._show_tab(tabs[0])
                stay()

        box.finished.connect(answered)
        box.finished.connect(box.deleteLater)
        self.box = box
        box.open()

    # -- internals ---------------------------------------------------------

    def _question(self, tabs: list[FamilyTab]) -> QMessageBox:
        pages = ", ".join(tab.tab_title() for tab in tabs)
        name = self.workspace.current_family_name()
        if self.service.is_unlocked and name:
            text = self.tr("What you typed for {family} is not saved yet ({pages}).").format(
                family=name, pages=pages
            )
            more = self.tr("Do you want to save it first?")
        else:
            # Locked: no family name on screen, and nothing can be saved until unlocked.
            text = self.tr("What you typed is not saved yet ({pages}).").format(pages=pages)
            more = self.tr(
                "FTBT Desktop is locked. Cancel, unlock and save it, or close without saving."
            )
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
        self, tabs: list[FamilyTab], go_on: Callable[[], None], stay: Callable[[], None]
    ) -> None:
        for tab in tabs:
            if not tab.save_unsaved():
                # Refused (the page says why under the form): stay there with the typing.
                self._show_tab(tab)
                stay()
                return
        go_on()

    def _show_tab(self, tab: FamilyTab) -> None:
        self.workspace.tab_widget.setCurrentWidget(tab)
