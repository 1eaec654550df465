"""Server settings: defaults, environment overrides, and the injectable clock.

Everything an administrator may tune lives here, so the app, the CLI and the
tests build the server from one object. Times are epoch milliseconds
throughout the server, which both SQLite and PostgreSQL compare natively.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from ftbt_desktop.core.clock import MAX_AHEAD_MS
from ftbt_server.forwarded import Network, ProxySettingError, parse_proxies
from ftbt_server.oidc import DEFAULT_SCOPES, OidcConfig, parse_group_rules
from ftbt_server.sealed_values import NoKeys, Sealer

DB_ENV = "FTBT_SERVER_DB"
DATA_DIR_ENV = "FTBT_SERVER_DATA_DIR"
DB_FILE_NAME = "ftbt-server.sqlite3"

HOUR_MS = 3_600_000
# Threads one serve process runs requests' work in (FTBT_SERVER_REQUEST_THREADS); see Settings.
DEFAULT_REQUEST_THREADS = 8
DAY_MS = 24 * HOUR_MS
# Longest a request waits for a lock in the database (FTBT_SERVER_LOCK_WAIT_SECONDS).
DEFAULT_LOCK_WAIT_S = 20


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def data_dir() -> Path:
    """Where the default SQLite file lives: FTBT_SERVER_DATA_DIR or the platform's data dir."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return platformdirs.user_data_path("ftbt-server", appauthor=False)


def default_db_url() -> str:
    return f"sqlite:///{data_dir() / DB_FILE_NAME}"


def resolve_db_url(cli_value: str | None) -> str:
    """`--db` wins, then FTBT_SERVER_DB, then the SQLite file in the data dir."""
    return cli_value or os.environ.get(DB_ENV) or default_db_url()


class SettingsError(ValueError):
    """An FTBT_SERVER_* environment variable has a value the server cannot use."""


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise SettingsError(f"{name} must be a whole number, not {raw!r}") from exc
    if value < 0:
        raise SettingsError(f"{name} must not be negative")
    return value


def _env_positive(name: str, default: int) -> int:
    value = _env_int(name, default)
    if value < 1:
        raise SettingsError(f"{name} must be at least 1")
    return value


def _env_choice(name: str, choices: Sequence[str], default: str) -> str:
    raw = (os.environ.get(name) or default).strip().lower()
    if raw not in choices:
        raise SettingsError(f"{name} must be one of {', '.join(choices)}, not {raw!r}")
    return raw


def _oidc_from_env() -> OidcConfig | None:
    issuer = (os.environ.get("FTBT_SERVER_OIDC_ISSUER") or "").strip().rstrip("/")
    if not issuer:
        return None
    client_id = (os.environ.get("FTBT_SERVER_OIDC_CLIENT_ID") or "").strip()
    if not client_id:
        raise SettingsError("FTBT_SERVER_OIDC_ISSUER needs FTBT_SERVER_OIDC_CLIENT_ID too")
    if not issuer.startswith("https://") and not issuer.startswith("http://127.0.0.1:"):
        raise SettingsError("FTBT_SERVER_OIDC_ISSUER must be an https:// address")
    try:
        groups = parse_group_rules(os.environ.get("FTBT_SERVER_OIDC_GROUPS", ""))
    except ValueError as exc:
        raise SettingsError(f"FTBT_SERVER_OIDC_GROUPS: {exc}") from exc
    if not groups:
        raise SettingsError("FTBT_SERVER_OIDC_GROUPS must map at least one group to a role")
    return OidcConfig(
        issuer=issuer,
        client_id=client_id,
        user_claim=os.environ.get("FTBT_SERVER_OIDC_USER_CLAIM") or "sub",
        groups_claim=os.environ.get("FTBT_SERVER_OIDC_GROUPS_CLAIM") or "groups",
        groups=groups,
        scopes=os.environ.get("FTBT_SERVER_OIDC_SCOPES") or DEFAULT_SCOPES,
        jwks_refresh_s=float(_env_int("FTBT_SERVER_OIDC_JWKS_REFRESH_SECONDS", 30)),
    )


