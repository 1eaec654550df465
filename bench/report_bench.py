"""Outcome report benchmark: the figures and the PDF over a programme-sized cohort.

Run with `make bench`, or `python bench/report_bench.py [--quick] [--dir DIR]`.
It is a report, not a test: it prints PASS/FAIL per target (NOT JUDGED for timings
in a --quick run, see bench/verdicts.py) and always exits 0.

The cohort (synthetic, no real data) is written into a real encrypted vault
through `Repository.write`, one transaction per family, then the vault is
closed and opened again, so the report reads from disk as it would in use:
100 families with 150 adults and 180 children, followed for 3 years — WHO-5
every 3 months and a work/education status every 6 months per adult, each
parent's rating of each child every 6 months, leisure activities, civil-
society connections, 4 goals per family with a progress rating every 2 months.

Timed, first run on the fresh vault and best of 3:
- figures: `load_cohort` + `core.outcomes.compute` (target < 2 s);
- PDF: the figures in words + the A4 PDF painted in memory (target < 5 s);
and, once, the whole export (`export_outcome_report`: figures, PDF, CSV,
files written, audit entries). `--quick` uses 10 families for a smoke run.
The vault uses Argon2id at OWASP's minimum: unlocking is not measured here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from verdicts import verdict  # noqa: E402

from ftbt_desktop.cli.report import start_gui_app  # noqa: E402
from ftbt_desktop.core.outcomes import compute  # noqa: E402
from ftbt_desktop.export.cohort import load_cohort  # noqa: E402
from ftbt_desktop.export.outcome_report import ReportRequest, export_outcome_report  # noqa: E402
from ftbt_desktop.export.report_figures import ReportScope, build_content  # noqa: E402
from ftbt_desktop.export.report_pdf import render_pdf  # noqa: E402
from ftbt_desktop.storage import keys  # noqa: E402
from ftbt_desktop.storage.repository import Edit, Repository  # noqa: E402
from ftbt_desktop.storage.vault import Vault  # noqa: E402

PASSPHRASE = "bench passphrase: nothing personal here"
FIGURES_TARGET_S = 2.0
PDF_TARGET_S = 5.0
YEARS = 3
STATUSES = ("employed", "in_education", "kontanthjaelp", "sygedagpenge", "su", "fleksjob")


class FamilyWriter:
    """The edits of one family, written in one transaction."""

    def __init__(self, family_id: str) -> None:
        self.family_id = family_id
        self.edits: list[Edit] = []

    def add(self, entity_type: str, **fields: Any) -> str:
        entity_id = self.family_id if entity_type == "family" else str(uuid.uuid4())
        self.edits += [
            Edit(entity_type, entity_id, self.family_id, name, value)
            for name, value in fields.items()
        ]
        return entity_id


def _day(start: dt.date, days: int) -> str:
    return (start + dt.timedelta(days=days)).isoformat()


def _answers(rng: random.Random, trend: float) -> list[int]:
    return [max(0, min(5, round(rng.gauss(2.5 + trend, 1.2)))) for _ in range(5)]


def build_cohort(repo: Repository, families: int, seed: int = 6) -> tuple[int, int, int]:
    """`families` families with 1.5 adults and 1.8 children each on average."""
    rng = random.Random(seed)
    adults = children = 0
    for i in range(families):
        start = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(120))
        writer = FamilyWriter(str(uuid.uuid4()))
        writer.add("family", name=f"Benchfamilie {i}", status="active", start=start.isoformat())
        roles = ["parent", "partner"] if i % 2 == 0 else ["parent"]
        kids = 1 if i % 5 == 0 else 2
        parents = [
            writer.add("member", name=f"Voksen {i}-{n}", role=role, birth_year=1985)
            for n, role in enumerate(roles)
        ]
        kid_ids = [
            writer.add("member", name=f"Barn {i}-{n}", role="child", birth_year=2014 + n)
            for n in range(kids)
        ]
        adults += len(parents)
        children += len(kid_ids)
        for parent in parents:
            trend = rng.uniform(-0.05, 0.1)
            for q in range(YEARS * 4 + 1):
                writer.add(
                    "who5_measure",
                    member_id=parent,
                    date=_day(start, 91 * q),
                    answers=_answers(rng, trend * q - 0.5),
                )
            for h in range(YEARS * 2 + 1):
                writer.add(
                    "employment_record",
                    member_id=parent,
                    date=_day(start, 182 * h),
                    status=rng.choice(STATUSES),
                )
            for kid in kid_ids:
                for h in range(1, YEARS * 2 + 1):
                    writer.add(
                        "thriving_rating",
                        parent_id=parent,
                        child_id=kid,
                        date=_day(start, 182 * h),
                        thriving=rng.choice(("better", "better", "same", "worse")),
                    )
        for kid in kid_ids:
            for n in range(rng.randrange(0, 3)):
                writer.add(
                    "leisure_activity",
                    child_id=kid,
                    what=f"Aktivitet {n}",
                    start=_day(start, rng.randrange(0, 700)),
                )
        for n in range(rng.randrange(0, 4)):
            writer.add(
                "civil_society_connection",
                kind=rng.choice(("association", "volunteer", "network_group")),
                name=f"Forening {n}",
                start=_day(start, rng.randrange(0, 900)),
            )
        for g in range(4):
            goal = writer.add(
                "goal",
                text=f"Mål {g}",
                status=rng.choice(("active", "reached", "reached", "dropped")),
            )
            for m in range(YEARS * 6):
                writer.add(
                    "progress_rating",
                    goal_id=goal,
                    date=_day(start, 61 * m),
                    value=min(10, max(0, 2 + m // 3 + rng.randrange(-1, 2))),
                )
        repo.write(writer.edits)
    return families, adults, children


def timed(fn: Callable[[], Any], runs: int) -> tuple[float, float, Any]:
    """(first run, best run) in seconds, and the last result."""
    times = []
    result = None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return times[0], min(times), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a small smoke run (seconds)")
    parser.add_argument("--dir", type=Path, help="parent folder for the temporary vault")
    args = parser.parse_args(argv)
    families = 10 if args.quick else 100
    runs = 3
    _app = start_gui_app()  # the PDF's fonts need a QGuiApplication (offscreen if no display)

    print(f"FTBT outcome report benchmark{' (quick run)' if args.quick else ''}")
    with tempfile.TemporaryDirectory(prefix="ftbt-report-bench-", dir=args.dir) as tmp:
        data_dir = Path(tmp) / "vault"
        vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
        started = time.perf_counter()
        try:
            counted = build_cohort(Repository(vault), families)
            changes = Repository(vault).change_count()
        finally:
            vault.close(backup=False)
        setup_s = time.perf_counter() - started
        print(
            f"cohort: {counted[0]} families, {counted[1]} adults, {counted[2]} children, "
            f"{YEARS} years of measures; {changes:,} changes written in {setup_s:.1f} s\n"
        )
        vault = Vault.open(data_dir, PASSPHRASE)
        try:
            repo = Repository(vault)
            first, best, report = timed(lambda: compute(load_cohort(repo)), runs)
            print(
                f"figures (load_cohort + compute), {report.families} families: first "
                f"{first:.2f} s, best of {runs} {best:.2f} s  target < {FIGURES_TARGET_S:.0f} s "
                f"{verdict(max(first, best) < FIGURES_TARGET_S)}"
            )
            scope = ReportScope(None, None, False, dt.date.today())
            first, best, (pdf, pages) = timed(
                lambda: render_pdf(build_content(report, scope)), runs
            )
            print(
                f"PDF (figures in words + A4 PDF painted in memory), {pages} pages, "
                f"{len(pdf) / 1024:.0f} KB: first {first:.2f} s, best of {runs} {best:.2f} s  "
                f"target < {PDF_TARGET_S:.0f} s {verdict(max(first, best) < PDF_TARGET_S)}"
            )
            out = Path(tmp) / "out"
            out.mkdir()
            request = ReportRequest(out / "report.pdf", out / "report.csv")
            started = time.perf_counter()
            result = export_outcome_report(repo, request)
            whole = time.perf_counter() - started
            parts = ", ".join(f"{k} {v:.2f} s" for k, v in result.seconds.items())
            print(f"whole export (figures, PDF, CSV, files, audit): {whole:.2f} s ({parts})")
        finally:
            vault.close(backup=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
