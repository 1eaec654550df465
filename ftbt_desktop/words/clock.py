"""How far ahead a stamp is, in words: "973 years", "2 days", "12 minutes". QtCore only,
so the command line (import, check) and the app (sync) say it alike.

Whole units, rounded down, in the largest unit that fits: a file stamped in the
year 2999 is "973 years" ahead, not "355,000 days". Singular and plural come as
two sentences rather than Qt's %n forms (see words/sync.py for why).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

MINUTE_MS = 60 * 1000
HOUR_MS = 60 * MINUTE_MS
DAY_MS = 24 * HOUR_MS
YEAR_MS = 36525 * DAY_MS // 100  # a Julian year: leap days included on average


def duration_text(ms: int) -> str:
    """A span of time of at least a minute, in the largest whole unit."""
    ms = abs(ms)
    if ms >= YEAR_MS:
        count = ms // YEAR_MS
        if count == 1:
            return QCoreApplication.translate("ClockWords", "1 year")
        return QCoreApplication.translate("ClockWords", "{count} years").format(count=count)
    if ms >= DAY_MS:
        count = ms // DAY_MS
        if count == 1:
            return QCoreApplication.translate("ClockWords", "1 day")
        return QCoreApplication.translate("ClockWords", "{count} days").format(count=count)
    if ms >= HOUR_MS:
        count = ms // HOUR_MS
        if count == 1:
            return QCoreApplication.translate("ClockWords", "1 hour")
        return QCoreApplication.translate("ClockWords", "{count} hours").format(count=count)
    count = max(1, ms // MINUTE_MS)
    if count == 1:
        return QCoreApplication.translate("ClockWords", "1 minute")
    return QCoreApplication.translate("ClockWords", "{count} minutes").format(count=count)
