"""The report's headline figures side by side: two periods, or the teams.

A supervisor compares the first year with the second, or one team with another,
on the figures the programme is judged on (`HEADLINES`). Each column is the
report's own computation (`core.outcomes.compute`) over its period or its
group of families, so a figure means the same in every column.

Suppression:

- **Periods** are each suppressed as a report of their own (a count of 1–4 is
  "<5", a share whose others are 1–4 is "*"), and the change is hidden when
  either side is. The two periods' families overlap and their measures differ,
  so one period minus the other does not isolate anyone's answer.
- **Teams** split the families: every family is in exactly one column (a family
  whose coordinator is in two teams has a column of its own, "A + B"), so the
  teams add up to the totals the report prints. That is what subtraction would
  use: a team's count is the total minus the other teams. Each row is therefore
  protected as one table (`core.disclosure.protect_groups`): a share's "yes" and
  "no" people per team are cells, and the team's n, the total count and the
  total others are the printed sums. Whole teams are hidden ("*"), the smallest
  first, until no count of 1–4 can be worked out from the row and the report's
  totals; the search grows with the number of teams, not exponentially.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication

from ftbt_desktop.core.disclosure import (
    HIDDEN,
    SMALL,
    SMALL_CELL,
    Margin,
    margin,
    protect_groups,
)
from ftbt_desktop.core.measures import SelfSupportDefinition
from ftbt_desktop.core.outcomes import FamilyData, OutcomeReport, Share, compute, suppress
from ftbt_desktop.export.report_figures import n_text, share_value
from ftbt_desktop.export.report_words import NOTHING, decimal_text, period_text

PERIODS, TEAMS = "periods", "teams"
CHANGE = "change"
TOTAL = "total"


@dataclass(frozen=True, slots=True)
class Headline:
    key: str  # the figure's key in the report (report_keys.py)
    read: Callable[[OutcomeReport], int | Share]
    # The count row a share's n is (every family, every child): the team's n is
    # then printed as that row prints it, so neither gives the other away.
    n_from: str | None = None


HEADLINES: tuple[Headline, ...] = (
    Headline("families", lambda r: r.families),
    Headline("adults", lambda r: r.adults),
    Headline("children", lambda r: r.children),
    Headline("who5.into_not_at_risk", lambda r: r.who5_into_not_at_risk),
    Headline("self_supporting.first", lambda r: r.self_supporting_first),
    Headline("self_supporting.latest", lambda r: r.self_supporting_latest),
    Headline("thriving.better", lambda r: r.thriving_better),
    Headline("leisure.latest", lambda r: r.leisure_latest, "children"),
    Headline("civil_society.latest", lambda r: r.connections_latest, "families"),
    Headline("casework.families_two_actors", lambda r: r.families_two_actors, "families"),
    Headline("casework.families_reviewed", lambda r: r.families_reviewed, "families"),
)


@dataclass(frozen=True, slots=True)
class Column:
    key: str  # stable within the report: "1", "2", "change", "total", or a team's number
    label: str
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Cell:
    value: str  # as printed
    n: str = ""


@dataclass(frozen=True, slots=True)
class Row:
    key: str
    label: str
    cells: tuple[Cell, ...]  # one per column


@dataclass(frozen=True, slots=True)
class Breakdown:
    key: str  # PERIODS or TEAMS
    title: str
    note: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]


# -- two periods ---------------------------------------------------------------------


def period_breakdown(
    cohort: Sequence[FamilyData],
    first: tuple[dt.date | None, dt.date | None],
    second: tuple[dt.date | None, dt.date | None],
    definition: SelfSupportDefinition,
    labels: Mapping[str, str],
) -> Breakdown:
    """The headlines of `first` and `second` and the change; `labels` are the
    report's own labels by key, so a figure reads the same in both tables."""
    reports = [compute(cohort, *period, definition) for period in (first, second)]
    rows = []
    for headline in HEADLINES:
        a, b = (headline.read(r) for r in reports)
        rows.append(
            Row(headline.key, labels[headline.key], (*_alone(a), *_alone(b), _change(a, b)))
        )
    columns = [
        Column(str(i), period_text(*period, report.recorded), *period)
        for i, (period, report) in enumerate(zip((first, second), reports, strict=True), start=1)
    ]
    columns.append(Column(CHANGE, QCoreApplication.translate("OutcomeReport", "Change")))
    return Breakdown(
        PERIODS,
        QCoreApplication.translate("OutcomeReport", "Two periods compared"),
        QCoreApplication.translate(
            "OutcomeReport",
            "Each period is counted as a report of its own: the families active in it, and "
            "the measures and ratings dated within it. A family active in both is in both. "
            "The change is in percentage points for a share and in numbers for a count; it "
            "is hidden when either period's figure is.",
        ),
        tuple(columns),
        tuple(rows),
    )


def _alone(figure: int | Share) -> tuple[Cell]:
    if isinstance(figure, Share):
        return (Cell(share_value(figure), n_text(figure.n)),)
    return (Cell(suppress(figure)),)


def _change(a: int | Share, b: int | Share) -> Cell:
    shown = {_alone(a)[0].value, _alone(b)[0].value}
    if SMALL in shown:
        return Cell(SMALL)
    if HIDDEN in shown:
        return Cell(HIDDEN)
    if isinstance(a, Share) and isinstance(b, Share):
        if a.share is None or b.share is None:
            return Cell(NOTHING)
        return Cell(decimal_text((b.share - a.share) * 100, signed=True))
    assert isinstance(a, int) and isinstance(b, int)
    difference = b - a
    return Cell(f"{difference:+d}".replace("-", "−") if difference else "0")


