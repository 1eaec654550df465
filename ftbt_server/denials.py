"""How many refusals reach the audit log: all of a few, a sample of a flood.

Every refused token and every refused sign-in is audit-worthy, but a client
sending thousands of forged tokens must not be able to fill the log (and the
disk under it). So each server process writes at most PER_ADDRESS refusals per
client address and TOTAL in all per minute; the rest are counted, and the
count goes into the `suppressed` count of the next entry written for that
address. Counted per process: with several processes behind a load balancer
the log holds at most that many times as many.
"""

from __future__ import annotations

import threading

WINDOW_MS = 60_000
PER_ADDRESS = 5
TOTAL = 60
# Addresses whose skipped refusals are remembered; beyond this they are dropped.
MAX_REMEMBERED = 10_000


class DenialLog:
    def __init__(
        self, per_address: int = PER_ADDRESS, total: int = TOTAL, window_ms: int = WINDOW_MS
    ) -> None:
        self.per_address = per_address
        self.total = total
        self.window_ms = window_ms
        self._lock = threading.Lock()
        self._start = 0
        self._written: dict[str, int] = {}
        self._written_total = 0
        self._skipped: dict[str, int] = {}

    def admit(self, client_addr: str, now_ms: int) -> int | None:
        """None: do not write this one. Else write it, with this many skipped before it."""
        with self._lock:
            if now_ms - self._start >= self.window_ms or now_ms < self._start:
                self._start = now_ms
                self._written.clear()
                self._written_total = 0
            written = self._written.get(client_addr, 0)
            if written >= self.per_address or self._written_total >= self.total:
                if client_addr in self._skipped or len(self._skipped) < MAX_REMEMBERED:
                    self._skipped[client_addr] = self._skipped.get(client_addr, 0) + 1
                return None
            self._written[client_addr] = written + 1
            self._written_total += 1
            return self._skipped.pop(client_addr, 0)
