"""Key results first (issue 18): plain sentences with the headline figures, each with
its n, and the period in dates, before the details; hidden figures stay hidden in
words. The cohort's figures are known (report_cohort.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

from report_cohort import build_cohort
from test_outcome_report import text_of

from ftbt_desktop.core.outcomes import Share, compute
from ftbt_desktop.export.outcome_report import (
    ReportRequest,
    chosen_ids,
    export_outcome_report,
    gather,
)
from ftbt_desktop.export.report_figures import ReportScope, build_content
from ftbt_desktop.export.report_key_results import key_results
from ftbt_desktop.export.report_words import date_text
from ftbt_desktop.storage.repository import Repository

TODAY = dt.date(2025, 10, 1)


def test_the_key_results_state_each_area_with_its_n(
    repo: Repository, english: None, tmp_path: Path
) -> None:
    build_cohort(repo)
    request = ReportRequest(tmp_path / "r.pdf", json_path=tmp_path / "r.json")
    result = export_outcome_report(repo, request, today=TODAY)
    lead, *sentences = key_results(result.content)
    first, last = result.report.recorded
    assert first and last and first < last
    # The period in dates, not "all recorded time" alone.
    assert lead.startswith("12 families, period all recorded time: ")
    assert lead.endswith(f"{date_text(first)} – {date_text(last)}.")
    assert 3 <= len(sentences) <= 6
    assert sentences[0] == (
        "Wellbeing (WHO-5): of 17 adults with two measures, 41 % moved from risk of "
        "depression or stress into not at risk."
    )
    assert sentences[1].startswith(
        "Work and education: of 18 parents, 44 % were self-supporting at their first status "
        "and 72 % at their latest (+27.8 percentage points)."
    )
    assert sentences[2] == (
        "Children's thriving: 62 % of 13 parents who rated it saw at least one child "
        "thriving better."
    )
    assert "42 % of 24 children" in sentences[3] and "(at the start: <5)" in sentences[3]
    assert sentences[5] == (
        "Cross-department casework: 58 % of 12 families had at least two actors in their "
        "plan. 62 % of 13 steps owned by an actor were done. Of 13 goals in the families' "
        "plans, 6 were reached."
    )
    text = text_of(tmp_path / "r.pdf")
    assert "Keyresults" in text and "of17adultswithtwomeasures,41%" in text
    assert text.index("Keyresults") < text.index("Whoiscounted")  # first, then the details
    assert json.loads((tmp_path / "r.json").read_text("utf-8"))["key_results"] == [
        lead,
        *sentences,
    ]


def test_a_hidden_figure_stays_hidden_in_words(repo: Repository, english: None) -> None:
    build_cohort(repo)
    report = compute(gather(repo, chosen_ids(repo, None)))
    # A review counts only within the period: family 5's 2023 review drops out.
    since = compute(gather(repo, chosen_ids(repo, None)), start=dt.date(2024, 1, 1))
    assert (report.families_reviewed, since.families_reviewed) == (Share(6, 12), Share(5, 12))
    few = dataclasses.replace(report, who5_into_not_at_risk=Share(3, 17))
    sentences = key_results(build_content(few, ReportScope(None, None, False, TODAY)))
    assert sentences[1] == (
        "Wellbeing (WHO-5): too few people to show a figure (fewer than 5), or none recorded."
    )
    assert not any("<5 moved" in s for s in sentences)


def test_a_section_with_no_data_says_so_in_words(english: None) -> None:
    content = build_content(compute([]), ReportScope(None, None, False, TODAY))
    casework, goals = content.section("casework"), content.section("goals")
    assert casework.definition.startswith(
        "No actors, actor steps or plan reviews were recorded for these families."
    )
    assert goals.definition.startswith("No goals were recorded in the period.")
    sentences = key_results(content)
    assert sentences[-1] == (
        "Cross-department casework: no actors were recorded in the plans. "
        "No goals were recorded in the period."
    )
