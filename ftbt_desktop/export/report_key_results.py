"""The report's key results: a few plain sentences before the details.

A manager or the city council reads these first: one sentence per outcome
area, each with the figure, what it rests on (n) and the period. They are
written from the figures as printed, so a hidden value stays hidden here too:
a sentence whose figure is "<5", "*" or missing says so in words instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ftbt_desktop.core.disclosure import HIDDEN, SMALL
from ftbt_desktop.export.report_figures import Figure, ReportContent
from ftbt_desktop.export.report_words import NOTHING

_UNSHOWN = (SMALL, HIDDEN, NOTHING, "")


def _shown(*values: str) -> bool:
    return all(value not in _UNSHOWN for value in values)


def _too_few(area: str) -> str:
    return QCoreApplication.translate(
        "KeyResults", "{area}: too few people to show a figure (fewer than 5), or none recorded."
    ).format(area=area)


def key_results(content: ReportContent) -> list[str]:
    """One sentence per outcome area (the goals with the casework's), after a first that
    says which families and period."""
    fig = {f.key: f for f in content.figures()}
    out = [
        QCoreApplication.translate("KeyResults", "{families} families, period {period}.").format(
            families=fig["families"].value, period=content.period
        )
    ]
    measured, into = fig["who5.measured"], fig["who5.into_not_at_risk"]
    if measured.value == "0":
        out.append(
            QCoreApplication.translate(
                "KeyResults", "Wellbeing (WHO-5): no adult has two measures in the period."
            )
        )
    elif _shown(measured.value, into.value):
        out.append(
            QCoreApplication.translate(
                "KeyResults",
                "Wellbeing (WHO-5): of {n} adults with two measures, {share} moved from risk "
                "of depression or stress into not at risk.",
            ).format(n=measured.value, share=into.value)
        )
    else:
        out.append(_too_few(QCoreApplication.translate("KeyResults", "Wellbeing (WHO-5)")))
    first, latest, change = (fig[f"self_supporting.{k}"] for k in ("first", "latest", "change_pp"))
    if _shown(first.value, latest.value, change.value, first.n):
        sentence = QCoreApplication.translate(
            "KeyResults",
            "Work and education: of {n} parents, {first} were self-supporting at their first "
            "status and {latest} at their latest ({change} percentage points).",
        ).format(n=first.n, first=first.value, latest=latest.value, change=change.value)
        strict = fig.get("self_supporting.strict.first"), fig.get("self_supporting.strict.latest")
        if strict[0] and strict[1] and _shown(strict[0].value, strict[1].value):
            sentence += " " + QCoreApplication.translate(
                "KeyResults", "By the evaluation's strict definition: {first} and {latest}."
            ).format(first=strict[0].value, latest=strict[1].value)
        out.append(sentence)
    else:
        out.append(_too_few(QCoreApplication.translate("KeyResults", "Work and education")))
    thriving = fig["thriving.better"]
    if _shown(thriving.value, thriving.n):
        out.append(
            QCoreApplication.translate(
                "KeyResults",
                "Children's thriving: {share} of {n} parents who rated it saw at least one "
                "child thriving better.",
            ).format(share=thriving.value, n=thriving.n)
        )
    else:
        out.append(_too_few(QCoreApplication.translate("KeyResults", "Children's thriving")))
    start, end = fig["leisure.start"], fig["leisure.latest"]
    if _shown(end.value, end.n):
        out.append(
            QCoreApplication.translate(
                "KeyResults",
                "Leisure: {latest} of {n} children had a leisure activity at the latest "
                "(at the start: {start}).",
            ).format(latest=end.value, n=end.n, start=start.value)
        )
    else:
        out.append(_too_few(QCoreApplication.translate("KeyResults", "Leisure")))
    start, end = fig["civil_society.start"], fig["civil_society.latest"]
    if _shown(end.value, end.n):
        out.append(
            QCoreApplication.translate(
                "KeyResults",
                "Civil society: {latest} of {n} families had a connection at the latest "
                "(at the start: {start}).",
            ).format(latest=end.value, n=end.n, start=start.value)
        )
    else:
        out.append(_too_few(QCoreApplication.translate("KeyResults", "Civil society")))
    out.append(_casework(fig))
    return out


def _casework(fig: dict[str, Figure]) -> str:
    """Cross-department casework, with the goals of the families' plans."""
    two, done = fig["casework.families_two_actors"], fig["casework.actor_steps_done"]
    if fig["casework.actors"].value == "0" and done.n == "0":
        sentence = QCoreApplication.translate(
            "KeyResults", "Cross-department casework: no actors were recorded in the plans."
        )
    elif _shown(two.value, two.n):
        sentence = QCoreApplication.translate(
            "KeyResults",
            "Cross-department casework: {two} of {n} families had at least two actors in "
            "their plan.",
        ).format(two=two.value, n=two.n)
        if _shown(done.value, done.n):
            sentence += " " + QCoreApplication.translate(
                "KeyResults", "{done} of {steps} steps owned by an actor were done."
            ).format(done=done.value, steps=done.n)
    else:
        sentence = _too_few(QCoreApplication.translate("KeyResults", "Cross-department casework"))
    reached = fig["goals.reached"]
    if reached.n == "0":
        goals = QCoreApplication.translate("KeyResults", "No goals were recorded in the period.")
    elif _shown(reached.value, reached.n):
        goals = QCoreApplication.translate(
            "KeyResults", "Of {n} goals in the families' plans, {reached} were reached."
        ).format(reached=reached.value, n=reached.n)
    else:
        goals = QCoreApplication.translate(
            "KeyResults", "Too few goals were reached to show the number (fewer than 5)."
        )
    return f"{sentence} {goals}"
