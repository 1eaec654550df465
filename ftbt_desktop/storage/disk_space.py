"""Telling a full disk from damage: the same failed write looks like both to SQLite.

SQLite says "database or disk is full" (SQLITE_FULL) when a page write finds no
room, but a full disk met while mapping the shared-memory file at open comes
back as a plain "disk I/O error", which read as damage and sent the coordinator
to restore a backup that was not needed (issue 11). So a failed database step
also counts as a full disk when the folder's disk has almost no room left.
"""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

SQLITE_FULL_TEXT = "database or disk is full"
# Below this, SQLite cannot even make the write-ahead log's shared-memory file
# (32 KiB) and a page or two; a vault with less room is not damaged but stuck.
LOW_SPACE_BYTES = 1024 * 1024
FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def is_disk_full(exc: BaseException, folder: Path) -> bool:
    """Whether `exc`, raised working in `folder`, comes from a full disk (or quota)."""
    if isinstance(exc, OSError) and exc.errno in FULL_ERRNOS:
        return True
    if isinstance(exc, sqlcipher.DatabaseError):
        return SQLITE_FULL_TEXT in str(exc) or low_on_space(folder)
    return False


def low_on_space(folder: Path) -> bool:
    for place in (Path(folder), *Path(folder).parents):
        try:
            return shutil.disk_usage(place).free < LOW_SPACE_BYTES
        except OSError:
            continue  # not made yet: its parent's disk is the one that counts
    return False
