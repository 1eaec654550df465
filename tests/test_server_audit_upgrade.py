"""A store upgraded to the chained audit log (schema 0010): the migration chains the
entries an older server wrote exactly as a server would have, in batches, and `init`
MACs the result at once, so the first `audit verify` after an upgrade passes and an
edit after the upgrade is still found. SQLite and PostgreSQL."""

from __future__ import annotations

from alembic import command
from sqlalchemy import Engine, insert, select, update

from ftbt_server import audit, audit_chain, migrate
from ftbt_server.cli import main as cli_main
from ftbt_server.data_keys import KeyStore
from ftbt_server.db import write_tx
from ftbt_server.tables import audit as audit_table
from ftbt_server.tables import audit_checkpoints, audit_families

pytest_plugins = ("server_fixtures",)

from server_fixtures import Store  # noqa: E402


def _chain(engine: Engine) -> list[tuple[int, str | None, str | None]]:
    with engine.connect() as conn:
        query = select(audit_table.c.id, audit_table.c.prev_hash, audit_table.c.hash)
        return [tuple(row) for row in conn.execute(query.order_by(audit_table.c.id))]


def test_an_upgraded_log_is_chained_as_written_and_verifies_at_once(
    keyed: Store,
) -> None:
    with write_tx(keyed.engine) as conn:
        for i in range(7):
            families = [f"fam-{i % 3}", "fam-x"] if i % 2 else []
            actor = audit.Actor(None, f"user{i}", "laptop", "10.0.0.1")
            audit.record(conn, 1000 + i, "pull", actor, families=families, counts={"n": i})
    written = _chain(keyed.engine)
    # Back to the schema before the chain, as an older server left it.
    config = migrate._config()
    with keyed.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0009")
    # More entries from the older server than the migration reads in one batch, and than
    # a chain may hold after its last checkpoint.
    _older_server_writes(keyed.engine, written[-1][0] + 1, 5100)
    assert cli_main(["--db", keyed.db_url, "init"]) == 0
    chained = _chain(keyed.engine)
    assert chained[: len(written)] == written
    keys: KeyStore = keyed.settings.sealer.keys  # type: ignore[attr-defined]
    with keyed.engine.connect() as conn:
        marks = conn.execute(select(audit_checkpoints)).all()
    assert [(m.audit_id, m.hash) for m in marks] == [chained[-1][::2]]
    result = audit_chain.verify(keyed.engine, keys)
    assert result.intact, result.finding
    assert result.entries == len(chained) == len(written) + 5100
    with keyed.engine.begin() as conn:
        conn.execute(
            update(audit_table).where(audit_table.c.id == written[3][0]).values(detail="x")
        )
    result = audit_chain.verify(keyed.engine, keys)
    assert result.finding is not None and result.finding.audit_id == written[3][0]


def _older_server_writes(engine: Engine, first_id: int, count: int) -> None:
    """Entries as a server before schema 0010 wrote them: no hashes."""
    rows = [
        {
            "id": first_id + i,
            "at_ms": 2000 + i,
            "action": "push",
            "outcome": "ok",
            "user_id": None,
            "username": "older",
            "device_name": None,
            "client_addr": None,
            "counts": '{"accepted": 1}',
            "detail": "",
        }
        for i in range(count)
    ]
    with engine.begin() as conn:
        conn.execute(insert(audit_table), rows)
        conn.execute(
            insert(audit_families),
            [{"audit_id": first_id + i, "family_id": "fam-old"} for i in range(0, count, 7)],
        )
