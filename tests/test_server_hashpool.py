"""Finding 5: password checks ran one at a time on the request threads, so 120 bogus
sign-ins made a real one take 16 s and sync waited behind them.

Checks now run in a bounded queue (hashpool.py): devices that signed in before go
first, and a sign-in that finds no place is refused at once with 503.
"""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from server_fixtures import API_HEADERS, PASSWORD, RunningServer

from ftbt_server.hashpool import HashPool, PoolBusy


def test_known_devices_go_first_and_a_full_queue_refuses_at_once() -> None:
    async def scenario() -> list[str]:
        pool = HashPool(places_unknown=2, places_known=1)
        started, release = threading.Event(), threading.Event()
        order: list[str] = []

        def check(name: str) -> str:
            if name == "u1":
                started.set()
                release.wait(30)
            order.append(name)
            return name

        first = asyncio.create_task(pool.run(check, "u1"))
        await asyncio.get_running_loop().run_in_executor(None, started.wait, 30)
        second = asyncio.create_task(pool.run(check, "u2"))
        await asyncio.sleep(0)
        with pytest.raises(PoolBusy):
            await pool.run(check, "u3")  # both unknown places are taken
        known = asyncio.create_task(pool.run(check, "k1", known=True))
        await asyncio.sleep(0)
        with pytest.raises(PoolBusy):
            await pool.run(check, "k2", known=True)
        release.set()
        assert await asyncio.gather(first, second, known) == ["u1", "u2", "k1"]
        assert pool.taken(known=False) == pool.taken(known=True) == 0
        return order

    # The known device's check ran before the unknown one queued ahead of it.
    assert asyncio.run(scenario()) == ["u1", "k1", "u2"]


def _login(server: RunningServer, username: str, password: str, key: str = "") -> httpx.Response:
    body = {"username": username, "password": password, "device_name": "laptop"}
    if key:
        body["device_key"] = key
    return httpx.post(
        f"{server.url}/api/v1/auth/login", json=body, headers=API_HEADERS, timeout=120
    )


def test_a_flood_of_sign_ins_is_refused_quickly_and_the_owner_and_sync_get_through(
    server_factory: Callable[..., RunningServer], server_db_url: str
) -> None:
    server = server_factory(
        server_db_url,
        env={
            "FTBT_KDF_PROFILE": "production",  # the real Argon2id cost, so checks queue
            "FTBT_SERVER_LOGIN_QUEUE": "2",
            "FTBT_SERVER_LOGIN_MAX_PER_ADDR": "100000",  # as if from many addresses
        },
    )
    server.add_user("anna")
    first = _login(server, "anna", PASSWORD)
    assert first.status_code == 200
    key, token = first.json()["device_key"], first.json()["token"]
    go = threading.Barrier(61)

    def bogus(i: int) -> httpx.Response:
        go.wait()
        return _login(server, f"nobody{i}", "not the password")

    def owner() -> tuple[int, int]:
        go.wait()
        pulled = httpx.get(
            f"{server.url}/api/v1/sync/pull", headers=server.headers(token), timeout=120
        )
        return _login(server, "anna", PASSWORD, key).status_code, pulled.status_code

    with ThreadPoolExecutor(61) as pool:
        mine = pool.submit(owner)
        flood = list(pool.map(bogus, range(60)))
        assert mine.result() == (200, 200)
    codes = Counter(r.status_code for r in flood)
    assert set(codes) <= {401, 503}, codes
    assert codes[503] > 0, codes  # refused rather than queued
    busy = next(r for r in flood if r.status_code == 503)
    assert busy.json()["error"] == "busy" and int(busy.headers["Retry-After"]) >= 1
