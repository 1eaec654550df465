"""What a command asks for: the passphrase, a new one, the server password.

Each comes from its environment variable when set (for scripts, as restic's
RESTIC_PASSWORD), else from a prompt that does not echo.
"""

from __future__ import annotations

import getpass
import os

from ftbt_desktop.cli import messages
from ftbt_desktop.cli.errors import CommandFailed
from ftbt_desktop.cli.exit_codes import ExitCode
from ftbt_desktop.cli.output import say
from ftbt_desktop.core.passphrase import Hint, assess

PASSPHRASE_ENV = "FTBT_PASSPHRASE"
NEW_PASSPHRASE_ENV = "FTBT_NEW_PASSPHRASE"
PASSWORD_ENV = "FTBT_PASSWORD"


def read_passphrase() -> str:
    """FTBT_PASSPHRASE when set, else a prompt."""
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    try:
        return getpass.getpass(messages.passphrase_prompt())
    except EOFError:
        raise CommandFailed(ExitCode.WRONG_PASSPHRASE, messages.no_passphrase_given()) from None


def new_passphrase() -> str:
    """The passphrase of a vault `demo` creates: FTBT_PASSPHRASE, or typed twice."""
    value = os.environ.get(PASSPHRASE_ENV)
    if not value:
        value, again = _typed_twice()
        if value != again:
            raise CommandFailed(ExitCode.PASSPHRASE_REFUSED, messages.passphrases_differ_no_vault())
    strength = assess(value)
    if not strength.acceptable:
        raise CommandFailed(
            ExitCode.PASSPHRASE_REFUSED,
            messages.hint(strength.hint) + " " + messages.no_vault_created(),
        )
    if strength.hint is Hint.ADD_WORDS:
        say(messages.hint(strength.hint), to_stderr=True)
    return value


def replacement_passphrase(current: str) -> str:
    """`rekey --new-passphrase`: FTBT_NEW_PASSPHRASE, or typed twice; not the current one."""
    nothing = messages.nothing_changed()
    value = os.environ.get(NEW_PASSPHRASE_ENV, "")
    if not value:
        value, again = _typed_twice()
        if value != again:
            raise CommandFailed(
                ExitCode.PASSPHRASE_REFUSED, messages.passphrases_differ() + " " + nothing
            )
    strength = assess(value)
    if not strength.acceptable:
        raise CommandFailed(
            ExitCode.PASSPHRASE_REFUSED, messages.hint(strength.hint) + " " + nothing
        )
    if value == current:
        raise CommandFailed(ExitCode.PASSPHRASE_REFUSED, messages.same_passphrase() + " " + nothing)
    if strength.hint is Hint.ADD_WORDS:
        say(messages.hint(strength.hint), to_stderr=True)
    return value


def read_password() -> str:
    """The central server's password: FTBT_PASSWORD when set, else a prompt."""
    value = os.environ.get(PASSWORD_ENV)
    if value:
        return value
    try:
        return getpass.getpass(messages.server_password_prompt())
    except EOFError:
        return ""


def _typed_twice() -> tuple[str, str]:
    try:
        value = getpass.getpass(messages.new_passphrase_prompt())
        again = getpass.getpass(messages.passphrase_again_prompt())
    except EOFError:
        return "", ""
    return value, again
