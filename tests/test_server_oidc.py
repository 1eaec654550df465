"""The server believes an ID token only when it should (ftbt_server/oidc.py).

A real provider on loopback (tests/oidc_provider_helpers.py) with real RSA keys and
discovery, and a real server process on SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from ftbt_server.oidc import KeySet, ProviderUnreachable, TokenRefused

pytest_plugins = ("server_fixtures", "oidc_provider_helpers")

from oidc_provider_helpers import CLIENT_ID, Provider, oidc_env  # noqa: E402
from server_fixtures import API_HEADERS, PASSWORD, RunningServer  # noqa: E402


def sign_in(server: RunningServer, id_token: str, device_name: str = "annes-pc") -> httpx.Response:
    return httpx.post(
        f"{server.url}/api/v1/auth/oidc",
        json={"id_token": id_token, "device_name": device_name},
        headers=API_HEADERS,
        timeout=30,
    )


@pytest.fixture
def oidc_server(
    server_factory: Callable[..., RunningServer], server_db_url: str, provider: Provider
) -> RunningServer:
    provider.add_user("anne-sub", "anne@kommune.dk", ["grp-coord-nord", "other-group"])
    return server_factory(server_db_url, env=oidc_env(provider))


@pytest.fixture
def oidc_sqlite_server(
    server_factory: Callable[..., RunningServer], provider: Provider
) -> RunningServer:
    """For what does not depend on the database (the token checks): SQLite only, since
    each server start costs about two seconds of `make test`."""
    provider.add_user("anne-sub", "anne@kommune.dk", ["grp-coord-nord", "other-group"])
    return server_factory(env=oidc_env(provider))


def test_a_good_token_signs_in_and_makes_the_account(
    oidc_server: RunningServer, provider: Provider
) -> None:
    config = httpx.get(f"{oidc_server.url}/api/v1/auth/config", headers=API_HEADERS, timeout=5)
    assert config.json() == {
        "oidc": {
            "issuer": provider.issuer,
            "client_id": CLIENT_ID,
            "scopes": "openid profile offline_access",
        },
        "local_passwords": True,
    }
    answer = sign_in(oidc_server, provider.mint(provider.claims_for("anne-sub")))
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert (body["username"], body["role"]) == ("anne@kommune.dk", "coordinator")
    # The token works for syncing, bound to a device like a password sign-in's.
    pull = httpx.get(
        f"{oidc_server.url}/api/v1/sync/pull", headers=oidc_server.headers(body["token"]), timeout=5
    )
    assert pull.status_code == 200
    teams = oidc_server.cli("team", "list").stdout
    assert "nord" in teams and "anne@kommune.dk" in teams
    devices = oidc_server.cli("device", "list").stdout
    assert "annes-pc" in devices
    # The same person again is the same account, not a second one.
    again = sign_in(oidc_server, provider.mint(provider.claims_for("anne-sub")))
    assert again.json()["user_id"] == body["user_id"]


def forged(provider: Provider) -> dict[str, Callable[[], str]]:
    """Tokens the server must refuse, each named by what is wrong with it."""
    now = int(time.time())
    stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    public_pem = (
        provider.keys[0][1]
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )

    def claims(**overrides: Any) -> dict[str, Any]:
        return provider.claims_for("anne-sub", **overrides)

    def unsigned() -> str:
        def part(data: dict[str, Any]) -> str:
            return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

        return f"{part({'alg': 'none', 'typ': 'JWT'})}.{part(claims())}."

    def hs256_with_public_key() -> str:
        # PyJWT refuses to sign with a PEM as an HMAC secret: build the token by hand.
        import hashlib
        import hmac

        def part(data: dict[str, Any]) -> str:
            return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

        head = part({"alg": "HS256", "typ": "JWT", "kid": provider.keys[0][0]})
        signing_input = f"{head}.{part(claims())}"
        mac = hmac.new(public_pem, signing_input.encode(), hashlib.sha256).digest()
        return f"{signing_input}.{base64.urlsafe_b64encode(mac).rstrip(b'=').decode()}"

    return {
        "expired": lambda: provider.mint(claims(iat=now - 900, nbf=now - 900, exp=now - 300)),
        "not_yet_valid": lambda: provider.mint(claims(nbf=now + 600, exp=now + 1200)),
        "wrong_audience": lambda: provider.mint(claims(aud="another-app")),
        "wrong_issuer": lambda: provider.mint(claims(iss="https://login.example.com/other")),
        "alg_none": unsigned,
        "hs256_with_the_public_key": hs256_with_public_key,
        "unknown_kid": lambda: provider.mint(claims(), key=stranger, headers={"kid": "not-there"}),
        "right_kid_wrong_key": lambda: provider.mint(claims(), key=stranger),
        "too_old": lambda: provider.mint(claims(iat=now - 3600, exp=now + 600)),
        "issued_to_another_app": lambda: provider.mint(
            claims(aud=[CLIENT_ID, "another-app"], azp="another-app")
        ),
        "no_expiry": lambda: provider.mint(claims(exp=None)),
    }


FORGERIES = [
    "expired",
    "not_yet_valid",
    "wrong_audience",
    "wrong_issuer",
    "alg_none",
    "hs256_with_the_public_key",
    "unknown_kid",
    "right_kid_wrong_key",
    "too_old",
    "no_expiry",
    "issued_to_another_app",
]


def test_every_bad_token_is_refused(oidc_sqlite_server: RunningServer, provider: Provider) -> None:
    """One server for all the forgeries (each start costs a second): each is named."""
    made = forged(provider)
    assert sorted(made) == sorted(FORGERIES)
    for forgery in FORGERIES:
        answer = sign_in(oidc_sqlite_server, made[forgery]())
        assert answer.status_code == 401, (forgery, answer.text)
        assert answer.json()["error"] == "token_refused", forgery
    assert "anne@kommune.dk" not in oidc_sqlite_server.cli("user", "list").stdout  # no account made


def test_a_rotated_key_is_fetched_and_the_old_one_stops(
    server_factory: Callable[..., RunningServer], provider: Provider
) -> None:
    provider.add_user("anne-sub", "anne@kommune.dk", ["grp-coord-nord"])
    # No pause between fetches here; the pause itself is tested below with a clock.
    env = oidc_env(provider, FTBT_SERVER_OIDC_JWKS_REFRESH_SECONDS="0")
    oidc_server = server_factory(env=env)
    old = provider.mint(provider.claims_for("anne-sub"))
    assert sign_in(oidc_server, old).status_code == 200
    provider.rotate_keys()
    fresh = provider.mint(provider.claims_for("anne-sub"))
    assert sign_in(oidc_server, fresh).status_code == 200  # unknown kid: JWKS fetched again
    assert sign_in(oidc_server, old).status_code == 401  # the old key left the JWKS


def test_a_group_change_moves_the_user_between_roles(
    oidc_server: RunningServer, provider: Provider
) -> None:
    first = sign_in(oidc_server, provider.mint(provider.claims_for("anne-sub")))
    assert first.json()["role"] == "coordinator"
    provider.set_groups("anne-sub", ["grp-super-nord"])
    second = sign_in(oidc_server, provider.mint(provider.claims_for("anne-sub")))
    assert second.json()["role"] == "supervisor"
    teams = oidc_server.cli("team", "list").stdout
    assert "anne@kommune.dk" in teams
    provider.set_groups("anne-sub", ["other-group"])  # no group that gives a role
    third = sign_in(oidc_server, provider.mint(provider.claims_for("anne-sub")))
    assert (third.status_code, third.json()["error"]) == (403, "no_role")


def test_a_user_without_a_mapped_group_is_refused(
    oidc_sqlite_server: RunningServer, provider: Provider
) -> None:
    provider.add_user("eve-sub", "eve@kommune.dk", ["canteen"])
    answer = sign_in(oidc_sqlite_server, provider.mint(provider.claims_for("eve-sub")))
    assert (answer.status_code, answer.json()["error"]) == (403, "no_role")
    assert "eve@kommune.dk" not in oidc_sqlite_server.cli("user", "list").stdout


def test_a_provider_name_never_takes_over_a_local_account(
    oidc_server: RunningServer, provider: Provider
) -> None:
    oidc_server.add_user("anne@kommune.dk", role="admin")  # a local account of that name
    answer = sign_in(oidc_server, provider.mint(provider.claims_for("anne-sub")))
    assert answer.status_code == 200
    assert answer.json()["username"] != "anne@kommune.dk"
    assert answer.json()["role"] == "coordinator"


def test_local_passwords_off_refuses_the_password_sign_in(
    server_factory: Callable[..., RunningServer], provider: Provider
) -> None:
    server = server_factory(env=oidc_env(provider, FTBT_SERVER_LOCAL_PASSWORDS="off"))
    server.add_user("bente")
    answer = httpx.post(
        f"{server.url}/api/v1/auth/login",
        json={"username": "bente", "password": PASSWORD, "device_name": "x"},
        headers=API_HEADERS,
        timeout=30,
    )
    assert (answer.status_code, answer.json()["error"]) == (403, "local_passwords_off")
    config = httpx.get(f"{server.url}/api/v1/auth/config", headers=API_HEADERS, timeout=5)
    assert config.json()["local_passwords"] is False


def test_a_revoked_device_signs_in_no_more_with_its_key(
    oidc_server: RunningServer, provider: Provider
) -> None:
    first = sign_in(oidc_server, provider.mint(provider.claims_for("anne-sub"))).json()
    device_id = next(
        line.split()[0]
        for line in oidc_server.cli("device", "list").stdout.splitlines()
        if "annes-pc" in line
    )
    oidc_server.cli("device", "revoke", device_id)
    pull = httpx.get(
        f"{oidc_server.url}/api/v1/sync/pull",
        headers=oidc_server.headers(first["token"]),
        timeout=5,
    )
    assert pull.status_code == 401
    again = httpx.post(
        f"{oidc_server.url}/api/v1/auth/oidc",
        json={
            "id_token": provider.mint(provider.claims_for("anne-sub")),
            "device_name": "annes-pc",
            "device_key": first["device_key"],
        },
        headers=API_HEADERS,
        timeout=30,
    )
    assert (again.status_code, again.json()["error"]) == (401, "device_revoked")


def test_unknown_kids_do_not_make_the_server_hammer_the_provider(provider: Provider) -> None:
    provider.add_user("anne-sub", "anne@kommune.dk", [])
    clock = [1000.0]
    keys = KeySet(provider.issuer, clock=lambda: clock[0])
    keys.key_for(provider.keys[0][0], "RS256")
    fetched = provider.requests.count("/jwks")
    for n in range(20):
        with pytest.raises(TokenRefused):
            keys.key_for(f"forged-{n}", "RS256")
    assert provider.requests.count("/jwks") == fetched  # within the pause: no new fetch
    clock[0] += 31
    with pytest.raises(TokenRefused):
        keys.key_for("forged-late", "RS256")
    assert provider.requests.count("/jwks") == fetched + 1


def test_the_token_is_checked_with_the_configured_user_claim(
    server_factory: Callable[..., RunningServer], provider: Provider
) -> None:
    provider.add_user("anne-sub", "anne@kommune.dk", ["grp-coord-nord"])
    server = server_factory(env=oidc_env(provider, FTBT_SERVER_OIDC_USER_CLAIM="oid"))
    first = sign_in(server, provider.mint(provider.claims_for("anne-sub"))).json()
    # Entra ID's `sub` differs per application; `oid` is the person. Same oid: same account.
    claims = provider.claims_for("anne-sub")
    moved = provider.mint({**claims, "sub": "another-pairwise-sub"})
    assert sign_in(server, moved).json()["user_id"] == first["user_id"]
    assert jwt.decode(moved, options={"verify_signature": False})["oid"] == "oid-anne-sub"


def test_two_people_named_like_a_local_account_get_two_accounts(
    oidc_server: RunningServer, provider: Provider
) -> None:
    oidc_server.add_user("anne@kommune.dk", role="admin")
    # Two people the provider names alike, whose subjects begin alike too.
    provider.add_user("subject-0001-a", "anne@kommune.dk", ["grp-coord-nord"])
    provider.add_user("subject-0001-b", "anne@kommune.dk", ["grp-coord-nord"])
    first = sign_in(oidc_server, provider.mint(provider.claims_for("subject-0001-a")))
    second = sign_in(oidc_server, provider.mint(provider.claims_for("subject-0001-b")))
    assert first.status_code == second.status_code == 200, (first.text, second.text)
    names = {first.json()["username"], second.json()["username"], "anne@kommune.dk"}
    assert len(names) == 3


def test_a_token_for_several_audiences_issued_to_us_is_taken(
    oidc_sqlite_server: RunningServer, provider: Provider
) -> None:
    claims = provider.claims_for("anne-sub", aud=[CLIENT_ID, "graph"], azp=CLIENT_ID)
    assert sign_in(oidc_sqlite_server, provider.mint(claims)).status_code == 200


def test_keys_offered_over_plain_http_are_not_fetched(provider: Provider) -> None:
    """A discovery document (or whoever altered it) pointing at keys on plain http
    elsewhere: the server will not take signing keys from there."""
    documents = {
        f"{provider.issuer}/.well-known/openid-configuration": {
            "issuer": provider.issuer,
            "jwks_uri": "http://keys.example.org/jwks",
        }
    }
    fetched: list[str] = []

    def fetch(url: str) -> Any:
        fetched.append(url)
        return documents[url]

    keys = KeySet(provider.issuer, fetch=fetch)
    with pytest.raises(ProviderUnreachable):
        keys.key_for("any", "RS256")
    assert fetched == [f"{provider.issuer}/.well-known/openid-configuration"]
