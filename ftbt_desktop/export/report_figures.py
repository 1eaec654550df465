"""The outcome report's figures as rows of words: label, value, n and definition.

Both the PDF and the CSV are drawn from these rows, so the two always agree.
Small cells are suppressed here (`suppress`, `suppress_share` from the core):
a count of 1–4 becomes "<5", and so does a share or a mean that rests on, or
counts, fewer than five people; a share whose "others" are 1–4 becomes "*".
The WHO-5 table and the goal counts are printed beside their totals and the
shares drawn from them, so `core.disclosure.protect` hides more ("*") until
no count of 1–4 can be worked out by subtraction. The texts say how "first",
"latest", "parents" and "self-supporting" are meant; they follow the rules of
`core.outcomes.compute`, which counts them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ftbt_desktop.core.disclosure import HIDDEN, SMALL, margin, protect
from ftbt_desktop.core.measures import Who5Band
from ftbt_desktop.core.outcomes import (
    BANDS,
    SMALL_CELL,
    OutcomeReport,
    Share,
    suppress,
    suppress_share,
)
from ftbt_desktop.core.plan import GoalStatus
from ftbt_desktop.export.report_words import (
    BAND_RANGES,
    NOTHING,
    band_label,
    date_text,
    decimal_text,
    goal_status_label,
    period_text,
    selection_text,
    self_support_definition_text,
)

if TYPE_CHECKING:
    from ftbt_desktop.export.report_breakdown import Breakdown

GOAL_STATUSES = (GoalStatus.REACHED, GoalStatus.ACTIVE, GoalStatus.DROPPED)
# Figures printed beside the WHO-5 table that give sums of its cells away.
WHO5_ALL = "who5.measured"  # every cell: the n of the table
WHO5_INTO = "who5.into_not_at_risk"  # from risk or high risk into not at risk: the shares
WHO5_AT_RISK = "who5.started_at_risk"  # started at risk or high risk: the n of the second share


@dataclass(frozen=True, slots=True)
class Figure:
    key: str  # stable, for scripts reading the CSV
    label: str
    value: str  # as printed: suppressed and formatted
    n: str  # how many it rests on, suppressed too
    definition: str
    in_table: bool = True  # False: shown in the PDF otherwise (the WHO-5 grid)


@dataclass(frozen=True, slots=True)
class Cell:
    count: int
    shown: str

    @property
    def hidden(self) -> bool:
        return self.shown in (SMALL, HIDDEN)


@dataclass(frozen=True, slots=True)
class Section:
    key: str
    title: str
    definition: str
    figures: list[Figure] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ReportScope:
    start: dt.date | None
    end: dt.date | None
    chosen: bool  # a chosen set of families rather than all
    made_on: dt.date

    @property
    def limited(self) -> bool:
        """Whether a period was chosen (rather than all recorded time)."""
        return self.start is not None or self.end is not None


@dataclass(frozen=True, slots=True)
class ReportContent:
    """Everything the PDF and the CSV print, already in words."""

    title: str
    period: str
    selection: str
    made_on: str
    suppression_note: str
    sections: list[Section]
    band_cells: dict[str, dict[str, Cell]]  # first band → latest band → cell
    report: OutcomeReport
    hidden_sums: frozenset[str] = frozenset()  # WHO5_INTO, WHO5_AT_RISK when hidden
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    # The headlines side by side: two periods, or the teams (report_breakdown.py).
    breakdowns: tuple[Breakdown, ...] = ()

    def figures(self) -> list[Figure]:
        return [f for s in self.sections for f in s.figures]

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)


def share_value(share: Share) -> str:
    return suppress_share(share)


def n_text(n: int) -> str:
    return suppress(n)


def pp_change_value(report: OutcomeReport) -> str:
    """The change in percentage points; hidden when either share is, since the change
    and the visible share would give the hidden one away."""
    first, latest = report.self_supporting_first, report.self_supporting_latest
    change = report.self_supporting_change_pp
    if change is None:
        return NOTHING
    shown = {share_value(first), share_value(latest)}
    if SMALL in shown:
        return SMALL
    if HIDDEN in shown:
        return HIDDEN
    return decimal_text(change, signed=True)


def mean_value(mean: float | None, n: int) -> str:
    if mean is None or n == 0:
        return NOTHING
    if n < SMALL_CELL:
        return SMALL
    return decimal_text(mean, signed=True)


def who5_protection(report: OutcomeReport) -> tuple[dict[str, dict[str, Cell]], frozenset[str]]:
    """The 3×3 WHO-5 table as it may be printed, and which of the figures drawn from
    it (WHO5_INTO, WHO5_AT_RISK) must be hidden too, so that neither the table's n nor
    those figures give a count of 1–4 away."""
    counts = {(a, b): report.who5_moves[a][b] for a in BANDS for b in BANDS}
    at_risk = [key for key in counts if key[0] is not Who5Band.NOT_AT_RISK]
    into = [key for key in at_risk if key[1] is Who5Band.NOT_AT_RISK]
    protection = protect(
        counts,
        [
            margin(WHO5_ALL, counts, counts),
            margin(WHO5_INTO, into, counts, optional=True),
            margin(WHO5_AT_RISK, at_risk, counts, optional=True),
        ],
    )
    cells = {
        a.value: {b.value: Cell(counts[(a, b)], protection.shown[(a, b)]) for b in BANDS}
        for a in BANDS
    }
    return cells, protection.hidden_margins


def band_cells(report: OutcomeReport) -> dict[str, dict[str, Cell]]:
    """The 3×3 WHO-5 table with small cells suppressed and more hidden where needed."""
    return who5_protection(report)[0]


def goal_values(report: OutcomeReport) -> dict[GoalStatus, str]:
    """The goal counts as printed beside their total: none of 1–4 to be worked out."""
    counts = {status: report.goals.get(status, 0) for status in GOAL_STATUSES}
    return protect(counts, [margin("goals", counts, counts)]).shown


def build_content(report: OutcomeReport, scope: ReportScope) -> ReportContent:
    cells, hidden_sums = who5_protection(report)
    sections = [
        _who_section(report, scope),
        _who5_section(report, cells, hidden_sums),
        _self_support_section(report),
        _thriving_section(report),
        _leisure_section(report),
        _civil_section(report, scope),
        _goals_section(report, scope),
        _casework_section(report),
    ]
    return ReportContent(
        title=QCoreApplication.translate("OutcomeReport", "Outcome report"),
        period=period_text(scope.start, scope.end, report.recorded),
        selection=selection_text(scope.chosen, suppress(report.families), scope.limited),
        made_on=date_text(scope.made_on),
        suppression_note=QCoreApplication.translate(
            "OutcomeReport",
            "Counts from 1 to 4 are shown as “<5”, and so is a share or an average that rests "
            "on fewer than 5, so that no one can be recognised. A count of 0 is shown as 0: "
            "it tells nothing about anyone. “*” marks a figure hidden "
            "because a count under 5 could otherwise be worked out from it and the figures "
            "around it (“17 of 18” would tell that 1 is not). n is how many people (or "
            "families, or goals) a figure rests on. The report holds no names and no ids.",
        ),
        sections=sections,
        band_cells=cells,
        report=report,
        hidden_sums=hidden_sums,
        period_start=scope.start,
        period_end=scope.end,
    )


# -- sections ------------------------------------------------------------------------


def _who_section(report: OutcomeReport, scope: ReportScope) -> Section:
    families = suppress(report.families)
    return Section(
        "counted",
        QCoreApplication.translate("OutcomeReport", "Who is counted"),
        QCoreApplication.translate(
            "OutcomeReport",
            "Families are counted whatever their status (active or closed); with a period, "
            "those whose effort (from its start date to its end date, either of which may "
            "be open) overlaps the period. Adults are the family members with the role "
            "parent, partner or other adult; children those with the role child. Members "
            "removed from a family are not counted.",
        ),
        [
            Figure(
                "families",
                QCoreApplication.translate("OutcomeReport", "Families"),
                families,
                families,
                selection_text(scope.chosen, families, scope.limited),
            ),
            Figure(
                "adults",
                QCoreApplication.translate("OutcomeReport", "Adults"),
                suppress(report.adults),
                suppress(report.adults),
                QCoreApplication.translate(
                    "OutcomeReport", "Family members with the role parent, partner or other adult."
                ),
            ),
            Figure(
                "children",
                QCoreApplication.translate("OutcomeReport", "Children"),
                suppress(report.children),
                suppress(report.children),
                QCoreApplication.translate("OutcomeReport", "Family members with the role child."),
            ),
        ],
    )


def _who5_section(
    report: OutcomeReport, cells: dict[str, dict[str, Cell]], hidden_sums: frozenset[str]
) -> Section:
    measured = QCoreApplication.translate(
        "OutcomeReport",
        "Adults (parents, partners and other adults) with at least two WHO-5 measures "
        "dated within the period. First = the earliest of those measures, latest = the most "
        "recent. Bands (Danish cut-offs; score 0–100 = raw sum × 4): {hr} {high_risk}, "
        "{r} {risk}, {ok} {not_at_risk}.",
    ).format(
        hr=BAND_RANGES[BANDS[0]],
        high_risk=band_label(BANDS[0]),
        r=BAND_RANGES[BANDS[1]],
        risk=band_label(BANDS[1]),
        ok=BAND_RANGES[BANDS[2]],
        not_at_risk=band_label(BANDS[2]),
    )
    n = n_text(report.who5_n)
    figures = [
        Figure(
            "who5.measured",
            QCoreApplication.translate("OutcomeReport", "Adults with at least two WHO-5 measures"),
            n,
            n,
            measured,
        )
    ]
    for first in BANDS:
        for latest in BANDS:
            figures.append(
                Figure(
                    f"who5.{first.value}.{latest.value}",
                    QCoreApplication.translate(
                        "OutcomeReport", "WHO-5 first: {first}; latest: {latest}"
                    ).format(first=band_label(first), latest=band_label(latest)),
                    cells[first.value][latest.value].shown,
                    n,
                    QCoreApplication.translate(
                        "OutcomeReport",
                        "Adults whose first measure was in the band named first and whose "
                        "latest measure was in the band named second. {measured}",
                    ).format(measured=measured),
                    in_table=False,
                )
            )
    into = report.who5_into_not_at_risk
    figures.append(
        Figure(
            "who5.into_not_at_risk",
            QCoreApplication.translate(
                "OutcomeReport", "Moved from risk or high risk into not at risk"
            ),
            HIDDEN if WHO5_INTO in hidden_sums else share_value(into),
            n,
            QCoreApplication.translate(
                "OutcomeReport",
                "Adults whose first measure was in the band risk or high risk and whose "
                "latest was not at risk, as a share of all adults with at least two measures.",
            ),
        )
    )
    started = Share(into.count, report.who5_started_at_risk)
    figures.append(
        Figure(
            "who5.into_not_at_risk_of_at_risk",
            QCoreApplication.translate(
                "OutcomeReport", "… of those who started at risk or high risk"
            ),
            HIDDEN if hidden_sums else share_value(started),
            HIDDEN if WHO5_AT_RISK in hidden_sums else n_text(started.n),
            QCoreApplication.translate(
                "OutcomeReport",
                "The same adults, as a share of those whose first measure was in the band "
                "risk or high risk.",
            ),
        )
    )
    return Section(
        "who5", QCoreApplication.translate("OutcomeReport", "Wellbeing (WHO-5)"), measured, figures
    )


def _self_support_section(report: OutcomeReport) -> Section:
    definition = self_support_definition_text(report.definition)
    counted = QCoreApplication.translate(
        "OutcomeReport",
        "Parents are the family members with the role parent or partner. Counted: parents "
        "with at least one work and education status dated within the period; first = the "
        "earliest of those statuses, latest = the most recent.",
    )
    whole = f"{counted} {definition}"
    first, latest = report.self_supporting_first, report.self_supporting_latest
    n = n_text(first.n)
    return Section(
        "self_support",
        QCoreApplication.translate("OutcomeReport", "Self-support (parents)"),
        whole,
        [
            Figure(
                "self_supporting.first",
                QCoreApplication.translate("OutcomeReport", "Self-supporting at the first status"),
                share_value(first),
                n,
                whole,
            ),
            Figure(
                "self_supporting.latest",
                QCoreApplication.translate("OutcomeReport", "Self-supporting at the latest status"),
                share_value(latest),
                n,
                whole,
            ),
            Figure(
                "self_supporting.change_pp",
                QCoreApplication.translate(
                    "OutcomeReport", "Change in self-support (percentage points)"
                ),
                pp_change_value(report),
                n,
                QCoreApplication.translate(
                    "OutcomeReport",
                    "The latest share minus the first, in percentage points, of the same "
                    "parents. {definition}",
                ).format(definition=whole),
            ),
            *_strict_figures(report, n, counted),
        ],
    )


def strict_values(report: OutcomeReport) -> tuple[str, str, str] | None:
    """(first, latest, change) under the strict definition as printed, or None when it
    is the chosen one. The two definitions differ only by the parents on SU or in a
    fleksjob, so both are hidden ("*") when 1–4 of them could be found by subtracting
    one printed share from the other."""
    first, latest = report.strict_first, report.strict_latest
    if first is None or latest is None:
        return None
    chosen = (report.self_supporting_first, report.self_supporting_latest)
    pairs = zip(chosen, (first, latest), strict=True)
    if any(0 < abs(a.count - b.count) < SMALL_CELL for a, b in pairs):
        return HIDDEN, HIDDEN, HIDDEN
    shown = share_value(first), share_value(latest)
    if first.share is None or latest.share is None:
        change = NOTHING
    elif SMALL in shown:
        change = SMALL
    elif HIDDEN in shown:
        change = HIDDEN
    else:
        change = decimal_text((latest.share - first.share) * 100, signed=True)
    return shown[0], shown[1], change


def _strict_figures(report: OutcomeReport, n: str, counted: str) -> list[Figure]:
    values = strict_values(report)
    if values is None:
        return []
    definition = QCoreApplication.translate(
        "OutcomeReport",
        "{counted} The strict definition, as the programme's evaluation counted: only "
        "employed and in education count as self-supporting; SU and fleksjob do not. "
        "Shown beside the chosen definition so the two can be compared; “*” when the "
        "difference would point out fewer than 5 parents.",
    ).format(counted=counted)
    labels = (
        QCoreApplication.translate(
            "OutcomeReport", "Self-supporting at the first status (strict definition)"
        ),
        QCoreApplication.translate(
            "OutcomeReport", "Self-supporting at the latest status (strict definition)"
        ),
        QCoreApplication.translate(
            "OutcomeReport", "Change in self-support, strict definition (percentage points)"
        ),
    )
    keys = ("self_supporting.strict.first", "self_supporting.strict.latest",
            "self_supporting.strict.change_pp")  # fmt: skip
    return [
        Figure(key, label, value, n, definition)
        for key, label, value in zip(keys, labels, values, strict=True)
    ]


def _thriving_section(report: OutcomeReport) -> Section:
    definition = QCoreApplication.translate(
        "OutcomeReport",
        "Of the parents (role parent or partner) who gave at least one rating of a child's "
        "thriving dated within the period: those with at least one rating “thrives better "
        "than before”.",
    )
    share = report.thriving_better
    return Section(
        "thriving",
        QCoreApplication.translate("OutcomeReport", "Children's thriving (parents' view)"),
        definition,
        [
            Figure(
                "thriving.better",
                QCoreApplication.translate(
                    "OutcomeReport", "Parents who rated at least one child as thriving better"
                ),
                share_value(share),
                n_text(share.n),
                definition,
            )
        ],
    )


def _window_text() -> str:
    return QCoreApplication.translate(
        "OutcomeReport",
        "“At the start” is the family's start date, or the period's start if later (today "
        "when neither is known); “at the latest” is the earliest of the family's end date, "
        "the period's end and today.",
    )


def _leisure_section(report: OutcomeReport) -> Section:
    definition = QCoreApplication.translate(
        "OutcomeReport",
        "All children (role child) of the families in the report; a child counts when a "
        "leisure activity of theirs was going on that day. {window}",
    ).format(window=_window_text())
    n = n_text(report.leisure_start.n)
    return Section(
        "leisure",
        QCoreApplication.translate("OutcomeReport", "Leisure activities (children)"),
        definition,
        [
            Figure(
                "leisure.start",
                QCoreApplication.translate(
                    "OutcomeReport", "Children in a leisure activity at the start"
                ),
                share_value(report.leisure_start),
                n,
                definition,
            ),
            Figure(
                "leisure.latest",
                QCoreApplication.translate(
                    "OutcomeReport", "Children in a leisure activity at the latest"
                ),
                share_value(report.leisure_latest),
                n,
                definition,
            ),
        ],
    )


def _civil_section(report: OutcomeReport, scope: ReportScope) -> Section:
    definition = QCoreApplication.translate(
        "OutcomeReport",
        "Connections to associations, volunteers and network groups. A family counts when "
        "one of its connections was going on that day. {window}",
    ).format(window=_window_text())
    n = n_text(report.connections_start.n)
    return Section(
        "civil_society",
        QCoreApplication.translate("OutcomeReport", "Civil-society connections"),
        definition,
        [
            Figure(
                "civil_society.start",
                QCoreApplication.translate(
                    "OutcomeReport", "Families with a civil-society connection at the start"
                ),
                share_value(report.connections_start),
                n,
                definition,
            ),
            Figure(
                "civil_society.latest",
                QCoreApplication.translate(
                    "OutcomeReport", "Families with a civil-society connection at the latest"
                ),
                share_value(report.connections_latest),
                n,
                definition,
            ),
            Figure(
                "civil_society.total",
                QCoreApplication.translate("OutcomeReport", "Civil-society connections recorded"),
                suppress(report.connections_total),
                n,
                QCoreApplication.translate(
                    "OutcomeReport",
                    "Connections of the families in the report that were going on at some "
                    "time in the period (from their start to their end date).",
                )
                if scope.limited
                else QCoreApplication.translate(
                    "OutcomeReport",
                    "Every connection recorded for the families in the report, whenever it "
                    "began or ended.",
                ),
            ),
        ],
    )


def _goals_section(report: OutcomeReport, scope: ReportScope) -> Section:
    total = sum(report.goals.values())
    if scope.limited:
        definition = QCoreApplication.translate(
            "OutcomeReport",
            "The goals of the families in the report that were worked on in the period: "
            "recorded in the app by its last day and not already reached or dropped before "
            "its first day (unless reopened within it). Each is counted by its status at the "
            "end of the period; a status counts from the day it was recorded in the app. So "
            "“reached” are the goals reached within the period, “active” those still being "
            "worked on at its end.",
        )
    else:
        definition = QCoreApplication.translate(
            "OutcomeReport", "All goals of the families in the report by their current status."
        )
    progress = QCoreApplication.translate(
        "OutcomeReport",
        "For each goal with at least two progress ratings (0–10) dated within the period: "
        "the latest rating minus the first. The average over those goals.",
    )
    shown = goal_values(report)
    figures = [
        Figure(
            f"goals.{status.value}",
            QCoreApplication.translate("OutcomeReport", "Goals: {status}").format(
                status=goal_status_label(status)
            ),
            shown[status],
            n_text(total),
            definition,
        )
        for status in GOAL_STATUSES
    ]
    figures.append(
        Figure(
            "goals.progress_change",
            QCoreApplication.translate(
                "OutcomeReport", "Average change in progress rating (0–10 scale)"
            ),
            mean_value(report.progress_change, report.progress_n),
            n_text(report.progress_n),
            progress,
        )
    )
    words = f"{definition} {progress}"
    if total == 0:
        # Zeros with n = 0 alone read like a result; say plainly there is none.
        words = (
            QCoreApplication.translate("OutcomeReport", "No goals were recorded in the period.")
            + " "
            + words
        )
    return Section(
        "goals",
        QCoreApplication.translate("OutcomeReport", "Goals and progress"),
        words,
        figures,
    )


def _casework_section(report: OutcomeReport) -> Section:
    """The fifth outcome area: more efficient cross-department casework, as far as the
    app's records show it (who is involved, whether their steps get done, whether a
    supervisor has looked at the plan)."""
    definition = QCoreApplication.translate(
        "OutcomeReport",
        "Actors are the jobcenter, school, daycare, health services, social services, "
        "associations and others recorded around a family; a family with at least two "
        "has a plan across departments. An actor's steps are the plan's steps an actor "
        "owns, counted by whether they are marked done now. A family counts as reviewed "
        "when a supervisor marked its plan reviewed on a day within the period. Joint "
        "meetings are not recorded as such and are not counted.",
    )
    none = (
        report.actors_total == 0
        and report.actor_steps_done.n == 0
        and report.families_reviewed.count == 0
    )
    if none:
        definition = (
            QCoreApplication.translate(
                "OutcomeReport",
                "No actors, actor steps or plan reviews were recorded for these families.",
            )
            + " "
            + definition
        )
    families = n_text(report.families_two_actors.n)
    return Section(
        "casework",
        QCoreApplication.translate("OutcomeReport", "Cross-department casework"),
        definition,
        [
            Figure(
                "casework.families_two_actors",
                QCoreApplication.translate(
                    "OutcomeReport", "Families with at least two actors in their plan"
                ),
                share_value(report.families_two_actors),
                families,
                definition,
            ),
            Figure(
                "casework.actors",
                QCoreApplication.translate("OutcomeReport", "Actors recorded"),
                suppress(report.actors_total),
                families,
                definition,
            ),
            Figure(
                "casework.actor_steps_done",
                QCoreApplication.translate("OutcomeReport", "Actors' plan steps marked done"),
                share_value(report.actor_steps_done),
                n_text(report.actor_steps_done.n),
                definition,
            ),
            Figure(
                "casework.families_reviewed",
                QCoreApplication.translate(
                    "OutcomeReport", "Families whose plan a supervisor reviewed"
                ),
                share_value(report.families_reviewed),
                families,
                definition,
            ),
        ],
    )
