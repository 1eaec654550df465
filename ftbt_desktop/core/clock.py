"""Hybrid logical clock (Kulkarni et al. 2014).

A stamp is physical milliseconds plus a logical counter. Stamps are encoded as
fixed-width strings so that string order is stamp order, which lets SQLite and
PostgreSQL compare them without decoding. That only holds if every stamp has
exactly that one form, so `Hlc.decode` accepts nothing else: ASCII
`^[0-9]{15}-[0-9]{5}$` (no Unicode digits, signs, underscores, spaces or
trailing newline, all of which `int()` would take), and `decode(s).encode() == s`.
A loose stamp such as "0_0_0_0_0_0_0_1-00000" decodes to a tiny time yet sorts
above every real stamp, so it would win every merge for ever.

No stamp from another machine more than `MAX_AHEAD_MS` ahead of this machine's
wall clock is believed (DESIGN §9): receivers check with `check_not_ahead`, and
`HybridClock.receive` refuses one as the last line of defence, so one bad file or
server page cannot drag the local clock (and every later edit) into the future.

The clock never reissues a stamp: the caller persists `high_water` (the last
stamp issued or seen) and hands it back on restart, so a restart or a wall
clock that goes backwards still yields strictly increasing stamps.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

MS_DIGITS = 15
COUNTER_DIGITS = 5
MAX_COUNTER = 10**COUNTER_DIGITS - 1
MAX_MS = 10**MS_DIGITS - 1
# How far ahead of a receiver's wall clock a stamp may be (DESIGN §9): the server's
# push, the client's pull and import all use this one bound.
MAX_AHEAD_MS = 5 * 60 * 1000
# How far behind the central server this machine's clock may be and still sync
# (measured at connect). The server takes stamps up to MAX_AHEAD_MS ahead of its
# own clock, so a laptop this far behind is handed stamps up to the sum ahead of
# its own clock, legitimately: pulls allow for the measured lead, up to this.
SERVER_SKEW_MS = MAX_AHEAD_MS - 60 * 1000
# `[0-9]` is the ASCII digits only (unlike `\d`), and fullmatch allows no trailing
# newline (unlike `$`).
STAMP_PATTERN = re.compile(rf"[0-9]{{{MS_DIGITS}}}-[0-9]{{{COUNTER_DIGITS}}}")


class ClockError(ValueError):
    """A stamp could not be parsed or would run past the representable range."""


class StampAhead(ClockError):
    """A stamp from elsewhere is more than `MAX_AHEAD_MS` ahead of this machine's clock."""

    def __init__(self, stamp: Hlc, ahead_ms: int) -> None:
        super().__init__(f"stamp {stamp.encode()} is {ahead_ms} ms ahead of this clock")
        self.stamp = stamp
        self.ahead_ms = ahead_ms


@dataclass(frozen=True, order=True, slots=True)
class Hlc:
    ms: int
    counter: int = 0

    def encode(self) -> str:
        if not (0 <= self.ms <= MAX_MS and 0 <= self.counter <= MAX_COUNTER):
            raise ClockError(f"stamp out of range: {self.ms}, {self.counter}")
        return f"{self.ms:0{MS_DIGITS}d}-{self.counter:0{COUNTER_DIGITS}d}"

    @classmethod
    def decode(cls, text: str) -> Hlc:
        """The stamp `text` encodes, or ClockError unless it is in the one canonical form."""
        if not is_canonical(text):
            raise ClockError(f"not a clock stamp: {text!r:.60}")
        return cls(int(text[:MS_DIGITS]), int(text[MS_DIGITS + 1 :]))

    def __str__(self) -> str:
        return self.encode()


ZERO = Hlc(0, 0)


def is_canonical(text: object) -> bool:
    """Whether `text` is a stamp in the one accepted form."""
    return isinstance(text, str) and STAMP_PATTERN.fullmatch(text) is not None


