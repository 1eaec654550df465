"""`ftbt-desktop login` and `ftbt-desktop sync` as real subprocesses against a real server:
exit codes and the printed counts, as scripts and support staff see them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from clitools import PASSPHRASE, TIMEOUT, cli_env, make_demo_vault, use_language

from ftbt_desktop.cli.exit_codes import SyncExit
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault

pytest_plugins = ("server_fixtures",)

from server_fixtures import PASSWORD, RunningServer  # noqa: E402


def run(*args: str | Path, password: str | None = PASSWORD) -> subprocess.CompletedProcess[str]:
    env = cli_env()
    env.pop("FTBT_PASSWORD", None)
    if password is not None:
        env["FTBT_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "ftbt_desktop", *map(str, args)],
        env=env,
        input="",
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT,
        check=False,
    )


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("demo") / "laptop"
    make_demo_vault(data_dir)
    # The demo families never leave the laptop: real ones give the sync something to send.
    vault = Vault.open(data_dir, PASSPHRASE)
    try:
        repo = Repository(vault)
        for name in ("Familien Jensen", "Familien Nielsen"):
            family_id = repo.create_family(name).primary_id
            repo.add_member(family_id, f"Forælder {name}", "parent", 1984)
    finally:
        vault.close(backup=False)
    return data_dir


@pytest.fixture
def demo_dir(demo_template: Path, tmp_path: Path) -> Path:
    """A demo vault of its own for each test (a copy: `ftbt-desktop demo` runs once)."""
    return Path(shutil.copytree(demo_template, tmp_path / "laptop"))


def test_login_then_sync_prints_counts_and_exits_zero(
    sqlite_server_no_grace: RunningServer, demo_dir: Path, tmp_path: Path
) -> None:
    """Exit 0 when in sync, the counts printed; a second laptop pulls it all; a family
    kept for refused changes (after the grace period) is named, exit 10."""
    sqlite_server = sqlite_server_no_grace
    sqlite_server.add_user("anne")
    not_yet = run("sync", "--data-dir", demo_dir)
    assert not_yet.returncode == SyncExit.SIGN_IN_NEEDED
    assert "not signed in" in not_yet.stderr

    login = run("login", "--data-dir", demo_dir, "--server", sqlite_server.url, "--user", "anne")
    assert login.returncode == 0, login.stderr
    assert f"Signed in to {sqlite_server.url} as anne (coordinator)" in login.stdout
    assert PASSWORD not in login.stdout + login.stderr

    first = run("sync", "--data-dir", demo_dir)
    assert first.returncode == 0, first.stderr
    pushed = int(first.stdout.split("Pushed: ")[1].split(".")[0])
    vault = Vault.open(demo_dir, PASSPHRASE)
    try:
        real = [f.id for f in Repository(vault).list_families() if not f.is_demo]
        marks = ",".join("?" * len(real))
        sent = vault.execute(f"SELECT count(*) FROM changes WHERE family_id IN ({marks})", real)
    finally:
        vault.close(backup=False)
    assert pushed == sent[0][0] > 0  # the real families' changes, and only those
    assert "Pulled: 0. Conflicts: 0." in first.stdout

    again = run("sync", "--data-dir", demo_dir)
    assert again.returncode == 0
    assert "Pushed: 0. Pulled: 0. Conflicts: 0." in again.stdout

    # A second laptop of the same coordinator pulls everything the first pushed.
    second_dir = tmp_path / "second"
    make_demo_vault(second_dir)  # its own demo families, with other ids
    assert (
        run(
            "login", "--data-dir", second_dir, "--server", sqlite_server.url, "--user", "anne"
        ).returncode
        == 0
    )
    second = run("sync", "--data-dir", second_dir)
    assert second.returncode == 0
    assert f"Pulled: {pushed}." in second.stdout

    # A family reassigned to Bente, edited here after that: refused, so it is kept and
    # named (exit 10) until removed in the app.
    sqlite_server.add_user("bente")
    vault = Vault.open(demo_dir, PASSPHRASE)
    try:
        repo = Repository(vault)
        family = repo.list_families()[0]
        sqlite_server.assign(family.id, "bente")
        repo.update_family(family.id, notes="Skrevet efter omfordelingen")
    finally:
        vault.close(backup=False)
    held = run("sync", "--data-dir", demo_dir)
    assert held.returncode == SyncExit.REFUSED_CHANGES, held.stderr
    assert "A family was assigned to another coordinator" in held.stderr
    assert "exists only on this computer" in held.stderr
    assert family.id in held.stderr and family.name not in held.stdout + held.stderr


def test_cli_failures_have_their_own_exit_codes(
    sqlite_server: RunningServer, demo_dir: Path
) -> None:
    sqlite_server.add_user("anne")
    args = ("login", "--data-dir", demo_dir, "--server", sqlite_server.url, "--user", "anne")

    wrong = run(*args, password="not the password")
    assert wrong.returncode == SyncExit.WRONG_PASSWORD
    assert "username or password is wrong" in wrong.stderr

    insecure = run(
        "login", "--data-dir", demo_dir, "--server", "http://ftbt.example.org", "--user", "anne"
    )
    assert insecure.returncode == SyncExit.BAD_ADDRESS
    assert "https://" in insecure.stderr

    assert run(*args).returncode == 0
    sqlite_server.stop()
    offline = run("sync", "--data-dir", demo_dir)
    assert offline.returncode == SyncExit.OFFLINE
    assert "cannot be reached" in offline.stderr


def test_cli_speaks_danish(sqlite_server: RunningServer, demo_dir: Path) -> None:
    sqlite_server.add_user("anne")
    use_language(demo_dir, "da")
    not_yet = run("sync", "--data-dir", demo_dir)
    assert not_yet.returncode == SyncExit.SIGN_IN_NEEDED
    assert "ikke logget ind på den centrale server" in not_yet.stderr
    assert (
        run(
            "login", "--data-dir", demo_dir, "--server", sqlite_server.url, "--user", "anne"
        ).returncode
        == 0
    )
    synced = run("sync", "--data-dir", demo_dir)
    assert synced.returncode == 0
    assert "Sendt: " in synced.stdout and "Konflikter: 0." in synced.stdout
