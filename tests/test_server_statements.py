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

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

pytest_plugins = ("server_fixtures",)

from server_fixtures import Store, make_change  # noqa: E402

# (push, pull) of a coordinator's everyday round, per database.
BUDGETS = {"postgresql": (9, 9), "sqlite": (18, 11)}


@contextmanager
def _counted(store: Store) -> Iterator[list[str]]:
    statements: list[str] = []

    def before(
        _conn: Any, _cursor: Any, statement: str, _params: Any, _context: Any, _many: bool
    ) -> None:
        if not statement.lstrip().upper().startswith("BEGIN"):
            statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", before)
    try:
        yield statements
    finally:
        event.remove(store.engine, "before_cursor_execute", before)


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

    with _counted(store) as pushed:
        answer = store.push("anna", _edits(store, families, entities))
    assert answer.status_code == 200 and len(answer.json()["accepted"]) == 3, answer.text
    with _counted(store) as pulled:
        page = store.pull("anna", cursor)
    assert page.status_code == 200 and len(page.json()["changes"]) == 3, page.text

    push_budget, pull_budget = BUDGETS[store.engine.dialect.name]
    assert len(pushed) <= push_budget, "\n".join(pushed)
    assert len(pulled) <= pull_budget, "\n".join(pulled)
