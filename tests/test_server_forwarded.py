"""Finding 5: X-Forwarded-For was believed from any client on 127.0.0.1.

uvicorn trusts the header from loopback by default, so one client could pose as
many addresses (escaping the per-address sign-in limit) and write any address
into the audit log. Now the header counts only from proxies named with
`serve --trusted-proxy`, read by the rightmost-untrusted-address rule.
Real server processes, SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from server_fixtures import API_HEADERS, RunningServer

from ftbt_server import audit
from ftbt_server.cli import EXIT_USAGE, main
from ftbt_server.db import make_engine, read_tx
from ftbt_server.forwarded import client_address, parse_proxies

LIMIT_ENV = {"FTBT_SERVER_LOGIN_MAX_PER_ADDR": "3"}


def _guess(server: RunningServer, username: str, forwarded_for: str) -> int:
    response = httpx.post(
        f"{server.url}/api/v1/auth/login",
        json={"username": username, "password": "not the password", "device_name": "x"},
        headers={**API_HEADERS, "X-Forwarded-For": forwarded_for},
        timeout=30,
    )
    return response.status_code


def _login_addresses(server: RunningServer) -> list[tuple[str | None, str | None, str]]:
    engine = make_engine(server.db_url)
    try:
        with read_tx(engine) as conn:
            found = audit.entries(conn)
    finally:
        engine.dispose()
    return [(e.username, e.client_addr, e.outcome) for e in found if e.action == "login"]


def test_forwarded_for_from_an_untrusted_peer_is_ignored(
    server_factory: Callable[..., RunningServer], server_db_url: str
) -> None:
    server = server_factory(server_db_url, env=LIMIT_ENV)
    codes = [_guess(server, f"user{i}", f"203.0.113.{i}") for i in range(5)]
    # Three failures from 127.0.0.1, whatever the header claimed, then the limit.
    assert codes == [401, 401, 401, 429, 429]
    addresses = {addr for _user, addr, _outcome in _login_addresses(server)}
    assert addresses == {"127.0.0.1"}


def test_forwarded_for_from_a_trusted_proxy_is_believed(
    server_factory: Callable[..., RunningServer], server_db_url: str
) -> None:
    server = server_factory(
        server_db_url,
        env=LIMIT_ENV,
        serve_args=("--log-level", "warning", "--trusted-proxy", "127.0.0.1"),
    )
    # The client may have written the left part; our proxy appended the right one.
    spoofed_then_real = "198.51.100.1, 203.0.113.5"
    codes = [_guess(server, f"user{i}", spoofed_then_real) for i in range(4)]
    assert codes == [401, 401, 401, 429]
    # Another client behind the same proxy has its own budget.
    assert _guess(server, "user9", "203.0.113.6") == 401
    # A chain through a second trusted hop still names the client.
    assert _guess(server, "user10", "203.0.113.7, 127.0.0.1") == 401
    seen = _login_addresses(server)
    assert [addr for _u, addr, _o in seen] == ["203.0.113.5"] * 4 + [
        "203.0.113.6",
        "203.0.113.7",
    ]
    assert [o for _u, _a, o in seen] == ["failed"] * 3 + ["rate_limited", "failed", "failed"]


@pytest.mark.parametrize(
    ("peer", "header", "expected"),
    [
        ("192.0.2.9", ["203.0.113.5"], "192.0.2.9"),  # untrusted peer: header ignored
        ("10.0.0.2", ["203.0.113.5"], "203.0.113.5"),
        ("10.0.0.2", ["1.1.1.1, 203.0.113.5, 10.0.0.7"], "203.0.113.5"),
        ("10.0.0.2", ["1.1.1.1", "203.0.113.5"], "203.0.113.5"),  # two headers, in order
        ("10.0.0.2", [], "10.0.0.2"),
        ("10.0.0.2", ["10.0.0.3, 10.0.0.4"], "10.0.0.3"),  # all trusted: the farthest
        ("10.0.0.2", ["garbage, 203.0.113.5"], "203.0.113.5"),
        ("10.0.0.2", ["203.0.113.5, garbage"], "10.0.0.2"),
        ("10.0.0.2", ["[2001:db8::1]:4711"], "2001:db8::1"),
        ("::ffff:10.0.0.2", ["203.0.113.5:80"], "203.0.113.5"),
        (None, ["203.0.113.5"], "unknown"),
    ],
)
def test_the_rightmost_untrusted_address_is_the_client(
    peer: str | None, header: list[str], expected: str
) -> None:
    proxies = parse_proxies(["10.0.0.0/24"])
    assert client_address(peer, header, proxies) == expected


def test_bad_trusted_proxy_setting_is_refused(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    assert main(["--db", db, "serve", "--trusted-proxy", "proxy.kommune.dk"]) == EXIT_USAGE
