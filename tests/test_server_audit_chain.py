"""The audit log cannot be quietly edited (issue 17): after real activity the hash chain
verifies; an edited, a deleted, two swapped and cut-off entries are each found and
named; a rewritten chain no longer fits its MACed checkpoints; concurrent writers on
PostgreSQL leave one unforked chain; the retention purge leaves a chain that still
verifies; the SIEM export appends only what is new. SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest
from sqlalchemy import Engine, delete, select, update

from ftbt_server import audit, audit_chain
from ftbt_server.cli import main as cli_main
from ftbt_server.data_keys import KeyStore
from ftbt_server.db import make_engine, write_tx
from ftbt_server.settings import DAY_MS
from ftbt_server.tables import audit as audit_table
from ftbt_server.tables import audit_checkpoints, audit_families, audit_head

pytest_plugins = ("server_fixtures",)

from server_fixtures import Store, make_change  # noqa: E402


def _activity(store: Store) -> None:
    store.add_user("anna")
    store.add_user("bo")
    store.login("anna")
    store.login("bo")
    assert (
        store.push("anna", [make_change("fam-1", entity_type="family", value="X")]).status_code
        == 200
    )
    store.pull_all("anna")
    refused = store.push("bo", [make_change("fam-1", field="name", value="Y")])
    assert refused.json()["rejected"]  # a denial, chained like the rest
    store.client.post("/api/v1/auth/login", json={"username": "anna", "password": "wrong"})


def _keys(store: Store) -> KeyStore:
    return store.settings.sealer.keys  # type: ignore[attr-defined,no-any-return]


def _ids(engine: Engine) -> list[int]:
    with engine.connect() as conn:
        return list(conn.execute(select(audit_table.c.id).order_by(audit_table.c.id)).scalars())


def test_the_chain_verifies_after_real_activity(keyed: Store) -> None:
    _activity(keyed)
    result = audit_chain.verify(keyed.engine, _keys(keyed))
    assert result.intact and result.entries == len(_ids(keyed.engine)) >= 6
    with keyed.engine.connect() as conn:
        denied = conn.execute(
            select(audit_table.c.hash).where(audit_table.c.outcome == "denied")
        ).all()
    assert denied and all(row.hash for row in denied)


@pytest.mark.parametrize("tamper", ["edit", "delete", "swap", "families"])
def test_a_changed_log_is_found_and_the_entry_named(keyed: Store, tamper: str) -> None:
    _activity(keyed)
    ids = _ids(keyed.engine)
    with keyed.engine.connect() as conn:
        with_families = sorted(set(conn.execute(select(audit_families.c.audit_id)).scalars()))
    target = with_families[0]
    after = ids[ids.index(target) + 1]
    with keyed.engine.begin() as conn:
        if tamper == "edit":
            conn.execute(update(audit_table).where(audit_table.c.id == target).values(username="x"))
        elif tamper == "delete":
            conn.execute(delete(audit_families).where(audit_families.c.audit_id == target))
            conn.execute(delete(audit_table).where(audit_table.c.id == target))
        elif tamper == "families":
            conn.execute(delete(audit_families).where(audit_families.c.audit_id == target))
        else:  # two entries swap places, each with the other's fields and hashes
            rows = {
                row.id: dict(row._mapping)
                for row in conn.execute(
                    select(audit_table).where(audit_table.c.id.in_([target, after]))
                )
            }
            for one, other in ((target, after), (after, target)):
                values = {k: v for k, v in rows[other].items() if k != "id"}
                conn.execute(update(audit_table).where(audit_table.c.id == one).values(**values))
    result = audit_chain.verify(keyed.engine, _keys(keyed))
    assert result.finding is not None
    assert result.finding.audit_id == (after if tamper == "delete" else target), result.finding
    word = {"edit": "changed", "delete": "missing", "swap": "reordered", "families": "changed"}
    assert word[tamper] in result.finding.problem


def test_a_rewritten_chain_does_not_fit_its_checkpoint(keyed: Store) -> None:
    _activity(keyed)
    checked = audit_chain.verify(keyed.engine, _keys(keyed))
    audit_chain.checkpoint_at(
        keyed.engine, _keys(keyed), checked.last_id, checked.last_hash, keyed.clock()
    )
    ids = _ids(keyed.engine)
    # Someone with the database only: edits an entry and recomputes every hash after it.
    with keyed.engine.begin() as conn:
        conn.execute(update(audit_table).where(audit_table.c.id == ids[1]).values(detail="forged"))
    previous = _rechain(keyed.engine)
    result = audit_chain.verify(keyed.engine, _keys(keyed))
    assert result.finding is not None and "checkpoint" in result.finding.problem
    # A checkpoint forged without the key is found too.
    with keyed.engine.begin() as conn:
        conn.execute(
            update(audit_checkpoints).values(hash=previous, audit_id=ids[-1], mac="0" * 64)
        )
    result = audit_chain.verify(keyed.engine, _keys(keyed))
    assert result.finding is not None and "valid MAC" in result.finding.problem


def test_entries_cut_off_the_end_are_found(keyed: Store) -> None:
    _activity(keyed)
    ids = _ids(keyed.engine)
    with keyed.engine.begin() as conn:
        conn.execute(delete(audit_families).where(audit_families.c.audit_id == ids[-1]))
        conn.execute(delete(audit_table).where(audit_table.c.id == ids[-1]))
    result = audit_chain.verify(keyed.engine, _keys(keyed))
    assert result.finding is not None and "at the end were removed" in result.finding.problem


def test_checkpoints_are_written_as_the_log_grows(
    keyed: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audit_chain, "CHECKPOINT_EVERY", 3)
    _activity(keyed)
    with keyed.engine.connect() as conn:
        marks = conn.execute(select(audit_checkpoints)).all()
    assert len(marks) >= 2 and {m.kind for m in marks} == {"checkpoint"}
    assert audit_chain.verify(keyed.engine, _keys(keyed)).intact


def test_the_purge_leaves_a_chain_that_still_verifies(keyed: Store) -> None:
    _activity(keyed)
    ids = _ids(keyed.engine)
    # The first three entries are old.
    with keyed.engine.begin() as conn:
        conn.execute(
            update(audit_table)
            .where(audit_table.c.id.in_(ids[:3]))
            .values(at_ms=keyed.clock() - 400 * DAY_MS)
        )
        # Their hashes cover at_ms: re-chain as if they had been written then.
    _rechain(keyed.engine)
    assert audit.purge(keyed.engine, keyed.clock(), 183) == 3
    result = audit_chain.verify(keyed.engine, _keys(keyed))
    assert result.intact, result.finding
    # Removing one more old-looking entry at the start is still found.
    with keyed.engine.begin() as conn:
        conn.execute(delete(audit_families).where(audit_families.c.audit_id == ids[3]))
        conn.execute(delete(audit_table).where(audit_table.c.id == ids[3]))
    result = audit_chain.verify(keyed.engine, _keys(keyed))
    assert result.finding is not None and "removed" in result.finding.problem


def _rechain(engine: Engine) -> str:
    """Recompute every hash as someone with the database (not the key) would."""
    with engine.begin() as conn:
        previous = audit_chain.GENESIS
        for row in conn.execute(select(audit_table).order_by(audit_table.c.id)).all():
            fams = list(
                conn.execute(
                    select(audit_families.c.family_id).where(audit_families.c.audit_id == row.id)
                ).scalars()
            )
            digest = audit_chain.entry_hash(previous, row._mapping, fams)
            conn.execute(
                update(audit_table)
                .where(audit_table.c.id == row.id)
                .values(prev_hash=previous, hash=digest)
            )
            previous = digest
        conn.execute(update(audit_head).values(last_hash=previous))
    return previous


def test_concurrent_writers_leave_one_chain(server_db_url: str) -> None:
    """Four threads, each its own connection (as several server processes would be)."""
    store = Store(server_db_url)
    try:
        errors: list[BaseException] = []

        def write(n: int) -> None:
            engine = make_engine(server_db_url)
            try:
                for i in range(25):
                    with write_tx(engine) as conn:
                        audit.record(
                            conn, 1000 + i, "pull", audit.Actor(None, f"t{n}"), families=[f"f{n}"]
                        )
            except BaseException as exc:
                errors.append(exc)
            finally:
                engine.dispose()

        threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        assert not errors
        result = audit_chain.verify(store.engine, None)
        assert result.intact and result.entries == 100
    finally:
        store.close()


def test_the_commands_verify_and_export_for_the_siem(
    keyed: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _activity(keyed)
    db = ["--db", keyed.db_url]
    assert cli_main([*db, "audit", "verify"]) == 0
    assert "The audit log verifies" in capsys.readouterr().out
    out = tmp_path / "siem.jsonl"
    assert cli_main([*db, "audit", "export", "-o", str(out)]) == 0
    first = out.read_text().splitlines()
    assert [json.loads(line)["id"] for line in first] == _ids(keyed.engine)
    assert any(json.loads(line)["outcome"] == "denied" for line in first)
    assert all(len(json.loads(line)["hash"]) == 64 for line in first)
    assert os.stat(out).st_mode & 0o077 == 0
    keyed.pull_all("anna")  # one more entry
    assert cli_main([*db, "audit", "export", "-o", str(out)]) == 0
    second = out.read_text().splitlines()
    assert second[: len(first)] == first  # appended, never rewritten
    assert [json.loads(line)["id"] for line in second] == _ids(keyed.engine)
    with keyed.engine.begin() as conn:
        conn.execute(update(audit_table).where(audit_table.c.action == "pull").values(detail="x"))
    capsys.readouterr()
    assert cli_main([*db, "audit", "verify"]) == 1
    assert "does not verify at entry" in capsys.readouterr().err


def _cli(db_url: str, *args: str) -> int:
    try:
        return cli_main(["--db", db_url, *args])
    except SystemExit as exc:
        return int(exc.code or 0)


def test_a_log_rewritten_without_its_checkpoints_is_found(
    keyed: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    """The review's attack A: drop an entry, recompute every hash after it, delete every
    checkpoint and fix the head. The checkpoint `audit verify` keeps outside the database
    finds it; a wiped log (attack B) too; and a checkpoint removed from the middle."""
    _activity(keyed)
    assert _cli(keyed.db_url, "audit", "verify") == 0
    keyed.pull_all("anna")
    keyed.pull_all("bo")
    ids = _ids(keyed.engine)
    with keyed.engine.begin() as conn:
        conn.execute(delete(audit_families).where(audit_families.c.audit_id == ids[2]))
        conn.execute(delete(audit_table).where(audit_table.c.id == ids[2]))
        conn.execute(delete(audit_checkpoints))
    _rechain(keyed.engine)
    capsys.readouterr()
    assert audit_chain.verify(keyed.engine, _keys(keyed)).intact  # without the state file
    assert _cli(keyed.db_url, "audit", "verify") == 1
    assert "is gone" in capsys.readouterr().err
    with keyed.engine.begin() as conn:  # attack B: everything
        conn.execute(delete(audit_families))
        conn.execute(delete(audit_table))
        conn.execute(update(audit_head).values(last_id=0, last_hash=audit_chain.GENESIS))
    assert _cli(keyed.db_url, "audit", "verify") == 1


def test_a_removed_checkpoint_breaks_the_links(
    keyed: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audit_chain, "CHECKPOINT_EVERY", 2)
    _activity(keyed)
    with keyed.engine.connect() as conn:
        marks = conn.execute(select(audit_checkpoints).order_by(audit_checkpoints.c.id)).all()
    assert len(marks) >= 3
    with keyed.engine.begin() as conn:
        conn.execute(delete(audit_checkpoints).where(audit_checkpoints.c.id == marks[1].id))
    result = audit_chain.verify(keyed.engine, _keys(keyed))
    assert result.finding is not None and "was removed" in result.finding.problem


def test_the_purge_does_not_remove_edited_entries_and_follows_ids(keyed: Store) -> None:
    """Review finding 2: entries made to look old are not purged out of sight; entries
    whose clocks run out of id order (another process, a skewed clock) purge cleanly."""
    _activity(keyed)
    ids = _ids(keyed.engine)
    with keyed.engine.begin() as conn:
        conn.execute(
            update(audit_table)
            .where(audit_table.c.id.in_(ids[:4]))
            .values(at_ms=keyed.clock() - 400 * DAY_MS)
        )
    assert audit.purge(keyed.engine, keyed.clock(), 183) == 0
    assert not audit_chain.verify(keyed.engine, _keys(keyed)).intact
    _rechain(keyed.engine)  # as if written then: now it fits, and may go
    # An honest inversion: the third entry's clock is later than the fourth's.
    with keyed.engine.begin() as conn:
        conn.execute(
            update(audit_table).where(audit_table.c.id == ids[2]).values(at_ms=keyed.clock())
        )
    _rechain(keyed.engine)
    assert audit.purge(keyed.engine, keyed.clock(), 183) == 2  # up to the first recent one
    assert audit_chain.verify(keyed.engine, _keys(keyed)).intact
