"""The FastAPI application: routes of docs/sync-protocol.md over the store modules.

Routes are plain functions (FastAPI runs them in its thread pool) because the
database work is blocking SQLAlchemy; sign-in alone is async, so that waiting for
its password check (hashpool.py) holds no thread. Every route that touches family data
authenticates the token and checks the family rules itself; nothing is cached
between requests, so a disabled user or a reassignment takes effect at once.
"""

# No `from __future__ import annotations` here: FastAPI must evaluate the route
# signatures, whose Depends() name functions local to create_app.
import asyncio
import contextlib
import datetime as dt
import logging
import secrets
from collections.abc import AsyncIterator, Callable, Iterable
from typing import Annotated, Any, Literal

from anyio import to_thread
from fastapi import Depends, FastAPI, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from ftbt_server import (
    API_VERSION,
    MIN_API_VERSION,
    __version__,
    audit,
    audit_chain,
    auth,
    device_routes,
    devices,
    erasure,
    forwarded,
    migrate,
    oidc,
    probes,
    sso_accounts,
)
from ftbt_server.access import Principal, existing_families, reportable_families
from ftbt_server.accounts import Role
from ftbt_server.db import is_lock_wait, make_engine, read_tx, write_tx
from ftbt_server.denials import DenialLog
from ftbt_server.guard import ProtocolGuard
from ftbt_server.hashpool import HashPool, PoolBusy
from ftbt_server.logs import RequestLogMiddleware
from ftbt_server.metrics import CONTENT_TYPE, Metrics, MetricsMiddleware
from ftbt_server.pull import PULL_FORMS, family_state, pull
from ftbt_server.push import push
from ftbt_server.schemas import (
    AuditOut,
    AuthConfigOut,
    DevicePushOut,
    ErasuresIn,
    ErrorBody,
    ExportIn,
    FamilyStateOut,
    LoginIn,
    LoginOut,
    OidcLoginIn,
    PullOut,
    PushIn,
    PushOut,
    Text,
    VersionOut,
    storable,
)
from ftbt_server.sealed_values import MissingKey
from ftbt_server.settings import DAY_MS, Settings

log = logging.getLogger("ftbt_server")

PULL_LIMIT_MAX = 5000
PURGE_INTERVAL_S = DAY_MS / 1000
# Lock waits a busy sign-in's reservation is given to be withdrawn (2 min at the default).
WITHDRAW_TRIES = 6

STATUS_CODES = {
    400: "invalid",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "request_too_large",
    429: "rate_limited",
    503: "busy",
}


class ApiError(Exception):
    """An error answer in the protocol's shape."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def _errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {status: {"model": ErrorBody} for status in statuses}


def client_addr(request: Request) -> str:
    """The client's address; X-Forwarded-For only from a trusted proxy (forwarded.py)."""
    settings: Settings = request.app.state.settings
    return forwarded.client_address(
        request.client.host if request.client else None,
        request.headers.getlist("x-forwarded-for"),
        settings.trusted_proxies,
    )


