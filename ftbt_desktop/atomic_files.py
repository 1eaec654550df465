"""Writing a small file all at once, readable by its owner only (key files, settings).

Below storage/ and settings.py alike: both keep files that must never be half
written, and settings must not depend on the vault's key code for it.
"""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_FILE = 0o600  # owner only


def atomic_write(path: Path, data: bytes) -> None:
    """Replace `path` by `data` all at once, readable by the owner only."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    os.chmod(tmp, PRIVATE_FILE)  # a leftover .tmp keeps its old mode through O_CREAT
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open directories; rename is durable enough there.
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
