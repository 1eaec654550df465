"""Test servers forked from the worker's zygote (tests/server_zygote.py) behave as
the `python -m ftbt_server serve` processes they stand in for: each reads the
environment it was given, ends with the exit code the command returns, stops
gracefully on SIGTERM and dies on SIGKILL. Each case runs both ways."""

from __future__ import annotations

import signal
from pathlib import Path

import httpx
import pytest
from server_fixtures import ForkedServer, RunningServer, ServerFailed, running_server


@pytest.fixture(params=["forked", "spawned"])
def spawn(request: pytest.FixtureRequest) -> bool:
    return bool(request.param == "spawned")


def test_a_server_reads_the_environment_it_is_given(tmp_path: Path, spawn: bool) -> None:
    env = {"FTBT_SERVER_REQUEST_THREADS": "3", "FTBT_SERVER_METRICS": "on"}
    with running_server(tmp_path / "srv", env=env, spawn=spawn) as server:
        assert isinstance(server.process, ForkedServer) is not spawn
        metrics = httpx.get(f"{server.url}/metrics", timeout=10).text
        assert "ftbt_request_threads 3" in metrics
        # Each server its own process, with its own environment.
        with running_server(
            tmp_path / "other", env={"FTBT_SERVER_METRICS": "on"}, spawn=spawn
        ) as other:
            assert other.process is not None and server.process is not None
            assert other.process.pid != server.process.pid
            assert "ftbt_request_threads 8" in httpx.get(f"{other.url}/metrics").text


def test_sigterm_stops_gracefully_and_sigkill_kills(tmp_path: Path, spawn: bool) -> None:
    with running_server(tmp_path / "srv", spawn=spawn) as server:
        assert server.process is not None
        server.process.send_signal(signal.SIGTERM)
        # uvicorn shuts down, then ends by the signal it was sent, as a process should.
        assert server.process.wait(timeout=10) == -signal.SIGTERM
        assert "Traceback" not in server.log_tail()
        assert not server.running
        server.start()
        server.kill()
        assert server.process.returncode == -signal.SIGKILL
        server.start()
        assert httpx.get(f"{server.url}/api/v1/version").status_code == 200


def test_a_refused_start_ends_with_the_commands_exit_code(tmp_path: Path, spawn: bool) -> None:
    workdir = tmp_path / "srv"
    workdir.mkdir(mode=0o700)
    # Never initialised: `serve` refuses with exit code 3 and says why in its log.
    server = RunningServer(workdir, f"sqlite:///{workdir / 'store.sqlite3'}", spawn=spawn)
    with pytest.raises(ServerFailed, match=r"exited 3: .*not initialised"):
        server.start()
    assert server.process is not None and server.process.returncode == 3
