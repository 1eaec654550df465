"""Vault.restore: put a chosen backup back while unlocked (used by the app's restore dialog)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import PASSPHRASE

from ftbt_desktop.storage import vault as vault_module
from ftbt_desktop.storage.errors import VaultDamaged
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault, list_backups


def test_restore_brings_back_the_chosen_state_and_keeps_the_current_aside(
    data_dir: Path, vault: Vault
) -> None:
    repo = Repository(vault)
    repo.create_family("Familien Andersen")
    first = vault.backup()
    repo.create_family("Familien Bech")
    vault.backup()

    restored = vault.restore(first)
    try:
        assert not vault.is_open
        names = [f.name for f in Repository(restored).list_families()]
        assert names == ["Familien Andersen"]
        aside = [p for p in data_dir.iterdir() if p.name.startswith("replaced-")]
        assert len(aside) == 1
        assert (aside[0] / "vault.db").exists()
        assert len(list_backups(data_dir)) == 2
    finally:
        restored.close(backup=False)
    # The passphrase still opens the restored vault.
    reopened = Vault.open(data_dir, PASSPHRASE)
    reopened.close(backup=False)


def test_a_damaged_backup_is_refused_and_nothing_changes(data_dir: Path, vault: Vault) -> None:
    Repository(vault).create_family("Familien Andersen")
    backup = vault.backup()
    raw = bytearray(backup.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    backup.write_bytes(bytes(raw))
    with pytest.raises(VaultDamaged) as caught:
        vault.restore(backup)
    assert caught.value.affected == ["backups"]
    assert vault.is_open
    assert [f.name for f in Repository(vault).list_families()] == ["Familien Andersen"]


@pytest.mark.parametrize("which", ["gone", "the vault's own file", "a folder"])
def test_a_backup_that_is_not_a_backup_file_is_refused_and_nothing_changes(
    data_dir: Path, vault: Vault, which: str
) -> None:
    """A backup listed, then rotated away before it was chosen, was opened as a new,
    empty database, checked as fine, and put in place of the vault: the vault in use
    was empty and broken, its data set aside (an adversarial review). The vault's own
    file as the backup moved it aside and then failed to copy it."""
    Repository(vault).create_family("Familien Andersen")
    backup = vault.backup()
    chosen = {
        "gone": backup.with_name("vault-20200101T000000000000Z.db"),
        "the vault's own file": vault.paths.db,
        "a folder": backup.parent,
    }[which]
    with pytest.raises(VaultDamaged) as caught:
        vault.restore(chosen)
    assert caught.value.affected == ["backups"]
    assert vault.is_open
    if which == "gone":
        assert not chosen.exists()  # not made into a new, empty database either
    assert [f.name for f in Repository(vault).list_families()] == ["Familien Andersen"]
    assert not [p for p in data_dir.iterdir() if p.name.startswith("replaced-")]
    vault.close(backup=False)
    reopened = Vault.open(data_dir, PASSPHRASE)
    assert [f.name for f in Repository(reopened).list_families()] == ["Familien Andersen"]
    reopened.close(backup=False)


@pytest.mark.parametrize(("damaged", "folder"), [(False, None), (True, None), (False, "H# 50% ?ø")])
def test_checking_a_backup_leaves_it_as_found(
    data_dir: Path, tmp_path: Path, vault: Vault, damaged: bool, folder: str | None
) -> None:
    """Checking turned each backup into write-ahead-log mode, rewriting its first page,
    damaged ones too (an adversarial review). A read-only URI instead read every backup
    on a network share as damaged (SQLite refuses `file://server/...`): the check opens
    the plain path, whatever characters it holds."""
    Repository(vault).create_family("Familien Andersen")
    backup = vault.backup()
    if folder is not None:
        moved = tmp_path / folder / backup.name
        moved.parent.mkdir()
        backup = Path(shutil.copy2(backup, moved))
    if damaged:
        raw = bytearray(backup.read_bytes())
        raw[len(raw) // 2] ^= 0x01
        backup.write_bytes(bytes(raw))
    before = backup.read_bytes()
    siblings = sorted(p.name for p in backup.parent.iterdir())
    report = vault_module.check_database(backup, vault._key(), as_found=True)
    assert report.ok is not damaged
    assert backup.read_bytes() == before
    assert sorted(p.name for p in backup.parent.iterdir()) == siblings


def test_two_restores_in_the_same_second_keep_both_set_aside_folders(
    data_dir: Path, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 11, finding 3: the second restore put its replaced files into the first
    one's folder (named by the second), over the ones kept there."""
    repo = Repository(vault)
    repo.create_family("Familien Andersen")
    first = vault.backup()
    repo.create_family("Familien Bech")
    second = vault.backup()
    repo.create_family("Familien Carlsen")

    frozen = dt.datetime(2026, 12, 4, 12, 0, 0, tzinfo=dt.UTC)

    class SameSecond(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> SameSecond:  # type: ignore[override]
            return cls.fromtimestamp(frozen.timestamp(), tz)

    clock = SimpleNamespace(datetime=SameSecond, UTC=dt.UTC, timedelta=dt.timedelta)
    monkeypatch.setattr(vault_module, "dt", clock)
    once = vault.restore(first)
    Repository(once).create_family("Familien Dahl")
    twice = once.restore(second)
    twice.close(backup=False)
    monkeypatch.undo()

    asides = sorted(p for p in data_dir.iterdir() if p.name.startswith("replaced-"))
    assert len(asides) == 2
    kept = []
    for aside in asides:
        opened = Vault.open(aside, PASSPHRASE)
        try:
            kept.append(sorted(f.name for f in Repository(opened).list_families()))
        finally:
            opened.close(backup=False)
    assert sorted(kept) == [
        ["Familien Andersen", "Familien Bech", "Familien Carlsen"],
        ["Familien Andersen", "Familien Dahl"],
    ]
