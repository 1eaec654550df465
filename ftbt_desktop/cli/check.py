"""`ftbt-desktop check`: is the vault whole? Exit 0 when every part checks out.

A damaged or missing key file is told at once, without asking for a passphrase
it could not use.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ftbt_desktop.cli import messages
from ftbt_desktop.cli.exit_codes import ExitCode
from ftbt_desktop.cli.output import say
from ftbt_desktop.cli.prompts import read_passphrase
from ftbt_desktop.cli.vault_access import require_vault
from ftbt_desktop.storage import keys
from ftbt_desktop.storage.errors import FOREIGN_KEY_DETAIL, ForeignKeyFile, VaultDamaged
from ftbt_desktop.storage.vault import VaultPaths, check_file

COMMAND = "check"


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """The sub-command, for `dispatch.add_parsers`."""
    sub.add_parser(COMMAND, parents=[common], help=messages.check_help())


def cmd_check(args: argparse.Namespace, data_dir: Path) -> int:
    require_vault(data_dir)
    header = VaultPaths(data_dir).header
    try:
        keys.read_header(header)
    except FileNotFoundError:
        raise VaultDamaged(["key file"], detail="missing") from None
    passphrase = read_passphrase()
    report = check_file(data_dir, passphrase)
    if report.details == [FOREIGN_KEY_DETAIL]:
        raise ForeignKeyFile()
    if not report.ok:
        raise VaultDamaged(report.affected, detail="; ".join(report.details))
    say(messages.vault_whole())
    if report.clock_ahead_ms:
        # Not damage: an earlier version let the clock follow a stamp from the future.
        say(messages.clock_ahead(report.clock_ahead_ms))
    return ExitCode.OK
