"""Importing an export file as a stream, in two passes (no Qt).

The first pass (`check_file`) reads the file family by family and checks
everything that needs no vault (json_export.DocumentCheck): it runs before the
passphrase is asked for, so a bad file needs no unlocking. The second
(`import_file`) reads it again, checks each family against the vault (an
entity keeps its family and kind) and merges its changes — all in one
transaction, so a failure anywhere, or a file that changed since the first
pass (its SHA-256 differs), leaves the vault as it was. Memory holds one
family and the small sets DocumentCheck keeps, never the file
(bench/import_bench.py measures it).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ftbt_desktop.core.changes import Change
from ftbt_desktop.core.clock import Hlc
from ftbt_desktop.export.json_export import (
    DocumentCheck,
    ImportFormatError,
    ImportReport,
    check_vault_labels,
)
from ftbt_desktop.export.json_stream import (
    ExportHeader,
    ExportReader,
    KeysAfterFamilies,
    NotAnObject,
    NotJson,
)
from ftbt_desktop.storage.repository import Repository


@dataclass(frozen=True, slots=True)
class CheckedFile:
    path: Path
    families: int
    changes: int
    newest: str  # the greatest stamp in the file ("" when none)
    digest: str  # SHA-256 of the bytes checked


def check_file(path: Path, now_ms: int | None = None) -> CheckedFile:
    """Every check that needs no vault, one family in memory at a time.

    ImportFormatError names what is wrong; OSError when the file cannot be read."""
    check = DocumentCheck(now_ms)
    with open(path, "rb") as raw:
        reader = ExportReader(raw)
        for position, family in _families(reader, check):
            check.family(family, position)
    assert reader.digest is not None
    return CheckedFile(path, check.families, check.changes, check.newest, reader.digest)


def import_file(repo: Repository, checked: CheckedFile) -> ImportReport:
    """Merge the checked file's changes into the vault, all or nothing."""
    if checked.newest:
        repo.clock.check_remote(Hlc.decode(checked.newest))
    new = 0
    with repo.vault.transaction(), open(checked.path, "rb") as raw:
        reader = ExportReader(raw)
        try:
            for position, family in _families(reader, None):
                raws = family["changes"]
                check_vault_labels(repo, raws, position, family["id"])
                changes = [Change.from_dict(item) for item in raws]
                new += len(repo.apply_changes(changes, origin="import").changes)
        except (ImportFormatError, OSError):
            raise
        except Exception:
            raise _changed() from None
        if reader.digest != checked.digest:
            raise _changed()
    return ImportReport(families=checked.families, changes=checked.changes, new=new)


def _families(reader: ExportReader, check: DocumentCheck | None) -> Any:
    """(position, family) of each family; the header checked first when `check` is given."""
    position = 0
    try:
        for item in reader:
            if isinstance(item, ExportHeader):
                if check is not None:
                    check.header(item.values)
                    if not item.has_families:
                        raise ImportFormatError("bad_families", "the file has no list of families")
                continue
            position += 1
            yield position, item
    except NotAnObject:
        raise ImportFormatError("not_export", "the file is not an FTBT export") from None
    except KeysAfterFamilies:
        raise ImportFormatError(
            "after_families", "the file goes on after its list of families"
        ) from None
    except NotJson:
        raise ImportFormatError("not_json", "the file is not JSON text") from None


def _changed() -> ImportFormatError:
    return ImportFormatError("changed", "the file changed while it was being imported")
