"""Two copies of one erasure confirmation at once (a proxy that drops a request still
in progress, and the laptop's one resend: docs/sync-protocol.md, "Common") are one
confirmation: neither copy fails, the device is recorded once, and the audit log says
it once. Before, both copies read "not yet confirmed" before either wrote, and the
second ended in a unique-key error, answered 500. On SQLite and PostgreSQL."""

from __future__ import annotations

import contextlib
import threading
import uuid
from typing import Any

import pytest
from server_fixtures import Store
from sqlalchemy import insert, select

from ftbt_server import audit, audit_chain, erasure
from ftbt_server.db import write_tx
from ftbt_server.tables import erasure_confirmations, erasure_holders, erasures


def _erased_family(store: Store, user_id: str) -> str:
    family_id = str(uuid.uuid4())
    with write_tx(store.engine) as conn:
        conn.execute(
            insert(erasures).values(
                family_id=family_id, erased_ms=1, erased_by="admin", changes=3, forced=False
            )
        )
        conn.execute(insert(erasure_holders).values(family_id=family_id, user_id=user_id))
    return family_id


def test_two_copies_of_a_confirmation_at_once_are_one(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    anna = store.add_user("anna")
    family_id = _erased_family(store, anna)
    # Both copies read what is left to confirm before either writes (where the database
    # lets them: SQLite's writer lock keeps the second waiting, hence the timeout).
    both_read = threading.Barrier(2)
    read = erasure.to_remove

    def to_remove(*args: Any) -> list[str]:
        wanted = read(*args)
        with contextlib.suppress(threading.BrokenBarrierError):
            both_read.wait(timeout=2)
        return wanted

    monkeypatch.setattr(erasure, "to_remove", to_remove)
    results: list[Any] = []
    actor = audit.Actor(anna, "anna", "laptop", "127.0.0.1")

    def confirm() -> None:
        try:
            results.append(erasure.confirm(store.engine, actor, "device-1", [family_id], 5))
        except Exception as exc:
            results.append(exc)

    copies = [threading.Thread(target=confirm) for _ in range(2)]
    for copy in copies:
        copy.start()
    for copy in copies:
        copy.join(timeout=30)
    assert not any(copy.is_alive() for copy in copies)
    assert sorted(results, key=len) == [[], [family_id]], results
    audit_chain.chain_pending(store.engine)
    with store.engine.connect() as conn:
        rows = conn.execute(select(erasure_confirmations)).all()
        entries = [e for e in audit.entries(conn) if e.action == "erasure_confirmed"]
    assert [(r.family_id, r.device_id) for r in rows] == [(family_id, "device-1")]
    assert [(e.families, e.counts) for e in entries] == [((family_id,), {"families": 1})]
