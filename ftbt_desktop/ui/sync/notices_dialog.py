"""The Messages dialog ("Beskeder"): every message a sync left in the vault, until read.

Each message says when, which family, what happened and what to do, in the
reader's role's words (`notice_words.py`). "Mark as read" acknowledges one,
"Mark all as read" those shown; "Show family" opens a family still here. The
messages are read through `NoticeBoard`, never by SQL here.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.storage import notices
from ftbt_desktop.storage.errors import NotFound, VaultLocked
from ftbt_desktop.storage.notices import Notice
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.words.common import datetime_text
from ftbt_desktop.words.notice import notice_advice, notice_details, notice_title

# Messages about a family still on this computer, where opening it is the next step.
SHOWABLE = frozenset({notices.HELD, notices.REFUSED, notices.CONFLICT, notices.COMMENT})


class NoticeBoard(QObject):
    """The window's way to the vault's messages (storage/notices.py). Small queries,
    on the UI thread like the conflict notice's; nothing when the vault is locked."""

    sig_changed = Signal()

    def __init__(self, service: VaultService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service

    def unread(self) -> list[Notice]:
        if not self.service.is_unlocked:
            return []
        try:
            return self.service.on_vault(notices.unread)
        except VaultLocked:
            return []

    def unread_count(self) -> int:
        if not self.service.is_unlocked:
            return 0
        try:
            return self.service.on_vault(notices.unread_count)
        except VaultLocked:
            return 0

    def acknowledge(self, notice_ids: list[int]) -> None:
        if self.service.is_unlocked:
            self.service.on_vault(notices.acknowledge, notice_ids)
        self.sig_changed.emit()

    def acknowledge_all(self, up_to: int) -> None:
        if self.service.is_unlocked:
            self.service.on_vault(notices.acknowledge_all, up_to)
        self.sig_changed.emit()

    def family_here(self, family_id: str) -> bool:
        if not family_id or not self.service.is_unlocked:
            return False
        try:
            self.service.family(family_id)
        except (NotFound, VaultLocked):
            return False
        return True


class NoticesDialog(QDialog):
    sig_show_family = Signal(str)

    def __init__(self, board: NoticeBoard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board = board
        self.shown_up_to = 0  # the newest message on the screen ("Mark all" reads up to it)
        self._rows: list[QFrame] = []
        self.setObjectName("notices_dialog")
        self.resize(620, 460)
        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("notices_empty")
        self.rows = QWidget()
        self.rows_layout = QVBoxLayout(self.rows)
        self.rows_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("notices_list")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.rows)
        self.mark_all_button = QPushButton(self)
        self.mark_all_button.setObjectName("notices_read_all")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("notices_close")
        self.close_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.mark_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)

        self.mark_all_button.clicked.connect(self.mark_all_read)
        self.close_button.clicked.connect(self.accept)
        board.sig_changed.connect(self.refresh)
        self.refresh()

    # -- public ------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        while self.rows_layout.count():
            item = self.rows_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        shown = self.board.unread()
        self.shown_up_to = max((n.notice_id for n in shown), default=self.shown_up_to)
        self._rows = [self._row(notice) for notice in shown]
        for row in self._rows:
            self.rows_layout.addWidget(row)
        self.scroll.setVisible(bool(shown))
        self.empty_label.setVisible(not shown)
        self.mark_all_button.setEnabled(bool(shown))
        self.retranslate()

    def notice_rows(self) -> list[QFrame]:
        """One frame per message shown, newest first."""
        return list(self._rows)

    @Slot()
    def mark_all_read(self) -> None:
        # Up to the newest shown: one a sync recorded meanwhile is still to be read.
        self.board.acknowledge_all(self.shown_up_to)

    # -- internals ---------------------------------------------------------

    def _row(self, notice: Notice) -> QFrame:
        row = QFrame(self.rows)
        row.setObjectName(f"notice_{notice.notice_id}")
        row.setProperty("notice_kind", notice.kind)
        row.setFrameShape(QFrame.Shape.StyledPanel)
        title = notice_title(notice)
        row.setAccessibleName(title)
        when = QLabel(datetime_text(notice.at), row)
        when.setObjectName("notice_when")
        when.setEnabled(False)  # drawn as secondary text
        what = QLabel(title, row)
        what.setObjectName("notice_title")
        font = what.font()
        font.setBold(True)
        what.setFont(font)
        texts = [when, what]
        details = notice_details(notice)
        if details:
            texts.append(QLabel("\n".join(f"• {line}" for line in details), row))
            texts[-1].setObjectName("notice_details")
        advice = QLabel(notice_advice(notice), row)
        advice.setObjectName("notice_advice")
        texts.append(advice)
        layout = QVBoxLayout(row)
        for label in texts:
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        if notice.kind in SHOWABLE and self.board.family_here(notice.family_id):
            show = QPushButton(self.tr("Show family"), row)
            show.setObjectName("notice_show")
            show.setAccessibleName(
                self.tr("Show the family “{name}”").format(name=notice.family_name)
            )
            show.clicked.connect(
                lambda _checked=False, family_id=notice.family_id: self._show(family_id)
            )
            buttons.addWidget(show)
        read = QPushButton(self.tr("Mark as read"), row)
        read.setObjectName("notice_read")
        read.setAccessibleName(self.tr("Mark as read: {message}").format(message=title))
        read.clicked.connect(
            lambda _checked=False, notice_id=notice.notice_id: self.board.acknowledge([notice_id])
        )
        buttons.addWidget(read)
        layout.addLayout(buttons)
        return row

    def _show(self, family_id: str) -> None:
        self.sig_show_family.emit(family_id)
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Messages"))
        self.intro_label.setText(
            self.tr(
                "What the central server told this computer during sync. A message stays "
                "here, also after FTBT Desktop locks, until you mark it as read."
            )
        )
        self.empty_label.setText(self.tr("No unread messages."))
        self.scroll.setAccessibleName(self.tr("Unread messages"))
        self.mark_all_button.setText(self.tr("Mark all as read"))
        self.mark_all_button.setAccessibleName(self.tr("Mark all messages as read"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close messages"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()  # the messages' own words too
        super().changeEvent(event)
