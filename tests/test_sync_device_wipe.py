"""A revoked laptop and a wiped one, end to end (issue 16): real vaults, a real server
process, SQLite and PostgreSQL. A revoked laptop is signed out and keeps its vault while
the user's other laptop syncs on; a wipe order pushes what was not yet synced, then
empties the vault (no family name left in any table), signs out, and is confirmed."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from ftbt_desktop.export.json_export import FORMAT
from ftbt_desktop.export.wipe_seal import seal_families, sealed_folder
from ftbt_desktop.storage import wipe
from ftbt_desktop.sync.errors import DeviceRevoked, VaultWiped

pytest_plugins = ("server_fixtures", "sync_devices")

from server_fixtures import RunningServer  # noqa: E402
from sync_devices import Device  # noqa: E402

NAME = "Familien Qwertyhjem"
OTHER = "Familien Asdfgborg"
MEMBER = "Zacharias Qwertyhjem"
NOTE = "Mistrivsel-hemmelighed-7391"


def _device_id(server: RunningServer, name: str) -> str:
    rows = [line.split("\t") for line in server.cli("device", "list").stdout.splitlines()[1:]]
    found = [r[0] for r in rows if r[2] == name]
    assert len(found) == 1, rows
    return found[0]


def _state(server: RunningServer, name: str) -> str:
    rows = [line.split("\t") for line in server.cli("device", "list").stdout.splitlines()[1:]]
    return next(r[5] for r in rows if r[2] == name)


def _vault_text(device: Device) -> str:
    """Every row of every table of the decrypted vault, as text."""
    tables = [
        row[0]
        for row in device.vault.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    ]
    return "\n".join(
        repr(tuple(row))
        for table in tables
        for row in device.vault.execute(f"SELECT * FROM {table}")
    )


def _two_laptops(server: RunningServer, devices: Callable[[str], Device]) -> tuple[Device, Device]:
    server.add_user("anna")
    lost, kept = devices("annes-baerbare"), devices("annes-stationaere")
    lost.login(server.url, "anna")
    kept.login(server.url, "anna")
    return lost, kept


def test_a_revoked_laptop_is_signed_out_and_keeps_its_vault(
    server: RunningServer, devices: Callable[[str], Device]
) -> None:
    lost, kept = _two_laptops(server, devices)
    family_id = lost.repo.create_family(NAME).primary_id
    assert lost.sync().in_sync
    server.cli("device", "revoke", _device_id(server, "annes-baerbare"))

    lost.repo.add_member(family_id, MEMBER, "child", 2014)
    with pytest.raises(DeviceRevoked):
        lost.sync()
    account = lost.state.account()
    assert account is not None and not account.signed_in
    assert lost.family_names() == {NAME}  # nothing removed without a wipe order
    assert lost.state.pending_count() > 0  # the edit waits, unsent
    # The other laptop of the same user syncs on.
    kept.sync()
    assert kept.family_names() == {NAME}
    # The laptop dropped its spent key: signing in again (the password is needed)
    # registers it as a new device, beside the revoked one the administrator sees.
    lost.login(server.url, "anna")
    rows = [line.split("\t") for line in server.cli("device", "list").stdout.splitlines()[1:]]
    assert sorted(r[5] for r in rows if r[2] == "annes-baerbare") == ["active", "revoked"]
    assert lost.sync().pushed > 0


def test_a_wipe_order_pushes_first_then_empties_the_vault(
    server: RunningServer, devices: Callable[[str], Device]
) -> None:
    lost, kept = _two_laptops(server, devices)
    family_id = lost.repo.create_family(NAME).primary_id
    assert lost.sync().in_sync
    # Written after the last sync: exists only on the lost laptop.
    lost.repo.add_member(family_id, MEMBER, "child", 2014)
    lost.repo.create_entity("visit", family_id, date="2025-03-02", summary=NOTE)
    lost.repo.create_family(OTHER)
    assert lost.state.pending_count() > 0
    server.cli("device", "revoke", _device_id(server, "annes-baerbare"), "--wipe")

    with pytest.raises(VaultWiped) as wiped:
        lost.sync()
    assert (wiped.value.removed, wiped.value.kept) == (2, 0)
    text = _vault_text(lost)
    for secret in (NAME, OTHER, MEMBER, NOTE):
        assert secret not in text
    assert lost.repo.list_families() == []
    assert lost.state.account() is None  # signed out for good
    assert [(w.removed, w.kept) for w in wipe.wipes(lost.vault)] == [(2, 0)]

    # Nothing lost: the other laptop has every edit.
    kept.sync()
    assert kept.family_names() == {NAME, OTHER}
    assert NOTE in json.dumps([list(v) for v in kept.family_state(family_id).values()])
    assert _state(server, "annes-baerbare") == "wiped"
    confirmed = [
        json.loads(line)
        for line in server.cli("audit", "--json").stdout.splitlines()
        if '"wipe_confirmed"' in line
    ]
    assert [e["counts"] for e in confirmed] == [{"families": 2}]


def test_a_wipe_when_the_user_may_push_no_more_keeps_the_unsent_family(
    sqlite_server: RunningServer, devices: Callable[[str], Device]
) -> None:
    server = sqlite_server
    lost, _ = _two_laptops(server, devices)
    lost.repo.create_family(NAME)
    assert lost.sync().in_sync
    unsent = lost.repo.create_family(OTHER).primary_id
    server.cli("device", "revoke", _device_id(server, "annes-baerbare"), "--wipe")
    server.cli("user", "disable", "anna")

    with pytest.raises(VaultWiped) as wiped:
        lost.sync()
    assert (wiped.value.removed, wiped.value.kept) == (1, 1)
    assert lost.family_names() == {OTHER}  # kept sealed in the vault, not lost
    assert lost.state.pending_count(unsent) > 0
    assert NAME not in _vault_text(lost)
    assert lost.state.account() is None
    assert _state(server, "annes-baerbare") == "wiped"


def test_what_cannot_be_pushed_is_sealed_for_the_administrator(
    server: RunningServer, devices: Callable[[str], Device], tmp_path: Path
) -> None:
    lost, _ = _two_laptops(server, devices)
    lost.repo.create_family(NAME)
    assert lost.sync().in_sync
    unsent = lost.repo.create_family(OTHER).primary_id
    assert unsent
    lost.repo.add_member(unsent, MEMBER, "child", 2014)
    server.cli("device", "revoke", _device_id(server, "annes-baerbare"), "--wipe")
    server.cli("user", "disable", "anna")

    with pytest.raises(VaultWiped) as wiped:
        lost.sync(sealer=seal_families)
    assert (wiped.value.removed, wiped.value.kept, wiped.value.sealed) == (2, 0, 1)
    text = _vault_text(lost)
    for secret in (NAME, OTHER, MEMBER):
        assert secret not in text
    sealed = list(sealed_folder(lost.vault.paths.data_dir).iterdir())
    assert len(sealed) == 1 and sealed[0].stat().st_mode & 0o077 == 0
    assert OTHER.encode() not in sealed[0].read_bytes()

    # The administrator opens it: the family, in the export format, with its member.
    out = tmp_path / "familie.json"
    server.cli("device", "open-sealed", str(sealed[0]), "--out", str(out))
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == FORMAT
    assert [f["id"] for f in doc["families"]] == [unsent]
    assert MEMBER in out.read_text(encoding="utf-8")
    assert out.stat().st_mode & 0o077 == 0
