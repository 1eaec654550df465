"""How many statements the server runs for a laptop's everyday sync (issue 19, the
8 o'clock round).

At 8 o'clock 200 laptops push and pull at once, and the servers' CPU decides how long
the last one waits. A statement costs a server about 0.2 ms of CPU on the development
machine, SQLAlchemy's share and the driver's, whatever it reads: a round of a push and
a pull ran 26 of them, half of the server's CPU for the round (docs/server.md, "The
morning rush"). These budgets are what the round runs now; a change that adds
a statement to it must say why, here.

Counted as SQLAlchemy sends them, BEGIN left out: the pull's window, read through the
driver's own cursor (pull.py), is not among them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from ftbt_server import pull

pytest_plugins = ("server_fixtures",)

from server_fixtures import Store, make_change  # noqa: E402

# (push, pull) of a coordinator's everyday round, per database: statements, and the
# transactions they run in (on PostgreSQL a pull reads its page and writes its audit
# entry in one).
BUDGETS = {"postgresql": (9, 8), "sqlite": (18, 10)}
TRANSACTIONS = {"postgresql": (3, 3), "sqlite": (3, 4)}


@contextmanager
def _counted(store: Store) -> Iterator[tuple[list[str], list[str]]]:
    statements: list[str] = []
    transactions: list[str] = []

    def before(
        _conn: Any, _cursor: Any, statement: str, _params: Any, _context: Any, _many: bool
    ) -> None:
        if not statement.lstrip().upper().startswith("BEGIN"):
            statements.append(statement)

    def began(_conn: Any) -> None:
        transactions.append("begin")

    event.listen(store.engine, "before_cursor_execute", before)
    event.listen(store.engine, "begin", began)
    try:
        yield statements, transactions
    finally:
        event.remove(store.engine, "before_cursor_execute", before)
        event.remove(store.engine, "begin", began)


def _edits(store: Store, families: list[str], entities: list[str]) -> list[dict[str, Any]]:
    """What a coordinator's laptop pushes in a round: edits of known entities and a new one."""
    ms = store.clock.ms
    edits = [
        make_change(family, entity_id=entity, value=f"edit {number}", ms=ms, counter=number)
        for number, (family, entity) in enumerate(zip(families, entities, strict=True))
    ]
    return [*edits, make_change(families[0], field="role", value="child", ms=ms, counter=9)]


def test_an_everyday_round_runs_within_its_statement_budget(store: Store) -> None:
    store.add_user("anna")
    store.login("anna")
    families = ["fam-1", "fam-2"]
    ms = store.clock.ms
    first = [make_change(family, entity_type="family", field="name", ms=ms) for family in families]
    first += [make_change(family, ms=ms, counter=1) for family in families]
    assert not store.push("anna", first).json()["rejected"]
    cursor = store.pull_all("anna")["next"]
    entities = [change["entity_id"] for change in first[2:]]
    store.clock.advance(1)

    with _counted(store) as (pushed, push_transactions):
        answer = store.push("anna", _edits(store, families, entities))
    assert answer.status_code == 200 and len(answer.json()["accepted"]) == 3, answer.text
    with _counted(store) as (pulled, pull_transactions):
        page = store.pull("anna", cursor)
    assert page.status_code == 200 and len(page.json()["changes"]) == 3, page.text

    dialect = store.engine.dialect.name
    push_budget, pull_budget = BUDGETS[dialect]
    assert len(pushed) <= push_budget, "\n".join(pushed)
    assert len(pulled) <= pull_budget, "\n".join(pulled)
    push_most, pull_most = TRANSACTIONS[dialect]
    assert len(push_transactions) <= push_most
    assert len(pull_transactions) <= pull_most


def test_a_pull_on_sqlite_renders_its_page_before_it_takes_the_write_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite has one writer: a pull that rendered its page (opening and writing out up
    to 5,000 values) while holding the write lock for its audit entry kept every push
    waiting that long."""
    path = tmp_path / "store.sqlite3"
    store = Store(f"sqlite:///{path}")
    try:
        store.add_user("anna")
        store.login("anna")
        changes = [make_change("fam-1", ms=store.clock.ms, counter=n) for n in range(3)]
        assert not store.push("anna", changes).json()["rejected"]
        held: list[bool] = []
        render = pull.page_json

        def rendering(*args: Any, **kwargs: Any) -> Any:
            other = sqlite3.connect(path, timeout=0, isolation_level=None)
            try:
                other.execute("BEGIN IMMEDIATE")
                other.execute("ROLLBACK")
                held.append(False)
            except sqlite3.OperationalError as exc:
                assert "locked" in str(exc), exc
                held.append(True)
            finally:
                other.close()
            return render(*args, **kwargs)

        monkeypatch.setattr(pull, "page_json", rendering)
        page = store.pull("anna")
        assert page.status_code == 200 and len(page.json()["changes"]) == 3, page.text
        assert held == [False]
    finally:
        store.close()
