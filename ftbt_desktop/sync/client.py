"""The wire protocol (docs/sync-protocol.md) over httpx, errors turned into named exceptions.

Only this module knows HTTP: the engine sees Python values and `SyncError`s.
"""

from __future__ import annotations

import functools
import ipaddress
import ssl
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx

from ftbt_desktop import __version__
from ftbt_desktop.core.changes import Change, ChangeFormatError
from ftbt_desktop.storage.pulled import PulledChange
from ftbt_desktop.sync.errors import (
    BadServerAddress,
    ClockWrong,
    DeviceRevoked,
    IncompatibleServer,
    InsecureServer,
    LocalPasswordsOff,
    RateLimited,
    ServerBusy,
    ServerRejected,
    ServerTrouble,
    ServerUnreachable,
    SsoFailed,
    TokenExpired,
    Unauthorized,
    UserDisabled,
    WipeOrdered,
    WrongPassword,
)

API_VERSION = 1
API_PREFIX = "/api/v1"
MAX_PUSH = 1000
# Pulled pages: the app asks for PULL_PAGE. Pages of 2000 once kept the window from
# waiting on a page's transaction; the window now reads beside a sync's transaction
# (Vault.execute) and the pages that have arrived are applied together, at most
# APPLY_AT_ONCE changes (sync/engine.py), so the page size no longer sets the wait.
# Bigger pages cost the server less per change: a new laptop's 100,000 changes took
# 2.8 s of server CPU in pages of 2000 and 2.4-2.5 s in pages of 5000, 5.2-5.4 s
# end to end against 5.4-5.6 s (bench/sync_bench.py, 2-core machine).
PULL_PAGE = 5000
MAX_PULL = 5000
# What every server of this API serves; a server that does not say its largest
# page (the first ones) is asked for no more.
BASE_PULL = 1000
# The pull page's forms (docs/sync-protocol.md): an object per change, every server's;
# or an array per change with the page's ids written once, half the bytes, asked for
# whenever the server offers it.
CHANGES_FORM = "changes"
ROWS_FORM = "rows"


def normalise_server_url(text: str) -> str:
    """The server's base address as typed by a person; https:// when no scheme is given.

    Plain http:// is refused unless the server is this computer (loopback),
    because the token and the families' data would cross the network unencrypted.
    """
    raw = text.strip()
    if not raw:
        raise BadServerAddress("empty")
    if "://" not in raw:
        raw = "https://" + raw
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BadServerAddress(parts.scheme or "no host")
    try:
        _ = parts.port
    except ValueError as exc:
        raise BadServerAddress("bad port") from exc
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise InsecureServer(parts.hostname)
    path = parts.path.rstrip("/")
    if path.endswith(API_PREFIX):
        path = path[: -len(API_PREFIX)]
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


@functools.cache
def tls_context() -> ssl.SSLContext:
    """The certificate checks every connection to the server uses, made once.

    httpx builds this context anew for each client unless given one, and loading
    the CA bundle costs about 20 ms of CPU: a fifth of a small sync, paid on every
    sync. The context is httpx's own default (certifi's bundle, or SSL_CERT_FILE /
    SSL_CERT_DIR), so which certificates are trusted is unchanged."""
    return httpx.create_ssl_context()


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True, slots=True)
class ServerVersion:
    api: int
    min_api: int
    server_time_ms: int
    version: str
    max_pull: int = BASE_PULL
    # The forms of a pull page the server sends (docs/sync-protocol.md); a server that
    # does not list them (the first ones) sends only the "changes" form.
    pull_forms: frozenset[str] = frozenset({CHANGES_FORM})


@dataclass(frozen=True, slots=True)
class ProviderInfo:
    """The central store's identity provider, as GET /auth/config names it."""

    issuer: str
    client_id: str
    scopes: str


@dataclass(frozen=True, slots=True)
class LoginAnswer:
    token: str
    expires_at: str
    role: str
    user_id: str
    username: str
    # Sent back at the next sign-in: this device's own sign-in budget (docs/server.md).
    device_key: str = ""


