"""Hybrid logical clock (Kulkarni et al. 2014).

A stamp is physical milliseconds plus a logical counter. Stamps are encoded as
fixed-width strings so that string order is stamp order, which lets SQLite and
PostgreSQL compare them without decoding.

The clock never reissues a stamp: the caller persists `high_water` (the last
stamp issued or seen) and hands it back on restart, so a restart or a wall
clock that goes backwards still yields strictly increasing stamps.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

MS_DIGITS = 15
COUNTER_DIGITS = 5
MAX_COUNTER = 10**COUNTER_DIGITS - 1


class ClockError(ValueError):
    """A stamp could not be parsed or would run past the representable range."""


@dataclass(frozen=True, order=True, slots=True)
class Hlc:
    ms: int
    counter: int = 0

    def encode(self) -> str:
        return f"{self.ms:0{MS_DIGITS}d}-{self.counter:0{COUNTER_DIGITS}d}"

    @classmethod
    def decode(cls, text: str) -> Hlc:
        try:
            ms_text, counter_text = text.split("-")
            if len(ms_text) != MS_DIGITS or len(counter_text) != COUNTER_DIGITS:
                raise ValueError(text)
            return cls(int(ms_text), int(counter_text))
        except ValueError as exc:
            raise ClockError(f"not a clock stamp: {text!r}") from exc

    def __str__(self) -> str:
        return self.encode()


ZERO = Hlc(0, 0)


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """Issues strictly increasing stamps; merges stamps received from elsewhere."""

    def __init__(self, high_water: Hlc = ZERO, now: Callable[[], int] = wall_ms) -> None:
        self._last = high_water
        self._now = now

    @property
    def high_water(self) -> Hlc:
        return self._last

    def tick(self) -> Hlc:
        """A stamp for a local event."""
        physical = self._now()
        stamp = Hlc(physical, 0) if physical > self._last.ms else self._bump(self._last)
        self._last = stamp
        return stamp

    def receive(self, remote: Hlc) -> Hlc:
        """Advance past a stamp seen on a change from another device."""
        physical = self._now()
        top = max(self._last, remote)
        stamp = Hlc(physical, 0) if physical > top.ms else self._bump(top)
        self._last = stamp
        return stamp

    @staticmethod
    def _bump(stamp: Hlc) -> Hlc:
        # On counter overflow borrow a millisecond from the future: still
        # strictly increasing, and physical time catches up soon after.
        if stamp.counter >= MAX_COUNTER:
            return Hlc(stamp.ms + 1, 0)
        return Hlc(stamp.ms, stamp.counter + 1)
