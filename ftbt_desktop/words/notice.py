"""The words of a message ("besked"): what happened, to which family, and what to do,
for the role of the one reading it.

A supervisor reads families and writes only reviews, so she is never told that a
family "was assigned to another coordinator" as if it were hers, nor that "your
changes were sent". Nobody is told changes were sent when none were waiting.
Counted phrases come as a singular and a plural sentence, and every call is a
literal `QCoreApplication.translate("NoticeWords", …)` for pyside6-lupdate (see
sync_words.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ftbt_desktop.storage import notices
from ftbt_desktop.storage.notices import Notice
from ftbt_desktop.words.sync import rejection_reason_text


def notice_title(notice: Notice) -> str:
    """What happened, in one or two sentences naming the family."""
    name = notice.family_name or QCoreApplication.translate("NoticeWords", "a family")
    count = notice.count
    kind = notice.kind
    if kind == notices.REMOVED:
        return _removed_text(notice, name)
    if kind == notices.HELD:
        if notice.supervisor:
            text = (
                QCoreApplication.translate(
                    "NoticeWords",
                    "“{name}” is no longer among your team's families, and the central server "
                    "refused a change made here.",
                )
                if count == 1
                else QCoreApplication.translate(
                    "NoticeWords",
                    "“{name}” is no longer among your team's families, and the central server "
                    "refused {count} changes made here.",
                )
            )
        else:
            text = (
                QCoreApplication.translate(
                    "NoticeWords",
                    "“{name}” was assigned to another coordinator, and the central server "
                    "refused a change made here.",
                )
                if count == 1
                else QCoreApplication.translate(
                    "NoticeWords",
                    "“{name}” was assigned to another coordinator, and the central server "
                    "refused {count} changes made here.",
                )
            )
        return text.format(name=name, count=count)
    if kind == notices.REFUSED:
        text = (
            QCoreApplication.translate(
                "NoticeWords", "The central server refused a change made here in “{name}”."
            )
            if count == 1
            else QCoreApplication.translate(
                "NoticeWords", "The central server refused {count} changes made here in “{name}”."
            )
        )
        return text.format(name=name, count=count)
    if kind == notices.ERASED:
        text = QCoreApplication.translate(
            "NoticeWords",
            "“{name}” was erased from the central server and has been removed from this computer.",
        )
        # The erasure order wins over what was waiting here (sync/engine.py `_erase`).
        if count == 1:
            text += " " + QCoreApplication.translate(
                "NoticeWords", "A change made here that was not sent was erased with it."
            )
        elif count > 1:
            text += " " + QCoreApplication.translate(
                "NoticeWords", "{count} changes made here that were not sent were erased with it."
            )
        return text.format(name=name, count=count)
    if kind == notices.CONFLICT:
        text = (
            QCoreApplication.translate(
                "NoticeWords", "A change in “{name}” needs your eye: it was made in two places."
            )
            if count == 1
            else QCoreApplication.translate(
                "NoticeWords",
                "{count} changes in “{name}” need your eye: they were made in two places.",
            )
        )
        return text.format(name=name, count=count)
    if kind == notices.COMMENT:
        if notice.supervisor:
            text = (
                QCoreApplication.translate(
                    "NoticeWords", "New in the review of “{name}”: a comment or an answer."
                )
                if count == 1
                else QCoreApplication.translate(
                    "NoticeWords", "New in the review of “{name}”: {count} comments or answers."
                )
            )
        else:
            text = (
                QCoreApplication.translate(
                    "NoticeWords", "New review comment on the plan of “{name}”."
                )
                if count == 1
                else QCoreApplication.translate(
                    "NoticeWords", "{count} new review comments on the plan of “{name}”."
                )
            )
        return text.format(name=name, count=count)
    if kind == notices.WITHHELD:
        text = (
            QCoreApplication.translate(
                "NoticeWords",
                "A change from the central server was not taken: its value breaks the rules.",
            )
            if count == 1
            else QCoreApplication.translate(
                "NoticeWords",
                "{count} changes from the central server were not taken: their values break "
                "the rules.",
            )
        )
        return text.format(count=count)
    return QCoreApplication.translate("NoticeWords", "Something happened during sync.")


def _removed_text(notice: Notice, name: str) -> str:
    if notice.supervisor:
        text = QCoreApplication.translate(
            "NoticeWords",
            "“{name}” is no longer among your team's families and has been removed from "
            "this computer.",
        )
        if notice.count == 1:
            text += " " + QCoreApplication.translate(
                "NoticeWords",
                "The review comment or mark waiting here was sent to the central server first.",
            )
        elif notice.count > 1:
            text += " " + QCoreApplication.translate(
                "NoticeWords",
                "The {count} review comments and marks waiting here were sent to the central "
                "server first.",
            )
    else:
        text = QCoreApplication.translate(
            "NoticeWords",
            "“{name}” was assigned to another coordinator and has been removed from this computer.",
        )
        if notice.count == 1:
            text += " " + QCoreApplication.translate(
                "NoticeWords", "The change waiting here was sent to the central server first."
            )
        elif notice.count > 1:
            text += " " + QCoreApplication.translate(
                "NoticeWords",
                "The {count} changes waiting here were sent to the central server first.",
            )
    return text.format(name=name, count=notice.count)


def notice_advice(notice: Notice) -> str:
    """What to do about it (or that nothing needs doing)."""
    kind = notice.kind
    if kind == notices.REMOVED:
        if notice.supervisor:
            return QCoreApplication.translate(
                "NoticeWords",
                "Nothing to do. What was written in the review stays with the family on the "
                "central server.",
            )
        return QCoreApplication.translate(
            "NoticeWords",
            "Nothing to do: the central server keeps the family for its new coordinator. Talk "
            "to your supervisor if the family should still be yours.",
        )
    if kind == notices.HELD:
        return QCoreApplication.translate(
            "NoticeWords",
            "The refused changes exist only on this computer, so the family stays here for now. "
            "Open the family, save them as a file for the family's coordinator (or contact "
            "them), then choose “Remove from this computer”.",
        )
    if kind == notices.REFUSED:
        if notice.supervisor:
            return QCoreApplication.translate(
                "NoticeWords",
                "As a supervisor you write only review comments and the “reviewed” mark. The "
                "refused changes stay in History on this computer but are not shared with "
                "anyone; ask the family's coordinator to make them.",
            )
        return QCoreApplication.translate(
            "NoticeWords",
            "They stay in History but are not shared with anyone. Open the family to see what "
            "was refused; talk to your supervisor if you should be allowed to make them.",
        )
    if kind == notices.ERASED:
        if notice.supervisor:
            return QCoreApplication.translate(
                "NoticeWords",
                "Nothing to do. The municipality erased the family's data on an order; "
                "ask the data-protection officer if you need to know why.",
            )
        return QCoreApplication.translate(
            "NoticeWords", "Nothing to do. Talk to your supervisor if this is unexpected."
        )
    if kind == notices.CONFLICT:
        return QCoreApplication.translate(
            "NoticeWords",
            "Open the family and keep one of the two values; the other stays in History.",
        )
    if kind == notices.COMMENT:
        return QCoreApplication.translate(
            "NoticeWords", "Open the family's plan and read it on the Review tab."
        )
    if kind == notices.WITHHELD:
        return QCoreApplication.translate(
            "NoticeWords",
            "Nothing made here is affected. Tell your IT support: the central server may be "
            "an older version.",
        )
    return ""


def notice_details(notice: Notice) -> list[str]:
    """The refused changes named in the message: "Family – Notes: you may not change…"."""
    from ftbt_desktop.words.common import entity_label, field_label  # QtGui: see sync_words

    return [
        QCoreApplication.translate("SyncWords", "{what} – {field}: {why}").format(
            what=entity_label(entity_type),
            field=field_label(field_name),
            why=rejection_reason_text(reason),
        )
        for entity_type, field_name, reason in notice.refused_changes
    ]


def messages_action_text(unread: int) -> str:
    """The toolbar's "Messages", with how many are unread."""
    if unread == 0:
        return QCoreApplication.translate("NoticeWords", "Messages")
    return QCoreApplication.translate("NoticeWords", "Messages ({count})").format(count=unread)


def messages_accessible_text(unread: int) -> str:
    if unread == 0:
        return QCoreApplication.translate("NoticeWords", "Messages: none unread")
    if unread == 1:
        return QCoreApplication.translate("NoticeWords", "Messages: 1 unread")
    return QCoreApplication.translate("NoticeWords", "Messages: {count} unread").format(
        count=unread
    )
