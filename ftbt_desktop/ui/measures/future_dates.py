"""Measures dated after today: refused where they cannot be, confirmed where they can.

A WHO-5, a child's thriving or a progress rating is answered on a day that has
come: dated in the future it was saved silently and the family's plan showed it
as the latest, "now". Those are refused with a sentence that says why. A work
and education status may rightly start later ("starts in flex job on 1 May"):
the first Save says the date is in the future and a second Save with the same
date keeps it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ftbt_desktop.words.common import date_text


def is_future(iso: str | None, today: dt.date | None = None) -> bool:
    return bool(iso) and dt.date.fromisoformat(str(iso)) > (today or dt.date.today())


def answered_in_the_future_text(iso: str) -> str:
    return QCoreApplication.translate(
        "FutureDates",
        "{date} has not come yet. Answers are recorded on the day they are given: "
        "choose today or an earlier day.",
    ).format(date=date_text(iso))


def starts_in_the_future_text(iso: str) -> str:
    return QCoreApplication.translate(
        "FutureDates",
        "{date} has not come yet. Is this a status that starts then? Press Save again to "
        "keep it, or change the date.",
    ).format(date=date_text(iso))


class FutureDateCheck:
    """Asks once about a future date; the same date saved again is taken as meant."""

    def __init__(self) -> None:
        self._confirmed: str | None = None

    def problem(self, iso: str | None, today: dt.date | None = None) -> str | None:
        if not iso or not is_future(iso, today) or self._confirmed == iso:
            return None
        self._confirmed = iso  # the next Save with this date goes through
        return starts_in_the_future_text(iso)

    def reset(self) -> None:
        self._confirmed = None
