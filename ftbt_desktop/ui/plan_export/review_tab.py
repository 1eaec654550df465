"""The Review page: the supervisor's comments, their threads, and the "reviewed" mark.

Everyone sees the comments (newest first, with author and date), each followed
by its answers (oldest first), and when the plan was last reviewed, by whom —
and whether the plan changed since. Both roles answer a comment in its thread;
in the supervisor role the page also offers writing a comment and marking the
plan as reviewed — the only things a supervisor writes. All are ordinary
entities in the change log (`review_comment`, `review_reply`, `plan_review`),
so they reach the other side at the next sync and travel in the JSON export.
Showing the page marks what it shows as read (ui/sync/review_news.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.core.model import InvalidField
from ftbt_desktop.core.review import (
    PLAN_ENTITY_TYPES,
    REVIEW_ENTITY_TYPES,
    PlanReview,
    ReviewComment,
    ReviewReply,
)
from ftbt_desktop.export.plan_content import latest_review, sort_comments
from ftbt_desktop.operations import review as review_ops
from ftbt_desktop.storage.errors import VaultError
from ftbt_desktop.storage.repository import ChangeSet
from ftbt_desktop.storage.review_reads import plan_changed_since_review
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.sync.review_news import review_news
from ftbt_desktop.ui.workspace.family_tab import FamilyTab
from ftbt_desktop.ui.workspace.inline import MessageLine
from ftbt_desktop.words.common import date_text, invalid_field_message

ID_ROLE = Qt.ItemDataRole.UserRole + 1
THREAD_ROLE = Qt.ItemDataRole.UserRole + 2  # the comment a row belongs to
REPLY_MARK = "↳ "


def reviewed_badge_text(review: PlanReview | None, changed: bool = False) -> str:
    """ "Reviewed on 03.02.2026 by sofie" (with "changed since review" once the plan
    changed after the mark), or that it has not been reviewed yet."""
    if review is None:
        return QCoreApplication.translate("ReviewWords", "The plan has not been reviewed yet.")
    reviewer = review.reviewer or QCoreApplication.translate("ReviewWords", "unknown")
    text = QCoreApplication.translate("ReviewWords", "Reviewed on {date} by {reviewer}").format(
        date=date_text(review.reviewed_on), reviewer=reviewer
    )
    if changed:
        text += " – " + changed_since_review_text()
    return text


def changed_since_review_text() -> str:
    return QCoreApplication.translate("ReviewWords", "changed since review")


def changed_since_review_tip() -> str:
    return QCoreApplication.translate(
        "ReviewWords",
        "A goal or step was changed after the plan was marked as reviewed. "
        "The supervisor can review it again.",
    )


def review_is_stale(service: VaultService, family_id: str | None) -> bool:
    if family_id is None or not service.is_unlocked:
        return False
    try:
        return service.on_vault(plan_changed_since_review, family_id)
    except VaultError:
        return False


def comment_heading(comment: ReviewComment | ReviewReply, new: bool = False) -> str:
    author = comment.author or QCoreApplication.translate("ReviewWords", "unknown")
    heading = QCoreApplication.translate("ReviewWords", "{author}, {date}").format(
        author=author, date=date_text(comment.date)
    )
    if new:
        heading += " · " + QCoreApplication.translate("ReviewWords", "new")
    return heading


class ReviewTab(FamilyTab):
    REFUSED_PAGE = "review"

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self.setObjectName("review_tab")
        self.today: Callable[[], dt.date] = dt.date.today  # tests move the day
        self.reviewer = False
        self.comments: list[ReviewComment] = []
        self.reviews: list[PlanReview] = []

        self.badge = QLabel(self)
        self.badge.setObjectName("review_badge")
        self.badge.setTextFormat(Qt.TextFormat.PlainText)
        font = self.badge.font()
        font.setBold(True)
        self.badge.setFont(font)
        self.comments_label = QLabel(self)
        self.comment_list = QListWidget(self)
        self.comment_list.setObjectName("review_comments")
        self.comment_list.setWordWrap(True)
        self.comment_list.setAlternatingRowColors(True)
        self.comments_label.setBuddy(self.comment_list)

        # Answering the chosen comment: both roles.
        self.reply_box = QGroupBox(self)
        self.reply_box.setObjectName("review_reply_box")
        self.reply_target = QLabel(self.reply_box)
        self.reply_target.setObjectName("review_reply_target")
        self.reply_target.setWordWrap(True)
        self.reply_target.setTextFormat(Qt.TextFormat.PlainText)
        self.reply_edit = QPlainTextEdit(self.reply_box)
        self.reply_edit.setObjectName("review_reply_text")
        self.reply_edit.setTabChangesFocus(True)
        self.reply_edit.setMaximumHeight(90)
        self.reply_button = QPushButton(self.reply_box)
        self.reply_button.setObjectName("review_reply")
        self.reply_message = MessageLine("review_reply_error", self.reply_box)
        reply_row = QHBoxLayout()
        reply_row.addStretch(1)
        reply_row.addWidget(self.reply_button)
        reply_layout = QVBoxLayout(self.reply_box)
        reply_layout.addWidget(self.reply_target)
        reply_layout.addWidget(self.reply_edit)
        reply_layout.addLayout(reply_row)
        reply_layout.addWidget(self.reply_message)
        self.reply_box.hide()
        self.thread_id: str | None = None  # the comment an answer goes to

        self.compose = QGroupBox(self)
        self.compose.setObjectName("review_compose")
        self.comment_edit = QPlainTextEdit(self.compose)
        self.comment_edit.setObjectName("review_comment_text")
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setMaximumHeight(120)
        self.add_button = QPushButton(self.compose)
        self.add_button.setObjectName("review_add_comment")
        self.mark_button = QPushButton(self.compose)
        self.mark_button.setObjectName("review_mark_reviewed")
        self.message = MessageLine("review_error", self.compose)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.mark_button)
        compose_layout = QVBoxLayout(self.compose)
        compose_layout.addWidget(self.comment_edit)
        compose_layout.addLayout(buttons)
        compose_layout.addWidget(self.message)
        self.compose.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.badge)
        layout.addWidget(self.comments_label)
        layout.addWidget(self.comment_list, 1)
        layout.addWidget(self.refused_label)
        layout.addWidget(self.reply_box)
        layout.addWidget(self.compose)

        self.add_button.clicked.connect(self.add_comment)
        self.mark_button.clicked.connect(self.mark_reviewed)
        self.reply_button.clicked.connect(self.add_reply)
        self.comment_list.currentItemChanged.connect(self._on_current_changed)
        self.news = review_news(service)
        self.retranslate()

    def tab_title(self) -> str:
        return self.tr("Review")

    # -- role --------------------------------------------------------------

    def set_reviewer(self, on: bool) -> None:
        """The supervisor's part: write a comment, mark the plan as reviewed."""
        self.reviewer = on
        self.compose.setVisible(on)

    def apply_read_only(self, on: bool) -> None:
        """Nothing here changes the plan itself: the review stays writable."""

    # -- reading -----------------------------------------------------------

    def family_switched(self) -> None:
        self.comment_edit.clear()
        self.message.clear_message()
        self.reply_edit.clear()
        self.reply_message.clear_message()
        self.thread_id = None

    def refresh(self) -> None:
        self.show_refused()
        self.comments, self.reviews = [], []
        replies: list[ReviewReply] = []
        if self.family_id is not None and self.service.is_unlocked:
            try:
                self.comments = sort_comments(self.service.load(self.family_id, "review_comment"))
                self.reviews = self.service.load(self.family_id, "plan_review")
                replies = self.service.load(self.family_id, "review_reply")
            except VaultError:
                self.comments, self.reviews, replies = [], [], []
        stale = review_is_stale(self.service, self.family_id)
        self.badge.setText(reviewed_badge_text(latest_review(self.reviews), stale))
        self.badge.setToolTip(changed_since_review_tip() if stale else "")
        new = {i.entity_id for i in self.news.unread_items(self.family_id)}
        by_comment: dict[str, list[ReviewReply]] = {}
        for reply in sorted(replies, key=lambda r: (r.date or "", r.id)):
            by_comment.setdefault(reply.comment_id, []).append(reply)
        self.comment_list.blockSignals(True)
        self.comment_list.clear()
        current: QListWidgetItem | None = None
        for comment in self.comments:
            item = QListWidgetItem(f"{comment_heading(comment, comment.id in new)}\n{comment.text}")
            item.setData(ID_ROLE, comment.id)
            item.setData(THREAD_ROLE, comment.id)
            self.comment_list.addItem(item)
            if comment.id == self.thread_id:
                current = item
            for reply in by_comment.get(comment.id, []):
                heading = comment_heading(reply, reply.id in new)
                row = QListWidgetItem(f"{REPLY_MARK}{heading}\n{reply.text}")
                row.setData(ID_ROLE, reply.id)
                row.setData(THREAD_ROLE, comment.id)
                row.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    self.tr("Answer from {heading}: {text}").format(
                        heading=heading, text=reply.text
                    ),
                )
                self.comment_list.addItem(row)
        if not self.comments:
            item = QListWidgetItem(self.tr("No review comments yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.comment_list.addItem(item)
        if current is None and self.comments:
            current = self.comment_list.item(0)
        if current is not None:
            self.comment_list.setCurrentItem(current)
        self.comment_list.blockSignals(False)
        self._show_thread(current.data(THREAD_ROLE) if current is not None else None)
        if new and self.isVisible():
            self.news.mark_family_read(self.family_id or "")

    def on_changes(self, changes: ChangeSet) -> None:
        if changes.entity_types & (REVIEW_ENTITY_TYPES | PLAN_ENTITY_TYPES):
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Shown: what the page shows has been seen.
        if self.family_id is not None:
            self.news.mark_family_read(self.family_id)

    # -- the thread an answer goes to ----------------------------------------

    def select_thread(self, comment_id: str) -> None:
        """Answer this comment next (its row, or one of its answers, is chosen)."""
        for row in range(self.comment_list.count()):
            item = self.comment_list.item(row)
            if item.data(ID_ROLE) == comment_id:
                self.comment_list.setCurrentItem(item)
                return

    def _on_current_changed(self, current: QListWidgetItem | None, *_args: object) -> None:
        self._show_thread(current.data(THREAD_ROLE) if current is not None else None)

    def _show_thread(self, comment_id: str | None) -> None:
        comment = next((c for c in self.comments if c.id == comment_id), None)
        self.thread_id = comment.id if comment is not None else None
        self.reply_box.setVisible(comment is not None)
        if comment is not None:
            self.reply_target.setText(
                self.tr("Answer to {heading}: “{text}”").format(
                    heading=comment_heading(comment), text=_shortened(comment.text)
                )
            )

    # -- typing not saved yet (ui/workspace/unsaved_guard.py) -------------------------

    def unsaved_input(self) -> bool:
        typed_comment = self.reviewer and bool(self.comment_edit.toPlainText().strip())
        typed_reply = self.thread_id is not None and bool(self.reply_edit.toPlainText().strip())
        return typed_comment or typed_reply

    def save_unsaved(self) -> bool:
        if self.reviewer and self.comment_edit.toPlainText().strip() and not self.add_comment():
            return False
        if self.thread_id is not None and self.reply_edit.toPlainText().strip():
            return self.add_reply()
        return True

    def discard_unsaved(self) -> None:
        self.comment_edit.clear()
        self.reply_edit.clear()

    # -- writing -----------------------------------------------------------

    def add_reply(self) -> bool:
        """Answer the chosen comment (either role may)."""
        text = self.reply_edit.toPlainText().strip()
        if self.thread_id is None:
            return False
        if not text:
            self.reply_message.show_message(self.tr("Write the answer first."))
            return False
        if self._write(
            self.reply_message, review_ops.reply_to_comment, self.thread_id, text, self.today()
        ):
            self.reply_edit.clear()
            return True
        return False

    def add_comment(self) -> bool:
        text = self.comment_edit.toPlainText().strip()
        if not text:
            self.message.show_message(self.tr("Write the comment first."))
            return False
        if self._write(self.message, review_ops.add_review_comment, text, self.today()):
            self.comment_edit.clear()
            return True
        return False

    def mark_reviewed(self) -> bool:
        return self._write(self.message, review_ops.mark_reviewed, self.today())

    def _write(
        self, message: MessageLine, operation: Callable[..., ChangeSet], *args: object
    ) -> bool:
        """Run a review operation on this family; a refusal is said beside the field."""
        if self.family_id is None:
            return False
        message.clear_message()
        try:
            self.service.run(operation, self.family_id, *args, initiator=self)
        except InvalidField as exc:
            message.show_message(invalid_field_message(exc))
            return False
        except VaultError:
            message.show_message(
                self.tr("The review could not be saved. Lock and unlock, then try again.")
            )
            return False
        return True

    # -- language ----------------------------------------------------------

    def retranslate(self) -> None:
        self.comments_label.setText(self.tr("Review comments"))
        self.compose.setTitle(self.tr("Your review"))
        self.comment_edit.setPlaceholderText(
            self.tr("A comment for the coordinator about the plan…")
        )
        self.add_button.setText(self.tr("Add comment"))
        self.mark_button.setText(self.tr("Mark the plan as reviewed"))
        self.mark_button.setToolTip(
            self.tr("Records today's date and your name; the coordinator sees it.")
        )
        self.comment_list.setAccessibleName(self.tr("Review comments and answers"))
        self.comment_edit.setAccessibleName(self.tr("New review comment"))
        self.reply_box.setTitle(self.tr("Answer"))
        self.reply_edit.setPlaceholderText(self.tr("Your answer to the comment…"))
        self.reply_edit.setAccessibleName(self.tr("Answer to the chosen comment"))
        self.reply_button.setText(self.tr("Send answer"))
        self.reply_button.setAccessibleName(self.tr("Send answer"))
        self.reply_button.setToolTip(
            self.tr("The answer is shared with the other side at the next sync.")
        )


def _shortened(text: str, most: int = 80) -> str:
    line = " ".join(text.split())
    return line if len(line) <= most else line[: most - 1] + "…"
