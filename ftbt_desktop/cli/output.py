"""Where a command's words go: standard output, or standard error for failures."""

from __future__ import annotations

import sys


def say(message: str, to_stderr: bool = False) -> None:
    print(message, file=sys.stderr if to_stderr else sys.stdout, flush=True)


def say_error(message: str) -> None:
    print(f"ftbt-desktop: {message}", file=sys.stderr, flush=True)
