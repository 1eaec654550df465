"""A §11a consent in plain words, as the family plan prints it (context "ConsentText").

Short sentences a family reads without help (klarsprog): who gave the consent,
which actors may exchange information about whom and about what, for what,
when and how it was given, and until when it holds. The person a consent
concerns is never named as its giver: when who gave it was not recorded (a
consent from before the app asked), the plan says so instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale

from ftbt_desktop.core.casework import Consent, GivenForm
from ftbt_desktop.export import plan_words as w
from ftbt_desktop.export.plan_content import PlanContent


def join_names(names: Sequence[str]) -> str:
    """ "Mette", "Mette og Jonas", "Mette, Jonas og Emma"."""
    if len(names) <= 1:
        return "".join(names)
    return QCoreApplication.translate("ConsentText", "{names} and {last}").format(
        names=", ".join(names[:-1]), last=names[-1]
    )


def possessive(name: str) -> str:
    """ "Emmas", "Jonas'" in Danish; "Emma's", "Jonas'" in English (grammar, not words)."""
    if QLocale().language() == QLocale.Language.Danish:
        return name + ("'" if name[-1:].lower() in ("s", "x", "z") else "s")
    return name + ("'" if name[-1:].lower() == "s" else "'s")


def _sentence(text: str) -> str:
    """The family's own words as a sentence of their own, ending in a full stop."""
    text = " ".join(text.split())
    return text if text[-1:] in (".", "!", "?") else text + "."


def _long_date(iso: str) -> str:
    return w.long_date(dt.date.fromisoformat(iso))


def giver_names(consent: Consent, content: PlanContent) -> list[str]:
    """The givers' names in the family's order (adults first); empty when not recorded."""
    known = [m.name for m in content.members if m.id in consent.giver_ids]
    missing = len(set(consent.giver_ids)) - len(known)  # removed from the family since
    return known + [w.unknown_author()] * missing


def recipient_names(consent: Consent, content: PlanContent) -> list[str]:
    names = []
    for actor_id in consent.recipient_ids:
        actor = content.actor(actor_id)
        names.append(actor.name if actor is not None else w.someone_else())
    return sorted(names, key=str.casefold)


def consent_sentences(consent: Consent, content: PlanContent) -> list[str]:
    """The consent in short plain sentences, in the order a reader asks."""
    member = content.member(consent.member_id)
    givers = giver_names(consent, content)
    sentences = [
        _what(givers).format(
            givers=join_names(givers),
            recipients=join_names(recipient_names(consent, content)),
            about=possessive(member.name if member is not None else w.unknown_author()),
            kinds=join_names([w.info_kind_text(k) for k in consent.info_kinds]),
        )
    ]
    if not givers:
        sentences.append(not_recorded_text())
    sentences.append(
        QCoreApplication.translate("ConsentText", "Purpose: {purpose}").format(
            purpose=_sentence(consent.purpose)
        )
    )
    sentences += _how(consent, content.for_family)
    sentences.append(_validity(consent, content.today))
    return sentences


def _what(givers: Sequence[str]) -> str:
    if not givers:
        return QCoreApplication.translate(
            "ConsentText",
            "Consent has been given for {recipients} to exchange information about "
            "{about} {kinds}.",
        )
    if len(givers) == 1:
        return QCoreApplication.translate(
            "ConsentText",
            "{givers} has given consent for {recipients} to exchange information about "
            "{about} {kinds}.",
        )
    return QCoreApplication.translate(
        "ConsentText",
        "{givers} have given consent for {recipients} to exchange information about "
        "{about} {kinds}.",
    )


def _how(consent: Consent, for_family: bool) -> list[str]:
    given = _long_date(consent.given)
    if consent.form is GivenForm.WRITTEN:
        text = QCoreApplication.translate(
            "ConsentText", "The consent was given in writing on {date}."
        )
        return [text.format(date=given)]
    if consent.form is GivenForm.ORAL:
        text = QCoreApplication.translate("ConsentText", "The consent was given orally on {date}.")
        return [text.format(date=given)]
    text = QCoreApplication.translate("ConsentText", "The consent was given on {date}.")
    if for_family:
        return [text.format(date=given)]
    return [
        text.format(date=given),
        QCoreApplication.translate(
            "ConsentText", "Whether it was given in writing or orally is not recorded."
        ),
    ]


def _validity(consent: Consent, today: dt.date) -> str:
    until = _long_date(consent.valid_until)
    if consent.withdrawn:
        withdrawn = _long_date(consent.withdrawn)
        if dt.date.fromisoformat(consent.withdrawn) <= today:
            return QCoreApplication.translate("ConsentText", "It was withdrawn on {date}.").format(
                date=withdrawn
            )
        return QCoreApplication.translate("ConsentText", "It is withdrawn from {date}.").format(
            date=withdrawn
        )
    if dt.date.fromisoformat(consent.valid_until) < today:
        return QCoreApplication.translate("ConsentText", "It ran out on {date}.").format(date=until)
    return QCoreApplication.translate("ConsentText", "It is valid until {date}.").format(date=until)


def not_recorded_text() -> str:
    return QCoreApplication.translate("ConsentText", "Who gave the consent has not been recorded.")
