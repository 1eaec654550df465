"""The families a wipe could not push, sealed in a file for the administrator.

A laptop obeying a wipe order (sync/wipe.py) may hold changes the server would not
take. They exist nowhere else, so before the vault is emptied they are written here:
each family's whole change log in the JSON export format (the held family's export,
export/held_export.py), sealed with the store's public key (core/sealing.py). The
laptop can no longer read the file; the administrator opens it with `ftbt-server
device open-sealed` and the family's new coordinator imports it. It lies in the data
folder (`sealed/`), which holds only encrypted files. No Qt.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path

from ftbt_desktop.core.sealing import seal
from ftbt_desktop.export.held_export import held_family_document
from ftbt_desktop.export.json_export import FORMAT, VERSION, dumps_document
from ftbt_desktop.storage.repository import Repository

SEALED_FOLDER = "sealed"
SUFFIX = ".ftbt-sealed"


def sealed_folder(data_dir: Path) -> Path:
    return Path(data_dir) / SEALED_FOLDER


def seal_families(repo: Repository, family_ids: Sequence[str], public_key: str) -> Path:
    """Write the families, sealed, into the data folder's `sealed/`; its path."""
    # All or nothing: a family that cannot be written (NotFound) fails the seal, and
    # the wipe then keeps every such family in the vault instead.
    families = []
    for family_id in family_ids:
        families.extend(held_family_document(repo, family_id)["families"])
    doc = {"format": FORMAT, "version": VERSION, "families": families}
    blob = seal(dumps_document(doc).encode("utf-8"), public_key)
    folder = sealed_folder(repo.vault.paths.data_dir)
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"wipe-{stamp}{SUFFIX}"
    partial = target.with_name(target.name + ".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(blob)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(partial, target)
    return target
