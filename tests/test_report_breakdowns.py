"""The report's headlines side by side (issue 18): two periods with the change, and the
teams beside their total, with small cells protected across the teams. A real vault
with the hand-counted cohort (report_cohort.py)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from report_cohort import Cohort, build_cohort

from ftbt_desktop.core.disclosure import HIDDEN, SMALL
from ftbt_desktop.core.measures import SelfSupportDefinition
from ftbt_desktop.core.outcomes import compute, suppress_share
from ftbt_desktop.export.outcome_report import (
    ReportRequest,
    export_outcome_report,
    gather,
)
from ftbt_desktop.export.report_breakdown import (
    HEADLINES,
    Breakdown,
    team_breakdown,
)
from ftbt_desktop.export.report_keys import number_of
from ftbt_desktop.storage.repository import Repository

TODAY = dt.date(2025, 10, 1)
YEAR_1 = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
YEAR_2 = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
SHARES = [h.key for h in HEADLINES if h.key not in ("families", "adults", "children")]


@pytest.fixture
def cohort(repo: Repository) -> Cohort:
    return build_cohort(repo)


def _csv(path: Path) -> dict[str, list[str]]:
    rows = csv.reader(io.StringIO(path.read_text("utf-8-sig")), delimiter=";")
    return {row[0]: row for row in rows}


def _report(repo: Repository, tmp_path: Path, name: str, **options: object) -> dict[str, list[str]]:
    path = tmp_path / f"{name}.csv"
    request = ReportRequest(None, path, **options)  # type: ignore[arg-type]
    export_outcome_report(repo, request, today=TODAY)
    return _csv(path)


# -- two periods ----------------------------------------------------------------------


def test_two_periods_side_by_side_match_each_periods_own_report(
    repo: Repository, cohort: Cohort, tmp_path: Path
) -> None:
    both = _report(repo, tmp_path, "both", start=YEAR_1[0], end=YEAR_1[1], compare=YEAR_2)
    alone = [
        _report(repo, tmp_path, f"year{i}", start=p[0], end=p[1])
        for i, p in enumerate((YEAR_1, YEAR_2), start=1)
    ]
    assert "periods.note" in both
    changed = 0
    for headline in HEADLINES:
        sides = []
        for column, report in zip(("1", "2"), alone, strict=True):
            row = both[f"periods.{column}.{headline.key}"]
            # The same value (and n, for a share) as that period's own report prints.
            assert row[2] == report[headline.key][2], headline.key
            if headline.key in SHARES:
                assert row[4] == report[headline.key][4], headline.key
            sides.append(row[2])
        change = both[f"periods.change.{headline.key}"]
        numbers = [number_of(v) for v in sides]
        if SMALL in sides:
            assert change[2] == SMALL
        elif HIDDEN in sides:
            assert change[2] == HIDDEN
        elif None not in numbers and headline.key in ("families", "adults", "children"):
            assert number_of(change[2]) == numbers[1] - numbers[0]  # type: ignore[operator]
            assert change[3] == "count"
        elif None not in numbers:
            # Percentage points from the exact shares, not from the rounded percents.
            assert change[3] == "percentage_points"
            assert abs(number_of(change[2]) - (numbers[1] - numbers[0])) <= 1  # type: ignore[operator]
            changed += number_of(change[2]) != 0
    assert changed >= 1  # the cohort's figures differ between the years
    # The first year's self-support is the cohort's first status (44 % of 18).
    assert both["periods.1.self_supporting.first"][2] == "44 %"


def test_the_comparison_is_in_the_pdf_and_the_json(
    repo: Repository, cohort: Cohort, tmp_path: Path
) -> None:
    from pdf_text import pdf_text

    request = ReportRequest(
        tmp_path / "r.pdf",
        json_path=tmp_path / "r.json",
        start=YEAR_1[0],
        end=YEAR_1[1],
        compare=YEAR_2,
    )
    export_outcome_report(repo, request, today=TODAY)
    data = json.loads((tmp_path / "r.json").read_text("utf-8"))
    (periods,) = data["breakdowns"]
    assert [c["key"] for c in periods["columns"]] == ["1", "2", "change"]
    assert periods["columns"][1]["from"] == "2025-01-01"
    assert periods["columns"][1]["to"] == "2025-12-31"
    assert len(periods["cells"]) == 3 * len(HEADLINES)
    text = pdf_text(tmp_path / "r.pdf")
    assert "Twoperiodscompared" in "".join(text.split())


# -- teams ----------------------------------------------------------------------------

NORD, SYD, VEST = "Team Nord", "Team Syd", "Team Vest"


def _teams(cohort: Cohort) -> dict[str, tuple[str, ...]]:
    """Families 0–5 in Nord, 6–10 in Syd, 11 alone in Vest: many small cells."""
    ids = cohort.family_ids
    return {
        **{f: (NORD,) for f in ids[:6]},
        **{f: (SYD,) for f in ids[6:11]},
        ids[11]: (VEST,),
    }


def _team_table(repo: Repository, cohort: Cohort) -> tuple[Breakdown, list]:
    data = gather(repo, cohort.family_ids)
    definition = SelfSupportDefinition()
    total = compute(data, None, None, definition)
    labels = {h.key: h.key for h in HEADLINES}
    breakdown = team_breakdown(data, _teams(cohort), total, None, None, definition, labels)
    return breakdown, data


def _possible(
    values: Sequence[str], ns: Sequence[str], total_value: str, total_n: str
) -> list[tuple[tuple[int, int], ...]]:
    """Every (count, n) per team a reader can imagine behind a printed share row and
    its printed total: the attacker of the suppression test, who knows the rules
    ("<5" is 1–4, a "*" share's count is 0 or at least 5)."""
    n_total = int(total_n)
    count_total = _share_counts(total_value, n_total)
    per_team = []
    for value, n in zip(values, ns, strict=True):
        if n == SMALL:
            n_options = range(1, 5)
        elif n == HIDDEN:
            n_options = range(5, n_total + 1)  # a hidden n is at least 5
        else:
            n_options = [int(n)]
        pairs = [(c, m) for m in n_options for c in range(m + 1) if _fits(value, c, m)]
        per_team.append(pairs)
    return [
        combo
        for combo in itertools.product(*per_team)
        if sum(m for _, m in combo) == n_total and sum(c for c, _ in combo) in count_total
    ]


def _share_counts(value: str, n: int) -> set[int]:
    return {c for c in range(n + 1) if _fits(value, c, n)}


def _fits(value: str, count: int, n: int) -> bool:
    if n == 0:
        return value == "–"
    if value == SMALL:
        return n < 5 or 0 < count < 5
    if value == HIDDEN:
        return n >= 5 and (count == 0 or count >= 5)
    if value == "–":
        return False
    return n >= 5 and round(count / n * 100) == int(value.rstrip(" %"))


def _pinned_small(
    truth: Sequence[tuple[int, int]], possible: list[tuple[tuple[int, int], ...]]
) -> list[str]:
    """The small cells (count or others of 1–4) a reader can pin to their true value."""
    assert tuple(truth) in possible, "the reader must be able to imagine the truth"
    found = []
    for team, (count, n) in enumerate(truth):
        for what, true, read in (
            ("count", count, lambda combo, t=team: combo[t][0]),
            ("others", n - count, lambda combo, t=team: combo[t][1] - combo[t][0]),
            ("n", n, lambda combo, t=team: combo[t][1]),
        ):
            if 0 < true < 5 and {read(combo) for combo in possible} == {true}:
                found.append(f"team {team} {what}={true}")
    return found


def test_no_small_team_cell_can_be_worked_out_from_the_teams_and_the_total(
    repo: Repository, cohort: Cohort
) -> None:
    breakdown, data = _team_table(repo, cohort)
    names = [c.label for c in breakdown.columns[:-1]]
    assert names == [NORD, SYD, VEST] and breakdown.columns[-1].key == "total"
    groups = {name: [d for d in data if _teams(cohort)[d.family.id] == (name,)] for name in names}
    definition = SelfSupportDefinition()
    checked = 0
    for row, headline in zip(breakdown.rows, HEADLINES, strict=True):
        *cells, total = row.cells
        truths = [headline.read(compute(groups[name], None, None, definition)) for name in names]
        if headline.key not in SHARES:
            # Counts beside their printed total: no small one is the total minus the rest.
            shown = [c.value for c in cells]
            known = sum(int(v) for v in shown if v not in (SMALL, HIDDEN))
            hidden = [t for v, t in zip(shown, truths, strict=True) if v in (SMALL, HIDDEN)]
            assert len(hidden) != 1 or not 0 < int(total.value) - known < 5, row.key
            continue
        possible = _possible([c.value for c in cells], [c.n for c in cells], total.value, total.n)
        truth = [(s.count, s.n) for s in truths]  # type: ignore[union-attr]
        assert _pinned_small(truth, possible) == [], row.key
        checked += any(0 < c < 5 or 0 < n - c < 5 for c, n in truth)
    assert checked >= 3  # rows with small cells were there to protect


def test_the_attacker_does_find_what_plain_suppression_gives_away(
    repo: Repository, cohort: Cohort
) -> None:
    """The check above can fail: each team suppressed on its own ("<5", "*") leaves a
    team's 1–4 to be worked out from the others and the total."""
    breakdown, data = _team_table(repo, cohort)
    names = [c.label for c in breakdown.columns[:-1]]
    definition = SelfSupportDefinition()
    leaks = []
    for headline in HEADLINES:
        if headline.key not in SHARES:
            continue
        truths = [
            headline.read(
                compute(
                    [d for d in data if _teams(cohort)[d.family.id] == (name,)],
                    None,
                    None,
                    definition,
                )
            )
            for name in names
        ]
        total = headline.read(compute(data, None, None, definition))
        plain = [suppress_share(s) for s in truths]  # type: ignore[arg-type]
        ns = [str(s.n) if s.n >= 5 or s.n == 0 else SMALL for s in truths]  # type: ignore[union-attr]
        possible = _possible(plain, ns, suppress_share(total), str(total.n))  # type: ignore[arg-type,union-attr]
        leaks += _pinned_small([(s.count, s.n) for s in truths], possible)  # type: ignore[union-attr]
    assert leaks


def test_teams_add_up_to_the_total_where_they_are_shown(repo: Repository, cohort: Cohort) -> None:
    breakdown, _ = _team_table(repo, cohort)
    families = next(r for r in breakdown.rows if r.key == "families")
    *teams, total = [c.value for c in families.cells]
    assert total == "12"
    assert teams[2] == SMALL  # Vest's one family
    # One other team is hidden too, or 12 minus it and Nord's 6 would tell Vest's 1.
    assert teams.count(HIDDEN) == 1
    children = next(r for r in breakdown.rows if r.key == "children")
    *teams, total = [c.value for c in children.cells]
    shown = [int(v) for v in teams if v not in (SMALL, HIDDEN)]
    if len(shown) == len(teams):
        assert sum(shown) == int(total)


def test_the_command_compares_two_periods(
    repo: Repository, cohort: Cohort, tmp_path: Path, data_dir: Path
) -> None:
    from clitools import run_cli

    repo.vault.close(backup=False)  # the command opens the vault itself
    out = tmp_path / "out"
    out.mkdir()
    common = ("report", "--data-dir", data_dir, "--from", "2024-01-01", "--to", "2024-12-31")
    done = run_cli(
        *common, "--compare-from", "2025-01-01", "--compare-to", "2025-12-31",
        "-o", out / "r.pdf", "--csv", out / "r.csv",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    rows = _csv(out / "r.csv")
    assert {f"periods.{c}.families" for c in ("1", "2", "change")} <= set(rows)
    reversed_ = run_cli(
        *common, "--compare-from", "2025-12-31", "--compare-to", "2025-01-01",
        "-o", out / "x.pdf",
    )  # fmt: skip
    assert reversed_.returncode == 64
    assert not (out / "x.pdf").exists()


def test_the_report_reads_the_teams_the_vault_keeps(
    repo: Repository, cohort: Cohort, tmp_path: Path
) -> None:
    """By team from the vault: what the last pull said (storage/family_teams.py)."""
    from ftbt_desktop.storage.family_teams import note_family_teams

    with repo.vault.transaction() as conn:
        note_family_teams(conn, _teams(cohort))
    report = _report(repo, tmp_path, "teams", by_team=True)
    assert [report[f"teams.{c}.families"][1].split(" – ")[-1] for c in "123"] == [
        NORD,
        SYD,
        VEST,
    ]
    assert report["teams.total.families"][2] == "12"
    assert report["teams.3.families"][2] == SMALL
    # A family the server never named a team for counts under "No team known".
    with repo.vault.transaction() as conn:
        conn.execute("DELETE FROM family_teams WHERE family_id = ?", (cohort.family_ids[0],))
    again = _report(repo, tmp_path, "again", by_team=True)
    assert again["teams.4.families"][1].endswith("No team known")


def test_a_share_of_every_family_or_child_keeps_the_count_rows_secrets(
    repo: Repository, cohort: Cohort
) -> None:
    """A share whose n is every family (or child) of the team prints that n as the count
    row does, and gives no hidden count away: the attacker reads both rows at once."""
    breakdown, data = _team_table(repo, cohort)
    rows = {r.key: r for r in breakdown.rows}
    names = [c.label for c in breakdown.columns[:-1]]
    definition = SelfSupportDefinition()
    groups = {name: [d for d in data if _teams(cohort)[d.family.id] == (name,)] for name in names}
    linked = {h.key: h for h in HEADLINES if h.n_from}
    assert set(linked) == {
        "leisure.latest",
        "civil_society.latest",
        "casework.families_two_actors",
        "casework.families_reviewed",
    }
    hidden_counts = 0
    for key, headline in linked.items():
        count_row = rows[str(headline.n_from)]
        *counts, _ = count_row.cells
        *cells, total = rows[key].cells
        assert [c.n for c in cells] == [c.value for c in counts], key
        hidden_counts += sum(c.value in (SMALL, HIDDEN) for c in counts)
        truths = [headline.read(compute(groups[name], None, None, definition)) for name in names]
        possible = _possible([c.value for c in cells], [c.n for c in cells], total.value, total.n)
        truth = [(s.count, s.n) for s in truths]  # type: ignore[union-attr]
        assert _pinned_small(truth, possible) == [], key
    assert hidden_counts >= 4  # Vest's "<5" and the team hidden beside it, in each
