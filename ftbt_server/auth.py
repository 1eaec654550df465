"""Sign-in, tokens and login rate limits.

Tokens are 256 random bits, given to the client once and stored only as their
SHA-256, with an expiry; logout, a new password and disabling the user revoke
them. Failed sign-ins are counted per username and per client address over a
sliding window (in the database, so several server processes share the count).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import secrets
from dataclasses import dataclass

from sqlalchemy import Engine, and_, delete, insert, select, update

from ftbt_server import audit
from ftbt_server.access import Principal
from ftbt_server.accounts import Role
from ftbt_server.db import read_tx, write_tx
from ftbt_server.passwords import burn_time, verify_password
from ftbt_server.settings import Settings
from ftbt_server.tables import login_failures, tokens, users


class AuthError(Exception):
    """A refused sign-in or token, with the wire error code and HTTP status."""

    def __init__(self, status: int, code: str, message: str, retry_after: int | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.retry_after = retry_after


@dataclass(frozen=True)
class Session:
    token: str
    expires_ms: int
    user_id: str
    username: str
    role: Role

    @property
    def expires_at(self) -> str:
        moment = dt.datetime.fromtimestamp(self.expires_ms / 1000, tz=dt.UTC)
        return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _retry_after(times: list[int], limit: int, window_ms: int, now: int) -> int | None:
    """Seconds until fewer than `limit` failures remain in the window, or None if under it."""
    if len(times) < limit:
        return None
    frees_at = times[len(times) - limit] + window_ms
    return max(1, math.ceil((frees_at - now) / 1000))


def login(
    engine: Engine,
    settings: Settings,
    username: str,
    password: str,
    device_name: str,
    client_addr: str,
) -> Session:
    now = settings.clock()
    since = now - settings.login_window_ms
    actor = audit.Actor(None, username[:100], device_name[:200], client_addr)
    with read_tx(engine) as conn:
        by_user = [
            r.at_ms
            for r in conn.execute(
                select(login_failures.c.at_ms)
                .where(and_(login_failures.c.username == username, login_failures.c.at_ms > since))
                .order_by(login_failures.c.at_ms)
            )
        ]
        by_addr = [
            r.at_ms
            for r in conn.execute(
                select(login_failures.c.at_ms)
                .where(
                    and_(
                        login_failures.c.client_addr == client_addr, login_failures.c.at_ms > since
                    )
                )
                .order_by(login_failures.c.at_ms)
            )
        ]
        user = conn.execute(select(users).where(users.c.username == username)).first()
    waits = [
        w
        for w in (
            _retry_after(
                by_user, settings.login_max_failures_per_user, settings.login_window_ms, now
            ),
            _retry_after(
                by_addr, settings.login_max_failures_per_addr, settings.login_window_ms, now
            ),
        )
        if w is not None
    ]
    if waits:
        with write_tx(engine) as conn:
            audit.record(conn, now, "login", actor, outcome="rate_limited")
        raise AuthError(
            429, "rate_limited", "too many failed sign-ins; try again later", max(waits)
        )

    if user is None:
        burn_time(password)
        ok = False
    else:
        ok = verify_password(password, user.password_hash)
    if not ok:
        with write_tx(engine) as conn:
            conn.execute(
                insert(login_failures).values(
                    username=username[:100], client_addr=client_addr, at_ms=now
                )
            )
            conn.execute(delete(login_failures).where(login_failures.c.at_ms <= since))
            audit.record(conn, now, "login", actor, outcome="failed")
        raise AuthError(401, "wrong_credentials", "wrong username or password")

    actor = audit.Actor(user.id, user.username, device_name[:200], client_addr)
    if user.disabled:
        with write_tx(engine) as conn:
            audit.record(conn, now, "login", actor, outcome="disabled")
        raise AuthError(403, "user_disabled", "this user is disabled")

    token = secrets.token_urlsafe(32)
    expires = now + settings.token_ttl_ms
    with write_tx(engine) as conn:
        conn.execute(
            insert(tokens).values(
                token_hash=token_hash(token),
                user_id=user.id,
                device_name=device_name[:200],
                created_ms=now,
                expires_ms=expires,
                revoked_ms=None,
            )
        )
        conn.execute(delete(login_failures).where(login_failures.c.username == username))
        audit.record(conn, now, "login", actor)
    return Session(token, expires, user.id, user.username, Role(user.role))


def authenticate(engine: Engine, settings: Settings, token: str) -> Principal:
    digest = token_hash(token)
    with read_tx(engine) as conn:
        row = conn.execute(
            select(
                tokens.c.expires_ms,
                tokens.c.revoked_ms,
                tokens.c.device_name,
                users.c.id,
                users.c.username,
                users.c.role,
                users.c.disabled,
            )
            .join(users, users.c.id == tokens.c.user_id)
            .where(tokens.c.token_hash == digest)
        ).first()
    if row is None or row.revoked_ms is not None or row.disabled:
        raise AuthError(401, "unauthorized", "sign in again")
    if row.expires_ms <= settings.clock():
        raise AuthError(401, "token_expired", "the sign-in has expired; sign in again")
    return Principal(row.id, row.username, Role(row.role), row.device_name, digest)


def logout(engine: Engine, settings: Settings, principal: Principal, client_addr: str) -> None:
    now = settings.clock()
    with write_tx(engine) as conn:
        conn.execute(
            update(tokens)
            .where(and_(tokens.c.token_hash == principal.token_hash, tokens.c.revoked_ms.is_(None)))
            .values(revoked_ms=now)
        )
        actor = audit.Actor(
            principal.user_id, principal.username, principal.device_name, client_addr
        )
        audit.record(conn, now, "logout", actor)
