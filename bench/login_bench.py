"""Sign-in benchmark: a real sign-in's time while 200 bogus ones flood the server.

Run with `make bench`, or `python bench/login_bench.py [--flood N] [--backend sqlite|
postgresql|both]`. A report, not a test: it prints the figures and exits 0.

A real `ftbt-server` process on loopback with the production Argon2id cost
(64 MiB, t=3, p=4). The flood comes from this machine, so the per-address limit
is lifted for the run (FTBT_SERVER_LOGIN_MAX_PER_ADDR), as if the guesses came
from many addresses: every bogus sign-in then reaches a password check (unknown
usernames check a dummy hash), the worst case for the hash queue. Measured in the
same run, first without a flood and then during it:

- a sign-in from a device that has signed in before (sends its known-device key);
- a sign-in from a new device (no key; it may be refused with 503 "busy");
- a pull by a signed-in laptop (sync must stay responsive).

The figures are wall-clock times on a shared machine; the load average is printed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[1:1] = [str(ROOT), str(ROOT / "tests")]

import httpx  # noqa: E402
from server_fixtures import (  # noqa: E402
    API_HEADERS,
    PASSWORD,
    PG_ENV,
    PostgresSchemas,
    RunningServer,
    running_server,
)

from ftbt_desktop.storage.keys import KDF_PROFILE_ENV  # noqa: E402

SAMPLES = 5


def _login(server: RunningServer, username: str, password: str, key: str = "") -> httpx.Response:
    body = {"username": username, "password": password, "device_name": "bench"}
    if key:
        body["device_key"] = key
    return httpx.post(
        f"{server.url}/api/v1/auth/login", json=body, headers=API_HEADERS, timeout=300
    )


def _timed(action: Callable[[], httpx.Response]) -> tuple[float, int]:
    start = time.perf_counter()
    response = action()
    return time.perf_counter() - start, response.status_code


def _median(samples: list[tuple[float, int]]) -> str:
    codes = Counter(code for _s, code in samples)
    shown = ", ".join(f"{code}: {n}" for code, n in sorted(codes.items()))
    return f"{statistics.median(s for s, _c in samples):.2f} s (median of {len(samples)}; {shown})"


def measure(server: RunningServer, flood: int) -> list[str]:
    server.add_user("anna")
    first = _login(server, "anna", PASSWORD)
    first.raise_for_status()
    key, token = first.json()["device_key"], first.json()["token"]

    def known() -> httpx.Response:
        return _login(server, "anna", PASSWORD, key)

    def new_device() -> httpx.Response:
        return _login(server, "anna", PASSWORD)

    def pull() -> httpx.Response:
        return httpx.get(
            f"{server.url}/api/v1/sync/pull", headers=server.headers(token), timeout=300
        )

    base = {
        "known": [_timed(known) for _ in range(SAMPLES)],
        "new": [_timed(new_device) for _ in range(SAMPLES)],
        "pull": [_timed(pull) for _ in range(SAMPLES)],
    }

    go = threading.Barrier(flood + 1)
    flood_codes: Counter[int] = Counter()
    lock = threading.Lock()

    def bogus(i: int) -> None:
        # The client is made before the start, so the requests arrive together.
        with httpx.Client(base_url=server.url, headers=API_HEADERS, timeout=300) as client:
            body = {"username": f"nobody{i}", "password": "not the password at all"}
            go.wait()
            code = client.post("/api/v1/auth/login", json=body).status_code
        with lock:
            flood_codes[code] += 1

    during: dict[str, tuple[float, int, int]] = {}

    def sample(name: str, action: Callable[[], httpx.Response]) -> None:
        seconds, code = _timed(action)
        with lock:
            during[name] = (seconds, code, sum(flood_codes.values()))

    with ThreadPoolExecutor(flood + 3) as pool:
        started = time.perf_counter()
        for i in range(flood):
            pool.submit(bogus, i)
        go.wait()
        time.sleep(1.0)  # let the flood reach the server first
        # One of each at the same moment, each timed on its own.
        for name, action in (("known", known), ("new", new_device), ("pull", pull)):
            pool.submit(sample, name, action)
    flood_s = time.perf_counter() - started
    counts = ", ".join(f"{code}: {n}" for code, n in sorted(flood_codes.items()))

    def shown(name: str) -> str:
        seconds, code, answered = during[name]
        return f"{seconds:.2f} s ({code}; {answered} of the flood answered by then)"

    return [
        f"baseline, no flood: sign-in from a known device {_median(base['known'])}; "
        f"from a new device {_median(base['new'])}; pull {_median(base['pull'])}",
        f"during a flood of {flood} bogus sign-ins (answers {counts}; all answered in "
        f"{flood_s:.1f} s), started 1 s into it: sign-in from a known device "
        f"{shown('known')}; from a new device {shown('new')}; pull {shown('pull')}",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flood", type=int, default=200)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="sqlite")
    args = parser.parse_args()
    os.environ.pop(KDF_PROFILE_ENV, None)  # the production cost, in this process too
    env = {KDF_PROFILE_ENV: "production", "FTBT_SERVER_LOGIN_MAX_PER_ADDR": "1000000"}
    print(f"login bench: load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    for backend in backends:
        with tempfile.TemporaryDirectory(prefix="ftbt-login-bench-") as tmp:
            schemas = None
            db_url = None
            if backend == "postgresql":
                url = os.environ.get(
                    PG_ENV, "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
                )
                schemas = PostgresSchemas(url)
                db_url = schemas.fresh_url()
            try:
                with running_server(Path(tmp), db_url, env) as server:
                    for line in measure(server, args.flood):
                        print(f"[{backend}] {line}")
            finally:
                if schemas is not None:
                    schemas.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
