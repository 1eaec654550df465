"""The words of a message ("besked"): what happened, to which family, and what to do,
for the role of the one reading it.

A supervisor reads families and writes only reviews, so she is never told that a
family "was assigned to another coordinator" as if it were hers, nor that "your
changes were sent". Nobody is told changes were sent when none were waiting.
Counted phrases use Qt's %n forms (CONTRIBUTING.md, "Counted words"), and every call is a
literal `QCoreApplication.translate("NoticeWords", …)` for pyside6-lupdate.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ftbt_desktop.storage import notices
from ftbt_desktop.storage.notices import Notice
from ftbt_desktop.words.counted import context
from ftbt_desktop.words.sync import rejection_reason_text

# Counted words (%n) go through NoticeWords.tr: see words/counted.py.
NoticeWords = context("NoticeWords")


def notice_title(notice: Notice) -> str:
    """What happened, in one or two sentences naming the family."""
    name = notice.family_name or QCoreApplication.translate("NoticeWords", "a family")
    count = notice.count
    kind = notice.kind
    if kind == notices.REMOVED:
        return _removed_text(notice, name)
    if kind == notices.HELD:
        if notice.supervisor:
            text = NoticeWords.tr(
                "“{name}” is no longer among your team's families, and the central server "
                "refused %n change(s) made here.",
                None,
                count,
            )
        else:
            text = NoticeWords.tr(
                "“{name}” was assigned to another coordinator, and the central server "
                "refused %n change(s) made here.",
                None,
                count,
            )
        return text.format(name=name)
    if kind == notices.REFUSED:
        text = NoticeWords.tr(
            "The central server refused %n change(s) made here in “{name}”.",
            None,
            count,
        )
        return text.format(name=name)
    if kind == notices.ERASED:
        text = QCoreApplication.translate(
            "NoticeWords",
            "“{name}” was erased from the central server and has been removed from this computer.",
        )
        # The erasure order wins over what was waiting here (sync/engine.py `_erase`).
        if count:
            text += " " + NoticeWords.tr(
                "%n change(s) made here that were not sent were erased with it.",
                None,
                count,
            )
        return text.format(name=name)
    if kind == notices.CONFLICT:
        text = NoticeWords.tr(
            "%n change(s) in “{name}” need your eye: they were made in two places.",
            None,
            count,
        )
        return text.format(name=name)
    if kind == notices.COMMENT:
        if notice.supervisor:
            text = NoticeWords.tr(
                "New in the review of “{name}”: %n comment(s) or answer(s).",
                None,
                count,
            )
        else:
            text = NoticeWords.tr("%n new review comment(s) on the plan of “{name}”.", None, count)
        return text.format(name=name)
    if kind == notices.WITHHELD:
        return NoticeWords.tr(
            "%n change(s) from the central server were not taken: their values break the rules.",
            None,
            count,
        )
    return QCoreApplication.translate("NoticeWords", "Something happened during sync.")


def _removed_text(notice: Notice, name: str) -> str:
    if notice.supervisor:
        text = QCoreApplication.translate(
            "NoticeWords",
            "“{name}” is no longer among your team's families and has been removed from "
            "this computer.",
        )
        if notice.count:
            text += " " + NoticeWords.tr(
                "The %n review comment(s) and mark(s) waiting here were sent to the central "
                "server first.",
                None,
                notice.count,
            )
    else:
        text = QCoreApplication.translate(
            "NoticeWords",
            "“{name}” was assigned to another coordinator and has been removed from this computer.",
        )
        if notice.count:
            text += " " + NoticeWords.tr(
                "The %n change(s) waiting here were sent to the central server first.",
                None,
                notice.count,
            )
    return text.format(name=name)


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
