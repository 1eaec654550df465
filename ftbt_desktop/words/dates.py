"""Dates and moments in the reader's locale (Danish: 01.03.2025).

Apart from the other words so that every words module can say a date without
importing the labels (which themselves use the consent and map words).
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QDateTime, QLocale

EMPTY = "–"  # shown for a value that was never given


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format, always with a four-digit year (no "1/2/25")."""
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = re.sub(r"y+", "yyyy", fmt)
    return fmt


def date_text(iso: str | None, locale: QLocale | None = None) -> str:
    if not iso:
        return EMPTY
    date = QDate.fromString(iso, "yyyy-MM-dd")
    if not date.isValid():
        return iso
    return (locale or QLocale()).toString(date, date_format(locale))


def datetime_text(when: dt.datetime, locale: QLocale | None = None) -> str:
    """A moment in the user's local time and the locale's own format."""
    moment = QDateTime.fromMSecsSinceEpoch(int(when.timestamp() * 1000)).toLocalTime()
    loc = locale or QLocale()
    return loc.toString(moment, date_format(loc) + " " + loc.timeFormat(QLocale.ShortFormat))
