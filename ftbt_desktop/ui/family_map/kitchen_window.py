"""The family-view window (kitchen-table mode): one family's map and goals, large.

Built to be looked at by the family: nothing from the rest of the app is in
this window (no family list, no menus, no status bar, no other family's
name), the map is drawn without internal nodes, and the type is larger.
Closing it, Esc or the "Leave" button all ask for the coordinator's
passphrase; the check runs on the worker thread (Argon2id takes about half
a second) and a wrong passphrase keeps the window as it is.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.core.plan import Goal, GoalStatus
from ftbt_desktop.storage.errors import NotFound, VaultError
from ftbt_desktop.storage.repository import ChangeSet
from ftbt_desktop.ui.family_map.map_extras import MapExtras
from ftbt_desktop.ui.family_map.map_tab import FamilyMapTab
from ftbt_desktop.ui.family_map.touch import TOOL_BUTTON
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.tasks import TaskRunner

FONT_SCALE = 1.6  # large type for reading across a table
MAP_ZOOM_MAX = 1.6  # the map as large as the screen allows, text up to 1.6 × its size
APP_TITLE = "FTBT Desktop"
GOALS_MIN_WIDTH = 280
LEAVE_DIALOG_MIN_WIDTH = 440  # the refusal's two lines under the field, not six squeezed ones


class KitchenGoalsPanel(QFrame):
    """The family's active goals in their own words, with the members each is for."""

    def __init__(self, service: VaultService, family_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kitchen_goals")
        self.service = service
        self.family_id = family_id
        self.title = QLabel(self)
        self.title.setObjectName("kitchen_goals_title")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.list_widget = QWidget(self)
        self.list_layout = QVBoxLayout(self.list_widget)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.list_widget)
        self.setMinimumWidth(GOALS_MIN_WIDTH)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.scroll, 1)
        self._texts: list[str] = []
        self.retranslate()
        self.refresh()

    def goals(self) -> list[Goal]:
        try:
            goals = self.service.load(self.family_id, "goal")
        except VaultError:
            return []
        active = [g for g in goals if g.status is GoalStatus.ACTIVE]
        return sorted(active, key=lambda g: (g.target_date or "9999", g.text.casefold()))

    def goal_texts(self) -> list[str]:
        """The goals as shown, for tests and screen readers."""
        return list(self._texts)

    def refresh(self) -> None:
        while self.list_layout.count():
            widget = self.list_layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        try:
            members = self.service.members(self.family_id)  # in the family's own order
        except (VaultError, NotFound):
            members = []
        self._texts = []
        goals = self.goals()
        for goal in goals:
            who = ", ".join(m.name for m in members if m.id in goal.member_ids)
            self.list_layout.addWidget(self._card(goal.text, who))
            self._texts.append(f"{goal.text}\n{who}" if who else goal.text)
        if not goals:
            empty = QLabel(self.tr("No goals yet. Add one on the map."), self.list_widget)
            empty.setObjectName("kitchen_goals_empty")
            empty.setWordWrap(True)
            self.list_layout.addWidget(empty)
        self.list_layout.addStretch(1)  # cards at the top, each as tall as its words

    def _card(self, text: str, who: str) -> QFrame:
        card = QFrame(self.list_widget)
        card.setObjectName("kitchen_goal")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(card)
        words = QLabel(text, card)
        words.setObjectName("kitchen_goal_text")
        words.setWordWrap(True)
        words.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(words)
        if who:
            members = QLabel(who, card)
            members.setObjectName("kitchen_goal_members")
            members.setWordWrap(True)
            members.setTextFormat(Qt.TextFormat.PlainText)
            font = members.font()
            font.setPointSizeF(font.pointSizeF() * 0.8)
            members.setFont(font)
            layout.addWidget(members)
        return card

    def retranslate(self) -> None:
        self.title.setText(self.tr("Our goals"))
        self.scroll.setAccessibleName(self.title.text())


