"""A person's timeline (no Qt): WHO-5 changes since the previous measure, status
periods under both self-supporting definitions, consent states and marks."""

from __future__ import annotations

import datetime as dt

import pytest

from ftbt_desktop.core.casework import (
    Consent,
    ConsentState,
    consent_marks,
    consent_state,
    expiring_consents,
)
from ftbt_desktop.core.measure_records import EmploymentRecord, Who5Measure
from ftbt_desktop.core.measure_timeline import current_status, status_timeline, who5_timeline
from ftbt_desktop.core.measures import EmploymentStatus, SelfSupportDefinition, Who5Band
from ftbt_desktop.core.model import MemberRole
from ftbt_desktop.storage.repository import Repository

TODAY = dt.date(2025, 6, 1)
FAMILY = "f"


def measure(mid: str, member: str, date: str, raw: int) -> Who5Measure:
    answers = [min(5, raw - 5 * i) if raw - 5 * i > 0 else 0 for i in range(5)]
    assert sum(answers) == raw
    return Who5Measure(mid, FAMILY, member, date, answers)


def test_who5_timeline_orders_by_date_and_marks_ten_point_changes() -> None:
    measures = [
        measure("c", "mette", "2025-03-01", 13),  # 52
        measure("a", "mette", "2025-01-01", 10),  # 40
        measure("d", "mette", "2025-04-01", 14),  # 56
        measure("b", "jonas", "2025-02-01", 25),
        measure("e", "mette", "2025-05-01", 11),  # 44
    ]
    points = who5_timeline(measures, "mette")
    assert [(p.date, p.score, p.change, p.meaningful) for p in points] == [
        ("2025-01-01", 40, None, False),
        ("2025-03-01", 52, 12, True),
        ("2025-04-01", 56, 4, False),
        ("2025-05-01", 44, -12, True),
    ]
    assert [p.band for p in points] == [
        Who5Band.RISK,
        Who5Band.NOT_AT_RISK,
        Who5Band.NOT_AT_RISK,
        Who5Band.RISK,
    ]
    assert who5_timeline(measures, "nobody") == []


def test_two_measures_on_one_day_keep_one_order_everywhere() -> None:
    first = [measure("x2", "m", "2025-01-01", 10), measure("x1", "m", "2025-01-01", 13)]
    assert [p.measure.id for p in who5_timeline(first, "m")] == ["x1", "x2"]
    assert [p.measure.id for p in who5_timeline(reversed(first), "m")] == ["x1", "x2"]


def records() -> list[EmploymentRecord]:
    return [
        EmploymentRecord("r2", FAMILY, "a", "2025-03-01", EmploymentStatus.SU),
        EmploymentRecord("r1", FAMILY, "a", "2024-09-01", EmploymentStatus.KONTANTHJAELP),
        EmploymentRecord("r3", FAMILY, "b", "2025-01-01", EmploymentStatus.FLEKSJOB),
    ]


@pytest.mark.parametrize(
    ("definition", "a_now", "b_now"),
    [
        (SelfSupportDefinition(), True, False),  # the default: DST's headline count
        (SelfSupportDefinition(su_counts=False, fleksjob_counts=True), False, True),
        (SelfSupportDefinition(su_counts=True, fleksjob_counts=True), True, True),
        (SelfSupportDefinition(su_counts=False, fleksjob_counts=False), False, False),
    ],
)
def test_status_periods_follow_the_definition(
    definition: SelfSupportDefinition, a_now: bool, b_now: bool
) -> None:
    periods = status_timeline(records(), "a", definition)
    assert [(p.record.id, p.until, p.self_supporting) for p in periods] == [
        ("r1", "2025-03-01", False),  # kontanthjælp is a benefit under every definition
        ("r2", None, a_now),
    ]
    assert status_timeline(records(), "b", definition)[0].self_supporting is b_now


def test_current_status_is_the_latest_on_or_before_the_day() -> None:
    on_the_eve = current_status(records(), "a", dt.date(2025, 2, 28))
    on_the_day = current_status(records(), "a", dt.date(2025, 3, 1))
    assert on_the_eve is not None and on_the_eve.id == "r1"
    assert on_the_day is not None and on_the_day.id == "r2"
    assert current_status(records(), "a", dt.date(2024, 1, 1)) is None


def consent(cid: str, given: str, until: str, withdrawn: str | None = None) -> Consent:
    # Each with an actor of its own: two consents for one actor may renew each other
    # (tests/test_consent_renewal.py).
    return Consent(cid, FAMILY, "m", f"actor-{cid}", ["health"], "p", given, until, withdrawn)


@pytest.mark.parametrize(
    ("given", "until", "withdrawn", "state"),
    [
        ("2025-01-01", "2025-12-31", None, ConsentState.VALID),
        ("2025-01-01", "2025-07-02", None, ConsentState.EXPIRING),  # 31 days left
        ("2025-01-01", "2025-07-03", None, ConsentState.VALID),  # 32 days left
        ("2025-01-01", "2025-06-01", None, ConsentState.EXPIRING),  # last day
        ("2024-01-01", "2025-05-31", None, ConsentState.EXPIRED),
        ("2025-01-01", "2025-12-31", "2025-06-01", ConsentState.WITHDRAWN),
        ("2025-01-01", "2025-12-31", "2025-06-02", ConsentState.VALID),  # withdrawn tomorrow
        ("2025-06-02", "2025-12-31", None, ConsentState.NOT_YET),
    ],
)
def test_consent_state(given: str, until: str, withdrawn: str | None, state: ConsentState) -> None:
    assert consent_state(consent("c", given, until, withdrawn), TODAY) is state


def test_expiring_consents_soonest_first() -> None:
    consents = [
        consent("late", "2025-01-01", "2025-06-30"),
        consent("soon", "2025-01-01", "2025-06-10"),
        consent("far", "2025-01-01", "2025-09-01"),
        consent("gone", "2025-01-01", "2025-06-10", withdrawn="2025-05-01"),
    ]
    assert [c.id for c in expiring_consents(consents, TODAY)] == ["soon", "late"]


def test_consent_marks_reads_the_vault(repo: Repository) -> None:
    family_id = str(repo.create_family("Hansen").primary_id)
    member = str(repo.add_member(family_id, "Sara", MemberRole.PARENT).primary_id)
    school = str(repo.create_entity("actor", family_id, name="Skolen").primary_id)
    club = str(repo.create_entity("actor", family_id, name="Klubben").primary_id)
    assert consent_marks(repo, family_id) == {school, club}
    repo.create_entity(
        "consent",
        family_id,
        member_id=member,
        actor_id=school,
        info_kinds=["school_daycare"],
        purpose="Fravær",
        given="2025-01-01",
        valid_until="2025-12-31",
    )
    assert consent_marks(repo, family_id, on=TODAY) == {club}
    assert consent_marks(repo, family_id, on=dt.date(2026, 1, 1)) == {school, club}