def create_app(settings: Settings, engine: Engine | None = None) -> FastAPI:
    """The app over `settings.db_url` (or `engine`); refuses a schema that is not current."""
    own_engine = engine is None
    engine = engine or make_engine(settings.db_url)
    migrate.check(engine)
    # The audit log's checkpoints are MACed with a key derived from the data keys.
    audit_chain.use_keys(getattr(settings.sealer, "keys", None))
    # Entries a stopped server committed and had not chained yet.
    audit_chain.chain_pending(engine)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Routes and their dependencies run in anyio's worker threads (as sign-ins'
        # database steps do): this bounds how many at once, for this event loop.
        to_thread.current_default_thread_limiter().total_tokens = settings.request_threads
        await _purge(engine, settings)
        task = asyncio.create_task(_purge_daily(engine, settings))
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            if own_engine:
                engine.dispose()

    app = FastAPI(
        title="FTBT central store",
        version=__version__,
        summary="Sync protocol v1 of FTBT Desktop (docs/sync-protocol.md)",
        lifespan=lifespan,
    )
    app.state.engine = engine
    app.state.settings = settings
    app.add_middleware(ProtocolGuard, max_body_bytes=settings.max_body_bytes)
    metrics = app.state.metrics = Metrics()
    app.add_middleware(MetricsMiddleware, metrics=metrics)  # outside the guard: counts its refusals
    app.add_middleware(RequestLogMiddleware, access_lines=settings.log_format == "json")
    _install_error_handlers(app, settings.lock_wait_ms)
    probes.install(app)
    if settings.metrics or settings.metrics_token:
        _install_metrics(app, metrics, settings.metrics_token)
    bearer = HTTPBearer(auto_error=False)
    hash_pool = HashPool(settings.login_queue_unknown, settings.login_queue_known)
    denials = DenialLog()

    def signed_in(during_wipe: str = auth.WIPE_REFUSE) -> Callable[..., Principal]:
        """The token's principal; `during_wipe`: what a device ordered to wipe may do here."""

        def check(
            creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
            request: Request,
        ) -> Principal:
            if creds is None:
                raise ApiError(401, "unauthorized", "sign in first")
            addr = client_addr(request)
            return auth.authenticate(
                engine, settings, creds.credentials, addr, denials, during_wipe
            )

        return check

    principal = signed_in()

    def deny(who: Principal, request: Request, action: str, families: Iterable[str] = ()) -> None:
        """Log a refused request as a denial: who, from which device and address."""
        actor = audit.Actor(who.user_id, who.username, who.device_name, client_addr(request))
        with write_tx(engine) as conn:
            audit.record(conn, settings.clock(), action, actor, outcome="denied", families=families)

    def family_user(action: str, during_wipe: str = auth.WIPE_REFUSE) -> Callable[..., Principal]:
        """The dependency of a family data route; `action` names it in the audit log."""

        def check(
            who: Annotated[Principal, Depends(signed_in(during_wipe))], request: Request
        ) -> Principal:
            if who.role is Role.ADMIN:
                family_id = request.path_params.get("family_id")
                deny(who, request, action, [family_id] if _listable(family_id) else [])
                raise ApiError(403, "forbidden", "an admin account has no family data")
            return who

        return check

    def admin_user(who: Annotated[Principal, Depends(principal)], request: Request) -> Principal:
        if who.role is not Role.ADMIN:
            deny(who, request, "read_audit")
            raise ApiError(403, "forbidden", "only an admin may read the audit log")
        return who

    @app.get("/api/v1/version", response_model=VersionOut)
    def version() -> dict[str, Any]:
        return {
            "api": API_VERSION,
            "min_api": MIN_API_VERSION,
            "server_time_ms": settings.clock(),
            "version": __version__,
            "max_pull": min(settings.max_pull_limit, PULL_LIMIT_MAX),
            "pull_forms": list(PULL_FORMS),
        }

    @app.post(
        "/api/v1/auth/login",
        response_model=LoginOut,
        responses=_errors(400, 401, 403, 413, 426, 429, 503),
    )
    async def login(body: LoginIn, request: Request) -> dict[str, Any]:
        try:
            if not settings.local_passwords:
                raise auth.AuthError(
                    403, "local_passwords_off", "sign in with the municipality's login"
                )
            return await password_login(body, request)
        except auth.AuthError as refused:
            metrics.login_failed(refused.code)
            raise

    withdrawals: set[asyncio.Task[None]] = set()

    def withdraw(attempt: auth.Attempt) -> None:
        for _ in range(WITHDRAW_TRIES):
            try:
                auth.cancel_login(engine, attempt)
                return
            except OperationalError as exc:
                if not is_lock_wait(exc):
                    break
        log.warning("a sign-in answered busy stays counted as a failed attempt")

    async def password_login(body: LoginIn, request: Request) -> dict[str, Any]:
        # Async, so a sign-in waiting for its password check holds no request thread.
        if not body.device_key and hash_pool.full(known=False):
            # Refused before any database work: a flood costs next to nothing.
            raise auth.AuthError(503, "busy", "the server is busy; try again shortly", 2)
        attempt = await run_in_threadpool(
            auth.begin_login,
            engine,
            settings,
            body.username,
            body.device_name,
            client_addr(request),
            body.device_key,
            denials,
        )
        try:
            ok = await hash_pool.run(
                auth.check_password, attempt, body.password, known=attempt.known_device
            )
        except PoolBusy as busy:
            await run_in_threadpool(auth.cancel_login, engine, attempt)
            raise auth.AuthError(
                503, "busy", "the server is busy; try again shortly", busy.retry_after
            ) from None
        try:
            session = await run_in_threadpool(
                auth.finish_login, engine, settings, attempt, ok, body.device_key
            )
        except OperationalError as exc:
            if is_lock_wait(exc):
                # Answered busy (below): the reservation must not stay a failed attempt,
                # for the laptop signs in again and would walk into its own lockout. The
                # lock may still be held, so it is withdrawn once it can be, not awaited.
                withdrawing = asyncio.create_task(run_in_threadpool(withdraw, attempt))
                withdrawals.add(withdrawing)
                withdrawing.add_done_callback(withdrawals.discard)
            raise
        return {
            "token": session.token,
            "expires_at": session.expires_at,
            "role": session.role.value,
            "user_id": session.user_id,
            "username": session.username,
            "device_key": session.device_key,
        }

    verifier = oidc.Verifier(settings.oidc) if settings.oidc is not None else None

    @app.get("/api/v1/auth/config", response_model=AuthConfigOut)
    def auth_config() -> dict[str, Any]:
        provider = settings.oidc
        return {
            "oidc": None
            if provider is None
            else {
                "issuer": provider.issuer,
                "client_id": provider.client_id,
                "scopes": provider.scopes,
            },
            "local_passwords": settings.local_passwords,
        }

    @app.post(
        "/api/v1/auth/oidc",
        response_model=LoginOut,
        responses=_errors(400, 401, 403, 404, 413, 426, 503),
    )
    def oidc_login(body: OidcLoginIn, request: Request) -> dict[str, Any]:
        """Sign in with an ID token from the identity provider (ftbt_server/oidc.py)."""
        if verifier is None or settings.oidc is None:
            raise ApiError(404, "oidc_off", "this server has no identity provider configured")
        addr = client_addr(request)
        try:
            identity = verifier.verify(body.id_token)
        except oidc.TokenRefused as refused:
            metrics.login_failed("oidc_" + refused.code)
            with write_tx(engine) as conn:
                audit.record(
                    conn,
                    settings.clock(),
                    "login",
                    audit.Actor(None, "(identity provider)", body.device_name, addr),
                    outcome="failed",
                    detail=f"sso: {refused.code}",
                )
            raise ApiError(401, "token_refused", refused.message) from None
        except oidc.ProviderUnreachable:
            raise ApiError(
                503, "provider_unreachable", "the identity provider cannot be reached"
            ) from None
        try:
            session = sso_accounts.sign_in(
                engine,
                settings,
                settings.oidc,
                identity,
                body.device_name,
                body.device_key,
                addr,
            )
        except auth.AuthError as refused:
            metrics.login_failed(refused.code)
            raise
        return {
            "token": session.token,
            "expires_at": session.expires_at,
            "role": session.role.value,
            "user_id": session.user_id,
            "username": session.username,
            "device_key": session.device_key,
        }

    @app.post("/api/v1/auth/logout", status_code=204, responses=_errors(401, 426))
    def logout(who: Annotated[Principal, Depends(principal)], request: Request) -> Response:
        auth.logout(engine, settings, who, client_addr(request))
        return Response(status_code=204)

    @app.post(
        "/api/v1/sync/push",
        response_model=PushOut,
        responses=_errors(400, 401, 403, 413, 426, 503),
    )
    def sync_push(
        body: PushIn,
        who: Annotated[Principal, Depends(family_user("push", auth.WIPE_PUSH))],
        request: Request,
    ) -> dict[str, Any]:
        if len(body.changes) > settings.max_batch:
            raise ApiError(
                413, "batch_too_large", f"a push carries at most {settings.max_batch} changes"
            )
        result = push(
            engine,
            settings,
            who,
            [c.model_dump() for c in body.changes],
            client_addr(request),
        )
        log.info(
            "push by user %s: %d accepted, %d rejected",
            who.user_id,
            len(result.accepted),
            len(result.rejected),
        )
        metrics.push_done(len(result.accepted), (r["reason"] for r in result.rejected))
        return {
            "accepted": result.accepted,
            "rejected": result.rejected,
            "server_time_ms": settings.clock(),
        }

    @app.get("/api/v1/sync/device", response_model=DevicePushOut, responses=_errors(400, 401, 426))
    def sync_device(
        who: Annotated[Principal, Depends(family_user("read_device"))],
        device_id: Annotated[Text, Query(min_length=1, max_length=100)],
    ) -> dict[str, Any]:
        """The last change this user pushed from this device (a rolled-back vault lacks it)."""
        # One transaction: each costs a checkout, a BEGIN and a COMMIT.
        with read_tx(engine) as conn:
            mark = devices.last_push(conn, who.user_id, device_id)
            if mark is not None and not devices.still_held(conn, mark, who):
                # Its family went to someone else (or was erased): the device purged
                # it, so lacking that change says nothing about an old copy.
                mark = None
            erased = erasure.to_remove(conn, who.user_id, device_id)
        if mark is None:
            return {
                "device_id": device_id,
                "last_change_id": "",
                "last_seq": 0,
                "pushed": 0,
                "erased_families": erased,
            }
        return {
            "device_id": mark.device_id,
            "last_change_id": mark.last_change_id,
            "last_seq": mark.last_seq,
            "pushed": mark.pushed,
            "erased_families": erased,
        }

    @app.post("/api/v1/sync/erasures", status_code=204, responses=_errors(400, 401, 426))
    def confirm_erasures(
        body: ErasuresIn,
        who: Annotated[Principal, Depends(family_user("confirm_erasures"))],
        request: Request,
    ) -> Response:
        """This device no longer holds these erased families."""
        actor = audit.Actor(who.user_id, who.username, who.device_name, client_addr(request))
        erasure.confirm(engine, actor, body.device_id, body.family_ids, settings.clock())
        return Response(status_code=204)

    @app.get(
        "/api/v1/sync/pull", response_model=PullOut, responses=_errors(400, 401, 403, 426, 503)
    )
    def sync_pull(
        who: Annotated[Principal, Depends(family_user("pull"))],
        request: Request,
        after: Annotated[int, Query(ge=0, le=2**62)] = 0,
        limit: Annotated[int | None, Query(ge=1, le=PULL_LIMIT_MAX)] = None,
        count: bool = False,
        form: Literal["changes", "rows"] = "changes",
    ) -> Response:
        try:
            page = pull(
                engine,
                settings,
                who,
                after,
                min(limit or settings.default_pull_limit, settings.max_pull_limit),
                client_addr(request),
                count=count,
                form=form,
            )
        except MissingKey as exc:
            log.error("pull refused: %s", exc)
            raise ApiError(
                503, "busy", "the server cannot read some values yet; try again shortly"
            ) from None
        metrics.pull_done(form)
        # Sent as built: response_model only documents the shape (see Page.to_bytes).
        return Response(page.to_bytes(), media_type="application/json")

    @app.get(
        "/api/v1/families/{family_id}/state",
        response_model=FamilyStateOut,
        responses=_errors(400, 401, 403, 426),
    )
    def state(
        family_id: Annotated[Text, Path(max_length=100)],
        who: Annotated[Principal, Depends(family_user("read_state"))],
        request: Request,
    ) -> dict[str, Any]:
        entities = family_state(engine, settings, who, family_id, client_addr(request))
        if entities is None:
            raise ApiError(403, "forbidden", "you may not read this family")
        return {"family_id": family_id, "entities": entities}

    @app.post("/api/v1/audit/export", status_code=204, responses=_errors(400, 401, 403, 413, 426))
    def report_export(
        body: ExportIn, who: Annotated[Principal, Depends(principal)], request: Request
    ) -> Response:
        actor = audit.Actor(who.user_id, who.username, who.device_name, client_addr(request))
        named = set(body.family_ids)
        with write_tx(engine) as conn:
            # Only families the caller's devices can hold: anything else would put
            # a false "exported by" into the record a citizen may ask to see.
            refused = named - reportable_families(conn, who, named)
            # A refused record lists only families the store has (a citizen of one of
            # them may ask who tried); made-up ids are counted, so one request cannot
            # write thousands of arbitrary ids into the log.
            listed = existing_families(conn, named) if refused else named
            counts = {"families": len(named)}
            if len(listed) < len(named):
                counts["unknown_families"] = len(named) - len(listed)
            audit.record(
                conn,
                settings.clock(),
                "export",
                actor,
                outcome="denied" if refused else "ok",
                families=listed,
                counts=counts,
                detail=f"kind={body.kind} format={body.format}"
                + (f" audience={body.audience}" if body.audience else ""),
            )
        if refused:
            # Unknown families and other users' alike, so the answer confirms none.
            raise ApiError(
                403, "forbidden", f"{len(refused)} of the families named are not yours to read"
            )
        return Response(status_code=204)

    @app.get("/api/v1/audit", response_model=AuditOut, responses=_errors(400, 401, 403, 426))
    def audit_log(
        who: Annotated[Principal, Depends(admin_user)],
        family: Annotated[Text | None, Query(max_length=100)] = None,
        user: Annotated[Text | None, Query(max_length=100)] = None,
        since: Annotated[dt.date | None, Query()] = None,
        limit: Annotated[int, Query(ge=1, le=10_000)] = 1000,
    ) -> dict[str, Any]:
        since_ms = None
        if since is not None:
            start = dt.datetime.combine(since, dt.time(), tzinfo=dt.UTC)
            since_ms = int(start.timestamp() * 1000)
        audit_chain.chain_pending(engine)
        with read_tx(engine) as conn:
            found = audit.entries(conn, family, user, since_ms, limit)
        return {"entries": [e.to_json() for e in found]}

    device_routes.install(app, engine, settings, principal, signed_in(auth.WIPE_CONFIRM))
    return app


