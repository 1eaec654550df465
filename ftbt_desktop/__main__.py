"""`ftbt-desktop`: the app, and a few sub-commands for scripting and support.

Without a sub-command the GUI starts. The sub-commands (the `cli/` package:
`demo`, `check`, `export`, `import`, …) need only QtCore, for the translated
messages (`report` paints a PDF and so starts a QGuiApplication, offscreen
without a display); the GUI's widgets are imported only when the GUI is
started. Documented in docs/command-line.md, exit codes included.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from ftbt_desktop import __version__
from ftbt_desktop.paths import default_data_dir
from ftbt_desktop.std_streams import ensure_std_streams

HELP_FLAGS = ("-h", "--help", "--version")


class UsageError(Exception):
    """A command line argparse cannot make sense of."""

    def __init__(self, usage: str, message: str) -> None:
        super().__init__(message)
        self.usage = usage


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(self.format_usage(), message)


def main(argv: Sequence[str] | None = None) -> int:
    # Before anything can print: a windowed executable has no stdout or stderr.
    ensure_std_streams()
    argv = list(sys.argv[1:] if argv is None else argv)
    pre = Parser(add_help=False)
    pre.add_argument("--data-dir")
    try:
        known, rest = pre.parse_known_args(argv)
    except UsageError:
        # `--data-dir` with no folder: the command line's own parser says so, in the
        # user's language, and ends with the usage code (argparse's own 2 reads as a
        # wrong passphrase here).
        return run_command(argv, default_data_dir())
    if known.data_dir is not None and not known.data_dir.strip():
        # `--data-dir=` (a script's empty variable) is no folder: never the default one.
        return run_command(argv, default_data_dir())
    data_dir = Path(known.data_dir).expanduser() if known.data_dir else default_data_dir()
    if not rest or (rest[0].startswith("-") and rest[0] not in HELP_FLAGS):
        # Anything else starting with "-" is left to Qt (-platform, -style …).
        from ftbt_desktop.ui.app import run_gui

        return run_gui(data_dir, [sys.argv[0] if sys.argv else "ftbt-desktop", *rest])
    return run_command(argv, data_dir)


def run_command(argv: list[str], data_dir: Path) -> int:
    from ftbt_desktop.cli import dispatch
    from ftbt_desktop.cli.exit_codes import ExitCode
    from ftbt_desktop.cli.output import say_error

    _app = dispatch.start_app(argv, data_dir)  # kept alive while the command runs
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        sys.stderr.write(exc.usage)
        say_error(str(exc))
        # Not argparse's own 2, which would read as "wrong passphrase".
        return ExitCode.USAGE
    except SystemExit as exc:  # --help and --version exit through argparse
        return int(exc.code or 0)
    if args.command is None:
        parser.print_usage(sys.stderr)
        return ExitCode.USAGE
    return dispatch.run(args.command, args, data_dir)


def argparse_words() -> dict[str, str]:
    """argparse's own words (headings, -h, its error messages), translated.

    argparse looks its words up through its module's `_` (gettext), so putting
    this table there makes `--help` and usage errors speak the app's language.
    Each source is argparse's msgid for Python 3.11+; one that a later Python
    words differently simply stays English.
    """
    from PySide6.QtCore import QCoreApplication

    return {
        "usage: ": QCoreApplication.translate("cli", "usage: "),
        "positional arguments": QCoreApplication.translate("cli", "positional arguments"),
        "options": QCoreApplication.translate("cli", "options"),
        "show this help message and exit": QCoreApplication.translate(
            "cli", "show this help message and exit"
        ),
        "the following arguments are required: %s": QCoreApplication.translate(
            "cli", "the following arguments are required: %s"
        ),
        "unrecognized arguments: %s": QCoreApplication.translate(
            "cli", "unrecognized arguments: %s"
        ),
        "argument %(argument_name)s: %(message)s": QCoreApplication.translate(
            "cli", "argument %(argument_name)s: %(message)s"
        ),
        "invalid choice: %(value)r (choose from %(choices)s)": QCoreApplication.translate(
            "cli", "invalid choice: %(value)r (choose from %(choices)s)"
        ),
        "expected one argument": QCoreApplication.translate("cli", "expected one argument"),
        "ambiguous option: %(option)s could match %(matches)s": QCoreApplication.translate(
            "cli", "ambiguous option: %(option)s could match %(matches)s"
        ),
    }


def _folder(text: str) -> str:
    """`--data-dir`'s value: a folder, never nothing (which would be the default one)."""
    if not text.strip():
        from PySide6.QtCore import QCoreApplication

        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("cli", "a folder is needed, not an empty text")
        )
    return text


def build_parser() -> Parser:
    from PySide6.QtCore import QCoreApplication

    from ftbt_desktop.cli import dispatch

    words = argparse_words()
    argparse._ = lambda text: words.get(text, text)  # type: ignore[attr-defined]
    data_dir_help = QCoreApplication.translate(
        "cli",
        "the folder holding the vault (default: {path})",
    ).format(path=default_data_dir())
    parser = Parser(
        prog="ftbt-desktop",
        description=QCoreApplication.translate(
            "cli",
            "FTBT Desktop. Without a command the app starts; the commands below are for "
            "scripts and support. The passphrase is asked for, or read from the "
            "environment variable FTBT_PASSPHRASE.",
        ),
    )
    folder = QCoreApplication.translate("cli", "DIR")
    parser.add_argument("--data-dir", metavar=folder, type=_folder, help=data_dir_help)
    parser.add_argument(
        "--version",
        action="version",
        version=f"FTBT Desktop {__version__}",
        help=QCoreApplication.translate("cli", "show the version and exit"),
    )
    # Sub-commands take --data-dir too (`ftbt-desktop check --data-dir DIR`);
    # SUPPRESS keeps an absent one from hiding the global one.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir", metavar=folder, type=_folder, default=argparse.SUPPRESS, help=data_dir_help
    )
    sub = parser.add_subparsers(
        dest="command", metavar=QCoreApplication.translate("cli", "COMMAND"), parser_class=Parser
    )
    dispatch.add_parsers(sub, common)
    return parser


if __name__ == "__main__":
    sys.exit(main())
