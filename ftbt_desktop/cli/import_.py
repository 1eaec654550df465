"""`ftbt-desktop import FILE`: merge the families of a JSON export into the vault.

The file is read twice as a stream, one family at a time (export/json_import.py):
checked before the passphrase is asked for, so a bad file needs no unlocking,
then merged in one transaction, so a failure changes nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ftbt_desktop.cli import messages
from ftbt_desktop.cli.errors import CommandFailed
from ftbt_desktop.cli.exit_codes import ExitCode
from ftbt_desktop.cli.output import say
from ftbt_desktop.cli.vault_access import open_vault
from ftbt_desktop.export.json_export import ImportFormatError
from ftbt_desktop.export.json_import import check_file, import_file
from ftbt_desktop.storage.repository import Repository

COMMAND = "import"


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """The sub-command, for `dispatch.add_parsers`."""
    imp = sub.add_parser(COMMAND, parents=[common], help=messages.import_help())
    imp.add_argument("file", metavar=messages.file_metavar(), help=messages.import_file_help())


def cmd_import(args: argparse.Namespace, data_dir: Path) -> int:
    source = Path(args.file).expanduser()
    try:
        checked = check_file(source)
    except OSError as exc:
        raise CommandFailed(
            ExitCode.BAD_IMPORT, messages.cannot_read(source, exc.strerror or type(exc).__name__)
        ) from None
    except ImportFormatError as exc:
        raise CommandFailed(ExitCode.BAD_IMPORT, messages.import_refused(source, exc)) from None
    vault = open_vault(data_dir)
    try:
        report = import_file(Repository(vault), checked)
    except ImportFormatError as exc:
        raise CommandFailed(ExitCode.BAD_IMPORT, messages.import_refused(source, exc)) from None
    except OSError as exc:
        raise CommandFailed(
            ExitCode.BAD_IMPORT, messages.cannot_read(source, exc.strerror or type(exc).__name__)
        ) from None
    finally:
        vault.close(backup=True)
    say(messages.imported(report.families, report.new, report.known))
    return ExitCode.OK
