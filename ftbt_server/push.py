"""Push: store a batch of changes, merge them into the current state, number them.

The whole batch runs in one transaction. It takes the sequence lock only for
its last statement or statements (numbering, storing, merging into the state:
numbering.py), so the numbers it assigns become visible together and after every
lower number, and concurrent pushes wait for each other only that long. What it reads before
(known change ids, rights, entity owners and review authors) another push may
change meanwhile; the database's keys catch every such race (a change id,
entity or family stored twice), and creating a family checks once more that it is
still missing (another coordinator's push may have created and committed it since
the rights were read, and it would otherwise get a second coordinator); the whole
push is then tried again from the start, with the same answer a push one moment later would have had
(`_ATTEMPTS`). On SQLite `BEGIN IMMEDIATE` serialises the whole transaction.
Idempotent by change_id: a change the store already has, pushed again by the
same user with the same content, is accepted again and nothing else happens;
any other change under a stored id is refused as forbidden. The merge rule is `core.changes.wins`, the client's own.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, insert, select
from sqlalchemy.exc import IntegrityError

from ftbt_desktop.core.changes import DELETED, Change, ChangeFormatError
from ftbt_desktop.core.clock import Hlc
from ftbt_desktop.core.entities import ENTITY_CLASSES  # noqa: F401  (registers the rules)
from ftbt_desktop.core.fields import InvalidField, validate
from ftbt_desktop.core.review import REVIEW_ENTITY_TYPES
from ftbt_server import audit
from ftbt_server.access import Principal, speaks_for_another, write_rights
from ftbt_server.accounts import ensure_family
from ftbt_server.db import write_tx
from ftbt_server.numbering import Sealed, store_numbered
from ftbt_server.schemas import storable
from ftbt_server.sealed_values import Sealer, UnreadableValue, binding
from ftbt_server.settings import Settings
from ftbt_server.tables import assignments, changes, entities, grants

# A push that loses a race (see above) is read and stored again, at most this often.
_ATTEMPTS = 3

# Longest accepted identifiers; the columns are sized to match.
MAX_LENGTHS = {
    "change_id": 36,
    "entity_type": 64,
    "entity_id": 100,
    "family_id": 100,
    "field": 100,
    "device_id": 100,
    "user_id": 200,
}


@dataclass
class PushResult:
    accepted: list[str] = field(default_factory=list)
    rejected: list[dict[str, str]] = field(default_factory=list)

    def reject(self, change_id: str, reason: str, message: str) -> None:
        self.rejected.append({"change_id": change_id, "reason": reason, "message": message})


def encode_value(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _parse(raw: Mapping[str, Any], now: int, settings: Settings) -> tuple[Change | None, str, str]:
    """(change, "", "") when well formed, else (None, reason, message)."""
    try:
        change = Change.from_dict(raw)
    except ChangeFormatError as exc:
        return None, "invalid", str(exc)
    except RecursionError:
        return None, "invalid", "the change nests too deep"
    for name, limit in MAX_LENGTHS.items():
        text = getattr(change, name)
        if len(text) > limit:
            return None, "invalid", f"{name} is longer than {limit} characters"
        try:
            storable(text)
        except ValueError as exc:
            return None, "invalid", f"{name} {exc}"
    try:
        encode_value(change.value).encode("utf-8")
    except UnicodeEncodeError:
        return None, "invalid", "value must be valid Unicode text"
    if change.entity_type == "family" and change.entity_id != change.family_id:
        return None, "invalid", "a family entity's id must be its family_id"
    if Hlc.decode(change.hlc).ms > now + settings.clock_ahead_ms:
        return None, "clock_ahead", "the change is stamped ahead of the server's clock"
    return change, "", ""


def _checked(change: Change) -> tuple[Change, str]:
    """(the change with its value normalised, "") or (the change, why its value is refused).

    The client's own rules: what a vault would refuse to write, the store refuses
    to keep and serve; the normalised value is stored, as a vault stores it. The
    refusal is answered only after the rights check, so a caller without the
    right to write the family learns nothing more than `forbidden`.
    """
    try:
        value = validate(change.entity_type, change.field, change.value)
    except InvalidField as exc:
        return change, str(exc)
    if value != change.value or type(value) is not type(change.value):
        change = replace(change, value=value)
    return change, ""


def push(
    engine: Engine,
    settings: Settings,
    principal: Principal,
    raw_changes: Sequence[Mapping[str, Any]],
    client_addr: str,
) -> PushResult:
    now = settings.clock()
    parsed_result = PushResult()
    parsed: dict[str, Change] = {}
    # Change id → why its value does not fit its field (see _checked).
    unfit: dict[str, str] = {}
    reasons: dict[str, int] = {}
    touched: set[str] = set()
    ambiguous: set[str] = set()
    for raw in raw_changes:
        change, reason, message = _parse(raw, now, settings)
        change_id = _answerable(str(raw.get("change_id", "")))
        if change is None:
            parsed_result.reject(change_id, reason, message)
            reasons[reason] = reasons.get(reason, 0) + 1
            family_id = raw.get("family_id")
            if _auditable(family_id):
                touched.add(family_id)
            continue
        # Compared once normalised: the same change sent twice is one change.
        checked, problem = _checked(change)
        seen = parsed.setdefault(change.change_id, checked)
        if seen is checked:
            if problem:
                unfit[change.change_id] = problem
        # By the stored text: `1 == True == 1.0` in Python, not in JSON.
        elif seen != checked or encode_value(seen.value) != encode_value(checked.value):
            # Which copy the sender meant is unknowable: neither is stored, and
            # the id is not answered "accepted" for a change never stored.
            ambiguous.add(change.change_id)
    for change_id in sorted(ambiguous):
        change = parsed.pop(change_id)
        unfit.pop(change_id, None)
        message = "the batch holds this change id twice with different content"
        parsed_result.reject(change_id, "invalid", message)
        reasons["invalid"] = reasons.get("invalid", 0) + 1
        touched.add(change.family_id)

    for attempt in range(1, _ATTEMPTS + 1):
        # Each attempt starts again from what the batch's parsing found.
        result = PushResult(list(parsed_result.accepted), list(parsed_result.rejected))
        try:
            _store(
                engine,
                settings,
                principal,
                _Batch(parsed, unfit, dict(reasons), set(touched)),
                result,
                now,
                client_addr,
            )
        except (IntegrityError, _LostRace):
            # Another push stored one of these change ids, entities or families
            # after this one read them (see the module docstring): read again.
            if attempt == _ATTEMPTS:
                raise
            continue
        return result
    raise AssertionError("unreachable")


@dataclass
class _Batch:
    """What parsing found, handed to each attempt to store it."""

    parsed: dict[str, Change]
    unfit: dict[str, str]
    reasons: dict[str, int]
    touched: set[str]


def _store(
    engine: Engine,
    settings: Settings,
    principal: Principal,
    batch: _Batch,
    result: PushResult,
    now: int,
    client_addr: str,
) -> None:
    parsed, unfit, reasons, touched = batch.parsed, batch.unfit, batch.reasons, batch.touched
    with write_tx(engine) as conn:
        known = _known_rows(conn, list(parsed))
        fresh: list[Change] = []
        retried = 0
        # Refusals of what the caller has no right to, logged apart as a denial.
        denied: dict[str, int] = {}
        denied_families: set[str] = set()
        for change_id, change in parsed.items():
            row = known.get(change_id)
            if row is None:
                fresh.append(change)
            elif _is_retry(row, change, principal, settings.sealer):
                result.accepted.append(change_id)
                touched.add(change.family_id)
                retried += 1
            else:
                # Someone else's change id (or a different change under one's own):
                # answered as any forbidden change, so whose it is stays unsaid.
                result.reject(change_id, "forbidden", _message("forbidden", change))
                denied["foreign_id"] = denied.get("foreign_id", 0) + 1
                denied_families.update((change.family_id, row.family_id))
        rights = write_rights(
            conn, principal, {c.family_id for c in fresh}, now, settings.edit_grace_ms
        )
        owners = _entity_owners(conn, {c.entity_id for c in fresh})
        writers = _review_writers(
            conn, {c.entity_id for c in fresh if c.entity_type in REVIEW_ENTITY_TYPES}
        )
        stored: list[Change] = []
        created: set[str] = set()
        new_entities: list[dict[str, str]] = []
        for change in fresh:
            owner = owners.get(change.entity_id)
            same = owner == (change.entity_type, change.family_id)
            kind = rights.reason(
                change.family_id, change.entity_type, known_entity=same, field=change.field
            )
            if kind is None and owner is not None and not same:
                kind = "relabel"
            signers = writers.get(change.entity_id, set())
            review = change.entity_type in REVIEW_ENTITY_TYPES
            if kind is None and review and speaks_for_another(principal, change, signers):
                kind = "not_signer"
            if kind is not None:
                reason = _WIRE_REASONS.get(kind, kind)
                result.reject(change.change_id, reason, _message(kind, change))
                denied[kind] = denied.get(kind, 0) + 1
                denied_families.add(change.family_id)
                continue
            touched.add(change.family_id)
            if change.change_id in unfit:
                result.reject(change.change_id, "invalid", unfit[change.change_id])
                reasons["invalid"] = reasons.get("invalid", 0) + 1
                continue
            if owner is None:
                owners[change.entity_id] = (change.entity_type, change.family_id)
                new_entities.append(
                    {
                        "entity_id": change.entity_id,
                        "entity_type": change.entity_type,
                        "family_id": change.family_id,
                    }
                )
            if change.family_id not in rights.existing and change.family_id not in created:
                _create_family(conn, principal, change.family_id, now)
                created.add(change.family_id)
            stored.append(change)
            result.accepted.append(change.change_id)

        if new_entities:
            conn.execute(_NEW_ENTITIES, new_entities)
        # The audit entries first (audit_chain.append never waits for the chain's head),
        # so the sequence lock is held only for the numbering and the commit.
        actor = audit.Actor(
            principal.user_id, principal.username, principal.device_name, client_addr
        )
        if stored or retried or reasons or not denied:
            counts = {
                "accepted": len(stored),
                "already_stored": retried,
                "rejected": sum(reasons.values()),
                "deletions": sum(1 for c in stored if c.field == DELETED and c.value),
                **{f"rejected_{r}": n for r, n in reasons.items()},
            }
            audit.record(conn, now, "push", actor, families=touched, counts=counts)
        if denied:
            audit.record(
                conn,
                now,
                "push",
                actor,
                outcome="denied",
                families=denied_families,
                counts={
                    "refused": sum(denied.values()),
                    **{f"refused_{k}": n for k, n in denied.items()},
                },
            )
        if stored:
            sealed = _seal(settings.sealer, stored)
            store_numbered(
                conn, stored, sealed, principal.user_id, principal.device_name or "", now
            )


def _answerable(change_id: str) -> str:
    """A refused change's id as the answer can hold it. A lone surrogate is no text (the
    change is refused for it) and no UTF-8: echoed as it was, it made the answer
    unwritable, a 500 after the rest of the push was stored. It is sent escaped
    (`\\udc80`); the id is no id this store or any client of its own would ever make."""
    try:
        change_id.encode("utf-8")
    except UnicodeEncodeError:
        return change_id.encode("utf-8", "backslashreplace").decode("utf-8")
    return change_id


def _auditable(family_id: Any) -> bool:
    """Whether a rejected change's family id can be listed in the audit log as it is."""
    if not isinstance(family_id, str) or not 0 < len(family_id) <= MAX_LENGTHS["family_id"]:
        return False
    try:
        storable(family_id)
    except ValueError:
        return False
    return True


