"""The scale bench (bench/sync_scale.py) still runs end to end at a tiny size, on the
test PostgreSQL: a small "million" (1,000 changes) and four laptops on two server
processes behind the round-robin proxy. Timings are not judged here; what must hold
at any size is: everything arrived, the progress total matched, nothing was lost."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench" / "sync_scale.py"
PG_ENV = "FTBT_TEST_POSTGRES_URL"


@pytest.mark.skipif(not os.environ.get(PG_ENV), reason=f"needs PostgreSQL ({PG_ENV})")
def test_scale_bench_runs_at_a_tiny_size(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(BENCH),
            "--million",
            "--window",
            "--changes",
            "1000",
            "--laptops",
            "4",
            "--minutes",
            "0.1",
            "--dir",
            str(tmp_path),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    out = result.stdout
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert re.search(r"initial sync of 1,000 changes: .* everything arrived: yes$", out, re.M), out
    # Then the window's sync of the same seed, told of the entities it wrote.
    assert re.search(
        r"\[postgresql, the window's sync\] initial sync of 1,000 changes: .* everything "
        r"arrived: yes$",
        out,
        re.M,
    ), out
    assert re.search(r"the window was told [1-9]\d* times, of [1-9][\d,]* entities", out), out
    assert re.search(
        r"progress: \d+ updates, with a total of 1,000 from the first .* PASS$", out, re.M
    )
    assert re.search(
        r"4 laptops: errors 0, accepted changes not in the store 0, .* 0  PASS$", out, re.M
    )
    assert re.search(
        r"audit log after the run: [\d,]+ entries chained, 0 left unchained, the chain "
        r"verifies: yes  PASS$",
        out,
        re.M,
    ), out
    # Every laptop's first push is the first round's, started together once all had
    # caught up.
    first = re.search(
        r"the first round, 4 pushes, started (\d+\.\d{3}) s after the start at the latest: "
        r"the last answered \d+\.\d{3} s after the start, .* the \d+ pushes after it: 95th "
        r"percentile \d+\.\d{3} s$",
        out,
        re.M,
    )
    assert first is not None, out
    assert float(first.group(1)) < 1.0
    assert re.search(
        r"CPU spent in the first round's 8 s \(of \d+ CPU-s on this machine\): servers "
        r"\d+\.\d s, the bench's laptops \d+\.\d s, the proxy \d+\.\d s, PostgreSQL \d+\.\d s$",
        out,
        re.M,
    ), out
    assert re.search(
        r"servers and PostgreSQL: \d+ ms of CPU per round \(a push and its pulls, 4 rounds\)",
        out,
    ), out
    # The per-second table has a row for each of the six seconds.
    assert len(re.findall(r"^\[postgresql\] +\d+ +\d+ +\d+\.\d{3} +\d+ ", out, re.M)) == 6
    assert "the run itself" not in out
    assert list(tmp_path.iterdir()) == []
