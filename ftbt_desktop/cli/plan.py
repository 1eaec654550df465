"""`ftbt-desktop export --format pdf --audience family|supervisor --family ID -o FILE`.

The family plan PDF from the command line: the same content, map and layout
as the app's "Export family plan…", and the same entry in the export audit
trail. Painting needs a GUI application object (the map is a graphics
scene); without a display it uses Qt's "offscreen" platform, so the command
works on a server or over SSH. Messages are in the "cli" context and never
name the family.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ftbt_desktop.cli.errors import CommandFailed, no_such_family
from ftbt_desktop.cli.exit_codes import ExitCode
from ftbt_desktop.cli.files import refuse_inside_data_dir
from ftbt_desktop.cli.messages import personal_data_warning
from ftbt_desktop.cli.output import say
from ftbt_desktop.cli.vault_access import open_vault
from ftbt_desktop.export.plan_content import PlanAudience
from ftbt_desktop.storage.errors import NotFound

PLATFORM_ENV = "QT_QPA_PLATFORM"


def wants_gui(argv: Sequence[str]) -> bool:
    """Whether the command line asks for a PDF export (which paints, so needs a GUI app)."""
    args = list(argv)
    if "export" not in args:
        return False
    for index, arg in enumerate(args):
        if arg == "--format" and index + 1 < len(args) and args[index + 1] == "pdf":
            return True
        if arg == "--format=pdf":
            return True
    return False


def start_gui_app() -> QCoreApplication:
    """A QApplication for painting; "offscreen" when there is no display to use.

    An explicit QT_QPA_PLATFORM is respected. Created before the command's
    translators are installed, which then go on this application.
    """
    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    if not os.environ.get(PLATFORM_ENV) and _no_display():
        os.environ[PLATFORM_ENV] = "offscreen"
    from PySide6.QtWidgets import QApplication

    return QApplication(["ftbt-desktop"])


def _no_display() -> bool:
    if not sys.platform.startswith("linux"):
        return False  # Windows and macOS always have their own platform
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def cmd_export_pdf(args: argparse.Namespace, data_dir: Path) -> int:
    # Here, not at the top: map_export loads QtWidgets, which the other commands
    # (check, export --format json, import) must not (tests/test_cli.py).
    from ftbt_desktop.export.family_plan import write_family_plan
    from ftbt_desktop.export.map_export import ExportFailed
    from ftbt_desktop.export.plan_content import gather_plan
    from ftbt_desktop.export.plan_map import plan_map_content
    from ftbt_desktop.storage.audit import KIND_PLAN_PDF, record_export
    from ftbt_desktop.storage.repository import Repository

    if not args.family:
        raise CommandFailed(
            ExitCode.USAGE,
            QCoreApplication.translate(
                "cli", "A family plan is made for one family: give --family ID."
            ),
        )
    if args.output == "-":
        raise CommandFailed(
            ExitCode.USAGE,
            QCoreApplication.translate(
                "cli", "A PDF cannot go to standard output: give a file name with -o FILE."
            ),
        )
    target = Path(args.output).expanduser()
    refuse_inside_data_dir(target, data_dir)
    audience = PlanAudience(args.audience)
    vault = open_vault(data_dir)
    try:
        repo = Repository(vault)
        try:
            content = gather_plan(repo, args.family, audience)
        except NotFound:
            raise no_such_family(args.family) from None
        map_content = plan_map_content(repo, args.family)
        try:
            pages = write_family_plan(content, map_content, target)
        except ExportFailed:
            raise CommandFailed(
                ExitCode.FILE_ERROR,
                QCoreApplication.translate(
                    "cli", "Cannot write {path}. Nothing was written."
                ).format(path=target),
            ) from None
        try:
            record_export(repo, KIND_PLAN_PDF, "pdf", [args.family], audience.value)
        except BaseException:
            target.unlink(missing_ok=True)  # not logged, not kept
            raise
    finally:
        vault.close(backup=False)
    say(
        QCoreApplication.translate(
            "cli", "Family plan written ({audience}). Pages: {pages}. File: {path}"
        ).format(audience=audience_word(audience), pages=pages, path=target)
    )
    say(personal_data_warning())
    return ExitCode.OK


def audience_word(audience: PlanAudience) -> str:
    if audience is PlanAudience.FAMILY:
        return QCoreApplication.translate("cli", "the family's version")
    return QCoreApplication.translate("cli", "the supervisor's version")
