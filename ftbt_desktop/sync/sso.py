"""Signing in with the municipality's login: OpenID Connect in the system browser.

The authorization-code flow with PKCE for a native app (RFC 8252): the app opens
the provider's sign-in page in the system browser (never an embedded one, so the
provider's multi-factor sign-in and the browser's own session work as IT set them
up), listens on 127.0.0.1 on a random port for the one redirect that brings the
code back, then stops listening. `state` ties the redirect to this sign-in and
`nonce` ties the ID token to it; the code is exchanged with the PKCE verifier, so
a code that leaks to another program on the laptop is worthless.

The ID token goes to the central store, which checks its signature
(ftbt_server/oidc.py) and answers with its own sync token. The refresh token is
kept only inside the vault (storage/sync_account.py) and used, while online, to
sign in again silently when the sync token runs out.

No Qt here: the window (ui/sync/) and the command line (cli/sync.py) run it, each
with its own way to open the browser and its own words for the page the browser
shows when it is done.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import httpx

from ftbt_desktop.sync.client import ProviderInfo, is_loopback, tls_context
from ftbt_desktop.sync.errors import SsoFailed

REDIRECT_PATH = "/callback"
WAIT_S = 300.0  # time to type a password and answer the phone's prompt
HTTP_TIMEOUT_S = 15.0


@dataclass(frozen=True)
class Endpoints:
    authorization: str
    token: str


@dataclass(frozen=True)
class SsoTokens:
    id_token: str
    refresh_token: str


def discover(provider: ProviderInfo, http: httpx.Client) -> Endpoints:
    """The provider's endpoints from its discovery document, which must name it."""
    url = f"{provider.issuer.rstrip('/')}/.well-known/openid-configuration"
    document = _get_json(http, url)
    try:
        if str(document["issuer"]).rstrip("/") != provider.issuer.rstrip("/"):
            raise SsoFailed("wrong_issuer", "the provider's discovery names another issuer")
        endpoints = Endpoints(
            str(document["authorization_endpoint"]), str(document["token_endpoint"])
        )
    except (KeyError, TypeError) as exc:
        raise SsoFailed("bad_discovery", "unreadable discovery document") from exc
    for endpoint in (endpoints.authorization, endpoints.token):
        _require_secure(endpoint)
    return endpoints


def pkce_pair() -> tuple[str, str]:
    """(verifier, S256 challenge)."""
    verifier = secrets.token_urlsafe(48)
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


class LoopbackRedirect:
    """Listens on 127.0.0.1 (a random port) for exactly one redirect to REDIRECT_PATH."""

    def __init__(self, done_page: str) -> None:
        self._page = done_page.encode("utf-8")
        self._params: dict[str, str] | None = None
        self._arrived = threading.Event()
        self._server = HTTPServer(("127.0.0.1", 0), self._handler())
        self._server.timeout = 0.2
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._stop = threading.Event()

    @property
    def uri(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}{REDIRECT_PATH}"

    def start(self) -> None:
        self._thread.start()

    def wait(self, timeout: float, cancel: threading.Event | None = None) -> dict[str, str]:
        """The redirect's query parameters; SsoFailed on time-out or cancel."""
        deadline = threading.Event()
        timer = threading.Timer(timeout, deadline.set)
        timer.start()
        try:
            while not self._arrived.wait(0.1):
                if deadline.is_set():
                    raise SsoFailed("timeout", "no answer from the browser in time")
                if cancel is not None and cancel.is_set():
                    raise SsoFailed("cancelled", "the sign-in was cancelled")
        finally:
            timer.cancel()
        assert self._params is not None
        return self._params

    def close(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=2)
        self._server.server_close()

    def _serve(self) -> None:
        while not self._stop.is_set() and not self._arrived.is_set():
            self._server.handle_request()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        redirect = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_: Any) -> None:
                pass  # the query holds the code: never logged

            def do_GET(self) -> None:
                url = urllib.parse.urlsplit(self.path)
                if url.path != REDIRECT_PATH or redirect._arrived.is_set():
                    self.send_response(404)
                    self.end_headers()
                    return
                redirect._params = dict(urllib.parse.parse_qsl(url.query))
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Cache-Control", "no-store")
                self.send_header("Content-Length", str(len(redirect._page)))
                self.end_headers()
                self.wfile.write(redirect._page)
                redirect._arrived.set()

        return Handler


