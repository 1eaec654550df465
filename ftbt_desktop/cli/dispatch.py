"""Running a sub-command: its application object, its parser, and its handler.

The only module of the package that knows every command; none of them imports
it. A command runs holding the data folder's lock, from before the passphrase
is asked for to the end, so neither the app nor another command can work on
the vault meanwhile; every failure ends in one sentence and an exit code
(`errors.reported`).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ftbt_desktop.cli import check, demo, export, import_, plan, rekey, report, sync
from ftbt_desktop.cli.errors import reported
from ftbt_desktop.cli.vault_access import hold_folder

Handler = Callable[[argparse.Namespace, Path], int]

HANDLERS: dict[str, Handler] = {
    "demo": demo.cmd_demo,
    "check": check.cmd_check,
    "export": export.cmd_export,
    "import": import_.cmd_import,
    "login": sync.cmd_login,
    "sync": sync.cmd_sync,
    "report": report.cmd_report,
    "rekey": rekey.cmd_rekey,
}


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """Every sub-command's parser, in the order `--help` lists them."""
    demo.add_parser(sub, common)
    check.add_parser(sub, common)
    export.add_parser(sub, common)
    import_.add_parser(sub, common)
    sync.add_parsers(sub, common)
    report.add_parser(sub, common)
    rekey.add_parser(sub, common)


def start_app(argv: Sequence[str], data_dir: Path) -> QCoreApplication:
    """The application object the command line needs, with its translators.

    A QCoreApplication, unless the command paints: the family plan draws its map
    (a graphics scene), the report a PDF (fonts need a QGuiApplication). Either
    must exist before the QCoreApplication would be made.
    """
    if plan.wants_gui(argv):
        plan.start_gui_app()
    elif report.wants_gui(argv):
        report.start_gui_app()
    return start_core_app(data_dir)


def start_core_app(data_dir: Path) -> QCoreApplication:
    """A QCoreApplication with the translators for the data folder's language setting."""
    from ftbt_desktop.settings import load_settings
    from ftbt_desktop.words.translations import install_translators

    app = QCoreApplication.instance() or QCoreApplication(["ftbt-desktop"])
    install_translators(app, load_settings(data_dir).language)
    return app


def run(command: str, args: argparse.Namespace, data_dir: Path) -> int:
    """The command's exit code; a failure is said in one sentence on standard error."""
    handler = HANDLERS[command]

    def locked() -> int:
        with hold_folder(command, data_dir):
            return handler(args, data_dir)

    return reported(locked, data_dir)
