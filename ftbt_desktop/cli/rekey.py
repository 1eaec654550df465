"""`ftbt-desktop rekey`: all data under a new data key, when a secret may be known.

The same re-key as the app's dialogs (`storage/rekey.py`): a fresh data key,
the database rewritten under it, the old backups replaced, and a new recovery
key, printed once. With `--new-passphrase` the passphrase changes too (typed
twice, or FTBT_NEW_PASSPHRASE for scripts); without, it stays. Exit codes are
those of `exit_codes.ExitCode` (docs/command-line.md).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ftbt_desktop.cli import messages
from ftbt_desktop.cli.exit_codes import ExitCode
from ftbt_desktop.cli.output import say
from ftbt_desktop.cli.prompts import read_passphrase, replacement_passphrase
from ftbt_desktop.cli.vault_access import require_vault
from ftbt_desktop.storage.rekey import rekey
from ftbt_desktop.storage.vault import Vault

COMMAND = "rekey"


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """The sub-command, for `dispatch.add_parsers`."""
    parser = sub.add_parser(
        COMMAND,
        parents=[common],
        help=messages.rekey_help(),
        description=messages.rekey_description(),
    )
    parser.add_argument(
        "--new-passphrase", action="store_true", help=messages.rekey_new_passphrase_help()
    )


def cmd_rekey(args: argparse.Namespace, data_dir: Path) -> int:
    require_vault(data_dir)
    current = read_passphrase()
    new = replacement_passphrase(current) if args.new_passphrase else current
    vault = Vault.open(data_dir, current)
    try:
        say(messages.reencrypting(), to_stderr=True)
        result = rekey(vault, new)
        say(messages.rekey_done(result.recovery_key or ""))
        # Printed is shown: the app need not ask for a new key at the next unlock.
        vault.confirm_recovery_key()
    finally:
        vault.close(backup=False)
    return ExitCode.OK
