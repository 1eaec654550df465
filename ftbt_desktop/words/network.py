"""Translated words for actors and consents, and the "no valid consent" words.

The mark is always an icon *and* words, never colour alone; other views
(the plan, the map) use `no_consent_text` and ui/network/network_icons.py's
`no_consent_icon` so the mark reads the same everywhere.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ftbt_desktop.core.casework import Consent, ConsentState, GivenForm, InfoKind
from ftbt_desktop.words.counted import context
from ftbt_desktop.words.dates import date_text

# Counted words (%n) go through NetworkWords.tr: see words/counted.py.
NetworkWords = context("NetworkWords")

NO_CONSENT_GLYPH = "⚠"


def info_kind_label(kind: InfoKind | str) -> str:
    labels = {
        InfoKind.HEALTH: QCoreApplication.translate("NetworkWords", "Health"),
        InfoKind.WORK_EDUCATION: QCoreApplication.translate("NetworkWords", "Work and education"),
        InfoKind.ECONOMY: QCoreApplication.translate("NetworkWords", "Economy"),
        InfoKind.SCHOOL_DAYCARE: QCoreApplication.translate("NetworkWords", "School and daycare"),
        InfoKind.SOCIAL: QCoreApplication.translate("NetworkWords", "Social circumstances"),
        InfoKind.FAMILY_CIRCUMSTANCES: QCoreApplication.translate(
            "NetworkWords", "Family circumstances"
        ),
    }
    try:
        return labels[InfoKind(kind)]
    except ValueError:
        return str(kind)


def given_form_label(form: GivenForm | str) -> str:
    """How a consent was given, as History shows it."""
    if form == GivenForm.WRITTEN.value:
        return QCoreApplication.translate("NetworkWords", "In writing")
    if form == GivenForm.ORAL.value:
        return QCoreApplication.translate("NetworkWords", "Orally")
    return str(form)


def info_kinds_text(kinds: list[str]) -> str:
    """ "Health, work and education": a capital only where the list begins."""
    labels = [info_kind_label(k) for k in kinds]
    return ", ".join([*labels[:1], *(_lower_first(label) for label in labels[1:])])


def _lower_first(label: str) -> str:
    # The labels are common nouns in both languages: nothing to keep capitalised.
    return label[:1].lower() + label[1:]


def no_consent_text() -> str:
    return QCoreApplication.translate("NetworkWords", "No valid consent")


def days_left_text(valid_until: str, on: dt.date) -> str:
    days = (dt.date.fromisoformat(valid_until) - on).days
    if days == 0:
        return QCoreApplication.translate("NetworkWords", "expires today")
    # Not `return NetworkWords.tr(…)` right after a `return QCoreApplication.translate`:
    # lupdate would file it under a context of its own making (words/counted.py).
    counted = NetworkWords.tr("in %n day(s)", None, days)
    return counted


def consent_state_text(consent: Consent, state: ConsentState, on: dt.date) -> str:
    if state is ConsentState.WITHDRAWN:
        return QCoreApplication.translate("NetworkWords", "Withdrawn {date}").format(
            date=date_text(consent.withdrawn)
        )
    if state is ConsentState.EXPIRED:
        return QCoreApplication.translate("NetworkWords", "Expired {date}").format(
            date=date_text(consent.valid_until)
        )
    if state is ConsentState.NOT_YET:
        return QCoreApplication.translate("NetworkWords", "Valid from {date}").format(
            date=date_text(consent.given)
        )
    if state is ConsentState.EXPIRING:
        return QCoreApplication.translate("NetworkWords", "Expires soon: {date} ({left})").format(
            date=date_text(consent.valid_until), left=days_left_text(consent.valid_until, on)
        )
    return QCoreApplication.translate("NetworkWords", "Valid until {date}").format(
        date=date_text(consent.valid_until)
    )


def blanket_consent_message() -> str:
    return QCoreApplication.translate(
        "NetworkWords",
        "Name which kinds of information the consent covers. A consent to share “everything” "
        "(a blanket consent) is not valid under §11a of Retssikkerhedsloven.",
    )
