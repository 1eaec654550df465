"""How far ahead a stamp is, in words: "973 years", "2 days", "12 minutes". QtCore only,
so the command line (import, check) and the app (sync) say it alike.

Whole units, rounded down, in the largest unit that fits: a file stamped in the
year 2999 is "973 years" ahead, not "355,000 days". Counted words use Qt's %n
forms (see CONTRIBUTING.md, "Counted words").
"""

from __future__ import annotations

from ftbt_desktop.words.counted import context

# Counted words (%n) go through ClockWords.tr: see words/counted.py.
ClockWords = context("ClockWords")

MINUTE_MS = 60 * 1000
HOUR_MS = 60 * MINUTE_MS
DAY_MS = 24 * HOUR_MS
YEAR_MS = 36525 * DAY_MS // 100  # a Julian year: leap days included on average


def duration_text(ms: int) -> str:
    """A span of time of at least a minute, in the largest whole unit."""
    ms = abs(ms)
    if ms >= YEAR_MS:
        return ClockWords.tr("%n year(s)", None, ms // YEAR_MS)
    if ms >= DAY_MS:
        return ClockWords.tr("%n day(s)", None, ms // DAY_MS)
    if ms >= HOUR_MS:
        return ClockWords.tr("%n hour(s)", None, ms // HOUR_MS)
    count = max(1, ms // MINUTE_MS)
    return ClockWords.tr("%n minute(s)", None, count)
