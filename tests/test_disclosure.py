"""Small-cell suppression that subtraction cannot undo: every table `protect` prints is
checked by a reader who tries every table that fits what is printed (brute force)."""

from __future__ import annotations

import itertools
import random
from collections.abc import Hashable, Mapping, Sequence

import pytest
from disclosure_reader import readers_tables

from ftbt_desktop.core.disclosure import HIDDEN, SMALL, Margin, margin, protect, protect_groups

BANDS = ("high_risk", "risk", "not_at_risk")


def who5_margins(counts: Mapping[tuple[str, str], int]) -> list[Margin]:
    """As the report prints them: the table's n, the share moved into not at risk, and
    the n of those who started at risk or high risk."""
    at_risk = [k for k in counts if k[0] != "not_at_risk"]
    into = [k for k in at_risk if k[1] == "not_at_risk"]
    return [
        margin("n", counts, counts),
        margin("into", into, counts, optional=True),
        margin("at_risk", at_risk, counts, optional=True),
    ]


def who5_table(values: Sequence[int]) -> dict[tuple[str, str], int]:
    return dict(zip(itertools.product(BANDS, BANDS), values, strict=True))


def assert_nothing_small_can_be_worked_out(
    counts: Mapping[Hashable, int], margins: Sequence[Margin]
) -> dict[Hashable, str]:
    protection = protect(counts, margins)
    printed = [m for m in margins if m.name not in protection.hidden_margins]
    tables = readers_tables(protection.shown, printed, sum(counts.values()))
    assert dict(counts) in tables  # the truth fits what is printed
    for key, count in counts.items():
        if 0 < count < 5:
            assert {t[key] for t in tables} != {count}, f"{key} = {count} can be worked out"
    # Nor the people "left over" between printed sums: cells in the same printed sums.
    groups: dict[tuple[bool, ...], list[Hashable]] = {}
    for key in counts:
        groups.setdefault(tuple(key in m.cells for m in printed), []).append(key)
    for keys in groups.values():
        total = sum(counts[k] for k in keys)
        if 0 < total < 5:
            assert {sum(t[k] for k in keys) for t in tables} != {total}, keys
    return protection.shown


def test_a_lone_small_cell_is_not_given_away_by_the_total() -> None:
    counts = {"reached": 6, "active": 5, "dropped": 2}
    shown = assert_nothing_small_can_be_worked_out(counts, [margin("n", counts, counts)])
    assert shown == {"reached": "6", "active": HIDDEN, "dropped": SMALL}


def test_when_no_extra_cell_is_enough_the_whole_table_is_hidden() -> None:
    # 5 + 5 + 1 = 11: hiding both fives still tells 11 − (5 + 5) = 1 ... unless a "*"
    # may be 0: then 0 + 10 + 1 fits too, and one more cell is enough.
    counts = {"reached": 5, "active": 5, "dropped": 1}
    shown = assert_nothing_small_can_be_worked_out(counts, [margin("n", counts, counts)])
    assert shown["dropped"] == SMALL and list(shown.values()).count(HIDDEN) == 2
    counts = {"reached": 5, "active": 0, "dropped": 1}
    shown = assert_nothing_small_can_be_worked_out(counts, [margin("n", counts, counts)])
    assert set(shown.values()) == {HIDDEN}  # 6 = 5 + 1 = 1 + 5: only all hidden is safe


def test_the_cohorts_who5_table_and_the_shares_beside_it() -> None:
    # The synthetic cohort (tests/report_cohort.py): 17 adults, 7 moved into not at risk,
    # 9 started at risk. The share "7 of 9" would tell that 2 did not move: its n goes.
    counts = who5_table([0, 2, 6, 0, 0, 1, 0, 0, 8])
    margins = who5_margins(counts)
    protection = protect(counts, margins)
    assert protection.hidden_margins == {"at_risk"}
    assert [protection.shown[k] for k in counts] == ["0", "<5", "*", "0", "0", "<5", "0", "0", "*"]
    assert_nothing_small_can_be_worked_out(counts, margins)


def test_a_table_without_small_cells_is_printed_whole() -> None:
    counts = who5_table([10, 6, 7, 0, 12, 9, 5, 0, 30])
    protection = protect(counts, who5_margins(counts))
    assert [protection.shown[k] for k in counts] == [str(v) for v in counts.values()]
    assert protection.hidden_margins == frozenset()


@pytest.mark.parametrize("seed", range(6))
def test_random_who5_tables_give_nothing_small_away(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(8):
        # Small tables: the reader's brute force stays quick, and small totals are where
        # subtraction gives most away.
        values = [rng.choice([0, 0, 1, 2, 3, 4, 5, 6]) for _ in range(9)]
        for index in rng.sample(range(9), 5):
            values[index] = 0
        counts = who5_table(values)
        assert_nothing_small_can_be_worked_out(counts, who5_margins(counts))


def _team_margins(
    counts: Mapping[tuple[int, bool], int], teams: int, hidden: frozenset[int]
) -> list[Margin]:
    """Totals of yes and no, and each team's n: "at least 5" once the team is hidden."""
    top = sum(counts.values())
    margins = [
        margin("yes", [k for k in counts if k[1]], counts),
        margin("no", [k for k in counts if not k[1]], counts),
    ]
    for team in range(teams):
        team_n = margin(f"n{team}", [(team, True), (team, False)], counts)
        if team in hidden and team_n.known[0] >= 5:
            team_n = Margin(team_n.name, team_n.cells, (5, top))
        margins.append(team_n)
    return margins


@pytest.mark.parametrize("seed", range(40))
def test_hiding_whole_groups_leaves_nothing_small_to_work_out(seed: int) -> None:
    """protect_groups (teams of two cells, the report's team rows) against the reader."""
    rng = random.Random(seed)
    teams = rng.choice([2, 3, 4])
    counts = {
        (t, yes): rng.choice([0, 1, 2, 3, 5, 6, 8]) for t in range(teams) for yes in (True, False)
    }
    order = sorted(range(teams), key=lambda t: (counts[(t, True)] + counts[(t, False)], t))
    groups = [[(t, True), (t, False)] for t in order]
    shown, hidden = protect_groups(
        counts, groups, lambda h: _team_margins(counts, teams, frozenset(order[i] for i in h))
    )
    hidden_teams = frozenset(order[i] for i in hidden)
    printed = _team_margins(counts, teams, hidden_teams)
    tables = readers_tables(shown, printed, sum(counts.values()))
    assert dict(counts) in tables
    for key, count in counts.items():
        if 0 < count < 5:
            assert {t[key] for t in tables} != {count}, (seed, key, count, shown)
    for team in range(teams):
        if team in hidden_teams:  # a hidden team is hidden whole
            assert {shown[(team, True)], shown[(team, False)]} <= {SMALL, HIDDEN}


def test_many_groups_take_no_search_of_every_combination() -> None:
    """Twenty teams: `protect` would try combinations of forty cells; this hides teams."""
    counts = {(t, yes): (t % 7) + (3 if yes else 4) for t in range(20) for yes in (True, False)}
    groups = [[(t, True), (t, False)] for t in range(20)]
    _, hidden = protect_groups(counts, groups, lambda h: _team_margins(counts, 20, frozenset(h)))
    small_teams = {t for t in range(20) if counts[(t, True)] < 5 or counts[(t, False)] < 5}
    assert small_teams <= set(hidden) and len(hidden) < 20
