"""Smoke test of a built desktop bundle: run its executables, not the source tree.

    python tools/bundle_smoke.py dist/FTBTDesktop

Each step runs an executable of the bundle from a temporary folder, with an
environment that cannot reach the source tree (no PYTHONPATH, no virtual
environment) and a throwaway data folder: `demo`, `check`, `export --format
pdf`, `report`, Danish and English output by the locale, and an offscreen
start of the windowed executable that must reach the unlock page
(ftbt_desktop/ui/first_paint.py). Prints the bundle size and the start time;
exits non-zero on any failure. Needs only the standard library, so it runs
with any Python 3.11+ (the Windows workflow included).
"""

from __future__ import annotations

import json
import marshal
import os
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path

GUI_NAME = "FTBTDesktop"
CONSOLE_NAME = "ftbt-desktop"
PASSPHRASE = "bundle-smoke-passphrase-7"
TIMEOUT_S = 180
# What the bundle must not hold: the central store and its dependencies.
SERVER_PARTS = ("ftbt_server", "fastapi", "uvicorn", "sqlalchemy", "alembic", "psycopg")
# `--help` under a Danish and an English locale (resources/translations/ftbt_da.ts).
DANISH_HELP = "vis versionen og afslut"
ENGLISH_HELP = "show the version and exit"
DANISH_CHECK = "Boksen er hel"
MISSING_TRANSLATION = "not found; run `make translations`"
# ftbt_desktop/sync/pull_helper.py HELPER_ARG (not imported: the smoke test runs the bundle only).
PULL_HELPER_ARG = "--ftbt-pull-helper"


class SmokeFailure(Exception):
    pass


def executable(bundle: Path, name: str) -> Path:
    path = bundle / (name + ".exe" if os.name == "nt" else name)
    if not path.is_file():
        raise SmokeFailure(f"{path} is missing")
    return path


def clean_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The caller's environment without anything that could import the source tree."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP"}
        and not key.startswith(("FTBT_", "LC_", "LANG"))
    }
    env.update({"QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", "FTBT_PASSPHRASE": PASSPHRASE})
    env.update(extra or {})
    return env


def run(
    exe: Path, args: list[str], cwd: Path, env: Mapping[str, str], step: str
) -> subprocess.CompletedProcess[str]:
    started = time.monotonic()
    result = subprocess.run(
        [str(exe), *args],
        cwd=cwd,
        env=dict(env),
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=TIMEOUT_S,
        stdin=subprocess.DEVNULL,
    )
    elapsed = time.monotonic() - started
    status = "ok" if result.returncode == 0 else f"FAILED (exit {result.returncode})"
    print(f"{step:<34} {status:<8} {elapsed:6.2f} s", flush=True)
    if result.returncode != 0:
        # The command's own words: a smoke vault holds only invented demo families.
        raise SmokeFailure(f"{step}: exit {result.returncode}\n{result.stdout}\n{result.stderr}")
    if MISSING_TRANSLATION in result.stderr:
        raise SmokeFailure(f"{step}: a translation file is missing:\n{result.stderr}")
    return result


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


def folder_size(folder: Path) -> int:
    # Symlinks (PyInstaller links shared libraries on Linux and macOS) count once.
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def check_contents(bundle: Path) -> None:
    internal = bundle / "_internal"
    for relative in (
        "ftbt_desktop/i18n/ftbt_da.qm",
        "ftbt_desktop/i18n/ftbt_en.qm",
        "PySide6/Qt/translations/qtbase_da.qm",
    ):
        expect((internal / relative).is_file(), f"{relative} is not in the bundle")
    server = sorted(
        str(path.relative_to(bundle))
        for path in bundle.rglob("*")
        if path.name.lower().startswith(SERVER_PARTS)
    )
    expect(not server, f"the bundle holds server parts: {server[:5]}")
    print(f"{'contents (translations, no server)':<34} ok", flush=True)


def with_language(folder: Path, language: str) -> Path:
    """A data folder whose settings choose `language` (settings.json, ftbt_desktop/settings.py)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "settings.json").write_text(json.dumps({"language": language}), encoding="utf-8")
    return folder


def languages(cli: Path, data: Path, cwd: Path) -> None:
    """Danish and English from the bundle's .qm files, by the setting and by the locale."""
    env = clean_env()
    for language, words in (("da", DANISH_HELP), ("en", ENGLISH_HELP)):
        folder = with_language(cwd / f"language-{language}", language)
        shown = run(
            cli, ["--help", "--data-dir", str(folder)], cwd, env, f"--help (setting {language})"
        )
        expect(words in shown.stdout, f"--help is not in {language} when the setting says so")
    if os.name != "nt":
        # Qt reads the locale from LANG and LC_* on Linux and macOS only; Windows has
        # its own settings, so there the language setting above stands for both.
        for language, locale, words in (
            ("da", "da_DK.UTF-8", DANISH_HELP),
            ("en", "en_GB.UTF-8", ENGLISH_HELP),
        ):
            localised = clean_env({"LANG": locale, "LC_ALL": locale})
            shown = run(cli, ["--help"], cwd, localised, f"--help (locale {locale})")
            expect(words in shown.stdout, f"--help is not in {language} under {locale}")
    # The setting wins over an English locale (which Qt reads on Linux and macOS).
    with_language(data, "da")
    english = clean_env({"LANG": "en_GB.UTF-8", "LC_ALL": "en_GB.UTF-8"})
    answer = run(cli, ["check", "--data-dir", str(data)], cwd, english, "check (setting da)")
    expect(DANISH_CHECK in answer.stdout, "check does not answer in Danish")


