"""The real server process and the administrator's CLI, run as subprocesses."""

from __future__ import annotations

import datetime as dt
import json
import ssl
import uuid
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from server_fixtures import RunningServer, api, make_change
from server_tls_helpers import _self_signed
from sqlalchemy import text

from ftbt_desktop.core.family_ref import family_reference
from ftbt_server.cli import main as cli_main
from ftbt_server.db import make_engine
from ftbt_server.serve import ServeOptions, ServeRefused, check_options, is_loopback


def test_server_answers_version_and_an_empty_pull(server: RunningServer) -> None:
    version = httpx.get(f"{server.url}/api/v1/version").json()
    assert version["api"] == 1 and version["min_api"] == 1
    server.add_user("anna")
    token = server.login("anna")
    with api(server, token) as client:
        page = client.get("/api/v1/sync/pull", params={"after": 0}).json()
        schema = client.get("/openapi.json").json()
    assert page == {
        "changes": [],
        "next": 0,
        "has_more": False,
        "families": [],
        "revoked_families": [],
        "withheld": 0,
        "device_names": {},
        "family_teams": {},
    }
    assert {"/api/v1/sync/push", "/api/v1/sync/pull", "/api/v1/auth/login"} <= set(schema["paths"])


def _cli(server: RunningServer, *args: str, password: str | None = None) -> tuple[int, str, str]:
    """`ftbt-server --db … ARGS` as a subprocess."""
    result = server.cli(*args, password=password, check=False)
    return result.returncode, result.stdout, result.stderr


@pytest.fixture
def cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Callable[..., tuple[int, str, str]]:
    """The same CLI in this process (argparse to exit code), to keep the many calls fast."""

    def run(server: RunningServer, *args: str, password: str | None = None) -> tuple[int, str, str]:
        if password is None:
            monkeypatch.delenv("FTBT_PASSWORD", raising=False)
        else:
            monkeypatch.setenv("FTBT_PASSWORD", password)
        # The data folder (and its key file) of the server, as the subprocess CLI has it.
        monkeypatch.setenv("FTBT_SERVER_DATA_DIR", str(server.workdir))
        capsys.readouterr()
        try:
            code = cli_main(["--db", server.db_url, *args])
        except SystemExit as exc:  # argparse's usage errors
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def database(server_db_url: str, tmp_path: Path) -> RunningServer:
    """A server's database and CLI, not started (these tests need no process listening)."""
    return RunningServer(tmp_path / "server", server_db_url)