def legacy_reading(text: str, bound_ms: int) -> Hlc:
    """What an earlier version's int()-based decode took a loose stamp for (what its
    clock-ahead check believed), or ZERO when unreadable or beyond `bound_ms`.

    Only to repair data stored before the one syntax (the vault at unlock, the
    server's migration 0002), both the same way so that they agree afterwards.
    """
    try:
        ms_text, counter_text = text.split("-")
        stamp = Hlc(int(ms_text), int(counter_text))
        stamp.encode()
    except ValueError:
        return ZERO
    return stamp if stamp.ms <= bound_ms else ZERO


def check_not_ahead(stamp: Hlc, now_ms: int) -> None:
    """StampAhead when `stamp` is more than MAX_AHEAD_MS ahead of the wall clock `now_ms`."""
    ahead = stamp.ms - now_ms
    if ahead > MAX_AHEAD_MS:
        raise StampAhead(stamp, ahead)


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_LAST = dt.datetime.max.replace(tzinfo=dt.UTC)


def stamp_time(stamp: Hlc) -> dt.datetime:
    """When a stamp says it was made, in UTC; the calendar's last moment for one beyond it.

    A vault repaired from a far-ahead clock keeps such stamps in history (up to the
    year 33658), and `datetime.fromtimestamp` raises there (on Windows already past
    the year 3000), which would close History and the reports.
    """
    try:
        return _EPOCH + dt.timedelta(milliseconds=stamp.ms)
    except OverflowError:
        return _LAST


def stamp_local_date(stamp: Hlc) -> dt.date:
    """The day a stamp was made in this computer's time zone (UTC's where it has none)."""
    try:
        return dt.datetime.fromtimestamp(stamp.ms / 1000).date()
    except (OverflowError, OSError, ValueError):
        return stamp_time(stamp).date()


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """Issues strictly increasing stamps; merges stamps received from elsewhere."""

    def __init__(self, high_water: Hlc = ZERO, now: Callable[[], int] = wall_ms) -> None:
        self._last = high_water
        self._now = now
        self._lead_ms = 0  # see trust_server_lead

    @property
    def high_water(self) -> Hlc:
        return self._last

    def wall(self) -> int:
        """This machine's wall clock, in milliseconds, as the clock reads it."""
        return self._now()

    def trust_server_lead(self, lead_ms: int) -> None:
        """The central server's clock was found `lead_ms` ahead of this one at connect.

        Stamps from elsewhere are then judged against this clock plus that lead (at
        most SERVER_SKEW_MS; none when this clock is ahead): without it, a laptop two
        minutes behind refused the pages of a colleague three minutes ahead, which
        the server had rightly taken, and anyone could keep it from syncing by
        pushing stamps at the server's own bound.
        """
        self._lead_ms = min(max(lead_ms, 0), SERVER_SKEW_MS)

    def check_remote(self, remote: Hlc) -> None:
        """StampAhead when a stamp from elsewhere is too far ahead to be believed."""
        check_not_ahead(remote, self._now() + self._lead_ms)

    def far_ahead_ms(self) -> int:
        """How far the high-water mark is beyond the bound (0 when within it).

        Non-zero only in a vault poisoned before stamps were bounded (or a wall clock
        set far back since): every local stamp would then be as far in the future.
        A pull from a server ahead of this clock may leave it up to SERVER_SKEW_MS
        further, which is not counted.
        """
        ahead = self._last.ms - self._now()
        return ahead if ahead > MAX_AHEAD_MS + SERVER_SKEW_MS else 0

    def reset(self, high_water: Hlc) -> None:
        """Only to repair a clock that ran far ahead (storage/clock_repair.py): stamps
        already issued above `high_water` must never be compared with new ones again."""
        self._last = high_water

    def tick(self) -> Hlc:
        """A stamp for a local event."""
        physical = self._now()
        stamp = Hlc(physical, 0) if physical > self._last.ms else self._bump(self._last)
        self._last = stamp
        return stamp

    def receive(self, remote: Hlc) -> Hlc:
        """Advance past a stamp seen on a change from another device.

        StampAhead, with the clock unchanged, for a stamp beyond the bound: callers
        check first and refuse the whole file or page; this is the last line.
        """
        physical = self._now()
        check_not_ahead(remote, physical + self._lead_ms)
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
