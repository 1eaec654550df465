"""The plan benchmark still runs and reports every tab (`--quick`, a few seconds)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench" / "plan_bench.py"
NUMBER = r"[\d,]+(?:\.\d+)?"
TIMED = rf"median\s+{NUMBER} ms\s+worst\s+{NUMBER} ms\s+target < 150 ms NOT JUDGED"


def test_quick_plan_bench_prints_a_figure_for_every_tab(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(BENCH), "--quick", "--dir", str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    # Timings are not judged at smoke size; a tab that does not show its data is a FAIL.
    assert "FAIL" not in result.stdout, result.stdout
    out = result.stdout
    assert re.search(
        r"^family: 40 goals, 300 steps, 500 ratings, 60 measures .*, 24 visits;", out, re.M
    ), out
    for title in (
        "Goals and plan",
        "… its Family plan",
        "Visits",
        "Measures",
        "Network and consent",
    ):
        assert re.search(rf"^\s+{title}\s+{TIMED}$", out, re.M), f"{title}:\n{out}"
    # Each figure is for the tab showing all of its data, not an empty page.
    assert "did not show" not in out
    assert list(tmp_path.iterdir()) == []  # the temporary vault is gone
