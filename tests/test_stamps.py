"""One stamp syntax and bounded clocks, in `core` (DESIGN §9): every entry point that
takes a stamp from elsewhere goes through `Hlc.decode` and `HybridClock.receive`."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stamp_strategies import FINDING_STAMPS, canonical_stamps, non_canonical_stamps

from ftbt_desktop.core.changes import Change, ChangeFormatError, wins
from ftbt_desktop.core.clock import (
    MAX_AHEAD_MS,
    ClockError,
    Hlc,
    HybridClock,
    StampAhead,
    check_not_ahead,
    is_canonical,
)

NOW = 1_780_000_000_000  # a wall clock in 2026


def wire(hlc: str, value: object = "x") -> dict[str, object]:
    return {
        "change_id": str(uuid.uuid4()),
        "entity_type": "member",
        "entity_id": "m1",
        "family_id": "f1",
        "field": "name",
        "value": value,
        "hlc": hlc,
        "device_id": "device-a",
        "user_id": "anna",
    }


@pytest.mark.parametrize("text", FINDING_STAMPS)
def test_the_findings_stamps_are_refused(text: str) -> None:
    with pytest.raises(ClockError):
        Hlc.decode(text)
    assert not is_canonical(text)
    with pytest.raises(ChangeFormatError):
        Change.from_dict(wire(text))


def test_the_findings_stamps_sorted_above_every_real_stamp() -> None:
    # Why they won every merge: a tiny time to the clock-ahead check, the greatest
    # string to every comparison.
    for text in FINDING_STAMPS[:2]:
        assert text > Hlc(10**14 - 1, 99_999).encode()  # past the year 5000


@given(non_canonical_stamps())
def test_non_canonical_stamps_are_refused_by_decode_and_from_dict(text: str) -> None:
    assert not is_canonical(text)
    with pytest.raises(ClockError):
        Hlc.decode(text)
    with pytest.raises(ChangeFormatError):
        Change.from_dict(wire(text))


@given(canonical_stamps())
def test_canonical_stamps_round_trip_exactly(text: str) -> None:
    assert is_canonical(text)
    assert Hlc.decode(text).encode() == text
    assert Change.from_dict(wire(text)).hlc == text


@given(canonical_stamps(), canonical_stamps())
def test_string_order_is_stamp_order_for_accepted_stamps(a: str, b: str) -> None:
    # Merges compare the strings (server, client SQL, core.changes.wins): that is only
    # sound because every accepted stamp has the one form.
    assert (a < b) == (Hlc.decode(a) < Hlc.decode(b))
    first, second = Change.from_dict(wire(a)), Change.from_dict(wire(b))
    if Hlc.decode(a) > Hlc.decode(b):
        assert wins(first, second)


@pytest.mark.parametrize("value", [None, 7, b"000000000000001-00000", ["x"]])
def test_decode_refuses_what_is_not_text(value: object) -> None:
    with pytest.raises(ClockError):
        Hlc.decode(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("stamp", [Hlc(-1, 0), Hlc(10**15, 0), Hlc(0, -1), Hlc(0, 100_000)])
def test_a_stamp_outside_the_format_cannot_be_encoded(stamp: Hlc) -> None:
    with pytest.raises(ClockError):
        stamp.encode()


def test_the_bound_is_five_minutes() -> None:
    assert MAX_AHEAD_MS == 5 * 60 * 1000
    check_not_ahead(Hlc(NOW + MAX_AHEAD_MS, 99), NOW)
    with pytest.raises(StampAhead) as ahead:
        check_not_ahead(Hlc(NOW + MAX_AHEAD_MS + 1, 0), NOW)
    assert ahead.value.ahead_ms == MAX_AHEAD_MS + 1


@given(st.integers(MAX_AHEAD_MS + 1, 10**15 - 1 - NOW))
def test_receive_refuses_a_stamp_beyond_the_bound_and_keeps_its_clock(ahead: int) -> None:
    clock = HybridClock(high_water=Hlc(NOW - 10, 3), now=lambda: NOW)
    before = clock.high_water
    with pytest.raises(StampAhead):
        clock.receive(Hlc(NOW + ahead, 0))
    assert clock.high_water == before
    assert clock.tick().ms == NOW  # local edits keep the wall clock's time


@given(st.integers(0, MAX_AHEAD_MS))
def test_receive_takes_a_stamp_within_the_bound(ahead: int) -> None:
    clock = HybridClock(now=lambda: NOW)
    remote = Hlc(NOW + ahead, 5)
    assert clock.receive(remote) > remote


def test_far_ahead_high_water_is_measured() -> None:
    assert HybridClock(Hlc(NOW + MAX_AHEAD_MS, 0), now=lambda: NOW).far_ahead_ms() == 0
    poisoned = HybridClock(Hlc(32_503_680_000_000, 0), now=lambda: NOW)  # year 3000
    assert poisoned.far_ahead_ms() == 32_503_680_000_000 - NOW
