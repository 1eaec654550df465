"""Running `ftbt-desktop` as a real subprocess, the way scripts and support use it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ftbt_desktop.settings import Settings, save_settings
from ftbt_desktop.storage.folder_lock import LOCK_NAME

PASSPHRASE = "korrekt hest batteri hæfteklamme"
TIMEOUT = 120


def cli_env(passphrase: str | None = PASSPHRASE) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("FTBT_PASSPHRASE", None)
    if passphrase is not None:
        env["FTBT_PASSPHRASE"] = passphrase
    env["FTBT_KDF_PROFILE"] = "owasp-min"
    env["QT_QPA_PLATFORM"] = "offscreen"
    # A UTF-8 locale Qt does not complain about; the language itself comes from settings.
    env["LC_ALL"] = "C.UTF-8"
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("FTBT_DEBUG", None)
    return env


def use_language(data_dir: Path, language: str = "en") -> None:
    """The CLI reads the language from the data folder, as the app does."""
    save_settings(data_dir, Settings(language=language))


def run_cli(
    *args: str | Path,
    passphrase: str | None = PASSPHRASE,
    stdin: str | None = None,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ftbt_desktop", *map(str, args)],
        env=cli_env(passphrase),
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT,
        check=False,
    )


def make_demo_vault(data_dir: Path) -> subprocess.CompletedProcess[str]:
    data_dir.mkdir(parents=True, exist_ok=True)
    use_language(data_dir)
    result = run_cli("demo", "--data-dir", data_dir)
    assert result.returncode == 0, result.stderr
    return result


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes, but the folder's lock file.

    Every command holds the data folder's lock (storage/folder_lock.py) and so
    may make `ftbt.lock`: the operating system's lock, not data, left empty.
    """
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != LOCK_NAME
    }
