"""Translated words for the measures: the WHO-5 items and answers, bands, statuses,
thriving and civil-society kinds.

The WHO-5 source strings are the official English wording; the Danish catalogue
holds the official Danish wording (DESIGN §2) word for word. Functions rather
than constants, so a language switched at runtime is picked up by the next call.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ftbt_desktop.core.measure_records import ConnectionKind
from ftbt_desktop.core.measures import (
    WHO5_MAX_ANSWER,
    EmploymentStatus,
    SelfSupportDefinition,
    Thriving,
    Who5Band,
)

# -- WHO-5 ---------------------------------------------------------------------


def who5_intro() -> str:
    return QCoreApplication.translate("MeasureWords", "Over the last two weeks…")


def who5_items() -> list[str]:
    """The five statements, in the questionnaire's order."""
    return [
        QCoreApplication.translate("MeasureWords", "I have felt cheerful and in good spirits"),
        QCoreApplication.translate("MeasureWords", "I have felt calm and relaxed"),
        QCoreApplication.translate("MeasureWords", "I have felt active and vigorous"),
        QCoreApplication.translate("MeasureWords", "I woke up feeling fresh and rested"),
        QCoreApplication.translate(
            "MeasureWords", "My daily life has been filled with things that interest me"
        ),
    ]


def who5_answers() -> list[tuple[int, str]]:
    """(value, words), from "All of the time" (5) down to "At no time" (0)."""
    words = [
        QCoreApplication.translate("MeasureWords", "All of the time"),
        QCoreApplication.translate("MeasureWords", "Most of the time"),
        QCoreApplication.translate("MeasureWords", "More than half of the time"),
        QCoreApplication.translate("MeasureWords", "Less than half of the time"),
        QCoreApplication.translate("MeasureWords", "Some of the time"),
        QCoreApplication.translate("MeasureWords", "At no time"),
    ]
    return [(WHO5_MAX_ANSWER - i, text) for i, text in enumerate(words)]


def who5_answer_label(value: int) -> str:
    return dict(who5_answers()).get(value, str(value))


def who5_source() -> str:
    return QCoreApplication.translate(
        "MeasureWords",
        "WHO-5 Well-Being Index (World Health Organization), free to use. Danish version: "
        "Psykiatrisk Center Nordsjælland.",
    )


def band_label(band: Who5Band | str) -> str:
    labels = {
        Who5Band.HIGH_RISK: QCoreApplication.translate(
            "MeasureWords", "high risk of depression or stress"
        ),
        Who5Band.RISK: QCoreApplication.translate("MeasureWords", "risk of depression or stress"),
        Who5Band.NOT_AT_RISK: QCoreApplication.translate("MeasureWords", "not at risk"),
    }
    return labels[Who5Band(band)]


def band_range(band: Who5Band | str) -> str:
    return {
        Who5Band.HIGH_RISK: "0–35",
        Who5Band.RISK: "36–50",
        Who5Band.NOT_AT_RISK: "51–100",
    }[Who5Band(band)]


def score_text(score: int) -> str:
    return QCoreApplication.translate("MeasureWords", "{score} of 100").format(score=score)


def change_text(change: int | None, meaningful: bool) -> str:
    """The change since the previous measure in words; a meaningful one says so."""
    if change is None:
        return QCoreApplication.translate("MeasureWords", "First measure")
    signed = f"+{change}" if change > 0 else str(change)
    if not meaningful:
        return QCoreApplication.translate("MeasureWords", "{change} points (small change)").format(
            change=signed
        )
    if change > 0:
        return QCoreApplication.translate(
            "MeasureWords", "{change} points: meaningful improvement"
        ).format(change=signed)
    return QCoreApplication.translate("MeasureWords", "{change} points: meaningful decline").format(
        change=signed
    )


def unanswered_message(items: list[int]) -> str:
    """Which items still need an answer, by number and words (0-based indices in)."""
    statements = who5_items()
    named = [f"{i + 1} (“{statements[i]}”)" for i in items]
    if len(items) == 1:
        return QCoreApplication.translate(
            "MeasureWords", "Item {items} is not answered. Answer it to save; nothing is lost."
        ).format(items=named[0])
    return QCoreApplication.translate(
        "MeasureWords", "Items {items} are not answered. Answer them to save; nothing is lost."
    ).format(items=", ".join(named))


# -- work and education --------------------------------------------------------


