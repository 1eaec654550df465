from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from ftbt_desktop.storage import keys
from ftbt_desktop.storage.errors import VaultDamaged, WrongPassphrase


def test_data_key_unwraps_with_passphrase_and_recovery_key() -> None:
    header, data_key, recovery = keys.new_header("en lang nok sætning", keys.minimum_params())
    assert keys.unwrap_with_passphrase(header, "en lang nok sætning") == data_key
    assert keys.unwrap_with_recovery_key(header, recovery) == data_key
    # People copy recovery keys by hand: case, spacing and lookalike digits are forgiven.
    sloppy = recovery.lower().replace("-", " ").replace("o", "0")
    assert keys.unwrap_with_recovery_key(header, sloppy) == data_key


def test_wrong_secrets_are_refused() -> None:
    header, _, recovery = keys.new_header("en lang nok sætning", keys.minimum_params())
    with pytest.raises(WrongPassphrase):
        keys.unwrap_with_passphrase(header, "en lang nok sætninG")
    with pytest.raises(WrongPassphrase):
        keys.unwrap_with_recovery_key(header, "AAAA-" + recovery[5:])
    with pytest.raises(WrongPassphrase):
        keys.unwrap_with_recovery_key(header, "too short")


def test_rewrap_keeps_the_data_key_and_drops_the_old_passphrase() -> None:
    header, data_key, recovery = keys.new_header("første sætning her", keys.minimum_params())
    new = keys.rewrap_passphrase(header, data_key, "anden sætning her", keys.minimum_params())
    assert keys.unwrap_with_passphrase(new, "anden sætning her") == data_key
    assert keys.unwrap_with_recovery_key(new, recovery) == data_key
    with pytest.raises(WrongPassphrase):
        keys.unwrap_with_passphrase(new, "første sætning her")


def test_header_round_trips_and_every_altered_byte_is_damage(tmp_path: Path) -> None:
    header, _, _ = keys.new_header("en lang nok sætning", keys.minimum_params())
    path = tmp_path / "vault.keys"
    keys.write_header(path, header)
    assert keys.read_header(path) == header
    raw = path.read_bytes()
    # Every position, not a sample: any one-byte change must read as damage,
    # never as a wrong passphrase or, worse, as a valid header.
    for index in range(len(raw)):
        altered = bytearray(raw)
        altered[index] ^= 0x01
        path.write_bytes(bytes(altered))
        with pytest.raises(VaultDamaged) as caught:
            keys.read_header(path)
        assert caught.value.affected == ["key file"]


def test_weakened_kdf_parameters_are_refused(tmp_path: Path) -> None:
    header, _, _ = keys.new_header("en lang nok sætning", keys.minimum_params())
    weak = replace(header, kdf=replace(header.kdf, memory_kib=1024))
    path = tmp_path / "vault.keys"
    keys.write_header(path, weak)  # a forged header with a valid checksum
    with pytest.raises(VaultDamaged):
        keys.read_header(path)


def _forged(body: dict[str, Any], path: Path) -> None:
    """A key file with `body`, under a checksum that matches (it is plain SHA-256)."""
    raw = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    path.write_bytes(raw + b"\n" + hashlib.sha256(raw).hexdigest().encode() + b"\n")


FORGED_KDF = {
    "memory far past any machine's": {"memory_kib": 2**40},
    "memory of 2 TiB": {"memory_kib": 2**31},
    "memory infinite": {"memory_kib": math.inf},
    "memory as a float": {"memory_kib": 1e300},
    "iterations past any patience": {"iterations": 2**40},
    "lanes past Argon2's": {"lanes": 2**40},
    "memory as a bool": {"memory_kib": True},
    "no salt": {"salt": 5},
}


@pytest.mark.parametrize("change", FORGED_KDF.values(), ids=FORGED_KDF.keys())
def test_a_forged_key_file_is_damage_not_a_crash_or_a_hang(
    tmp_path: Path, change: dict[str, Any]
) -> None:
    """A key file whose checksum was made again after an edit gave an OverflowError or a
    MemoryError (the app's "unexpected error"), or would have derived a key for hours
    (an adversarial review). Every such file is the key file damaged."""
    header, _, _ = keys.new_header("en lang nok sætning", keys.minimum_params())
    body = header.body()
    body["passphrase"]["kdf"].update(change)
    path = tmp_path / "vault.keys"
    _forged(body, path)
    with pytest.raises(VaultDamaged):
        keys.read_header(path)


@pytest.mark.parametrize(
    "spoil",
    [
        lambda body: body["passphrase"].update(nonce=""),
        lambda body: body["recovery"].update(nonce="AAAA"),
        lambda body: body["passphrase"].update(kdf=None),
        lambda body: body.update(recovery=[1]),
        lambda body: body["passphrase"].update(wrapped_key=""),
    ],
)
def test_a_forged_key_file_of_the_wrong_shape_is_damage(
    tmp_path: Path, spoil: Callable[[dict[str, Any]], None]
) -> None:
    header, _, _ = keys.new_header("en lang nok sætning", keys.minimum_params())
    body = header.body()
    spoil(body)
    path = tmp_path / "vault.keys"
    _forged(body, path)
    with pytest.raises(VaultDamaged):
        keys.read_header(path)
    path.write_bytes(b"[1]\n" + hashlib.sha256(b"[1]").hexdigest().encode() + b"\n")
    with pytest.raises(VaultDamaged):
        keys.read_header(path)


def test_forged_parameters_fail_authentication() -> None:
    header, _, _ = keys.new_header("en lang nok sætning", keys.minimum_params())
    forged = replace(header, vault_id="00000000-0000-4000-8000-000000000000")
    with pytest.raises(WrongPassphrase):
        keys.unwrap_with_passphrase(forged, "en lang nok sætning")


def test_minimum_parameters_meet_owasp() -> None:
    params = keys.minimum_params()
    assert params.meets_owasp_minimum()
    assert params.memory_kib >= 19 * 1024 and params.iterations >= 2 and params.lanes >= 1
