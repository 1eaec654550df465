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
from ftbt_desktop.storage.family_teams import note_family_teams  # noqa: E402
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
            cohort = build_cohort(repo)
            pdf = tmp / "report.pdf"
            today = dt.date(2025, 10, 1)
            export_outcome_report(repo, ReportRequest(pdf), today=today)
            # The same cohort's two years side by side, and three invented teams.
            ids = cohort.family_ids
            teams = {f: ("Team Nord",) for f in ids[:6]} | {f: ("Team Syd",) for f in ids[6:]}
            with vault.transaction() as conn:
                note_family_teams(conn, teams)
            compared = tmp / "compared.pdf"
            request = ReportRequest(
                compared,
                start=dt.date(2024, 1, 1),
                end=dt.date(2024, 12, 31),
                compare=(dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
                by_team=True,
            )
            export_outcome_report(repo, request, today=today)
        finally:
            vault.close(backup=False)
        args.out.mkdir(parents=True, exist_ok=True)
        for old in [*args.out.glob("report-page-*.png"), *args.out.glob("report-compared-*.png")]:
            old.unlink()
        subprocess.run(
            ["pdftoppm", "-r", str(args.dpi), "-png", str(pdf), str(args.out / "report-page")],
            check=True,
        )
        first = _page_with(compared, "To perioder sammenlignet")
        subprocess.run(
            ["pdftoppm", "-r", str(args.dpi), "-f", str(first), "-png", str(compared),
             str(args.out / "report-compared")],
            check=True,
        )  # fmt: skip
    for page in sorted(
        [*args.out.glob("report-page-*.png"), *args.out.glob("report-compared-*.png")]
    ):
        print(page.relative_to(ROOT) if page.is_relative_to(ROOT) else page)
    return 0


def _page_with(pdf: Path, words: str) -> int:
    """The number of the first page whose text holds `words` (pdftotext)."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    for number, page in enumerate(text.split("\f"), start=1):
        if words in " ".join(page.split()):
            return number
    raise SystemExit(f"report_pages: no page says {words!r}")


if __name__ == "__main__":
    sys.exit(main())
