"""Translated words for visits: kinds, and the time since the last visit."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ftbt_desktop.core.casework import VisitKind

CONTEXT = "VisitWords"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def visit_kind_label(kind: VisitKind | str) -> str:
    labels = {
        VisitKind.HOME: _t("Home visit"),
        VisitKind.OFFICE: _t("At the office"),
        VisitKind.PHONE: _t("Phone"),
        VisitKind.VIDEO: _t("Video"),
    }
    try:
        return labels[VisitKind(kind)]
    except ValueError:
        return str(kind)


def days_ago_text(days: int) -> str:
    """ "12 days ago" (Danish "12 dage siden"); 0 is today, a negative count is ahead.

    A singular and a plural sentence rather than Qt's %n forms, so the English
    UI, which runs without a catalogue, never shows "day(s)".
    """
    if days == 0:
        return _t("today")
    if days == 1:
        return _t("yesterday")
    if days > 1:
        return _t("{days} days ago").format(days=days)
    if days == -1:
        return _t("tomorrow")
    return _t("in {days} days").format(days=-days)


def since_last_visit_text(last: dt.date | None, today: dt.date) -> str:
    if last is None:
        return _t("No visits yet.")
    return _t("Last visit: {when}").format(when=days_ago_text((today - last).days))
