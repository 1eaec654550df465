"""`ftbt-server serve`: checks before listening, then uvicorn.

The server refuses a non-loopback address without TLS unless told --insecure
(DESIGN §5): family data must not cross a network in clear by accident.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import logging
from dataclasses import dataclass
from pathlib import Path

from ftbt_server import filemodes, key_registry, logs, migrate
from ftbt_server.db import make_engine
from ftbt_server.settings import Settings, data_dir, now_ms

log = logging.getLogger("ftbt_server")


class ServeRefused(Exception):
    """The serve options are unsafe or inconsistent; the message says what to do."""


@dataclass(frozen=True)
class ServeOptions:
    host: str = "127.0.0.1"
    port: int = 8765
    certfile: Path | None = None
    keyfile: Path | None = None
    insecure: bool = False
    log_level: str = "info"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_options(options: ServeOptions) -> None:
    if (options.certfile is None) != (options.keyfile is None):
        raise ServeRefused("give both --certfile and --keyfile for TLS")
    for path in (options.certfile, options.keyfile):
        if path is not None and not path.is_file():
            raise ServeRefused(f"no such file: {path}")
    if options.certfile is None and not is_loopback(options.host) and not options.insecure:
        raise ServeRefused(
            f"refusing to listen on {options.host} without TLS: give --certfile and --keyfile, "
            "or --insecure if a TLS proxy in front of this server handles it"
        )


def serve(settings: Settings, options: ServeOptions) -> None:
    """Raises ServeRefused, filemodes.NotPrivate or migrate.SchemaMismatch before
    listening; else runs until stopped."""
    check_options(options)
    # Before SQLite opens anything: a database others can read is refused, not used.
    filemodes.check(settings.db_url)
    if options.keyfile is not None:
        filemodes.check_key_file(options.keyfile)
    # Imported here: FastAPI and uvicorn would double the start-up time of admin commands.
    import uvicorn

    from ftbt_server.app import create_app

    # A connection for each request thread, so none waits for the pool (5 by default).
    engine = make_engine(
        settings.db_url,
        lock_wait_ms=settings.lock_wait_ms,
        pool_size=max(5, settings.request_threads),
    )
    try:
        migrate.check(engine)
    except migrate.SchemaMismatch:
        engine.dispose()
        raise
    json_logs = settings.log_format == logs.JSON
    if json_logs:
        # Our own handler for every logger, uvicorn's included (log_config=None below),
        # and our access line (logs.py) instead of uvicorn's, which prints raw paths.
        logs.configure(logs.JSON, getattr(logging, options.log_level.upper()))
    try:
        sealer = key_registry.sealer_for(engine, data_dir(), now_ms(), create=True)
    except Exception:
        engine.dispose()
        raise
    app = create_app(dataclasses.replace(settings, sealer=sealer), engine)
    scheme = "https" if options.certfile else "http"
    log.info(
        "serving on %s://%s:%d with %d request threads",
        scheme,
        options.host,
        options.port,
        settings.request_threads,
    )
    try:
        uvicorn.run(
            app,
            host=options.host,
            port=options.port,
            ssl_certfile=str(options.certfile) if options.certfile else None,
            ssl_keyfile=str(options.keyfile) if options.keyfile else None,
            log_level=options.log_level,
            server_header=False,
            log_config=None if json_logs else uvicorn.config.LOGGING_CONFIG,
            access_log=not json_logs,
            # uvicorn would believe X-Forwarded-For from 127.0.0.1; forwarded.py decides instead.
            proxy_headers=False,
        )
    finally:
        engine.dispose()
