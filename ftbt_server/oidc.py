"""Checking the municipality's OpenID Connect ID tokens (Entra ID, AD FS, Keycloak…).

The laptop signs in at the provider in the system browser (authorization code with
PKCE, ftbt_desktop/sync/sso.py) and hands the ID token here; the server checks it
and issues its own short, device-bound sync token as after a password sign-in.

What a token must be to be believed:
- signed by a key in the provider's JWKS (found through its discovery document),
  with an asymmetric algorithm from ALGORITHMS: never `none`, never HS256 (whose
  "secret" an attacker would take from the public key);
- from the configured issuer, for the configured audience (this app's client id),
  not expired, not before its time, issued at most MAX_TOKEN_AGE_S ago (an old token
  found in a browser history buys nothing), with a little clock leeway.
An unknown `kid` fetches the JWKS again (the provider rotated its keys), at most once
per `jwks_refresh_s` (30 s by default), so forged kids cannot make the server hammer
the provider; a token signed with a brand-new key in that window is refused once and
works when the laptop tries again.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
import jwt

from ftbt_server.roles import Role

log = logging.getLogger("ftbt_server.oidc")

ALGORITHMS = ("RS256", "PS256", "ES256")
LEEWAY_S = 60
MAX_TOKEN_AGE_S = 15 * 60
JWKS_REFRESH_S = 30.0
HTTP_TIMEOUT_S = 10.0
DEFAULT_SCOPES = "openid profile offline_access"


class TokenRefused(Exception):
    """The ID token is not to be believed; `code` says why (no claim values in it)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class ProviderUnreachable(Exception):
    """The provider's discovery document or keys could not be fetched."""


@dataclass(frozen=True)
class GroupRule:
    role: Role
    team: str | None = None


@dataclass(frozen=True)
class OidcConfig:
    issuer: str
    client_id: str
    user_claim: str = "sub"  # "oid" for Entra ID: stable across renames
    groups_claim: str = "groups"
    groups: Mapping[str, tuple[GroupRule, ...]] = field(default_factory=dict)
    scopes: str = DEFAULT_SCOPES
    jwks_refresh_s: float = JWKS_REFRESH_S


def parse_group_rules(text: str) -> dict[str, tuple[GroupRule, ...]]:
    """`GROUP=ROLE[:TEAM]` entries separated by spaces, commas or semicolons, e.g.
    `a1b2…=coordinator:nord 9f8e…=supervisor:nord admins=admin`."""
    rules: dict[str, list[GroupRule]] = {}
    for entry in text.replace(";", " ").replace(",", " ").split():
        group, sep, target = entry.partition("=")
        role_text, _, team = target.partition(":")
        try:
            role = Role(role_text)
        except ValueError as exc:
            raise ValueError(
                f"{entry!r}: the role must be one of {[r.value for r in Role]}"
            ) from exc
        if not sep or not group:
            raise ValueError(f"{entry!r}: write GROUP=ROLE or GROUP=ROLE:TEAM")
        if team and role is Role.ADMIN:
            raise ValueError(f"{entry!r}: an admin belongs to no team")
        rules.setdefault(group, []).append(GroupRule(role, team or None))
    return {group: tuple(found) for group, found in rules.items()}


@dataclass(frozen=True)
class Identity:
    """Who the token names: the issuer and the stable subject, a name to show, groups."""

    issuer: str
    subject: str
    username: str
    groups: tuple[str, ...]


class KeySet:
    """The provider's signing keys, fetched through discovery and cached."""

    def __init__(
        self,
        issuer: str,
        fetch: Callable[[str], Any] | None = None,
        clock: Callable[[], float] = time.monotonic,
        refresh_s: float = JWKS_REFRESH_S,
    ) -> None:
        self.issuer = issuer.rstrip("/")
        self._fetch = fetch or _fetch_json
        self._clock = clock
        self._refresh_s = refresh_s
        self._lock = threading.Lock()
        self._keys: dict[str | None, jwt.PyJWK] = {}
        self._fetched_at: float | None = None

    def key_for(self, kid: str | None, alg: str) -> jwt.PyJWK:
        with self._lock:
            key = self._keys.get(kid)
            due = self._fetched_at is None or self._clock() - self._fetched_at >= self._refresh_s
            if key is None and due:
                self._refresh()
                key = self._keys.get(kid)
        if key is None and kid is None and len(self._keys) == 1:
            key = next(iter(self._keys.values()))  # a provider that names no kids
        if key is None:
            raise TokenRefused(
                "unknown_key", "the token is signed by a key the provider does not list"
            )
        if key.key_type != _key_type(alg):
            raise TokenRefused("wrong_algorithm", "the token's algorithm does not fit its key")
        return key

    def _refresh(self) -> None:
        self._fetched_at = self._clock()
        try:
            discovery = self._fetch(f"{self.issuer}/.well-known/openid-configuration")
            if str(discovery.get("issuer", "")).rstrip("/") != self.issuer:
                raise ProviderUnreachable("the discovery document names another issuer")
            jwks_uri = str(discovery["jwks_uri"])
            if not _secure(jwks_uri):
                raise ProviderUnreachable("the provider's keys must come over https")
            jwks = self._fetch(jwks_uri)
        except (httpx.HTTPError, KeyError, TypeError, ValueError) as exc:
            raise ProviderUnreachable(type(exc).__name__) from exc
        keys: dict[str | None, jwt.PyJWK] = {}
        for raw in jwks.get("keys", []):
            if raw.get("use", "sig") != "sig" or raw.get("kty") not in ("RSA", "EC"):
                continue
            try:
                keys[raw.get("kid")] = jwt.PyJWK(raw)
            except (jwt.PyJWKError, jwt.InvalidKeyError):
                continue
        log.info("fetched %d signing keys from the identity provider", len(keys))
        self._keys = keys


