"""The vault benchmark still runs and still reports every figure (`--quick`, a few seconds)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench" / "vault_bench.py"
NUMBER = r"[\d,]+(?:\.\d+)?"
# A smoke run judges only what holds at any size; timing targets say NOT JUDGED
# (bench/verdicts.py). A FAIL anywhere fails the test.
TIMING = "NOT JUDGED"


def _expected_lines() -> dict[str, str]:
    lines = {}
    for n in ("1,000", "5,000"):
        rate = rf"{NUMBER} c/s\s+{NUMBER} c/s\s+{NUMBER}x\s+<= 2x {TIMING}"
        lines[f"user ops {n}"] = (
            rf"^\s*{n}\s+write, user ops \(write\(\), {NUMBER} changes/txn\)\s+{rate}$"
        )
        lines[f"bulk {n}"] = rf"^\s*{n}\s+write, bulk \(apply_changes, 1,000/txn\)\s+{rate}$"
        lines[f"full read {n}"] = (
            rf"^\s*{n}\s+full read \(log \+ rebuilt state \+ entities\)\s+"
            rf"{NUMBER} ms\s+{NUMBER} ms\s+{NUMBER}x\s+-$"
        )
        lines[f"size {n}"] = (
            rf"^\s*{n}\s+database file size\s+{NUMBER} MB\s+{NUMBER} MB\s+{NUMBER}x\s+-$"
        )
    lines["family open"] = (
        rf"open \(family_view \+ history \+ entities\).*: {NUMBER} ms .*target < 100 ms {TIMING}$"
    )
    lines["page verification"] = (
        rf"page verification, .*verify=True {NUMBER} ms, verify=False {NUMBER} ms, "
        rf"the check costs -?{NUMBER} ms$"
    )
    lines["lock"] = (
        rf"lock after an edit, .*: the UI thread waited {NUMBER} ms before .*, "
        rf"{NUMBER} ms now \(the backup and close take {NUMBER} ms on the worker\)$"
    )
    lines["kdf params"] = (
        rf"tuned Argon2id: m={NUMBER} MiB, t=\d+, p=\d+; .*OWASP's minimum.*: PASS$"
    )
    lines["unlock"] = (
        rf"unlock \(Vault\.open.*\): {NUMBER} s \(KDF alone {NUMBER} s\)\s+target 0\.3-1\.0 s {TIMING}$"
    )
    lines["rekey"] = (
        rf"re-key of the {NUMBER}-change vault \({NUMBER} MB\): {NUMBER} s \(copy and check "
        rf"under the new key {NUMBER} s, swap and new backup -?{NUMBER} s\)$"
    )
    return lines


def test_quick_bench_prints_every_figure(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "FTBT_KDF_PROFILE"}
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
    missing = [
        name
        for name, pattern in _expected_lines().items()
        if not re.search(pattern, result.stdout, flags=re.MULTILINE)
    ]
    assert not missing, f"figures missing: {missing}\n{result.stdout}"
    assert "FAIL" not in result.stdout, result.stdout
    # The temporary vaults are gone afterwards.
    assert list(tmp_path.iterdir()) == []
