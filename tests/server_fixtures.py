"""A real `ftbt-server` process on loopback, for server tests and end-to-end sync tests.

Use from a test module with `pytest_plugins = ("server_fixtures",)`, then ask for:

- `server`: a running server on a fresh database; parametrized over SQLite and,
  when FTBT_TEST_POSTGRES_URL is set, PostgreSQL (a fresh schema per server).
- `sqlite_server`: the same, SQLite only (for tests that need not run twice).
- `sqlite_server_no_grace`: `sqlite_server` started with `--edit-grace-days 0`,
  so a former coordinator's grace period is over the moment the assignment ends
  (`NO_GRACE` are those serve arguments, for `server_factory`).
- `server_factory`: `server_factory(db_url=None, env=None, serve_args=(...))`
  starts more servers; all are stopped after the test.
- `server_db_url`: a fresh, empty database URL of the parametrized backend.

`examples(normal, soak)` sizes property tests: `normal` in `make test`, `soak` under
FTBT_SOAK=1 (`make soak`, which runs the tests marked `slow`).

A `RunningServer` has `url` (e.g. "http://127.0.0.1:40123"), `db_url`,
`cli(*args)` (runs `python -m ftbt_server --db <db_url> *args`; the CLI's own tests
use it, others the faster in-process `add_user(name, role)`, `assign(family, user)` and
`team(name, members, supervisors)`), `login(name) -> token`, `headers(token)`, and
`stop()`, `kill()` (SIGKILL, for fault tests), `start()` (again, same port and
database). Every user added by `add_user` has the password `PASSWORD` unless
given another.

For fast API tests without a process: the `store` fixture (parametrized like
`server`) gives a `Store`: the app in this process over a fresh database, with a
`FakeClock` (`store.clock.advance(seconds)`), `add_user`, `login`, `push`,
`pull`, `pull_all` and `client` (a Starlette TestClient). `make_change(family_id,
...)` builds a change in the wire format.

Server settings come from the environment of the server process: pass
`env={"FTBT_SERVER_TOKEN_SECONDS": "2", "FTBT_SERVER_LOGIN_MAX_PER_USER": "3"}`
and so on (see docs/server.md).
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, make_url, select, text, update

from ftbt_server import accounts, filemodes, migrate
from ftbt_server.db import make_engine

PG_ENV = "FTBT_TEST_POSTGRES_URL"
# `make soak` (FTBT_SOAK=1) runs the generated tests with many more examples.
SOAK = os.environ.get("FTBT_SOAK") == "1"


def examples(normal: int, soak: int) -> int:
    """How many generated examples a property test tries: few in `make test`, many in soak."""
    return soak if SOAK else normal


PASSWORD = "korrekt-hest-9"
API_HEADERS = {"X-FTBT-API": "1"}
START_TIMEOUT_S = 30.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def listens_on(pid: int, port: int) -> bool:
    """Whether process `pid` holds the socket listening on 127.0.0.1:`port` (Linux's
    /proc; elsewhere assumed, as the suite's workers run on Linux)."""
    proc = Path("/proc")
    if not (proc / "net" / "tcp").exists():
        return True
    try:
        held = {
            os.readlink(fd)[len("socket:[") : -1]
            for fd in (proc / str(pid) / "fd").iterdir()
            if os.readlink(fd).startswith("socket:[")
        }
        table = (proc / "net" / "tcp").read_text().splitlines()[1:]
    except OSError:  # the process ended meanwhile, or a descriptor closed
        return False
    wanted = f"0100007F:{port:04X}"
    for line in table:
        fields = line.split()
        # local address, state 0A (LISTEN), inode
        if fields[1] == wanted and fields[3] == "0A" and fields[9] in held:
            return True
    return False


# This checkout, first on a server's path (`checkout_first`).
CHECKOUT = Path(__file__).resolve().parent.parent


def checkout_first(env: Mapping[str, str]) -> dict[str, str]:
    """`env` with this checkout first on Python's path: a server process (and the zygote)
    then runs the server code beside these tests. A virtual environment shared by a
    second checkout (a `git worktree` measured against main) imports the project from
    the checkout it was set up in, so the tests and benches of one ran the other's
    server: a comparison of two versions' servers compared one with itself."""
    rest = env.get("PYTHONPATH", "")
    return {**env, "PYTHONPATH": os.pathsep.join(filter(None, (str(CHECKOUT), rest)))}


def server_env(data_dir: Path, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    env = checkout_first(os.environ)
    env.pop("FTBT_SERVER_DB", None)
    env.update(
        {
            "FTBT_KDF_PROFILE": "owasp-min",
            "FTBT_SERVER_DATA_DIR": str(data_dir),
            "PYTHONUNBUFFERED": "1",
        }
    )
    env.update(extra or {})
    return env


def store_values_clear(server: RunningServer) -> None:
    """Open every sealed value in place, as a server before schema 0009 stored them
    (that schema's downgrade refuses sealed values: an older server cannot read them)."""
    from ftbt_server import tables
    from ftbt_server.data_keys import KeyStore, read_file
    from ftbt_server.sealed_values import ValueSealer, binding

    keys = KeyStore(read_file(server.workdir / "ftbt-server.keys"))
    sealer = ValueSealer(keys)
    engine = make_engine(server.db_url)
    try:
        with engine.begin() as conn:
            for table in (tables.changes, tables.state):
                for row in conn.execute(select(table).where(table.c.key_id.is_not(None))).all():
                    aad = binding(row.change_id, row.entity_id, row.field)
                    conn.execute(
                        update(table)
                        .where(table.c.change_id == row.change_id, table.c.field == row.field)
                        .values(key_id=None, value=sealer.open(row.key_id, row.value, aad))
                    )
    finally:
        engine.dispose()


class ServerFailed(RuntimeError):
    """The server process did not come up; the message carries its log's tail."""


# Test servers are forked from a per-worker process that has imported the server
# (tests/server_zygote.py: a server start costs a fork, not 0.9 CPU-s of imports).
# FTBT_TEST_SPAWN_SERVERS=1, or `RunningServer(spawn=True)`, starts each in a new
# interpreter instead, as `python -m ftbt_server serve` (tests/test_server_zygote.py
# runs both). Windows has no fork: there every server is spawned.
SPAWN_SERVERS = os.environ.get("FTBT_TEST_SPAWN_SERVERS") == "1" or not hasattr(os, "fork")
ZYGOTE = Path(__file__).with_name("server_zygote.py")


class ForkedServer:
    """A server process forked by the zygote: the part of `subprocess.Popen` the
    fixtures use. The zygote, its parent, writes its exit code to a file."""

    def __init__(self, pid: int, status_dir: Path) -> None:
        self.pid = pid
        self._status = status_dir / str(pid)
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None and self._status.exists():
            self.returncode = int(self._status.read_text())
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(f"server {self.pid}", timeout or 0)
            time.sleep(0.01)
        assert self.returncode is not None
        return self.returncode

    def send_signal(self, sig: int) -> None:
        # Never signal a pid the zygote has reaped (and the system may have reused).
        if self.poll() is None:
            os.kill(self.pid, sig)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)


class Zygote:
    def __init__(self) -> None:
        env = checkout_first({**os.environ, "PYTHONUNBUFFERED": "1"})
        self.process = subprocess.Popen(
            [sys.executable, str(ZYGOTE)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
        self.status_dir = Path(tempfile.mkdtemp(prefix="ftbt-zygote-"))
        self.lock = threading.Lock()

    def start(self, argv: Sequence[str], env: Mapping[str, str], log: Path) -> ForkedServer:
        assert self.process.stdin is not None and self.process.stdout is not None
        request = {"argv": list(argv), "env": dict(env), "log": str(log)}
        request.update(cwd=os.getcwd(), status_dir=str(self.status_dir))
        with self.lock:  # one request and its answer at a time
            self.process.stdin.write(json.dumps(request).encode() + b"\n")
            self.process.stdin.flush()
            answer = self.process.stdout.readline()
        if not answer:
            raise ServerFailed(f"the server zygote exited {self.process.wait()}")
        return ForkedServer(int(json.loads(answer)["pid"]), self.status_dir)

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.status_dir, ignore_errors=True)


_ZYGOTES: list[Zygote] = []


def _zygote() -> Zygote:
    if not _ZYGOTES or _ZYGOTES[0].process.poll() is not None:
        _ZYGOTES[:] = [Zygote()]
        atexit.register(_ZYGOTES[0].close)
    return _ZYGOTES[0]


class RunningServer:
    def __init__(
        self,
        workdir: Path,
        db_url: str,
        env: Mapping[str, str] | None = None,
        serve_args: Sequence[str] = ("--log-level", "warning"),
        spawn: bool = False,
    ) -> None:
        self.workdir = workdir
        self.db_url = db_url
        self.env = server_env(workdir, env)
        self.serve_args = tuple(serve_args)
        self.port = free_port()
        self.log_path = workdir / "server.log"
        self.process: subprocess.Popen[bytes] | ForkedServer | None = None
        # A new interpreter per start, as IT runs it; else a fork of the worker's zygote.
        self.spawn = spawn or SPAWN_SERVERS

    @property
    def url(self) -> str:
        scheme = "https" if "--certfile" in self.serve_args else "http"
        return f"{scheme}://127.0.0.1:{self.port}"

    # -- the administrator's CLI ------------------------------------------

    def cli(
        self, *args: str, password: str | None = None, check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        env = dict(self.env)
        if password is not None:
            env["FTBT_PASSWORD"] = password
        result = subprocess.run(
            [sys.executable, "-m", "ftbt_server", "--db", self.db_url, *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            stdin=subprocess.DEVNULL,
        )
        if check and result.returncode != 0:
            raise AssertionError(
                f"ftbt-server {' '.join(args)} exited {result.returncode}: {result.stderr[-2000:]}"
            )
        return result

    def init(self) -> None:
        """Migrate the database in this process (the CLI's `init` has its own test),
        leaving it owner-only as `init` does: `serve` refuses a database others can read."""
        engine = make_engine(self.db_url)
        try:
            migrate.upgrade(engine)
        finally:
            engine.dispose()
        filemodes.tighten(self.db_url, own_folder=True)

    def add_user(self, name: str, role: str = "coordinator", password: str = PASSWORD) -> None:
        """Add a user in this process, as `ftbt-server user add` does, but faster."""
        engine = make_engine(self.db_url)
        try:
            accounts.add_user(engine, name, password, role)
        finally:
            engine.dispose()

    def assign(self, family_id: str, name: str, substitute: bool = False) -> None:
        """`ftbt-server family assign`, in this process. A reassignment ends the old
        coordinator's at this computer's clock; their waiting edits of existing entities
        are accepted during the grace period, whatever their stamps say (`NO_GRACE`)."""
        engine = make_engine(self.db_url)
        try:
            accounts.assign_family(engine, family_id, name, substitute=substitute)
        finally:
            engine.dispose()

    def team(self, name: str, members: Sequence[str] = (), supervisors: Sequence[str] = ()) -> None:
        """`ftbt-server team add|member|supervisor`, in this process."""
        engine = make_engine(self.db_url)
        try:
            accounts.add_team(engine, name)
            for user in members:
                accounts.set_team_member(engine, name, user, "member")
            for user in supervisors:
                accounts.set_team_member(engine, name, user, "supervisor")
        finally:
            engine.dispose()

    # -- the API ----------------------------------------------------------

    def headers(self, token: str | None = None) -> dict[str, str]:
        headers = dict(API_HEADERS)
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        return headers

    def login(self, name: str, password: str = PASSWORD, device_name: str = "test") -> str:
        response = httpx.post(
            f"{self.url}/api/v1/auth/login",
            json={"username": name, "password": password, "device_name": device_name},
            headers=self.headers(),
            timeout=30,
        )
        response.raise_for_status()
        return str(response.json()["token"])

    # -- the process ------------------------------------------------------

    def start(self) -> None:
        """Start (or start again) on the same port and database; waits until it answers."""
        assert self.process is None or self.process.poll() is not None, "already running"
        argv = [
            "--db",
            self.db_url,
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            *self.serve_args,
        ]
        if self.spawn:
            with self.log_path.open("ab") as log:
                self.process = subprocess.Popen(
                    [sys.executable, "-m", "ftbt_server", *argv],
                    env=self.env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    stdin=subprocess.DEVNULL,
                )
        else:
            self.process = _zygote().start(argv, self.env, self.log_path)
        self._wait_ready()

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        assert self.process is not None
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ServerFailed(
                    f"ftbt-server exited {self.process.returncode}: {self.log_tail()}"
                )
            try:
                # Readiness only; TLS tests verify the certificate themselves.
                response = httpx.get(f"{self.url}/api/v1/version", timeout=1.0, verify=False)
                # Another worker's server may hold the port (probed free, then taken):
                # its answer is not this process being ready, and this one will exit.
                if response.status_code == 200 and listens_on(self.process.pid, self.port):
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.05)
        self.kill()
        raise ServerFailed(
            f"ftbt-server did not answer within {START_TIMEOUT_S} s: {self.log_tail()}"
        )

    def log_tail(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-3000:]
        except FileNotFoundError:
            return ""

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self) -> None:
        """Stop gracefully (SIGTERM), killing it if it does not stop in 10 s."""
        if not self.running:
            return
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.kill()

    def kill(self) -> None:
        """Kill at once (SIGKILL), as a crash or power cut would."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)


@contextmanager
def running_server(
    workdir: Path,
    db_url: str | None = None,
    env: Mapping[str, str] | None = None,
    serve_args: Sequence[str] = ("--log-level", "warning"),
    spawn: bool = False,
) -> Iterator[RunningServer]:
    """Initialise the database (SQLite in `workdir` unless given) and run a server on it."""
    workdir.mkdir(mode=0o700, parents=True, exist_ok=True)  # the server's own, as init makes it
    sqlite_url = f"sqlite:///{workdir / 'server.sqlite3'}"
    server = RunningServer(workdir, db_url or sqlite_url, env, serve_args, spawn)
    server.init()
    for attempt in range(3):
        try:
            server.start()
            break
        except ServerFailed:
            # Another process may have taken the free port between probe and bind.
            if attempt == 2 or "address already in use" not in server.log_tail():
                raise
            server.port = free_port()
    try:
        yield server
    finally:
        server.stop()


# -- PostgreSQL: one database per test session, one schema per use ---------


class PostgresSchemas:
    """Creates a throwaway database, hands out fresh schemas in it, drops it at the end."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = make_url(admin_url)
        self.database = f"ftbt_test_{uuid.uuid4().hex[:12]}"
        admin = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{self.database}"'))
        admin.dispose()
        self.base_url = self.admin_url.set(database=self.database)
        self.engine = create_engine(self.base_url, isolation_level="AUTOCOMMIT")

    def fresh_url(self) -> str:
        schema = f"s_{uuid.uuid4().hex[:12]}"
        with self.engine.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        url = self.base_url.update_query_dict({"options": f"-csearch_path={schema}"})
        return url.render_as_string(hide_password=False)

    def close(self) -> None:
        self.engine.dispose()
        admin = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def postgres_schemas() -> Iterator[PostgresSchemas]:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"PostgreSQL tests need {PG_ENV} (a postgresql+psycopg:// URL)")
    schemas = PostgresSchemas(url)
    try:
        yield schemas
    finally:
        schemas.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def server_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database URL: SQLite always, PostgreSQL when configured."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite3'}"
    schemas: PostgresSchemas = request.getfixturevalue("postgres_schemas")
    return schemas.fresh_url()


@pytest.fixture
def server_factory(tmp_path: Path) -> Iterator[Callable[..., RunningServer]]:
    with ExitStack() as stack:
        count = 0
        # Servers on one database share the first one's data keys, as an administrator
        # copies the key file to every server of a store.
        key_files: dict[str, Path] = {}

        def start(
            db_url: str | None = None, env: Mapping[str, str] | None = None, **kwargs: Any
        ) -> RunningServer:
            nonlocal count
            count += 1
            workdir = tmp_path / f"server{count}"
            env = dict(env or {})
            if db_url is not None and not {"FTBT_SERVER_KEY_FILE", "FTBT_SERVER_DATA_KEYS"} & set(
                env
            ):
                env["FTBT_SERVER_KEY_FILE"] = str(
                    key_files.setdefault(db_url, workdir / "ftbt-server.keys")
                )
            return stack.enter_context(running_server(workdir, db_url, env, **kwargs))

        yield start


@pytest.fixture
def server(server_factory: Callable[..., RunningServer], server_db_url: str) -> RunningServer:
    return server_factory(server_db_url)


@pytest.fixture
def sqlite_server(server_factory: Callable[..., RunningServer]) -> RunningServer:
    return server_factory()


# Serve arguments of a server without a grace period for former coordinators.
NO_GRACE = ("--log-level", "warning", "--edit-grace-days", "0")


@pytest.fixture
def sqlite_server_no_grace(server_factory: Callable[..., RunningServer]) -> RunningServer:
    return server_factory(serve_args=NO_GRACE)


def api(server: RunningServer, token: str | None = None, **kwargs: Any) -> httpx.Client:
    """An httpx client for the server's API, with the protocol header (and the token)."""
    return httpx.Client(base_url=server.url, headers=server.headers(token), timeout=30, **kwargs)


# -- the app in this process, for fast API tests with a controllable clock -----


class FakeClock:
    """Epoch milliseconds that move only when told to."""

    def __init__(self) -> None:
        self.ms = time.time_ns() // 1_000_000

    def __call__(self) -> int:
        return self.ms

    def advance(self, seconds: float) -> None:
        self.ms += int(seconds * 1000)


class Store:
    """An initialised database, the app over it, and helpers to act as its users."""

    def __init__(self, db_url: str, **settings: Any) -> None:
        with warnings.catch_warnings():
            # Starlette now prefers `httpx2` for its test client; httpx still works.
            warnings.filterwarnings("ignore", message="Using `httpx` with")
            from fastapi.testclient import TestClient

        from ftbt_server.app import create_app
        from ftbt_server.settings import Settings

        self.db_url = db_url
        self.clock = FakeClock()
        self.engine = make_engine(db_url)
        migrate.upgrade(self.engine)
        if "sealer" not in settings:
            from ftbt_server.data_keys import KeyRing, KeyStore
            from ftbt_server.sealed_values import ValueSealer

            settings["sealer"] = ValueSealer(KeyStore(KeyRing.generate()))
        self.settings = Settings(db_url=db_url, clock=self.clock, **settings)
        self.app = create_app(self.settings, self.engine)
        self.client = TestClient(self.app, headers=API_HEADERS)
        self.tokens: dict[str, str] = {}

    def close(self) -> None:
        from ftbt_server import audit_chain

        self.client.close()
        self.engine.dispose()
        audit_chain.use_keys(None)  # the app set its keys for the audit checkpoints

    def add_user(self, name: str, role: str = "coordinator", password: str = PASSWORD) -> str:
        return accounts.add_user(self.engine, name, password, role).id

    def login(self, name: str, password: str = PASSWORD, device_name: str = "laptop") -> str:
        response = self.client.post(
            "/api/v1/auth/login",
            json={"username": name, "password": password, "device_name": device_name},
        )
        assert response.status_code == 200, response.text
        self.tokens[name] = response.json()["token"]
        return self.tokens[name]

    def auth(self, name_or_token: str) -> dict[str, str]:
        token = self.tokens.get(name_or_token, name_or_token)
        return {"Authorization": f"Bearer {token}"}

    def push(self, who: str, changes: list[dict[str, Any]]) -> httpx.Response:
        return self.client.post(
            "/api/v1/sync/push", json={"changes": changes}, headers=self.auth(who)
        )

    def pull(self, who: str, after: int = 0, limit: int | None = None) -> httpx.Response:
        params: dict[str, int] = {"after": after}
        if limit is not None:
            params["limit"] = limit
        return self.client.get("/api/v1/sync/pull", params=params, headers=self.auth(who))

    def pull_all(self, who: str, after: int = 0, limit: int = 1000) -> dict[str, Any]:
        """Every page from `after` on: changes, the final cursor and the last page's lists."""
        collected: list[dict[str, Any]] = []
        while True:
            response = self.pull(who, after, limit)
            assert response.status_code == 200, response.text
            page = response.json()
            collected.extend(page["changes"])
            after = page["next"]
            if not page["has_more"]:
                return {**page, "changes": collected, "next": after}


@pytest.fixture
def store(server_db_url: str) -> Iterator[Store]:
    """The app in this process over a fresh database, SQLite and PostgreSQL."""
    instance = Store(server_db_url)
    try:
        yield instance
    finally:
        instance.close()


@pytest.fixture
def keyed(server_db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    """`store`, whose data keys the `ftbt-server` commands run in this process hold too
    (FTBT_SERVER_DATA_KEYS), so a test can use the CLI on its database."""
    import base64

    from ftbt_server.data_keys import KeyRing, KeyStore
    from ftbt_server.sealed_values import ValueSealer

    ring = KeyRing.generate()
    ((kid, key),) = ring.keys.items()
    monkeypatch.setenv("FTBT_SERVER_DATA_KEYS", f"{kid}:{base64.b64encode(key).decode()}")
    instance = Store(server_db_url, sealer=ValueSealer(KeyStore(ring)))
    try:
        yield instance
    finally:
        instance.close()


def make_change(
    family_id: str,
    *,
    entity_type: str = "member",
    entity_id: str | None = None,
    field: str = "name",
    value: Any = "x",
    ms: int | None = None,
    counter: int = 0,
    device_id: str = "device-a",
    user_id: str = "anna",
) -> dict[str, Any]:
    """A change in the wire format (Change.to_dict()), stamped `ms` (now by default)."""
    from ftbt_desktop.core.clock import Hlc

    stamp = Hlc(ms if ms is not None else time.time_ns() // 1_000_000, counter)
    return {
        "change_id": str(uuid.uuid4()),
        "entity_type": entity_type,
        "entity_id": entity_id or (family_id if entity_type == "family" else str(uuid.uuid4())),
        "family_id": family_id,
        "field": field,
        "value": value,
        "hlc": stamp.encode(),
        "device_id": device_id,
        "user_id": user_id,
    }
