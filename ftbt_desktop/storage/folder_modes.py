"""The data folder is the coordinator's alone (POSIX modes; an access list on Windows).

New folders are made 0700 (storage/vault.py, folder_lock.py). A folder that
already existed keeps whatever mode it had: made by hand, by an installer, or
by an older version, it may let every account on the computer list it and copy
the vault's files to guess passphrases against them at leisure. So the app and
every command tighten it to 0700 when they take it; a folder this account
cannot change (it belongs to another account) is refused, with a message that
says so, rather than used.

Windows has no such modes: there the folder's access list is set to this account
(plus SYSTEM and Administrators) by storage/folder_acl.py, at the same moments,
and a folder whose list cannot be set is refused the same way.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ftbt_desktop.storage import folder_acl
from ftbt_desktop.storage.errors import FolderNotPrivate

PRIVATE_DIR = 0o700


def make_private(
    data_dir: Path, *, system: str = os.name, acl_runner: folder_acl.Runner | None = None
) -> None:
    """Take group's and others' access away from an existing data folder (0755 becomes
    0700; the owner's own bits are kept, never added to); a missing folder is left to be
    made. Raises FolderNotPrivate when the mode cannot be changed (on Windows its
    subclass FolderAclNotSet, when the access list cannot be set).

    `system` and `acl_runner` let a test on Linux follow the Windows path."""
    try:
        mode = stat.S_IMODE(os.stat(data_dir).st_mode)
    except FileNotFoundError:
        return
    if system == "nt":
        folder_acl.make_owner_only(data_dir, acl_runner)
        return
    if system != "posix":
        return
    if not mode & 0o077:
        return
    try:
        os.chmod(data_dir, mode & PRIVATE_DIR)
    except OSError as exc:
        raise FolderNotPrivate(str(data_dir), mode) from exc
