"""Read and write entities through the change log.

Every write is an *operation*: it turns the user's action into field changes,
stamps each with the hybrid logical clock, appends them to the log and
updates the current state by the merge rule — all in one transaction with
the clock's high-water mark — and returns a `ChangeSet` saying what changed.
Changes that come from elsewhere (an import, later sync) go through
`apply_changes`, which keeps the log append-only and idempotent by change id.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from ftbt_desktop.core.changes import DELETED, Change, new_change_id
from ftbt_desktop.core.clock import ZERO, Hlc, HybridClock, is_canonical, stamp_time
from ftbt_desktop.core.entities import ENTITY_CLASSES, is_whole
from ftbt_desktop.core.model import Family, FamilyStatus, Member, MemberRole, validate
from ftbt_desktop.storage.clock_repair import ClockRepair, repair_clock
from ftbt_desktop.storage.errors import Incomplete, NotFound
from ftbt_desktop.storage.merge import CHANGE_COLUMNS, apply_to_state, change_values, row_to_change
from ftbt_desktop.storage.value_repair import set_aside_unfit_values
from ftbt_desktop.storage.vault import Vault

# Entities without a name whose own words name them in history (a goal, a step).
WORDS_AS_LABEL = frozenset({("goal", "text"), ("step", "what")})


@dataclass(frozen=True, slots=True)
class Edit:
    entity_type: str
    entity_id: str
    family_id: str
    field: str
    value: Any


class Origin(StrEnum):
    """Where a change set came from; the values are the change log's `origin` column."""

    LOCAL = "local"  # an edit on this laptop
    SYNC = "sync"  # pulled from the server
    IMPORT = "import"  # read from a JSON export


# An entity written: (family id, entity type, entity id).
Touched = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """What one operation changed: views refresh from this.

    `initiator` is whoever asked for the change (a widget, the sync), opaque to
    storage: a view tells its own change apart by it instead of by identity."""

    changes: tuple[Change, ...] = ()
    primary_id: str | None = None
    origin: Origin = Origin.LOCAL
    initiator: object | None = field(default=None, compare=False)
    # Entities written whose changes are not kept here: what a sync's pull wrote comes
    # as only this, since a view asks which families, types and entities changed, never
    # the values (it reads them from the vault). Kept as changes, a span of a new
    # laptop's first pull held about 1 KB a change until the window was told of it.
    touched: frozenset[Touched] = frozenset()
    # The families and types of `touched`, worked out once: every view asks, some twice,
    # and a span's entities are many (a dozen asks of 50,000 took 120 ms of the window).
    _touched_families: frozenset[str] = field(init=False, repr=False, compare=False)
    _touched_types: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        touched = self.touched
        object.__setattr__(self, "_touched_families", frozenset(t[0] for t in touched))
        object.__setattr__(self, "_touched_types", frozenset(t[1] for t in touched))

    def initiated_by(self, initiator: object | None) -> ChangeSet:
        """The same changes, tagged with who asked for them."""
        return replace(self, initiator=initiator)

    @property
    def family_ids(self) -> frozenset[str]:
        if not self.changes:
            return self._touched_families
        return frozenset(c.family_id for c in self.changes) | self._touched_families

    @property
    def entity_types(self) -> frozenset[str]:
        if not self.changes:
            return self._touched_types
        return frozenset(c.entity_type for c in self.changes) | self._touched_types

    def entities(self, family_id: str) -> set[tuple[str, str]]:
        """(entity type, entity id) of each entity of the family written, however told."""
        found = {(c.entity_type, c.entity_id) for c in self.changes if c.family_id == family_id}
        found.update((t[1], t[2]) for t in self.touched if t[0] == family_id)
        return found

    def all_touched(self) -> set[Touched]:
        """Every entity written, as `touched` holds them (its own and its changes')."""
        return {touched_by(c) for c in self.changes} | self.touched

    def __bool__(self) -> bool:
        return bool(self.changes) or bool(self.touched)


