"""Translated words of the outcome report: bands, statuses, dates, numbers, the definitions.

Every string is a literal `QCoreApplication.translate("OutcomeReport", …)`
call, so lupdate finds it and the report speaks the UI's language (Danish first); dates and numbers follow the default QLocale,
which the translations set to Danish under Danish (dd.MM.yyyy, decimal comma).
Functions rather than constants: a language switched at runtime is picked up
by the next report. QtCore only.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ftbt_desktop.core.measures import EmploymentStatus, SelfSupportDefinition, Who5Band
from ftbt_desktop.core.plan import GoalStatus

NOTHING = "–"  # a figure with nobody to rest on


# -- dates and numbers -----------------------------------------------------------


def date_text(day: dt.date) -> str:
    """The locale's short date with a four-digit year (Danish: 31.12.2025)."""
    locale = QLocale()
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = re.sub(r"y+", "yyyy", fmt)
    return locale.toString(QDate(day.year, day.month, day.day), fmt)


def decimal_text(value: float, signed: bool = False) -> str:
    """One decimal in the locale's way (Danish: 1,7); `signed` puts + before a rise."""
    text = QLocale().toString(float(value), "f", 1)
    if signed and round(value, 1) > 0:
        return "+" + text
    return text


def period_text(
    start: dt.date | None,
    end: dt.date | None,
    recorded: tuple[dt.date | None, dt.date | None] = (None, None),
) -> str:
    if start and end:
        return QCoreApplication.translate("OutcomeReport", "{start} – {end}").format(
            start=date_text(start), end=date_text(end)
        )
    if start:
        return QCoreApplication.translate("OutcomeReport", "from {start}").format(
            start=date_text(start)
        )
    if end:
        return QCoreApplication.translate("OutcomeReport", "up to and including {end}").format(
            end=date_text(end)
        )
    first, last = recorded
    if first and last:
        return QCoreApplication.translate(
            "OutcomeReport", "all recorded time: {start} – {end}"
        ).format(start=date_text(first), end=date_text(last))
    return QCoreApplication.translate("OutcomeReport", "all recorded time")


# -- codes in words ----------------------------------------------------------------


def band_label(band: Who5Band) -> str:
    return {
        Who5Band.HIGH_RISK: QCoreApplication.translate(
            "OutcomeReport", "high risk of depression or stress"
        ),
        Who5Band.RISK: QCoreApplication.translate("OutcomeReport", "risk of depression or stress"),
        Who5Band.NOT_AT_RISK: QCoreApplication.translate("OutcomeReport", "not at risk"),
    }[band]


def band_short(band: Who5Band) -> str:
    """For chart axes and table heads, where the whole phrase does not fit."""
    return {
        Who5Band.HIGH_RISK: QCoreApplication.translate("OutcomeReport", "High risk"),
        Who5Band.RISK: QCoreApplication.translate("OutcomeReport", "Risk"),
        Who5Band.NOT_AT_RISK: QCoreApplication.translate("OutcomeReport", "Not at risk"),
    }[band]


BAND_RANGES = {Who5Band.HIGH_RISK: "0–35", Who5Band.RISK: "36–50", Who5Band.NOT_AT_RISK: "51–100"}


def goal_status_label(status: GoalStatus) -> str:
    return {
        GoalStatus.REACHED: QCoreApplication.translate("OutcomeReport", "Reached"),
        GoalStatus.ACTIVE: QCoreApplication.translate("OutcomeReport", "Active"),
        GoalStatus.DROPPED: QCoreApplication.translate("OutcomeReport", "Dropped"),
    }[status]


