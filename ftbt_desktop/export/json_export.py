"""The JSON export and import of families (schema: docs/export-format.md). No Qt.

An export holds, per family, a readable snapshot (its fields and live
members) and the family's whole change log. The change log is the truth:
import applies only the changes, through the same merge rule as sync, so
importing a file twice, or into a vault that already holds part of it,
changes nothing that is already known. The snapshot must agree with the
changes (it is checked), so nobody edits a name in the file and believes the
import took it.

Later entity kinds (goals, map nodes, …) join by adding a `Section`: the
export, the check on import and the documented schema all follow from it.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields
from enum import Enum
from typing import Any

from ftbt_desktop.core.changes import DELETED, Change, ChangeFormatError, merge, state_from
from ftbt_desktop.core.clock import Hlc, StampAhead, check_not_ahead, wall_ms
from ftbt_desktop.core.entities import ENTITY_CLASSES
from ftbt_desktop.core.fields import ENTITY_RULES, InvalidField
from ftbt_desktop.core.fields import validate as validate_field
from ftbt_desktop.core.model import Family, member_sort_key
from ftbt_desktop.storage.clock_repair import superseded_ids
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.sync_state import SyncState

FORMAT = "ftbt-export"
VERSION = 1


@dataclass(frozen=True, slots=True)
class Section:
    """One kind of entity inside a family, exported as a list under `key`."""

    key: str
    entity_type: str
    model: type
    # Sort key for the list; None keeps the order in which entities were created.
    order: Callable[[Any], Any] | None = None

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in fields(self.model) if f.name not in ("id", "family_id"))


def plural(entity_type: str) -> str:
    """The list key of an entity kind: member → members, leisure_activity → leisure_activities."""
    if entity_type.endswith("y") and entity_type[-2:-1] not in ("a", "e", "i", "o", "u"):
        return entity_type[:-1] + "ies"
    return entity_type + "s"


# Members read best adults first, oldest first; the rest in the order they were made.
SORT_KEYS: dict[str, Callable[[Any], Any]] = {"member": member_sort_key}


def sections() -> tuple[Section, ...]:
    """Every registered entity kind but the family itself, in registry order."""
    return tuple(
        Section(plural(entity_type), entity_type, model, SORT_KEYS.get(entity_type))
        for entity_type, model in ENTITY_CLASSES.items()
        if entity_type != "family"
    )


FAMILY_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Family) if f.name != "id")


class ImportFormatError(ValueError):
    """The file is not an export this version can take. `code` and `params` let
    the caller word the reason in the user's language; str() is the English."""

    def __init__(self, code: str, message: str, **params: Any) -> None:
        self.code = code
        # Ids, keys and stamps quoted here come from the file: shown as text only.
        self.params = {name: _as_shown(value) for name, value in params.items()}
        shown = dict(self.params)
        if shown.get("family_id"):
            # Named by its place in the file and by its id, which search finds.
            shown["family"] = f"{shown['family']} (id {shown['family_id']})"
        super().__init__(message.format(**shown))


# The most of a quoted piece of the file a refusal shows (an id is 36 characters).
SHOWN_CHARS = 80


def _as_shown(value: Any) -> Any:
    """A piece of an import file as a refusal may quote it: its control and format
    characters written as escapes, and cut at SHOWN_CHARS. A crafted file named a family
    with terminal escape codes (colours, a window title: live on the command line) or
    right-to-left overrides, or with 3 MB of text, all quoted back as they were (an
    adversarial review)."""
    if not isinstance(value, str):
        return value
    cut = value[:SHOWN_CHARS]
    text = "".join(
        f"\\u{ord(char):04x}" if unicodedata.category(char)[0] in "CZ" and char != " " else char
        for char in cut
    )
    return text + ("…" if len(value) > SHOWN_CHARS else "")


@dataclass(frozen=True, slots=True)
class ImportReport:
    families: int
    changes: int
    new: int

    @property
    def known(self) -> int:
        return self.changes - self.new


# -- export ------------------------------------------------------------------


