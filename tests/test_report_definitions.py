"""Definitions side by side (issue 18): the chosen self-support definition and the
evaluation's strict one in one table, over the same parents; the strict figures are
hidden when the difference would point out 1–4 parents on SU or in a fleksjob, and
absent when the strict definition is the one chosen."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication
from report_cohort import Cohort, build_cohort

from ftbt_desktop.core.outcomes import STRICT, Share, compute
from ftbt_desktop.export.outcome_report import chosen_ids, gather
from ftbt_desktop.export.report_figures import ReportScope, build_content, strict_values
from ftbt_desktop.storage.repository import Repository

SCOPE = ReportScope(None, None, False, dt.date(2025, 10, 1))


def _figures(report: object) -> dict[str, str]:
    content = build_content(report, SCOPE)  # type: ignore[arg-type]
    return {f.key: f.value for f in content.section("self_support").figures}


@pytest.fixture
def us_numbers(qapp: QGuiApplication) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def test_the_strict_definition_stands_beside_the_chosen_one(
    repo: Repository, us_numbers: None
) -> None:
    cohort: Cohort = build_cohort(repo)
    assert cohort
    data = gather(repo, chosen_ids(repo, None))
    chosen = compute(data)  # SU counts (the app's default)
    assert (chosen.strict_first, chosen.strict_latest) == (Share(7, 18), Share(12, 18))
    # 8 against 7 of 18: the one parent on SU would be found by subtraction.
    shown = _figures(chosen)
    assert shown["self_supporting.first"] == "44 %"
    assert shown["self_supporting.strict.first"] == "*"
    assert shown["self_supporting.strict.change_pp"] == "*"

    # Had the definitions differed by five parents or more, both are printed.
    apart = dataclasses.replace(
        chosen, self_supporting_first=Share(12, 18), strict_latest=Share(8, 18)
    )
    assert strict_values(apart) == ("39 %", "44 %", "+5.6")
    # The strict definition chosen: one row each, no second set.
    strict = compute(data, definition=STRICT)
    assert strict.strict_first is None
    assert not any(".strict." in key for key in _figures(strict))
    assert _figures(strict)["self_supporting.first"] == "39 %"
