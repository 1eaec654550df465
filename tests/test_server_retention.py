"""Retention (issue 17): `ftbt-server retention run` erases exactly the families closed
for the whole period and clears the values of entities deleted as long ago, and
nothing at all without a period set. On SQLite and PostgreSQL, with the store's
clock set to when each change arrived."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import func, select

from ftbt_desktop.core.changes import DELETED
from ftbt_server import retention
from ftbt_server.cli import main as cli_main
from ftbt_server.sealed_values import CLEARED
from ftbt_server.settings import now_ms
from ftbt_server.tables import changes, erasures, state

pytest_plugins = ("server_fixtures",)

from server_fixtures import Store, make_change  # noqa: E402

FIVE_YEARS = retention.Period(5, "y")


def _ms(day: str) -> int:
    return int(dt.datetime.fromisoformat(day).replace(tzinfo=dt.UTC).timestamp() * 1000)


TODAY = _ms("2026-12-05T12:00:00")


@pytest.fixture
def keyed(keyed: Store) -> Store:
    """The shared keyed store, with anna signed in."""
    keyed.add_user("anna")
    keyed.login("anna")
    return keyed


def _at(store: Store, day: str, batch: list[dict[str, Any]]) -> None:
    """Push as if on that day: the server receives it by its (set) clock."""
    store.clock.ms = _ms(day)
    stamped = [make_change_at(c, _ms(day) + i) for i, c in enumerate(batch)]
    answer = store.push("anna", stamped)
    assert answer.status_code == 200 and not answer.json()["rejected"], answer.text


def make_change_at(change: dict[str, Any], ms: int) -> dict[str, Any]:
    from ftbt_desktop.core.clock import Hlc

    return {**change, "hlc": Hlc(ms, 0).encode()}


def _family(family_id: str, **fields: Any) -> list[dict[str, Any]]:
    return [
        make_change(family_id, entity_type="family", field=name, value=value)
        for name, value in {"name": f"Familien {family_id}", **fields}.items()
    ]


def _cohort(store: Store) -> dict[str, str]:
    """Families and entities in every situation retention must tell apart."""
    member_old = make_change("fam-d", entity_type="member", field="name", value="Gammel Sletning")
    member_new = make_change("fam-d", entity_type="member", field="name", value="Ny Sletning")
    _at(store, "2019-01-05", _family("fam-a") + _family("fam-b") + _family("fam-c"))
    _at(store, "2019-01-05", [*_family("fam-d", status="active"), member_old, member_new])
    _at(store, "2019-01-05", _family("fam-e"))
    # Closed then, ended a little before: due 2024-03-01.
    _at(store, "2019-03-01", _family("fam-a", status="closed", end="2019-02-15"))
    # Closed then, but its recorded end is later: the period runs from 2022-06-01.
    _at(store, "2019-03-01", _family("fam-b", status="closed", end="2022-06-01"))
    # Closed, then reopened: not due, whenever it was closed.
    _at(store, "2019-03-01", _family("fam-c", status="closed", end="2019-03-01"))
    _at(store, "2020-02-01", _family("fam-c", status="active", end=None))
    # Closed five years ago tomorrow.
    _at(store, "2021-12-06", _family("fam-e", status="closed", end="2021-12-06"))
    # Two members deleted: one over five years ago, one not.
    for member, day in ((member_old, "2020-01-01"), (member_new, "2022-01-01")):
        deletion = make_change(
            "fam-d", entity_type="member", entity_id=member["entity_id"], field=DELETED, value=True
        )
        _at(store, day, [deletion])
    return {"old": member_old["entity_id"], "new": member_new["entity_id"]}


def test_retention_erases_exactly_what_is_due(keyed: Store) -> None:
    members = _cohort(keyed)
    sealer = keyed.settings.sealer
    ahead = retention.plan(keyed.engine, sealer, FIVE_YEARS, _ms("2026-12-06T12:00:00"))
    assert {f.family_id for f in ahead.families} == {"fam-a", "fam-e"}

    due = retention.plan(keyed.engine, sealer, FIVE_YEARS, TODAY)
    assert [(f.family_id, f.due_ms) for f in due.families] == [("fam-a", _ms("2024-03-01"))]
    assert due.deleted == {"fam-d": [members["old"]]}

    done = retention.run(keyed.engine, sealer, FIVE_YEARS, TODAY)
    assert [e.family_id for e in done.erased] == ["fam-a"]
    assert (done.cleared_entities, done.cleared_changes) == (1, 1)
    with keyed.engine.connect() as conn:
        assert set(conn.execute(select(erasures.c.family_id)).scalars()) == {"fam-a"}
        assert (
            conn.execute(
                select(func.count()).select_from(changes).where(changes.c.family_id == "fam-a")
            ).scalar_one()
            == 0
        )
        old = conn.execute(
            select(changes.c.field, changes.c.key_id, changes.c.value).where(
                changes.c.entity_id == members["old"]
            )
        ).all()
        # Who changed which field when is kept; the words are not.
        assert sorted((r.field, r.key_id == CLEARED, r.value == "") for r in old) == [
            (DELETED, False, False),
            ("name", True, True),
        ]
        assert set(
            conn.execute(select(state.c.field).where(state.c.entity_id == members["old"])).scalars()
        ) == {DELETED}
        assert (
            conn.execute(
                select(func.count()).select_from(changes).where(changes.c.key_id == CLEARED)
            ).scalar_one()
            == 1
        )
    page = keyed.pull_all("anna")
    served = {(c["entity_id"], c["field"]): c["value"] for c in page["changes"]}
    assert (members["old"], "name") not in served and served[(members["old"], DELETED)] is True
    assert served[(members["new"], "name")] == "Ny Sletning"
    assert page["withheld"] == 0
    assert {c["family_id"] for c in page["changes"]} == {"fam-b", "fam-c", "fam-d", "fam-e"}

    again = retention.run(keyed.engine, sealer, FIVE_YEARS, TODAY)
    assert (again.erased, again.cleared_entities) == ([], 0)  # a second run finds nothing


def test_the_command_needs_a_period_and_lists_before_it_erases(
    keyed: Store, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _cohort(keyed)
    db = ["--db", keyed.db_url]
    monkeypatch.delenv(retention.RETENTION_ENV, raising=False)
    assert cli_main([*db, "retention", "run"]) == 1
    assert "no retention period is set" in capsys.readouterr().err
    monkeypatch.setenv(retention.RETENTION_ENV, "five years")
    assert cli_main([*db, "retention", "run"]) == 1
    assert "such as 5y" in capsys.readouterr().err

    monkeypatch.setenv(retention.RETENTION_ENV, "5y")
    assert cli_main([*db, "retention", "run", "--dry-run", "--as-of", "2026-12-07"]) == 0
    listed = capsys.readouterr().out
    assert "nothing changed" in listed
    assert [line.split("\t")[2] for line in listed.splitlines() if line.startswith("erase\t")] == [
        "fam-a",
        "fam-e",
    ]
    assert "clear\t" in listed and "1 deleted entities" in listed
    with keyed.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(erasures)).scalar_one() == 0
    # Today, by the real clock: fam-e is due from 2026-12-06 on.
    expected = len(
        retention.plan(keyed.engine, keyed.settings.sealer, FIVE_YEARS, now_ms()).families
    )
    assert cli_main([*db, "retention", "run"]) == 0
    said = capsys.readouterr().out
    assert "erased\tF-" in said and "\tfam-a\t" in said
    assert f"erased {expected} families" in said


def test_a_period_is_years_or_days() -> None:
    assert retention.parse_period("5y") == retention.Period(5, "y")
    assert retention.parse_period(" 1830D ") == retention.Period(1830, "d")
    assert retention.parse_period("") is None
    for wrong in ("0y", "5", "5 years", "-1d"):
        with pytest.raises(ValueError):
            retention.parse_period(wrong)
    leap = _ms("2024-02-29")
    assert FIVE_YEARS.after(leap) == _ms("2029-03-01")
    assert retention.Period(10, "d").after(leap) == leap + 10 * 86_400_000


def test_a_deleted_family_entity_is_erased_whole_not_cleared(keyed: Store) -> None:
    """Review finding 8: clearing a deleted family entity's fields would wipe its status
    and end, and the family would never be due; it is left to the erasure."""
    _at(keyed, "2019-01-05", _family("fam-x", status="closed", end="2019-01-05"))
    deletion = make_change(
        "fam-x", entity_type="family", entity_id="fam-x", field=DELETED, value=True
    )
    _at(keyed, "2019-02-01", [deletion])
    due = retention.plan(keyed.engine, keyed.settings.sealer, FIVE_YEARS, TODAY)
    assert "fam-x" not in due.deleted
    assert [f.family_id for f in due.families] == ["fam-x"]
