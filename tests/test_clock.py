from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ftbt_desktop.core.clock import MAX_COUNTER, ClockError, Hlc, HybridClock


class FakeWall:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_encoding_round_trips_and_sorts_like_stamps() -> None:
    stamps = [Hlc(5, 2), Hlc(5, 10), Hlc(40, 0), Hlc(1_700_000_000_000, 99)]
    encoded = [s.encode() for s in stamps]
    assert [Hlc.decode(e) for e in encoded] == stamps
    assert sorted(encoded) == encoded


@pytest.mark.parametrize("text", ["", "12-3", "x" * 21, "000000000000001-0000a"])
def test_decode_refuses_garbage(text: str) -> None:
    with pytest.raises(ClockError):
        Hlc.decode(text)


def test_wall_clock_going_backwards_never_reissues_a_stamp() -> None:
    wall = FakeWall(1_000)
    clock = HybridClock(now=wall)
    first = clock.tick()
    wall.ms = 500  # the laptop's clock was set back
    second = clock.tick()
    assert second > first
    assert second.ms == first.ms and second.counter == first.counter + 1


def test_restart_from_high_water_continues_above_it() -> None:
    wall = FakeWall(1_000)
    clock = HybridClock(now=wall)
    for _ in range(5):
        clock.tick()
    saved = clock.high_water
    restarted = HybridClock(high_water=saved, now=FakeWall(10))
    assert restarted.tick() > saved


def test_receive_advances_past_a_remote_stamp() -> None:
    clock = HybridClock(now=FakeWall(1_000))
    remote = Hlc(5_000, 7)
    assert clock.receive(remote) > remote
    assert clock.tick() > remote


def test_counter_overflow_borrows_a_millisecond() -> None:
    clock = HybridClock(high_water=Hlc(1_000, MAX_COUNTER), now=FakeWall(1_000))
    stamp = clock.tick()
    assert stamp == Hlc(1_001, 0)
    assert stamp.encode() > Hlc(1_000, MAX_COUNTER).encode()


@given(st.lists(st.tuples(st.booleans(), st.integers(0, 10_000), st.integers(0, 50)), max_size=60))
def test_stamps_strictly_increase_whatever_the_wall_clock_does(
    steps: list[tuple[bool, int, int]],
) -> None:
    wall = FakeWall(0)
    clock = HybridClock(now=wall)
    issued: list[Hlc] = []
    for is_receive, wall_ms, remote_counter in steps:
        wall.ms = wall_ms
        if is_receive:
            issued.append(clock.receive(Hlc(wall_ms + 3, remote_counter)))
        else:
            issued.append(clock.tick())
    assert all(a < b for a, b in itertools.pairwise(issued))
    assert all(a.encode() < b.encode() for a, b in itertools.pairwise(issued))
