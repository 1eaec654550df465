"""The import benchmark still runs and prints every figure (`--quick`)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench" / "import_bench.py"

EXPECTED = [
    r"^file: 2,000 changes, \d+ MB, written in [\d.]+ s$",
    r"^streaming import, 2,000 changes: [\d.]+ s, peak memory \d+ MB, 2,000 changes written$",
    r"^file: 20,000 changes, \d+ MB, written in [\d.]+ s$",
    r"^streaming import, 20,000 changes: [\d.]+ s, peak memory \d+ MB, 20,000 changes written$",
    r"^baseline \(file parsed whole, then checked\), 2,000 changes: [\d.]+ s, peak memory \d+ MB$",
    r"^memory flat: peak for 20,000 / peak for 2,000 = [\d.]+x  target <= 1.5x PASS$",
    r"^streaming 20,000 changes below the baseline's peak for 2,000: .* NOT JUDGED$",
    r"^every change written: PASS$",
]


def test_quick_import_bench_prints_every_figure(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(BENCH), "--quick", "--dir", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(EXPECTED), result.stdout
    for pattern, line in zip(EXPECTED, lines, strict=True):
        assert re.match(pattern, line), (pattern, line)
    assert "FAIL" not in result.stdout
    assert not list(tmp_path.iterdir())  # the files and vaults are gone
