"""`ftbt-desktop report`: the programme's outcome report as PDF (and CSV) from a script.

Painting a PDF needs a QGuiApplication (fonts), which must exist before the
command line's QCoreApplication would be made: `__main__` calls
`start_gui_app` first when the command is `report`. Without a display it
runs on Qt's "offscreen" platform; QT_QPA_PLATFORM, when set, is respected.
Exit codes are those of `cli.commands.ExitCode` (docs/command-line.md). Only
QtCore is imported at the top, so that the parser costs the other commands
nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ftbt_desktop.settings import load_settings
from ftbt_desktop.storage.errors import NotFound
from ftbt_desktop.storage.repository import Repository

COMMAND = "report"


def wants_gui(argv: Sequence[str]) -> bool:
    """Whether the command line runs `report` (--data-dir may come anywhere)."""
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--data-dir")
    _, rest = pre.parse_known_args(list(argv))
    return bool(rest) and rest[0] == COMMAND


def start_gui_app() -> QCoreApplication:
    """A QGuiApplication that needs no screen: offscreen when there is no display."""
    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    if not os.environ.get("QT_QPA_PLATFORM") and not _has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication(["ftbt-desktop"])


def _has_display() -> bool:
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True  # Windows and macOS always have their own platform


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """The sub-command, for `__main__.build_parser`."""
    report = sub.add_parser(
        COMMAND,
        parents=[common],
        help=QCoreApplication.translate(
            "cli", "write the outcome report over all families (or chosen ones) as PDF and CSV"
        ),
        description=QCoreApplication.translate(
            "cli",
            "The programme's outcome report: an A4 PDF with charts and, with --csv, the "
            "figures as CSV for Excel, over every family but the demo ones or those given "
            "with --family. --from and --to limit it to a period. Counts under 5 are shown as "
            "“<5”; the files hold no names and no ids, but they are personal data: keep them "
            "in the encrypted folder your municipality prescribes.",
        ),
    )
    report.add_argument(
        "--from",
        dest="start",
        metavar=QCoreApplication.translate("cli", "DATE"),
        help=QCoreApplication.translate(
            "cli", "first day of the period (YYYY-MM-DD or DD.MM.YYYY; default: no limit)"
        ),
    )
    report.add_argument(
        "--to",
        dest="end",
        metavar=QCoreApplication.translate("cli", "DATE"),
        help=QCoreApplication.translate(
            "cli", "last day of the period (YYYY-MM-DD or DD.MM.YYYY; default: no limit)"
        ),
    )
    report.add_argument(
        "--family",
        metavar="ID",
        nargs="+",
        action="extend",
        help=QCoreApplication.translate(
            "cli", "only these families (default: all but the demo families)"
        ),
    )
    report.add_argument(
        "-o",
        "--output",
        metavar=QCoreApplication.translate("cli", "FILE"),
        required=True,
        help=QCoreApplication.translate("cli", "the PDF file to write"),
    )
    report.add_argument(
        "--csv",
        metavar=QCoreApplication.translate("cli", "FILE"),
        help=QCoreApplication.translate("cli", "also write the figures as CSV (for Excel)"),
    )


def cmd_report(args: argparse.Namespace, data_dir: Path) -> int:
    # Here, not at the top: the other commands must not load QtGui (see __main__).
    from ftbt_desktop.cli.commands import CommandFailed, ExitCode, no_such_family, open_vault, say
    from ftbt_desktop.export.outcome_report import (
        ReportRequest,
        ReportWriteFailed,
        export_outcome_report,
        inside_folder,
    )

    start = _date_arg(args.start, "--from")
    end = _date_arg(args.end, "--to")
    if start and end and start > end:
        raise CommandFailed(
            ExitCode.USAGE,
            QCoreApplication.translate("cli", "The period ends ({end}) before it starts.").format(
                end=args.end
            ),
        )
    pdf = Path(args.output).expanduser()
    csv = Path(args.csv).expanduser() if args.csv else None
    if args.output == "-" or args.csv == "-":
        raise CommandFailed(
            ExitCode.USAGE,
            QCoreApplication.translate(
                "cli", "The report is written to files: give file names, not '-'."
            ),
        )
    if csv is not None and csv.resolve() == pdf.resolve():
        raise CommandFailed(
            ExitCode.USAGE,
            QCoreApplication.translate("cli", "The PDF and the CSV need two different files."),
        )
    for target in (pdf, csv):
        if target is not None and inside_folder(target, data_dir):
            raise CommandFailed(
                ExitCode.FILE_ERROR,
                QCoreApplication.translate(
                    "cli",
                    "Write the report outside the data folder {path}: everything in it stays "
                    "encrypted.",
                ).format(path=data_dir),
            )
    definition = load_settings(data_dir).self_support_definition()
    vault = open_vault(data_dir)
    try:
        repo = Repository(vault)
        family_ids = tuple(dict.fromkeys(args.family)) if args.family else None
        for family_id in family_ids or ():
            try:
                repo.family(family_id)
            except NotFound:
                raise no_such_family(family_id) from None
        request = ReportRequest(pdf, csv, start, end, family_ids, definition)
        try:
            result = export_outcome_report(repo, request)
        except ReportWriteFailed as exc:
            raise CommandFailed(
                ExitCode.FILE_ERROR,
                QCoreApplication.translate(
                    "cli", "Cannot write {path}: {reason}. Nothing was written."
                ).format(path=exc.path, reason=exc.reason),
            ) from None
    finally:
        vault.close(backup=False)
    written = QCoreApplication.translate(
        "cli", "Outcome report written. Families: {families}. PDF: {pdf}. Pages: {pages}."
    ).format(families=len(result.family_ids), pdf=pdf, pages=result.pages)
    if csv is not None:
        written += " " + QCoreApplication.translate("cli", "CSV: {csv}.").format(csv=csv)
    say(written)
    say(
        QCoreApplication.translate(
            "cli",
            "The files hold personal data about the families. Keep them in the encrypted "
            "folder your municipality prescribes, and delete them when no longer needed. "
            "The export is noted in the vault's audit trail.",
        )
    )
    return ExitCode.OK


def _date_arg(text: str | None, option: str) -> dt.date | None:
    from ftbt_desktop.cli.commands import CommandFailed, ExitCode

    if not text:
        return None
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise CommandFailed(
        ExitCode.USAGE,
        QCoreApplication.translate(
            "cli", "{option} needs a date like 2025-01-31 or 31.01.2025, not '{text}'."
        ).format(option=option, text=text),
    )
