"""A checked ID token (oidc.py) becomes a sign-in: the account, its role and teams
from the token's groups, and a device-bound sync token (auth.issue_token).

The provider decides who is who and in which role: the first sign-in of a
municipal user whose groups map to a role creates their account; every later
sign-in sets role and teams from the groups again, so moving someone between
groups at the provider moves them here at their next sign-in. A user whose groups
map to nothing is refused. An account is found by the provider's stable subject,
never by name: a provider user called like an existing local account gets an
account of their own, not that one.
"""

from __future__ import annotations

import secrets
import uuid

from sqlalchemy import Connection, Engine, and_, delete, insert, select, update

from ftbt_server import audit, auth, device_registry
from ftbt_server.accounts import Role
from ftbt_server.db import write_tx
from ftbt_server.oidc import GroupRule, Identity, OidcConfig
from ftbt_server.settings import Settings
from ftbt_server.tables import external_identities, known_devices, team_members, teams, users

# Never a valid Argon2id encoding: such an account cannot sign in with a password.
NO_PASSWORD = "!sso"
RANK = {Role.COORDINATOR: 0, Role.SUPERVISOR: 1, Role.ADMIN: 2}
TEAM_KIND = {Role.COORDINATOR: "member", Role.SUPERVISOR: "supervisor"}


def role_and_teams(config: OidcConfig, groups: tuple[str, ...]) -> tuple[Role, set[str]] | None:
    """The highest role the groups give, and the teams they give in that role."""
    rules: list[GroupRule] = [rule for g in groups for rule in config.groups.get(g, ())]
    if not rules:
        return None
    role = max((rule.role for rule in rules), key=RANK.__getitem__)
    return role, {rule.team for rule in rules if rule.role is role and rule.team}


def sign_in(
    engine: Engine,
    settings: Settings,
    config: OidcConfig,
    identity: Identity,
    device_name: str,
    device_key: str | None,
    client_addr: str,
) -> auth.Session:
    now = settings.clock()
    granted = role_and_teams(config, identity.groups)
    with write_tx(engine) as conn:
        actor = audit.Actor(None, identity.username, device_name, client_addr)
        if granted is None:
            audit.record(conn, now, "login", actor, outcome="no_role", detail="sso")
            refused: auth.AuthError | None = auth.AuthError(
                403, "no_role", "your municipal account has no role in FTBT; ask IT"
            )
        else:
            refused = None
            role, team_names = granted
            user_id, username, disabled = _account(conn, identity, role, now)
            actor = audit.Actor(user_id, username, device_name, client_addr)
            if disabled:
                audit.record(conn, now, "login", actor, outcome="disabled", detail="sso")
                refused = auth.AuthError(403, "user_disabled", "this user is disabled")
            else:
                _set_teams(conn, user_id, role, team_names)
                key, offered = _device_key(conn, user_id, device_key, now)
                try:
                    token, expires = auth.issue_token(
                        conn, settings, user_id, device_name, offered, key, now
                    )
                except device_registry.DeviceRefused:
                    audit.record(conn, now, "login", actor, outcome="device_revoked")
                    refused = auth.AuthError(
                        401, "device_revoked", "an administrator has revoked this device"
                    )
                else:
                    audit.record(conn, now, "login", actor, detail="sso")
    if refused is not None:
        raise refused
    return auth.Session(token, expires, user_id, username, role, key)


def _account(conn: Connection, identity: Identity, role: Role, now: int) -> tuple[str, str, bool]:
    """(user id, username, disabled), the account made on the first sign-in."""
    where = and_(
        external_identities.c.issuer == identity.issuer,
        external_identities.c.subject == identity.subject,
    )
    row = conn.execute(
        select(users.c.id, users.c.username, users.c.role, users.c.disabled)
        .join(external_identities, external_identities.c.user_id == users.c.id)
        .where(where)
    ).first()
    if row is not None:
        conn.execute(update(external_identities).where(where).values(last_ms=now))
        if row.role != role.value:
            conn.execute(update(users).where(users.c.id == row.id).values(role=role.value))
            audit.record(
                conn,
                now,
                "user_role",
                audit.Actor(None, "(identity provider)"),
                detail=f"{row.username} as {role.value}",
            )
        return row.id, row.username, bool(row.disabled)
    user_id = str(uuid.uuid4())
    username = _free_username(conn, identity)
    conn.execute(
        insert(users).values(
            id=user_id,
            username=username,
            password_hash=NO_PASSWORD,
            role=role.value,
            disabled=False,
            created_ms=now,
        )
    )
    conn.execute(
        insert(external_identities).values(
            issuer=identity.issuer,
            subject=identity.subject,
            user_id=user_id,
            created_ms=now,
            last_ms=now,
        )
    )
    audit.record(
        conn,
        now,
        "user_add",
        audit.Actor(None, "(identity provider)"),
        detail=f"{username} as {role.value}",
    )
    return user_id, username, False


def _free_username(conn: Connection, identity: Identity) -> str:
    """The provider's name for the person, or that name marked with the subject (and a
    number) when an account of that name exists already."""
    candidates = [identity.username[:100], f"{identity.username[:80]} ({identity.subject[:12]})"]
    candidates += [f"{identity.username[:70]} ({identity.subject[:12]}-{n})" for n in range(2, 50)]
    for wanted in candidates:
        if conn.execute(select(users.c.id).where(users.c.username == wanted)).first() is None:
            return wanted
    return f"sso-{uuid.uuid4()}"


def _set_teams(conn: Connection, user_id: str, role: Role, team_names: set[str]) -> None:
    """The user's teams are exactly those the groups give in their role."""
    wanted: set[str] = set()
    for name in sorted(team_names):
        row = conn.execute(select(teams.c.id).where(teams.c.name == name)).first()
        if row is None:
            team_id = str(uuid.uuid4())
            conn.execute(insert(teams).values(id=team_id, name=name))
        else:
            team_id = row.id
        wanted.add(team_id)
    kind = TEAM_KIND.get(role)
    have = {
        (r.team_id, r.kind)
        for r in conn.execute(
            select(team_members.c.team_id, team_members.c.kind).where(
                team_members.c.user_id == user_id
            )
        )
    }
    keep = {(t, kind) for t in wanted} if kind else set()
    for team_id, old_kind in have - keep:
        conn.execute(
            delete(team_members).where(
                and_(
                    team_members.c.user_id == user_id,
                    team_members.c.team_id == team_id,
                    team_members.c.kind == old_kind,
                )
            )
        )
    for team_id, new_kind in keep - have:
        conn.execute(insert(team_members).values(team_id=team_id, user_id=user_id, kind=new_kind))


def _device_key(
    conn: Connection, user_id: str, offered: str | None, now: int
) -> tuple[str, str | None]:
    """(the key the laptop keeps, the offered key when it was this user's known one)."""
    if offered:
        row = conn.execute(
            select(known_devices.c.key_hash).where(
                and_(
                    known_devices.c.key_hash == auth.token_hash(offered),
                    known_devices.c.user_id == user_id,
                )
            )
        ).first()
        if row is not None:
            conn.execute(
                update(known_devices)
                .where(known_devices.c.key_hash == row.key_hash)
                .values(last_used_ms=now)
            )
            return offered, offered
    key = secrets.token_urlsafe(32)
    conn.execute(
        insert(known_devices).values(
            key_hash=auth.token_hash(key), user_id=user_id, created_ms=now, last_used_ms=now
        )
    )
    return key, None
