"""The app and its commands run without standard output and error.

A windowed Windows executable (the bundle's FTBTDesktop.exe) starts with
`sys.stdout` and `sys.stderr` set to None. Each case runs `ftbt_desktop`'s
`main` in a fresh interpreter with both streams None, the way Windows starts
it, and checks the exit code the command documents (a crash would be 1 with a
traceback nobody sees). The GUI case also proves the first-paint probe the
bundle's smoke test relies on (ftbt_desktop/ui/first_paint.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ftbt_desktop.cli.exit_codes import ExitCode
from ftbt_desktop.ui.first_paint import REPORT_ENV

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "streams-test-passphrase-4"


def run_without_streams(args: list[str], extra_env: dict[str, str] | None = None) -> int:
    program = (
        "import sys\n"
        "sys.stdout = None\n"
        "sys.stderr = None\n"
        "from ftbt_desktop.__main__ import main\n"
        f"sys.exit(main({args!r}))\n"
    )
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "FTBT_PASSPHRASE": PASSPHRASE,
        **(extra_env or {}),
    }
    result = subprocess.run(
        [sys.executable, "-c", program], env=env, capture_output=True, timeout=180
    )
    return result.returncode


def test_a_usage_error_is_reported_without_streams(tmp_path: Path) -> None:
    # The usage message is written to sys.stderr directly, which raised on None.
    assert run_without_streams(["export", "--data-dir", str(tmp_path)]) == ExitCode.USAGE


def test_version_and_a_missing_vault_without_streams(tmp_path: Path) -> None:
    assert run_without_streams(["--version"]) == 0
    assert run_without_streams(["check", "--data-dir", str(tmp_path / "none")]) == (
        ExitCode.NO_VAULT
    )


@pytest.mark.slow
def test_commands_and_the_window_run_without_streams(tmp_path: Path) -> None:
    data = tmp_path / "data"
    report = tmp_path / "first-paint.txt"
    probe = {REPORT_ENV: str(report)}
    assert run_without_streams(["--data-dir", str(data)], probe) == 0
    assert report.read_text(encoding="utf-8") == "CreateVaultPage\n"
    assert run_without_streams(["demo", "--data-dir", str(data)]) == 0
    assert run_without_streams(["check", "--data-dir", str(data)]) == 0
    # The export written to standard output, which is the null device here.
    assert run_without_streams(["export", "--data-dir", str(data), "-o", "-"]) == 0
    assert run_without_streams(["--data-dir", str(data)], probe) == 0
    assert report.read_text(encoding="utf-8") == "UnlockPage\n"
