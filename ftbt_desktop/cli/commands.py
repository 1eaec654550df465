"""The sub-commands of `ftbt-desktop` (demo, check, export, import) and what they say.

Every failure a user can meet ends in one clear sentence and a documented
exit code (docs/command-line.md), never a traceback. Messages are
translated in the "cli" context; they never contain personal data or key
material, with the one intended exception of the recovery key, shown once
when `demo` creates a vault. Needs QtCore only, never widgets.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Callable
from enum import IntEnum
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from PySide6.QtCore import QCoreApplication

from ftbt_desktop.core.passphrase import Hint, assess
from ftbt_desktop.export.json_export import (
    ImportFormatError,
    dumps_document,
    export_document,
    import_document,
    parse_document,
    validate_document,
)
from ftbt_desktop.storage import audit, folder_lock, keys
from ftbt_desktop.storage.disk_space import is_disk_full
from ftbt_desktop.storage.errors import (
    FOREIGN_KEY_DETAIL,
    DiskFull,
    FolderNotPrivate,
    ForeignKeyFile,
    NotFound,
    VaultDamaged,
    VaultInUse,
    VaultNotFound,
    WrongPassphrase,
)
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault, VaultPaths, check_file, vault_exists
from ftbt_desktop.words.clock import duration_text

PASSPHRASE_ENV = "FTBT_PASSPHRASE"
DEBUG_ENV = "FTBT_DEBUG"


class ExitCode(IntEnum):
    OK = 0
    DAMAGED = 1
    WRONG_PASSPHRASE = 2
    NO_VAULT = 3
    BAD_IMPORT = 4
    FILE_ERROR = 5
    PASSPHRASE_REFUSED = 6
    NO_SUCH_FAMILY = 7
    IN_USE = 8
    USAGE = 64
    INTERNAL = 70
    INTERRUPTED = 130


class CommandFailed(Exception):
    def __init__(self, code: ExitCode, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def start_core_app(data_dir: Path) -> QCoreApplication:
    """A QCoreApplication with the translators for the data folder's language setting."""
    from ftbt_desktop.settings import load_settings
    from ftbt_desktop.words.translations import install_translators

    app = QCoreApplication.instance() or QCoreApplication(["ftbt-desktop"])
    install_translators(app, load_settings(data_dir).language)
    return app


def say(message: str, to_stderr: bool = False) -> None:
    print(message, file=sys.stderr if to_stderr else sys.stdout, flush=True)


def personal_data_warning() -> str:
    """Said after an export to a file: it holds personal data, and where it belongs."""
    return QCoreApplication.translate(
        "cli",
        "The file holds personal data. Keep it in the encrypted folder your municipality "
        "prescribes, and delete it when it is no longer needed. The export is noted in the "
        "vault's audit trail.",
    )


def no_such_family(family_id: str) -> CommandFailed:
    return CommandFailed(
        ExitCode.NO_SUCH_FAMILY,
        QCoreApplication.translate("cli", "There is no family with the id {id}.").format(
            id=family_id
        ),
    )


def refuse_inside_data_dir(target: Path, data_dir: Path) -> None:
    """The data folder holds only encrypted files; a plaintext export there would sit
    beside the vault, in its backups' reach and unnoticed."""
    if _inside(target, data_dir):
        raise CommandFailed(
            ExitCode.FILE_ERROR,
            QCoreApplication.translate(
                "cli",
                "Write the export outside the data folder {path}: everything in it stays encrypted.",
            ).format(path=data_dir),
        )


def say_error(message: str) -> None:
    print(f"ftbt-desktop: {message}", file=sys.stderr, flush=True)


# -- dispatch ----------------------------------------------------------------


