"""The app keeps the server's known-device key in the vault and sends it at the next
sign-in, so guesses at the coordinator's username elsewhere cannot lock this laptop
out (finding 5). Real vault, real server process.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import httpx
import pytest

pytest_plugins = ("server_fixtures", "sync_devices")

from server_fixtures import API_HEADERS, RunningServer  # noqa: E402

from ftbt_desktop.sync.engine import DEVICE_KEY_META  # noqa: E402
from ftbt_desktop.sync.errors import RateLimited  # noqa: E402

if TYPE_CHECKING:
    from sync_devices import Device

SERVER_PASSWORD = "korrekt-hest-9"  # server_fixtures.PASSWORD


def _guess(server: RunningServer) -> int:
    with httpx.Client(
        transport=httpx.HTTPTransport(local_address="127.0.0.2"), headers=API_HEADERS
    ) as client:
        return client.post(
            f"{server.url}/api/v1/auth/login",
            json={"username": "anne", "password": "et forkert gæt", "device_name": "x"},
        ).status_code


def test_a_laptop_that_signed_in_before_gets_in_during_guessing(
    server_factory: Callable[..., RunningServer], devices: Callable[[str], Device]
) -> None:
    server = server_factory(env={"FTBT_SERVER_LOGIN_BACKOFF_MS": "600000"})
    server.add_user("anne")
    laptop, new_laptop = devices("laptop"), devices("new-laptop")
    laptop.login(server.url, "anne")
    key = laptop.vault.get_meta(DEVICE_KEY_META)
    assert key and len(key) >= 40
    assert key not in laptop.state.account().token  # a key of its own, not the token

    assert [_guess(server) for _ in range(8)] == [401] * 5 + [429] * 3
    laptop.login(server.url, "anne")  # the right password, from the known laptop
    assert laptop.vault.get_meta(DEVICE_KEY_META) == key
    with pytest.raises(RateLimited):
        new_laptop.login(server.url, "anne", SERVER_PASSWORD)


def test_a_busy_server_is_told_apart_from_too_many_attempts() -> None:
    from ftbt_desktop.sync.client import _error
    from ftbt_desktop.sync.errors import ServerBusy
    from ftbt_desktop.words.sync import error_text

    busy = _error(503, {"error": "busy", "retry_after": 2}, login=True)
    limited = _error(429, {"error": "rate_limited", "retry_after": 60}, login=True)
    assert isinstance(busy, ServerBusy) and busy.retry_after == 2
    assert isinstance(limited, RateLimited) and not isinstance(limited, ServerBusy)
    assert "busy" in error_text(busy) and "Too many" in error_text(limited)
