"""Engines and transactions for SQLite and PostgreSQL.

Writers that assign sequence numbers serialise on the `seq_counter` row:
`SELECT … FOR UPDATE` on PostgreSQL, and on SQLite a `BEGIN IMMEDIATE`
transaction (SQLite has one writer at a time; taking the write lock at BEGIN
rather than at the first write also avoids deadlocking two upgrading readers).
"""

from __future__ import annotations

import logging
import re
import select as io_select
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url, select, update
from sqlalchemy.exc import DisconnectionError

from ftbt_server.tables import seq_counter

_WRITE_OPTION = "ftbt_write"
# Work to run once a write transaction has ended (after_end), kept on the connection's
# info until then.
_AFTER_END = "ftbt_after_end"


class DatabaseUrlError(ValueError):
    """The database URL cannot be used as written: a driver the store does not
    support, an option libpq does not know, a `prepare_threshold` it cannot follow."""


def is_sqlite(engine_or_url: Engine | str) -> bool:
    url = engine_or_url.url if isinstance(engine_or_url, Engine) else make_url(engine_or_url)
    return url.get_backend_name() == "sqlite"


def make_engine(db_url: str, lock_wait_ms: int | None = None, **kwargs: Any) -> Engine:
    """An engine for the store; `lock_wait_ms` bounds how long a statement waits for a
    lock (SQLite's writer lock, a PostgreSQL row lock) before it fails with
    `is_lock_wait`. `serve` sets it; the commands wait as long as they must."""
    url = make_url(db_url)
    backend = url.get_backend_name()
    if backend == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        timeout_s = 30.0 if lock_wait_ms is None else lock_wait_ms / 1000
        engine = create_engine(url, connect_args={"timeout": timeout_s}, **kwargs)
        _configure_sqlite(engine)
        return engine
    if backend == "postgresql":
        if url.get_driver_name() != "psycopg":
            raise DatabaseUrlError("use a postgresql+psycopg://… URL for PostgreSQL")
        _quiet_redundant_pipeline_warnings()
        url, prepare = _prepare_threshold(url, db_url)
        _check_driver_options(url)
        if prepare is not _DRIVER_DEFAULT:
            kwargs["connect_args"] = {
                **kwargs.get("connect_args", {}),
                "prepare_threshold": prepare,
            }
        engine = create_engine(url, **kwargs)
        _check_connections_at_checkout(engine)
        if lock_wait_ms is not None:
            _bound_lock_waits(engine, lock_wait_ms)
        return engine
    raise DatabaseUrlError(
        f"unsupported database {backend!r}: use sqlite:/// or postgresql+psycopg://"
    )


_DRIVER_DEFAULT: Any = object()
PREPARE_PARAM = "prepare_threshold"


def _prepare_threshold(url: URL, written: str) -> tuple[URL, Any]:
    """The URL without `prepare_threshold`, and what it asks of psycopg.

    psycopg prepares a statement on PostgreSQL once it has run five times on a
    connection, and the server keeps its statements from one request to the next
    (audit_chain._look_again). A PgBouncer in transaction mode older than 1.22 cannot
    follow them from one transaction to the next (1.21 knows them but not psycopg's
    DEALLOCATE ALL): behind one, the URL says `?prepare_threshold=none`. A number sets
    the runs before a statement is prepared. Left in the URL, the value would reach
    psycopg as text, which it cannot compare with a count.
    """
    given = url.query.get(PREPARE_PARAM)
    if given is None:
        # An empty `prepare_threshold=` is dropped by the URL's parser: say so, rather
        # than prepare behind a pooler that the setting was meant to spare.
        if re.search(rf"[?&]{PREPARE_PARAM}(=|&|$)", written):
            raise DatabaseUrlError(
                f"{PREPARE_PARAM} in the database URL: a number of runs, or none"
            )
        return url, _DRIVER_DEFAULT
    url = url.difference_update_query([PREPARE_PARAM])
    text = given if isinstance(given, str) else ""  # given twice: which one was meant?
    if text.strip().lower() == "none":
        return url, None
    try:
        runs = int(text)
    except ValueError:
        runs = -1
    if runs < 0:
        raise DatabaseUrlError(f"{PREPARE_PARAM} in the database URL: a number of runs, or none")
    return url, runs


