from __future__ import annotations

from dataclasses import replace
from pathlib import Path

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


def test_forged_parameters_fail_authentication() -> None:
    header, _, _ = keys.new_header("en lang nok sætning", keys.minimum_params())
    forged = replace(header, vault_id="00000000-0000-4000-8000-000000000000")
    with pytest.raises(WrongPassphrase):
        keys.unwrap_with_passphrase(forged, "en lang nok sætning")


def test_minimum_parameters_meet_owasp() -> None:
    params = keys.minimum_params()
    assert params.meets_owasp_minimum()
    assert params.memory_kib >= 19 * 1024 and params.iterations >= 2 and params.lanes >= 1
