"""The programme's outcome report: figures from the vault, written as PDF and/or CSV.

One function does the whole export for the command line and the app alike:
gather the families' records (`export.cohort`), compute the figures
(`core.outcomes`), put them in words (`report_figures`), paint the PDF and
write the CSV in memory, store each file where the user chose (owner-only,
through a partial file and a rename, so a failed write leaves nothing), and
note each file in the vault's export audit trail with the families' ids.
Needs a QGuiApplication for the PDF (fonts); runs on any one thread.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ftbt_desktop.core.measures import SelfSupportDefinition
from ftbt_desktop.core.outcomes import FamilyData, OutcomeReport, compute
from ftbt_desktop.export.cohort import load_family
from ftbt_desktop.export.report_breakdown import Breakdown, period_breakdown, team_breakdown
from ftbt_desktop.export.report_csv import csv_bytes
from ftbt_desktop.export.report_figures import ReportContent, ReportScope, build_content
from ftbt_desktop.export.report_json import json_bytes
from ftbt_desktop.export.report_pdf import render_pdf
from ftbt_desktop.storage import audit
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.sync_state import SyncState


class ReportStep(StrEnum):
    LOAD = "load"  # done/total: families read
    COMPUTE = "compute"
    PDF = "pdf"  # done/total: pages painted
    CSV = "csv"
    SAVE = "save"  # done/total: files written


Progress = Callable[[ReportStep, int, int], None]


class ReportWriteFailed(Exception):
    """A file could not be written where the user chose; nothing was left there."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True, slots=True)
class ReportRequest:
    pdf_path: Path | None = None
    csv_path: Path | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    family_ids: tuple[str, ...] | None = None  # None: every family but the demo ones
    definition: SelfSupportDefinition = field(default_factory=SelfSupportDefinition)
    json_path: Path | None = None
    # A second period to set beside the first (report_breakdown.py): from, to.
    compare: tuple[dt.date | None, dt.date | None] | None = None
    by_team: bool = False

    def __post_init__(self) -> None:
        if self.pdf_path is None and self.csv_path is None and self.json_path is None:
            raise ValueError("a report needs a PDF, a CSV or a JSON path")
        for start, end in ((self.start, self.end), self.compare or (None, None)):
            if start and end and start > end:
                raise ValueError("the period ends before it starts")


@dataclass(frozen=True, slots=True)
class ReportResult:
    report: OutcomeReport
    content: ReportContent
    family_ids: tuple[str, ...]
    pdf_path: Path | None
    csv_path: Path | None
    pages: int
    audit: tuple[audit.ExportRecord, ...]
    seconds: dict[str, float]  # "figures", "pdf", "csv", "save"


def chosen_ids(repo: Repository, family_ids: Iterable[str] | None) -> tuple[str, ...]:
    """The families a report covers: the chosen ones in order without repeats, or all
    but the demo families."""
    if family_ids is None:
        return tuple(f.id for f in repo.list_families() if not f.is_demo)
    return tuple(dict.fromkeys(family_ids))


def gather(
    repo: Repository, family_ids: Sequence[str], progress: Progress | None = None
) -> list[FamilyData]:
    """Each family's records (NotFound for an id that is not a live family)."""
    cohort = []
    for done, family_id in enumerate(family_ids, start=1):
        cohort.append(load_family(repo, family_id))
        if progress is not None:
            progress(ReportStep.LOAD, done, len(family_ids))
    return cohort


def breakdowns(
    repo: Repository, request: ReportRequest, cohort: Sequence[FamilyData], content: ReportContent
) -> tuple[Breakdown, ...]:
    """The headlines of two periods, and per team, as the request asks."""
    labels = {figure.key: figure.label for figure in content.figures()}
    out = []
    if request.compare is not None:
        first = (request.start, request.end)
        out.append(period_breakdown(cohort, first, request.compare, request.definition, labels))
    if request.by_team:
        teams = SyncState(repo).family_teams()
        out.append(
            team_breakdown(
                cohort,
                teams,
                content.report,
                request.start,
                request.end,
                request.definition,
                labels,
            )
        )
    return tuple(out)


def export_outcome_report(
    repo: Repository,
    request: ReportRequest,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> ReportResult:
    say = progress or (lambda _step, _done, _total: None)
    clock = time.perf_counter()
    ids = chosen_ids(repo, request.family_ids)
    cohort = gather(repo, ids, say)
    say(ReportStep.COMPUTE, 0, 1)
    report = compute(cohort, request.start, request.end, request.definition)
    scope = ReportScope(
        request.start, request.end, request.family_ids is not None, today or dt.date.today()
    )
    content = build_content(report, scope)
    content = replace(content, breakdowns=breakdowns(repo, request, cohort, content))
    seconds = {"figures": time.perf_counter() - clock}
    files: list[tuple[Path, str, bytes]] = []
    pages = 0
    if request.pdf_path is not None:
        clock = time.perf_counter()
        pdf, pages = render_pdf(content, lambda done, total: say(ReportStep.PDF, done, total))
        seconds["pdf"] = time.perf_counter() - clock
        files.append((request.pdf_path, "pdf", pdf))
    if request.csv_path is not None:
        clock = time.perf_counter()
        say(ReportStep.CSV, 0, 1)
        files.append((request.csv_path, "csv", csv_bytes(content)))
        seconds["csv"] = time.perf_counter() - clock
    if request.json_path is not None:
        files.append((request.json_path, "json", json_bytes(content)))
    clock = time.perf_counter()
    records = []
    for done, (path, fmt, data) in enumerate(files, start=1):
        write_private(path, data)
        # Noted as soon as the file exists: a later failure must not hide this one.
        try:
            records.append(audit.record_export(repo, audit.KIND_OUTCOME_REPORT, fmt, ids))
        except BaseException:
            # Personal data must not leave the vault unlogged: no entry, no file.
            path.unlink(missing_ok=True)
            raise
        say(ReportStep.SAVE, done, len(files))
    seconds["save"] = time.perf_counter() - clock
    return ReportResult(
        report=report,
        content=content,
        family_ids=ids,
        pdf_path=request.pdf_path,
        csv_path=request.csv_path,
        pages=pages,
        audit=tuple(records),
        seconds=seconds,
    )


def write_private(path: Path, data: bytes) -> None:
    """Write `data` at `path`, readable by the user only, whole or not at all."""
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise ReportWriteFailed(path, failure_reason(exc)) from None


def failure_reason(exc: OSError) -> str:
    """Why a file could not be written, in the UI's language (the system's own words
    are English whatever the language)."""
    missing = QCoreApplication.translate("OutcomeReport", "the folder does not exist")
    denied = QCoreApplication.translate("OutcomeReport", "no permission to write there")
    full = QCoreApplication.translate("OutcomeReport", "the disk is full")
    reasons = {
        "ENOENT": missing,
        "ENOTDIR": missing,
        "EACCES": denied,
        "EPERM": denied,
        "EROFS": QCoreApplication.translate("OutcomeReport", "the disk is read-only"),
        "ENOSPC": full,
        "EDQUOT": full,  # not on every system: looked up by name
        "EISDIR": QCoreApplication.translate("OutcomeReport", "that is a folder"),
    }
    for name, reason in reasons.items():
        if exc.errno is not None and exc.errno == getattr(errno, name, None):
            return reason
    return exc.strerror or type(exc).__name__


def inside_folder(path: Path, folder: Path) -> bool:
    """Whether `path` would land in `folder` (the data folder holds only encrypted files)."""
    try:
        return Path(path).expanduser().resolve().is_relative_to(Path(folder).resolve())
    except OSError:
        return False
