"""The device routes: a user's own devices, and a wiped device's confirmation.

Kept out of app.py so the app only installs them. The routes are plain functions,
run in FastAPI's thread pool like the others (blocking SQLAlchemy).
"""

# No `from __future__ import annotations`: FastAPI evaluates these signatures.
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field
from sqlalchemy import Engine

from ftbt_server import audit, device_registry, forwarded
from ftbt_server.access import Principal
from ftbt_server.db import read_tx
from ftbt_server.schemas import ErrorBody
from ftbt_server.settings import Settings

# More families than any vault holds; only bounds what one request may claim.
MAX_WIPED = 1_000_000


def _errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {status: {"model": ErrorBody} for status in statuses}


class DeviceOut(BaseModel):
    id: str
    name: str
    first_seen_ms: int
    last_seen_ms: int
    revoked_ms: int | None
    wipe_ordered_ms: int | None
    wipe_confirmed_ms: int | None
    current: bool


class DevicesOut(BaseModel):
    devices: list[DeviceOut]


class WipeDoneIn(BaseModel):
    families: int = Field(ge=0, le=MAX_WIPED)


def install(
    app: FastAPI,
    engine: Engine,
    settings: Settings,
    principal: Callable[..., Principal],
    wiping: Callable[..., Principal],
) -> None:
    """Add the routes; `principal` and `wiping` are the app's token checks (auth.py)."""

    def addr(request: Request) -> str:
        return forwarded.client_address(
            request.client.host if request.client else None,
            request.headers.getlist("x-forwarded-for"),
            settings.trusted_proxies,
        )

    @app.get("/api/v1/devices", response_model=DevicesOut, responses=_errors(401, 410, 426))
    def own_devices(who: Annotated[Principal, Depends(principal)]) -> dict[str, Any]:
        """The caller's own devices, this one marked `current`; never another user's."""
        with read_tx(engine) as conn:
            found = device_registry.own_devices(conn, who.user_id)
        return {"devices": device_registry.as_json_list(found, who.device_id)}

    @app.post(
        "/api/v1/devices/wipe-confirmed", status_code=204, responses=_errors(400, 401, 413, 426)
    )
    def wipe_confirmed(
        body: WipeDoneIn, who: Annotated[Principal, Depends(wiping)], request: Request
    ) -> Response:
        """This device has removed every family from its vault, as it was ordered to."""
        if who.device_id:
            actor = audit.Actor(who.user_id, who.username, who.device_name, addr(request))
            device_registry.confirm_wipe(
                engine, who.device_id, body.families, actor, settings.clock()
            )
        return Response(status_code=204)
