"""Password hashing with Argon2id (cryptography ≥ 44), stored as PHC strings.

The parameters travel inside each stored hash, so raising them later affects
new and changed passwords only. Tests set FTBT_KDF_PROFILE=owasp-min (as the
vault's tests do) to hash at OWASP's minimum instead.
"""

from __future__ import annotations

import os
import threading

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from ftbt_desktop.storage.keys import KDF_PROFILE_ENV

# RFC 9106's second recommended option (64 MiB, t=3, p=4): about 0.1 s here.
DEFAULT_PARAMS = {"memory_cost": 64 * 1024, "iterations": 3, "lanes": 4}
# OWASP Password Storage Cheat Sheet minimum: 19 MiB, t=2, p=1.
OWASP_MIN_PARAMS = {"memory_cost": 19 * 1024, "iterations": 2, "lanes": 1}
MIN_PASSWORD_LENGTH = 8

# One Argon2id at a time per process. With lanes > 1, OpenSSL takes threads
# from one pool per process, sized to the CPU count; two derivations at once
# (routes run in a thread pool) could each hold part of it and wait for the
# rest for ever, or fail with "Not enough memory to derive key". Found by
# bench/sync_bench.py with 20 laptops signing in at once. It also bounds the
# memory of a burst of sign-ins to one derivation's 64 MiB.
_ARGON2_LOCK = threading.Lock()


class WeakPassword(ValueError):
    """The password is too short to be accepted for an account."""


def _params() -> dict[str, int]:
    return OWASP_MIN_PARAMS if os.environ.get(KDF_PROFILE_ENV) == "owasp-min" else DEFAULT_PARAMS


def check_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise WeakPassword(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")


def hash_password(password: str) -> str:
    kdf = Argon2id(salt=os.urandom(16), length=32, **_params())
    with _ARGON2_LOCK:
        return kdf.derive_phc_encoded(password.encode("utf-8"))


def verify_password(password: str, encoded: str) -> bool:
    try:
        with _ARGON2_LOCK:
            Argon2id.verify_phc_encoded(password.encode("utf-8"), encoded)
    except (InvalidKey, ValueError):
        return False
    return True


# Verified against when the username is unknown, so both answers take as long.
_DUMMY_HASH: str | None = None


def burn_time(password: str) -> None:
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = hash_password("not a real password")
    verify_password(password, _DUMMY_HASH)
