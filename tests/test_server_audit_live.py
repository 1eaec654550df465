"""The audit chain's check and export on a store that keeps working meanwhile: entries
written while `audit verify` (or the purge's check) reads are not taken for tampering,
and an export cut off mid-line is continued without gluing a new line onto the torn
one. SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection

from ftbt_server import audit, audit_chain
from ftbt_server.cli import main as cli_main
from ftbt_server.data_keys import KeyStore
from ftbt_server.db import make_engine, write_tx

pytest_plugins = ("server_fixtures",)

from server_fixtures import Store  # noqa: E402


def _keys(store: Store) -> KeyStore:
    return store.settings.sealer.keys  # type: ignore[attr-defined,no-any-return]


def _write(db_url: str, count: int, who: str) -> None:
    """Entries from another process's connection, committed at once."""
    engine = make_engine(db_url)
    try:
        for i in range(count):
            with write_tx(engine) as conn:
                audit.record(conn, 1000 + i, "pull", audit.Actor(None, who), families=["f1"])
    finally:
        engine.dispose()


def test_entries_written_during_a_verify_are_not_a_finding(
    keyed: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On PostgreSQL each statement of a READ COMMITTED transaction sees what committed
    before it: a verify that read the head and then the entries would find the log
    longer than its head, and call a busy server's log cut off."""
    _write(keyed.db_url, 3, "before")
    rows = audit_chain._rows

    def busy(conn: Connection, batch: int = 5000) -> Iterator[tuple[Any, list[str]]]:
        # The head and the checkpoints are read by now; another server writes on.
        _write(keyed.db_url, 2, "meanwhile")
        yield from rows(conn, batch)

    monkeypatch.setattr(audit_chain, "_rows", busy)
    result = audit_chain.verify(keyed.engine, _keys(keyed))
    assert result.intact, result.finding
    assert result.entries == 3  # what was there when it began
    monkeypatch.setattr(audit_chain, "_rows", rows)
    result = audit_chain.verify(keyed.engine, _keys(keyed))
    assert result.intact and result.entries == 5


def test_an_export_torn_mid_line_is_continued_on_a_new_line(keyed: Store, tmp_path: Path) -> None:
    _write(keyed.db_url, 3, "anna")
    out = tmp_path / "siem.jsonl"
    assert cli_main(["--db", keyed.db_url, "audit", "export", "-o", str(out)]) == 0
    lines = out.read_bytes().splitlines(keepends=True)
    # The export was killed while writing its last line (a full disk, a reboot).
    out.write_bytes(b"".join(lines[:2]) + lines[2][:20])
    assert cli_main(["--db", keyed.db_url, "audit", "export", "-o", str(out)]) == 0
    after = out.read_bytes().splitlines()
    assert after[:2] == [line.rstrip(b"\n") for line in lines[:2]]
    assert after[2] == lines[2][:20]  # the torn line is left as it was, never rewritten
    assert json.loads(after[3]) == json.loads(lines[2])  # and its entry written whole
    assert len(after) == 4 and out.read_bytes().endswith(b"\n")
