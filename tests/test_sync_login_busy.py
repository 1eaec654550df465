"""Colleagues signing in at once: a server busy with password checks (503 `busy`)
is waited out by the app, never a refusal the coordinator must retry by hand.
A real server process whose sign-in queue holds one check, real vaults.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

pytest_plugins = ("server_fixtures", "sync_devices")

from server_fixtures import RunningServer  # noqa: E402

if TYPE_CHECKING:
    from sync_devices import Device

    Devices = Callable[[str], Device]


def test_eight_new_laptops_signing_in_at_once_all_get_in(
    server_factory: Callable[..., RunningServer], server_db_url: str, devices: Devices
) -> None:
    server = server_factory(
        server_db_url,
        env={"FTBT_KDF_PROFILE": "production", "FTBT_SERVER_LOGIN_QUEUE": "1"},
    )
    names = [f"koordinator{i}" for i in range(8)]
    for name in names:
        server.add_user(name)
    laptops = [devices(name) for name in names]
    go = threading.Barrier(len(laptops))

    def sign_in(laptop: Device, name: str) -> str:
        go.wait()
        laptop.login(server.url, name)
        account = laptop.state.account()
        assert account is not None
        return account.username

    with ThreadPoolExecutor(len(laptops)) as pool:
        signed_in = list(pool.map(sign_in, laptops, names))
    assert signed_in == names