def _check_driver_options(url: URL) -> None:
    """Refuse an option in the URL that libpq does not know (`prepare_treshold`), by
    name, when the engine is made. psycopg hands the URL's options to libpq, which
    refused one only at the first connection: a command ended in a traceback, and
    `serve` at its first request. Only the names are checked here, as libpq checks
    them; the message names the option, never the URL (it may hold a password)."""
    if not url.query:
        return
    from psycopg import ProgrammingError
    from psycopg.conninfo import make_conninfo

    options = {
        name: value if isinstance(value, str) else ",".join(value)
        for name, value in url.query.items()
        if name not in _SQLALCHEMY_OPTIONS
    }
    try:
        make_conninfo("", **options)
    except ProgrammingError as exc:
        raise DatabaseUrlError(f"the database URL: {str(exc).strip()}") from None


# Options in the URL that SQLAlchemy takes for itself (its engine plugins), never libpq's.
_SQLALCHEMY_OPTIONS = frozenset({"plugin"})


# A pooled PostgreSQL connection idle longer than this is pinged before use (see below).
PING_AFTER_IDLE_S = 30.0
_CHECKED_IN = "ftbt_checked_in"


def _check_connections_at_checkout(engine: Engine) -> None:
    """Hand out no pooled connection PostgreSQL has closed, without a round trip each time.

    `pool_pre_ping` sends a query before every checkout, and a request checks out three
    or four times (its sign-in check, its route, its audit entry): a round trip each to
    PostgreSQL, and 1–3 ms of the servers' CPU per sync, in the morning rush too. Yet a
    server that ends a connection (a restart, `pg_terminate_backend`, an idle timeout)
    says so on it, and the socket becomes readable while the connection is idle; that
    takes one `poll` to see. Only a connection idle for longer than PING_AFTER_IDLE_S,
    which a network device may have dropped without a word, is pinged as before. A
    connection that fails either check is discarded, and the pool takes another
    (SQLAlchemy's DisconnectionError; it tries three times).
    """

    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_conn: Any, record: Any) -> None:
        record.info[_CHECKED_IN] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        checked_in = record.info.get(_CHECKED_IN)
        idle_s = 0.0 if checked_in is None else time.monotonic() - checked_in
        if not _usable(engine, dbapi_conn, idle_s):
            raise DisconnectionError("the database closed this pooled connection")


def _usable(engine: Engine, dbapi_conn: Any, idle_s: float) -> bool:
    if dbapi_conn.closed or dbapi_conn.broken:
        return False
    try:
        # Idle, nothing is owed to it: anything to read is the server ending it.
        if _has_spoken(dbapi_conn.fileno()):
            return False
    except OSError:
        return False
    if idle_s < PING_AFTER_IDLE_S:
        return True
    try:
        return bool(engine.dialect.do_ping(dbapi_conn))
    except Exception:  # any failure of the ping means: not this connection
        return False