def sign_in_at_provider(
    provider: ProviderInfo,
    open_browser: Callable[[str], object],
    done_page: str,
    cancel: threading.Event | None = None,
    wait_s: float = WAIT_S,
    http: httpx.Client | None = None,
) -> SsoTokens:
    """Run the browser sign-in; the provider's ID token and refresh token."""
    own = http is None
    client = http or _http()
    try:
        endpoints = discover(provider, client)
        verifier, challenge = pkce_pair()
        state, nonce = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
        redirect = LoopbackRedirect(done_page)
        redirect.start()
        try:
            query = urllib.parse.urlencode(
                {
                    "response_type": "code",
                    "client_id": provider.client_id,
                    "redirect_uri": redirect.uri,
                    "scope": provider.scopes,
                    "state": state,
                    "nonce": nonce,
                    "code_challenge": challenge,
                    "code_challenge_method": "S256",
                }
            )
            sep = "&" if "?" in endpoints.authorization else "?"
            open_browser(f"{endpoints.authorization}{sep}{query}")
            answer = redirect.wait(wait_s, cancel)
        finally:
            redirect.close()
        if not secrets.compare_digest(answer.get("state", ""), state):
            raise SsoFailed("wrong_state", "the browser brought back another sign-in")
        if "error" in answer:
            raise SsoFailed("refused", str(answer.get("error"))[:100])
        code = answer.get("code")
        if not code:
            raise SsoFailed("no_code", "the provider sent no code")
        tokens = _token_call(
            client,
            endpoints.token,
            {
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": redirect.uri,
                "client_id": provider.client_id,
                "code_verifier": verifier,
            },
        )
        if unverified_claims(tokens.id_token).get("nonce") != nonce:
            raise SsoFailed("wrong_nonce", "the ID token belongs to another sign-in")
        return tokens
    finally:
        if own:
            client.close()


def refresh_at_provider(
    provider: ProviderInfo, refresh_token: str, http: httpx.Client | None = None
) -> SsoTokens:
    """A fresh ID token for the refresh token (silent: no browser)."""
    own = http is None
    client = http or _http()
    try:
        endpoints = discover(provider, client)
        return _token_call(
            client,
            endpoints.token,
            {
                "grant_type": "refresh_token",
                "refresh_token": refresh_token,
                "client_id": provider.client_id,
                "scope": provider.scopes,
            },
            keep_refresh=refresh_token,
        )
    finally:
        if own:
            client.close()


def unverified_claims(id_token: str) -> dict[str, Any]:
    """The ID token's claims without checking its signature: only to compare the nonce
    this laptop made; the central store checks the signature before believing it."""
    try:
        payload = id_token.split(".")[1]
        data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (IndexError, ValueError) as exc:
        raise SsoFailed("bad_token", "the provider sent an unreadable ID token") from exc
    if not isinstance(data, dict):
        raise SsoFailed("bad_token", "the provider sent an unreadable ID token")
    return data


def _token_call(
    client: httpx.Client, url: str, form: dict[str, str], keep_refresh: str = ""
) -> SsoTokens:
    try:
        response = client.post(url, data=form, headers={"Accept": "application/json"})
    except httpx.HTTPError as exc:
        raise SsoFailed("unreachable", type(exc).__name__) from exc
    try:
        body = response.json()
    except ValueError:
        body = {}
    if response.status_code != 200 or not isinstance(body, dict):
        error = body.get("error") if isinstance(body, dict) else None
        raise SsoFailed("token_refused", str(error or response.status_code)[:100])
    id_token = body.get("id_token")
    if not isinstance(id_token, str) or not id_token:
        raise SsoFailed("no_id_token", "the provider sent no ID token")
    refresh = body.get("refresh_token")
    return SsoTokens(id_token, refresh if isinstance(refresh, str) and refresh else keep_refresh)


def _get_json(client: httpx.Client, url: str) -> dict[str, Any]:
    _require_secure(url)
    try:
        response = client.get(url)
        response.raise_for_status()
        data = response.json()
    except (httpx.HTTPError, ValueError) as exc:
        raise SsoFailed("unreachable", type(exc).__name__) from exc
    if not isinstance(data, dict):
        raise SsoFailed("bad_discovery", "unreadable discovery document")
    return data


def _require_secure(url: str) -> None:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme == "https" or (parts.scheme == "http" and is_loopback(parts.hostname or "")):
        return
    raise SsoFailed("insecure", "the identity provider must be reached over https")


def _http() -> httpx.Client:
    return httpx.Client(timeout=HTTP_TIMEOUT_S, follow_redirects=False, verify=tls_context())