class LeaveDialog(QDialog):
    """Asks the coordinator's passphrase before family view may close."""

    sig_verify = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kitchen_leave_dialog")
        self.setWindowTitle(self.tr("Leave family view"))
        self.setModal(True)
        self.setMinimumWidth(LEAVE_DIALOG_MIN_WIDTH)
        self.intro = QLabel(self.tr("Type your passphrase to leave family view."), self)
        self.intro.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("kitchen_leave_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setMinimumHeight(44)
        self.feedback = QLabel(self)
        self.feedback.setObjectName("kitchen_leave_feedback")
        self.feedback.setWordWrap(True)
        self.feedback.hide()
        self.buttons = QDialogButtonBox(self)
        self.leave_button = self.buttons.addButton(
            self.tr("Leave family view"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.leave_button.setObjectName("kitchen_leave_confirm")
        self.stay_button = self.buttons.addButton(
            self.tr("Stay"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.stay_button.setObjectName("kitchen_leave_stay")
        for button in (self.leave_button, self.stay_button):
            button.setMinimumHeight(44)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.feedback)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

    def _submit(self) -> None:
        text = self.passphrase.text()
        if not text:
            self.show_refused(self.tr("Type your passphrase first."))
            return
        self.set_busy(True)
        self.sig_verify.emit(text)

    def set_busy(self, busy: bool) -> None:
        self.passphrase.setEnabled(not busy)
        self.leave_button.setEnabled(not busy)
        if busy:
            self._say(self.tr("Checking…"))

    def show_refused(self, text: str) -> None:
        self.set_busy(False)
        self.passphrase.clear()
        self._say(text)
        self.passphrase.setFocus()

    def _say(self, text: str) -> None:
        self.feedback.setText(text)
        self.feedback.show()
        # An open dialog does not grow for a wrapped label by itself: without this the
        # message was squeezed over the field and cut off.
        self.layout().activate()
        self.adjustSize()

    def reject(self) -> None:
        self.passphrase.clear()  # the passphrase does not linger in a hidden widget
        super().reject()


class KitchenTableWindow(QWidget):
    """Full-screen family view of one family. Create through `KitchenTableMode`."""

    sig_leave_confirmed = Signal()

    def __init__(self, service: VaultService, family_id: str, runner: TaskRunner) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("kitchen_table_window")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.service = service
        self.family_id = family_id
        self.runner = runner
        self.leave_dialog: LeaveDialog | None = None
        self._may_close = False
        font = QApplication.font()
        font.setPointSizeF(font.pointSizeF() * FONT_SCALE)
        self.setFont(font)

        self.family_label = QLabel(self)
        self.family_label.setObjectName("kitchen_family_name")
        self.family_label.setTextFormat(Qt.TextFormat.PlainText)
        name_font = self.family_label.font()
        name_font.setBold(True)
        name_font.setPointSizeF(font.pointSizeF() * 1.25)
        self.family_label.setFont(name_font)
        self.hint = QLabel(self)
        self.hint.setObjectName("kitchen_hint")
        self.hint.setWordWrap(True)
        self.leave_button = QPushButton(self)
        self.leave_button.setObjectName("kitchen_leave")
        self.leave_button.setMinimumHeight(56)
        self.map_tab = FamilyMapTab(service, family_id, self, kitchen_mode=True)
        self.extras = MapExtras(self.map_tab)
        self.goals = KitchenGoalsPanel(service, family_id, self)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.family_label)
        titles.addWidget(self.hint)
        header.addLayout(titles, 1)
        header.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignTop)
        # The side panel (what the selected node says) goes under the goals, so the
        # map has the window's whole width but one column.
        self.side = QWidget(self)
        self.side.setObjectName("kitchen_side")
        side_layout = QVBoxLayout(self.side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        editor = self.map_tab.editor
        for layout in self.map_tab.findChildren(QLayout):
            layout.removeWidget(editor)
        # The toolbar spans the window, over the goals too: beside them, at 1280 px,
        # its large words were cut ("Ud…ng").
        self.toolbar = self.map_tab.toolbar
        for layout in self.map_tab.findChildren(QLayout):
            layout.removeWidget(self.toolbar)
        # Nor is there room for the map-as-list button in the family's large words at
        # 1280 px: F6 still opens the list here (map_accessible.py), as the map says.
        self.map_tab.actions_by_name["as_list"].setVisible(False)
        side_layout.addWidget(self.goals, 1)
        side_layout.addWidget(editor)
        self.body = QSplitter(Qt.Orientation.Horizontal, self)
        self.body.setChildrenCollapsible(False)
        self.body.addWidget(self.map_tab)
        self.body.addWidget(self.side)
        self.body.setStretchFactor(0, 4)
        self.body.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.body, 1)

        self.leave_button.clicked.connect(self.ask_to_leave)
        service.sig_changed.connect(self._on_changed)
        self.retranslate()

    # -- public ------------------------------------------------------------

    def fit_map(self) -> None:
        """The whole map in view, as large as the screen allows (up to the large-type zoom)."""
        if self._may_close:
            return
        view = self.map_tab.view
        view.fit_all(readable=True)  # the family reads it across the table
        rect = self.map_tab.scene.map_rect().adjusted(-40, -40, 40, 40)
        if rect.isEmpty():
            return
        viewport = view.viewport().rect()
        fit = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        view.set_zoom(min(MAP_ZOOM_MAX, max(view.zoom(), fit)))
        view.centerOn(rect.center())

    def ask_to_leave(self) -> LeaveDialog:
        if self.leave_dialog is not None and self.leave_dialog.isVisible():
            return self.leave_dialog
        dialog = LeaveDialog(self)
        dialog.sig_verify.connect(self._verify)
        self.leave_dialog = dialog
        dialog.open()
        dialog.passphrase.setFocus()
        return dialog

    def release(self) -> None:
        """Allow the window to close (after the passphrase, or when the vault locks)."""
        self._may_close = True
        if self.leave_dialog is not None:
            self.leave_dialog.reject()
        self.map_tab.close_map()
        with contextlib.suppress(RuntimeError, TypeError):
            self.service.sig_changed.disconnect(self._on_changed)

    # -- leaving -----------------------------------------------------------

    def _verify(self, passphrase: str) -> None:
        service = self.service
        dialog = self.leave_dialog
        self.runner.submit(
            lambda: service.verify_passphrase(passphrase),
            lambda ok: self._on_verified(dialog, bool(ok)),
            lambda _exc: self._on_verified(dialog, False, failed=True),
        )

    def _on_verified(self, dialog: LeaveDialog | None, ok: bool, failed: bool = False) -> None:
        if self._may_close or dialog is None or dialog is not self.leave_dialog:
            return  # locked meanwhile: the lock screen has taken over
        if ok:
            dialog.passphrase.clear()
            dialog.accept()
            self.sig_leave_confirmed.emit()
            return
        if failed:
            dialog.show_refused(self.tr("The passphrase could not be checked. Family view stays."))
        else:
            dialog.show_refused(
                self.tr("That is not the passphrase. Family view stays until it is typed right.")
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            super().closeEvent(event)
            return
        event.ignore()  # Alt+F4 and the like: the family must not fall through to the app
        self.ask_to_leave()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Full screen arrives after show, when the window manager gets to it: fit then.
        QTimer.singleShot(0, self.fit_map)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.ask_to_leave()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- refresh and language ------------------------------------------------

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.family_id not in changes.family_ids:
            return
        if changes.entity_types & {"goal", "member"}:
            self.goals.refresh()
        if "family" in changes.entity_types:
            self._show_name()

    def _show_name(self) -> None:
        try:
            self.family_label.setText(self.service.family_view(self.family_id).family.name)
        except (VaultError, NotFound):
            self.family_label.setText("")

    def retranslate(self) -> None:
        # Never a family's name in the title: it shows in task bars and window lists.
        self.setWindowTitle(self.tr("Family view – {app}").format(app=APP_TITLE))
        self._show_name()
        self.hint.setText(self.tr("Family view: only this family's map and goals are shown."))
        self.leave_button.setText(self.tr("Leave family view"))
        self.leave_button.setToolTip(self.tr("Asks for the coordinator's passphrase"))
        self._keep_tool_words_whole()
        # Again once the map tab has its new words (its language change may come later).
        QTimer.singleShot(0, self, self._keep_tool_words_whole)

    def _keep_tool_words_whole(self) -> None:
        """No toolbar button narrower than its words: the style cuts them otherwise.

        Where the window is too narrow for them all, Qt's toolbar then puts the last
        ones behind its » button rather than showing every word cut short.
        """
        for button in self.toolbar.findChildren(QToolButton):
            button.setMinimumWidth(max(TOOL_BUTTON.width(), button.sizeHint().width()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
