"""Translated words for actors and consents, and the "no valid consent" mark.

The mark is always an icon *and* words, never colour alone; other views
(the plan, the map) can use `no_consent_text` and `no_consent_icon` so the
mark reads the same everywhere.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ftbt_desktop.core.casework import Consent, ConsentState, InfoKind
from ftbt_desktop.ui.words import date_text

CONTEXT = "NetworkWords"
NO_CONSENT_GLYPH = "⚠"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def info_kind_label(kind: InfoKind | str) -> str:
    labels = {
        InfoKind.HEALTH: _t("Health"),
        InfoKind.WORK_EDUCATION: _t("Work and education"),
        InfoKind.ECONOMY: _t("Economy"),
        InfoKind.SCHOOL_DAYCARE: _t("School and daycare"),
        InfoKind.SOCIAL: _t("Social circumstances"),
        InfoKind.FAMILY_CIRCUMSTANCES: _t("Family circumstances"),
    }
    try:
        return labels[InfoKind(kind)]
    except ValueError:
        return str(kind)


def info_kinds_text(kinds: list[str]) -> str:
    return ", ".join(info_kind_label(k) for k in kinds)


def no_consent_text() -> str:
    return _t("No valid consent")


def no_consent_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def expiring_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)


def days_left_text(valid_until: str, on: dt.date) -> str:
    days = (dt.date.fromisoformat(valid_until) - on).days
    if days == 0:
        return _t("expires today")
    if days == 1:
        return _t("in 1 day")
    return _t("in {days} days").format(days=days)


def consent_state_text(consent: Consent, state: ConsentState, on: dt.date) -> str:
    if state is ConsentState.WITHDRAWN:
        return _t("Withdrawn {date}").format(date=date_text(consent.withdrawn))
    if state is ConsentState.EXPIRED:
        return _t("Expired {date}").format(date=date_text(consent.valid_until))
    if state is ConsentState.NOT_YET:
        return _t("Valid from {date}").format(date=date_text(consent.given))
    if state is ConsentState.EXPIRING:
        return _t("Expires soon: {date} ({left})").format(
            date=date_text(consent.valid_until), left=days_left_text(consent.valid_until, on)
        )
    return _t("Valid until {date}").format(date=date_text(consent.valid_until))


def blanket_consent_message() -> str:
    return _t(
        "Name which kinds of information the consent covers. A consent to share “everything” "
        "(a blanket consent) is not valid under §11a of Retssikkerhedsloven."
    )
