"""`ftbt-desktop demo`: a vault with the invented demo families, for trying things out.

Creates the vault when the folder has none (its recovery key is printed, once),
else opens the one there; families already added are not added again.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ftbt_desktop.cli import messages
from ftbt_desktop.cli.exit_codes import ExitCode
from ftbt_desktop.cli.output import say
from ftbt_desktop.cli.prompts import new_passphrase
from ftbt_desktop.cli.vault_access import open_vault
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault, vault_exists

COMMAND = "demo"


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """The sub-command, for `dispatch.add_parsers`."""
    sub.add_parser(COMMAND, parents=[common], help=messages.demo_help())


def cmd_demo(args: argparse.Namespace, data_dir: Path) -> int:
    from ftbt_desktop.storage.demo import add_demo_families

    if vault_exists(data_dir):
        vault = open_vault(data_dir)
    else:
        passphrase = new_passphrase()
        vault, recovery_key = Vault.create(data_dir, passphrase)
        say(messages.recovery_key(recovery_key, data_dir))
    try:
        added = add_demo_families(Repository(vault))
    finally:
        vault.close(backup=True)
    if added:
        say(messages.demo_families_added(len(added)))
    else:
        say(messages.demo_families_there())
    return ExitCode.OK
