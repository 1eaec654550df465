"""Visits and consents (Retssikkerhedsloven §11a).

A consent is the municipality's legal basis for sharing, so it says who gave
it (the custody holders or the person themself), whom it concerns, which
actors may exchange information, which kinds of information, for which
purpose, given when and how (in writing or orally), valid until, withdrawn
when. A blanket consent is not valid, so every part is required.

Consents recorded before givers, several recipients and the form were asked
for have no `giver_ids`, no `actor_ids` (their one `actor_id` is the
recipient) and no `form`: they read as "giver not recorded", and the consent
form asks for the giver at their next edit. No vault migration is needed:
fields never written take their defaults (see `build`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol, Self

from ftbt_desktop.core.fields import (
    enum_of,
    iso_date,
    optional_date,
    ref,
    ref_list,
    ref_set,
    register,
    string_list,
    text,
)
from ftbt_desktop.core.plan import build

EXPIRY_WARNING_DAYS = 31
# Two custody holders and the person themself are the most a consent has; room to spare,
# far below what could burden the server.
MAX_GIVERS = 10
MAX_RECIPIENTS = 50


class VisitKind(StrEnum):
    HOME = "home"
    OFFICE = "office"
    PHONE = "phone"
    VIDEO = "video"


class InfoKind(StrEnum):
    """Kinds of information a consent may cover; each must be named, never "everything"."""

    HEALTH = "health"
    WORK_EDUCATION = "work_education"
    ECONOMY = "economy"
    SCHOOL_DAYCARE = "school_daycare"
    SOCIAL = "social"
    FAMILY_CIRCUMSTANCES = "family_circumstances"


class GivenForm(StrEnum):
    """How a consent was given: an oral consent is valid too, but must be written down."""

    WRITTEN = "written"
    ORAL = "oral"


@dataclass(frozen=True, slots=True)
class Visit:
    id: str
    family_id: str
    date: str
    kind: VisitKind = VisitKind.HOME
    attendee_ids: list[str] = field(default_factory=list)
    other_attendees: str | None = None
    summary: str | None = None  # internal: never in the family's own exports
    next_steps: list[str] = field(default_factory=list)

    @classmethod
    def from_fields(cls, entity_id: str, values: Mapping[str, Any]) -> Self:
        return build(cls, entity_id, values, kind=VisitKind)


@dataclass(frozen=True, slots=True)
class Consent:
    id: str
    family_id: str
    member_id: str  # whom it concerns (never, by itself, who gave it)
    actor_id: str  # the first recipient; the only one of a consent from before `actor_ids`
    info_kinds: list[str]
    purpose: str
    given: str
    valid_until: str
    withdrawn: str | None = None
    giver_ids: list[str] = field(default_factory=list)  # empty: who gave it is not recorded
    actor_ids: list[str] = field(default_factory=list)  # every recipient (see recipient_ids)
    form: GivenForm | None = None  # None: not recorded

    @property
    def recipient_ids(self) -> list[str]:
        """The actors that may exchange the information."""
        return list(self.actor_ids) if self.actor_ids else [self.actor_id]

    @property
    def givers_known(self) -> bool:
        return bool(self.giver_ids)

    def is_valid(self, on: dt.date) -> bool:
        if self.withdrawn and dt.date.fromisoformat(self.withdrawn) <= on:
            return False
        return dt.date.fromisoformat(self.given) <= on <= dt.date.fromisoformat(self.valid_until)

    def expires_within(self, on: dt.date, days: int = EXPIRY_WARNING_DAYS) -> bool:
        return self.is_valid(on) and dt.date.fromisoformat(self.valid_until) - on <= dt.timedelta(
            days=days
        )

    @classmethod
    def from_fields(cls, entity_id: str, values: Mapping[str, Any]) -> Self:
        return build(cls, entity_id, values, form=GivenForm)


def recipient_fields(actor_ids: Iterable[str]) -> dict[str, Any]:
    """The fields that name a consent's recipients: every one in `actor_ids`, and the
    first of them in `actor_id`, which a consent has always had (so every consent
    names at least one recipient there). Empty when no actor is named."""
    ids = sorted(set(actor_ids))
    return {"actor_ids": ids, "actor_id": ids[0]} if ids else {}


def actors_without_valid_consent(
    actor_ids: Iterable[str], consents: Iterable[Consent], on: dt.date
) -> set[str]:
    covered = {a for c in consents if c.is_valid(on) for a in c.recipient_ids}
    return {a for a in actor_ids if a not in covered}


class EntityLoader(Protocol):
    """Anything that loads a family's live entities: `Repository` or the UI's `VaultService`."""

    def load(self, family_id: str, entity_type: str) -> list[Any]: ...


def consent_marks(source: EntityLoader, family_id: str, on: dt.date | None = None) -> set[str]:
    """The ids of the family's actors that have no valid consent today (or `on`).

    One call for every view that marks such actors (network, plan, map), so
    they all agree on which actors are marked.
    """
    actors = source.load(family_id, "actor")
    consents = source.load(family_id, "consent")
    return actors_without_valid_consent((a.id for a in actors), consents, on or dt.date.today())


def renews(newer: Consent, older: Consent) -> bool:
    """Whether `newer` carries `older` on: the same member and purpose, at least the
    same recipients and kinds of information, not withdrawn, starting by the day after
    `older` ends and running longer. A renewed consent is not "expiring": nothing
    lapses. Who gave it may differ (a child may now give it herself)."""
    return (
        newer.id != older.id
        and newer.withdrawn is None
        and newer.member_id == older.member_id
        and set(older.recipient_ids) <= set(newer.recipient_ids)
        and _same_words(newer.purpose, older.purpose)
        and set(older.info_kinds) <= set(newer.info_kinds)
        and dt.date.fromisoformat(newer.given)
        <= dt.date.fromisoformat(older.valid_until) + dt.timedelta(days=1)
        and newer.valid_until > older.valid_until
    )


def renewed_consents(consents: Iterable[Consent]) -> set[str]:
    """The ids of consents that another consent renews."""
    consents = list(consents)
    return {old.id for old in consents if any(renews(new, old) for new in consents)}


def expiring_consents(
    consents: Iterable[Consent], on: dt.date, days: int = EXPIRY_WARNING_DAYS
) -> list[Consent]:
    """Valid consents that run out within `days` and are not renewed, the soonest first."""
    consents = list(consents)
    renewed = renewed_consents(consents)
    return sorted(
        (c for c in consents if c.expires_within(on, days) and c.id not in renewed),
        key=lambda c: c.valid_until,
    )


def _same_words(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


class ConsentState(StrEnum):
    VALID = "valid"
    EXPIRING = "expiring"  # valid, but runs out within EXPIRY_WARNING_DAYS
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"
    NOT_YET = "not_yet"  # given with a date still to come


def consent_state(consent: Consent, on: dt.date) -> ConsentState:
    if consent.withdrawn and dt.date.fromisoformat(consent.withdrawn) <= on:
        return ConsentState.WITHDRAWN
    if on < dt.date.fromisoformat(consent.given):
        return ConsentState.NOT_YET
    if on > dt.date.fromisoformat(consent.valid_until):
        return ConsentState.EXPIRED
    if consent.expires_within(on):
        return ConsentState.EXPIRING
    return ConsentState.VALID


def _info_kinds(value: Any) -> Any:
    kinds = string_list(InfoKind)(value)
    if not kinds:
        raise ValueError("name at least one kind of information")
    return sorted(set(kinds))


register(
    "visit",
    {
        "date": iso_date,
        "kind": enum_of(VisitKind),
        "attendee_ids": ref_list,
        "other_attendees": text(required=False, max_len=500),
        "summary": text(required=False, max_len=10000),
        "next_steps": string_list(max_items=50),
    },
)
register(
    "consent",
    {
        "member_id": ref(),
        "actor_id": ref(),
        "info_kinds": _info_kinds,
        "purpose": text(required=True, max_len=1000),
        "given": iso_date,
        "valid_until": iso_date,
        "withdrawn": optional_date,
        "giver_ids": ref_set(MAX_GIVERS, "family members"),
        "actor_ids": ref_set(MAX_RECIPIENTS, "actors"),
        "form": enum_of(GivenForm),
    },
)
