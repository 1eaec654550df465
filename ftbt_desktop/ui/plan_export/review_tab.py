"""The Review page: the supervisor's comments and the "reviewed" mark.

Everyone sees the comments (newest first, with author and date) and when the
plan was last reviewed, by whom. In the supervisor role the page also offers
writing a comment and marking the plan as reviewed — the only things a
supervisor writes. Both are ordinary entities in the change log
(`review_comment`, `plan_review`), so they reach the coordinator at the next
sync and travel in the JSON export.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
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
from ftbt_desktop.core.review import REVIEW_ENTITY_TYPES, PlanReview, ReviewComment
from ftbt_desktop.export.plan_content import latest_review, sort_comments
from ftbt_desktop.storage.errors import VaultError
from ftbt_desktop.storage.repository import ChangeSet
from ftbt_desktop.ui.family_tab import FamilyTab
from ftbt_desktop.ui.inline import MessageLine
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.words import date_text, invalid_field_message

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def reviewed_badge_text(review: PlanReview | None) -> str:
    """ "Reviewed on 03.02.2026 by sofie", or that it has not been reviewed yet."""
    if review is None:
        return QCoreApplication.translate("ReviewWords", "The plan has not been reviewed yet.")
    reviewer = review.reviewer or QCoreApplication.translate("ReviewWords", "unknown")
    return QCoreApplication.translate("ReviewWords", "Reviewed on {date} by {reviewer}").format(
        date=date_text(review.reviewed_on), reviewer=reviewer
    )


def comment_heading(comment: ReviewComment) -> str:
    author = comment.author or QCoreApplication.translate("ReviewWords", "unknown")
    return QCoreApplication.translate("ReviewWords", "{author}, {date}").format(
        author=author, date=date_text(comment.date)
    )


class ReviewTab(FamilyTab):
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
        layout.addWidget(self.compose)

        self.add_button.clicked.connect(self.add_comment)
        self.mark_button.clicked.connect(self.mark_reviewed)
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

    def refresh(self) -> None:
        self.comments, self.reviews = [], []
        if self.family_id is not None and self.service.is_unlocked:
            try:
                self.comments = sort_comments(self.service.load(self.family_id, "review_comment"))
                self.reviews = self.service.load(self.family_id, "plan_review")
            except VaultError:
                self.comments, self.reviews = [], []
        self.badge.setText(reviewed_badge_text(latest_review(self.reviews)))
        self.comment_list.clear()
        for comment in self.comments:
            item = QListWidgetItem(f"{comment_heading(comment)}\n{comment.text}")
            item.setData(ID_ROLE, comment.id)
            self.comment_list.addItem(item)
        if not self.comments:
            item = QListWidgetItem(self.tr("No review comments yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.comment_list.addItem(item)

    def on_changes(self, changes: ChangeSet) -> None:
        if changes.entity_types & REVIEW_ENTITY_TYPES:
            self.refresh()

    # -- typing not saved yet (ui/unsaved_guard.py) -------------------------

    def unsaved_input(self) -> bool:
        return self.reviewer and bool(self.comment_edit.toPlainText().strip())

    def save_unsaved(self) -> bool:
        return self.add_comment()

    def discard_unsaved(self) -> None:
        self.comment_edit.clear()

    # -- writing -----------------------------------------------------------

    def add_comment(self) -> bool:
        text = self.comment_edit.toPlainText().strip()
        if not text:
            self.message.show_message(self.tr("Write the comment first."))
            return False
        if self._write(
            "review_comment",
            text=text,
            author=self.service.repo.user_id,
            date=self.today().isoformat(),
        ):
            self.comment_edit.clear()
            return True
        return False

    def mark_reviewed(self) -> bool:
        return self._write(
            "plan_review",
            reviewed_on=self.today().isoformat(),
            reviewer=self.service.repo.user_id,
        )

    def _write(self, entity_type: str, **fields: object) -> bool:
        if self.family_id is None:
            return False
        self.message.clear_message()
        try:
            self.service.create_entity(entity_type, self.family_id, **fields)
        except InvalidField as exc:
            self.message.show_message(invalid_field_message(exc))
            return False
        except VaultError:
            self.message.show_message(
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
