"""Translated words for visits: kinds, and the time since the last visit."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ftbt_desktop.core.casework import VisitKind
from ftbt_desktop.words.counted import context

# Counted words (%n) go through VisitWords.tr: see words/counted.py.
VisitWords = context("VisitWords")

# Literal translate calls throughout: lupdate finds only those.


def visit_kind_label(kind: VisitKind | str) -> str:
    labels = {
        VisitKind.HOME: QCoreApplication.translate("VisitWords", "Home visit"),
        VisitKind.OFFICE: QCoreApplication.translate("VisitWords", "At the office"),
        VisitKind.PHONE: QCoreApplication.translate("VisitWords", "Phone"),
        VisitKind.VIDEO: QCoreApplication.translate("VisitWords", "Video"),
    }
    try:
        return labels[VisitKind(kind)]
    except ValueError:
        return str(kind)


def days_ago_text(days: int) -> str:
    """ "12 days ago" (Danish "12 dage siden"); 0 is today, a negative count is ahead.

    Counted with Qt's %n forms (CONTRIBUTING.md, "Counted words").
    """
    if days == 0:
        return QCoreApplication.translate("VisitWords", "today")
    if days == 1:
        return QCoreApplication.translate("VisitWords", "yesterday")
    if days > 1:
        counted = VisitWords.tr("%n day(s) ago", None, days)
    elif days == -1:
        counted = QCoreApplication.translate("VisitWords", "tomorrow")
    else:
        # Assigned, not returned: see words/network.py `days_left_text`.
        counted = VisitWords.tr("in %n day(s)", None, -days)
    return counted


def since_last_visit_text(last: dt.date | None, today: dt.date) -> str:
    if last is None:
        return QCoreApplication.translate("VisitWords", "No visits yet.")
    return QCoreApplication.translate("VisitWords", "Last visit: {when}").format(
        when=days_ago_text((today - last).days)
    )
