"""ASGI middleware in front of every route: protocol version and body size.

It answers before any route runs, so an oversized body is never parsed and an
incompatible client gets the 426 of the protocol whatever it called.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from ftbt_server import API_VERSION, MIN_API_VERSION

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

API_HEADER = b"x-ftbt-api"
UNVERSIONED = frozenset({"/api/v1/version"})


async def send_error(send: Send, status: int, body: dict[str, Any]) -> None:
    payload = json.dumps(body).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode("ascii")),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})


class ProtocolGuard:
    def __init__(self, app: App, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        if scope["path"].startswith("/api/") and scope["path"] not in UNVERSIONED:
            refusal = _version_refusal(headers.get(API_HEADER))
            if refusal is not None:
                await send_error(send, *refusal)
                return
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body_bytes:
            await send_error(send, 413, _too_large(self.max_body_bytes))
            return
        if scope.get("method") not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        # Read the body here, bounded, so a chunked upload cannot exceed the limit either.
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            body = message.get("body", b"")
            size += len(body)
            if size > self.max_body_bytes:
                await send_error(send, 413, _too_large(self.max_body_bytes))
                return
            chunks.append(body)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


def _too_large(limit: int) -> dict[str, Any]:
    return {"error": "request_too_large", "message": f"the request body exceeds {limit} bytes"}


def _version_refusal(raw: bytes | None) -> tuple[int, dict[str, Any]] | None:
    # A request without the header (a browser on /docs, a probe) is served as the current API.
    if raw is None:
        return None
    try:
        version = int(raw)
    except ValueError:
        return 400, {"error": "invalid", "message": "X-FTBT-API must be a whole number"}
    if version < MIN_API_VERSION:
        return 426, {
            "error": "client_too_old",
            "message": "this client is too old for the server",
            "server_api": API_VERSION,
        }
    if version > API_VERSION:
        return 426, {
            "error": "client_too_new",
            "message": "this client is newer than the server",
            "server_api": API_VERSION,
        }
    return None
