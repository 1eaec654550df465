"""How a bench says whether a target was met.

A full run judges every target. A smoke run (`--quick`) is too small and too
short for timing targets on a shared machine, so those print NOT JUDGED; only
targets that hold at any size (nothing lost, a security floor, a limit far above
the smoke-sized figure) are judged there. The smoke tests
(tests/test_*bench_smoke.py) then fail on any FAIL: a judged target is a promise.
"""

from __future__ import annotations

NOT_JUDGED = "NOT JUDGED"


def verdict(ok: bool, judged: bool = True) -> str:
    if not judged:
        return NOT_JUDGED
    return "PASS" if ok else "FAIL"