@dataclass(frozen=True)
class Settings:
    db_url: str
    token_ttl_ms: int = 12 * HOUR_MS
    audit_retention_days: int = 183
    # A push of 1000 changes with long texts stays well below this.
    max_body_bytes: int = 16 * 1024 * 1024
    max_batch: int = 1000
    max_pull_limit: int = 5000
    default_pull_limit: int = 500
    clock_ahead_ms: int = MAX_AHEAD_MS  # the one bound of DESIGN §9, from core
    login_window_ms: int = 15 * 60 * 1000
    login_max_failures_per_user: int = 5
    login_max_failures_per_addr: int = 30
    # How long after a coordinator's assignment ended (by this server's clock) their
    # laptop may still deliver its waiting edits of entities the store already has.
    edit_grace_ms: int = 14 * DAY_MS
    login_max_failures_per_device: int = 5
    # After the per-user free failures, the wait doubles from this.
    login_backoff_ms: int = 1000
    # A known-device key unused this long is forgotten.
    known_device_ms: int = 180 * DAY_MS
    # Sign-ins waiting for their password check (hashpool.py); more get HTTP 503.
    login_queue_unknown: int = 16
    login_queue_known: int = 64
    # Threads this process runs requests' work in; more wait their turn, connected. anyio's
    # own 40 made a morning's first round finish late all together: that many threads of
    # one process take turns at the interpreter lock and at PostgreSQL's locks, and pay
    # for it in CPU (docs/server.md, "The morning rush").
    request_threads: int = DEFAULT_REQUEST_THREADS
    # Longest a request waits for a lock in the database before it is answered 503 busy:
    # below the laptops' 30 s timeout, so that a push stuck behind a long lock (an
    # erasure, a purge, an administrator's open transaction) frees its thread and its
    # connection and the laptop hears "busy, try again" rather than nothing.
    lock_wait_ms: int = DEFAULT_LOCK_WAIT_S * 1000
    # Peers whose X-Forwarded-For is believed (see forwarded.py); none by default.
    trusted_proxies: tuple[Network, ...] = ()
    # /metrics: off unless asked for; with a token, a scrape must bring it as a bearer token.
    metrics: bool = False
    metrics_token: str | None = None
    # "text" for a terminal, "json" (one object per line) for a log collector (logs.py).
    log_format: str = "text"
    # Sign-in through the municipality's identity provider (oidc.py); None: passwords only.
    oidc: OidcConfig | None = None
    # Off: only the identity provider signs users in (FTBT_SERVER_LOCAL_PASSWORDS=off).
    local_passwords: bool = True
    # Seals and opens stored values (sealed_values.py); `serve` and the commands set it
    # from the data keys (key_registry.py) once the database has been checked.
    sealer: Sealer = field(default_factory=NoKeys, compare=False)
    # Tests replace the clock to exercise expiry and rate limits without sleeping.
    clock: Callable[[], int] = field(default=now_ms, compare=False)

    @classmethod
    def from_env(
        cls, db_url: str | None = None, trusted_proxies: Sequence[str] | None = None
    ) -> Settings:
        """Settings with FTBT_SERVER_* environment overrides (see docs/server.md).

        `trusted_proxies` (from `serve --trusted-proxy`) replaces FTBT_SERVER_TRUSTED_PROXIES.
        """
        try:
            proxies = parse_proxies(
                trusted_proxies
                if trusted_proxies
                else [os.environ.get("FTBT_SERVER_TRUSTED_PROXIES", "")]
            )
        except ProxySettingError as exc:
            raise SettingsError(str(exc)) from exc
        return cls(
            db_url=resolve_db_url(db_url),
            # Seconds, when set, win over hours: tests need sign-ins that expire quickly.
            token_ttl_ms=_env_int("FTBT_SERVER_TOKEN_SECONDS", 0) * 1000
            or _env_int("FTBT_SERVER_TOKEN_HOURS", 12) * HOUR_MS,
            audit_retention_days=_env_int("FTBT_SERVER_AUDIT_RETENTION_DAYS", 183),
            max_body_bytes=_env_int("FTBT_SERVER_MAX_BODY_BYTES", 16 * 1024 * 1024),
            login_max_failures_per_user=_env_int("FTBT_SERVER_LOGIN_MAX_PER_USER", 5),
            login_max_failures_per_addr=_env_int("FTBT_SERVER_LOGIN_MAX_PER_ADDR", 30),
            login_window_ms=_env_int("FTBT_SERVER_LOGIN_WINDOW_SECONDS", 900) * 1000,
            edit_grace_ms=_env_int("FTBT_SERVER_EDIT_GRACE_DAYS", 14) * DAY_MS,
            login_max_failures_per_device=_env_int("FTBT_SERVER_LOGIN_MAX_PER_DEVICE", 5),
            login_backoff_ms=_env_int("FTBT_SERVER_LOGIN_BACKOFF_MS", 1000),
            known_device_ms=_env_int("FTBT_SERVER_KNOWN_DEVICE_DAYS", 180) * DAY_MS,
            login_queue_unknown=max(1, _env_int("FTBT_SERVER_LOGIN_QUEUE", 16)),
            login_queue_known=max(1, _env_int("FTBT_SERVER_LOGIN_QUEUE_KNOWN", 64)),
            request_threads=_env_positive("FTBT_SERVER_REQUEST_THREADS", DEFAULT_REQUEST_THREADS),
            lock_wait_ms=_env_positive("FTBT_SERVER_LOCK_WAIT_SECONDS", DEFAULT_LOCK_WAIT_S) * 1000,
            trusted_proxies=proxies,
            metrics=_env_choice("FTBT_SERVER_METRICS", ("off", "on"), "off") == "on",
            metrics_token=os.environ.get("FTBT_SERVER_METRICS_TOKEN") or None,
            log_format=_env_choice("FTBT_SERVER_LOG_FORMAT", ("text", "json"), "text"),
            oidc=_oidc_from_env(),
            local_passwords=_env_choice("FTBT_SERVER_LOCAL_PASSWORDS", ("on", "off"), "on") == "on",
        )
