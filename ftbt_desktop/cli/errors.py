"""Failures: the one a command raises, and every failure's one sentence and exit code.

Every failure a user can meet ends in one clear sentence and a documented exit
code (docs/command-line.md), never a traceback; FTBT_DEBUG=1 lets an
unexpected error through with its traceback.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from ftbt_desktop.cli import messages
from ftbt_desktop.cli.exit_codes import ExitCode
from ftbt_desktop.cli.output import say_error
from ftbt_desktop.storage.disk_space import SQLITE_FULL_TEXT, is_disk_full
from ftbt_desktop.storage.errors import (
    DiskFull,
    FolderAclNotSet,
    FolderNotPrivate,
    ForeignKeyFile,
    VaultDamaged,
    VaultInUse,
    VaultNotFound,
    WrongPassphrase,
)

DEBUG_ENV = "FTBT_DEBUG"


class CommandFailed(Exception):
    def __init__(self, code: ExitCode, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def no_such_family(family_id: str) -> CommandFailed:
    return CommandFailed(ExitCode.NO_SUCH_FAMILY, messages.no_such_family(family_id))


def reported(work: Callable[[], int], data_dir: Path) -> int:
    """`work`'s exit code, or a failure's: said on standard error in one sentence."""
    try:
        return work()
    except VaultInUse as exc:
        say_error(messages.in_use(exc))
        return ExitCode.IN_USE
    except FolderAclNotSet as exc:
        say_error(messages.folder_acl_not_set(exc.path))
        return ExitCode.FILE_ERROR
    except FolderNotPrivate as exc:
        say_error(messages.folder_not_private(exc.path))
        return ExitCode.FILE_ERROR
    except CommandFailed as exc:
        say_error(exc.message)
        return exc.code
    except WrongPassphrase:
        say_error(messages.wrong_passphrase())
        return ExitCode.WRONG_PASSPHRASE
    except VaultNotFound:
        say_error(messages.no_vault(data_dir))
        return ExitCode.NO_VAULT
    except DiskFull:
        say_error(messages.disk_full(data_dir))
        return ExitCode.FILE_ERROR
    except ForeignKeyFile:
        say_error(messages.foreign_key())
        return ExitCode.DAMAGED
    except VaultDamaged as exc:
        say_error(messages.damaged(exc.affected))
        return ExitCode.DAMAGED
    except sqlcipher.DatabaseError as exc:
        if isinstance(exc, sqlcipher.OperationalError) and (
            "locked" in str(exc) or "busy" in str(exc)
        ):
            say_error(messages.in_use_by_app())
            return ExitCode.IN_USE
        # A disk that fills while a command writes is no sign of damage: saying "run
        # check" sent people after a vault that was sound. Only SQLite's own word for it
        # counts here, not a disk low on space (`is_disk_full`): a damaged page met on a
        # nearly full disk is still said as what it is. The step that met it was rolled
        # back; the steps before it were kept, so "nothing was changed" would be untrue.
        if SQLITE_FULL_TEXT in str(exc):
            say_error(messages.disk_full_midway(data_dir))
            return ExitCode.FILE_ERROR
        return _database_error()
    except OSError as exc:
        if is_disk_full(exc, data_dir):
            say_error(messages.disk_full(data_dir))
            return ExitCode.FILE_ERROR
        say_error(messages.cannot_use(exc.filename or data_dir, exc.strerror or type(exc).__name__))
        return ExitCode.FILE_ERROR
    except KeyboardInterrupt:
        return ExitCode.INTERRUPTED
    except Exception as exc:
        if os.environ.get(DEBUG_ENV):
            raise
        say_error(messages.unexpected_error(type(exc).__name__))
        return ExitCode.INTERNAL


def _database_error() -> int:
    say_error(messages.unreadable_vault())
    return ExitCode.DAMAGED
