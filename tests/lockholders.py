"""Second processes for the one-writer tests: a real app, or a plain lock holder."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from clitools import cli_env

LOCK_NAME = "ftbt.lock"
# How long a second process may take to start and take the folder (Qt start-up on a
# busy two-core machine); a wait for a state, never a timing assertion.
START_WAIT_S = 90.0

HOLDER_SCRIPT = (
    "import sys\n"
    "from ftbt_desktop.storage.folder_lock import FolderLock\n"
    "lock = FolderLock(sys.argv[1], sys.argv[2])\n"
    "lock.acquire()\n"
    "print('held', flush=True)\n"
    "sys.stdin.read()\n"
)


def start_holder(data_dir: Path, kind: str = "ftbt-desktop sync") -> subprocess.Popen[str]:
    """A process holding the folder's lock until its standard input closes."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER_SCRIPT, str(data_dir), kind],
        env=cli_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "held"
    return proc


def start_app(data_dir: Path) -> subprocess.Popen[bytes]:
    """The real app (`ftbt-desktop --data-dir DIR`) in a process of its own, offscreen."""
    return subprocess.Popen(
        [sys.executable, "-m", "ftbt_desktop", "--data-dir", str(data_dir)],
        env=cli_env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def wait_until_holding(data_dir: Path, proc: subprocess.Popen[bytes]) -> None:
    """Until `proc` has written its note into the folder's lock file."""
    deadline = time.monotonic() + START_WAIT_S
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"the second process ended ({proc.returncode})"
        try:
            note = json.loads((data_dir / LOCK_NAME).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            note = {}
        if note.get("pid") == proc.pid:
            return
        time.sleep(0.1)
    raise AssertionError("the second process never took the data folder")


def stop(proc: subprocess.Popen[str] | subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout=60)
    for stream in (proc.stdin, proc.stdout):
        if stream is not None:
            stream.close()
