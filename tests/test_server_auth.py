"""Sign-in, tokens and rate limits of the central store (SQLite and PostgreSQL)."""

from __future__ import annotations

import hashlib

from server_fixtures import PASSWORD, Store
from sqlalchemy import select

from ftbt_server import accounts
from ftbt_server.tables import tokens, users


def _login(store: Store, name: str, password: str, addr_headers: dict[str, str] | None = None):
    return store.client.post(
        "/api/v1/auth/login",
        json={"username": name, "password": password, "device_name": "laptop"},
        headers=addr_headers or {},
    )


def test_login_answers_token_role_and_expiry(store: Store) -> None:
    user_id = store.add_user("anna")
    response = _login(store, "anna", PASSWORD)
    assert response.status_code == 200
    body = response.json()
    assert body["role"] == "coordinator"
    assert body["user_id"] == user_id and body["username"] == "anna"
    assert body["expires_at"].endswith("Z")
    assert len(body["token"]) >= 40


def test_token_and_password_are_stored_only_hashed(store: Store) -> None:
    store.add_user("anna")
    token = store.login("anna")
    with store.engine.connect() as conn:
        stored = conn.execute(select(tokens.c.token_hash)).scalars().all()
        password_hash = conn.execute(select(users.c.password_hash)).scalar_one()
    assert stored == [hashlib.sha256(token.encode()).hexdigest()]
    assert password_hash.startswith("$argon2id$") and PASSWORD not in password_hash


def test_wrong_password_and_unknown_user_get_the_same_answer(store: Store) -> None:
    store.add_user("anna")
    wrong = _login(store, "anna", "not the password")
    unknown = _login(store, "nobody", PASSWORD)
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json()["error"] == unknown.json()["error"] == "wrong_credentials"


def test_requests_without_a_valid_token_are_refused(store: Store) -> None:
    missing = store.client.get("/api/v1/sync/pull")
    forged = store.client.get("/api/v1/sync/pull", headers=store.auth("forged-token"))
    assert missing.status_code == forged.status_code == 401
    assert missing.json()["error"] == "unauthorized"


def test_expired_token_is_refused_with_its_own_code(store: Store) -> None:
    store.add_user("anna")
    token = store.login("anna")
    store.clock.advance(12 * 3600 - 1)
    assert store.pull(token).status_code == 200
    store.clock.advance(2)
    response = store.pull(token)
    assert response.status_code == 401
    assert response.json()["error"] == "token_expired"


def test_logout_revokes_only_that_token(store: Store) -> None:
    store.add_user("anna")
    first = store.login("anna", device_name="laptop 1")
    second = store.login("anna", device_name="laptop 2")
    assert store.client.post("/api/v1/auth/logout", headers=store.auth(first)).status_code == 204
    assert store.pull(first).status_code == 401
    assert store.pull(second).status_code == 200


def test_disabling_a_user_stops_their_token_at_once(store: Store) -> None:
    store.add_user("anna")
    token = store.login("anna")
    accounts.set_disabled(store.engine, "anna")
    assert store.pull(token).status_code == 401
    response = _login(store, "anna", PASSWORD)
    assert response.status_code == 403
    assert response.json()["error"] == "user_disabled"
    # A disabled user with a wrong password learns nothing about the account.
    assert _login(store, "anna", "wrong password").status_code == 401
    accounts.set_disabled(store.engine, "anna", disabled=False)
    assert _login(store, "anna", PASSWORD).status_code == 200
    assert store.pull(token).status_code == 401


def test_a_disabled_user_is_refused_even_with_a_token_not_revoked(store: Store) -> None:
    """Disabling revokes the tokens; the account's own flag is checked at every request too,
    so a token the revocation missed (another tool, a race) stops as well."""
    from sqlalchemy import update

    store.add_user("anna")
    token = store.login("anna")
    with store.engine.begin() as conn:
        conn.execute(update(users).where(users.c.username == "anna").values(disabled=True))
    assert store.pull(token).status_code == 401


def test_new_password_revokes_tokens(store: Store) -> None:
    store.add_user("anna")
    token = store.login("anna")
    accounts.set_password(store.engine, "anna", "et nyt kodeord")
    assert store.pull(token).status_code == 401
    assert _login(store, "anna", PASSWORD).status_code == 401
    assert _login(store, "anna", "et nyt kodeord").status_code == 200


def test_login_is_rate_limited_per_username(store: Store) -> None:
    store.add_user("anna")
    for _ in range(5):
        assert _login(store, "anna", "guess").status_code == 401
    limited = _login(store, "anna", PASSWORD)
    assert limited.status_code == 429
    body = limited.json()
    assert body["error"] == "rate_limited"
    assert 0 < body["retry_after"] <= 15 * 60
    assert limited.headers["Retry-After"] == str(body["retry_after"])
    store.clock.advance(body["retry_after"])
    assert _login(store, "anna", PASSWORD).status_code == 200


def test_login_is_rate_limited_per_client_address(server_db_url: str) -> None:
    store = Store(server_db_url, login_max_failures_per_addr=4)
    try:
        store.add_user("anna")
        for name in ("a1", "a2", "a3", "a4"):
            assert _login(store, name, "guess").status_code == 401
        # A correct password from the same address must wait as well.
        assert _login(store, "anna", PASSWORD).status_code == 429
    finally:
        store.close()


def test_protocol_version_is_checked(store: Store) -> None:
    too_old = store.client.get("/api/v1/sync/pull", headers={"X-FTBT-API": "0"})
    too_new = store.client.get("/api/v1/sync/pull", headers={"X-FTBT-API": "2"})
    garbled = store.client.get("/api/v1/sync/pull", headers={"X-FTBT-API": "one"})
    assert too_old.status_code == too_new.status_code == 426
    assert too_old.json() == {
        "error": "client_too_old",
        "message": "this client is too old for the server",
        "server_api": 1,
    }
    assert too_new.json()["error"] == "client_too_new"
    assert garbled.status_code == 400
    # The version route answers whatever the client speaks, so it can tell the user.
    version = store.client.get("/api/v1/version", headers={"X-FTBT-API": "7"})
    assert version.status_code == 200 and version.json()["server_time_ms"] == store.clock()
