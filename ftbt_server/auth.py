"""Sign-in, tokens and login rate limits.

Tokens are 256 random bits, given to the client once and stored only as their
SHA-256, with an expiry; logout, a new password and disabling the user revoke
them.

Sign-in limits (docs/server.md, "Sign-in limits"), counted in the database so
several server processes share them. Each attempt is reserved before its
password is checked. A device that has signed in before sends the known-device
key it was given then; its attempts count only against that device's own
budget, so nobody guessing at the username elsewhere can lock its owner out.
Attempts without a valid key count per client address (a hard limit) and per
username (a few free, then a doubling wait: a slowdown, never a lockout).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, and_, bindparam, delete, insert, select, text, update

from ftbt_server import audit, device_registry, seal_keys
from ftbt_server.access import Principal
from ftbt_server.accounts import Role
from ftbt_server.db import read_tx, write_tx
from ftbt_server.denials import DenialLog
from ftbt_server.passwords import burn_time, verify_password
from ftbt_server.settings import Settings
from ftbt_server.tables import devices, known_devices, login_failures, tokens, users


class AuthError(Exception):
    """A refused sign-in or token, with the wire error code and HTTP status."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        retry_after: int | None = None,
        extra: dict[str, str] | None = None,
    ):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.retry_after = retry_after
        self.extra = extra or {}  # more fields of the error body (the wipe order's key)


@dataclass(frozen=True)
class Session:
    token: str
    expires_ms: int
    user_id: str
    username: str
    role: Role
    device_key: str = ""  # sent back at the next sign-in from this device

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


def _backoff(times: list[int], free: int, settings: Settings, now: int) -> int | None:
    """Seconds until the username may be tried again from an unknown device, or None.

    `free` failures in the window cost nothing; each one after doubles the wait
    after the latest (1 s, 2 s, 4 s … up to the window). Slows guessing without
    ever locking the name out for a whole window.
    """
    if len(times) < free:
        return None
    delay = min(settings.login_window_ms, settings.login_backoff_ms << min(len(times) - free, 40))
    ready = times[-1] + delay
    if now >= ready:
        return None
    return max(1, math.ceil((ready - now) / 1000))


@dataclass(frozen=True)
class Attempt:
    """A sign-in whose attempt is reserved; the password is checked between begin and finish."""

    id: int
    username: str
    client_addr: str
    device_name: str
    device_hash: str | None  # a known device of this user: its own budget
    user_id: str | None
    password_hash: str | None  # None: no such user (a dummy hash is checked instead)

    @property
    def known_device(self) -> bool:
        return self.device_hash is not None


def _lock(conn: Connection, keys: list[str]) -> None:
    """Serialise reservations on the same buckets across processes (PostgreSQL).

    SQLite needs nothing more: write_tx holds its one write lock from BEGIN.
    """
    if conn.dialect.name != "postgresql":
        return
    for key in sorted(set(keys)):  # one order everywhere, so two logins cannot deadlock
        digest = hashlib.sha256(f"ftbt-login:{key}".encode()).digest()
        conn.execute(
            text("SELECT pg_advisory_xact_lock(:k)"),
            {"k": int.from_bytes(digest[:8], "big", signed=True)},
        )


def _times(conn: Connection, *where: Any) -> list[int]:
    return [
        r.at_ms
        for r in conn.execute(
            select(login_failures.c.at_ms).where(and_(*where)).order_by(login_failures.c.at_ms)
        )
    ]


def begin_login(
    engine: Engine,
    settings: Settings,
    username: str,
    device_name: str,
    client_addr: str,
    device_key: str | None = None,
    denials: DenialLog | None = None,
) -> Attempt:
    """Reserve one attempt atomically, or raise AuthError 429.

    The reservation is written, in the same transaction as the count that allows
    it, before any password is checked: a hundred guesses sent at once get only
    as many checks as the limit. It stays as a failure unless finish_login
    finds the password right (or cancel_login withdraws it).
    """
    now = settings.clock()
    since = now - settings.login_window_ms
    username = username[:100]
    device_name = device_name[:200]
    actor = audit.Actor(None, username, device_name, client_addr)
    offered = token_hash(device_key) if device_key else None
    with write_tx(engine) as conn:
        user = conn.execute(select(users).where(users.c.username == username)).first()
        device_hash = None
        if offered is not None and user is not None:
            known = conn.execute(
                select(known_devices.c.key_hash).where(
                    and_(
                        known_devices.c.key_hash == offered,
                        known_devices.c.user_id == user.id,
                        known_devices.c.last_used_ms > now - settings.known_device_ms,
                    )
                )
            ).first()
            device_hash = offered if known is not None else None
        if device_hash is not None:
            _lock(conn, [f"device:{device_hash}"])
            times = _times(
                conn, login_failures.c.device_hash == device_hash, login_failures.c.at_ms > since
            )
            waits = [
                _retry_after(
                    times, settings.login_max_failures_per_device, settings.login_window_ms, now
                )
            ]
        else:
            _lock(conn, [f"user:{username}", f"addr:{client_addr}"])
            unknown = login_failures.c.device_hash.is_(None)
            in_window = login_failures.c.at_ms > since
            by_user = _times(conn, login_failures.c.username == username, unknown, in_window)
            by_addr = _times(conn, login_failures.c.client_addr == client_addr, unknown, in_window)
            waits = [
                _backoff(by_user, settings.login_max_failures_per_user, settings, now),
                _retry_after(
                    by_addr, settings.login_max_failures_per_addr, settings.login_window_ms, now
                ),
            ]
        wait = max((w for w in waits if w is not None), default=None)
        if wait is not None:
            # A flood of refused guesses is sampled, not logged one by one (denials.py).
            skipped = denials.admit(client_addr, now) if denials is not None else 0
            if skipped is not None:
                counts = {"suppressed": skipped} if skipped else None
                audit.record(conn, now, "login", actor, outcome="rate_limited", counts=counts)
            reserved = None
        else:
            reserved = conn.execute(
                insert(login_failures).values(
                    username=username, client_addr=client_addr, at_ms=now, device_hash=device_hash
                )
            ).inserted_primary_key[0]
    if reserved is None:
        raise AuthError(429, "rate_limited", "too many failed sign-ins; try again later", wait)
    return Attempt(
        id=int(reserved),
        username=username,
        client_addr=client_addr,
        device_name=device_name,
        device_hash=device_hash,
        user_id=user.id if user is not None else None,
        password_hash=user.password_hash if user is not None else None,
    )


