"""A process killed with SIGKILL in the middle of a stream of writes leaves a vault
that opens, checks whole, and holds every change whose write had returned."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from clitools import PASSPHRASE, cli_env, run_cli, use_language

from ftbt_desktop.storage import keys
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

# The child prints a change's id only after the write that made it returned
# (committed, synchronous=FULL), then flushes, so every id the parent reads
# is a promise the vault must keep.
WRITER = """
import os
import sys
from pathlib import Path
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault

vault = Vault.open(Path(sys.argv[1]), os.environ["FTBT_PASSPHRASE"], verify=False)
repo = Repository(vault)
family_id = sys.argv[2]
print("ready", flush=True)
i = 0
while True:
    i += 1
    if i % 3 == 0:
        written = repo.add_member(family_id, f"Barn nummer {i}", role="child", birth_year=2016)
    else:
        written = repo.update_family(family_id, notes=f"Skrevet som nummer {i}")
    for change in written.changes:
        print(change.change_id, flush=True)
"""


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    vault, _ = Vault.create(folder, PASSPHRASE, keys.minimum_params())
    try:
        Repository(vault).create_family("Familien Skriver")
    finally:
        vault.close(backup=False)
    use_language(folder)
    return folder


def _family_id(data_dir: Path) -> str:
    vault = Vault.open(data_dir, PASSPHRASE)
    try:
        return Repository(vault).list_families()[0].id
    finally:
        vault.close(backup=False)


def _write_and_kill(data_dir: Path, family_id: str, kill_after: int) -> list[str]:
    """Start the writer, read `kill_after` change ids, SIGKILL it; every id it printed."""
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir), family_id],
        env=cli_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "ready"
        printed = [child.stdout.readline().strip() for _ in range(kill_after)]
        os.kill(child.pid, signal.SIGKILL)
        # Ids already in the pipe were printed after their write returned, too.
        rest, errors = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL, errors
    printed.extend(line.strip() for line in rest.splitlines() if line.strip())
    assert all(printed), "the writer stopped early"
    return printed


def test_killed_writer_loses_no_returned_change(data_dir: Path) -> None:
    family_id = _family_id(data_dir)
    promised: list[str] = []
    for kill_after in (1, 17, 60, 150):
        promised.extend(_write_and_kill(data_dir, family_id, kill_after))

        vault = Vault.open(data_dir, PASSPHRASE)  # verifies every page on open
        try:
            repo = Repository(vault)
            in_log = {change.change_id for change in repo.changes(family_id)}
            assert set(promised) <= in_log
            # The state agrees with the log: the family still reads whole.
            assert repo.family(family_id).name == "Familien Skriver"
            assert all(m.name.startswith("Barn nummer") for m in repo.members(family_id))
        finally:
            vault.close(backup=False)

        checked = run_cli("check", "--data-dir", data_dir)
        assert checked.returncode == 0, checked.stderr
    assert len(promised) >= 1 + 17 + 60 + 150