@dataclass(frozen=True, slots=True)
class PushAnswer:
    accepted: list[str]
    rejected: list[tuple[str, str, str]]  # change_id, reason, message
    server_time_ms: int


@dataclass(frozen=True, slots=True)
class DevicePush:
    """The last change the server has from this user on this device ("" when none)."""

    last_change_id: str
    last_seq: int
    pushed: int
    # Families erased on the server that this device must remove (ftbt_server/erasure.py).
    erased_families: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DeviceInfo:
    """One of the signed-in user's computers, as the server knows it."""

    name: str
    first_seen_ms: int
    last_seen_ms: int
    revoked: bool
    current: bool  # the computer asking


@dataclass(frozen=True, slots=True)
class PullAnswer:
    changes: list[PulledChange]
    next: int
    has_more: bool
    families: list[str]
    revoked_families: list[str]
    # Device id → the name its user gave it at sign-in (servers from migration 0005 on).
    device_names: dict[str, str] = field(default_factory=dict)
    # Family id → the names of its coordinator's teams; None from a server that does not
    # say (older than issue 18): the teams the vault knows then stay as they are.
    family_teams: dict[str, tuple[str, ...]] | None = None
    # The user's changes the server holds after this page, when asked (`count`); None
    # from a server that does not say (older than issue 19): progress without a total.
    left: int | None = None


# What a pull page may name: the server's column sizes, and a page's own bound.
MAX_DEVICE_ID = 100
MAX_DEVICE_NAME = 200
MAX_NAMED = 100
MAX_FAMILY_ID = 100
MAX_TEAM_NAME = 100
MAX_TEAMS_PER_FAMILY = 100


def _count(raw: Any) -> int | None:
    """A pull's `left`: a count, or None (absent or malformed; only a progress total)."""
    if type(raw) is int and raw >= 0:
        return raw
    return None


def _forms(raw: Any) -> frozenset[str]:
    """A version answer's `pull_forms`: the forms it names that this client knows."""
    if not isinstance(raw, list):
        return frozenset({CHANGES_FORM})
    return frozenset({CHANGES_FORM} | {f for f in raw if f in (CHANGES_FORM, ROWS_FORM)})


def _row_changes(body: dict[str, Any]) -> list[PulledChange]:
    """A "rows" page's changes, each checked as one from an object (`Change.from_dict`).

    Raises TypeError, ValueError or ChangeFormatError on anything malformed (`rows_of`)."""
    return [
        PulledChange(seq, Change.from_texts(texts, value)) for seq, texts, value in rows_of(body)
    ]


def changes_of(body: Any) -> list[PulledChange]:
    """A pull page's changes, in whichever form it came; raises KeyError, TypeError,
    ValueError, ChangeFormatError or RecursionError when any is malformed."""
    if "rows" in body:
        return _row_changes(body)
    return [
        PulledChange(_seq(int(item["seq"])), Change.from_dict(item))
        for item in body.get("changes", [])
    ]


def rows_of(body: dict[str, Any]) -> Iterator[tuple[int, tuple[Any, ...], Any]]:
    """A "rows" page's changes as (seq, texts in `Change.from_texts` order, value), the
    texts not checked yet.

    Raises TypeError or ValueError on a malformed page: a row not an array of ten, a
    seq not a whole number, a position outside its list (never counted from the end,
    as Python would), ids that are not non-empty text."""
    ids = [body.get(name) for name in ("row_families", "row_devices", "row_users")]
    for id_list in ids:
        if not isinstance(id_list, list):
            raise TypeError("a rows page without its ids")
        if not all(isinstance(item, str) and item for item in id_list):
            raise ValueError("an id that is not text")
    families, devices, users = ids
    rows = body["rows"]
    if not isinstance(rows, list):
        raise TypeError("rows that are not an array")
    for row in rows:
        if type(row) is not list or len(row) != 10:
            raise ValueError("a row is an array of ten")
        seq, change_id, entity_type, entity_id, family, field_, hlc, device, user, value = row
        if type(seq) is not int:
            raise ValueError("a row's seq is a whole number")
        texts = (
            change_id,
            entity_type,
            entity_id,
            _at(families, family),
            field_,
            hlc,
            _at(devices, device),
            _at(users, user),
        )
        yield _seq(seq), texts, value