def export_document(repo: Repository, family_id: str | None = None) -> dict[str, Any]:
    """The export of every live family, or of one (NotFound when it is not there)."""
    if family_id is not None:
        families = [repo.family(family_id)]
    else:
        families = sorted(repo.list_families(), key=lambda f: (f.name.casefold(), f.name, f.id))
    return {
        "format": FORMAT,
        "version": VERSION,
        "families": [_export_family(repo, family.id) for family in families],
    }


def dumps_document(doc: Mapping[str, Any]) -> str:
    """The file's text: stable key order, UTF-8 friendly, one trailing newline."""
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _export_family(repo: Repository, family_id: str) -> dict[str, Any]:
    by_type = {
        entity_type: repo.entities(family_id, entity_type)
        for entity_type in ("family", *(s.entity_type for s in sections()))
    }
    # Changes the central server refused are no part of the family's record: its
    # state ignores them, so the file would not import with them (they stay in the
    # vault's history; export/held_export.py hands them on when a family is held).
    refused = {r.change.change_id for r in SyncState(repo).refused(family_id)}
    # Nor are changes written again with a fresh stamp by the clock repair: the
    # replacement carries the value, the original's stamp is accepted nowhere.
    refused |= superseded_ids(repo.vault, family_id)
    changes = [c for c in repo.changes(family_id) if c.change_id not in refused]
    return render_family(family_id, by_type, changes)


def render_family(
    family_id: str,
    by_type: Mapping[str, Mapping[str, Mapping[str, Any]]],
    changes: Iterable[Change],
) -> dict[str, Any]:
    """A family as exported, from its live entities (type → id → fields) and its log."""
    log = sorted(changes, key=lambda c: c.order_key)
    created: dict[str, int] = {}
    for position, change in enumerate(log):
        created.setdefault(change.entity_id, position)
    family = Family.from_fields(family_id, by_type["family"][family_id])
    out: dict[str, Any] = {"id": family_id}
    out.update({name: _plain(getattr(family, name)) for name in FAMILY_FIELDS})
    for section in sections():
        items = [
            _render_entity(section, family_id, entity_id, values)
            for entity_id, values in by_type.get(section.entity_type, {}).items()
        ]
        items.sort(key=lambda item: (item[0], created.get(item[1]["id"], -1), item[1]["id"]))
        out[section.key] = [entity for _, entity in items]
    out["changes"] = [c.to_dict() for c in log]
    return out


def _render_entity(
    section: Section, family_id: str, entity_id: str, values: Mapping[str, Any]
) -> tuple[Any, dict[str, Any]]:
    """(sort key, exported entity). An entity whose required fields were never
    written (possible mid-sync) is exported as its raw fields rather than lost."""
    try:
        entity = section.model.from_fields(entity_id, {**values, "family_id": family_id})
    except (TypeError, ValueError):
        raw = {k: values[k] for k in sorted(values) if k != DELETED}
        return ((), {"id": entity_id, **raw})
    order = section.order(entity) if section.order is not None else ()
    return (order, {"id": entity_id, **{n: _plain(getattr(entity, n)) for n in section.fields}})


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


# -- import ------------------------------------------------------------------


def parse_document(data: bytes) -> Any:
    """The JSON in a file's bytes, or ImportFormatError."""
    try:
        return json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        # ValueError: not UTF-8, not JSON, or a number past the 4,300 digits Python
        # reads; RecursionError: nested deeper than its decoder goes (no export is).
        raise ImportFormatError("not_json", "the file is not JSON text") from None


def import_document(repo: Repository, doc: Any) -> ImportReport:
    """Check the whole document, then merge its changes (nothing is written if a check fails).

    For a parsed document; a file is imported as a stream (json_import.py)."""
    changes = validate_document(doc, now_ms=repo.clock.wall())
    families = doc["families"]
    for position, family in enumerate(families, start=1):
        check_vault_labels(repo, family["changes"], position, family["id"])
    applied = repo.apply_changes(changes, origin="import")
    return ImportReport(families=len(families), changes=len(changes), new=len(applied.changes))


