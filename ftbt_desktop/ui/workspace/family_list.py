"""The family list: search, status filter, the families, and a "New family" form.

The list refreshes itself from the service's signals and keeps the selected
family across refreshes; a family with open sync conflicts or changes the
server refused carries a marker (an icon, and the counts in its tooltip and
accessible text), refreshed by `refresh_marks` after each sync; it emits `sig_family_selected` only when the user
picks a family (or a new one is created), so a refresh never makes the
workspace jump.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QIcon, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.core.model import Family, FamilyStatus, InvalidField
from ftbt_desktop.storage.errors import VaultError
from ftbt_desktop.storage.repository import ChangeSet
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.sync.review_news import (
    ReviewNews,
    family_list_icon,
    family_list_words,
    follow_review_news,
    review_news,
)
from ftbt_desktop.ui.workspace.form_writes import refused_message
from ftbt_desktop.ui.workspace.inline import MessageLine
from ftbt_desktop.words.common import invalid_field_message

FAMILY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
IS_DEMO_ROLE = Qt.ItemDataRole.UserRole + 2
IS_CLOSED_ROLE = Qt.ItemDataRole.UserRole + 3
BADGES_ROLE = Qt.ItemDataRole.UserRole + 4
SYNC_MARKS_ROLE = Qt.ItemDataRole.UserRole + 5  # (open conflicts, refused changes) or None
SYNC_ICON_ROLE = Qt.ItemDataRole.UserRole + 6  # their warning sign, drawn at the right


class FamilyListModel(QAbstractListModel):
    """The families currently shown, in the repository's order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._families: list[Family] = []
        self._marks: dict[str, tuple[int, int]] = {}
        self._icon: QIcon | None = None
        self.review_news: ReviewNews | None = None  # unread review comments (review_news.py)

    def set_families(
        self, families: list[Family], marks: dict[str, tuple[int, int]] | None = None
    ) -> None:
        self.beginResetModel()
        self._families = list(families)
        self._marks = dict(marks or {})
        self.endResetModel()

    def set_marks(self, marks: dict[str, tuple[int, int]]) -> None:
        """New conflict and refusal counts; the rows stay (and so does the selection)."""
        if marks == self._marks:
            return
        self._marks = dict(marks)
        if self._families:
            self.dataChanged.emit(self.index(0), self.index(len(self._families) - 1))

    def family_ids(self) -> list[str]:
        return [f.id for f in self._families]

    def row_of(self, family_id: str) -> int:
        for row, family in enumerate(self._families):
            if family.id == family_id:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._families)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._families):
            return None
        family = self._families[index.row()]
        closed = family.status == FamilyStatus.CLOSED
        if role == Qt.ItemDataRole.DisplayRole:
            return family.name
        if role == FAMILY_ID_ROLE:
            return family.id
        if role == IS_DEMO_ROLE:
            return family.is_demo
        if role == IS_CLOSED_ROLE:
            return closed
        if role == BADGES_ROLE:
            return self._badges(family.is_demo, closed)
        marks = self._marks.get(family.id)
        if role == SYNC_MARKS_ROLE:
            return marks
        if role == SYNC_ICON_ROLE:
            return self._mark_icon() if marks else None
        if role == Qt.ItemDataRole.DecorationRole:
            return family_list_icon(self.review_news, family.id)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return ", ".join(
                [
                    family.name,
                    *self._badges(family.is_demo, closed),
                    *family_list_words(self.review_news, family.id),
                    *self._mark_texts(marks),
                ]
            )
        return None

    def _mark_icon(self) -> QIcon:
        if self._icon is None:
            self._icon = QApplication.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning
            )
        return self._icon

    def _mark_texts(self, marks: tuple[int, int] | None) -> list[str]:
        """ "2 conflicts", "1 refused change": what waits for the coordinator after a sync."""
        if not marks:
            return []
        conflicts, refused = marks
        texts = []
        if conflicts:
            texts.append(self.tr("%n conflict(s)", None, conflicts))
        if refused:
            texts.append(self.tr("%n refused change(s)", None, refused))
        return texts

    def _badges(self, is_demo: bool, closed: bool) -> list[str]:
        badges = []
        if is_demo:
            badges.append(self.tr("Demo"))
        if closed:
            badges.append(self.tr("Closed"))
        return badges


