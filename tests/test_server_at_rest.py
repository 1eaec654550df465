"""Values sealed at rest (issue 17): the database alone — a dump, a backup, the raw
file — holds no name and no value of any family; the data keys live outside it, a
server given the wrong keys refuses to start, and `ftbt-server key rotate` re-seals
everything while the server runs and laptops sync. On SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import os
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, make_url, select, update

from ftbt_server.db import make_engine
from ftbt_server.tables import changes, data_key_ids, seal_keys, state

pytest_plugins = ("server_fixtures", "sync_devices")

from server_fixtures import RunningServer, make_change  # noqa: E402
from sync_devices import Device  # noqa: E402

# Distinctive words that appear nowhere else: a family name, a member's, a visit's notes.
NAME = "Familien Vrødløkkeby"
MEMBER = "Ximena Vrødløkkeby"
NOTE = "Skolevægring-kvæstelse-58213"
WORDS = (NAME, MEMBER, NOTE, "Vrødløkkeby", "Skolevægring")


def _encodings(word: str) -> list[bytes]:
    return [word.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")] + [
        # JSON's \u escapes, as a dump of a JSON column would hold them.
        word.encode("ascii", "backslashreplace").replace(b"\\x", b"\\u00")
    ]


def _dump(server: RunningServer, tmp: Path) -> bytes:
    """What someone holding only the database gets: pg_dump's output, or the SQLite
    file with its journal beside an SQL dump of it."""
    url = make_url(server.db_url)
    if url.get_backend_name() == "sqlite":
        path = Path(url.database or "")
        raw = b"".join(
            p.read_bytes() for p in path.parent.iterdir() if p.name.startswith(path.name)
        )
        import sqlite3

        with sqlite3.connect(path) as conn:
            return raw + "\n".join(conn.iterdump()).encode("utf-8")
    schema = (url.query.get("options") or "").split("search_path=")[-1]
    plain = url.set(drivername="postgresql", query={})
    result = subprocess.run(
        [
            "pg_dump",
            "--no-owner",
            f"--schema={schema}",
            plain.render_as_string(hide_password=False),
        ],
        capture_output=True,
        timeout=60,
        check=True,
    )
    assert b"CREATE TABLE" in result.stdout  # the dump did dump the tables
    return bytes(result.stdout)


def _family(anna: Device) -> str:
    family_id = anna.repo.create_family(NAME).primary_id
    assert family_id
    anna.repo.add_member(family_id, MEMBER, "child", 2014)
    anna.repo.create_entity("visit", family_id, date="2025-03-02", summary=NOTE)
    return family_id


def _setup(server: RunningServer, devices: Callable[[str], Device]) -> tuple[Device, Device]:
    server.add_user("anna")
    server.add_user("sara", role="supervisor")
    server.team("nord", members=["anna"], supervisors=["sara"])
    anna, sara = devices("anna-1"), devices("sara-1")
    anna.login(server.url, "anna")
    sara.login(server.url, "sara")
    return anna, sara


def test_a_dump_after_a_full_sync_holds_no_name_and_no_value(
    server: RunningServer, devices: Callable[[str], Device], tmp_path: Path
) -> None:
    anna, sara = _setup(server, devices)
    family_id = _family(anna)
    assert anna.sync().in_sync and sara.sync().in_sync
    assert NAME in sara.family_names()  # the supervisor's laptop got it through the server
    # A wipe order made the key pair whose private half must be sealed too.
    token = server.login("anna", device_name="to-wipe")
    device_id = httpx.get(
        f"{server.url}/api/v1/devices", headers=server.headers(token), timeout=30
    ).json()["devices"][0]["id"]
    server.cli("device", "revoke", device_id, "--wipe", "--by", "it")

    dump = _dump(server, tmp_path)
    for word in WORDS:
        for encoded in _encodings(word):
            assert encoded not in dump, (word, encoded)
    assert family_id.encode() in dump  # ids stay clear: the dump is a real one
    engine = make_engine(server.db_url)
    try:
        with engine.connect() as conn:
            private = conn.execute(select(seal_keys.c.private_key, seal_keys.c.key_id)).one()
            assert private.key_id
            keys = conn.execute(select(data_key_ids.c.key_id)).scalars().all()
            clear = conn.execute(
                select(func.count()).select_from(changes).where(changes.c.key_id.is_(None))
            ).scalar_one()
    finally:
        engine.dispose()
    assert clear == 0 and keys == [private.key_id]
    key_file = (server.workdir / "ftbt-server.keys").read_text()
    assert key_file.split()[-1].encode() not in dump  # the key itself is not in the database
    assert os.stat(server.workdir / "ftbt-server.keys").st_mode & 0o077 == 0


def test_a_value_moved_to_another_row_is_not_served_as_that_rows(
    store: object,
) -> None:
    from server_fixtures import Store

    assert isinstance(store, Store)
    store.add_user("anna")
    store.login("anna")
    first = make_change("fam-1", entity_type="family", field="name", value="Familien Ask")
    second = make_change("fam-1", entity_type="family", field="status", value="active")
    assert store.push("anna", [first, second]).status_code == 200
    with store.engine.begin() as conn:
        sealed = conn.execute(
            select(changes.c.value).where(changes.c.change_id == first["change_id"])
        ).scalar_one()
        assert "Familien" not in sealed
        # Someone with write access to the database copies the name into the status.
        conn.execute(
            update(changes).where(changes.c.change_id == second["change_id"]).values(value=sealed)
        )
    page = store.pull_all("anna")
    served = {c["change_id"]: c["value"] for c in page["changes"]}
    assert served == {first["change_id"]: "Familien Ask"}
    assert page["withheld"] == 1


def test_a_server_with_another_key_file_refuses_to_start(
    server: RunningServer, server_factory: Callable[..., RunningServer], tmp_path: Path
) -> None:
    server.add_user("anna")
    token = server.login("anna")
    pushed = httpx.post(
        f"{server.url}/api/v1/sync/push",
        json={"changes": [make_change("fam-k", entity_type="family", value="Ask")]},
        headers=server.headers(token),
        timeout=30,
    )
    assert pushed.status_code == 200
    # The same key id, another key: as if copied from the wrong server.
    kid = (server.workdir / "ftbt-server.keys").read_text().split()[-2]
    wrong = f"{kid}:{base64.b64encode(os.urandom(32)).decode()}"
    other = RunningServer(tmp_path / "other", server.db_url, {"FTBT_SERVER_DATA_KEYS": wrong})
    other.workdir.mkdir()
    with pytest.raises(Exception, match="is not the key"):
        other.start()
    # No key file at all beside a database that seals: refused, none is made up.
    bare = RunningServer(tmp_path / "bare", server.db_url)
    bare.workdir.mkdir()
    with pytest.raises(Exception, match="no key file"):
        bare.start()
    assert not (bare.workdir / "ftbt-server.keys").exists()
    # The right keys, handed over as an environment variable, serve the values.
    line = (server.workdir / "ftbt-server.keys").read_text().split()[-2:]
    right = server_factory(server.db_url, env={"FTBT_SERVER_DATA_KEYS": ":".join(line)})
    page = httpx.get(
        f"{right.url}/api/v1/sync/pull",
        params={"after": 0},
        headers=right.headers(right.login("anna")),
        timeout=30,
    ).json()
    assert [c["value"] for c in page["changes"]] == ["Ask"]


def test_a_key_file_others_can_read_is_refused(sqlite_server: RunningServer) -> None:
    key_file = sqlite_server.workdir / "ftbt-server.keys"
    key_file.chmod(0o640)
    result = sqlite_server.cli("key", "list", check=False)
    assert result.returncode == 4 and "chmod 600" in result.stderr


def test_rotation_while_laptops_sync_loses_nothing(
    server: RunningServer, devices: Callable[[str], Device]
) -> None:
    server.add_user("anna")
    token = server.login("anna")
    headers = server.headers(token)
    pushed: list[dict[str, object]] = []
    errors: list[str] = []
    stop = threading.Event()

    def push_steadily() -> None:
        n = 0
        with httpx.Client(base_url=server.url, headers=headers, timeout=30) as client:
            while not stop.is_set() or n < 40:
                batch = [
                    make_change(f"fam-{n % 3}", field="name", value=f"Navn {n}-{i}")
                    for i in range(25)
                ]
                answer = client.post("/api/v1/sync/push", json={"changes": batch})
                if answer.status_code != 200 or answer.json()["rejected"]:
                    errors.append(answer.text[:300])
                pushed.extend(batch)
                n += 1

    worker = threading.Thread(target=push_steadily)
    worker.start()
    try:
        before = server.cli("key", "list").stdout
        server.cli("audit", "verify")  # a checkpoint under the old key, for rotation to re-sign
        rotated = server.cli("key", "rotate")
    finally:
        stop.set()
        worker.join(60)
    assert not errors
    assert "Re-sealed" in rotated.stdout
    old = before.split()[3]  # "Keys from PATH:\nKID (current) N values"
    # What a server still sealed under the old key after the pass: one more finishes it.
    server.cli("key", "rotate", "--resume")
    listed = server.cli("key", "list").stdout
    assert f"{old}\t0 values" in listed
    server.cli("key", "drop", old)
    assert old not in (server.workdir / "ftbt-server.keys").read_text()
    # The audit log's checkpoints were MACed again under the new key: still verifiable.
    assert "verifies" in server.cli("audit", "verify").stdout

    server.stop()
    server.start()  # only the new key now: everything still opens
    page = server_pull_all(server, server.login("anna"))
    assert page["withheld"] == 0
    assert {c["change_id"]: c["value"] for c in page["changes"]} == {
        c["change_id"]: c["value"] for c in pushed
    }
    engine = make_engine(server.db_url)
    try:
        with engine.connect() as conn:
            kids = {
                *conn.execute(select(changes.c.key_id).distinct()).scalars(),
                *conn.execute(select(state.c.key_id).distinct()).scalars(),
            }
    finally:
        engine.dispose()
    assert kids and old not in kids and None not in kids


def server_pull_all(server: RunningServer, token: str) -> dict[str, object]:
    collected: list[dict[str, object]] = []
    after, withheld = 0, 0
    while True:
        page = httpx.get(
            f"{server.url}/api/v1/sync/pull",
            params={"after": after, "limit": 1000},
            headers=server.headers(token),
            timeout=30,
        ).json()
        collected.extend(page["changes"])
        withheld += page["withheld"]
        after = page["next"]
        if not page["has_more"]:
            return {"changes": collected, "withheld": withheld}


def test_values_an_older_server_stored_clear_are_served_and_sealed_by_rotate(
    sqlite_server: RunningServer,
) -> None:
    server = sqlite_server
    server.add_user("anna")
    token = server.login("anna")
    change = make_change("fam-old", entity_type="family", value="Familien Gammel")
    httpx.post(
        f"{server.url}/api/v1/sync/push",
        json={"changes": [change]},
        headers=server.headers(token),
        timeout=30,
    ).raise_for_status()
    engine = make_engine(server.db_url)
    try:
        with engine.begin() as conn:  # as schema 0008 left it
            for table in (changes, state):
                conn.execute(update(table).values(key_id=None, value='"Familien Gammel"'))
    finally:
        engine.dispose()
    assert "clear\t2 values" in server.cli("key", "list").stdout
    assert server_pull_all(server, token)["changes"][0]["value"] == "Familien Gammel"
    # The upgrade's `init` seals them (review finding 10), not a later `key rotate`.
    assert "Sealed 2 values an older server" in server.cli("init").stdout
    assert "clear" not in server.cli("key", "list").stdout
    assert server_pull_all(server, token)["changes"][0]["value"] == "Familien Gammel"


def test_a_value_under_a_key_this_server_lacks_is_an_error_not_a_skip(
    server_db_url: str,
) -> None:
    """Review finding 4: a server without the key a value is sealed under (another host
    not yet given a rotated key) answers 503 and keeps the laptop's cursor where it was,
    rather than stepping past changes the laptop would then never get."""
    from server_fixtures import Store

    first = Store(server_db_url)
    try:
        first.add_user("anna")
        first.login("anna")
        change = make_change("fam-lack", entity_type="family", value="Familien Mangel")
        assert first.push("anna", [change]).status_code == 200
    finally:
        first.close()
    other = Store(server_db_url)  # its own, different key
    try:
        other.login("anna")
        answer = other.pull("anna")
        assert answer.status_code == 503 and answer.json()["error"] == "busy"
    finally:
        other.close()
