"""The real server process: init then serve, the fixture, and the CLI (subprocess)."""

from __future__ import annotations

import httpx
from server_fixtures import RunningServer, api


def test_server_answers_version_and_signs_in(server: RunningServer) -> None:
    version = httpx.get(f"{server.url}/api/v1/version").json()
    assert version["api"] == 1 and version["min_api"] == 1
    server.add_user("anna")
    token = server.login("anna")
    with api(server, token) as client:
        page = client.get("/api/v1/sync/pull", params={"after": 0}).json()
    assert page == {
        "changes": [],
        "next": 0,
        "has_more": False,
        "families": [],
        "revoked_families": [],
    }
