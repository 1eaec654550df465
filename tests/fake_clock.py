"""A monotonic clock for tests: it moves only when told, so no test sleeps for time to pass."""

from __future__ import annotations


class FakeClock:
    """Monotonic seconds, as `time.monotonic` gives them."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, ms: int) -> None:
        self.now += ms / 1000