def test_serve_refuses_a_database_that_is_not_initialised_or_is_newer(
    database: RunningServer, cli: Callable[..., tuple[int, str, str]]
) -> None:
    code, _, err = _cli(database, "serve", "--port", "1")  # the real command, once
    assert code == 3 and "not initialised" in err and "ftbt-server init" in err
    code, _, err = cli(database, "user", "list")
    assert code == 3

    database.init()
    engine = make_engine(database.db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    # A subprocess: were the check broken, serve would listen rather than return.
    code, _, err = _cli(database, "serve", "--port", "1")
    assert code == 3 and "newer" in err
    code, _, err = cli(database, "init")
    assert code == 3 and "newer" in err


def test_init_creates_and_is_repeatable(
    database: RunningServer, cli: Callable[..., tuple[int, str, str]]
) -> None:
    code, _, err = _cli(database, "init")  # the real command an administrator runs
    assert code == 0, err
    code, out, _ = cli(database, "init")
    assert code == 0 and "up to date" in out
    assert cli(database, "user", "list")[0] == 0


def test_cli_manages_users_families_teams_and_reads_the_audit(
    server: RunningServer, cli: Callable[..., tuple[int, str, str]]
) -> None:
    # One real subprocess; the rest run the same main() in this process.
    code, out, _ = _cli(
        server, "user", "add", "anna", "--role", "coordinator", password="hemmeligt-kaffe-1"
    )
    assert code == 0 and "anna" in out
    run = cli
    assert (
        run(server, "user", "add", "anna", "--role", "coordinator", password="hemmeligt-kaffe-1")[0]
        == 1
    )
    code, _, err = run(server, "user", "add", "bo", "--role", "coordinator", password="kort")
    assert code == 1 and "12 characters" in err
    code, _, err = run(server, "user", "add", "cy", "--role", "coordinator")
    assert code == 1 and "FTBT_PASSWORD" in err
    run(server, "user", "add", "bo", "--role", "coordinator", password="hemmeligt-kaffe-2")
    run(server, "user", "add", "sif", "--role", "supervisor", password="hemmeligt-kaffe-3")
    code, out, _ = run(server, "user", "list")
    assert out.splitlines() == [
        "anna\tcoordinator\tactive",
        "bo\tcoordinator\tactive",
        "sif\tsupervisor\tactive",
    ]

    family_id = str(uuid.uuid4())
    token = server.login("anna", "hemmeligt-kaffe-1")
    with api(server, token) as client:
        pushed = client.post(
            "/api/v1/sync/push",
            json={"changes": [make_change(family_id, entity_type="family", value="F")]},
        ).json()
    assert pushed["rejected"] == []
    assert run(server, "family", "assign", family_id, "sif")[0] == 1  # not a coordinator
    assert run(server, "family", "assign", family_id, "nobody")[0] == 1
    assert run(server, "family", "assign", family_id, "bo", "--substitute")[0] == 0
    code, out, _ = run(server, "family", "list")
    assert out.splitlines() == [f"{family_reference(family_id)}\t{family_id}\tanna\tbo"]
    assert run(server, "family", "assign", family_id, "bo")[0] == 0
    assert run(server, "family", "list", "--user", "anna")[1] == ""

    assert run(server, "team", "add", "Nord")[0] == 0
    assert run(server, "team", "add", "Nord")[0] == 1
    assert run(server, "team", "member", "Nord", "bo")[0] == 0
    assert run(server, "team", "member", "Nord", "sif")[0] == 1  # a supervisor is no member
    assert run(server, "team", "supervisor", "Nord", "sif")[0] == 0
    code, out, _ = run(server, "team", "list")
    assert out.splitlines() == ["Nord\tmembers: bo\tsupervisors: sif"]

    code, out, _ = run(server, "audit", "--family", family_id, "--json")
    actions = [json.loads(line)["action"] for line in out.splitlines()]
    assert actions == ["push", "family_assign", "family_assign"]
    code, out, _ = run(server, "audit", "--user", "anna")
    assert code == 0 and "\tlogin\tok\tanna\t" in out
    today = dt.datetime.now(dt.UTC).date().isoformat()
    assert run(server, "audit", "--since", today)[1].count("\n") >= 10
    assert run(server, "audit", "--since", "yesterday")[0] == 2

    assert run(server, "user", "passwd", "anna", password="et-nyt-langt-ord")[0] == 0
    with api(server, token) as client:
        assert client.get("/api/v1/sync/pull").status_code == 401
    assert run(server, "user", "disable", "bo")[0] == 0
    assert "bo\tcoordinator\tdisabled" in run(server, "user", "list")[1]
    assert run(server, "user", "disable", "nobody")[0] == 1


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.0.0.2", True),
        ("::1", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("192.168.1.20", False),
        ("server.kommune.dk", False),
    ],
)
def test_loopback_detection(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback
    if loopback:
        check_options(ServeOptions(host=host))
    else:
        with pytest.raises(ServeRefused, match="without TLS"):
            check_options(ServeOptions(host=host))
        check_options(ServeOptions(host=host, insecure=True))


def test_serve_refuses_a_network_address_without_tls(
    tmp_path: Path, cli: Callable[..., tuple[int, str, str]]
) -> None:
    database = RunningServer(tmp_path, f"sqlite:///{tmp_path / 'server.sqlite3'}")
    database.init()
    code, _, err = _cli(database, "serve", "--host", "0.0.0.0", "--port", "1")
    assert code == 2 and "without TLS" in err and "--insecure" in err
    code, _, err = cli(database, "serve", "--certfile", "cert.pem", "--port", "1")
    assert code == 2 and "--keyfile" in err


def test_serves_over_tls(tmp_path: Path, server_factory: Callable[..., RunningServer]) -> None:
    cert, key = _self_signed(tmp_path)
    server = server_factory(
        serve_args=("--certfile", str(cert), "--keyfile", str(key), "--log-level", "warning")
    )
    assert server.url.startswith("https://")
    trusted = ssl.create_default_context(cafile=str(cert))
    response = httpx.get(f"{server.url}/api/v1/version", verify=trusted)
    assert response.status_code == 200
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{server.url}/api/v1/version")  # not trusted without the certificate


def test_the_server_log_holds_no_change_values(
    server_factory: Callable[..., RunningServer],
) -> None:
    server = server_factory(serve_args=("--log-level", "debug"))
    server.add_user("anna")
    token = server.login("anna")
    family_id = str(uuid.uuid4())
    secret = "Hemmelig Hansen, CPR 010203-1234"
    with api(server, token) as client:
        client.post(
            "/api/v1/sync/push",
            json={"changes": [make_change(family_id, entity_type="family", value=secret)]},
        )
        assert client.get("/api/v1/sync/pull").json()["changes"][0]["value"] == secret
        client.post("/api/v1/sync/push", json={"changes": [{"value": secret}]})
    server.stop()
    log = server.log_path.read_text()
    assert "push by user" in log  # the log is written, with counts and ids
    assert "Hemmelig" not in log and "010203" not in log
