"""The outcome report's pages as PNG for docs/outcome-report.md, from a synthetic cohort.

    python tools/report_pages.py [--out docs/screenshots] [--dpi 60]

Builds the test suite's synthetic cohort (tests/report_cohort.py: twelve invented
families, every figure counted by hand) in a throw-away vault, writes the report in
Danish as the app does, and turns each page into `report-page-N.png` with poppler's
`pdftoppm` (Debian: `apt-get install poppler-utils`). Nothing in it is a real person.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from report_cohort import build_cohort  # noqa: E402

from ftbt_desktop.export.outcome_report import ReportRequest, export_outcome_report  # noqa: E402
from ftbt_desktop.storage import keys  # noqa: E402
from ftbt_desktop.storage.repository import Repository  # noqa: E402
from ftbt_desktop.storage.vault import Vault  # noqa: E402
from ftbt_desktop.words.translations import install_translators  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--dpi", type=int, default=60)
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        print("report_pages: needs pdftoppm (poppler-utils)", file=sys.stderr)
        return 1
    app = QApplication([])
    install_translators(app, "da")
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    with tempfile.TemporaryDirectory(prefix="ftbt-report-pages-") as tmp_name:
        tmp = Path(tmp_name)
        vault, _ = Vault.create(
            tmp / "data", "korrekt hest batteri hæfteklamme", keys.minimum_params()
        )
        try:
            repo = Repository(vault)
            build_cohort(repo)
            pdf = tmp / "report.pdf"
            export_outcome_report(repo, ReportRequest(pdf), today=dt.date(2025, 10, 1))
        finally:
            vault.close(backup=False)
        args.out.mkdir(parents=True, exist_ok=True)
        for old in args.out.glob("report-page-*.png"):
            old.unlink()
        subprocess.run(
            ["pdftoppm", "-r", str(args.dpi), "-png", str(pdf), str(args.out / "report-page")],
            check=True,
        )
    for page in sorted(args.out.glob("report-page-*.png")):
        print(page.relative_to(ROOT) if page.is_relative_to(ROOT) else page)
    return 0


if __name__ == "__main__":
    sys.exit(main())
