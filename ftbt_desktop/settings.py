"""The app's few preferences, in `settings.json` in the data folder.

Only the known keys are ever written, and none of them can hold personal
data: the file sits beside the vault unencrypted. A missing or unreadable
file, or a value out of range, falls back to the default rather than
stopping the app from starting.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import platformdirs

from ftbt_desktop.atomic_files import atomic_write
from ftbt_desktop.core.measures import SelfSupportDefinition

SETTINGS_NAME = "settings.json"
DEFAULTS_NAME = "defaults.json"
DEFAULTS_ENV = "FTBT_DEFAULTS"
KEYS = (
    "language",
    "auto_lock_minutes",
    "su_counts_self_supporting",
    "fleksjob_counts_self_supporting",
    "supervisor_review",
)
LANGUAGES = ("auto", "da", "en")
AUTO_LOCK_DEFAULT = 5
AUTO_LOCK_MIN = 1
AUTO_LOCK_MAX = 120

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Settings:
    language: str = "auto"
    auto_lock_minutes: int = AUTO_LOCK_DEFAULT
    # Whether SU and fleksjob count as self-supporting (DESIGN §2): sources differ,
    # so it is a choice; the defaults follow Danmarks Statistik's headline count.
    su_counts_self_supporting: bool = True
    fleksjob_counts_self_supporting: bool = False
    # "I am a supervisor (read-only review)": the role until the vault signs in to a
    # server, whose role then decides (storage/roles.py).
    supervisor_review: bool = False

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"language must be one of {LANGUAGES}")
        if not isinstance(self.auto_lock_minutes, int) or isinstance(self.auto_lock_minutes, bool):
            raise ValueError("auto_lock_minutes must be a whole number")
        if not AUTO_LOCK_MIN <= self.auto_lock_minutes <= AUTO_LOCK_MAX:
            raise ValueError(f"auto_lock_minutes must be {AUTO_LOCK_MIN}..{AUTO_LOCK_MAX}")
        for name in (
            "su_counts_self_supporting",
            "fleksjob_counts_self_supporting",
            "supervisor_review",
        ):
            if not isinstance(getattr(self, name), bool):
                raise ValueError(f"{name} must be true or false")

    def self_support_definition(self) -> SelfSupportDefinition:
        return SelfSupportDefinition(
            su_counts=self.su_counts_self_supporting,
            fleksjob_counts=self.fleksjob_counts_self_supporting,
        )


def settings_path(data_dir: Path) -> Path:
    return Path(data_dir) / SETTINGS_NAME


def defaults_path() -> Path:
    """The municipality's defaults: FTBT_DEFAULTS, else `defaults.json` in the
    machine-wide configuration folder (C:\\ProgramData\\ftbt-desktop on Windows,
    /etc/xdg/ftbt-desktop on Linux), where IT puts it with the installer."""
    configured = os.environ.get(DEFAULTS_ENV)
    if configured:
        return Path(configured)
    return platformdirs.site_config_path("ftbt-desktop", appauthor=False) / DEFAULTS_NAME


def _read(path: Path, what: str) -> dict[str, Any]:
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        log.warning("%s unreadable; not used", what)
        return {}
    return raw if isinstance(raw, dict) else {}


def _apply(settings: Settings, raw: dict[str, Any], what: str) -> Settings:
    # Each value on its own: one bad value should not reset the others.
    for key in KEYS:
        if key in raw:
            try:
                settings = replace(settings, **{key: raw[key]})
            except (ValueError, TypeError):
                log.warning("%s value %s invalid; not used", what, key)
    return settings


def municipal_defaults() -> Settings:
    """The built-in defaults with the municipality's own on top (for example the
    evaluation's strict self-support definition for a municipality that reports to
    the foundation: {"su_counts_self_supporting": false})."""
    return _apply(Settings(), _read(defaults_path(), "defaults file"), "defaults file")


def load_settings(data_dir: Path) -> Settings:
    """The user's settings; a key they never saved takes the municipality's default."""
    user = _read(settings_path(data_dir), "settings file")
    return _apply(municipal_defaults(), user, "settings")


def save_settings(data_dir: Path, settings: Settings) -> None:
    path = settings_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = json.dumps(asdict(settings), indent=2, sort_keys=True) + "\n"
    atomic_write(path, body.encode("utf-8"))