def check_vault_labels(
    repo: Repository, raws: list[dict[str, Any]], position: int, family_id: str
) -> None:
    """ImportFormatError unless each entity the vault has keeps its family and kind: as
    the server does, an entity's first change fixes them, so a file cannot overwrite
    another family's data. (Within the file, DocumentCheck has checked the same.)"""
    known = repo.entity_labels({raw["entity_id"] for raw in raws})
    for index, raw in enumerate(raws, start=1):
        label = known.get(raw["entity_id"])
        if label is not None and label != (raw["entity_type"], raw["family_id"]):
            raise foreign_change(position, index, family_id)


def foreign_change(position: int, index: int, family_id: str) -> ImportFormatError:
    return ImportFormatError(
        "foreign_change",
        "family {family}, change {change} belongs to another family",
        family=position,
        change=index,
        family_id=family_id,
    )


def validate_document(doc: Any, now_ms: int | None = None) -> list[Change]:
    """Every change of the document in clock order, or ImportFormatError naming what is wrong.

    A change stamped more than MAX_AHEAD_MS ahead of this computer's clock (`now_ms`,
    the wall clock by default) refuses the file (DESIGN §9): merged, it would win
    over every later edit, and the clock it advanced would stamp every later local
    edit as far ahead, which the server refuses.
    """
    check = DocumentCheck(now_ms)
    if not isinstance(doc, dict):
        raise ImportFormatError("not_export", "the file is not an FTBT export")
    check.header(doc)
    families = doc.get("families")
    if not isinstance(families, list):
        raise ImportFormatError("bad_families", "the file has no list of families")
    every: list[Change] = []
    for position, family in enumerate(families, start=1):
        every.extend(check.family(family, position))
    return sorted(every, key=lambda c: c.order_key)


class DocumentCheck:
    """The checks of one export, family by family, keeping only what spans families:
    the family ids, a digest of each change id, each entity's family and kind (as
    its first change in the file says), and the newest stamp."""

    def __init__(self, now_ms: int | None = None) -> None:
        self.now = wall_ms() if now_ms is None else now_ms
        self.families = 0
        self.changes = 0
        self.newest = ""
        self._family_ids: set[str] = set()
        self._change_ids: set[int] = set()
        self._labels: dict[str, tuple[str, str]] = {}

    def header(self, values: Mapping[str, Any]) -> None:
        if values.get("format") != FORMAT:
            raise ImportFormatError("not_export", "the file is not an FTBT export")
        version = values.get("version")
        if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
            raise ImportFormatError(
                "newer_version",
                "the file was made by a newer FTBT Desktop (format version {version})",
                version=version,
            )
        if version != VERSION or isinstance(version, bool):
            raise ImportFormatError("bad_version", "the file has an unknown format version")

    def family(self, family: Any, position: int) -> list[Change]:
        """The family's changes, checked (ImportFormatError naming the family otherwise)."""
        family_id = _family_id(family, position)
        if family_id in self._family_ids:
            raise ImportFormatError(
                "duplicate_family",
                "family {family} appears twice",
                family=position,
                family_id=family_id,
            )
        self._family_ids.add(family_id)
        changes = [
            _change(raw, family_id, position, index, self.now)
            for index, raw in enumerate(family["changes"], start=1)
        ]
        for index, change in enumerate(changes, start=1):
            # 8 bytes of a hash per change rather than its id: a file of a million
            # changes keeps a set of ints, not of strings.
            digest = int.from_bytes(
                hashlib.blake2b(change.change_id.encode(), digest_size=8).digest(), "big"
            )
            if digest in self._change_ids:
                raise ImportFormatError(
                    "duplicate_change",
                    "change {change_id} appears twice",
                    change_id=change.change_id,
                )
            self._change_ids.add(digest)
            label = self._labels.setdefault(change.entity_id, (change.entity_type, family_id))
            if label != (change.entity_type, change.family_id):
                raise foreign_change(position, index, family_id)
            self.newest = max(self.newest, change.hlc)
        _check_snapshot(family, family_id, position, changes)
        self.families += 1
        self.changes += len(changes)
        return changes


