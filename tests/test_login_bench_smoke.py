"""The sign-in benchmark still runs end to end and prints its figures (small flood, SQLite).

Timings are not judged here; what must hold on any machine is: every answer of the
flood is a refusal (401 wrong password or 503 busy), and the real sign-ins and the
pull during the flood succeed.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench" / "login_bench.py"


def test_login_bench_prints_baseline_and_flood_figures() -> None:
    result = subprocess.run(
        [sys.executable, str(BENCH), "--flood", "20"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    baseline = next(line for line in lines if "baseline, no flood" in line)
    assert re.search(r"known device \d+\.\d\d s \(median of 5; 200: 5\)", baseline), baseline
    flood = next(line for line in lines if "during a flood of 20 bogus" in line)
    answers = re.search(r"answers ([^;]+);", flood)
    assert answers is not None, flood
    assert set(re.findall(r"(\d{3}): \d+", answers.group(1))) <= {"401", "503"}, flood
    assert re.search(r"known device \d+\.\d\d s \(200;", flood), flood
    assert re.search(r"pull \d+\.\d\d s \(200;", flood), flood
