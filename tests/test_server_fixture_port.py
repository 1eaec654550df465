"""The server fixture waits for its own process, never another test's server.

Tests run in four workers at once. `free_port()` probes a free port and lets it go,
so two workers can be handed the same port; the second server then fails to bind,
but its readiness check, asking the port, was answered by the first server, and
the second test went on talking to the first test's database (two PostgreSQL tests
failed together that way, each seeing the other's families).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import server_fixtures
from server_fixtures import RunningServer, ServerFailed, running_server


def test_a_server_whose_port_another_server_holds_is_not_taken_for_ready(
    tmp_path: Path,
) -> None:
    with running_server(tmp_path / "first") as first:
        second_dir = tmp_path / "second"
        second_dir.mkdir(mode=0o700)
        second = RunningServer(second_dir, f"sqlite:///{second_dir / 'server.sqlite3'}")
        second.init()
        second.port = first.port
        with pytest.raises(ServerFailed, match="address already in use"):
            second.start()
        assert not second.running
        # The first server is untouched and still its own.
        assert first.running


def test_a_port_taken_between_probe_and_start_gets_a_new_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with running_server(tmp_path / "first") as first:
        taken = first.port
        ports = iter([taken])
        real = server_fixtures.free_port
        monkeypatch.setattr(server_fixtures, "free_port", lambda: next(ports, None) or real())
        with running_server(tmp_path / "second") as second:
            assert second.port != taken
            assert second.running
