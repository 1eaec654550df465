"""Damage is reported, never made worse: checking or opening a damaged vault leaves
every file exactly as it was found, names what is hit, and the latest good backup
can still be restored."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from ftbt_desktop.storage.errors import VaultDamaged
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault, check_file, restore_latest_backup
from tests.conftest import PASSPHRASE

PAGE = 4096


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x40
    path.write_bytes(bytes(data))


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])


DAMAGE: dict[str, tuple[Callable[[Path], None], str]] = {
    "flipped data page": (
        lambda d: _flip(d / "vault.db", PAGE * (os.path.getsize(d / "vault.db") // PAGE - 2) + 9),
        "",  # which tables are hit depends on the page
    ),
    "flipped first page": (lambda d: _flip(d / "vault.db", 100), "database file"),
    "empty database file": (lambda d: (d / "vault.db").write_bytes(b""), "database file"),
    "truncated database file": (lambda d: _truncate(d / "vault.db"), "database file"),
    "flipped key file": (lambda d: _flip(d / "vault.keys", 40), "key file"),
    "garbage key file": (lambda d: (d / "vault.keys").write_bytes(os.urandom(300)), "key file"),
    "empty key file": (lambda d: (d / "vault.keys").write_bytes(b""), "key file"),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_damage_is_named_left_as_found_and_a_backup_restores(
    data_dir: Path, vault: Vault, damage: str
) -> None:
    repo = Repository(vault)
    for n in range(40):
        repo.create_family(f"Familien Nummer {n}", notes="x" * 300)
    vault.backup()
    vault.close(backup=False)
    hurt, expected = DAMAGE[damage]
    hurt(data_dir)
    found = _digest(data_dir)

    report = check_file(data_dir, passphrase=PASSPHRASE)
    assert not report.ok
    with pytest.raises(VaultDamaged) as caught:
        Vault.open(data_dir, PASSPHRASE)
    if expected:
        assert report.affected == [expected]
        assert caught.value.affected == [expected]
    assert _digest(data_dir) == found, "checking or opening changed the damaged files"

    restore_latest_backup(data_dir, passphrase=PASSPHRASE)
    opened = Vault.open(data_dir, PASSPHRASE)
    try:
        assert len(Repository(opened).list_families()) == 40
    finally:
        opened.close(backup=False)
