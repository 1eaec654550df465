"""The server's SQLite files are the service account's alone, as docs/server.md says.

The finding: `ftbt-server init` made the database (and `serve` later its -wal
and -shm, which hold family names in plaintext) with mode 0644 in a 0755
folder. Real `init` and `serve` processes, started with an ordinary umask (022),
checked by the modes of what they leave on disk.
"""

from __future__ import annotations

import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from server_fixtures import RunningServer, api, free_port, make_change, server_env

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes; ACLs on Windows")

pytest_plugins = ("server_fixtures",)

DB_NAME = "ftbt-server.sqlite3"  # the default file in the data folder
EXIT_NOT_PRIVATE = 4


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def ftbt_server(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`ftbt-server ARGS` with FTBT_SERVER_DATA_DIR and no --db: the default SQLite file."""
    return subprocess.run(
        [sys.executable, "-m", "ftbt_server", *args],
        env=server_env(data_dir),
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture(autouse=True)
def ordinary_umask() -> Iterator[None]:
    """The umask most accounts have, inherited by the server processes started here."""
    import os

    before = os.umask(0o022)
    yield
    os.umask(before)


def test_init_makes_a_new_data_folder_and_database_owner_only(tmp_path: Path) -> None:
    data_dir = tmp_path / "srv" / "ftbt-server"
    result = ftbt_server(data_dir, "init")
    assert result.returncode == 0, result.stderr
    assert mode(data_dir) == 0o700
    files = sorted(data_dir.iterdir())
    assert data_dir / DB_NAME in files
    assert {p.name: mode(p) for p in files} == {p.name: 0o600 for p in files}


def test_init_tightens_an_existing_folder_and_database(tmp_path: Path) -> None:
    """A data folder made by hand (0755) and a database made by an earlier version (0644),
    with its -wal and -shm held open by another connection while init runs."""
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o755)
    db = data_dir / DB_NAME
    with closing(sqlite3.connect(db)) as other:
        other.execute("PRAGMA journal_mode=WAL")
        other.execute("CREATE TABLE scratch (x)")
        other.execute("INSERT INTO scratch VALUES ('Familien Holm')")
        other.commit()
        side = [data_dir / f"{DB_NAME}-wal", data_dir / f"{DB_NAME}-shm"]
        assert {mode(p) for p in (db, *side)} == {0o644}  # the finding, as an old init left it
        assert mode(data_dir) == 0o755

        result = ftbt_server(data_dir, "init")
        assert result.returncode == 0, result.stderr
        assert mode(data_dir) == 0o700
        assert {p.name: mode(p) for p in (db, *side)} == {p.name: 0o600 for p in (db, *side)}


def test_serve_writes_wal_and_shm_owner_only(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    assert ftbt_server(data_dir, "init").returncode == 0
    server = RunningServer(
        tmp_path / "run",
        f"sqlite:///{data_dir / DB_NAME}",
        env={"FTBT_SERVER_DATA_DIR": str(data_dir)},
    )
    (tmp_path / "run").mkdir()
    server.start()
    try:
        server.add_user("anna")
        token = server.login("anna")
        change = make_change("f-1", entity_type="family", field="name", value="Familien Holm")
        with api(server, token) as client:
            assert client.post("/api/v1/sync/push", json={"changes": [change]}).status_code == 200
        # While it runs, the WAL holds the family's change (its value sealed, its ids
        # clear): it must be the account's alone.
        db = data_dir / DB_NAME
        wal, shm = data_dir / f"{DB_NAME}-wal", data_dir / f"{DB_NAME}-shm"
        assert wal.exists() and wal.stat().st_size > 0 and shm.exists()
        assert change["change_id"].encode() in wal.read_bytes()
        assert b"Familien Holm" not in wal.read_bytes()
        assert {p.name: mode(p) for p in (db, wal, shm)} == {p.name: 0o600 for p in (db, wal, shm)}
        assert mode(data_dir) == 0o700
    finally:
        server.stop()


def serve_once(data_dir: Path) -> subprocess.CompletedProcess[str]:
    """`ftbt-server serve` that is expected to refuse (a refusal returns at once)."""
    return ftbt_server(data_dir, "serve", "--port", str(free_port()))


def test_serve_refuses_files_and_folders_others_can_read(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    assert ftbt_server(data_dir, "init").returncode == 0
    db = data_dir / DB_NAME

    db.chmod(0o644)
    result = serve_once(data_dir)
    assert result.returncode == EXIT_NOT_PRIVATE
    assert str(db) in result.stderr and f"chmod 600 {db}" in result.stderr
    assert mode(db) == 0o644  # said, not silently changed

    db.chmod(0o640)  # group-readable is refused as well
    assert serve_once(data_dir).returncode == EXIT_NOT_PRIVATE

    db.chmod(0o600)
    data_dir.chmod(0o755)
    result = serve_once(data_dir)
    assert result.returncode == EXIT_NOT_PRIVATE
    assert f"chmod 700 {data_dir}" in result.stderr

    data_dir.chmod(0o700)
    with closing(sqlite3.connect(db)) as other:  # leaves a -wal while open
        other.execute("PRAGMA journal_mode=WAL")
        other.execute("CREATE TABLE scratch (x)")
        other.commit()
        wal = data_dir / f"{DB_NAME}-wal"
        wal.chmod(0o644)
        result = serve_once(data_dir)
    assert result.returncode == EXIT_NOT_PRIVATE
    assert f"chmod 600 {wal}" in result.stderr


def test_serve_refuses_a_tls_key_every_account_may_read(tmp_path: Path) -> None:
    from server_tls_helpers import _self_signed

    data_dir = tmp_path / "data"
    assert ftbt_server(data_dir, "init").returncode == 0
    cert, key = _self_signed(tmp_path)
    key.chmod(0o644)
    tls = ("--certfile", str(cert), "--keyfile", str(key))
    result = ftbt_server(data_dir, "serve", "--port", str(free_port()), *tls)
    assert result.returncode == EXIT_NOT_PRIVATE
    assert f"chmod o-rwx {key}" in result.stderr
