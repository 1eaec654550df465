"""`ftbt-desktop rekey`: all data under a new data key, when a secret may be known.

The same re-key as the app's dialogs (`storage/rekey.py`): a fresh data key,
the database rewritten under it, the old backups replaced, and a new recovery
key, printed once. With `--new-passphrase` the passphrase changes too (typed
twice, or FTBT_NEW_PASSPHRASE for scripts); without, it stays. Exit codes are
those of `cli.commands.ExitCode` (docs/command-line.md).
"""

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ftbt_desktop.cli.commands import (
    CommandFailed,
    ExitCode,
    hint_text,
    read_passphrase,
    say,
)
from ftbt_desktop.core.passphrase import Hint, assess
from ftbt_desktop.storage.errors import VaultNotFound
from ftbt_desktop.storage.rekey import rekey
from ftbt_desktop.storage.vault import Vault, vault_exists

COMMAND = "rekey"
NEW_PASSPHRASE_ENV = "FTBT_NEW_PASSPHRASE"


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """The sub-command, for `__main__.build_parser`."""
    parser = sub.add_parser(
        COMMAND,
        parents=[common],
        help=QCoreApplication.translate(
            "cli", "re-encrypt all data with a new key (when a secret may be known)"
        ),
        description=QCoreApplication.translate(
            "cli",
            "Re-encrypts all data with a new key, replaces the backups with a new one and "
            "prints a new recovery key. Use it when the passphrase or the recovery key may "
            "be known to someone else: an old copy of the key file then opens nothing "
            "written from now on. Close FTBT Desktop first.",
        ),
    )
    parser.add_argument(
        "--new-passphrase",
        action="store_true",
        help=QCoreApplication.translate(
            "cli", "choose a new passphrase too (asked twice, or FTBT_NEW_PASSPHRASE)"
        ),
    )


def cmd_rekey(args: argparse.Namespace, data_dir: Path) -> int:
    if not vault_exists(data_dir):
        raise VaultNotFound(str(data_dir))
    current = read_passphrase()
    new = _new_passphrase(current) if args.new_passphrase else current
    vault = Vault.open(data_dir, current)
    try:
        say(QCoreApplication.translate("cli", "Re-encrypting all data…"), to_stderr=True)
        result = rekey(vault, new)
        say(_done_message(result.recovery_key or ""))
        # Printed is shown: the app need not ask for a new key at the next unlock.
        vault.confirm_recovery_key()
    finally:
        vault.close(backup=False)
    return ExitCode.OK


def _new_passphrase(current: str) -> str:
    nothing = QCoreApplication.translate("cli", "Nothing was changed.")
    value = os.environ.get(NEW_PASSPHRASE_ENV, "")
    if not value:
        try:
            value = getpass.getpass(QCoreApplication.translate("cli", "New passphrase: "))
            again = getpass.getpass(
                QCoreApplication.translate("cli", "Type the passphrase again: ")
            )
        except EOFError:
            value, again = "", ""
        if value != again:
            raise CommandFailed(
                ExitCode.PASSPHRASE_REFUSED,
                QCoreApplication.translate("cli", "The two passphrases differ.") + " " + nothing,
            )
    strength = assess(value)
    if not strength.acceptable:
        raise CommandFailed(ExitCode.PASSPHRASE_REFUSED, hint_text(strength.hint) + " " + nothing)
    if value == current:
        raise CommandFailed(
            ExitCode.PASSPHRASE_REFUSED,
            QCoreApplication.translate("cli", "The new passphrase is the same as the current one.")
            + " "
            + nothing,
        )
    if strength.hint is Hint.ADD_WORDS:
        say(hint_text(strength.hint), to_stderr=True)
    return value


def _done_message(recovery_key: str) -> str:
    return QCoreApplication.translate(
        "cli",
        "All data is re-encrypted with a new key, and the old backups are replaced by a "
        "new one.\n"
        "\n"
        "New recovery key: {key}\n"
        "\n"
        "The old recovery key no longer works. Write the new one on paper and keep it "
        "somewhere safe, away from this computer. It is shown only this once.",
    ).format(key=recovery_key)
