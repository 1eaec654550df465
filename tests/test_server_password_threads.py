"""Sign-ins checked at the same moment all finish (the server runs routes in threads).

With the production parameters (4 lanes), OpenSSL's Argon2id borrows threads from
one pool per process sized to the CPU count; two derivations at once could each
hold part of it and wait for the rest for ever, or fail with "Not enough memory
to derive key". Found by bench/sync_bench.py: 20 laptops signing in at once got
500 answers and hung requests. Checked in a child process, so a deadlock fails
the test by its timeout instead of hanging the suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from ftbt_desktop.storage.keys import KDF_PROFILE_ENV

CHILD = textwrap.dedent(
    """
    import os, sys, threading
    from ftbt_server.passwords import hash_password, verify_password

    encoded = hash_password("korrekt-hest-9")
    assert ",p=4$" in encoded, encoded  # the production parameters, with lanes
    results = []

    def check():
        try:
            results.append(verify_password("korrekt-hest-9", encoded))
            results.append(not verify_password("wrong password", encoded))
        except Exception as exc:
            results.append(type(exc).__name__)

    workers = [threading.Thread(target=check) for _ in range(int(sys.argv[1]))]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print(results)
    sys.stdout.flush()
    os._exit(0 if results == [True] * (2 * len(workers)) else 1)
    """
)


def test_concurrent_sign_ins_neither_deadlock_nor_fail() -> None:
    env = {k: v for k, v in os.environ.items() if k != KDF_PROFILE_ENV}
    threads = (os.cpu_count() or 2) + 2
    try:
        result = subprocess.run(
            [sys.executable, "-c", CHILD, str(threads)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise AssertionError(f"{threads} password checks at once deadlocked") from exc
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