def _listable(family_id: object) -> bool:
    """Whether a family id from a refused request can go into the audit log as it is."""
    if not isinstance(family_id, str) or not 0 < len(family_id) <= 100:
        return False
    try:
        storable(family_id)
    except ValueError:
        return False
    return True


def _install_metrics(app: FastAPI, metrics: Metrics, token: str | None) -> None:
    """`/metrics` for Prometheus; with a token, only a scrape that brings it is answered."""

    # On the event loop (it reads only counters in memory), so a scrape is answered while
    # every request thread is taken: that is when IT needs it.
    @app.get("/metrics", include_in_schema=False)
    async def scrape(request: Request) -> Response:
        if token is not None:
            given = request.headers.get("authorization", "")
            if not secrets.compare_digest(given.encode(), f"Bearer {token}".encode()):
                raise ApiError(401, "unauthorized", "this scrape needs the metrics token")
        limiter = to_thread.current_default_thread_limiter()
        threads = (int(limiter.borrowed_tokens), int(limiter.total_tokens))
        return Response(metrics.render(threads), media_type=CONTENT_TYPE)


def _install_error_handlers(app: FastAPI, lock_wait_ms: int) -> None:
    def body(status: int, code: str, message: str, **extra: Any) -> JSONResponse:
        headers = {}
        if extra.get("retry_after") is not None:
            headers["Retry-After"] = str(extra["retry_after"])
        return JSONResponse(
            {"error": code, "message": message, **extra}, status_code=status, headers=headers
        )

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return body(exc.status, exc.code, exc.message)

    @app.exception_handler(auth.AuthError)
    async def _auth_error(_request: Request, exc: auth.AuthError) -> JSONResponse:
        if exc.retry_after is not None:
            return body(exc.status, exc.code, exc.message, retry_after=exc.retry_after)
        return body(exc.status, exc.code, exc.message, **exc.extra)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        # Name where and what, never the submitted value (it may be personal data).
        parts = [
            f"{'.'.join(str(p) for p in err.get('loc', ()))}: {err.get('msg', '')}"
            for err in exc.errors()[:5]
        ]
        return body(400, "invalid", "; ".join(parts) or "invalid request")

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = STATUS_CODES.get(exc.status_code, f"http_{exc.status_code}")
        return body(exc.status_code, code, str(exc.detail))

    @app.exception_handler(OperationalError)
    async def _database(_request: Request, exc: OperationalError) -> JSONResponse:
        if not is_lock_wait(exc):
            raise exc  # to the 500 handler, which logs it with its traceback
        # Nothing was stored (the transaction rolled back): the laptop tries again later.
        log.warning(
            "a request waited over %d s for a lock in the database; answered busy",
            lock_wait_ms // 1000,
        )
        return body(503, "busy", "the server is busy; try again shortly", retry_after=5)

    @app.exception_handler(Exception)
    async def _crash(_request: Request, exc: Exception) -> JSONResponse:
        log.error("unhandled %s", type(exc).__name__)
        return body(500, "server_error", "the server failed; try again later")


async def _purge(engine: Engine, settings: Settings) -> None:
    try:
        await run_in_threadpool(
            audit.purge, engine, settings.clock(), settings.audit_retention_days
        )
    except Exception as exc:  # a failed purge must not stop the server
        log.error("audit retention purge failed: %s", type(exc).__name__)


async def _purge_daily(engine: Engine, settings: Settings) -> None:
    """After the purge at start-up, once a day."""
    while True:
        await asyncio.sleep(PURGE_INTERVAL_S)
        await _purge(engine, settings)
