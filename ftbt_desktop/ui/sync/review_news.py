"""What is new in the review, for the window: unread comments and answers per family,
the words and the icon that say so, and marking them read.

One `ReviewNews` per service (`review_news(service)`), so the family list and the
Review page share one count and one signal: when the Review page marks a
family's comments read, the family list's mark goes at once. The vault work is
storage/review_reads.py. What a sync brought is said once, in Messages (a
COMMENT notice, storage/notices.py), not again in a line after the sync.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QObject,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from ftbt_desktop.core.review import THREAD_ENTITY_TYPES
from ftbt_desktop.storage.errors import VaultError
from ftbt_desktop.storage.repository import ChangeSet
from ftbt_desktop.storage.review_reads import UnreadItem, mark_read, unread_comments
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.words.counted import context

# Counted words (%n) go through ReviewNewsWords.tr: see words/counted.py.
ReviewNewsWords = context("ReviewNewsWords")


@dataclass(frozen=True, slots=True)
class Unread:
    comments: int = 0
    replies: int = 0

    def __bool__(self) -> bool:
        return bool(self.comments or self.replies)


def tally(items: list[UnreadItem]) -> dict[str, Unread]:
    counts: dict[str, Unread] = {}
    for item in items:
        seen = counts.get(item.family_id, Unread())
        if item.entity_type == "review_comment":
            seen = Unread(seen.comments + 1, seen.replies)
        else:
            seen = Unread(seen.comments, seen.replies + 1)
        counts[item.family_id] = seen
    return counts


def unread_text(unread: Unread) -> str:
    """ "1 new comment from your supervisor", "2 new answers in the review", or both."""
    parts = []
    if unread.comments:
        parts.append(
            ReviewNewsWords.tr("%n new comment(s) from your supervisor", None, unread.comments)
        )
    if unread.replies:
        parts.append(ReviewNewsWords.tr("%n new answer(s) in the review", None, unread.replies))
    return ", ".join(parts)


_icon: QIcon | None = None


def unread_icon() -> QIcon:
    """A speech bubble with a dot: drawn, so it needs no image file and scales."""
    global _icon
    if _icon is None:
        icon = QIcon()
        for size in (16, 24, 32):
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            unit = size / 16
            path = QPainterPath()
            path.addRoundedRect(
                QRectF(1 * unit, 1.5 * unit, 13 * unit, 9.5 * unit), 3 * unit, 3 * unit
            )
            path.addPolygon(
                QPolygonF([QPointF(4 * unit, 10 * unit), QPointF(4 * unit, 14.5 * unit),
                           QPointF(8 * unit, 10 * unit)])
            )  # fmt: skip
            painter.setPen(QPen(QColor("#1f4e8c"), max(1.0, unit)))
            painter.setBrush(QColor("#dbe8f7"))
            painter.drawPath(path.simplified())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#1f4e8c"))
            for x in (4.5, 7.5, 10.5):
                painter.drawEllipse(QPointF(x * unit, 6.25 * unit), 1.1 * unit, 1.1 * unit)
            painter.end()
            icon.addPixmap(pixmap)
        _icon = icon
    return _icon


class ReviewNews(QObject):
    sig_updated = Signal()  # the counts changed (new comments, or some were read)

    def __init__(self, service: VaultService) -> None:
        super().__init__(service)
        self.setObjectName("review_news")
        self.service = service
        self._counts: dict[str, Unread] = {}
        service.sig_changed.connect(self._on_changed)
        service.sig_unlocked.connect(self.refresh)
        service.sig_locked.connect(self._on_locked)
        self.refresh()

    def unread(self, family_id: str) -> Unread:
        return self._counts.get(family_id, Unread())

    def unread_items(self, family_id: str | None = None) -> list[UnreadItem]:
        if not self.service.is_unlocked:
            return []
        try:
            return self.service.on_vault(unread_comments, family_id)
        except VaultError:
            return []

    def mark_family_read(self, family_id: str) -> int:
        """Everything in this family's review has been seen (the Review page is shown)."""
        items = self.unread_items(family_id)
        if not items:
            return 0
        try:
            marked = self.service.on_vault(mark_read, [i.entity_id for i in items])
        except VaultError:
            return 0
        self.refresh()
        return marked

    def refresh(self) -> None:
        counts = tally(self.unread_items())
        if counts != self._counts:
            self._counts = counts
            self.sig_updated.emit()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.entity_types & (THREAD_ENTITY_TYPES | {"family"}):
            self.refresh()

    def _on_locked(self) -> None:
        if self._counts:
            self._counts = {}
            self.sig_updated.emit()


def review_news(service: VaultService) -> ReviewNews:
    """The service's one `ReviewNews`, made on first use."""
    found = service.findChild(ReviewNews, "review_news")
    return found if isinstance(found, ReviewNews) else ReviewNews(service)


# -- the family list's mark (ui/workspace/family_list.py asks these) ---------------------------


def family_list_icon(news: ReviewNews | None, family_id: str) -> QIcon | None:
    """The speech bubble for a family with unread comments or answers, else None."""
    return unread_icon() if news is not None and news.unread(family_id) else None


def family_list_words(news: ReviewNews | None, family_id: str) -> list[str]:
    """The same in words, for the row's tooltip and for screen readers."""
    unread = news.unread(family_id) if news is not None else Unread()
    return [unread_text(unread)] if unread else []


def follow_review_news(model: QAbstractItemModel, news: ReviewNews) -> None:
    """Redraw and re-announce every row of the family list when the counts change."""

    def changed() -> None:
        rows = model.rowCount()
        if rows:
            model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, 0))

    news.sig_updated.connect(changed)