def answer_of(body: Any, changes: list[PulledChange]) -> PullAnswer:
    """A pull page's answer with `changes` read from it; raises KeyError, TypeError or
    ValueError when what it says besides them is malformed."""
    return PullAnswer(
        changes=changes,
        next=_seq(int(body["next"])),
        has_more=bool(body.get("has_more", False)),
        families=[str(f) for f in body.get("families", [])],
        revoked_families=[str(f) for f in body.get("revoked_families", [])],
        device_names=device_names(body.get("device_names")),
        family_teams=family_teams(body.get("family_teams")),
        left=_count(body.get("left")),
    )


# The largest sequence number a server hands out (its `after` takes no more): one
# beyond what SQLite stores would end a sync in a crash rather than a clear refusal.
MAX_SEQ = 2**62


def _seq(number: int) -> int:
    """A sequence number from a pull page, or ValueError when out of bounds."""
    if not 0 <= number <= MAX_SEQ:
        raise ValueError("a sequence number out of bounds")
    return number


def _at(ids: list[Any], position: Any) -> Any:
    """The id at `position` of a rows page's list; bool is no position, nor is -1."""
    if type(position) is not int or not 0 <= position < len(ids):
        raise ValueError("a row refers to no id")
    return ids[position]


def device_names(raw: Any) -> dict[str, str]:
    """The well-formed entries of a pull's `device_names`; anything else is dropped.

    Only a nicety for the conflict wording: a malformed map never fails a sync."""
    if not isinstance(raw, dict):
        return {}
    names: dict[str, str] = {}
    for device_id, name in raw.items():
        if len(names) >= MAX_NAMED:
            break
        if not isinstance(device_id, str) or not isinstance(name, str):
            continue
        name = name.strip()
        if not 0 < len(device_id) <= MAX_DEVICE_ID or not 0 < len(name) <= MAX_DEVICE_NAME:
            continue
        # Shown in a label: no line breaks, no invisible control characters.
        if not name.isprintable():
            continue
        names[device_id] = name
    return names


def family_teams(raw: Any) -> dict[str, tuple[str, ...]] | None:
    """The well-formed entries of a pull's `family_teams` (None when it has none).

    Only the report's breakdown depends on it: a malformed map is taken as none
    (nothing known changes), a malformed entry is dropped, never failing a sync."""
    if not isinstance(raw, dict):
        return None
    teams: dict[str, tuple[str, ...]] = {}
    for family_id, names in raw.items():
        if not isinstance(family_id, str) or not 0 < len(family_id) <= MAX_FAMILY_ID:
            continue
        if not isinstance(names, list) or len(names) > MAX_TEAMS_PER_FAMILY:
            continue
        fit = [
            n
            for n in names
            if isinstance(n, str) and 0 < len(n) <= MAX_TEAM_NAME and n.isprintable()
        ]
        if len(fit) != len(names):
            continue  # a list partly unreadable would name too few teams
        teams[family_id] = tuple(sorted(set(fit)))
    return teams


