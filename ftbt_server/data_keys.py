"""The server's data keys: AES-256 keys held outside the database.

Every personal value the store keeps is sealed under one of these keys
(sealed_values.py), and the audit log's checkpoints are MACed with a key
derived from one (audit_chain.py). A dump, a backup or a stolen disk image of
the database alone therefore reveals no name and no value.

Where the keys live, first found wins:

1. `FTBT_SERVER_DATA_KEYS`: `kid:base64key` pairs separated by commas, for a
   secret store that hands the service its secrets as environment variables.
2. `FTBT_SERVER_KEY_FILE`: a key file, one `kid base64key` per line.
3. `ftbt-server.keys` in the server's data folder, made with one new key on first
   use when no key has ever sealed anything in the database.

The last key listed is the current one: new values are sealed under it. Older
keys stay listed until `ftbt-server key rotate` has re-sealed everything under
the current one. A key file others can read is refused, like the TLS key.

The database records which key ids it uses (`data_key_ids`, with a check value
that is an HMAC of a fixed text, never the key), so a server given the wrong key
file refuses to start instead of writing values that no other process can open.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import logging
import os
import re
import secrets
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ftbt_server import filemodes

log = logging.getLogger("ftbt_server.data_keys")

KEYS_ENV = "FTBT_SERVER_DATA_KEYS"
KEY_FILE_ENV = "FTBT_SERVER_KEY_FILE"
KEY_FILE_NAME = "ftbt-server.keys"
KEY_BYTES = 32
_KID = re.compile(r"^[A-Za-z0-9_-]{1,16}$")
# A key file changed on disk (a new key added for rotation) is read again at most this often.
RELOAD_S = 1.0


class DataKeyError(ValueError):
    """The keys cannot be used: the message says which and what to do."""


def new_key_id() -> str:
    return "k" + secrets.token_hex(4)


def key_check(key: bytes) -> str:
    """A value that tells whether two processes hold the same key, without revealing it."""
    return hmac.new(key, b"ftbt-server data key check", hashlib.sha256).hexdigest()[:32]


def derive(key: bytes, purpose: str) -> bytes:
    """A separate key for another purpose (the audit checkpoints' MAC), from a data key."""
    return hmac.new(key, b"ftbt-server derive " + purpose.encode(), hashlib.sha256).digest()


@dataclass(frozen=True)
class KeyRing:
    """Key id → 32-byte key, in the order listed; the last one is current."""

    keys: Mapping[str, bytes]
    source: str

    def __post_init__(self) -> None:
        if not self.keys:
            raise DataKeyError(f"{self.source} holds no key")

    @property
    def current_id(self) -> str:
        return list(self.keys)[-1]

    @property
    def current(self) -> bytes:
        return self.keys[self.current_id]

    @classmethod
    def generate(cls, source: str = "generated") -> KeyRing:
        return cls({new_key_id(): secrets.token_bytes(KEY_BYTES)}, source)


def parse_pairs(pairs: list[tuple[str, str]], source: str) -> KeyRing:
    keys: dict[str, bytes] = {}
    for kid, encoded in pairs:
        if not _KID.match(kid):
            raise DataKeyError(f"{source}: {kid!r} is not a key id (letters, digits, - and _)")
        try:
            key = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise DataKeyError(f"{source}: the key {kid} is not base64") from exc
        if len(key) != KEY_BYTES:
            raise DataKeyError(f"{source}: the key {kid} is not {KEY_BYTES} bytes")
        if kid in keys:
            raise DataKeyError(f"{source}: the key id {kid} is listed twice")
        keys[kid] = key
    return KeyRing(keys, source)


def parse_file(text: str, source: str) -> KeyRing:
    pairs = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) != 2:
            raise DataKeyError(f"{source}, line {number}: expected `KEY_ID BASE64_KEY`")
        pairs.append((parts[0], parts[1]))
    return parse_pairs(pairs, source)


def parse_env(value: str) -> KeyRing:
    pairs = []
    for item in value.split(","):
        kid, sep, encoded = item.strip().partition(":")
        if not sep:
            raise DataKeyError(f"{KEYS_ENV} must list KEY_ID:BASE64_KEY pairs, separated by commas")
        pairs.append((kid.strip(), encoded.strip()))
    return parse_pairs(pairs, KEYS_ENV)


