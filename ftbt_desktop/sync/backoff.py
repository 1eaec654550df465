"""When to try again after a failed sync: exponential, with jitter, capped.

Jitter keeps a whole office of laptops that lost the network together from
coming back in the same second. Half the delay is fixed and half random
("equal jitter"), so a retry never comes immediately.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass(slots=True)
class Backoff:
    base: float = 15.0  # seconds before the first retry (on average ¾ of this)
    cap: float = 15 * 60.0
    factor: float = 2.0
    attempts: int = 0
    rng: random.Random = field(default_factory=random.Random)

    def next_delay(self, at_least: float = 0.0) -> float:
        """The delay before the next attempt; counts this failure."""
        ceiling = min(self.cap, self.base * self.factor**self.attempts)
        self.attempts += 1
        delay = ceiling / 2 + self.rng.uniform(0, ceiling / 2)
        return max(delay, at_least)  # the server's own retry_after is honoured

    def reset(self) -> None:
        """After a sync that reached the server."""
        self.attempts = 0