# Refusals told apart in the audit log, answered with the wire's reason.
_WIRE_REASONS = {"relabel": "invalid", "supervisor_only": "forbidden", "not_signer": "forbidden"}


def _message(reason: str, change: Change) -> str:
    if reason == "forbidden":
        return f"you may not write family {change.family_id}"
    if reason == "supervisor_only":
        return f"only a supervisor writes {change.entity_type}"
    if reason == "not_signer":
        return f"a {change.entity_type} is written only by its author, in their own name"
    if reason == "read_only":
        return f"a supervisor may write only review entities, not {change.entity_type}"
    return f"entity {change.entity_id} belongs to another family or entity type"


# What must match for a change id already stored to be a retry of the same change.
_RETRY_FIELDS = ("entity_type", "entity_id", "family_id", "field", "hlc", "device_id", "user_id")


# The statements of every push, built once: building one cost the server about as much
# CPU as running it (docs/server.md, "The morning rush").
_IDS = bindparam("ids", expanding=True)
_KNOWN = select(changes).where(changes.c.change_id.in_(_IDS))
_OWNERS = select(entities).where(entities.c.entity_id.in_(_IDS))
_WRITERS = (
    select(changes.c.entity_id, changes.c.pushed_by)
    .where(
        changes.c.entity_id.in_(_IDS),
        changes.c.entity_type.in_(sorted(REVIEW_ENTITY_TYPES)),
    )
    .distinct()
)
_NEW_ENTITIES = insert(entities)


