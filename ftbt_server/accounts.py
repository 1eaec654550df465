"""Administration: users, teams and family assignments (used by the CLI and tests).

Every change of who may read what is audited. Passwords are hashed here and
never leave this module in clear.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, and_, delete, insert, select, update

from ftbt_server import audit
from ftbt_server.db import read_tx, write_tx
from ftbt_server.passwords import check_strength, hash_password
from ftbt_server.roles import Role
from ftbt_server.settings import now_ms
from ftbt_server.tables import (
    assignments,
    families,
    known_devices,
    team_members,
    teams,
    tokens,
    users,
)

CLI_ACTOR = audit.Actor(user_id=None, username="(ftbt-server cli)")


class AdminError(Exception):
    """An administration command cannot be carried out; the message says why."""


@dataclass(frozen=True)
class User:
    id: str
    username: str
    role: Role
    disabled: bool


def _user(conn: Connection, username: str) -> User:
    row = conn.execute(select(users).where(users.c.username == username)).first()
    if row is None:
        raise AdminError(f"no user named {username!r}")
    return User(row.id, row.username, Role(row.role), bool(row.disabled))


def get_user(engine: Engine, username: str) -> User:
    with read_tx(engine) as conn:
        return _user(conn, username)


def add_user(engine: Engine, username: str, password: str, role: str) -> User:
    username = username.strip()
    if not username or len(username) > 100:
        raise AdminError("a username needs 1 to 100 characters")
    try:
        role_value = Role(role)
    except ValueError as exc:
        raise AdminError(f"role must be one of {', '.join(r.value for r in Role)}") from exc
    check_strength(password, username)
    password_hash = hash_password(password)
    with write_tx(engine) as conn:
        if conn.execute(select(users.c.id).where(users.c.username == username)).first():
            raise AdminError(f"a user named {username!r} already exists")
        user = User(str(uuid.uuid4()), username, role_value, False)
        conn.execute(
            insert(users).values(
                id=user.id,
                username=username,
                password_hash=password_hash,
                role=role_value.value,
                disabled=False,
                created_ms=now_ms(),
            )
        )
        audit.record(conn, now_ms(), "user_add", CLI_ACTOR, detail=f"{username} as {role_value}")
    return user


def set_password(engine: Engine, username: str, password: str) -> None:
    """New password; every token and known-device key of the user stops working."""
    check_strength(password, username)
    password_hash = hash_password(password)
    with write_tx(engine) as conn:
        user = _user(conn, username)
        conn.execute(update(users).where(users.c.id == user.id).values(password_hash=password_hash))
        revoked = revoke_tokens(conn, user.id, now_ms())
        # Whoever signed in with the old password keeps no known-device budget.
        conn.execute(delete(known_devices).where(known_devices.c.user_id == user.id))
        audit.record(
            conn,
            now_ms(),
            "user_passwd",
            CLI_ACTOR,
            counts={"tokens_revoked": revoked},
            detail=username,
        )


def set_disabled(engine: Engine, username: str, disabled: bool = True) -> None:
    with write_tx(engine) as conn:
        user = _user(conn, username)
        conn.execute(update(users).where(users.c.id == user.id).values(disabled=disabled))
        revoked = revoke_tokens(conn, user.id, now_ms()) if disabled else 0
        action = "user_disable" if disabled else "user_enable"
        audit.record(
            conn, now_ms(), action, CLI_ACTOR, counts={"tokens_revoked": revoked}, detail=username
        )


def revoke_tokens(conn: Connection, user_id: str, at_ms: int) -> int:
    return conn.execute(
        update(tokens)
        .where(and_(tokens.c.user_id == user_id, tokens.c.revoked_ms.is_(None)))
        .values(revoked_ms=at_ms)
    ).rowcount


def list_users(engine: Engine) -> list[User]:
    with read_tx(engine) as conn:
        rows = conn.execute(select(users).order_by(users.c.username)).all()
    return [User(r.id, r.username, Role(r.role), bool(r.disabled)) for r in rows]


# -- families --------------------------------------------------------------


def ensure_family(conn: Connection, family_id: str, created_by: str | None, at_ms: int) -> bool:
    """Create the family row if missing; True when it was created."""
    if conn.execute(select(families.c.family_id).where(families.c.family_id == family_id)).first():
        return False
    conn.execute(
        insert(families).values(family_id=family_id, created_by=created_by, created_ms=at_ms)
    )
    return True


def assign_family(engine: Engine, family_id: str, username: str, substitute: bool = False) -> None:
    """Make the user the family's coordinator (ending the previous one's) or a substitute."""
    family_id = family_id.strip()
    if not family_id or len(family_id) > 100:
        raise AdminError("a family id needs 1 to 100 characters")
    at = now_ms()
    with write_tx(engine) as conn:
        user = _user(conn, username)
        if user.role is not Role.COORDINATOR:
            raise AdminError(
                f"{username!r} is a {user.role}; only coordinators are assigned families"
            )
        ensure_family(conn, family_id, None, at)
        kind = "substitute" if substitute else "coordinator"
        current = conn.execute(
            select(assignments.c.id, assignments.c.user_id, assignments.c.kind).where(
                and_(assignments.c.family_id == family_id, assignments.c.ended_ms.is_(None))
            )
        ).all()
        ended = []
        for row in current:
            replaced = kind == "coordinator" and row.kind == "coordinator"
            if row.user_id == user.id or replaced:
                conn.execute(
                    update(assignments).where(assignments.c.id == row.id).values(ended_ms=at)
                )
                ended.append(row.user_id)
        conn.execute(
            insert(assignments).values(
                family_id=family_id, user_id=user.id, kind=kind, assigned_ms=at, ended_ms=None
            )
        )
        audit.record(
            conn,
            at,
            "family_assign",
            CLI_ACTOR,
            families=[family_id],
            counts={"assignments_ended": len(ended)},
            detail=f"{kind}: {username}",
        )


def unassign_family(engine: Engine, family_id: str, username: str) -> None:
    at = now_ms()
    with write_tx(engine) as conn:
        user = _user(conn, username)
        ended = conn.execute(
            update(assignments)
            .where(
                and_(
                    assignments.c.family_id == family_id,
                    assignments.c.user_id == user.id,
                    assignments.c.ended_ms.is_(None),
                )
            )
            .values(ended_ms=at)
        ).rowcount
        if not ended:
            raise AdminError(f"{username!r} is not assigned family {family_id}")
        audit.record(conn, at, "family_unassign", CLI_ACTOR, families=[family_id], detail=username)


@dataclass(frozen=True)
class FamilyRow:
    family_id: str
    coordinator: str | None
    substitutes: tuple[str, ...]


def list_families(engine: Engine, username: str | None = None) -> list[FamilyRow]:
    with read_tx(engine) as conn:
        fam_ids = [
            r.family_id
            for r in conn.execute(select(families.c.family_id).order_by(families.c.family_id))
        ]
        rows = conn.execute(
            select(assignments.c.family_id, assignments.c.kind, users.c.username)
            .join(users, users.c.id == assignments.c.user_id)
            .where(assignments.c.ended_ms.is_(None))
        ).all()
    coordinator: dict[str, str] = {}
    substitutes: dict[str, list[str]] = {}
    for row in rows:
        if row.kind == "coordinator":
            coordinator[row.family_id] = row.username
        else:
            substitutes.setdefault(row.family_id, []).append(row.username)
    result = [
        FamilyRow(f, coordinator.get(f), tuple(sorted(substitutes.get(f, ())))) for f in fam_ids
    ]
    if username is not None:
        result = [r for r in result if r.coordinator == username or username in r.substitutes]
    return result


# -- teams -----------------------------------------------------------------


def add_team(engine: Engine, name: str) -> None:
    name = name.strip()
    if not name or len(name) > 100:
        raise AdminError("a team name needs 1 to 100 characters")
    with write_tx(engine) as conn:
        if conn.execute(select(teams.c.id).where(teams.c.name == name)).first():
            raise AdminError(f"a team named {name!r} already exists")
        conn.execute(insert(teams).values(id=str(uuid.uuid4()), name=name))
        audit.record(conn, now_ms(), "team_add", CLI_ACTOR, detail=name)


def set_team_member(
    engine: Engine, team: str, username: str, kind: str, remove: bool = False
) -> None:
    """Put a coordinator (kind "member") or a supervisor (kind "supervisor") in a team, or take them out."""
    expected = Role.COORDINATOR if kind == "member" else Role.SUPERVISOR
    with write_tx(engine) as conn:
        team_row = conn.execute(select(teams.c.id).where(teams.c.name == team)).first()
        if team_row is None:
            raise AdminError(f"no team named {team!r}")
        user = _user(conn, username)
        if user.role is not expected:
            raise AdminError(f"{username!r} is a {user.role}, not a {expected}")
        where = and_(
            team_members.c.team_id == team_row.id,
            team_members.c.user_id == user.id,
            team_members.c.kind == kind,
        )
        exists = conn.execute(select(team_members.c.user_id).where(where)).first() is not None
        if remove:
            if not exists:
                raise AdminError(f"{username!r} is not a {kind} of team {team!r}")
            conn.execute(delete(team_members).where(where))
        elif not exists:
            conn.execute(
                insert(team_members).values(team_id=team_row.id, user_id=user.id, kind=kind)
            )
        action = "team_remove" if remove else "team_add_" + kind
        audit.record(conn, now_ms(), action, CLI_ACTOR, detail=f"{team}: {username}")


@dataclass(frozen=True)
class TeamRow:
    name: str
    members: tuple[str, ...]
    supervisors: tuple[str, ...]


def list_teams(engine: Engine) -> list[TeamRow]:
    with read_tx(engine) as conn:
        names = {r.id: r.name for r in conn.execute(select(teams.c.id, teams.c.name))}
        rows = conn.execute(
            select(team_members.c.team_id, team_members.c.kind, users.c.username).join(
                users, users.c.id == team_members.c.user_id
            )
        ).all()
    members: dict[str, list[str]] = {t: [] for t in names}
    supervisors: dict[str, list[str]] = {t: [] for t in names}
    for row in rows:
        (members if row.kind == "member" else supervisors)[row.team_id].append(row.username)
    return sorted(
        (
            TeamRow(names[t], tuple(sorted(members[t])), tuple(sorted(supervisors[t])))
            for t in names
        ),
        key=lambda r: r.name,
    )