def run(command: str, args: argparse.Namespace, data_dir: Path) -> int:
    from ftbt_desktop.cli import rekey, report, sync

    handlers: dict[str, Callable[[argparse.Namespace, Path], int]] = {
        "demo": cmd_demo,
        "check": cmd_check,
        "export": cmd_export,
        "import": cmd_import,
        "login": sync.cmd_login,
        "sync": sync.cmd_sync,
        "report": report.cmd_report,
        "rekey": rekey.cmd_rekey,
    }
    try:
        # The folder is held from before the passphrase is asked for to the end, so a
        # copy of the app (or another command) cannot work on the vault meanwhile.
        with hold_folder(command, data_dir):
            return handlers[command](args, data_dir)
    except VaultInUse as exc:
        say_error(in_use_message(exc))
        return ExitCode.IN_USE
    except FolderNotPrivate as exc:
        say_error(folder_not_private_message(exc.path))
        return ExitCode.FILE_ERROR
    except CommandFailed as exc:
        say_error(exc.message)
        return exc.code
    except WrongPassphrase:
        say_error(
            QCoreApplication.translate(
                "cli", "The passphrase does not open this vault. Nothing was changed."
            )
        )
        return ExitCode.WRONG_PASSPHRASE
    except VaultNotFound:
        say_error(no_vault_message(data_dir))
        return ExitCode.NO_VAULT
    except DiskFull:
        say_error(disk_full_message(data_dir))
        return ExitCode.FILE_ERROR
    except ForeignKeyFile:
        say_error(foreign_key_message())
        return ExitCode.DAMAGED
    except VaultDamaged as exc:
        say_error(damaged_message(exc.affected))
        return ExitCode.DAMAGED
    except sqlcipher.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            say_error(
                QCoreApplication.translate(
                    "cli",
                    "The vault is in use by FTBT Desktop. Close the app and try again.",
                )
            )
            return ExitCode.IN_USE
        return _database_error()
    except sqlcipher.DatabaseError:
        return _database_error()
    except OSError as exc:
        if is_disk_full(exc, data_dir):
            say_error(disk_full_message(data_dir))
            return ExitCode.FILE_ERROR
        say_error(
            QCoreApplication.translate("cli", "Cannot use {path}: {reason}.").format(
                path=exc.filename or data_dir, reason=exc.strerror or type(exc).__name__
            )
        )
        return ExitCode.FILE_ERROR
    except KeyboardInterrupt:
        return ExitCode.INTERRUPTED
    except Exception as exc:
        if os.environ.get(DEBUG_ENV):
            raise
        say_error(
            QCoreApplication.translate(
                "cli",
                "Unexpected error ({kind}). Set FTBT_DEBUG=1 to see the details.",
            ).format(kind=type(exc).__name__)
        )
        return ExitCode.INTERNAL


def hold_folder(command: str, data_dir: Path) -> contextlib.AbstractContextManager[None]:
    """The data folder's lock for this command (storage/folder_lock.py).

    A folder that does not exist has no vault to protect: it is not made just to
    be locked, except by `demo`, which creates the vault there.
    """
    if command != "demo" and not data_dir.is_dir():
        return contextlib.nullcontext()
    return folder_lock.hold(data_dir, f"ftbt-desktop {command}")


def in_use_message(exc: VaultInUse) -> str:
    if exc.kind == folder_lock.KIND_APP:
        holder = QCoreApplication.translate("cli", "the FTBT Desktop app")
    elif exc.kind.startswith("ftbt-desktop "):
        holder = QCoreApplication.translate("cli", "the command `{command}`").format(
            command=exc.kind
        )
    else:
        holder = QCoreApplication.translate("cli", "another FTBT Desktop")
    if exc.pid is not None:
        holder = QCoreApplication.translate("cli", "{holder}, process {pid}").format(
            holder=holder, pid=exc.pid
        )
    return QCoreApplication.translate(
        "cli",
        "The vault is in use by another FTBT Desktop ({holder}). Nothing was changed. "
        "Close it, or wait for it to finish, and try again.",
    ).format(holder=holder)


def folder_not_private_message(folder: str) -> str:
    return QCoreApplication.translate(
        "cli",
        "The data folder {path} can be opened by other accounts on this computer, and this "
        "account cannot change that (the folder belongs to another account). Nothing was "
        "opened. Ask IT support to make the folder yours alone (chmod 700), or use another "
        "data folder.",
    ).format(path=folder)


