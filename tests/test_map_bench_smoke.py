"""The map benchmark still runs and still reports every figure (`--quick`, a few seconds)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench" / "map_bench.py"
MS = r"[\d,]+(?:\.\d+)? ms"
# A smoke run judges only what holds at any size; timing targets say NOT JUDGED
# (bench/verdicts.py). A FAIL anywhere fails the test.
VERDICT = "NOT JUDGED"

EXPECTED = {
    "open": rf"^open the tab, slowest of \d+ .*\s{MS}\s+{MS}\s+< 300 ms {VERDICT}$",
    "median open": rf"^\s+median open\s+{MS}\s+{MS}$",
    "drag": rf"^drag step, mean of \d+\s+{MS}\s+{MS}\s+< 16 ms {VERDICT}$",
    "drag spread": r"^\s+drag step, 95th percentile / slowest\s+[\d.]+ / [\d.]+ ms\s+[\d.]+ / [\d.]+ ms$",
    "drop": rf"^drop \(the drag written as one undo step\)\s+{MS}$",
    "undo": rf"^undo \d+ steps, total\s+{MS}\s+{MS}\s+\(baseline: one node\)$",
    "undo per step": r"^\s+per undo step, mean / slowest\s+[\d.]+ / [\d.]+ ms\s+[\d.]+ / [\d.]+ ms$",
    "cpu": r"^CPU time: open \(slowest\), drag step, undo\s+[\d.]+ / [\d.]+ / [\d.]+ ms\s+[\d.]+ / [\d.]+ / [\d.]+ ms$",
}


def test_quick_map_bench_prints_every_figure(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(BENCH), "--quick", "--dir", str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "300 nodes, 600 links, 50 dragged" in result.stdout
    assert "FAIL" not in result.stdout, result.stdout
    missing = [
        name
        for name, pattern in EXPECTED.items()
        if not re.search(pattern, result.stdout, flags=re.MULTILINE)
    ]
    assert not missing, f"figures missing: {missing}\n{result.stdout}"
    assert list(tmp_path.iterdir()) == []  # the temporary vault is gone
