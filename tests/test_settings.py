"""The settings file: defaults, round trip, tolerance of bad content, atomic write."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ftbt_desktop.core.measures import SelfSupportDefinition
from ftbt_desktop.settings import Settings, load_settings, save_settings, settings_path


def test_defaults_when_there_is_no_file(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "nothing-here")
    assert settings == Settings(language="auto", auto_lock_minutes=5)


def test_round_trip_creates_the_data_folder(tmp_path: Path) -> None:
    data_dir = tmp_path / "new" / "data"
    save_settings(data_dir, Settings(language="da", auto_lock_minutes=15))
    assert load_settings(data_dir) == Settings(language="da", auto_lock_minutes=15)
    assert json.loads(settings_path(data_dir).read_text()) == {
        "auto_lock_minutes": 15,
        "language": "da",
        "su_counts_self_supporting": True,
        "fleksjob_counts_self_supporting": False,
        "supervisor_review": False,
    }


def test_only_known_keys_are_written(tmp_path: Path) -> None:
    settings_path(tmp_path).write_text(json.dumps({"language": "en", "last_family": "Jensen"}))
    settings = load_settings(tmp_path)
    save_settings(tmp_path, settings)
    text = settings_path(tmp_path).read_text()
    assert "Jensen" not in text
    assert json.loads(text) == {
        "auto_lock_minutes": 5,
        "language": "en",
        "su_counts_self_supporting": True,
        "fleksjob_counts_self_supporting": False,
        "supervisor_review": False,
    }


@pytest.mark.parametrize("content", ["", "{not json", "[1, 2]", "null", '"da"', "\xff\xfe"])
def test_unreadable_file_gives_defaults(tmp_path: Path, content: str) -> None:
    settings_path(tmp_path).write_bytes(content.encode("latin-1"))
    assert load_settings(tmp_path) == Settings()


def test_one_bad_value_keeps_the_other(tmp_path: Path) -> None:
    settings_path(tmp_path).write_text(json.dumps({"language": "sv", "auto_lock_minutes": 30}))
    assert load_settings(tmp_path) == Settings(language="auto", auto_lock_minutes=30)
    settings_path(tmp_path).write_text(json.dumps({"language": "en", "auto_lock_minutes": 0}))
    assert load_settings(tmp_path) == Settings(language="en", auto_lock_minutes=5)
    settings_path(tmp_path).write_text(json.dumps({"language": "en", "auto_lock_minutes": "10"}))
    assert load_settings(tmp_path) == Settings(language="en", auto_lock_minutes=5)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"language": "de"},
        {"auto_lock_minutes": 0},
        {"auto_lock_minutes": 121},
        {"auto_lock_minutes": True},
        {"auto_lock_minutes": 2.5},
    ],
)
def test_invalid_values_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        Settings(**kwargs)  # type: ignore[arg-type]


def test_limits_are_accepted() -> None:
    assert Settings(auto_lock_minutes=1).auto_lock_minutes == 1
    assert Settings(auto_lock_minutes=120).auto_lock_minutes == 120


def test_write_is_atomic_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    save_settings(tmp_path, Settings(language="en"))
    save_settings(tmp_path, Settings(language="da"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]
    assert load_settings(tmp_path).language == "da"


def test_self_support_settings_round_trip_and_give_the_definition(tmp_path: Path) -> None:
    assert Settings().self_support_definition() == SelfSupportDefinition(
        su_counts=True, fleksjob_counts=False
    )
    chosen = Settings(su_counts_self_supporting=False, fleksjob_counts_self_supporting=True)
    save_settings(tmp_path, chosen)
    loaded = load_settings(tmp_path)
    assert loaded == chosen
    assert loaded.self_support_definition() == SelfSupportDefinition(
        su_counts=False, fleksjob_counts=True
    )
    # A value that is not true/false falls back to its default alone.
    settings_path(tmp_path).write_text(
        json.dumps({"su_counts_self_supporting": "no", "fleksjob_counts_self_supporting": True})
    )
    assert load_settings(tmp_path) == Settings(fleksjob_counts_self_supporting=True)


def test_supervisor_review_setting_round_trips_and_a_bad_value_falls_back(tmp_path: Path) -> None:
    save_settings(tmp_path, Settings(supervisor_review=True))
    assert load_settings(tmp_path).supervisor_review is True
    settings_path(tmp_path).write_text(json.dumps({"supervisor_review": "yes"}))
    assert load_settings(tmp_path).supervisor_review is False


def test_the_municipality_sets_defaults_the_user_can_still_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """IT puts defaults.json beside the installation: a municipality that reports to the
    foundation makes the evaluation's strict definition the default (issue 18)."""
    defaults = tmp_path / "defaults.json"
    defaults.write_text(
        json.dumps({"su_counts_self_supporting": False, "auto_lock_minutes": 500}),
        encoding="utf-8",
    )
    monkeypatch.setenv("FTBT_DEFAULTS", str(defaults))
    data_dir = tmp_path / "data"
    loaded = load_settings(data_dir)
    assert loaded.self_support_definition() == SelfSupportDefinition(
        su_counts=False, fleksjob_counts=False
    )
    assert loaded.auto_lock_minutes == 5  # an invalid default is not used; the rest is
    save_settings(data_dir, Settings(su_counts_self_supporting=True))
    assert load_settings(data_dir).su_counts_self_supporting  # the user's own choice wins
    defaults.write_text("{not json", encoding="utf-8")
    assert load_settings(tmp_path / "other") == Settings()