def employment_label(status: EmploymentStatus) -> str:
    return {
        EmploymentStatus.EMPLOYED: QCoreApplication.translate("OutcomeReport", "employed"),
        EmploymentStatus.IN_EDUCATION: QCoreApplication.translate("OutcomeReport", "in education"),
        EmploymentStatus.UNEMPLOYMENT_BENEFIT: QCoreApplication.translate(
            "OutcomeReport", "unemployment benefit (dagpenge)"
        ),
        EmploymentStatus.KONTANTHJAELP: QCoreApplication.translate(
            "OutcomeReport", "cash benefit (kontanthjælp)"
        ),
        EmploymentStatus.UDDANNELSESHJAELP: QCoreApplication.translate(
            "OutcomeReport", "education benefit (uddannelseshjælp)"
        ),
        EmploymentStatus.INTEGRATIONSYDELSE: QCoreApplication.translate(
            "OutcomeReport", "integration benefit (integrationsydelse)"
        ),
        EmploymentStatus.SYGEDAGPENGE: QCoreApplication.translate(
            "OutcomeReport", "sickness benefit (sygedagpenge)"
        ),
        EmploymentStatus.LEDIGHEDSYDELSE: QCoreApplication.translate(
            "OutcomeReport", "flex-job waiting benefit (ledighedsydelse)"
        ),
        EmploymentStatus.RESSOURCEFORLOEB: QCoreApplication.translate(
            "OutcomeReport", "resource programme (ressourceforløb)"
        ),
        EmploymentStatus.JOBAFKLARINGSFORLOEB: QCoreApplication.translate(
            "OutcomeReport", "job clarification programme (jobafklaringsforløb)"
        ),
        EmploymentStatus.REVALIDERING: QCoreApplication.translate(
            "OutcomeReport", "rehabilitation (revalidering)"
        ),
        EmploymentStatus.FLEKSJOB: QCoreApplication.translate(
            "OutcomeReport", "flex job (fleksjob)"
        ),
        EmploymentStatus.FOERTIDSPENSION: QCoreApplication.translate(
            "OutcomeReport", "disability pension (førtidspension)"
        ),
        EmploymentStatus.SU: QCoreApplication.translate("OutcomeReport", "student grant (SU)"),
        EmploymentStatus.OTHER: QCoreApplication.translate("OutcomeReport", "other"),
    }[status]


# -- the definitions every report states ----------------------------------------------


def self_support_definition_text(definition: SelfSupportDefinition) -> str:
    """Which statuses counted, named one by one, and the two settings in words."""
    statuses = ", ".join(employment_label(s) for s in definition.self_supporting_statuses())
    su = (
        QCoreApplication.translate("OutcomeReport", "SU counts as self-supporting")
        if definition.su_counts
        else QCoreApplication.translate("OutcomeReport", "SU does not count as self-supporting")
    )
    fleksjob = (
        QCoreApplication.translate("OutcomeReport", "fleksjob counts as self-supporting")
        if definition.fleksjob_counts
        else QCoreApplication.translate(
            "OutcomeReport", "fleksjob does not count as self-supporting"
        )
    )
    return QCoreApplication.translate(
        "OutcomeReport",
        "Self-supporting means receiving no public benefit. Counted as self-supporting: "
        "{statuses}. Every other status counts as not self-supporting. Setting in use: "
        "{su}; {fleksjob}.",
    ).format(statuses=statuses, su=su, fleksjob=fleksjob)


def selection_text(chosen: bool, families: str, limited: bool = False) -> str:
    """Which families: all or a chosen set, by count only (never names or ids);
    `limited`: only those whose effort overlaps the period count."""
    if chosen and limited:
        return QCoreApplication.translate(
            "OutcomeReport",
            "A chosen set of families; of those, {count} whose effort overlaps the period.",
        ).format(count=families)
    if chosen:
        return QCoreApplication.translate(
            "OutcomeReport", "A chosen set of {count} families."
        ).format(count=families)
    if limited:
        return QCoreApplication.translate(
            "OutcomeReport",
            "All families recorded in FTBT Desktop whose effort overlaps the period: "
            "{count} (demo families are left out).",
        ).format(count=families)
    return QCoreApplication.translate(
        "OutcomeReport",
        "All families recorded in FTBT Desktop: {count} (demo families are left out).",
    ).format(count=families)


def confidential_text() -> str:
    return QCoreApplication.translate("OutcomeReport", "Confidential — contains personal data")


def page_text(page: int, pages: int) -> str:
    return QCoreApplication.translate("OutcomeReport", "Page {page} of {pages}").format(
        page=page, pages=pages
    )
