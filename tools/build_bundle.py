"""Build the one-folder desktop bundle `dist/FTBTDesktop/` with PyInstaller.

    python tools/build_bundle.py

Runs on Linux, macOS and Windows alike (the Windows installer builds on it,
docs/bundle.md). Steps: a throwaway virtual environment in `build/bundle-venv`;
the project installed into it NON-editable (`pip install .`, the desktop
distribution only, no server extra) with PyInstaller; the version files for
the executables; PyInstaller on `packaging/ftbt_desktop.spec`, run outside the
source tree so the installed package is what gets bundled. Prints the size.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import venv
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bundle_meta import ROOT, project_version, version_info_text

VENV = ROOT / "build" / "bundle-venv"
WORK = ROOT / "build" / "bundle-work"
DIST = ROOT / "dist"
SPEC = ROOT / "packaging" / "ftbt_desktop.spec"
BUNDLE_NAME = "FTBTDesktop"
PYINSTALLER = "pyinstaller>=6.10,<7"
EXECUTABLES = ("FTBTDesktop", "ftbt-desktop")


def venv_python(root: Path) -> Path:
    return root / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def folder_size(folder: Path) -> int:
    # Symlinks (PyInstaller links shared libraries on Linux and macOS) count once.
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def run(command: list[str | Path], cwd: Path) -> None:
    print("+", " ".join(str(part) for part in command), flush=True)
    subprocess.run([str(part) for part in command], cwd=cwd, check=True)


def write_version_files(version: str) -> None:
    WORK.mkdir(parents=True, exist_ok=True)
    suffix = ".exe" if os.name == "nt" else ""
    for name in EXECUTABLES:
        text = version_info_text(version, internal_name=name, file_name=name + suffix)
        (WORK / f"version-{name}.txt").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--fresh", action="store_true", help="make the build venv anew, not reuse it"
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    if args.fresh or not venv_python(VENV).exists():
        print(f"creating {VENV}", flush=True)
        venv.EnvBuilder(clear=True, with_pip=True).create(VENV)
    python = venv_python(VENV)
    # setuptools builds in build/lib and never empties it: a module deleted from the
    # checkout would still be copied into the wheel, and so into the bundle.
    shutil.rmtree(ROOT / "build" / "lib", ignore_errors=True)
    # Dependencies first, then the project itself reinstalled from this checkout:
    # pip would otherwise keep an older build of the same version number.
    run([python, "-m", "pip", "install", "--quiet", "--upgrade", "pip"], ROOT.parent)
    run([python, "-m", "pip", "install", "--quiet", ROOT, PYINSTALLER], ROOT.parent)
    run(
        [python, "-m", "pip", "install", "--quiet", "--force-reinstall", "--no-deps", ROOT],
        ROOT.parent,
    )
    write_version_files(project_version())
    env_cwd = WORK  # not the source tree: `python -m` would put it on sys.path
    run(
        [
            python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", DIST, "--workpath", WORK / "pyinstaller", SPEC,
        ],
        env_cwd,
    )  # fmt: skip
    bundle = DIST / BUNDLE_NAME
    size = folder_size(bundle)
    print(f"bundle: {bundle}")
    print(f"bundle size: {size / 1e6:.0f} MB ({size} bytes)")
    print(f"build time: {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
