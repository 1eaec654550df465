"""`ftbt-desktop login` and `ftbt-desktop sync`, for support staff and scheduled syncs.

The vault's passphrase comes from FTBT_PASSPHRASE or a prompt (as for the
other commands), the server password from FTBT_PASSWORD or a prompt. Exit
codes are documented in docs/sync.md; 0 means this vault and the central
server hold the same changes.
"""

from __future__ import annotations

import argparse
import getpass
import os
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.sync.client import MAX_PULL
from ftbt_desktop.sync.engine import SyncEngine, SyncReport, default_device_name
from ftbt_desktop.sync.errors import (
    BadServerAddress,
    ClockWrong,
    IncompatibleServer,
    InsecureServer,
    NotSignedIn,
    ServerRejected,
    ServerUnreachable,
    SyncError,
    Unauthorized,
    UserDisabled,
    WrongPassword,
)
from ftbt_desktop.words.sync import (
    error_text,
    held_text,
    purged_text,
    rejection_text,
    rolled_back_text,
)

PASSWORD_ENV = "FTBT_PASSWORD"


class SyncExit(IntEnum):
    IN_SYNC = 0
    REFUSED_CHANGES = 10  # the sync ran, but the server refused some changes
    SIGN_IN_NEEDED = 11  # not signed in, sign-in expired or revoked
    WRONG_PASSWORD = 12  # login: wrong username or password, or account disabled
    OFFLINE = 13  # server unreachable or in trouble: try again later
    CLOCK_WRONG = 14
    INCOMPATIBLE = 15  # server too old or too new for this client
    BAD_ADDRESS = 16  # not an address, or plain http:// to another computer
    REQUEST_REFUSED = 17  # the server refused a request as a whole


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """The two sub-commands, for `__main__.build_parser`."""
    login = sub.add_parser(
        "login",
        parents=[common],
        help=QCoreApplication.translate(
            "cli",
            "sign this vault in to the central server (password from FTBT_PASSWORD or a prompt)",
        ),
    )
    login.add_argument(
        "--server",
        metavar="URL",
        required=True,
        help=QCoreApplication.translate("cli", "the central server's address"),
    )
    login.add_argument(
        "--user",
        metavar="NAME",
        required=True,
        help=QCoreApplication.translate("cli", "your username"),
    )
    login.add_argument(
        "--device",
        metavar="NAME",
        default="",
        help=QCoreApplication.translate(
            "cli", "this computer's name as the server's audit log shows it"
        ),
    )
    sub.add_parser(
        "sync",
        parents=[common],
        help=QCoreApplication.translate(
            "cli", "send and fetch changes; exit 0 when this vault is in sync"
        ),
    )


def cmd_login(args: argparse.Namespace, data_dir: Path) -> int:
    from ftbt_desktop.cli.commands import open_vault

    vault = open_vault(data_dir)
    try:
        engine = SyncEngine(Repository(vault))
        password = read_password()
        try:
            account = engine.login(args.server, args.user, password, args.device)
        except SyncError as exc:
            return _failed(exc)
        print(
            QCoreApplication.translate(
                "cli", "Signed in to {server} as {user} ({role}). Device: {device}."
            ).format(
                server=account.server_url,
                user=account.username,
                role=account.role or "-",
                device=account.device_name or default_device_name(),
            ),
            flush=True,
        )
        return SyncExit.IN_SYNC
    finally:
        vault.close(backup=False)


def cmd_sync(args: argparse.Namespace, data_dir: Path) -> int:
    from ftbt_desktop.cli.commands import open_vault

    vault = open_vault(data_dir)
    try:
        # No window waits for the vault here: the largest pages, the fastest sync.
        engine = SyncEngine(Repository(vault), pull_page=MAX_PULL)
        try:
            report = engine.sync()
        except ClockWrong as exc:
            if isinstance(exc.report, SyncReport):
                print_report(exc.report)
            return _failed(exc)
        except SyncError as exc:
            return _failed(exc)
        print_report(report)
        if report.rejected or report.held:
            from ftbt_desktop.cli.commands import say_error

            for rejection in report.rejected:
                say_error(rejection_text(rejection))
            # Every time, not once: a scheduled sync's log must keep saying it. By id,
            # never by name (that log is outside the vault).
            for held in report.held:
                say_error(f"{held_text('', len(held.refused))} ({held.family_id})")
            return SyncExit.REFUSED_CHANGES
        return SyncExit.IN_SYNC
    finally:
        vault.close(backup=True)


def print_report(report: SyncReport) -> None:
    print(
        QCoreApplication.translate(
            "cli", "Pushed: {pushed}. Pulled: {pulled}. Conflicts: {conflicts}."
        ).format(pushed=report.pushed, pulled=report.pulled, conflicts=report.open_conflicts),
        flush=True,
    )
    if report.rolled_back:
        print(rolled_back_text(), flush=True)
    for family in report.purged:
        # Scheduled syncs write this to log files: the id, never the family's name.
        print(f"{purged_text('', family.sent)} ({family.family_id})", flush=True)
    if report.open_conflicts:
        print(
            QCoreApplication.translate(
                "cli", "Open FTBT Desktop to decide the conflicts: both values are kept until then."
            ),
            flush=True,
        )


def read_password() -> str:
    value = os.environ.get(PASSWORD_ENV)
    if value:
        return value
    try:
        return getpass.getpass(QCoreApplication.translate("cli", "Server password: "))
    except EOFError:
        return ""


def exit_code(error: SyncError) -> SyncExit:
    if isinstance(error, WrongPassword | UserDisabled):
        return SyncExit.WRONG_PASSWORD
    if isinstance(error, NotSignedIn | Unauthorized):
        return SyncExit.SIGN_IN_NEEDED
    if isinstance(error, ServerUnreachable):
        return SyncExit.OFFLINE
    if isinstance(error, ClockWrong):
        return SyncExit.CLOCK_WRONG
    if isinstance(error, IncompatibleServer):
        return SyncExit.INCOMPATIBLE
    if isinstance(error, InsecureServer | BadServerAddress):
        return SyncExit.BAD_ADDRESS
    if isinstance(error, ServerRejected):
        return SyncExit.REQUEST_REFUSED
    return SyncExit.REQUEST_REFUSED


def _failed(error: SyncError) -> int:
    from ftbt_desktop.cli.commands import say_error

    say_error(error_text(error))
    return exit_code(error)
