"""`/healthz` and `/readyz` for a load balancer, systemd or a container orchestrator.

`/healthz` says the process answers and touches nothing else, so a slow database
never makes an orchestrator kill a healthy process. `/readyz` says this process can
serve syncs now: the database answers and its schema is the revision this server
ships (an upgrade half done on another node shows here before a laptop notices).
Neither needs a sign-in, and neither says more than a reason code. Both are answered
outside the request threads (FTBT_SERVER_REQUEST_THREADS): requests all waiting on a
lock in the morning rush must not make a busy process look dead, nor every process
unready at once.
"""

from __future__ import annotations

import logging
from typing import Any

from anyio import CapacityLimiter, to_thread
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import SQLAlchemyError

from ftbt_server import migrate

log = logging.getLogger("ftbt_server.probes")


def install(app: FastAPI) -> None:
    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict[str, Any]:
        return {"status": "ok"}

    @app.get("/readyz", include_in_schema=False)
    async def readyz(request: Request) -> JSONResponse:
        # A thread of its own: the request threads' limit is not the probe's to wait for.
        reason = await to_thread.run_sync(
            not_ready_because, request.app.state.engine, limiter=CapacityLimiter(1)
        )
        if reason is None:
            return JSONResponse({"status": "ready"})
        return JSONResponse({"status": "not_ready", "reason": reason}, status_code=503)


def not_ready_because(engine: Any) -> str | None:
    """None when ready, else a reason code: `database_unreachable` or `schema_not_current`."""
    try:
        current = migrate.current_revision(engine)
    except (SQLAlchemyError, OSError) as exc:
        log.warning("readiness: database unreachable (%s)", type(exc).__name__)
        return "database_unreachable"
    if current != _head():
        return "schema_not_current"
    return None


_HEAD: list[str] = []


def _head() -> str:
    # Read once: the migrations on disk do not change under a running process.
    if not _HEAD:
        _HEAD.append(migrate.head_revision())
    return _HEAD[0]