def touched_by(change: Change) -> Touched:
    return (change.family_id, change.entity_type, change.entity_id)


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    change: Change
    when: dt.datetime
    old_value: Any
    new_value: Any
    entity_label: str
    current: bool  # this change is the field's value now


@dataclass(frozen=True, slots=True)
class FamilyView:
    family: Family
    members: list[Member] = field(default_factory=list)


# Called with the repository and the validated edits before a local write; raises to
# refuse it (storage/roles.py: a supervisor writes only reviews). Never for apply_changes.
WriteGuard = Callable[["Repository", Sequence[Edit]], None]


class Repository:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.write_guard: WriteGuard | None = None
        high_water = vault.get_meta("hlc")
        # Only the one stamp syntax is believed; an unreadable mark is rebuilt below.
        self.clock = HybridClock(Hlc.decode(high_water) if is_canonical(high_water) else ZERO)
        device = vault.get_meta("device_id")
        if device is None:
            device = str(uuid.uuid4())
            vault.set_meta("device_id", device)
        self.device_id = device
        # A clock an earlier version let run far ahead is put right before any write.
        self.clock_repair: ClockRepair | None = repair_clock(self)
        # Values an earlier server let through never reach a report or an export.
        self.values_set_aside = set_aside_unfit_values(self)

    # -- who ---------------------------------------------------------------

    @property
    def user_id(self) -> str:
        return self.vault.get_meta("user_name") or _os_user()

    def set_user_name(self, name: str) -> None:
        self.vault.set_meta("user_name", name.strip() or _os_user())

    # -- generic write path ------------------------------------------------

    def write(self, edits: Sequence[Edit], primary_id: str | None = None) -> ChangeSet:
        """Validate, stamp, log and apply a user's edits as one transaction."""
        normalised = [
            Edit(
                e.entity_type,
                e.entity_id,
                e.family_id,
                e.field,
                validate(e.entity_type, e.field, e.value),
            )
            for e in edits
        ]
        if not normalised:
            return ChangeSet(primary_id=primary_id)
        if self.write_guard is not None:
            self.write_guard(self, normalised)
        user = self.user_id
        written: list[Change] = []
        with self.vault.transaction() as conn:
            for edit in normalised:
                change = Change(
                    change_id=new_change_id(),
                    entity_type=edit.entity_type,
                    entity_id=edit.entity_id,
                    family_id=edit.family_id,
                    field=edit.field,
                    value=edit.value,
                    hlc=self.clock.tick().encode(),
                    device_id=self.device_id,
                    user_id=user,
                )
                _insert_change(conn, change, origin="local")
                apply_to_state(conn, change)
                written.append(change)
            self.vault.set_meta("hlc", self.clock.high_water.encode(), conn=conn)
        return ChangeSet(tuple(written), primary_id)

    def apply_changes(self, changes: Iterable[Change], origin: str) -> ChangeSet:
        """Merge changes made elsewhere. Known change ids are skipped, so this is idempotent.

        Refused whole (ClockError / StampAhead, nothing written) when a stamp is loose
        or beyond the bound of DESIGN §9: it would drag the clock, and every later
        local edit, into the future. Import checks first to say so in words.
        """
        changes = list(changes)
        if changes:
            self.clock.check_remote(max(Hlc.decode(c.hlc) for c in changes))
        applied: list[Change] = []
        with self.vault.transaction() as conn:
            for change in changes:
                if not _insert_change(conn, change, origin=origin):
                    continue
                apply_to_state(conn, change)
                self.clock.receive(Hlc.decode(change.hlc))
                applied.append(change)
            self.vault.set_meta("hlc", self.clock.high_water.encode(), conn=conn)
        # Made elsewhere: an import says so; any other origin came by way of a server.
        came = Origin.IMPORT if origin == Origin.IMPORT else Origin.SYNC
        return ChangeSet(tuple(applied), origin=came)

    # -- generic reads -----------------------------------------------------

    def entities(
        self, family_id: str, entity_type: str, include_deleted: bool = False
    ) -> dict[str, dict[str, Any]]:
        rows = self.vault.execute(
            # In key order, whatever order the rows arrived in: where the views sort
            # by name or date, equal keys read the same on every laptop.
            "SELECT entity_id, field, value FROM state WHERE family_id = ? AND entity_type = ? "
            "ORDER BY entity_id, field",
            (family_id, entity_type),
        )
        return _group(rows, include_deleted)

    def entity(self, entity_id: str) -> tuple[str, str, dict[str, Any]]:
        """(entity_type, family_id, fields) of one live entity, or NotFound."""
        rows = self.vault.execute(
            "SELECT entity_type, family_id, field, value FROM state WHERE entity_id = ?",
            (entity_id,),
        )
        if not rows:
            raise NotFound(entity_id)
        values = {f: json.loads(v) for _, _, f, v in rows}
        if values.get(DELETED):
            raise NotFound(entity_id)
        return rows[0][0], rows[0][1], values

    def changes(self, family_id: str | None = None, entity_type: str | None = None) -> list[Change]:
        """The log in clock order, for one family or all, of one entity type or all."""
        sql = f"SELECT {CHANGE_COLUMNS} FROM changes"
        where: list[str] = []
        params: tuple[Any, ...] = ()
        if family_id is not None:
            where.append("family_id = ?")
            params += (family_id,)
        if entity_type is not None:
            where.append("entity_type = ?")
            params += (entity_type,)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY hlc, device_id, change_id"
        return [row_to_change(row) for row in self.vault.execute(sql, params)]

    def entity_labels(self, entity_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
        """(entity_type, family_id) of those of the entities the vault has, by id, as
        their first change set them (SQLite takes bare columns from the MIN row)."""
        ids = sorted(set(entity_ids))
        found: dict[str, tuple[str, str]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = self.vault.execute(
                "SELECT entity_id, entity_type, family_id, MIN(seq) FROM changes "
                f"WHERE entity_id IN ({','.join('?' * len(chunk))}) GROUP BY entity_id",
                tuple(chunk),
            )
            found.update({row[0]: (row[1], row[2]) for row in rows})
        return found

    def change_count(self) -> int:
        return int(self.vault.execute("SELECT count(*) FROM changes")[0][0])

    # -- any entity type ---------------------------------------------------

    def create_entity(self, entity_type: str, family_id: str, **fields: Any) -> ChangeSet:
        """A new entity of any registered type in a live family; `primary_id` is its id."""
        self._live("family", family_id)
        entity_id = str(uuid.uuid4())
        edits = [Edit(entity_type, entity_id, family_id, k, v) for k, v in fields.items()]
        return self.write(edits, primary_id=entity_id)

    def update_entity(self, entity_id: str, **fields: Any) -> ChangeSet:
        entity_type, family_id, current = self.entity(entity_id)
        return self.write(_diff(entity_type, entity_id, family_id, current, fields), entity_id)

    def delete_entities(self, entity_ids: Sequence[str]) -> ChangeSet:
        """Tombstones for several entities in one transaction (one user action)."""
        edits = []
        for entity_id in entity_ids:
            entity_type, family_id, _ = self.entity(entity_id)
            edits.append(Edit(entity_type, entity_id, family_id, DELETED, True))
        return self.write(edits)

    def restore_entities(self, entity_ids: Sequence[str]) -> ChangeSet:
        """Undo a delete: the tombstone is overwritten by a newer `_deleted = false`."""
        edits = []
        for entity_id in entity_ids:
            rows = self.vault.execute(
                "SELECT entity_type, family_id FROM state WHERE entity_id = ? LIMIT 1", (entity_id,)
            )
            if not rows:
                raise NotFound(entity_id)
            edits.append(Edit(rows[0][0], entity_id, rows[0][1], DELETED, False))
        return self.write(edits)

    def load(self, family_id: str, entity_type: str) -> list[Any]:
        """The live entities of one type in a family, as their dataclasses; one whose
        needed fields have not all arrived is left out until they have (`is_whole`)."""
        cls = ENTITY_CLASSES[entity_type]
        return [
            cls.from_fields(entity_id, {**values, "family_id": family_id})
            for entity_id, values in self.entities(family_id, entity_type).items()
            if is_whole(entity_type, values)
        ]

    def load_one(self, entity_id: str) -> Any:
        """One live entity as its dataclass, or NotFound (Incomplete while it is not
        whole)."""
        entity_type, family_id, values = self.entity(entity_id)
        if not is_whole(entity_type, values):
            raise Incomplete(entity_id)
        return ENTITY_CLASSES[entity_type].from_fields(
            entity_id, {**values, "family_id": family_id}
        )

    # -- families ----------------------------------------------------------

    def create_family(self, name: str, **fields: Any) -> ChangeSet:
        family_id = str(uuid.uuid4())
        values = {"name": name, "status": FamilyStatus.ACTIVE.value, **fields}
        values.setdefault("start", dt.date.today().isoformat())
        edits = [Edit("family", family_id, family_id, k, v) for k, v in values.items()]
        return self.write(edits, primary_id=family_id)

    def update_family(self, family_id: str, **fields: Any) -> ChangeSet:
        current = self._live("family", family_id)
        return self.write(_diff("family", family_id, family_id, current, fields), family_id)

    def close_family(self, family_id: str) -> ChangeSet:
        return self.update_family(
            family_id, status=FamilyStatus.CLOSED.value, end=dt.date.today().isoformat()
        )

    def reopen_family(self, family_id: str) -> ChangeSet:
        return self.update_family(family_id, status=FamilyStatus.ACTIVE.value, end=None)

    def family(self, family_id: str) -> Family:
        return Family.from_fields(family_id, self._live("family", family_id))

    def list_families(self, search: str = "", status: FamilyStatus | None = None) -> list[Family]:
        rows = self.vault.execute(
            "SELECT entity_id, field, value FROM state WHERE entity_type = 'family' "
            "ORDER BY entity_id, field"
        )
        families = [Family.from_fields(fid, values) for fid, values in _group(rows, False).items()]
        if status is not None:
            families = [f for f in families if f.status == status]
        needle = search.strip().casefold()
        if needle:
            member_names = self._member_names_by_family()
            families = [
                f
                for f in families
                if needle in f.name.casefold()
                or any(needle in n.casefold() for n in member_names.get(f.id, []))
            ]
        return sorted(families, key=lambda f: (f.is_demo, f.name.casefold()))

    def family_view(self, family_id: str) -> FamilyView:
        return FamilyView(self.family(family_id), self.members(family_id))

    # -- members -----------------------------------------------------------

    def add_member(
        self,
        family_id: str,
        name: str,
        role: MemberRole | str = MemberRole.PARENT,
        birth_year: int | None = None,
        in_household: bool = True,
    ) -> ChangeSet:
        self._live("family", family_id)
        member_id = str(uuid.uuid4())
        values = {
            "name": name,
            "role": MemberRole(role).value,
            "birth_year": birth_year,
            "in_household": in_household,
        }
        edits = [Edit("member", member_id, family_id, k, v) for k, v in values.items()]
        return self.write(edits, primary_id=member_id)

    def update_member(self, member_id: str, **fields: Any) -> ChangeSet:
        entity_type, family_id, current = self.entity(member_id)
        if entity_type != "member":
            raise NotFound(member_id)
        if "role" in fields:
            fields["role"] = MemberRole(fields["role"]).value
        return self.write(_diff("member", member_id, family_id, current, fields), member_id)

    def remove_member(self, member_id: str) -> ChangeSet:
        entity_type, family_id, _ = self.entity(member_id)
        if entity_type != "member":
            raise NotFound(member_id)
        return self.write([Edit("member", member_id, family_id, DELETED, True)], member_id)

    def members(self, family_id: str) -> list[Member]:
        from ftbt_desktop.core.model import member_sort_key

        members = [
            Member.from_fields(mid, {**values, "family_id": family_id})
            for mid, values in self.entities(family_id, "member").items()
        ]
        return sorted(members, key=member_sort_key)

    # -- history -----------------------------------------------------------

    def history(self, family_id: str) -> list[HistoryEntry]:
        """Every change of the family, newest first, with the value it replaced."""
        changes = self.changes(family_id)
        labels = self._labels(family_id, changes)
        winners = {
            (r[0], r[1]): r[2]
            for r in self.vault.execute(
                "SELECT entity_id, field, change_id FROM state WHERE family_id = ?", (family_id,)
            )
        }
        previous: dict[tuple[str, str], Any] = {}
        entries: list[HistoryEntry] = []
        for change in changes:
            key = (change.entity_id, change.field)
            entries.append(
                HistoryEntry(
                    change=change,
                    when=hlc_time(change.hlc),
                    old_value=previous.get(key),
                    new_value=change.value,
                    entity_label=labels.get(change.entity_id, ""),
                    current=winners.get(key) == change.change_id,
                )
            )
            previous[key] = change.value
        entries.reverse()
        return entries

    # -- internals ---------------------------------------------------------

    def _live(self, entity_type: str, entity_id: str) -> dict[str, Any]:
        found_type, _, values = self.entity(entity_id)
        if found_type != entity_type:
            raise NotFound(entity_id)
        return values

    def _labels(self, family_id: str, changes: Sequence[Change]) -> dict[str, str]:
        # The latest name an entity ever had, deleted ones included, so history
        # can say "Emma (removed)" rather than an id.
        labels: dict[str, str] = {}
        for change in changes:
            named = change.field in ("name", "label") or (
                (change.entity_type, change.field) in WORDS_AS_LABEL
            )
            if named and isinstance(change.value, str):
                labels[change.entity_id] = change.value
        return labels

    def _member_names_by_family(self) -> dict[str, list[str]]:
        rows = self.vault.execute(
            "SELECT family_id, entity_id, field, value FROM state WHERE entity_type = 'member'"
        )
        by_entity: dict[str, tuple[str, dict[str, Any]]] = {}
        for family_id, entity_id, f, v in rows:
            by_entity.setdefault(entity_id, (family_id, {}))[1][f] = json.loads(v)
        names: dict[str, list[str]] = {}
        for family_id, values in by_entity.values():
            if not values.get(DELETED) and isinstance(values.get("name"), str):
                names.setdefault(family_id, []).append(values["name"])
        return names


def hlc_time(hlc: str) -> dt.datetime:
    return stamp_time(Hlc.decode(hlc))


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "coordinator"


def _diff(
    entity_type: str,
    entity_id: str,
    family_id: str,
    current: Mapping[str, Any],
    fields: Mapping[str, Any],
) -> list[Edit]:
    edits = []
    for name, value in fields.items():
        normalised = validate(entity_type, name, value)
        if current.get(name) != normalised:
            edits.append(Edit(entity_type, entity_id, family_id, name, normalised))
    return edits


def _group(rows: Iterable[Sequence[Any]], include_deleted: bool) -> dict[str, dict[str, Any]]:
    grouped: dict[str, dict[str, Any]] = {}
    for entity_id, f, v in rows:
        grouped.setdefault(entity_id, {})[f] = json.loads(v)
    if include_deleted:
        return grouped
    return {k: v for k, v in grouped.items() if not v.get(DELETED)}


def _insert_change(conn: sqlcipher.Connection, change: Change, origin: str) -> bool:
    cursor = conn.execute(
        f"INSERT OR IGNORE INTO changes ({CHANGE_COLUMNS}, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*change_values(change), origin),
    )
    return cursor.rowcount == 1
