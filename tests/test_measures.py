from __future__ import annotations

import pytest

from ftbt_desktop.core.measures import (
    EmploymentStatus,
    MissingAnswers,
    SelfSupportDefinition,
    Who5Band,
    meaningful_change,
    who5_band,
    who5_score,
)


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (0, Who5Band.HIGH_RISK),
        (35, Who5Band.HIGH_RISK),
        (36, Who5Band.RISK),
        (50, Who5Band.RISK),
        (51, Who5Band.NOT_AT_RISK),
        (100, Who5Band.NOT_AT_RISK),
    ],
)
def test_band_edges(score: int, band: Who5Band) -> None:
    assert who5_band(score) is band


@pytest.mark.parametrize("raw", range(26))
def test_every_raw_sum_scores_and_bands_as_designed(raw: int) -> None:
    answers = [min(5, max(0, raw - 5 * i)) for i in range(5)]
    assert sum(answers) == raw
    score = who5_score(answers)
    assert score == raw * 4
    expected = (
        Who5Band.HIGH_RISK if raw <= 8 else Who5Band.RISK if raw <= 12 else Who5Band.NOT_AT_RISK
    )
    assert who5_band(score) is expected


@pytest.mark.parametrize(
    ("answers", "missing"),
    [
        ([5, None, 3, 2, 1], [1]),
        ([None] * 5, [0, 1, 2, 3, 4]),
        ([1, 2, 6, 2, -1], [2, 4]),
        ([1, 2], [2, 3, 4]),
    ],
)
def test_unanswered_items_are_named(answers: list, missing: list[int]) -> None:
    with pytest.raises(MissingAnswers) as caught:
        who5_score(answers)
    assert caught.value.items == missing


def test_out_of_range_score_is_refused() -> None:
    with pytest.raises(ValueError):
        who5_band(101)


@pytest.mark.parametrize(
    ("before", "after", "meaningful"),
    [(40, 48, False), (40, 50, True), (52, 40, True), (44, 36, False), (0, 100, True)],
)
def test_meaningful_change_is_ten_points_either_way(
    before: int, after: int, meaningful: bool
) -> None:
    assert meaningful_change(before, after) is meaningful


@pytest.mark.parametrize("su_counts", [True, False])
@pytest.mark.parametrize("fleksjob_counts", [True, False])
def test_self_supporting_under_both_settings(su_counts: bool, fleksjob_counts: bool) -> None:
    rule = SelfSupportDefinition(su_counts=su_counts, fleksjob_counts=fleksjob_counts)
    assert rule.counts(EmploymentStatus.SU) is su_counts
    assert rule.counts("fleksjob") is fleksjob_counts
    assert rule.counts(EmploymentStatus.EMPLOYED) and rule.counts(EmploymentStatus.IN_EDUCATION)
    for benefit in (
        "kontanthjaelp",
        "sygedagpenge",
        "foertidspension",
        "unemployment_benefit",
        "other",
    ):
        assert not rule.counts(benefit)
    listed = set(rule.self_supporting_statuses())
    assert (EmploymentStatus.SU in listed) is su_counts
    assert (EmploymentStatus.FLEKSJOB in listed) is fleksjob_counts


def test_default_definition_follows_danmarks_statistik() -> None:
    rule = SelfSupportDefinition()
    assert rule.counts("su") and not rule.counts("fleksjob")
