"""Re-key (issue 11, finding 5): an old key file and an old secret open nothing new.

Real SQLCipher vaults throughout; the crash tests run the re-key in a real
child process and kill it with SIGKILL at each pause point of the protocol.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from conftest import PASSPHRASE

from ftbt_desktop.storage import integrity, keys, rekey
from ftbt_desktop.storage.errors import VaultDamaged, WrongPassphrase
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault, _connect, check_database, list_backups

NEW = "en helt ny og lang adgangssætning"
ROOT = Path(__file__).resolve().parent.parent
BEFORE_COMMIT = ("exported", "prepared", "closed")


def _names(vault: Vault) -> set[str]:
    return {f.name for f in Repository(vault).list_families()}


def _old_key_opens(path: Path, key: bytes) -> bool:
    try:
        conn = _connect(path, key)
    except sqlcipher.DatabaseError:
        return False
    conn.close()
    return True


def _vault_with_backups(data_dir: Path) -> tuple[bytes, str]:
    """A vault with families, a backup and an aside copy left by a restore."""
    vault, recovery = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    repo = Repository(vault)
    for i in range(40):
        repo.create_family(f"Familien Før {i}", notes="x" * 200)
    vault.backup()
    restored = vault.restore(list_backups(data_dir)[0])
    Repository(restored).create_family("Familien Før igen")
    restored.close()  # a second backup, at lock
    return (data_dir / "vault.keys").read_bytes(), recovery


def test_old_key_file_and_old_passphrase_read_nothing_written_after_a_rekey(
    data_dir: Path,
) -> None:
    stolen, old_recovery = _vault_with_backups(data_dir)
    old_key = keys.unwrap_with_passphrase(keys.KeyHeader.parse(stolen), PASSPHRASE)
    vault = Vault.open(data_dir, PASSPHRASE)
    result = rekey.rekey(vault, NEW, params=keys.minimum_params())
    Repository(vault).create_family("Familien Efter")
    vault.close()

    # Every database file in the folder: the vault, its backups, the aside copies.
    files = [p for p in data_dir.rglob("*.db") if p.is_file()]
    assert data_dir / "vault.db" in files
    assert len(files) >= 3
    for path in files:
        assert not _old_key_opens(path, old_key), path.relative_to(data_dir)
    # The old secrets open no key file here any more.
    for header in data_dir.rglob("vault.keys"):
        with pytest.raises(WrongPassphrase):
            keys.unwrap_with_passphrase(keys.read_header(header), PASSPHRASE)
        with pytest.raises(WrongPassphrase):
            keys.unwrap_with_recovery_key(keys.read_header(header), old_recovery)
    # The new ones open everything, with nothing lost.
    assert result.recovery_key is not None
    reopened = Vault.open_with_recovery_key(data_dir, result.recovery_key)
    assert reopened.recovery_key_unconfirmed  # made here: not yet said to be stored
    assert {"Familien Før 0", "Familien Før igen", "Familien Efter"} <= _names(reopened)
    new_key = reopened._key()
    reopened.close(backup=False)
    for path in files:
        assert check_database(path, new_key).ok, path.relative_to(data_dir)
    assert not (data_dir / rekey.STAGE_DIR).exists()
    if sys.platform != "win32":  # what the re-key wrote is the owner's alone too
        for path in data_dir.rglob("*"):
            if path.name != "settings.json":
                assert stat.S_IMODE(path.stat().st_mode) in (0o600, 0o700), path


def test_a_rekey_with_a_recovery_key_already_shown_puts_that_key_in_force(
    data_dir: Path,
) -> None:
    vault, old_recovery = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    Repository(vault).create_family("Familien Test")
    new = vault.new_recovery_key()
    result = rekey.rekey(vault, PASSPHRASE, recovery=new, params=keys.minimum_params())
    assert result.recovery_key is None
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open_with_recovery_key(data_dir, old_recovery)
    reopened = Vault.open_with_recovery_key(data_dir, new.text)
    assert not reopened.recovery_key_unconfirmed
    assert _names(reopened) == {"Familien Test"}
    reopened.close(backup=False)
    Vault.open(data_dir, PASSPHRASE).close(backup=False)


def test_a_cancelled_rekey_changes_nothing(data_dir: Path) -> None:
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    Repository(vault).create_family("Familien Test")
    before = (data_dir / "vault.keys").read_bytes()
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(rekey.RekeyCancelled):
        rekey.rekey(vault, NEW, params=keys.minimum_params(), cancel=cancel)
    # Still open, still under the old key, nothing staged left behind.
    assert _names(vault) == {"Familien Test"}
    vault.close(backup=False)
    assert (data_dir / "vault.keys").read_bytes() == before
    assert not (data_dir / rekey.STAGE_DIR).exists()
    Vault.open(data_dir, PASSPHRASE).close(backup=False)


def test_progress_is_reported_up_to_done(data_dir: Path) -> None:
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    Repository(vault).create_family("Familien Test")
    seen: list[tuple[str, int]] = []
    rekey.rekey(vault, NEW, params=keys.minimum_params(), progress=lambda s, p: seen.append((s, p)))
    vault.close(backup=False)
    percents = [p for _, p in seen]
    assert percents == sorted(percents)
    assert percents[-1] == 100
    assert {s for s, _ in seen} >= {rekey.RekeyStep.CHECK, rekey.RekeyStep.BACKUP}


def test_a_reseal_hook_runs_on_the_new_key_before_the_commit(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    calls: list[tuple[Path, bool]] = []

    def hook(staged: Vault) -> None:
        # Open on the staged copy, under the new key; the live file is still old.
        calls.append((staged.paths.db, staged._key() != old_key))
        staged.set_meta("resealed", "yes")

    old_key = vault._key()
    # The change log's seal derives from the data key: without its reseal the staged
    # copy does not check whole, and the re-key stops before the commit.
    monkeypatch.setattr(rekey, "RESEAL_HOOKS", [hook])
    with pytest.raises(VaultDamaged):
        rekey.rekey(vault, NEW, params=keys.minimum_params())
    assert vault._key() == old_key
    calls.clear()
    monkeypatch.setattr(rekey, "RESEAL_HOOKS", [integrity.reseal, hook])
    rekey.rekey(vault, NEW, params=keys.minimum_params())
    assert calls == [(data_dir / rekey.STAGE_DIR / "vault.db", True)]
    assert vault.get_meta("resealed") == "yes"
    assert vault.check().ok
    vault.close(backup=False)
    reopened = Vault.open(data_dir, NEW)
    assert reopened.check().ok
    reopened.close(backup=False)


_CHILD = """
import sys
from ftbt_desktop.storage import integrity, keys, rekey
from ftbt_desktop.storage.vault import Vault
vault = Vault.open(sys.argv[1], sys.argv[2])
rekey.rekey(vault, sys.argv[3], params=keys.minimum_params())
"""


@pytest.mark.parametrize("point", rekey.PAUSE_POINTS)
def test_a_rekey_killed_at_any_point_opens_with_the_old_or_the_new_passphrase(
    data_dir: Path, tmp_path: Path, point: str
) -> None:
    stolen, _ = _vault_with_backups(data_dir)
    old_key = keys.unwrap_with_passphrase(keys.KeyHeader.parse(stolen), PASSPHRASE)
    vault = Vault.open(data_dir, PASSPHRASE)
    expected = _names(vault)
    vault.close(backup=False)
    _run_until(_CHILD, [str(data_dir), PASSPHRASE, NEW], point, tmp_path / point)

    committed = point not in BEFORE_COMMIT
    right, wrong = (NEW, PASSPHRASE) if committed else (PASSPHRASE, NEW)
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, wrong)
    reopened = Vault.open(data_dir, right)
    assert _names(reopened) == expected
    reopened.close(backup=False)
    assert not (data_dir / rekey.STAGE_DIR).exists()
    backups = list_backups(data_dir)
    if committed:
        assert not _old_key_opens(data_dir / "vault.db", old_key)
        for backup in backups:
            assert not _old_key_opens(backup, old_key)
    else:
        assert len(backups) == 2
        assert all(check_database(b, old_key).ok for b in backups)


_OPEN_CHILD = """
import sys
from ftbt_desktop.storage.vault import Vault
Vault.open(sys.argv[1], sys.argv[2]).close(backup=False)
"""


def _run_until(script: str, args: list[str], point: str, marker: Path) -> None:
    """Run `script` in a child process and SIGKILL it once it reaches `point`."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "FTBT_KDF_PROFILE": "owasp-min",
        rekey.PAUSE_ENV: f"{point}:{marker}",
    }
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        while not marker.exists():
            if child.poll() is not None:
                pytest.fail(f"ended before {point}: {child.stderr.read()!r}")  # type: ignore[union-attr]
            time.sleep(0.05)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        if child.stderr is not None:
            child.stderr.close()