def _database_error() -> int:
    say_error(
        QCoreApplication.translate(
            "cli",
            "The vault could not be read. Run `ftbt-desktop check` to see whether it is damaged.",
        )
    )
    return ExitCode.DAMAGED


# -- commands ----------------------------------------------------------------


def cmd_demo(args: argparse.Namespace, data_dir: Path) -> int:
    from ftbt_desktop.storage.demo import add_demo_families

    if vault_exists(data_dir):
        vault = open_vault(data_dir)
    else:
        passphrase = new_passphrase()
        vault, recovery_key = Vault.create(data_dir, passphrase)
        say(recovery_key_message(recovery_key, data_dir))
    try:
        added = add_demo_families(Repository(vault))
    finally:
        vault.close(backup=True)
    if added:
        say(
            QCoreApplication.translate("cli", "Demo families added: {count}.").format(
                count=len(added)
            )
        )
    else:
        say(QCoreApplication.translate("cli", "The demo families are already in the vault."))
    return ExitCode.OK


def cmd_check(args: argparse.Namespace, data_dir: Path) -> int:
    if not vault_exists(data_dir):
        raise VaultNotFound(str(data_dir))
    # A damaged key file is told at once, without asking for a passphrase it could not use.
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
    say(
        QCoreApplication.translate(
            "cli",
            "The vault is whole: every page, the schema, the change history and the "
            "current data check out.",
        )
    )
    if report.clock_ahead_ms:
        # Not damage: an earlier version let the clock follow a stamp from the future.
        say(
            QCoreApplication.translate(
                "cli",
                "The vault's clock is {ahead} ahead of this computer's clock, so the "
                "central server would refuse its changes. FTBT Desktop puts it right the "
                "next time the vault is unlocked: changes not yet synced are stamped "
                "again, and history keeps the originals.",
            ).format(ahead=duration_text(report.clock_ahead_ms))
        )
    return ExitCode.OK


def cmd_export(args: argparse.Namespace, data_dir: Path) -> int:
    if getattr(args, "format", "json") == "pdf":
        from ftbt_desktop.cli import plan  # the family plan PDF (cli/plan.py)

        return plan.cmd_export_pdf(args, data_dir)
    to_stdout = args.output == "-"
    target = None if to_stdout else Path(args.output).expanduser()
    if target is not None:
        refuse_inside_data_dir(target, data_dir)
    vault = open_vault(data_dir)
    try:
        repo = Repository(vault)
        try:
            doc = export_document(repo, args.family)
        except NotFound:
            raise no_such_family(args.family) from None
        write_output(target, dumps_document(doc))
        # Into the vault's export audit trail once the data is out (storage/audit.py);
        # a file that cannot be logged is not kept.
        try:
            audit.record_export(repo, audit.KIND_JSON, "json", [f["id"] for f in doc["families"]])
        except BaseException:
            if target is not None:
                target.unlink(missing_ok=True)
            raise
    finally:
        vault.close(backup=False)
    changes = sum(len(f["changes"]) for f in doc["families"])
    say(
        QCoreApplication.translate(
            "cli", "Exported. Families: {families}. Changes: {changes}. File: {path}"
        ).format(
            families=len(doc["families"]),
            changes=changes,
            path="-" if target is None else target,
        ),
        to_stderr=to_stdout,
    )
    say(personal_data_warning(), to_stderr=to_stdout)
    return ExitCode.OK


def cmd_import(args: argparse.Namespace, data_dir: Path) -> int:
    source = Path(args.file).expanduser()
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise CommandFailed(
            ExitCode.BAD_IMPORT,
            QCoreApplication.translate("cli", "Cannot read {path}: {reason}.").format(
                path=source, reason=exc.strerror or type(exc).__name__
            ),
        ) from None
    try:
        doc = parse_document(data)
        validate_document(doc)  # before the passphrase: a bad file needs no unlocking
    except ImportFormatError as exc:
        raise CommandFailed(ExitCode.BAD_IMPORT, import_refused_message(source, exc)) from None
    if not vault_exists(data_dir):
        raise VaultNotFound(str(data_dir))
    vault = open_vault(data_dir)
    try:
        report = import_document(Repository(vault), doc)
    finally:
        vault.close(backup=True)
    say(
        QCoreApplication.translate(
            "cli",
            "Imported. Families in the file: {families}. New changes: {new}. "
            "Changes already in the vault: {known}.",
        ).format(families=report.families, new=report.new, known=report.known)
    )
    return ExitCode.OK


