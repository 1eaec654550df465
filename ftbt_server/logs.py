"""The server's log lines: plain text for a terminal, one JSON object per line for a
log collector (`FTBT_SERVER_LOG_FORMAT=json`).

Every request gets an id (answered in `X-Request-ID`), and each line logged while
the request runs carries it, so an operator can find all lines of one failed sync.
The access line names the route's template, never the path (a family id is in
it) nor the query, a body, a token or a name.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import json
import logging
import secrets
import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ftbt_server.metrics import route_template

TEXT = "text"
JSON = "json"
FORMATS = (TEXT, JSON)
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
REQUEST_ID_HEADER = b"x-request-id"

request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "ftbt_request_id", default=None
)
access_log = logging.getLogger("ftbt_server.access")

# What an access line adds to the record (`extra=`), copied into the JSON object.
ACCESS_FIELDS = ("method", "route", "status", "duration_ms")


class JsonFormatter(logging.Formatter):
    """One JSON object per record: time (UTC, ISO 8601), level, logger, message,
    request_id while a request runs, and an access line's fields."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        rid = getattr(record, "request_id", None) or request_id.get()
        if rid:
            line["request_id"] = rid
        for name in ACCESS_FIELDS:
            if hasattr(record, name):
                line[name] = getattr(record, name)
        if record.exc_info and record.exc_info[0] is not None:
            # The kind of failure only: a traceback's locals and messages may hold values.
            line["error"] = record.exc_info[0].__name__
        return json.dumps(line, ensure_ascii=False)


def configure(log_format: str, level: int = logging.INFO) -> None:
    """Set up the root logger once per process in the chosen format."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter() if log_format == JSON else logging.Formatter(TEXT_FORMAT))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)


def new_request_id() -> str:
    return secrets.token_hex(8)


class RequestLogMiddleware:
    """Gives each request an id, answers it in X-Request-ID, and (in JSON mode, where
    uvicorn's own access log is off) writes one access line per request."""

    def __init__(self, app: ASGIApp, access_lines: bool) -> None:
        self.app = app
        self.access_lines = access_lines

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rid = new_request_id()
        token = request_id.set(rid)
        started = time.perf_counter()
        status = 500

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                message["headers"] = [
                    *message.get("headers", []),
                    (REQUEST_ID_HEADER, rid.encode()),
                ]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            if self.access_lines:
                access_log.info(
                    "request",
                    extra={
                        "method": str(scope.get("method", "")),
                        "route": route_template(scope),
                        "status": status,
                        "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                        "request_id": rid,
                    },
                )
            request_id.reset(token)
