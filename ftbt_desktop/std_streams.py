"""Standard streams for a process that was started without them.

A windowed Windows executable (the bundle's `FTBTDesktop.exe`, docs/bundle.md)
has no console: Python sets `sys.stdout` and `sys.stderr` to None, and the
first `print` or log line would raise. Pointing a missing stream at the null
device keeps the app and the commands running; their words are simply not
seen there (the console executable `ftbt-desktop.exe` is the one for commands).
"""

from __future__ import annotations

import os
import sys
from typing import TextIO

# Opened once and kept: the streams live as long as the process.
_opened: list[TextIO] = []


def ensure_std_streams() -> list[str]:
    """Give a missing stdout/stderr a null-device stream; the names of those replaced."""
    replaced = []
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            stream = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives with the process
            _opened.append(stream)
            setattr(sys, name, stream)
            replaced.append(name)
    return replaced
