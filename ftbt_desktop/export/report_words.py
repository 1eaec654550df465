"""Translated words of the outcome report: bands, statuses, dates, numbers, the definitions.

Everything goes through the "OutcomeReport" context, so the report speaks the
UI's language (Danish first); dates and numbers follow the default QLocale,
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

CONTEXT = "OutcomeReport"
NOTHING = "–"  # a figure with nobody to rest on


def t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


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


def period_text(start: dt.date | None, end: dt.date | None) -> str:
    if start and end:
        return t("{start} – {end}").format(start=date_text(start), end=date_text(end))
    if start:
        return t("from {start}").format(start=date_text(start))
    if end:
        return t("up to and including {end}").format(end=date_text(end))
    return t("all recorded time")


# -- codes in words ----------------------------------------------------------------


def band_label(band: Who5Band) -> str:
    return {
        Who5Band.HIGH_RISK: t("high risk of depression or stress"),
        Who5Band.RISK: t("risk of depression or stress"),
        Who5Band.NOT_AT_RISK: t("not at risk"),
    }[band]


def band_short(band: Who5Band) -> str:
    """For chart axes and table heads, where the whole phrase does not fit."""
    return {
        Who5Band.HIGH_RISK: t("High risk"),
        Who5Band.RISK: t("Risk"),
        Who5Band.NOT_AT_RISK: t("Not at risk"),
    }[band]


BAND_RANGES = {Who5Band.HIGH_RISK: "0–35", Who5Band.RISK: "36–50", Who5Band.NOT_AT_RISK: "51–100"}


def goal_status_label(status: GoalStatus) -> str:
    return {
        GoalStatus.REACHED: t("Reached"),
        GoalStatus.ACTIVE: t("Active"),
        GoalStatus.DROPPED: t("Dropped"),
    }[status]


def employment_label(status: EmploymentStatus) -> str:
    return {
        EmploymentStatus.EMPLOYED: t("employed"),
        EmploymentStatus.IN_EDUCATION: t("in education"),
        EmploymentStatus.UNEMPLOYMENT_BENEFIT: t("unemployment benefit (dagpenge)"),
        EmploymentStatus.KONTANTHJAELP: t("cash benefit (kontanthjælp)"),
        EmploymentStatus.UDDANNELSESHJAELP: t("education benefit (uddannelseshjælp)"),
        EmploymentStatus.INTEGRATIONSYDELSE: t("integration benefit (integrationsydelse)"),
        EmploymentStatus.SYGEDAGPENGE: t("sickness benefit (sygedagpenge)"),
        EmploymentStatus.LEDIGHEDSYDELSE: t("flex-job waiting benefit (ledighedsydelse)"),
        EmploymentStatus.RESSOURCEFORLOEB: t("resource programme (ressourceforløb)"),
        EmploymentStatus.JOBAFKLARINGSFORLOEB: t(
            "job clarification programme (jobafklaringsforløb)"
        ),
        EmploymentStatus.REVALIDERING: t("rehabilitation (revalidering)"),
        EmploymentStatus.FLEKSJOB: t("flex job (fleksjob)"),
        EmploymentStatus.FOERTIDSPENSION: t("disability pension (førtidspension)"),
        EmploymentStatus.SU: t("student grant (SU)"),
        EmploymentStatus.OTHER: t("other"),
    }[status]


# -- the definitions every report states ----------------------------------------------


def self_support_definition_text(definition: SelfSupportDefinition) -> str:
    """Which statuses counted, named one by one, and the two settings in words."""
    statuses = ", ".join(employment_label(s) for s in definition.self_supporting_statuses())
    su = (
        t("SU counts as self-supporting")
        if definition.su_counts
        else t("SU does not count as self-supporting")
    )
    fleksjob = (
        t("fleksjob counts as self-supporting")
        if definition.fleksjob_counts
        else t("fleksjob does not count as self-supporting")
    )
    return t(
        "Self-supporting means receiving no public benefit. Counted as self-supporting: "
        "{statuses}. Every other status counts as not self-supporting. Setting in use: "
        "{su}; {fleksjob}."
    ).format(statuses=statuses, su=su, fleksjob=fleksjob)


def selection_text(chosen: bool, families: str) -> str:
    """Which families: all or a chosen set, by count only (never names or ids)."""
    if chosen:
        return t("A chosen set of {count} families.").format(count=families)
    return t("All families in the vault: {count} (demo families are left out).").format(
        count=families
    )


def confidential_text() -> str:
    return t("Confidential — contains personal data")


def page_text(page: int, pages: int) -> str:
    return t("Page {page} of {pages}").format(page=page, pages=pages)