# -- teams ---------------------------------------------------------------------------


def team_of(teams: Sequence[str]) -> str:
    """The column a family counts in: its coordinator's team, or teams joined."""
    if not teams:
        return QCoreApplication.translate("OutcomeReport", "No team known")
    return " + ".join(sorted(teams))


def team_breakdown(
    cohort: Sequence[FamilyData],
    family_teams: Mapping[str, Sequence[str]],
    total: OutcomeReport,
    start: dt.date | None,
    end: dt.date | None,
    definition: SelfSupportDefinition,
    labels: Mapping[str, str],
) -> Breakdown:
    """The headlines per team beside the total (`total`, the report over the whole
    cohort): each family in one column, each row protected against subtraction."""
    groups: dict[str, list[FamilyData]] = {}
    for data in cohort:
        groups.setdefault(team_of(family_teams.get(data.family.id, ())), []).append(data)
    unknown = team_of(())
    names = sorted(groups, key=lambda name: (name == unknown, name.casefold(), name))
    reports = {name: compute(groups[name], start, end, definition) for name in names}
    rows = []
    printed: dict[str, dict[str, str]] = {}  # count row → team → as printed
    for headline in HEADLINES:
        per_team = {name: headline.read(reports[name]) for name in names}
        linked = printed.get(headline.n_from) if headline.n_from else None
        if linked is not None and any(
            isinstance(share, Share) and share.n != getattr(reports[name], str(headline.n_from))
            for name, share in per_team.items()
        ):
            linked = None  # not the same people after all: protected on its own
        cells = _protected_row(per_team, headline.read(total), linked)
        if not isinstance(headline.read(total), Share):
            printed[headline.key] = {name: c.value for name, c in zip(names, cells, strict=True)}
        rows.append(
            Row(headline.key, labels[headline.key], (*cells, *_alone(headline.read(total))))
        )
    columns = [Column(str(i), name) for i, name in enumerate(names, start=1)]
    columns.append(Column(TOTAL, QCoreApplication.translate("OutcomeReport", "Total")))
    return Breakdown(
        TEAMS,
        QCoreApplication.translate("OutcomeReport", "By team"),
        QCoreApplication.translate(
            "OutcomeReport",
            "The team is the one the central server has the family's coordinator in, as of "
            "the last sync; a family whose coordinator is in several teams counts once, in a "
            "column of its own (“A + B”). The teams add up to the total, so more is hidden (“*”) "
            "where a count under 5 could be worked out by subtracting the other teams from "
            "the total.",
        ),
        tuple(columns),
        tuple(rows),
    )


def _protected_row(
    per_team: Mapping[str, int | Share],
    total: int | Share,
    n_printed: Mapping[str, str] | None = None,
) -> list[Cell]:
    """The row's team cells, hiding whole teams, smallest first, until no count of
    1–4 can be worked out (`core.disclosure.protect_groups`). A share row's team n
    is printed as `n_printed` says when a count row printed it already."""
    names = list(per_team)
    if not isinstance(total, Share):
        plain = {name: int(per_team[name]) for name in names}  # type: ignore[arg-type]
        groups = [[name] for name in sorted(names, key=lambda name: (plain[name], name))]
        shown, _ = protect_groups(plain, groups, lambda _: [margin("total", plain, plain)])
        return [Cell(shown[name]) for name in names]
    shares: dict[str, Share] = {}
    counts: dict[tuple[str, bool], int] = {}
    for name in names:
        share = per_team[name]
        assert isinstance(share, Share)
        shares[name] = share
        counts[(name, True)] = share.count
        counts[(name, False)] = share.n - share.count
    order = sorted(names, key=lambda name: (shares[name].n, name))
    groups = [[(name, True), (name, False)] for name in order]
    top = sum(counts.values())
    totals = [
        margin("total.count", [k for k in counts if k[1]], counts),
        margin("total.others", [k for k in counts if not k[1]], counts),
    ]

    def margins_for(hidden: frozenset[int]) -> list[Margin]:
        margins = list(totals)
        for index, name in enumerate(order):
            team_n = margin(f"n.{name}", groups[index], counts)
            fixed = None if n_printed is None else n_printed[name]
            if fixed == HIDDEN or (
                fixed is None and index in hidden and team_n.known[0] >= SMALL_CELL
            ):
                # A hidden n of 5 or more is printed "*": the reader knows it is ≥ 5.
                team_n = replace(team_n, known=(SMALL_CELL, top))
            margins.append(team_n)
        return margins

    shown, hidden = protect_groups(counts, groups, margins_for)
    cells = []
    for index, name in enumerate(order):
        share = shares[name]
        pair = (shown[(name, True)], shown[(name, False)])
        if n_printed is not None:
            n = n_printed[name]
            if n in (SMALL, HIDDEN):
                # The count row hid this team's n: its cells would add up to it.
                pair = (_hide(pair[0]), _hide(pair[1]))
        else:
            n = HIDDEN if index in hidden and share.n >= SMALL_CELL else n_text(share.n)
        if share.n == 0:
            value = NOTHING
        elif SMALL in pair or HIDDEN in pair:
            value = SMALL if pair[0] == SMALL or share.n < SMALL_CELL else HIDDEN
        else:
            value = share_value(share)
        cells.append((name, Cell(value, n)))
    by_name = dict(cells)
    return [by_name[name] for name in names]


def _hide(text: str) -> str:
    return text if text == SMALL else HIDDEN
