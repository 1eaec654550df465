"""Another vault's key file is said as such, and its own is put back (issue 11, finding 6).

A vault.keys copied over from another vault (another data folder, another laptop)
was reported as damage to vault.db, and the restore then failed for want of a
backup the wrong key could open, although backups/ held the right key file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from clitools import run_cli, use_language
from conftest import PASSPHRASE
from pytestqt.qtbot import QtBot
from ui_shell_helpers import click, listed_families, make_window, wait_page

from ftbt_desktop.storage import keys
from ftbt_desktop.storage.errors import ForeignKeyFile, WrongPassphrase
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import (
    Vault,
    check_file,
    restore_latest_backup,
    restore_own_key_file,
)

OTHER_PASSPHRASE = "grøn kaffe under broen i morgen"


def make_pair(tmp_path: Path, other_passphrase: str = PASSPHRASE) -> Path:
    """Vault A (one family, a backup) with vault B's key file put in place of its own."""
    ours = tmp_path / "ours"
    vault, _ = Vault.create(ours, PASSPHRASE, keys.minimum_params())
    Repository(vault).create_family("Familien Andersen")
    vault.close(backup=True)
    theirs = tmp_path / "theirs"
    other, _ = Vault.create(theirs, other_passphrase, keys.minimum_params())
    Repository(other).create_family("Familien Bech")
    other.close(backup=True)
    shutil.copy2(theirs / "vault.keys", ours / "vault.keys")
    return ours


def families(data_dir: Path) -> list[str]:
    vault = Vault.open(data_dir, PASSPHRASE)
    try:
        return [f.name for f in Repository(vault).list_families()]
    finally:
        vault.close(backup=False)


def test_another_vaults_key_file_is_named_not_the_database(tmp_path: Path) -> None:
    ours = make_pair(tmp_path)
    with pytest.raises(ForeignKeyFile) as caught:
        Vault.open(ours, PASSPHRASE)
    assert caught.value.affected == ["key file"]
    report = check_file(ours, PASSPHRASE)
    assert report.affected == ["key file"] and report.details == ["another vault"]


def test_with_another_passphrase_it_is_not_called_a_wrong_passphrase(tmp_path: Path) -> None:
    ours = make_pair(tmp_path, OTHER_PASSPHRASE)
    with pytest.raises(ForeignKeyFile):
        Vault.open(ours, PASSPHRASE)
    with pytest.raises(WrongPassphrase):  # a truly wrong one still is
        Vault.open(ours, "helt forkert adgangssætning her")


def test_restore_puts_back_the_own_key_file_and_keeps_the_other_aside(tmp_path: Path) -> None:
    ours = make_pair(tmp_path)
    foreign = (ours / "vault.keys").read_bytes()
    assert restore_own_key_file(ours, passphrase=PASSPHRASE)
    assert families(ours) == ["Familien Andersen"]
    kept = [p / "vault.keys" for p in ours.iterdir() if p.name.startswith("replaced-")]
    assert [p.read_bytes() for p in kept] == [foreign]
    assert not restore_own_key_file(ours, passphrase=PASSPHRASE)  # nothing left to mend


def test_restoring_the_latest_backup_uses_the_key_file_in_backups(tmp_path: Path) -> None:
    ours = make_pair(tmp_path)
    restore_latest_backup(ours, passphrase=PASSPHRASE)
    assert families(ours) == ["Familien Andersen"]


def test_check_says_the_key_file_belongs_to_another_vault(tmp_path: Path) -> None:
    ours = make_pair(tmp_path)
    use_language(ours)
    result = run_cli("check", "--data-dir", ours)
    assert result.returncode == 1
    assert "belongs to another vault" in result.stderr
    assert "database file" not in result.stderr


def test_the_app_offers_the_own_key_file_and_opens_with_it(qtbot: QtBot, tmp_path: Path) -> None:
    ours = make_pair(tmp_path)
    window = make_window(qtbot, ours)
    qtbot.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    click(qtbot, window.unlock_page.unlock_button)
    page = window.damaged_page
    wait_page(qtbot, window, page)
    assert "belongs to another vault" in page.affected.text()
    assert "database file" not in page.affected.text()
    click(qtbot, page.restore_button)
    wait_page(qtbot, window, window.main_page)
    assert listed_families(window) == ["Familien Andersen"]
    assert "key file" in window.statusBar().currentMessage()


def test_an_old_passphrase_against_a_lagging_copy_is_still_a_wrong_passphrase(
    tmp_path: Path,
) -> None:
    """The copy in backups/ may lag behind a passphrase change cut short: same vault,
    so the old passphrase is wrong, not the key file a stranger's."""
    data_dir = tmp_path / "ours"
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    lagging = (data_dir / "backups" / "vault.keys").read_bytes()
    vault.change_passphrase(OTHER_PASSPHRASE, keys.minimum_params())
    vault.close(backup=False)
    (data_dir / "backups" / "vault.keys").write_bytes(lagging)
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, PASSPHRASE)
    assert not restore_own_key_file(data_dir, passphrase=OTHER_PASSPHRASE)
    Vault.open(data_dir, OTHER_PASSPHRASE).close(backup=False)
