"""`ftbt-desktop rekey`, run as a real subprocess over a real vault."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from clitools import PASSPHRASE, cli_env, make_demo_vault, run_cli, snapshot

from ftbt_desktop.storage import keys
from ftbt_desktop.storage.errors import WrongPassphrase
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault, _connect

RECOVERY_KEY = re.compile(r"\b[A-Z2-7]{4}(?:-[A-Z2-7]{4}){7}\b")
NEW = "en helt ny og lang adgangssætning"


def _old_key(data_dir: Path) -> bytes:
    return keys.unwrap_with_passphrase(keys.read_header(data_dir / "vault.keys"), PASSPHRASE)


def test_rekey_with_a_new_passphrase_prints_a_new_recovery_key(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    make_demo_vault(data_dir)
    old_key = _old_key(data_dir)
    env = {**cli_env(), "FTBT_NEW_PASSPHRASE": NEW}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ftbt_desktop",
            "rekey",
            "--new-passphrase",
            "--data-dir",
            str(data_dir),
        ],
        env=env,
        input="",
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    keys_printed = RECOVERY_KEY.findall(result.stdout)
    assert len(keys_printed) == 1
    with pytest.raises(sqlcipher.DatabaseError):
        _connect(data_dir / "vault.db", old_key)
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, PASSPHRASE)
    vault = Vault.open_with_recovery_key(data_dir, RECOVERY_KEY.search(result.stdout).group(0))  # type: ignore[union-attr]
    assert not vault.recovery_key_unconfirmed  # printed once, as at `demo`
    assert Repository(vault).list_families()
    vault.close(backup=False)


def test_rekey_keeping_the_passphrase(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    make_demo_vault(data_dir)
    old_key = _old_key(data_dir)
    result = run_cli("rekey", "--data-dir", data_dir)
    assert result.returncode == 0, result.stderr
    with pytest.raises(sqlcipher.DatabaseError):
        _connect(data_dir / "vault.db", old_key)
    Vault.open(data_dir, PASSPHRASE).close(backup=False)


@pytest.mark.parametrize("new", [PASSPHRASE, "kort"])
def test_rekey_refuses_an_unchanged_or_weak_passphrase_and_changes_nothing(
    tmp_path: Path, new: str
) -> None:
    data_dir = tmp_path / "data"
    make_demo_vault(data_dir)
    before = snapshot(data_dir)
    env = {**cli_env(), "FTBT_NEW_PASSPHRASE": new}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ftbt_desktop",
            "rekey",
            "--new-passphrase",
            "--data-dir",
            str(data_dir),
        ],
        env=env,
        input="",
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert result.returncode == 6, result.stderr
    assert "Nothing was changed" in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(data_dir) == before


def test_rekey_with_a_wrong_passphrase_exits_2(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    make_demo_vault(data_dir)
    before = snapshot(data_dir)
    result = run_cli("rekey", "--data-dir", data_dir, passphrase="forkert hest batteri klamme")
    assert result.returncode == 2
    assert snapshot(data_dir) == before