def _known_rows(conn: Connection, change_ids: list[str]) -> dict[str, Any]:
    if not change_ids:
        return {}
    rows = conn.execute(_KNOWN, {"ids": change_ids})
    return {row.change_id: row for row in rows}


def _is_retry(row: Any, change: Change, principal: Principal, sealer: Sealer) -> bool:
    """Whether a stored change is this very change, pushed before by this user.

    A push whose answer was lost is sent again as it was; anything else under a
    stored id (another user's id, or other content) is not idempotency but a
    probe or a forgery, and must neither be accepted nor confirm that the id exists.
    """
    if row.pushed_by != principal.user_id or any(
        getattr(row, name) != getattr(change, name) for name in _RETRY_FIELDS
    ):
        return False
    try:
        stored = sealer.open(row.key_id, row.value, _binding(change))
    except UnreadableValue:
        return False
    return stored == encode_value(change.value)


def _binding(change: Change) -> bytes:
    return binding(change.change_id, change.entity_id, change.field)


def _seal(sealer: Sealer, stored: list[Change]) -> Sealed:
    return {c.change_id: sealer.seal(encode_value(c.value), _binding(c)) for c in stored}


def _entity_owners(conn: Connection, entity_ids: set[str]) -> dict[str, tuple[str, str]]:
    if not entity_ids:
        return {}
    rows = conn.execute(_OWNERS, {"ids": sorted(entity_ids)})
    return {row.entity_id: (row.entity_type, row.family_id) for row in rows}