def cancel_login(engine: Engine, attempt: Attempt) -> None:
    """Withdraw a reservation whose password was never checked (the server was too busy)."""
    with write_tx(engine) as conn:
        conn.execute(delete(login_failures).where(login_failures.c.id == attempt.id))


def check_password(attempt: Attempt, password: str) -> bool:
    """The slow part, run between begin_login and finish_login (app.py: in the hash pool)."""
    if attempt.password_hash is None:
        burn_time(password)
        return False
    return verify_password(password, attempt.password_hash)


def issue_token(
    conn: Connection,
    settings: Settings,
    user_id: str,
    device_name: str,
    offered_key: str | None,
    new_key: str,
    now: int,
) -> tuple[str, int]:
    """A new sync token bound to the device signing in: (token, expires_ms).

    Every sign-in path issues its token here (inside its transaction), so each is
    bound to a device an administrator can revoke. `offered_key`: the known-device
    key the laptop sent; `new_key`: the one it is given back. Raises
    device_registry.DeviceRefused for a revoked device."""
    device_id = device_registry.bind_sign_in(
        conn,
        user_id,
        device_name,
        token_hash(offered_key) if offered_key else None,
        token_hash(new_key),
        now,
    )
    token = secrets.token_urlsafe(32)
    expires = now + settings.token_ttl_ms
    conn.execute(
        insert(tokens).values(
            token_hash=token_hash(token),
            user_id=user_id,
            device_name=device_name,
            created_ms=now,
            expires_ms=expires,
            revoked_ms=None,
            device_id=device_id,
        )
    )
    return token, expires


def finish_login(
    engine: Engine, settings: Settings, attempt: Attempt, password_ok: bool, device_key: str | None
) -> Session:
    """Record the outcome of a checked attempt: a session, or AuthError 401/403."""
    now = settings.clock()
    actor = audit.Actor(None, attempt.username, attempt.device_name, attempt.client_addr)
    if not password_ok:
        with write_tx(engine) as conn:
            conn.execute(
                delete(login_failures).where(
                    login_failures.c.at_ms <= now - settings.login_window_ms
                )
            )
            audit.record(conn, now, "login", actor, outcome="failed")
        raise AuthError(401, "wrong_credentials", "wrong username or password")

    with write_tx(engine) as conn:
        # The right password: this attempt is no failure, nor this client's own earlier
        # typos; other clients' failures against the name stay counted.
        conn.execute(delete(login_failures).where(login_failures.c.id == attempt.id))
        user = conn.execute(select(users).where(users.c.id == attempt.user_id)).one()
        actor = audit.Actor(user.id, user.username, attempt.device_name, attempt.client_addr)
        if user.disabled:
            audit.record(conn, now, "login", actor, outcome="disabled")
            disabled, refused = True, False
        else:
            disabled = False
            own = (
                login_failures.c.device_hash == attempt.device_hash
                if attempt.device_hash is not None
                else and_(
                    login_failures.c.username == attempt.username,
                    login_failures.c.client_addr == attempt.client_addr,
                    login_failures.c.device_hash.is_(None),
                )
            )
            conn.execute(delete(login_failures).where(own))
            if attempt.device_hash is not None and device_key:
                key = device_key
                conn.execute(
                    update(known_devices)
                    .where(known_devices.c.key_hash == attempt.device_hash)
                    .values(last_used_ms=now)
                )
            else:
                key = secrets.token_urlsafe(32)
                conn.execute(
                    insert(known_devices).values(
                        key_hash=token_hash(key), user_id=user.id, created_ms=now, last_used_ms=now
                    )
                )
            conn.execute(
                delete(known_devices).where(
                    known_devices.c.last_used_ms <= now - settings.known_device_ms
                )
            )
            try:
                token, expires = issue_token(
                    conn, settings, user.id, attempt.device_name, device_key, key, now
                )
            except device_registry.DeviceRefused:
                audit.record(conn, now, "login", actor, outcome="device_revoked")
                refused = True
            else:
                refused = False
                audit.record(
                    conn, now, "login", actor, detail="known device" if attempt.known_device else ""
                )
    if disabled:
        raise AuthError(403, "user_disabled", "this user is disabled")
    if refused:
        raise AuthError(401, "device_revoked", "an administrator has revoked this device")
    return Session(token, expires, user.id, user.username, Role(user.role), key)