def _secure(url: str) -> bool:
    """https, or plain http to this computer only (a provider run beside the server)."""
    return url.startswith("https://") or url.startswith(("http://127.0.0.1:", "http://[::1]:"))


def _key_type(alg: str) -> str:
    return "EC" if alg.startswith("ES") else "RSA"


def _fetch_json(url: str) -> Any:
    with httpx.Client(timeout=HTTP_TIMEOUT_S, follow_redirects=False) as client:
        response = client.get(url)
        response.raise_for_status()
        return response.json()


class Verifier:
    """Checks ID tokens for one configured provider."""

    def __init__(self, config: OidcConfig, keys: KeySet | None = None) -> None:
        self.config = config
        self.keys = keys or KeySet(config.issuer, refresh_s=config.jwks_refresh_s)

    def verify(self, id_token: str, now: float | None = None) -> Identity:
        try:
            header = jwt.get_unverified_header(id_token)
        except jwt.InvalidTokenError as exc:
            raise TokenRefused("malformed", "not a signed token") from exc
        alg = header.get("alg")
        if alg not in ALGORITHMS:
            raise TokenRefused("wrong_algorithm", "the token's signature algorithm is not allowed")
        key = self.keys.key_for(header.get("kid"), alg)
        try:
            claims = jwt.decode(
                id_token,
                key,
                algorithms=[alg],
                audience=self.config.client_id,
                issuer=self.config.issuer,
                leeway=LEEWAY_S,
                options={"require": ["exp", "iat", "iss", "aud", "sub"]},
            )
        except jwt.ExpiredSignatureError as exc:
            raise TokenRefused("expired", "the token has expired") from exc
        except jwt.ImmatureSignatureError as exc:
            raise TokenRefused("not_yet_valid", "the token is not valid yet") from exc
        except jwt.InvalidAudienceError as exc:
            raise TokenRefused("wrong_audience", "the token is for another application") from exc
        except jwt.InvalidIssuerError as exc:
            raise TokenRefused("wrong_issuer", "the token is from another provider") from exc
        except jwt.InvalidSignatureError as exc:
            raise TokenRefused("bad_signature", "the token's signature does not match") from exc
        except jwt.InvalidTokenError as exc:
            raise TokenRefused("invalid", "the token is not valid") from exc
        audiences = claims["aud"] if isinstance(claims["aud"], list) else [claims["aud"]]
        if len(audiences) > 1 and claims.get("azp") != self.config.client_id:
            # OpenID Connect Core 3.1.3.7: a token for several audiences was issued to
            # the party named in azp; it must be this app, not another that holds it.
            raise TokenRefused("wrong_audience", "the token was issued to another application")
        issued = claims.get("iat")
        if not isinstance(issued, int | float) or (now or time.time()) - issued > (
            MAX_TOKEN_AGE_S + LEEWAY_S
        ):
            raise TokenRefused("too_old", "the token was issued too long ago; sign in again")
        subject = claims.get(self.config.user_claim)
        if not isinstance(subject, str) or not subject or len(subject) > 200:
            raise TokenRefused("no_subject", f"the token has no {self.config.user_claim} claim")
        groups = claims.get(self.config.groups_claim) or []
        if isinstance(groups, str):
            groups = [groups]
        return Identity(
            issuer=self.config.issuer,
            subject=subject,
            username=_display_username(claims, subject),
            groups=tuple(str(g) for g in groups if isinstance(g, str | int))[:500],
        )


def _display_username(claims: Mapping[str, Any], subject: str) -> str:
    for name in ("preferred_username", "upn", "email"):
        value = claims.get(name)
        if isinstance(value, str) and 0 < len(value.strip()) <= 100:
            return value.strip()
    return f"sso-{subject[:40]}"