def _review_writers(conn: Connection, entity_ids: set[str]) -> dict[str, set[str]]:
    """Review entity id → the accounts that pushed its stored changes."""
    if not entity_ids:
        return {}
    rows = conn.execute(_WRITERS, {"ids": sorted(entity_ids)})
    writers: dict[str, set[str]] = {}
    for row in rows:
        writers.setdefault(row.entity_id, set()).add(row.pushed_by)
    return writers


class _LostRace(Exception):
    """Another push created a family after this one read that it did not exist."""


def _create_family(conn: Connection, principal: Principal, family_id: str, now: int) -> None:
    """A family first pushed by a coordinator becomes theirs (write_rights allows no one else)."""
    if not ensure_family(conn, family_id, principal.user_id, now):
        # Committed by another push since this one read its rights (PostgreSQL reads
        # each statement's latest commit): going on would make this user a second
        # coordinator of someone else's family. Read the rights again.
        raise _LostRace(family_id)
    conn.execute(
        insert(assignments).values(
            family_id=family_id,
            user_id=principal.user_id,
            kind="coordinator",
            assigned_ms=now,
            ended_ms=None,
        )
    )
    # Floor 0: the family has no earlier changes that a device could have read past.
    conn.execute(
        insert(grants).values(
            user_id=principal.user_id, family_id=family_id, floor_seq=0, granted_ms=now
        )
    )