def employment_label(status: EmploymentStatus | str) -> str:
    labels = {
        EmploymentStatus.EMPLOYED: QCoreApplication.translate("MeasureWords", "Employed"),
        EmploymentStatus.IN_EDUCATION: QCoreApplication.translate("MeasureWords", "In education"),
        EmploymentStatus.UNEMPLOYMENT_BENEFIT: QCoreApplication.translate(
            "MeasureWords", "Unemployment benefit (dagpenge)"
        ),
        EmploymentStatus.KONTANTHJAELP: QCoreApplication.translate(
            "MeasureWords", "Cash benefit (kontanthjælp)"
        ),
        EmploymentStatus.UDDANNELSESHJAELP: QCoreApplication.translate(
            "MeasureWords", "Education benefit (uddannelseshjælp)"
        ),
        EmploymentStatus.INTEGRATIONSYDELSE: QCoreApplication.translate(
            "MeasureWords", "Integration benefit (integrationsydelse)"
        ),
        EmploymentStatus.SYGEDAGPENGE: QCoreApplication.translate(
            "MeasureWords", "Sickness benefit (sygedagpenge)"
        ),
        EmploymentStatus.LEDIGHEDSYDELSE: QCoreApplication.translate(
            "MeasureWords", "Flex-job waiting benefit (ledighedsydelse)"
        ),
        EmploymentStatus.RESSOURCEFORLOEB: QCoreApplication.translate(
            "MeasureWords", "Resource programme (ressourceforløb)"
        ),
        EmploymentStatus.JOBAFKLARINGSFORLOEB: QCoreApplication.translate(
            "MeasureWords", "Job clarification programme (jobafklaringsforløb)"
        ),
        EmploymentStatus.REVALIDERING: QCoreApplication.translate(
            "MeasureWords", "Rehabilitation (revalidering)"
        ),
        EmploymentStatus.FLEKSJOB: QCoreApplication.translate(
            "MeasureWords", "Flex job (fleksjob)"
        ),
        EmploymentStatus.FOERTIDSPENSION: QCoreApplication.translate(
            "MeasureWords", "Disability pension (førtidspension)"
        ),
        EmploymentStatus.SU: QCoreApplication.translate("MeasureWords", "Student grant (SU)"),
        EmploymentStatus.OTHER: QCoreApplication.translate("MeasureWords", "Other"),
    }
    try:
        return labels[EmploymentStatus(status)]
    except ValueError:
        return str(status)


def self_supporting_text(self_supporting: bool) -> str:
    return (
        QCoreApplication.translate("MeasureWords", "Self-supporting")
        if self_supporting
        else QCoreApplication.translate("MeasureWords", "Not self-supporting")
    )


def definition_text(definition: SelfSupportDefinition) -> str:
    """The definition in use, as every view and report of self-support states it."""
    su = (
        QCoreApplication.translate("MeasureWords", "SU counts as self-supporting")
        if definition.su_counts
        else QCoreApplication.translate("MeasureWords", "SU does not count as self-supporting")
    )
    fleksjob = (
        QCoreApplication.translate("MeasureWords", "fleksjob counts as self-supporting")
        if definition.fleksjob_counts
        else QCoreApplication.translate(
            "MeasureWords", "fleksjob does not count as self-supporting"
        )
    )
    return QCoreApplication.translate(
        "MeasureWords",
        "Self-supporting means receiving no public benefit. Definition in use: {su}; "
        "{fleksjob} (change it in Settings).",
    ).format(su=su, fleksjob=fleksjob)


# -- children and civil society ------------------------------------------------


def thriving_label(thriving: Thriving | str) -> str:
    labels = {
        Thriving.BETTER: QCoreApplication.translate("MeasureWords", "Thrives better than before"),
        Thriving.SAME: QCoreApplication.translate("MeasureWords", "Thrives the same as before"),
        Thriving.WORSE: QCoreApplication.translate("MeasureWords", "Thrives worse than before"),
    }
    try:
        return labels[Thriving(thriving)]
    except ValueError:
        return str(thriving)


def connection_kind_label(kind: ConnectionKind | str) -> str:
    labels = {
        ConnectionKind.ASSOCIATION: QCoreApplication.translate("MeasureWords", "Association"),
        ConnectionKind.VOLUNTEER: QCoreApplication.translate("MeasureWords", "Volunteer"),
        ConnectionKind.NETWORK_GROUP: QCoreApplication.translate("MeasureWords", "Network group"),
    }
    try:
        return labels[ConnectionKind(kind)]
    except ValueError:
        return str(kind)


def ongoing_text() -> str:
    return QCoreApplication.translate("MeasureWords", "ongoing")
