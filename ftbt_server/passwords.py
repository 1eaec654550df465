"""Password hashing with Argon2id (cryptography ≥ 44), stored as PHC strings.

The parameters travel inside each stored hash, so raising them later affects
new and changed passwords only. Tests set FTBT_KDF_PROFILE=owasp-min (as the
vault's tests do) to hash at OWASP's minimum instead.
"""

from __future__ import annotations

import functools
import os
import re
import threading
from importlib import resources

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from ftbt_desktop.core.kdf_profile import KDF_PROFILE_ENV
from ftbt_desktop.core.passphrase import MIN_LENGTH, MIN_UNPREDICTABLE, Hint, assess

# RFC 9106's second recommended option (64 MiB, t=3, p=4): about 0.1 s here.
DEFAULT_PARAMS = {"memory_cost": 64 * 1024, "iterations": 3, "lanes": 4}
# OWASP Password Storage Cheat Sheet minimum: 19 MiB, t=2, p=1.
OWASP_MIN_PARAMS = {"memory_cost": 19 * 1024, "iterations": 2, "lanes": 1}
# The app's passphrase rule (NIST SP 800-63B): length and no predictable choices.
MIN_PASSWORD_LENGTH = MIN_LENGTH
COMMON_PASSWORDS_FILE = "common-passwords.txt"

# One Argon2id at a time per process. With lanes > 1, OpenSSL takes threads
# from one pool per process, sized to the CPU count; two derivations at once
# (routes run in a thread pool) could each hold part of it and wait for the
# rest for ever, or fail with "Not enough memory to derive key". Found by
# bench/sync_bench.py with 20 laptops signing in at once. It also bounds the
# memory of a burst of sign-ins to one derivation's 64 MiB. The server's sign-ins
# wait for it in hashpool.py's bounded queue, not on the request threads.
_ARGON2_LOCK = threading.Lock()


class WeakPassword(ValueError):
    """The password may not be used for an account; the message says why (administrator-facing)."""


_REFUSALS = {
    Hint.EMPTY: f"a password needs at least {MIN_PASSWORD_LENGTH} characters",
    Hint.TOO_SHORT: f"a password needs at least {MIN_PASSWORD_LENGTH} characters",
    Hint.COMMON: "that password is one of the most common ones; choose another",
    Hint.REPEATED: "that password is mostly repeated characters; choose another",
    Hint.SEQUENCE: "that password is mostly a sequence (abcd, 1234, qwerty); choose another",
    Hint.ONLY_ONE_KIND: "that password has no letters; use a few words instead",
}
# Digits and symbols at either end, and look-alike digits inside, are the usual
# disguises of a listed password ("Password2024!", "p4ssw0rd123").
_ENDS = re.compile(r"^[\W\d_]+|[\W\d_]+$")
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)


def _params() -> dict[str, int]:
    return OWASP_MIN_PARAMS if os.environ.get(KDF_PROFILE_ENV) == "owasp-min" else DEFAULT_PARAMS


@functools.cache
def common_passwords() -> frozenset[str]:
    """The shipped list of refused passwords (ftbt_server/data/common-passwords.txt)."""
    text = (resources.files("ftbt_server") / "data" / COMMON_PASSWORDS_FILE).read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def _listed(password: str) -> bool:
    folded = password.casefold()
    squeezed = "".join(folded.split())
    core = _ENDS.sub("", squeezed)
    candidates = {folded, squeezed, core, core.translate(_LEET), squeezed.translate(_LEET)}
    listed = common_passwords()
    return any(c in listed for c in candidates if c)


def _close_to_username(password: str, username: str) -> bool:
    """The username itself, or the username with a few characters around it."""
    name = username.strip().casefold()
    folded = password.casefold()
    if not name:
        return False
    if folded == name or "".join(folded.split()) == name or folded == name[::-1]:
        return True
    if len(name) < 3 or name not in folded:
        return False
    rest = "".join(folded.replace(name, "").split())
    return len(rest) < MIN_UNPREDICTABLE


def check_strength(password: str, username: str = "") -> None:
    """Raise WeakPassword unless the password may be set for `username`.

    At least 12 characters, not the username (nor it with a few characters
    added), not in the shipped list of common passwords, and acceptable to the
    app's own passphrase assessment (no repeats, sequences or digits only).
    """
    if len(password) < MIN_PASSWORD_LENGTH:
        raise WeakPassword(_REFUSALS[Hint.TOO_SHORT])
    if _close_to_username(password, username):
        raise WeakPassword("a password must not be (or be made from) the username")
    if _listed(password):
        raise WeakPassword(_REFUSALS[Hint.COMMON])
    strength = assess(password)
    if not strength.acceptable:
        raise WeakPassword(_REFUSALS.get(strength.hint, "that password is too easy to guess"))


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
