"""The committed .qm files are what the .ts catalogues compile to.

The compiled translations are committed (CONTRIBUTING.md, "Translations") so a
wheel, a bundle or any install from a clone speaks Danish without a build step;
this test is what keeps them honest: a .ts changed without `make translations`
fails here, byte for byte.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = sorted((ROOT / "resources" / "translations").glob("*.ts"))


def lrelease() -> str:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    assert found, "pyside6-lrelease (PySide6) is needed to compile the catalogues"
    return found


def test_every_catalogue_has_a_committed_translation_file() -> None:
    tracked = subprocess.run(
        ["git", "ls-files", "ftbt_desktop/i18n"], cwd=ROOT, capture_output=True, text=True
    ).stdout.split()
    assert {f"ftbt_desktop/i18n/{ts.stem}.qm" for ts in CATALOGUES} <= set(tracked)
    assert {ts.stem for ts in CATALOGUES} == {"ftbt_da", "ftbt_en"}


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: path.stem)
def test_the_committed_translation_file_is_the_compiled_catalogue(
    catalogue: Path, tmp_path: Path
) -> None:
    compiled = tmp_path / f"{catalogue.stem}.qm"
    subprocess.run(
        [lrelease(), "-silent", str(catalogue), "-qm", str(compiled)], check=True, timeout=120
    )
    committed = ROOT / "ftbt_desktop" / "i18n" / f"{catalogue.stem}.qm"
    assert committed.read_bytes() == compiled.read_bytes(), (
        f"{committed.name} is not {catalogue.name} compiled: run `make translations`"
    )
