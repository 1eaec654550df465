"""The raw cost of what an initial sync does, for the sync benchmark's ratios.

- `plain_write`: the same rows the sync writes into the vault — every pulled
  change into a change log and every field's winning value into a state table —
  written by plain sqlite-utils into an unencrypted SQLite file (WAL,
  synchronous=FULL, as the vault): no encryption, no HTTP, no merge rule, no
  conflict check, no secondary indexes (the vault keeps five), one transaction
  per 1,000 rows (as a pull page). The JSON is decoded before the clock starts.
- `raw_insert`: the floor of the encrypted write: the same change rows inserted
  into a SQLCipher database (the vault's cipher settings and WAL) by one
  `executemany` in one transaction, into a table keyed by the change's random
  UUID and nothing else: no state, no indexes, no seal, no checks.
- `static_fetch`: the same bytes over HTTP on loopback from a trivial server:
  the very page bodies the FTBT server sent, saved as files and served by
  Python's `http.server` in its own process, fetched one request per page with
  the same client library (httpx) as the sync engine. No database, no
  authentication, no JSON work on either side.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
from server_fixtures import free_port
from sqlite_utils import Database

BATCH = 1_000
START_TIMEOUT_S = 20.0


def rows_of(bodies: list[bytes]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(change rows, state rows) as the vault stores them, from pulled page bodies."""
    changes: list[dict[str, Any]] = []
    for body in bodies:
        for item in json.loads(body)["changes"]:
            changes.append(
                {
                    "change_id": item["change_id"],
                    "entity_type": item["entity_type"],
                    "entity_id": item["entity_id"],
                    "family_id": item["family_id"],
                    "field": item["field"],
                    "value": json.dumps(item["value"], ensure_ascii=False),
                    "hlc": item["hlc"],
                    "device_id": item["device_id"],
                    "user_id": item["user_id"],
                    "origin": "server",
                    "pushed": 1,
                    "server_seq": item["seq"],
                }
            )
    state = [
        {
            "entity_id": row["entity_id"],
            "field": row["field"],
            "entity_type": row["entity_type"],
            "family_id": row["family_id"],
            "value": row["value"],
            "hlc": row["hlc"],
            "device_id": row["device_id"],
            "change_id": row["change_id"],
        }
        for row in changes
    ]
    return changes, state


def plain_write(bodies: list[bytes], path: Path) -> tuple[float, int]:
    """(seconds, change rows) to write the pulled rows with sqlite-utils, unencrypted."""
    changes, state = rows_of(bodies)
    db = Database(path)
    # The vault's journal settings, so the difference is the vault's own work.
    db.enable_wal()
    db.execute("PRAGMA synchronous = FULL")
    try:
        started = time.perf_counter()
        db["changes"].insert_all(changes, pk="change_id", batch_size=BATCH)
        # Pulled in seq order, so the last write of a field is its winner here.
        db["state"].upsert_all(state, pk=("entity_id", "field"), batch_size=BATCH)
        seconds = time.perf_counter() - started
        count = db["changes"].count
    finally:
        db.close()
    return seconds, count


def raw_insert(bodies: list[bytes], path: Path) -> tuple[float, int]:
    """(seconds, rows) to insert the pulled change rows into a fresh SQLCipher file at once."""
    import sqlcipher3.dbapi2 as sqlcipher

    changes, _ = rows_of(bodies)
    rows = [tuple(row.values()) for row in changes]
    conn = sqlcipher.connect(str(path), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(
            "CREATE TABLE changes (change_id TEXT PRIMARY KEY, entity_type TEXT, entity_id "
            "TEXT, family_id TEXT, field TEXT, value TEXT, hlc TEXT, device_id TEXT, user_id "
            "TEXT, origin TEXT, pushed INTEGER, server_seq INTEGER)"
        )
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(f"INSERT INTO changes VALUES ({', '.join('?' * 12)})", rows)
        conn.execute("COMMIT")
        seconds = time.perf_counter() - started
    finally:
        conn.close()
    return seconds, len(rows)


def static_fetch(bodies: list[bytes], directory: Path) -> tuple[float, int]:
    """(seconds, bytes) to fetch the same page bodies from `python -m http.server`."""
    directory.mkdir(parents=True, exist_ok=True)
    names = []
    for number, body in enumerate(bodies):
        name = f"page{number:05d}.json"
        (directory / name).write_bytes(body)
        names.append(name)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"],
        cwd=directory,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
    )
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            _wait_ready(client, server, names[0])
            started = time.perf_counter()
            total = sum(len(client.get(f"/{name}").content) for name in names)
            seconds = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=10)
    return seconds, total


def _wait_ready(client: httpx.Client, server: subprocess.Popen[bytes], name: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"http.server exited {server.returncode}")
        try:
            if client.get(f"/{name}").status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.05)
    raise RuntimeError("http.server did not answer")
