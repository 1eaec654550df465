"""A real OpenID Connect provider on loopback for the sign-in tests.

Discovery, an authorization endpoint that redirects with a code, a token endpoint
that checks PKCE (S256) and the redirect URI and issues RS256 ID tokens and rotating
refresh tokens, and a JWKS. The test is the user at the browser: `as_user` says who
signs in next. `rotate_keys` replaces the signing key (the old one leaves the JWKS);
`set_groups` changes a user's groups; `mint` signs any token the tests want to try
on the server (expired, for another audience, with another key…).
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

CLIENT_ID = "ftbt-desktop-test"


@dataclass
class ProviderUser:
    sub: str
    preferred_username: str
    groups: list[str] = field(default_factory=list)
    oid: str = ""


@dataclass
class Grant:
    sub: str
    client_id: str
    redirect_uri: str
    challenge: str
    nonce: str | None


class Provider:
    def __init__(self) -> None:
        self.users: dict[str, ProviderUser] = {}
        self.next_user: str | None = None
        self.codes: dict[str, Grant] = {}
        self.refresh_tokens: dict[str, str] = {}  # token → sub
        self.keys: list[tuple[str, rsa.RSAPrivateKey]] = []
        self.requests: list[str] = []
        self.rotate_keys()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def issuer(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    # -- what the tests change ----------------------------------------------

    def add_user(self, sub: str, name: str, groups: list[str]) -> ProviderUser:
        user = ProviderUser(sub, name, list(groups), oid=f"oid-{sub}")
        self.users[sub] = user
        return user

    def as_user(self, sub: str) -> None:
        self.next_user = sub

    def set_groups(self, sub: str, groups: list[str]) -> None:
        self.users[sub].groups = list(groups)

    def rotate_keys(self) -> str:
        kid = secrets.token_hex(8)
        self.keys = [(kid, rsa.generate_private_key(public_exponent=65537, key_size=2048))]
        return kid

    def claims_for(self, sub: str, nonce: str | None = None, **overrides: Any) -> dict[str, Any]:
        user = self.users[sub]
        now = int(time.time())
        claims: dict[str, Any] = {
            "iss": self.issuer,
            "sub": user.sub,
            "oid": user.oid,
            "aud": CLIENT_ID,
            "iat": now,
            "nbf": now,
            "exp": now + 600,
            "preferred_username": user.preferred_username,
            "groups": list(user.groups),
        }
        if nonce is not None:
            claims["nonce"] = nonce
        claims.update(overrides)
        return {k: v for k, v in claims.items() if v is not None}

    def mint(
        self,
        claims: dict[str, Any],
        key: Any = None,
        alg: str = "RS256",
        headers: dict[str, Any] | None = None,
    ) -> str:
        kid, own = self.keys[0]
        return jwt.encode(
            claims, key if key is not None else own, algorithm=alg, headers=headers or {"kid": kid}
        )

    def jwks(self) -> dict[str, Any]:
        keys = []
        for kid, private in self.keys:
            public = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(private.public_key()))
            keys.append({**public, "kid": kid, "use": "sig", "alg": "RS256"})
        return {"keys": keys}

    # -- the HTTP side ------------------------------------------------------

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_: Any) -> None:
                pass

            def _json(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                url = urllib.parse.urlsplit(self.path)
                provider.requests.append(url.path)
                if url.path == "/.well-known/openid-configuration":
                    base = provider.issuer
                    self._json(
                        200,
                        {
                            "issuer": base,
                            "authorization_endpoint": f"{base}/authorize",
                            "token_endpoint": f"{base}/token",
                            "jwks_uri": f"{base}/jwks",
                            "response_types_supported": ["code"],
                            "subject_types_supported": ["public"],
                            "id_token_signing_alg_values_supported": ["RS256"],
                            "code_challenge_methods_supported": ["S256"],
                        },
                    )
                elif url.path == "/jwks":
                    self._json(200, provider.jwks())
                elif url.path == "/authorize":
                    self._authorize(dict(urllib.parse.parse_qsl(url.query)))
                else:
                    self._json(404, {"error": "not_found"})

            def _authorize(self, q: dict[str, str]) -> None:
                sub = provider.next_user
                if (
                    q.get("response_type") != "code"
                    or q.get("code_challenge_method") != "S256"
                    or not q.get("code_challenge")
                    or sub is None
                    or "openid" not in q.get("scope", "").split()
                ):
                    self._json(400, {"error": "invalid_request"})
                    return
                code = secrets.token_urlsafe(16)
                provider.codes[code] = Grant(
                    sub, q["client_id"], q["redirect_uri"], q["code_challenge"], q.get("nonce")
                )
                query = urllib.parse.urlencode({"code": code, "state": q.get("state", "")})
                self.send_response(302)
                self.send_header("Location", f"{q['redirect_uri']}?{query}")
                self.end_headers()

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
                provider.requests.append(self.path)
                if self.path != "/token":
                    self._json(404, {"error": "not_found"})
                elif form.get("grant_type") == "authorization_code":
                    self._code(form)
                elif form.get("grant_type") == "refresh_token":
                    sub = provider.refresh_tokens.pop(form.get("refresh_token", ""), None)
                    if sub is None:
                        self._json(400, {"error": "invalid_grant"})
                    else:
                        self._tokens(sub, None)
                else:
                    self._json(400, {"error": "unsupported_grant_type"})

            def _code(self, form: dict[str, str]) -> None:
                grant = provider.codes.pop(form.get("code", ""), None)
                verifier = form.get("code_verifier", "")
                challenge = (
                    base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
                    .rstrip(b"=")
                    .decode()
                )
                if (
                    grant is None
                    or grant.redirect_uri != form.get("redirect_uri")
                    or grant.client_id != form.get("client_id")
                    or grant.challenge != challenge
                ):
                    self._json(400, {"error": "invalid_grant"})
                    return
                self._tokens(grant.sub, grant.nonce)

            def _tokens(self, sub: str, nonce: str | None) -> None:
                refresh = secrets.token_urlsafe(24)
                provider.refresh_tokens[refresh] = sub
                self._json(
                    200,
                    {
                        "access_token": secrets.token_urlsafe(16),
                        "token_type": "Bearer",
                        "expires_in": 600,
                        "id_token": provider.mint(provider.claims_for(sub, nonce)),
                        "refresh_token": refresh,
                    },
                )

        return Handler


@pytest.fixture
def provider() -> Iterator[Provider]:
    running = Provider()
    try:
        yield running
    finally:
        running.close()


GROUPS = {
    "grp-coord-nord": "coordinator:nord",
    "grp-super-nord": "supervisor:nord",
    "grp-it": "admin",
}


def oidc_env(provider: Provider, **extra: str) -> dict[str, str]:
    """The server's settings for this provider (docs/sign-in.md)."""
    return {
        "FTBT_SERVER_OIDC_ISSUER": provider.issuer,
        "FTBT_SERVER_OIDC_CLIENT_ID": CLIENT_ID,
        "FTBT_SERVER_OIDC_GROUPS": " ".join(f"{g}={r}" for g, r in GROUPS.items()),
        **extra,
    }