def format_line(kid: str, key: bytes) -> str:
    return f"{kid} {base64.b64encode(key).decode('ascii')}\n"


_HEADER = (
    "# FTBT server data keys: one `KEY_ID BASE64_KEY` per line; the last is current.\n"
    "# Back this file up apart from the database: without it no value can be read,\n"
    "# and with the database it reveals every value. See docs/server.md.\n"
)


def write_new_file(path: Path) -> KeyRing:
    """Make a key file with one new key, readable by this account only."""
    kid, key = new_key_id(), secrets.token_bytes(KEY_BYTES)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(_HEADER + format_line(kid, key))
    return KeyRing({kid: key}, str(path))


def add_key(path: Path) -> str:
    """Append a new key to a key file, making it current; returns its id."""
    ring = read_file(path)
    kid = new_key_id()
    while kid in ring.keys:
        kid = new_key_id()
    with path.open("a", encoding="ascii") as out:
        out.write(format_line(kid, secrets.token_bytes(KEY_BYTES)))
        out.flush()
        os.fsync(out.fileno())
    return kid


def remove_key(path: Path, kid: str) -> None:
    """Drop a key no value is sealed under any more (the caller checks that)."""
    ring = read_file(path)
    if kid not in ring.keys:
        raise DataKeyError(f"{path} has no key {kid}")
    if kid == ring.current_id:
        raise DataKeyError(f"{kid} is the current key; add a new one and rotate first")
    kept = "".join(format_line(k, v) for k, v in ring.keys.items() if k != kid)
    temporary = path.with_name(path.name + ".new")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(_HEADER + kept)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, path)


def read_file(path: Path) -> KeyRing:
    if not path.is_file():
        raise DataKeyError(f"no key file at {path}")
    filemodes.check_data_key_file(path)
    return parse_file(path.read_text(encoding="ascii"), str(path))


def key_file_path(data_dir: Path) -> Path:
    configured = os.environ.get(KEY_FILE_ENV)
    return Path(configured) if configured else data_dir / KEY_FILE_NAME


class KeyStore:
    """The keys a process holds, read again when the key file changes.

    Another process may add a key and re-seal values under it (`key rotate`)
    while this one runs: a value under a key id this store does not know makes
    it read the file again before giving up.
    """

    def __init__(self, ring: KeyRing, path: Path | None = None) -> None:
        self._ring = ring
        self._path = path
        self._lock = threading.Lock()
        self._checked = time.monotonic()
        self._mtime = self._stat()

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def ring(self) -> KeyRing:
        self._maybe_reload(force=False)
        return self._ring

    def key(self, kid: str) -> bytes:
        found = self._ring.keys.get(kid)
        if found is None:
            self._maybe_reload(force=True)
            found = self._ring.keys.get(kid)
        if found is None:
            raise DataKeyError(
                f"a value is sealed under the key {kid}, which {self._ring.source} does not hold"
            )
        return found

    def _stat(self) -> float | None:
        try:
            return self._path.stat().st_mtime if self._path else None
        except OSError:
            return None

    def _maybe_reload(self, force: bool) -> None:
        if self._path is None:
            return
        now = time.monotonic()
        if now - self._checked < RELOAD_S and not force:
            return
        with self._lock:
            self._checked = now
            mtime = self._stat()
            if mtime == self._mtime and not force:
                return
            try:
                ring = read_file(self._path)
            except (DataKeyError, filemodes.NotPrivate, OSError) as exc:
                log.error("key file not read again, keeping the keys held: %s", exc)
                return
            # A key once held is never forgotten by a running process: a value
            # sealed under it may still be in a transaction that began before.
            merged = {k: v for k, v in self._ring.keys.items() if k not in ring.keys}
            merged.update(ring.keys)
            self._ring = KeyRing(merged, ring.source)
            self._mtime = mtime


def load(data_dir: Path, create: bool) -> KeyStore:
    """The keys from the environment or the key file; a missing default file is
    made when `create` (the caller has checked the database seals nothing yet)."""
    from_env = os.environ.get(KEYS_ENV)
    if from_env:
        return KeyStore(parse_env(from_env))
    path = key_file_path(data_dir)
    if not path.exists() and create:
        ring = write_new_file(path)
        log.warning(
            "made a new data key file %s: back it up apart from the database "
            "(without it no value in the database can be read)",
            path,
        )
        return KeyStore(ring, path)
    return KeyStore(read_file(path), path)
