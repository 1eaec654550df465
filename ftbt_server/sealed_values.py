"""Change values sealed with AES-256-GCM before they reach the database.

A stored value is the base64 of a 12-byte random nonce and the ciphertext of
the value's JSON text, with its key's id in the row's `key_id` column. The
associated data binds it to its change (change id, entity id and field), so a
value copied into another row by someone who can write the database fails to
open instead of being served as that row's. The `state` table keeps the
winning change's sealed text as it is (same change, same binding).

What stays clear is what ordering and access checks need: ids, stamps, the
entity type and field name, sequence numbers, times and sizes.

`key_id` NULL is a value stored before this server sealed anything (or by a
benchmark's plaintext run): it is read as it is, and `ftbt-server key rotate`
seals it.
"""

from __future__ import annotations

import base64
import binascii
import logging
import os
from binascii import a2b_base64
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ftbt_server.data_keys import DataKeyError, KeyStore

log = logging.getLogger("ftbt_server.sealed_values")

NONCE_BYTES = 12
# `key_id` of a value retention cleared (retention.py): nothing to open or to send.
CLEARED = "cleared"


class UnreadableValue(Exception):
    """A stored value does not open: a wrong key, or a row edited in the database."""


class MissingKey(UnreadableValue):
    """A stored value names a data key this process does not hold (yet): the value is
    fine, the process is not; nothing may be skipped because of it."""


def binding(change_id: str, entity_id: str, field: str) -> bytes:
    return f"ftbt-value\x00{change_id}\x00{entity_id}\x00{field}".encode()


class Sealer(Protocol):
    def seal(self, text: str, aad: bytes) -> tuple[str | None, str]: ...

    def open(self, key_id: str | None, stored: str, aad: bytes) -> str: ...


class ValueSealer:
    """Seals under the current key; opens under whichever key a value names."""

    def __init__(self, keys: KeyStore) -> None:
        self._keys = keys
        self._ciphers: dict[str, AESGCM] = {}

    @property
    def keys(self) -> KeyStore:
        return self._keys

    def _cipher(self, kid: str) -> AESGCM:
        cipher = self._ciphers.get(kid)
        if cipher is None:
            cipher = self._ciphers[kid] = AESGCM(self._keys.key(kid))
        return cipher

    def seal(self, text: str, aad: bytes) -> tuple[str | None, str]:
        kid = self._keys.ring.current_id
        nonce = os.urandom(NONCE_BYTES)
        sealed = nonce + self._cipher(kid).encrypt(nonce, text.encode("utf-8"), aad)
        return kid, base64.b64encode(sealed).decode("ascii")

    def open(self, key_id: str | None, stored: str, aad: bytes) -> str:
        if key_id is None:
            return stored
        # A pull opens a value per change it sends (100,000 for a new laptop), so the
        # cipher is looked up in place and the text decoded by binascii directly: the
        # same strict check as `b64decode(validate=True)`, a third of its time.
        cipher = self._ciphers.get(key_id)
        if cipher is None:
            try:
                cipher = self._cipher(key_id)
            except DataKeyError as exc:
                raise MissingKey(str(exc)) from exc
        try:
            raw = a2b_base64(stored, strict_mode=True)
            plain = cipher.decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], aad)
        except (binascii.Error, ValueError, InvalidTag) as exc:
            raise UnreadableValue(str(exc) or type(exc).__name__) from exc
        return plain.decode("utf-8")


class PlainValues:
    """No sealing: only for measuring what sealing costs (FTBT_SERVER_SEAL_VALUES=off)."""

    def seal(self, text: str, aad: bytes) -> tuple[str | None, str]:
        return None, text

    def open(self, key_id: str | None, stored: str, aad: bytes) -> str:
        if key_id is not None:
            raise UnreadableValue(f"a value is sealed under {key_id}, and sealing is off")
        return stored


class NoKeys:
    """Settings built without keys: sealing or opening a value fails loudly rather
    than storing clear text by accident (`serve` and the commands load the keys)."""

    def seal(self, text: str, aad: bytes) -> tuple[str | None, str]:
        raise DataKeyError("this server was started without its data keys")

    def open(self, key_id: str | None, stored: str, aad: bytes) -> str:
        raise DataKeyError("this server was started without its data keys")
