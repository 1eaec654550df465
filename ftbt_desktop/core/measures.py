"""Measures over time: WHO-5 wellbeing, work and education status, children's thriving.

WHO-5 (World Health Organization – Five Well-Being Index, free to use; Danish
version from Psykiatrisk Center Nordsjælland): five items answered 0–5, score
= raw sum × 4 (0–100, in steps of 4). Danish bands: 0–35 high risk of
depression or stress, 36–50 risk, 51–100 not at risk. A change of 10 points
is clinically meaningful.

Self-supporting ("selvforsørgende") means receiving no public benefit. Two
choices differ between sources, so they are settings and every report states
the definition it used; the defaults follow Danmarks Statistik's headline
count: SU counts as self-supporting, fleksjob does not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

WHO5_ITEMS = ("cheerful", "calm", "active", "rested", "interested")
WHO5_MIN_ANSWER = 0
WHO5_MAX_ANSWER = 5
MEANINGFUL_CHANGE = 10


class Who5Band(StrEnum):
    HIGH_RISK = "high_risk"
    RISK = "risk"
    NOT_AT_RISK = "not_at_risk"


class MissingAnswers(ValueError):
    """Some WHO-5 items are unanswered (or out of range); `items` are their 0-based indices."""

    def __init__(self, items: list[int]) -> None:
        super().__init__(f"unanswered WHO-5 items: {items}")
        self.items = items


def who5_score(answers: Sequence[int | None]) -> int:
    if len(answers) != len(WHO5_ITEMS):
        raise MissingAnswers(list(range(len(answers), len(WHO5_ITEMS))))
    missing = [
        i
        for i, a in enumerate(answers)
        if a is None
        or isinstance(a, bool)
        or not isinstance(a, int)
        or not WHO5_MIN_ANSWER <= a <= WHO5_MAX_ANSWER
    ]
    if missing:
        raise MissingAnswers(missing)
    return sum(a for a in answers if a is not None) * 4


def who5_band(score: int) -> Who5Band:
    if not 0 <= score <= 100:
        raise ValueError("WHO-5 score must be between 0 and 100")
    if score <= 35:
        return Who5Band.HIGH_RISK
    if score <= 50:
        return Who5Band.RISK
    return Who5Band.NOT_AT_RISK


def meaningful_change(previous: int, current: int) -> bool:
    return abs(current - previous) >= MEANINGFUL_CHANGE


class EmploymentStatus(StrEnum):
    """Danmarks Statistik's categories of attachment to work, education and benefits."""

    EMPLOYED = "employed"
    IN_EDUCATION = "in_education"
    UNEMPLOYMENT_BENEFIT = "unemployment_benefit"
    KONTANTHJAELP = "kontanthjaelp"
    UDDANNELSESHJAELP = "uddannelseshjaelp"
    INTEGRATIONSYDELSE = "integrationsydelse"
    SYGEDAGPENGE = "sygedagpenge"
    LEDIGHEDSYDELSE = "ledighedsydelse"
    RESSOURCEFORLOEB = "ressourceforloeb"
    JOBAFKLARINGSFORLOEB = "jobafklaringsforloeb"
    REVALIDERING = "revalidering"
    FLEKSJOB = "fleksjob"
    FOERTIDSPENSION = "foertidspension"
    SU = "su"
    OTHER = "other"


ALWAYS_SELF_SUPPORTING = frozenset({EmploymentStatus.EMPLOYED, EmploymentStatus.IN_EDUCATION})


@dataclass(frozen=True, slots=True)
class SelfSupportDefinition:
    su_counts: bool = True
    fleksjob_counts: bool = False

    def counts(self, status: EmploymentStatus | str) -> bool:
        status = EmploymentStatus(status)
        if status in ALWAYS_SELF_SUPPORTING:
            return True
        if status is EmploymentStatus.SU:
            return self.su_counts
        if status is EmploymentStatus.FLEKSJOB:
            return self.fleksjob_counts
        # Every other category is a public benefit; "other" is counted as not
        # self-supporting so that an unknown status never inflates the share.
        return False

    def self_supporting_statuses(self) -> list[EmploymentStatus]:
        return [s for s in EmploymentStatus if self.counts(s)]


class Thriving(StrEnum):
    """A parent's view of a child's thriving compared with before."""

    BETTER = "better"
    SAME = "same"
    WORSE = "worse"