class FamilyItemDelegate(QStyledItemDelegate):
    """Draws the family name with its badges ("Demo", "Closed") as labelled pills.

    The badges are words, so neither demo nor closed is told by colour alone;
    closed families are also drawn in italics.
    """

    PAD = 6

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        badges: list[str] = index.data(BADGES_ROLE) or []
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        badge_font = QFont(opt.font)
        badge_font.setPointSizeF(max(opt.font.pointSizeF() * 0.85, 7.0))
        badge_font.setBold(True)
        painter.setFont(badge_font)
        metrics = painter.fontMetrics()
        right = opt.rect.right() - self.PAD
        icon = index.data(SYNC_ICON_ROLE)
        if isinstance(icon, QIcon) and not icon.isNull():
            # The sync marker: a warning sign (a shape, not a colour), its counts in the
            # row's tooltip and accessible text.
            side = metrics.height() + 4
            rect = QRect(right - side, opt.rect.center().y() - side // 2, side, side)
            icon.paint(painter, rect)
            right = rect.left() - self.PAD
        for badge in reversed(badges):
            width = metrics.horizontalAdvance(badge) + 2 * self.PAD
            height = metrics.height() + 4
            rect = QRect(right - width, opt.rect.center().y() - height // 2, width, height)
            painter.setPen(opt.palette.color(text_role))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, height / 2, height / 2)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, badge)
            right = rect.left() - self.PAD
        name_font = QFont(opt.font)
        name_font.setItalic(bool(index.data(IS_CLOSED_ROLE)))
        painter.setFont(name_font)
        text_rect = QRect(opt.rect)
        text_rect.setLeft(opt.rect.left() + self.PAD)
        if opt.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration:
            # The style drew the icon (unread review comments) at the left: the name follows.
            text_rect.setLeft(text_rect.left() + opt.decorationSize.width() + self.PAD)
        text_rect.setRight(right)
        elided = painter.fontMetrics().elidedText(
            name, Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.setPen(opt.palette.color(text_role))
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        # Roomy rows: the list is also used on touch screens at the kitchen table.
        return QSize(size.width(), max(size.height() + 2 * self.PAD, 36))


class NewFamilyForm(QFrame):
    """Inline form: name (required) and coordinator (optional)."""

    sig_submitted = Signal()
    sig_cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("family_new_form")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("family_new_name")
        self.coordinator_edit = QLineEdit(self)
        self.coordinator_edit.setObjectName("family_new_coordinator")
        self.message = MessageLine("family_new_error", self)
        self.create_button = QPushButton(self)
        self.create_button.setObjectName("family_new_create")
        self.create_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("family_new_cancel")
        self._name_label = QLabel(self)
        self._name_label.setBuddy(self.name_edit)
        self._coordinator_label = QLabel(self)
        self._coordinator_label.setBuddy(self.coordinator_edit)

        form = QFormLayout()
        form.addRow(self._name_label, self.name_edit)
        form.addRow(self._coordinator_label, self.coordinator_edit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.create_button.clicked.connect(self.sig_submitted)
        self.name_edit.returnPressed.connect(self.sig_submitted)
        self.coordinator_edit.returnPressed.connect(self.sig_submitted)
        self.cancel_button.clicked.connect(self.sig_cancelled)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("New family"))
        self._name_label.setText(self.tr("&Name:"))
        self._coordinator_label.setText(self.tr("&Coordinator:"))
        self.name_edit.setPlaceholderText(self.tr("What the family is called, e.g. Hansen"))
        self.coordinator_edit.setPlaceholderText(self.tr("Optional"))
        self.create_button.setText(self.tr("Create family"))
        self.cancel_button.setText(self.tr("Cancel"))

    def reset(self) -> None:
        self.name_edit.clear()
        self.coordinator_edit.clear()
        self.message.clear_message()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.sig_cancelled.emit()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class FamilyListPanel(QWidget):
    """Search, filter and pick a family; create a new one."""

    sig_family_selected = Signal(str)  # family id; "" when the selection was cleared

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._selected_id: str | None = None
        self._updating = False
        self._has_any = False  # the vault holds at least one family (for the empty text)

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("family_search")
        self.search_edit.setClearButtonEnabled(True)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("family_status_filter")
        for status in (FamilyStatus.ACTIVE, FamilyStatus.CLOSED, None):
            self.status_combo.addItem("", status)
        self._status_label = QLabel(self)
        self._status_label.setBuddy(self.status_combo)

        self.model = FamilyListModel(self)
        self.model.review_news = review_news(service)
        follow_review_news(self.model, self.model.review_news)
        self.list_view = QListView(self)
        self.list_view.setObjectName("family_list")
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(FamilyItemDelegate(self.list_view))
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setUniformItemSizes(True)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("family_list_empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)

        self.new_button = QPushButton(self)
        self.new_button.setObjectName("family_new")
        self.new_form = NewFamilyForm(self)
        self.new_form.hide()

        filter_row = QHBoxLayout()
        filter_row.addWidget(self._status_label)
        filter_row.addWidget(self.status_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addLayout(filter_row)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.new_form)
        layout.addWidget(self.new_button)

        self.search_edit.textChanged.connect(self.refresh)
        self.status_combo.currentIndexChanged.connect(self.refresh)
        self.list_view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.new_button.clicked.connect(self.start_new_family)
        self.new_form.sig_submitted.connect(self._create_family)
        self.new_form.sig_cancelled.connect(self._cancel_new_family)
        service.sig_changed.connect(self._on_changed)
        service.sig_unlocked.connect(self.refresh)
        service.sig_locked.connect(self._on_locked)

        self.retranslate()
        self.refresh()

    # -- public ------------------------------------------------------------

    def selected_family_id(self) -> str | None:
        return self._selected_id

    def select_family(self, family_id: str) -> None:
        """Select a family and tell the workspace, widening the filter if it is hidden."""
        if self.model.row_of(family_id) < 0:
            self._show_everything()
        self._selected_id = family_id
        self._restore_selection()
        self.sig_family_selected.emit(family_id)

    def set_selected_family(self, family_id: str | None) -> None:
        """Mark a family as the selected one without telling anyone (the workspace
        kept showing it, e.g. after "Cancel" on unsaved typing)."""
        self._selected_id = family_id or None
        self._restore_selection()

    def clear_selection(self) -> None:
        self._selected_id = None
        self._updating = True
        self.list_view.selectionModel().clearSelection()
        self._updating = False
        self.sig_family_selected.emit("")

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def set_can_create(self, on: bool) -> None:
        """The supervisor's read-only review creates no families: "New family" off."""
        self.new_button.setEnabled(on)
        if not on and not self.new_form.isHidden():
            self._cancel_new_family()

    def start_new_family(self) -> None:
        if not self.new_button.isEnabled():
            return
        self.new_form.show()
        self.new_button.hide()
        self.new_form.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def status_filter(self) -> FamilyStatus | None:
        return self.status_combo.currentData()

    def set_status_filter(self, status: FamilyStatus | None) -> None:
        self.status_combo.setCurrentIndex(self.status_combo.findData(status))

    # -- refresh -----------------------------------------------------------

    def refresh(self) -> None:
        if not self.service.is_unlocked:
            self.model.set_families([])
            self._update_empty_state()
            return
        search = self.search_edit.text()
        families = self.service.list_families(search, self.status_filter())
        self._updating = True
        try:
            self.model.set_families(families, self.service.sync_marks())
            self._restore_selection()
        finally:
            self._updating = False
        self._has_any = bool(families) or bool(self.service.list_families())
        self._update_empty_state()

    def refresh_marks(self) -> None:
        """Conflicts or refusals came or went (a sync, a kept value): only the markers change."""
        self.model.set_marks(self.service.sync_marks() if self.service.is_unlocked else {})

    def _on_changed(self, changes: ChangeSet) -> None:
        if "family" in changes.entity_types or "member" in changes.entity_types:
            self.refresh()

    def _on_locked(self) -> None:
        # Names leave the screen with the vault; the selection and any text in
        # the new-family form stay, so unlocking brings the same view back.
        self._updating = True
        self.model.set_families([])
        self._updating = False

    def _restore_selection(self) -> None:
        row = self.model.row_of(self._selected_id) if self._selected_id else -1
        selection = self.list_view.selectionModel()
        was_updating, self._updating = self._updating, True
        try:
            if row < 0:
                selection.clearSelection()
                return
            index = self.model.index(row)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.list_view.scrollTo(index)
        finally:
            self._updating = was_updating

    def _update_empty_state(self) -> None:
        empty = self.model.rowCount() == 0
        self.list_view.setVisible(not empty)
        self.empty_label.setVisible(empty)
        if empty:
            self.empty_label.setText(self._empty_text())

    def _empty_text(self) -> str:
        search = self.search_edit.text().strip()
        status = self.status_filter()
        if not self.service.is_unlocked:
            return ""
        if search:
            if status == FamilyStatus.ACTIVE:
                text = self.tr("No active families match “{search}”. Try “All”.")
            elif status == FamilyStatus.CLOSED:
                text = self.tr("No closed families match “{search}”. Try “All”.")
            else:
                text = self.tr("No families match “{search}”.")
            return text.format(search=search)
        if not self._has_any:
            return self.tr("No families yet. Use “New family” to add the first one.")
        if status == FamilyStatus.ACTIVE:
            return self.tr("No active families. Closed families are under “Closed”.")
        return self.tr("No closed families.")

    def _show_everything(self) -> None:
        self.search_edit.blockSignals(True)
        self.status_combo.blockSignals(True)
        self.search_edit.clear()
        self.set_status_filter(None)
        self.search_edit.blockSignals(False)
        self.status_combo.blockSignals(False)
        self.refresh()

    # -- user actions ------------------------------------------------------

    def _on_selection_changed(self) -> None:
        if self._updating:
            return
        indexes = self.list_view.selectionModel().selectedIndexes()
        if not indexes:
            return  # the workspace keeps showing the family; nothing was chosen instead
        family_id = indexes[0].data(FAMILY_ID_ROLE)
        if family_id and family_id != self._selected_id:
            self._selected_id = family_id
            self.sig_family_selected.emit(family_id)

    def new_family_typed(self) -> bool:
        """The "New family" form is open with something typed in it."""
        form = self.new_form
        return not form.isHidden() and bool(
            form.name_edit.text().strip() or form.coordinator_edit.text().strip()
        )

    def save_new_family(self) -> bool:
        """Create the family typed in the form; False when refused (the form says why)."""
        return self._create_family()

    def discard_new_family(self) -> None:
        self._cancel_new_family()

    def _create_family(self) -> bool:
        form = self.new_form
        fields: dict[str, Any] = {}
        coordinator = form.coordinator_edit.text().strip()
        if coordinator:
            fields["coordinator"] = coordinator
        try:
            changes = self.service.create_family(form.name_edit.text(), **fields)
        except InvalidField as error:
            form.message.show_message(invalid_field_message(error))
            target = form.name_edit if error.field == "name" else form.coordinator_edit
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        except VaultError as error:
            form.message.show_message(refused_message(error))
            return False
        form.reset()
        form.hide()
        self.new_button.show()
        if changes.primary_id:
            self.select_family(changes.primary_id)
            self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _cancel_new_family(self) -> None:
        self.new_form.reset()
        self.new_form.hide()
        self.new_button.show()
        self.new_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- language ----------------------------------------------------------

    def retranslate(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search families and members…"))
        self.search_edit.setAccessibleName(self.tr("Search families"))
        self._status_label.setText(self.tr("&Show:"))
        for row, text in enumerate((self.tr("Active"), self.tr("Closed"), self.tr("All"))):
            self.status_combo.setItemText(row, text)
        self.list_view.setAccessibleName(self.tr("Families"))
        self.new_button.setText(self.tr("&New family"))
        self._update_empty_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.list_view.viewport().update()
        super().changeEvent(event)