def first_page(gui: Path, data_dir: Path, cwd: Path) -> tuple[str, float]:
    """The page the windowed executable first paints, and the seconds until it exits."""
    report = cwd / "first-paint.txt"
    env = clean_env({"FTBT_FIRST_PAINT_REPORT": str(report)})
    started = time.monotonic()
    run(gui, ["--data-dir", str(data_dir)], cwd, env, "GUI start (offscreen)")
    seconds = time.monotonic() - started
    expect(report.is_file(), "the GUI quit without reporting its first page")
    return report.read_text(encoding="utf-8").strip(), seconds


def pull_helper_starts(gui: Path, cwd: Path) -> None:
    """The windowed executable given the pull helper's argument runs the helper
    (sync/pull_helper.py), which says it is ready on its output, and not the app."""
    started = time.monotonic()
    helper = subprocess.Popen(
        [str(gui), PULL_HELPER_ARG],
        cwd=cwd,
        env=clean_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert helper.stdin is not None and helper.stdout is not None
        head = helper.stdout.read(4)
        size = struct.unpack("<I", head)[0] if len(head) == 4 else 0
        said = marshal.loads(helper.stdout.read(size)) if size else None
        helper.stdin.close()  # the sync gone: the helper ends
        code = helper.wait(timeout=TIMEOUT_S)
    finally:
        if helper.poll() is None:
            helper.kill()
    print(f"{'pull helper starts':<34} {'ok' if code == 0 else 'FAILED':<8} "
          f"{time.monotonic() - started:6.2f} s", flush=True)  # fmt: skip
    expect(said == ("ready",) and code == 0, f"the pull helper said {said!r}, exit {code}")


def smoke(bundle: Path) -> float:
    gui = executable(bundle, GUI_NAME)
    cli = executable(bundle, CONSOLE_NAME)
    check_contents(bundle)
    with tempfile.TemporaryDirectory(prefix="ftbt-bundle-smoke-") as tmp:
        cwd = Path(tmp)
        data = cwd / "data"
        env = clean_env()
        version = run(cli, ["--version"], cwd, env, "--version").stdout.strip()
        expect(version.startswith("FTBT Desktop "), f"unexpected version line {version!r}")
        run(cli, ["demo", "--data-dir", str(data)], cwd, env, "demo")
        run(cli, ["check", "--data-dir", str(data)], cwd, env, "check")
        export = cwd / "export.json"
        run(cli, ["export", "--data-dir", str(data), "-o", str(export)], cwd, env, "export (json)")
        family = json.loads(export.read_text(encoding="utf-8"))["families"][0]["id"]
        export.unlink()
        plan = cwd / "plan.pdf"
        run(
            cli,
            ["export", "--data-dir", str(data), "--format", "pdf", "--family", family, "-o", str(plan)],
            cwd,
            env,
            "export --format pdf",
        )  # fmt: skip
        expect(plan.read_bytes()[:5] == b"%PDF-", "the plan export is not a PDF")
        report = cwd / "report.pdf"
        run(cli, ["report", "--data-dir", str(data), "-o", str(report)], cwd, env, "report")
        expect(report.read_bytes()[:5] == b"%PDF-", "the report is not a PDF")

        languages(cli, data, cwd)
        pull_helper_starts(gui, cwd)
        page, seconds = first_page(gui, data, cwd)
        expect(page == "UnlockPage", f"the GUI first showed {page!r}, not the unlock page")
        return seconds


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    bundle = Path(args[0]).resolve()
    print(f"bundle: {bundle}")
    print(f"bundle size: {folder_size(bundle) / 1e6:.0f} MB")
    try:
        seconds = smoke(bundle)
    except (SmokeFailure, subprocess.TimeoutExpired, OSError, ValueError, KeyError) as exc:
        print(f"bundle smoke test FAILED: {exc}", file=sys.stderr)
        return 1
    print(f"start time (GUI process start to first paint and exit): {seconds:.2f} s")
    print("bundle smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