def _family_id(family: Any, position: int) -> str:
    if (
        not isinstance(family, dict)
        or not isinstance(family.get("id"), str)
        or not family["id"]
        or not isinstance(family.get("changes"), list)
    ):
        raise ImportFormatError(
            "bad_family",
            "family {family} lacks an id or a list of changes",
            family=position,
        )
    return family["id"]


def _change(raw: Any, family_id: str, position: int, index: int, now_ms: int) -> Change:
    where = {"family": position, "change": index, "family_id": family_id}
    if not isinstance(raw, dict):
        raise ImportFormatError(
            "bad_change",
            "family {family}, change {change}: {detail}",
            detail="not an object",
            **where,
        )
    try:
        change = Change.from_dict(raw)
    except ChangeFormatError as exc:
        raise ImportFormatError(
            "bad_change", "family {family}, change {change}: {detail}", detail=str(exc), **where
        ) from None
    try:
        check_not_ahead(Hlc.decode(change.hlc), now_ms)
    except StampAhead as exc:
        raise ImportFormatError(
            "stamped_ahead",
            "family {family}, change {change} is stamped {ahead_ms} ms ahead of this "
            "computer's clock",
            ahead_ms=exc.ahead_ms,
            **where,
        ) from None
    if change.family_id != family_id or (
        change.entity_type == "family" and change.entity_id != family_id
    ):
        raise ImportFormatError(
            "foreign_change",
            "family {family}, change {change} belongs to another family",
            **where,
        )
    if change.entity_type not in ENTITY_RULES:
        raise ImportFormatError(
            "unknown_kind",
            "family {family}, change {change}: unknown kind of data '{kind}' "
            "(made by a newer FTBT Desktop?)",
            kind=change.entity_type,
            **where,
        )
    try:
        normal = validate_field(change.entity_type, change.field, change.value)
    except InvalidField:
        normal = _INVALID
    if normal != change.value:
        raise ImportFormatError(
            "invalid_value",
            "family {family}, change {change}: not a valid value for '{field}'",
            field=f"{change.entity_type}.{change.field}",
            **where,
        )
    return change


_INVALID = object()


def _as_filed(expected: Any, filed: Any) -> Any:
    """`expected` (a section's items) with only the keys each filed item has; an item's
    id is always compared."""
    if not (isinstance(expected, list) and isinstance(filed, list)) or len(expected) != len(filed):
        return expected
    projected = []
    for want, have in zip(expected, filed, strict=True):
        if isinstance(want, dict) and isinstance(have, dict):
            want = {k: v for k, v in want.items() if k in have or k == "id"}
        projected.append(want)
    return projected


def _check_snapshot(
    family: Mapping[str, Any], family_id: str, position: int, changes: list[Change]
) -> None:
    """The family's readable part must be what its changes say."""
    by_type: dict[str, dict[str, dict[str, Any]]] = {}
    for entity_id, values in state_from(merge(changes)).items():
        entity_type = values.pop("_type")
        if not values.get(DELETED):
            by_type.setdefault(entity_type, {})[entity_id] = values
    if family_id not in by_type.get("family", {}) or "name" not in by_type["family"][family_id]:
        raise ImportFormatError(
            "no_family_entity",
            "family {family} has no name in its change history",
            family=position,
            family_id=family_id,
        )
    expected = render_family(family_id, by_type, changes)
    # Keys a file does not have are not compared, so files from before a
    # section existed still import; nor fields its items do not have, so files
    # from before a field was added to a kind (a consent's givers) still import.
    for key, value in expected.items():
        if key != "changes" and key in family and family[key] != _as_filed(value, family[key]):
            raise ImportFormatError(
                "mismatch",
                "family {family}: '{key}' does not match the family's change history",
                family=position,
                key=key,
                family_id=family_id,
            )
