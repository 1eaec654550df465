"""The files a command writes: never in the data folder, and whole or not at all."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from ftbt_desktop.cli import messages
from ftbt_desktop.cli.errors import CommandFailed
from ftbt_desktop.cli.exit_codes import ExitCode


def refuse_inside_data_dir(target: Path, data_dir: Path) -> None:
    """The data folder holds only encrypted files; a plaintext export there would sit
    beside the vault, in its backups' reach and unnoticed."""
    if _inside(target, data_dir):
        raise CommandFailed(ExitCode.FILE_ERROR, messages.export_inside_data_dir(data_dir))


def write_output(target: Path | None, text: str) -> None:
    """Standard output, or the file via a partial file and an atomic rename, readable
    only by the user (the export holds personal data)."""
    if target is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    partial = target.with_name(target.name + ".partial")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise CommandFailed(
            ExitCode.FILE_ERROR,
            messages.cannot_write(target, exc.strerror or type(exc).__name__),
        ) from None


def _inside(target: Path, folder: Path) -> bool:
    try:
        return target.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False
