"""Key hierarchy: a random data key, wrapped under the passphrase and under a recovery key.

The data key opens the SQLCipher database as a raw key. It is stored only
wrapped (AES-256-GCM) in a small header file beside the database:
- under a key derived from the passphrase with Argon2id (parameters stored
  with the wrap, tuned to about half a second, never below OWASP's minimum);
- under a key derived with HKDF from a 160-bit recovery key, shown once.

The header file is two lines: a canonical JSON body and its SHA-256. The
checksum tells a damaged header apart from a wrong passphrase before any key
is tried; the GCM tags (with the body's parameters as associated data) make
sure a forged header cannot pass as genuine.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import time
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ftbt_desktop.atomic_files import atomic_write as atomic_write
from ftbt_desktop.core.kdf_profile import KDF_PROFILE_ENV as KDF_PROFILE_ENV
from ftbt_desktop.storage.errors import VaultDamaged, WrongPassphrase

HEADER_FORMAT = "ftbt-vault-keys"
HEADER_VERSION = 1
DATA_KEY_BYTES = 32
RECOVERY_KEY_BYTES = 20  # 160 bits: 32 base32 characters
PRIVATE_FILE = 0o600  # the vault's files: owner only

# OWASP Password Storage Cheat Sheet, Argon2id minimum: m=19 MiB, t=2, p=1.
OWASP_MIN_MEMORY_KIB = 19 * 1024
OWASP_MIN_ITERATIONS = 2
TARGET_SECONDS = 0.5
# Bounds on the parameters a key file may ask for: well past what `tune_params` sets
# (at most 1 GiB, a few dozen passes, one lane), short of what no laptop can do.
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_ITERATIONS = 256
MAX_LANES = 16
# AES-GCM's nonce, and a wrapped data key (the key and its tag).
NONCE_BYTES = 12
# Test-only shortcut: FTBT_KDF_PROFILE=owasp-min skips tuning (still OWASP's minimum);
# the server's password hashing reads the same setting (core/kdf_profile.py).


@dataclass(frozen=True, slots=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int
    salt: bytes

    def to_json(self) -> dict[str, Any]:
        return {
            "name": "argon2id",
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
            "salt": _b64(self.salt),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        if not isinstance(data, dict) or data.get("name") != "argon2id":
            raise ValueError("unknown KDF")
        numbers = [data["memory_kib"], data["iterations"], data["lanes"]]
        if any(type(n) is not int for n in numbers):
            raise ValueError("KDF parameters are not whole numbers")
        params = cls(*numbers, _unb64(data["salt"]))
        if not params.meets_owasp_minimum():
            raise ValueError("KDF parameters below the minimum")
        if not params.within_reach():
            raise ValueError("KDF parameters past what this app ever sets")
        return params

    def within_reach(self) -> bool:
        """Whether these are parameters this app could have set (`tune_params`): a key
        file edited (its checksum is no secret) to ask for terabytes or a day of
        hashing is damage, not an unlock to attempt."""
        return (
            self.memory_kib <= MAX_MEMORY_KIB
            and self.iterations <= MAX_ITERATIONS
            and self.lanes <= MAX_LANES
        )

    def meets_owasp_minimum(self) -> bool:
        return (
            self.memory_kib >= OWASP_MIN_MEMORY_KIB
            and self.iterations >= OWASP_MIN_ITERATIONS
            and self.lanes >= 1
            and len(self.salt) >= 16
        )

    def derive(self, passphrase: str) -> bytes:
        kdf = Argon2id(
            salt=self.salt,
            length=32,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(passphrase.encode("utf-8"))


def minimum_params() -> KdfParams:
    return KdfParams(OWASP_MIN_MEMORY_KIB, OWASP_MIN_ITERATIONS, 1, os.urandom(16))


def tune_params(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Argon2id parameters that take about `target_seconds` on this machine.

    The parameters stay with the vault until the passphrase changes, so a busy
    moment must not talk us into weak ones: the probe takes the fastest of
    three runs, and the result is timed once more and strengthened if short.
    """
    if os.environ.get(KDF_PROFILE_ENV) == "owasp-min":
        return minimum_params()
    memory_kib = 64 * 1024
    per_iteration = (
        min(_time_derive(KdfParams(memory_kib, 2, 1, os.urandom(16))) for _ in range(3)) / 2
    )
    per_iteration = max(per_iteration, 1e-4)
    iterations = max(OWASP_MIN_ITERATIONS, round(target_seconds / per_iteration))
    if iterations > 8:
        # Memory hardness is worth more than time hardness: grow memory first.
        scale = iterations / 4
        memory_kib = min(int(memory_kib * scale), 1024 * 1024)
        iterations = max(OWASP_MIN_ITERATIONS, round(target_seconds / (per_iteration * scale)))
    params = KdfParams(memory_kib, iterations, 1, os.urandom(16))
    while _time_derive(params) < target_seconds * 0.7 and iterations < 64:
        iterations += max(1, iterations // 2)
        params = KdfParams(memory_kib, iterations, 1, params.salt)
    return params


def _time_derive(params: KdfParams) -> float:
    start = time.perf_counter()
    params.derive("calibration")
    return time.perf_counter() - start


@dataclass(frozen=True, slots=True)
class KeyHeader:
    vault_id: str
    kdf: KdfParams
    pass_nonce: bytes
    pass_wrapped: bytes
    recovery_salt: bytes
    recovery_nonce: bytes
    recovery_wrapped: bytes
    # False while the recovery key shown at creation has not been said to be
    # stored. Kept here, not in the database, so restoring a backup of the data
    # cannot undo it; outside the GCM tags, as changing it only asks again.
    recovery_confirmed: bool = True

    def body(self) -> dict[str, Any]:
        return {
            "format": HEADER_FORMAT,
            "version": HEADER_VERSION,
            "vault_id": self.vault_id,
            "passphrase": {
                "kdf": self.kdf.to_json(),
                "nonce": _b64(self.pass_nonce),
                "wrapped_key": _b64(self.pass_wrapped),
            },
            "recovery": {
                "kdf": "hkdf-sha256",
                "salt": _b64(self.recovery_salt),
                "nonce": _b64(self.recovery_nonce),
                "wrapped_key": _b64(self.recovery_wrapped),
                "confirmed": self.recovery_confirmed,
            },
        }

    def serialise(self) -> bytes:
        body = json.dumps(self.body(), sort_keys=True, separators=(",", ":")).encode()
        return body + b"\n" + hashlib.sha256(body).hexdigest().encode() + b"\n"

    @classmethod
    def parse(cls, raw: bytes) -> KeyHeader:
        lines = raw.split(b"\n")
        if len(lines) != 3 or lines[2] != b"":
            raise ValueError("header layout")
        body_bytes, digest = lines[0], lines[1]
        if hashlib.sha256(body_bytes).hexdigest().encode() != digest:
            raise ValueError("header checksum")
        body = json.loads(body_bytes)
        if not isinstance(body, dict):
            raise ValueError("header format")
        if body.get("format") != HEADER_FORMAT or body.get("version") != HEADER_VERSION:
            raise ValueError("header format")
        pw, rec = body["passphrase"], body["recovery"]
        if not isinstance(pw, dict) or not isinstance(rec, dict):
            raise ValueError("header format")
        header = cls(
            vault_id=str(uuid.UUID(body["vault_id"])),
            kdf=KdfParams.from_json(pw["kdf"]),
            pass_nonce=_unb64(pw["nonce"]),
            pass_wrapped=_unb64(pw["wrapped_key"]),
            recovery_salt=_unb64(rec["salt"]),
            recovery_nonce=_unb64(rec["nonce"]),
            recovery_wrapped=_unb64(rec["wrapped_key"]),
            recovery_confirmed=rec.get("confirmed", True) is not False,
        )
        wrapped = DATA_KEY_BYTES + 16  # the key and its GCM tag
        if (
            len(header.pass_nonce) != NONCE_BYTES
            or len(header.recovery_nonce) != NONCE_BYTES
            or len(header.pass_wrapped) != wrapped
            or len(header.recovery_wrapped) != wrapped
            or len(header.recovery_salt) < 16
        ):
            raise ValueError("header field sizes")
        return header

    def _pass_aad(self) -> bytes:
        return json.dumps(
            ["passphrase", self.vault_id, self.kdf.to_json()], sort_keys=True
        ).encode()

    def _recovery_aad(self) -> bytes:
        return json.dumps(["recovery", self.vault_id, _b64(self.recovery_salt)]).encode()


def new_header(passphrase: str, params: KdfParams | None = None) -> tuple[KeyHeader, bytes, str]:
    """A new vault's header, its data key and its recovery key (to show once)."""
    data_key = secrets.token_bytes(DATA_KEY_BYTES)
    header = KeyHeader(
        vault_id=str(uuid.uuid4()),
        kdf=params or tune_params(),
        pass_nonce=b"",
        pass_wrapped=b"",
        recovery_salt=b"",
        recovery_nonce=b"",
        recovery_wrapped=b"",
    )
    header = rewrap_passphrase(header, data_key, passphrase, header.kdf)
    header, recovery_key = rewrap_recovery(header, data_key)
    return header, data_key, recovery_key


def rewrap_recovery(header: KeyHeader, data_key: bytes) -> tuple[KeyHeader, str]:
    """The same header with the data key wrapped under a new recovery key (to show once).

    The old recovery key no longer opens this header; the data key, and so the
    data and its backups, stay as they are.
    """
    recovery_raw = secrets.token_bytes(RECOVERY_KEY_BYTES)
    return wrap_recovery(header, data_key, recovery_raw), format_recovery_key(recovery_raw)


def wrap_recovery(header: KeyHeader, data_key: bytes, recovery_raw: bytes) -> KeyHeader:
    """The same header with `data_key` wrapped under a given recovery key.

    A re-key uses it to wrap the new data key under a recovery key already
    shown to the coordinator; fresh salt and nonce every time.
    """
    updated = replace(header, recovery_salt=os.urandom(16), recovery_nonce=os.urandom(12))
    wrapped = AESGCM(_recovery_wrap_key(updated, recovery_raw)).encrypt(
        updated.recovery_nonce, data_key, updated._recovery_aad()
    )
    return replace(updated, recovery_wrapped=wrapped)


def rewrap_passphrase(
    header: KeyHeader, data_key: bytes, passphrase: str, params: KdfParams | None = None
) -> KeyHeader:
    """The same header with the data key wrapped under a new passphrase."""
    params = params or tune_params()
    params = replace(params, salt=os.urandom(16))
    updated = replace(header, kdf=params, pass_nonce=os.urandom(12))
    wrapped = AESGCM(params.derive(passphrase)).encrypt(
        updated.pass_nonce, data_key, updated._pass_aad()
    )
    return replace(updated, pass_wrapped=wrapped)


def unwrap_with_passphrase(header: KeyHeader, passphrase: str) -> bytes:
    try:
        return AESGCM(header.kdf.derive(passphrase)).decrypt(
            header.pass_nonce, header.pass_wrapped, header._pass_aad()
        )
    except InvalidTag:
        raise WrongPassphrase() from None


def unwrap_with_recovery_key(header: KeyHeader, recovery_key: str) -> bytes:
    try:
        raw = parse_recovery_key(recovery_key)
        return AESGCM(_recovery_wrap_key(header, raw)).decrypt(
            header.recovery_nonce, header.recovery_wrapped, header._recovery_aad()
        )
    except (InvalidTag, ValueError):
        raise WrongPassphrase() from None


def format_recovery_key(raw: bytes) -> str:
    text = base64.b32encode(raw).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    # Forgive what people do when copying a key by hand: case, spaces, dashes,
    # and digits that look like the letters base32 uses.
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans({"0": "O", "1": "I", "8": "B"}))
    raw = base64.b32decode(cleaned)
    if len(raw) != RECOVERY_KEY_BYTES:
        raise ValueError("recovery key length")
    return raw


def read_header(path: Path) -> KeyHeader:
    try:
        return KeyHeader.parse(path.read_bytes())
    except FileNotFoundError:
        raise
    except (ValueError, KeyError, TypeError, RecursionError, UnicodeDecodeError) as exc:
        # (JSONDecodeError and UnicodeDecodeError are ValueErrors; RecursionError: a body
        # nested past what json reads.)
        raise VaultDamaged(["key file"], detail=type(exc).__name__) from None


def write_header(path: Path, header: KeyHeader) -> None:
    """Atomic replace, so a crash leaves either the old or the new header."""
    atomic_write(path, header.serialise())


def _recovery_wrap_key(header: KeyHeader, raw: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=header.recovery_salt,
        info=b"ftbt recovery wrap " + header.vault_id.encode(),
    ).derive(raw)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)
