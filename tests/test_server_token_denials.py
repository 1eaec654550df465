"""Finding 6 (part): failed token checks were not in the audit log.

A request with an unknown, revoked or expired token, or a disabled user's, is now
logged as a `token_check` denial with the user and device when the token is known
and the client's address; a flood is sampled so it cannot fill the log.
"""

from __future__ import annotations

import httpx
from server_fixtures import RunningServer, Store
from sqlalchemy import Engine

from ftbt_server import accounts, audit
from ftbt_server.db import make_engine, read_tx
from ftbt_server.denials import DenialLog


def _denials(engine: Engine) -> list[audit.Entry]:
    with read_tx(engine) as conn:
        return [e for e in audit.entries(conn) if e.action == "token_check"]


def test_refused_tokens_are_audited_with_user_device_and_address(server: RunningServer) -> None:
    server.add_user("anna")
    token = server.login("anna", device_name="annas laptop")
    assert httpx.post(
        f"{server.url}/api/v1/auth/logout", headers=server.headers(token), timeout=30
    ).is_success
    for sent in (token, "forged-token"):
        pulled = httpx.get(
            f"{server.url}/api/v1/sync/pull", headers=server.headers(sent), timeout=30
        )
        assert pulled.status_code == 401
    engine = make_engine(server.db_url)
    try:
        seen = _denials(engine)
    finally:
        engine.dispose()
    assert [(e.outcome, e.detail, e.username, e.device_name, e.client_addr) for e in seen] == [
        ("denied", "revoked", "anna", "annas laptop", "127.0.0.1"),
        ("denied", "unknown", None, None, "127.0.0.1"),
    ]


def test_expired_and_disabled_tokens_are_audited(store: Store) -> None:
    store.add_user("anna")
    expiring = store.login("anna")
    store.clock.advance(13 * 3600)
    assert store.pull(expiring).status_code == 401
    current = store.login("anna")
    accounts.set_disabled(store.engine, "anna")
    assert store.pull(current).status_code == 401
    assert [(e.detail, e.username) for e in _denials(store.engine)] == [
        ("expired", "anna"),
        ("revoked", "anna"),  # disabling revokes the tokens first
    ]


def test_a_flood_of_forged_tokens_is_sampled_and_counted(store: Store) -> None:
    for i in range(200):
        assert store.pull(f"forged-{i}").status_code == 401
    first = _denials(store.engine)
    assert 1 <= len(first) <= 5
    store.clock.advance(61)
    assert store.pull("forged-again").status_code == 401
    later = _denials(store.engine)[len(first) :]
    assert len(later) == 1
    assert later[0].counts == {"suppressed": 200 - len(first)}


def test_the_sample_is_per_address_and_in_all() -> None:
    log = DenialLog(per_address=2, total=3, window_ms=1000)
    assert [log.admit("a", 0) for _ in range(3)] == [0, 0, None]
    assert log.admit("b", 10) == 0
    assert log.admit("c", 20) is None  # three written in all this window
    assert log.admit("a", 1000) == 1  # a new window; one of a's was skipped
    assert log.admit("c", 1001) == 1