@pytest.mark.parametrize("second", ["header", "backups"])
def test_a_kill_while_the_next_open_finishes_the_rekey_loses_nothing(
    data_dir: Path, tmp_path: Path, second: str
) -> None:
    _vault_with_backups(data_dir)
    vault = Vault.open(data_dir, PASSPHRASE)
    expected = _names(vault)
    vault.close(backup=False)
    args = [str(data_dir), PASSPHRASE, NEW]
    _run_until(_CHILD, args, "committed", tmp_path / "first")
    # The next open finishes the re-key, and is killed part-way through too.
    _run_until(_OPEN_CHILD, [str(data_dir), NEW], second, tmp_path / "second")
    assert (data_dir / rekey.STAGE_DIR).exists()
    reopened = Vault.open(data_dir, NEW)
    assert _names(reopened) == expected
    reopened.close(backup=False)
    assert not (data_dir / rekey.STAGE_DIR).exists()
    assert list_backups(data_dir) == []  # the old ones are gone; the next lock makes one


def test_a_damaged_aside_copy_keeps_its_old_key_under_another_name(data_dir: Path) -> None:
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    Repository(vault).create_family("Familien Test")
    vault.close()  # a backup to restore from
    old_header = (data_dir / "vault.keys").read_bytes()
    damaged = data_dir / "damaged-20260101T000000Z"
    damaged.mkdir()
    (damaged / "vault.db").write_bytes(b"\0" * 8192)  # beyond reading whole
    (damaged / "vault.keys").write_bytes(old_header)
    vault = Vault.open(data_dir, PASSPHRASE)
    rekey.rekey(vault, NEW, params=keys.minimum_params())
    vault.change_passphrase("og endnu en ny adgangssætning", keys.minimum_params())
    vault.close(backup=False)
    # Later header writes skip it, so the old passphrase still opens what is left there.
    assert not (damaged / "vault.keys").exists()
    assert (damaged / rekey.OLD_KEY_HEADER).read_bytes() == old_header
    assert (damaged / "vault.db").read_bytes() == b"\0" * 8192


@pytest.mark.parametrize("delay", [0.0, 0.01, 0.03, 0.1, 0.3])
def test_a_rekey_killed_at_an_unplanned_moment_opens_with_one_of_the_passphrases(
    data_dir: Path, delay: float
) -> None:
    """Killed some time after the staging folder appears, not at a pause point."""
    _vault_with_backups(data_dir)
    vault = Vault.open(data_dir, PASSPHRASE)
    expected = _names(vault)
    vault.close(backup=False)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "FTBT_KDF_PROFILE": "owasp-min"}
    env.pop(rekey.PAUSE_ENV, None)
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(data_dir), PASSPHRASE, NEW],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while not (data_dir / rekey.STAGE_DIR).exists() and child.poll() is None:
            time.sleep(0.001)
        time.sleep(delay)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    opened = []
    for passphrase in (PASSPHRASE, NEW):
        try:
            reopened = Vault.open(data_dir, passphrase)
        except WrongPassphrase:
            continue
        opened.append(passphrase)
        assert _names(reopened) == expected
        reopened.close(backup=False)
    assert len(opened) == 1
    assert not (data_dir / rekey.STAGE_DIR).exists()
