"""Translated words for the measures: the WHO-5 items and answers, bands, statuses,
thriving and civil-society kinds.

The WHO-5 source strings are the official English wording; the Danish catalogue
holds the official Danish wording (DESIGN §2) word for word. Functions rather
than constants, so a language switched at runtime is picked up by the next call.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ftbt_desktop.core.measure_records import ConnectionKind
from ftbt_desktop.core.measures import (
    WHO5_MAX_ANSWER,
    EmploymentStatus,
    SelfSupportDefinition,
    Thriving,
    Who5Band,
)

CONTEXT = "MeasureWords"

# Light fills with dark text read on light and dark themes; the band's words
# are always shown beside the colour.
BAND_COLOURS: dict[Who5Band, QColor] = {
    Who5Band.HIGH_RISK: QColor("#f4c7c3"),
    Who5Band.RISK: QColor("#fde3a7"),
    Who5Band.NOT_AT_RISK: QColor("#c8e6c9"),
}
BAND_TEXT_COLOUR = QColor("#1b1b1b")


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# -- WHO-5 ---------------------------------------------------------------------


def who5_intro() -> str:
    return _t("Over the last two weeks…")


def who5_items() -> list[str]:
    """The five statements, in the questionnaire's order."""
    return [
        _t("I have felt cheerful and in good spirits"),
        _t("I have felt calm and relaxed"),
        _t("I have felt active and vigorous"),
        _t("I woke up feeling fresh and rested"),
        _t("My daily life has been filled with things that interest me"),
    ]


def who5_answers() -> list[tuple[int, str]]:
    """(value, words), from "All of the time" (5) down to "At no time" (0)."""
    words = [
        _t("All of the time"),
        _t("Most of the time"),
        _t("More than half of the time"),
        _t("Less than half of the time"),
        _t("Some of the time"),
        _t("At no time"),
    ]
    return [(WHO5_MAX_ANSWER - i, text) for i, text in enumerate(words)]


def who5_answer_label(value: int) -> str:
    return dict(who5_answers()).get(value, str(value))


def who5_source() -> str:
    return _t(
        "WHO-5 Well-Being Index (World Health Organization), free to use. Danish version: "
        "Psykiatrisk Center Nordsjælland."
    )


def band_label(band: Who5Band | str) -> str:
    labels = {
        Who5Band.HIGH_RISK: _t("high risk of depression or stress"),
        Who5Band.RISK: _t("risk of depression or stress"),
        Who5Band.NOT_AT_RISK: _t("not at risk"),
    }
    return labels[Who5Band(band)]


def band_range(band: Who5Band | str) -> str:
    return {
        Who5Band.HIGH_RISK: "0–35",
        Who5Band.RISK: "36–50",
        Who5Band.NOT_AT_RISK: "51–100",
    }[Who5Band(band)]


def score_text(score: int) -> str:
    return _t("{score} of 100").format(score=score)


def change_text(change: int | None, meaningful: bool) -> str:
    """The change since the previous measure in words; a meaningful one says so."""
    if change is None:
        return _t("First measure")
    signed = f"+{change}" if change > 0 else str(change)
    if not meaningful:
        return _t("{change} points (small change)").format(change=signed)
    if change > 0:
        return _t("{change} points: meaningful improvement").format(change=signed)
    return _t("{change} points: meaningful decline").format(change=signed)


def unanswered_message(items: list[int]) -> str:
    """Which items still need an answer, by number and words (0-based indices in)."""
    statements = who5_items()
    named = [f"{i + 1} (“{statements[i]}”)" for i in items]
    if len(items) == 1:
        return _t("Item {items} is not answered. Answer it to save; nothing is lost.").format(
            items=named[0]
        )
    return _t("Items {items} are not answered. Answer them to save; nothing is lost.").format(
        items=", ".join(named)
    )


# -- work and education --------------------------------------------------------


def employment_label(status: EmploymentStatus | str) -> str:
    labels = {
        EmploymentStatus.EMPLOYED: _t("Employed"),
        EmploymentStatus.IN_EDUCATION: _t("In education"),
        EmploymentStatus.UNEMPLOYMENT_BENEFIT: _t("Unemployment benefit (dagpenge)"),
        EmploymentStatus.KONTANTHJAELP: _t("Cash benefit (kontanthjælp)"),
        EmploymentStatus.UDDANNELSESHJAELP: _t("Education benefit (uddannelseshjælp)"),
        EmploymentStatus.INTEGRATIONSYDELSE: _t("Integration benefit (integrationsydelse)"),
        EmploymentStatus.SYGEDAGPENGE: _t("Sickness benefit (sygedagpenge)"),
        EmploymentStatus.LEDIGHEDSYDELSE: _t("Flex-job waiting benefit (ledighedsydelse)"),
        EmploymentStatus.RESSOURCEFORLOEB: _t("Resource programme (ressourceforløb)"),
        EmploymentStatus.JOBAFKLARINGSFORLOEB: _t(
            "Job clarification programme (jobafklaringsforløb)"
        ),
        EmploymentStatus.REVALIDERING: _t("Rehabilitation (revalidering)"),
        EmploymentStatus.FLEKSJOB: _t("Flex job (fleksjob)"),
        EmploymentStatus.FOERTIDSPENSION: _t("Disability pension (førtidspension)"),
        EmploymentStatus.SU: _t("Student grant (SU)"),
        EmploymentStatus.OTHER: _t("Other"),
    }
    try:
        return labels[EmploymentStatus(status)]
    except ValueError:
        return str(status)


def self_supporting_text(self_supporting: bool) -> str:
    return _t("Self-supporting") if self_supporting else _t("Not self-supporting")


def definition_text(definition: SelfSupportDefinition) -> str:
    """The definition in use, as every view and report of self-support states it."""
    su = (
        _t("SU counts as self-supporting")
        if definition.su_counts
        else _t("SU does not count as self-supporting")
    )
    fleksjob = (
        _t("fleksjob counts as self-supporting")
        if definition.fleksjob_counts
        else _t("fleksjob does not count as self-supporting")
    )
    return _t(
        "Self-supporting means receiving no public benefit. Definition in use: {su}; "
        "{fleksjob} (change it in Settings)."
    ).format(su=su, fleksjob=fleksjob)


# -- children and civil society ------------------------------------------------


def thriving_label(thriving: Thriving | str) -> str:
    labels = {
        Thriving.BETTER: _t("Thrives better than before"),
        Thriving.SAME: _t("Thrives the same as before"),
        Thriving.WORSE: _t("Thrives worse than before"),
    }
    try:
        return labels[Thriving(thriving)]
    except ValueError:
        return str(thriving)


def connection_kind_label(kind: ConnectionKind | str) -> str:
    labels = {
        ConnectionKind.ASSOCIATION: _t("Association"),
        ConnectionKind.VOLUNTEER: _t("Volunteer"),
        ConnectionKind.NETWORK_GROUP: _t("Network group"),
    }
    try:
        return labels[ConnectionKind(kind)]
    except ValueError:
        return str(kind)


def ongoing_text() -> str:
    return _t("ongoing")


def period_text(start: str, end: str) -> str:
    return _t("{start} to {end}").format(start=start, end=end)
