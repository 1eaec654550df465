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


NS_LAST_PID = Path("/proc/sys/kernel/ns_last_pid")


def test_a_server_given_an_earlier_servers_pid_is_not_taken_for_ended(tmp_path: Path) -> None:
    """The system gives pids again once they wrap; an earlier server's exit status,
    kept under its pid, must not make a new server with that pid look ended."""
    import os

    if not os.access(NS_LAST_PID, os.W_OK):
        pytest.skip("needs to set the next pid (root on Linux)")
    with running_server(tmp_path / "first") as first:
        assert isinstance(first.process, ForkedServer)
        first.stop()
        assert first.process.poll() is not None
        pid = first.process.pid
        for attempt in range(5):
            workdir = tmp_path / f"second{attempt}"
            workdir.mkdir(mode=0o700)
            second = RunningServer(workdir, f"sqlite:///{workdir / 'server.sqlite3'}")
            second.init()
            # Other workers fork too: the pid may go to them first.
            NS_LAST_PID.write_text(str(pid - 1))
            second.start()
            try:
                assert second.process is not None
                if second.process.pid == pid:
                    assert second.running
                    assert httpx.get(f"{second.url}/api/v1/version").status_code == 200
                    return
            finally:
                second.stop()
    pytest.skip("another process took the pid each time")
