"""`ftbt-desktop login` and `ftbt-desktop sync`, for support staff and scheduled syncs.

The vault's passphrase comes from FTBT_PASSPHRASE or a prompt (as for the
other commands), the server password from FTBT_PASSWORD or a prompt. Exit
codes are documented in docs/sync.md; 0 means this vault and the central
server hold the same changes.
"""

from __future__ import annotations

import argparse
import contextlib
import webbrowser
from pathlib import Path
from typing import Any

from ftbt_desktop.cli import messages
from ftbt_desktop.cli.exit_codes import SyncExit
from ftbt_desktop.cli.output import say, say_error
from ftbt_desktop.cli.prompts import read_password
from ftbt_desktop.cli.vault_access import open_vault
from ftbt_desktop.export.wipe_seal import seal_families
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.sync.client import MAX_PULL
from ftbt_desktop.sync.engine import SyncEngine, SyncReport, default_device_name
from ftbt_desktop.sync.errors import (
    BadServerAddress,
    ClockWrong,
    IncompatibleServer,
    InsecureServer,
    LocalPasswordsOff,
    NotSignedIn,
    ServerRejected,
    ServerUnreachable,
    SsoFailed,
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
    sso_done_page,
)


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """The two sub-commands, for `dispatch.add_parsers`."""
    login = sub.add_parser("login", parents=[common], help=messages.login_help())
    login.add_argument("--server", metavar="URL", required=True, help=messages.login_server_help())
    who = login.add_mutually_exclusive_group(required=True)
    who.add_argument("--user", metavar="NAME", help=messages.login_user_help())
    who.add_argument("--sso", action="store_true", help=messages.login_sso_help())
    login.add_argument("--device", metavar="NAME", default="", help=messages.login_device_help())
    sub.add_parser("sync", parents=[common], help=messages.sync_help())


def cmd_login(args: argparse.Namespace, data_dir: Path) -> int:
    vault = open_vault(data_dir)
    try:
        engine = SyncEngine(Repository(vault), sealer=seal_families)
        try:
            if args.sso:
                account = engine.login_sso(args.server, open_browser, sso_done_page(), args.device)
            else:
                password = read_password()
                account = engine.login(args.server, args.user, password, args.device)
        except SyncError as exc:
            return _failed(exc)
        say(
            messages.signed_in(
                account.server_url,
                account.username,
                account.role or "-",
                account.device_name or default_device_name(),
            )
        )
        return SyncExit.IN_SYNC
    finally:
        vault.close(backup=False)


def open_browser(url: str) -> None:
    """The system browser when there is one; the address printed either way, for a
    session where no browser opens (it must be opened on this computer: the answer
    comes back to this computer's 127.0.0.1)."""
    say(messages.open_this_address(url))
    with contextlib.suppress(webbrowser.Error):
        webbrowser.open(url, new=1)


def cmd_sync(args: argparse.Namespace, data_dir: Path) -> int:
    vault = open_vault(data_dir)
    try:
        # No window waits for the vault here: the largest pages, the fastest sync.
        engine = SyncEngine(Repository(vault), pull_page=MAX_PULL, sealer=seal_families)
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
    say(messages.sync_counts(report.pushed, report.pulled, report.open_conflicts))
    if report.rolled_back:
        say(rolled_back_text())
    for family in report.purged:
        # Scheduled syncs write this to log files: the id, never the family's name.
        say(f"{purged_text('', family.sent)} ({family.family_id})")
    if report.open_conflicts:
        say(messages.decide_conflicts())


def exit_code(error: SyncError) -> SyncExit:
    if isinstance(error, WrongPassword | UserDisabled | SsoFailed | LocalPasswordsOff):
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
    say_error(error_text(error))
    return exit_code(error)