# -- passphrases ---------------------------------------------------------------


def open_vault(data_dir: Path) -> Vault:
    if not vault_exists(data_dir):
        raise VaultNotFound(str(data_dir))
    return Vault.open(data_dir, read_passphrase())


def read_passphrase() -> str:
    """FTBT_PASSPHRASE when set (for scripts, as restic's RESTIC_PASSWORD), else a prompt."""
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    try:
        return getpass.getpass(QCoreApplication.translate("cli", "Passphrase: "))
    except EOFError:
        raise CommandFailed(
            ExitCode.WRONG_PASSPHRASE,
            QCoreApplication.translate(
                "cli", "No passphrase was given (type it, or set FTBT_PASSPHRASE)."
            ),
        ) from None


def new_passphrase() -> str:
    value = os.environ.get(PASSPHRASE_ENV)
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
                QCoreApplication.translate(
                    "cli", "The two passphrases differ. No vault was created."
                ),
            )
    strength = assess(value)
    if not strength.acceptable:
        raise CommandFailed(
            ExitCode.PASSPHRASE_REFUSED,
            hint_text(strength.hint)
            + " "
            + QCoreApplication.translate("cli", "No vault was created."),
        )
    if strength.hint is Hint.ADD_WORDS:
        say(hint_text(strength.hint), to_stderr=True)
    return value


def hint_text(hint: Hint) -> str:
    texts = {
        Hint.EMPTY: QCoreApplication.translate("cli", "The passphrase is empty."),
        Hint.TOO_SHORT: QCoreApplication.translate(
            "cli",
            "The passphrase is too short. Use at least 12 characters, for example "
            "three or four ordinary words.",
        ),
        Hint.COMMON: QCoreApplication.translate(
            "cli", "The passphrase is one of the most used ones and easy to guess."
        ),
        Hint.REPEATED: QCoreApplication.translate(
            "cli", "The passphrase repeats the same characters and is easy to guess."
        ),
        Hint.SEQUENCE: QCoreApplication.translate(
            "cli", "The passphrase is a sequence (like 1234 or qwerty) and easy to guess."
        ),
        Hint.ONLY_ONE_KIND: QCoreApplication.translate(
            "cli", "The passphrase has no letters. Use words."
        ),
        Hint.ADD_WORDS: QCoreApplication.translate(
            "cli", "The passphrase is accepted; one more word would make it much stronger."
        ),
    }
    return texts.get(hint, "")


# -- messages ------------------------------------------------------------------


def recovery_key_message(recovery_key: str, data_dir: Path) -> str:
    return QCoreApplication.translate(
        "cli",
        "A new vault was created in {path}.\n"
        "\n"
        "Recovery key: {key}\n"
        "\n"
        "Write the recovery key on paper and keep it somewhere safe, away from this "
        "computer. It opens the vault if the passphrase is forgotten. It is shown only "
        "this once and cannot be shown again.",
    ).format(path=data_dir, key=recovery_key)


def no_vault_message(data_dir: Path) -> str:
    return QCoreApplication.translate(
        "cli",
        "There is no vault in {path}. Start FTBT Desktop to create one, or use "
        "`ftbt-desktop demo --data-dir DIR`.",
    ).format(path=data_dir)


def disk_full_message(data_dir: Path) -> str:
    return QCoreApplication.translate(
        "cli",
        "The disk holding {path} is full. Nothing was changed and the vault is not "
        "damaged: make room on the disk and try again.",
    ).format(path=data_dir)


def foreign_key_message() -> str:
    return QCoreApplication.translate(
        "cli",
        "The key file (vault.keys) belongs to another vault; this vault's data is not "
        "damaged. Its own key file is in the backups folder: start FTBT Desktop and let it "
        "put it back (the other key file is kept aside, not deleted).",
    )


