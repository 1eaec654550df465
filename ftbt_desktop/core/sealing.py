"""A file sealed for the central store's administrator: only their key opens it.

Used when a laptop obeys a wipe order but holds changes the server would not take
(sync/wipe.py): those are written into a file that the laptop itself can no longer
read, and that the administrator opens with `ftbt-server device open-sealed`.

Hybrid encryption with an ephemeral X25519 key, HKDF-SHA256 and AES-256-GCM; the
header and the ephemeral public key are authenticated with the content. Pure: bytes
in, bytes out (here, so the laptop and the server share one format).
"""

from __future__ import annotations

import base64
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MAGIC = b"FTBT-SEALED-1\n"
_INFO = b"ftbt sealed file v1"
_RAW = serialization.Encoding.Raw


class NotSealedForThisKey(ValueError):
    """Not a sealed file, damaged, or sealed for another key."""


def new_key_pair() -> tuple[str, str]:
    """(private, public) keys as base64 text."""
    private = X25519PrivateKey.generate()
    private_raw = private.private_bytes(
        _RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    public_raw = private.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    return base64.b64encode(private_raw).decode(), base64.b64encode(public_raw).decode()


def public_key_ok(public_key: str) -> bool:
    try:
        X25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True))
    except ValueError:
        return False
    return True


def _key(shared: bytes, ephemeral: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=ephemeral, info=_INFO).derive(shared)


def seal(content: bytes, public_key: str) -> bytes:
    """`content` sealed for the holder of the private half of `public_key` (base64)."""
    recipient = X25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True))
    ephemeral = X25519PrivateKey.generate()
    ephemeral_raw = ephemeral.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    nonce = os.urandom(12)
    header = MAGIC + ephemeral_raw + nonce
    key = _key(ephemeral.exchange(recipient), ephemeral_raw)
    return header + AESGCM(key).encrypt(nonce, content, header)


def open_sealed(blob: bytes, private_key: str) -> bytes:
    """The content of a sealed file; NotSealedForThisKey if it cannot be opened."""
    if not blob.startswith(MAGIC) or len(blob) < len(MAGIC) + 32 + 12 + 16:
        raise NotSealedForThisKey("not a sealed file")
    ephemeral_raw = blob[len(MAGIC) : len(MAGIC) + 32]
    nonce = blob[len(MAGIC) + 32 : len(MAGIC) + 44]
    header = blob[: len(MAGIC) + 44]
    private = X25519PrivateKey.from_private_bytes(base64.b64decode(private_key))
    shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_raw))
    try:
        return AESGCM(_key(shared, ephemeral_raw)).decrypt(nonce, blob[len(header) :], header)
    except InvalidTag as exc:
        raise NotSealedForThisKey("damaged, or sealed for another key") from exc