class SyncClient:
    """One server, one token. One call at a time: the sync engine makes its pulls from
    a helper thread, but never two calls at once (httpx.Client is thread-safe)."""

    def __init__(
        self,
        server_url: str,
        token: str = "",
        timeout: float = 30.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.server_url = normalise_server_url(server_url)
        # Set by `version` from what the server offers; every server sends this one.
        self.pull_form = CHANGES_FORM
        headers = {
            "X-FTBT-API": str(API_VERSION),
            "User-Agent": f"ftbt-desktop/{__version__}",
        }
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self._http = httpx.Client(
            base_url=self.server_url + API_PREFIX,
            headers=headers,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            transport=transport,
            follow_redirects=False,
            verify=tls_context(),
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- calls -------------------------------------------------------------

    def version(self) -> ServerVersion:
        body = self._call("GET", "/version", resend=True)
        try:
            answer = ServerVersion(
                api=int(body["api"]),
                min_api=int(body.get("min_api", body["api"])),
                server_time_ms=int(body["server_time_ms"]),
                version=str(body.get("version", "")),
                max_pull=max(1, int(body.get("max_pull") or BASE_PULL)),
                pull_forms=_forms(body.get("pull_forms")),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ServerTrouble("unreadable version answer") from exc
        if answer.min_api > API_VERSION:
            raise IncompatibleServer("server_too_new", f"server needs api {answer.min_api}")
        if answer.api < API_VERSION:
            raise IncompatibleServer("server_too_old", f"server speaks api {answer.api}")
        self.pull_form = ROWS_FORM if ROWS_FORM in answer.pull_forms else CHANGES_FORM
        return answer

    def login(
        self, username: str, password: str, device_name: str, device_key: str = ""
    ) -> LoginAnswer:
        sent = {"username": username, "password": password, "device_name": device_name}
        if device_key:
            sent["device_key"] = device_key
        body = self._call("POST", "/auth/login", json=sent, login=True)
        try:
            return LoginAnswer(
                token=str(body["token"]),
                expires_at=str(body.get("expires_at") or ""),
                role=str(body.get("role") or ""),
                user_id=str(body.get("user_id") or ""),
                username=str(body.get("username") or username),
                device_key=str(body.get("device_key") or ""),
            )
        except KeyError as exc:
            raise ServerTrouble("unreadable login answer") from exc

    def auth_config(self) -> tuple[ProviderInfo | None, bool]:
        """(the identity provider to sign in with, or None; whether passwords work).
        A server from before sign-in with the municipality's login: (None, True)."""
        try:
            body = self._call("GET", "/auth/config", resend=True)
        except ServerRejected:
            return None, True
        raw = body.get("oidc")
        provider = None
        if isinstance(raw, dict):
            try:
                provider = ProviderInfo(
                    str(raw["issuer"]), str(raw["client_id"]), str(raw.get("scopes") or "openid")
                )
            except KeyError as exc:
                raise ServerTrouble("unreadable sign-in settings") from exc
        return provider, bool(body.get("local_passwords", True))

    def login_oidc(self, id_token: str, device_name: str, device_key: str = "") -> LoginAnswer:
        """Hand the provider's ID token to the server for a sync token (ftbt_server/oidc.py)."""
        sent = {"id_token": id_token, "device_name": device_name}
        if device_key:
            sent["device_key"] = device_key
        try:
            body = self._call("POST", "/auth/oidc", json=sent)
        except (Unauthorized, ServerRejected, UserDisabled) as refused:
            if isinstance(refused, DeviceRevoked | UserDisabled):
                raise
            code = "no_role" if getattr(refused, "code", "") == "no_role" else "token_refused"
            raise SsoFailed(code, str(refused)) from None
        try:
            return LoginAnswer(
                token=str(body["token"]),
                expires_at=str(body.get("expires_at") or ""),
                role=str(body.get("role") or ""),
                user_id=str(body.get("user_id") or ""),
                username=str(body.get("username") or ""),
                device_key=str(body.get("device_key") or ""),
            )
        except KeyError as exc:
            raise ServerTrouble("unreadable login answer") from exc

    def logout(self) -> None:
        self._call("POST", "/auth/logout")

    def push(self, changes: Sequence[Change]) -> PushAnswer:
        if len(changes) > MAX_PUSH:
            raise ValueError(f"at most {MAX_PUSH} changes per push")
        body = self._call(
            "POST", "/sync/push", json={"changes": [c.to_dict() for c in changes]}, resend=True
        )
        try:
            return PushAnswer(
                accepted=[str(i) for i in body.get("accepted", [])],
                rejected=[
                    (str(r["change_id"]), str(r.get("reason", "")), str(r.get("message", "")))
                    for r in body.get("rejected", [])
                ],
                server_time_ms=int(body.get("server_time_ms") or 0),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ServerTrouble("unreadable push answer") from exc

    def device_push(self, device_id: str) -> DevicePush | None:
        """None from a server without the route (it cannot say; nothing is concluded)."""
        try:
            body = self._call("GET", "/sync/device", params={"device_id": device_id}, resend=True)
        except ServerRejected:
            return None
        try:
            erased = body.get("erased_families") or []
            if not isinstance(erased, list) or not all(isinstance(f, str) for f in erased):
                raise ServerTrouble("unreadable device answer")
            return DevicePush(
                last_change_id=str(body.get("last_change_id") or ""),
                last_seq=int(body.get("last_seq") or 0),
                pushed=int(body.get("pushed") or 0),
                erased_families=tuple(erased),
            )
        except (TypeError, ValueError) as exc:
            raise ServerTrouble("unreadable device answer") from exc

    def confirm_erasures(self, device_id: str, family_ids: Sequence[str]) -> None:
        """Tell the server this device no longer holds these erased families."""
        self._call(
            "POST",
            "/sync/erasures",
            json={"device_id": device_id, "family_ids": list(family_ids)},
            resend=True,
        )

    def devices(self) -> list[DeviceInfo]:
        """The signed-in user's own devices (servers from migration 0007 on)."""
        body = self._call("GET", "/devices", resend=True)
        try:
            return [
                DeviceInfo(
                    name=str(item.get("name") or ""),
                    first_seen_ms=int(item["first_seen_ms"]),
                    last_seen_ms=int(item["last_seen_ms"]),
                    revoked=item.get("revoked_ms") is not None,
                    current=bool(item.get("current")),
                )
                for item in body.get("devices", [])
            ]
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ServerTrouble("unreadable devices answer") from exc

    def confirm_wipe(self, families: int) -> None:
        """Tell the server this computer obeyed its wipe order (how many families went)."""
        self._call("POST", "/devices/wipe-confirmed", json={"families": families})

    def pull(self, after: int, limit: int = MAX_PULL, count: bool = False) -> PullAnswer:
        """One page after `after`; `count` asks how many changes follow it (the first
        page of a sync asks, for a progress bar with a total). The page comes in
        `pull_form`: the compact one once `version` found the server offers it."""
        body = self.pull_body(after, limit, count)
        try:
            # Read as what came, not as what was asked: behind one address, a server of
            # the first form (mid-upgrade, or rolled back) ignores `form` and answers
            # objects. Either way every change is checked alike.
            return answer_of(body, changes_of(body))
        except (KeyError, TypeError, ValueError, ChangeFormatError, RecursionError) as exc:
            raise ServerTrouble("unreadable pull answer") from exc

    def pull_body(self, after: int, limit: int = MAX_PULL, count: bool = False) -> Any:
        """`pull`'s page as the server sent it, unchecked (the pull helper reads it itself,
        `pull_helper._ready_page`)."""
        return self.read_answer(self.pull_response(after, limit, count))

    def pull_response(
        self, after: int, limit: int = MAX_PULL, count: bool = False
    ) -> httpx.Response:
        """`pull_body`'s page as it came, not yet read as JSON (`read_answer` does): the
        pull helper fetches a page so while it checks the one before, and keeps its bytes
        rather than a second page's objects meanwhile."""
        params: dict[str, Any] = {"after": after, "limit": min(limit, MAX_PULL)}
        if count:
            params["count"] = "true"
        if self.pull_form != CHANGES_FORM:
            params["form"] = self.pull_form  # a server of the first form knows no `form`
        return self._request("GET", "/sync/pull", resend=True, params=params)

    @staticmethod
    def read_answer(response: httpx.Response) -> dict[str, Any]:
        """A response's JSON answer, or the error it says, as `_call` reads it."""
        return _answer(response, login=False)

    def report_export(
        self, family_ids: Sequence[str], kind: str, fmt: str, audience: str | None = None
    ) -> None:
        """Tell the central audit log about an export made on this computer (ids only)."""
        body: dict[str, Any] = {"family_ids": list(family_ids), "kind": kind, "format": fmt}
        if audience:
            body["audience"] = audience  # "family" or "supervisor"; older servers ignore it
        self._call("POST", "/audit/export", json=body)

    # -- internals ---------------------------------------------------------

    def _call(
        self, method: str, path: str, login: bool = False, resend: bool = False, **kwargs: Any
    ) -> dict[str, Any]:
        """`resend`: the call may reach the server twice harmlessly (a push is known by
        its change ids, and a copy that stores nothing new is logged as such; a page sent
        again is logged as sent; a question or a confirmation made again changes nothing). Such a call is sent once more on a new connection
        when its kept connection closes under it: HTTP/1.1 lets either side close an idle
        connection at any time, uvicorn does after 5 s, as long as httpx keeps one, and
        the request then gets no answer. Sign-ins, sign-out, the wipe's confirmation and
        an export's audit entry are never sent twice: a second copy of one the server
        did carry out would be refused and logged as a denial, or be a second entry in
        the record a citizen may ask to see."""
        return _answer(self._request(method, path, resend, **kwargs), login)

    def _request(
        self, method: str, path: str, resend: bool = False, **kwargs: Any
    ) -> httpx.Response:
        """The response to a request, sent once more when its kept connection closed
        under it and `resend` allows (see `_call`); a failure to reach the server is
        ServerUnreachable."""
        first_sent = False
        try:
            try:
                response = self._http.request(method, path, **kwargs)
            except httpx.RemoteProtocolError:
                if not resend:
                    raise
                # The first copy may have been carried out (a server that died before
                # answering): whatever happens to the second, it was sent.
                first_sent = True
                response = self._http.request(method, path, **kwargs)
        except httpx.TimeoutException as exc:
            raise ServerUnreachable("timeout", sent=first_sent or _maybe_sent(exc)) from exc
        except (httpx.TransportError, OSError) as exc:
            sent = first_sent or _maybe_sent(exc)
            raise ServerUnreachable(type(exc).__name__, sent=sent) from exc
        return response


def _answer(response: httpx.Response, login: bool) -> dict[str, Any]:
    """A response's JSON object, or the error its status and body say."""
    if response.status_code == 204:
        return {}
    body = _json(response)
    if response.is_success:
        if not isinstance(body, dict):
            raise ServerTrouble("answer is not a JSON object")
        return body
    raise _error(response.status_code, body if isinstance(body, dict) else {}, login)


def _maybe_sent(exc: BaseException) -> bool:
    """Whether a request that failed so may have reached the server: only a connection
    never made (refused, no route, a TLS handshake that failed) carried nothing."""
    return not isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout)


def _json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except (ValueError, RecursionError):  # nested past the decoder's depth: unreadable
        return None


def _error(status: int, body: dict[str, Any], login: bool) -> Exception:
    code = str(body.get("error") or "")
    detail = str(body.get("message") or code or status)
    if status == 426 or code in ("client_too_old", "client_too_new"):
        # The server names what the *client* is; we say what the server is.
        which = "server_too_old" if code == "client_too_new" else "server_too_new"
        return IncompatibleServer(which, detail)
    if code == "device_revoked":
        return DeviceRevoked(detail)
    if code == "device_wipe":
        return WipeOrdered(detail, str(body.get("seal_key") or ""))
    if status == 401:
        if login or code == "wrong_credentials":
            return WrongPassword(detail)
        if code == "token_expired":
            return TokenExpired(detail)
        return Unauthorized(detail)
    if status == 403 and code == "user_disabled":
        return UserDisabled(detail)
    if status == 403 and code == "local_passwords_off":
        return LocalPasswordsOff(detail)
    if status == 429 or (status == 503 and code == "busy"):
        try:
            retry_after = float(body.get("retry_after") or 60)
        except (TypeError, ValueError):
            retry_after = 60.0
        if status == 503:
            return ServerBusy(retry_after, detail)
        return RateLimited(retry_after, detail)
    if code in ("clock_ahead", "clock_wrong"):
        return ClockWrong(0, detail)
    if status >= 500:
        return ServerTrouble(f"{status}: {detail}")
    return ServerRejected(code or str(status), detail)