def damaged_message(affected: list[str]) -> str:
    words = ", ".join(affected_word(word) for word in affected)
    return QCoreApplication.translate(
        "cli",
        "The vault is damaged. Affected: {affected}.\n"
        "Start FTBT Desktop and let it restore the latest good backup; the damaged "
        "files are kept aside, not deleted.",
    ).format(affected=words)


def affected_word(word: str) -> str:
    """The storage layer's plain English words for a damaged part, translated."""
    words = {
        "key file": QCoreApplication.translate("cli", "the key file (vault.keys)"),
        "database file": QCoreApplication.translate("cli", "the database file (vault.db)"),
        "vault settings": QCoreApplication.translate("cli", "the vault's settings"),
        "change history": QCoreApplication.translate("cli", "the change history"),
        "current data": QCoreApplication.translate("cli", "the current data"),
        "schema version": QCoreApplication.translate("cli", "the schema version"),
        "search indexes": QCoreApplication.translate("cli", "the search indexes"),
        "backups": QCoreApplication.translate("cli", "the backups"),
    }
    return words.get(word, word)


def import_refused_message(source: Path, exc: ImportFormatError) -> str:
    reasons = {
        "not_json": QCoreApplication.translate("cli", "the file is not JSON text"),
        "not_export": QCoreApplication.translate("cli", "the file is not an FTBT export"),
        "newer_version": QCoreApplication.translate(
            "cli",
            "the file was made by a newer FTBT Desktop (format version {version}); "
            "update FTBT Desktop first",
        ),
        "bad_version": QCoreApplication.translate("cli", "the file has an unknown format version"),
        "bad_families": QCoreApplication.translate("cli", "the file has no list of families"),
        "bad_family": QCoreApplication.translate(
            "cli", "family {family} lacks an id or a list of changes"
        ),
        "duplicate_family": QCoreApplication.translate("cli", "family {family} appears twice"),
        "bad_change": QCoreApplication.translate(
            "cli", "family {family}, change {change} is malformed ({detail})"
        ),
        "foreign_change": QCoreApplication.translate(
            "cli", "family {family}, change {change} belongs to another family"
        ),
        "unknown_kind": QCoreApplication.translate(
            "cli",
            "family {family}, change {change} holds a kind of data this version does not "
            "know ({kind}); update FTBT Desktop first",
        ),
        "invalid_value": QCoreApplication.translate(
            "cli", "family {family}, change {change} has an invalid value for {field}"
        ),
        "duplicate_change": QCoreApplication.translate(
            "cli", "the change {change_id} appears twice"
        ),
        "stamped_ahead": QCoreApplication.translate(
            "cli",
            "family {family}, change {change} is stamped {ahead} ahead of this computer's "
            "clock; check the date and time on this computer and on the one that made the file",
        ),
        "no_family_entity": QCoreApplication.translate(
            "cli", "family {family} has no name in its change history"
        ),
        "mismatch": QCoreApplication.translate(
            "cli", "in family {family}, '{key}' does not match the family's change history"
        ),
    }
    template = reasons.get(exc.code)
    params = dict(exc.params)
    if "ahead_ms" in params:
        params["ahead"] = duration_text(params["ahead_ms"])
    reason = template.format(**params) if template else str(exc)
    return QCoreApplication.translate(
        "cli", "Cannot import {path}: {reason}. Nothing was changed."
    ).format(path=source, reason=reason)


# -- files ---------------------------------------------------------------------


def write_output(target: Path | None, text: str) -> None:
    """Standard output, or the file via a partial file and an atomic rename, readable
    only by the user (the export holds personal data)."""
    if target is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    partial = target.with_name(target.name + ".partial")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise CommandFailed(
            ExitCode.FILE_ERROR,
            QCoreApplication.translate(
                "cli", "Cannot write {path}: {reason}. Nothing was written."
            ).format(path=target, reason=exc.strerror or type(exc).__name__),
        ) from None


def _inside(target: Path, folder: Path) -> bool:
    try:
        return target.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False
