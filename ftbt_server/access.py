"""Who may read and write which family (DESIGN §6), checked on every request.

- A coordinator reads and writes the families assigned to them (as coordinator
  or substitute); a family first pushed by a coordinator is assigned to them.
- A supervisor reads the families of the coordinators in the teams they
  supervise, and writes only review entities there.
- An admin manages users and reads the audit log; no family data.

After a coordinator's assignment ends, their laptop may still deliver the
edits it had waiting, for a grace period (`Settings.edit_grace_ms`) counted
from the end by this server's clock: edits of entities the store already has
in that family, never new entities. After the grace period nothing of theirs
is accepted there. The stamp a laptop puts on a change plays no part: it is
the laptop's own say, and back-dating it must not buy write access.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import (
    BigInteger,
    CompoundSelect,
    Connection,
    Select,
    and_,
    bindparam,
    cast,
    func,
    literal_column,
    null,
    select,
    union_all,
)

# The only entity types a supervisor may write (a comment; the "reviewed" mark):
# the client's own list, so the two can never disagree.
from ftbt_desktop.core.changes import DELETED, Change
from ftbt_desktop.core.review import REVIEW_ENTITY_TYPES
from ftbt_server.accounts import Role
from ftbt_server.tables import assignments, families, grants, team_members

# The supervisor's own: a coordinator answers a comment (`review_reply`) but never
# writes one, nor the "reviewed" mark, which would vouch for the plan in her name.
SUPERVISOR_ONLY_TYPES = frozenset({"review_comment", "plan_review"})
# The field of a review entity that names who wrote it (shown as its author).
SIGNATURE_FIELDS = {"review_comment": "author", "review_reply": "author", "plan_review": "reviewer"}


@dataclass(frozen=True)
class Principal:
    """The signed-in user behind a request."""

    user_id: str
    username: str
    role: Role
    device_name: str
    token_hash: str
    # The device the token was signed in on (device_registry.py); "" for none.
    device_id: str = ""


# The statements every sync request runs are built once, with bind parameters: building
# one cost the server about as much CPU as running it (docs/server.md, "The morning rush").
_READER = bindparam("reader")
_SUPERVISED = select(team_members.c.team_id).where(
    and_(team_members.c.user_id == _READER, team_members.c.kind == "supervisor")
)
_READS: dict[Role, Select[tuple[str]]] = {
    Role.COORDINATOR: select(assignments.c.family_id).where(
        and_(assignments.c.user_id == _READER, assignments.c.ended_ms.is_(None))
    ),
    Role.SUPERVISOR: select(assignments.c.family_id).where(
        and_(
            assignments.c.user_id.in_(
                select(team_members.c.user_id).where(
                    and_(team_members.c.team_id.in_(_SUPERVISED), team_members.c.kind == "member")
                )
            ),
            assignments.c.ended_ms.is_(None),
        )
    ),
}


def readable_query(role: Role) -> Select[tuple[str]] | None:
    """The ids of the families a principal of `role` may read, as one query (None: none
    at all), run with `reader_of(principal)` as its parameters: a statement shared by
    every request, whose bind parameter `reader` no caller may use for anything else.

    Usable as a subquery, so a question about every readable family (their teams,
    pull.py) is one statement whatever their number."""
    return _READS.get(role)


def reader_of(principal: Principal) -> dict[str, str]:
    """The parameters of `readable_query`."""
    return {"reader": principal.user_id}


def readable_families(conn: Connection, principal: Principal) -> set[str]:
    query = readable_query(principal.role)
    if query is None:
        return set()
    return {row.family_id for row in conn.execute(query, reader_of(principal))}


def existing_families(conn: Connection, family_ids: Iterable[str]) -> set[str]:
    """Those of `family_ids` the store holds."""
    wanted = sorted(set(family_ids))
    if not wanted:
        return set()
    rows = conn.execute(select(families.c.family_id).where(families.c.family_id.in_(wanted)))
    return {row.family_id for row in rows}


def reportable_families(
    conn: Connection, principal: Principal, family_ids: Iterable[str]
) -> set[str]:
    """The named families whose exports the principal may report to the audit log.

    Those readable now, and those the principal could read at some earlier pull
    (a grant, revoked or not): a laptop keeps a reassigned family while it holds
    refused changes, and may export it for the new coordinator.
    """
    wanted = sorted(set(family_ids))
    if not wanted:
        return set()
    held = {
        row.family_id
        for row in conn.execute(
            select(grants.c.family_id).where(
                and_(grants.c.user_id == principal.user_id, grants.c.family_id.in_(wanted))
            )
        )
    }
    return held | (readable_families(conn, principal) & set(wanted))


@dataclass(frozen=True)
class WriteRights:
    """What a principal may push, per family of one batch."""

    principal: Principal
    existing: frozenset[str]
    readable: frozenset[str]
    # Families whose assignment to this coordinator ended less than the grace
    # period ago by the server's clock (and that are not theirs again).
    in_grace: frozenset[str]

    def reason(
        self, family_id: str, entity_type: str, known_entity: bool, field: str = ""
    ) -> str | None:
        """None when the change may be written, else the rejection reason.

        `known_entity`: the store already has the changed entity, in this family
        and of this type.
        """
        role = self.principal.role
        if role is Role.COORDINATOR:
            if entity_type in SUPERVISOR_ONLY_TYPES:
                return "supervisor_only"
            if family_id in self.readable or family_id not in self.existing:
                return None
            # Waiting edits, never the family's own deletion: the server cannot tell
            # a waiting change from a fresh one, and that one is the new coordinator's.
            deletes_family = entity_type == "family" and field == DELETED
            if family_id in self.in_grace and known_entity and not deletes_family:
                return None
            return "forbidden"
        if role is Role.SUPERVISOR and family_id in self.readable:
            return None if entity_type in REVIEW_ENTITY_TYPES else "read_only"
        return "forbidden"


_NO_END = cast(null(), BigInteger)


@functools.cache
def _rights_query(role: Role) -> CompoundSelect:
    """What `write_rights` reads, as one statement for a principal of `role` (a push's
    statements each cost the server about 0.2 ms of CPU): rows of (kind, family id,
    ended_ms), kind "existing" for each of the batch's families the store holds,
    "readable" for each the principal may read, and for a coordinator "ended" with the
    last end of each of their ended assignments among them."""
    ids = bindparam("ids", expanding=True)
    existing = select(
        literal_column("'existing'").label("kind"),
        families.c.family_id,
        _NO_END.label("ended_ms"),
    ).where(families.c.family_id.in_(ids))
    reads = _READS[role].subquery()
    parts = [
        existing,
        select(literal_column("'readable'"), reads.c.family_id, _NO_END).where(
            reads.c.family_id.in_(ids)
        ),
    ]
    if role == Role.COORDINATOR:
        parts.append(
            select(
                literal_column("'ended'"),
                assignments.c.family_id,
                func.max(assignments.c.ended_ms),
            )
            .where(
                and_(
                    assignments.c.user_id == _READER,
                    assignments.c.family_id.in_(ids),
                    assignments.c.ended_ms.is_not(None),
                )
            )
            .group_by(assignments.c.family_id)
        )
    return union_all(*parts)


def write_rights(
    conn: Connection,
    principal: Principal,
    family_ids: Iterable[str],
    now_ms: int,
    grace_ms: int,
) -> WriteRights:
    """The rights of one batch, from the store's facts at `now_ms` (the server's clock)."""
    found: dict[str, set[str]] = {"existing": set(), "readable": set()}
    in_grace: set[str] = set()
    if principal.role in _READS:
        wanted = sorted(set(family_ids))
        rows = conn.execute(_rights_query(principal.role), {**reader_of(principal), "ids": wanted})
        for kind, family_id, ended_ms in rows:
            if kind == "ended":
                # Within the grace period, by the server's clock.
                if now_ms - int(ended_ms) < grace_ms:
                    in_grace.add(family_id)
            else:
                found[kind].add(family_id)
    else:
        # No family to read: only whether the families exist matters (`reason`).
        found["existing"] = existing_families(conn, family_ids)
    return WriteRights(
        principal,
        frozenset(found["existing"]),
        frozenset(found["readable"]),
        frozenset(in_grace),
    )


def speaks_for_another(principal: Principal, change: Change, writers: set[str]) -> bool:
    """Whether a review change speaks for another account: it changes a review entity
    another account pushed (`writers`: who pushed its stored changes), or names
    someone else as its author. Its readers trust the name shown, so only the
    account that signs it may write it."""
    if writers - {principal.user_id}:
        return True
    signature = SIGNATURE_FIELDS.get(change.entity_type)
    return change.field == signature and change.value != principal.username
