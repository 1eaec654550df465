"""`ftbt-desktop report`: the programme's outcome report as PDF (and CSV) from a script.

Painting a PDF needs a QGuiApplication (fonts), which must exist before the
command line's QCoreApplication would be made: `dispatch.start_app` calls
`start_gui_app` first when the command is `report`. Without a display it runs
on Qt's "offscreen" platform; QT_QPA_PLATFORM, when set, is respected. Exit
codes are those of `exit_codes.ExitCode` (docs/command-line.md). Only QtCore
is imported at the top, so that the parser costs the other commands nothing.
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

from ftbt_desktop.cli import messages
from ftbt_desktop.cli.errors import CommandFailed, no_such_family
from ftbt_desktop.cli.exit_codes import ExitCode
from ftbt_desktop.cli.output import say
from ftbt_desktop.cli.vault_access import open_vault
from ftbt_desktop.settings import load_settings
from ftbt_desktop.storage.errors import NotFound
from ftbt_desktop.storage.repository import Repository

COMMAND = "report"


def wants_gui(argv: Sequence[str]) -> bool:
    """Whether the command line runs `report` (--data-dir may come anywhere)."""
    pre = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    pre.add_argument("--data-dir")
    try:
        _, rest = pre.parse_known_args(list(argv))
    except argparse.ArgumentError:
        return False  # `--data-dir` with no folder: the command line's parser says so
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
    """The sub-command, for `dispatch.add_parsers`."""
    report = sub.add_parser(
        COMMAND,
        parents=[common],
        help=messages.report_help(),
        description=messages.report_description(),
    )
    report.add_argument(
        "--from", dest="start", metavar=messages.date_metavar(), help=messages.report_from_help()
    )
    report.add_argument(
        "--to", dest="end", metavar=messages.date_metavar(), help=messages.report_to_help()
    )
    report.add_argument(
        "--family",
        metavar="ID",
        nargs="+",
        action="extend",
        help=messages.report_family_help(),
    )
    report.add_argument(
        "-o",
        "--output",
        metavar=messages.file_metavar(),
        required=True,
        help=messages.report_output_help(),
    )
    report.add_argument("--csv", metavar=messages.file_metavar(), help=messages.report_csv_help())
    report.add_argument("--json", metavar=messages.file_metavar(), help=messages.report_json_help())
    report.add_argument(
        "--compare-from",
        dest="compare_start",
        metavar=messages.date_metavar(),
        help=messages.report_compare_from_help(),
    )
    report.add_argument(
        "--compare-to",
        dest="compare_end",
        metavar=messages.date_metavar(),
        help=messages.report_compare_to_help(),
    )
    report.add_argument("--by-team", action="store_true", help=messages.report_by_team_help())


def cmd_report(args: argparse.Namespace, data_dir: Path) -> int:
    # Here, not at the top: the other commands must not load QtGui (tests/test_cli.py).
    from ftbt_desktop.export.outcome_report import (
        ReportRequest,
        ReportWriteFailed,
        export_outcome_report,
        inside_folder,
    )

    start = _date_arg(args.start, "--from")
    end = _date_arg(args.end, "--to")
    if start and end and start > end:
        raise CommandFailed(ExitCode.USAGE, messages.period_reversed(args.end))
    compare = None
    if args.compare_start or args.compare_end:
        compare = (
            _date_arg(args.compare_start, "--compare-from"),
            _date_arg(args.compare_end, "--compare-to"),
        )
        if compare[0] and compare[1] and compare[0] > compare[1]:
            raise CommandFailed(ExitCode.USAGE, messages.period_reversed(args.compare_end))
    pdf = Path(args.output).expanduser()
    csv = Path(args.csv).expanduser() if args.csv else None
    json_path = Path(args.json).expanduser() if args.json else None
    if "-" in (args.output, args.csv, args.json):
        raise CommandFailed(ExitCode.USAGE, messages.report_not_to_stdout())
    targets = [p.resolve() for p in (pdf, csv, json_path) if p is not None]
    if len(set(targets)) < len(targets):
        raise CommandFailed(ExitCode.USAGE, messages.report_needs_two_files())
    for target in (pdf, csv, json_path):
        if target is not None and inside_folder(target, data_dir):
            raise CommandFailed(ExitCode.FILE_ERROR, messages.report_inside_data_dir(data_dir))
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
        request = ReportRequest(
            pdf, csv, start, end, family_ids, definition, json_path, compare, args.by_team
        )
        try:
            result = export_outcome_report(repo, request)
        except ReportWriteFailed as exc:
            raise CommandFailed(
                ExitCode.FILE_ERROR, messages.cannot_write(exc.path, exc.reason)
            ) from None
    finally:
        vault.close(backup=False)
    say(messages.report_written(len(result.family_ids), pdf, result.pages, csv, json_path))
    say(messages.report_personal_data())
    return ExitCode.OK


def _date_arg(text: str | None, option: str) -> dt.date | None:
    if not text:
        return None
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise CommandFailed(ExitCode.USAGE, messages.bad_date(option, text))