def _bound_lock_waits(engine: Engine, lock_wait_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # For the session: the pool's reset between checkouts is a rollback, which keeps it.
        dbapi_conn.autocommit = True
        dbapi_conn.execute(f"SET lock_timeout = {int(lock_wait_ms)}")
        dbapi_conn.autocommit = False


def is_lock_wait(exc: BaseException) -> bool:
    """Whether a database error is a lock wait that ran out (see make_engine)."""
    orig = getattr(exc, "orig", None)
    if getattr(orig, "sqlstate", None) == "55P03":  # PostgreSQL: lock_not_available
        return True
    return isinstance(orig, sqlite3.OperationalError) and "database is locked" in str(orig)


def _has_spoken(fd: int) -> bool:
    """Whether the socket has something to read (or has closed), without waiting.

    poll() where there is one: select() refuses descriptors numbered 1024 and up, which
    a busy server holding many client connections reaches."""
    if hasattr(io_select, "poll"):
        poller = io_select.poll()
        poller.register(fd, io_select.POLLIN | io_select.POLLERR | io_select.POLLHUP)
        return bool(poller.poll(0))
    readable, _, _ = io_select.select([fd], [], [], 0)
    return bool(readable)


class _RedundantPipelineWarning(logging.Filter):
    """Drops psycopg's "error ignored terminating <psycopg.Pipeline [INERROR, ...]>:
    pipeline aborted".

    psycopg runs `executemany` in pipeline mode, and when a statement in it fails it
    raises that error to the caller, then logs this warning about the pipeline it
    could not end cleanly. The error itself is handled: a push that loses a race to
    another meets its key and is tried again, by design (push.py). So the warning
    came with every lost race, and "INERROR" in a server's log reads as trouble to an
    operator (tests/test_server_push_race.py). Any real failure still raises.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return not ("error ignored terminating" in message and "pipeline aborted" in message)


_PIPELINE_FILTER = _RedundantPipelineWarning()


def _quiet_redundant_pipeline_warnings() -> None:
    psycopg_log = logging.getLogger("psycopg")
    if _PIPELINE_FILTER not in psycopg_log.filters:
        psycopg_log.addFilter(_PIPELINE_FILTER)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event emit BEGIN itself, so writers can ask for IMMEDIATE.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get(_WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@contextmanager
def read_tx(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as conn, conn.begin():
        yield conn


@contextmanager
def snapshot_tx(engine: Engine) -> Iterator[Connection]:
    """A read transaction that sees one moment throughout, however long it reads.

    PostgreSQL's default READ COMMITTED lets each statement see what committed
    before it, so a long check in batches would mix moments; REPEATABLE READ
    keeps the first statement's snapshot. A SQLite read transaction in WAL mode
    does that already.
    """
    with engine.connect() as conn:
        if not is_sqlite(engine):
            conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            yield conn


@contextmanager
def write_tx(engine: Engine) -> Iterator[Connection]:
    """A transaction that will write; on SQLite it holds the write lock from the start.

    Once it has ended, committed or rolled back, the work given to `after_end` runs,
    in order, on the same connection (no transaction open).
    """
    with write_connection(engine) as conn:
        # The info outlives a checkout: drop what an interrupted transaction left.
        conn.info.pop(_AFTER_END, None)
        try:
            with conn.begin():
                yield conn
        finally:
            hooks: list[Callable[[Connection], object]] = conn.info.pop(_AFTER_END, [])
            for hook in hooks:
                hook(conn)


@contextmanager
def write_connection(engine: Engine) -> Iterator[Connection]:
    """A connection whose transactions (`conn.begin()`) will write, for a writer that
    runs several in a row without handing the connection back (nor its hooks)."""
    with engine.connect() as conn:
        conn.execution_options(**{_WRITE_OPTION: True})
        yield conn


def after_end(conn: Connection, hook: Callable[[Connection], object]) -> None:
    """Run `hook(conn)` once the `write_tx` of `conn` has ended, committed or rolled back
    (once per hook); the hook must not raise."""
    hooks = conn.info.setdefault(_AFTER_END, [])
    if hook not in hooks:
        hooks.append(hook)


def lock_sequence(conn: Connection) -> int:
    """The last sequence number issued, locked until this transaction ends."""
    row = conn.execute(
        select(seq_counter.c.value).where(seq_counter.c.id == 1).with_for_update()
    ).one()
    return int(row.value)


def store_sequence(conn: Connection, value: int) -> None:
    conn.execute(update(seq_counter).where(seq_counter.c.id == 1).values(value=value))