def login(
    engine: Engine,
    settings: Settings,
    username: str,
    password: str,
    device_name: str,
    client_addr: str,
    device_key: str | None = None,
) -> Session:
    """Sign in in one call (the app splits it to check the password in its hash pool)."""
    attempt = begin_login(engine, settings, username, device_name, client_addr, device_key)
    return finish_login(engine, settings, attempt, check_password(attempt, password), device_key)


# What a device with a wipe waiting may still do (device_registry.py): nothing, push
# while the user may, or confirm the wipe.
WIPE_REFUSE, WIPE_PUSH, WIPE_CONFIRM = "refuse", "push", "confirm"


# Every request's sign-in check, built once: building a statement cost the server about
# as much CPU as running it (docs/server.md, "The morning rush").
_SIGNED_IN = (
    select(
        tokens.c.expires_ms,
        tokens.c.revoked_ms,
        tokens.c.device_name,
        tokens.c.device_id,
        devices.c.last_seen_ms,
        devices.c.revoked_ms.label("device_revoked_ms"),
        devices.c.wipe_ordered_ms,
        devices.c.wipe_confirmed_ms,
        users.c.id,
        users.c.username,
        users.c.role,
        users.c.disabled,
    )
    .join(users, users.c.id == tokens.c.user_id)
    .outerjoin(devices, devices.c.id == tokens.c.device_id)
    .where(tokens.c.token_hash == bindparam("digest"))
)


def authenticate(
    engine: Engine,
    settings: Settings,
    token: str,
    client_addr: str | None = None,
    denials: DenialLog | None = None,
    during_wipe: str = WIPE_REFUSE,
) -> Principal:
    """The principal of a valid token, else AuthError 401 (audited through `denials`).

    A token of a revoked device: 401 `device_revoked`; of a device ordered to wipe:
    410 `device_wipe` (even past its expiry, so the laptop learns of the order),
    unless `during_wipe` lets this route through."""
    digest = token_hash(token)
    with read_tx(engine) as conn:
        row = conn.execute(_SIGNED_IN, {"digest": digest}).first()
    now = settings.clock()
    reason = None
    if row is None:
        reason = "unknown"
    elif row.wipe_ordered_ms is not None and row.wipe_confirmed_ms is None:
        # A token expired, or revoked with its user (disabled, new password), still
        # hears the order and may confirm it, but pushes nothing more.
        fresh = row.expires_ms > now and row.revoked_ms is None
        allowed = during_wipe == WIPE_CONFIRM or (
            during_wipe == WIPE_PUSH and fresh and not row.disabled
        )
        reason = None if allowed else "device_wipe"
    elif row.revoked_ms is not None:
        reason = "revoked"
    elif row.device_revoked_ms is not None:
        reason = "device_revoked"
    if reason is None and row is not None:
        if row.disabled and during_wipe != WIPE_CONFIRM:
            reason = "user_disabled"
        elif row.expires_ms <= now and row.wipe_ordered_ms is None:
            reason = "expired"
    if reason is None:
        assert row is not None
        if row.device_id is not None:
            device_registry.seen(engine, row.device_id, row.last_seen_ms, now)
        return Principal(
            row.id, row.username, Role(row.role), row.device_name, digest, row.device_id or ""
        )
    if denials is not None and reason not in ("device_wipe",):
        addr = client_addr or "unknown"
        skipped = denials.admit(addr, now)
        if skipped is not None:
            actor = (
                audit.Actor(None, None, None, addr)
                if row is None
                else audit.Actor(row.id, row.username, row.device_name, addr)
            )
            with write_tx(engine) as conn:
                audit.record(
                    conn,
                    now,
                    "token_check",
                    actor,
                    outcome="denied",
                    counts={"suppressed": skipped} if skipped else None,
                    detail=reason,
                )
    if reason == "device_wipe":
        assert row is not None
        device_registry.seen(engine, row.device_id, row.last_seen_ms, now)
        with read_tx(engine) as conn:
            key = seal_keys.public_key(conn)
        raise AuthError(
            410,
            "device_wipe",
            "an administrator has ordered this device wiped",
            extra={"seal_key": key},
        )
    if reason == "device_revoked":
        raise AuthError(401, "device_revoked", "an administrator has revoked this device")
    if reason == "expired":
        raise AuthError(401, "token_expired", "the sign-in has expired; sign in again")
    raise AuthError(401, "unauthorized", "sign in again")


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
