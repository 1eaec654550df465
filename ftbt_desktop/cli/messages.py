"""Every sentence the `ftbt-desktop` sub-commands say: results, failures, prompts, help.

Translated in the "cli" context (resources/translations/*.ts); every call is a
literal `QCoreApplication.translate("cli", "...")`, so pyside6-lupdate finds it,
and each is made when called, after the command line's translators are
installed. The sentences never contain personal data or key material, with the
one intended exception of the recovery key, shown once when `demo` creates a
vault or `rekey` replaces it. Needs QtCore only, never widgets.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ftbt_desktop.core.passphrase import Hint
from ftbt_desktop.export.json_export import ImportFormatError
from ftbt_desktop.storage import folder_lock
from ftbt_desktop.storage.errors import VaultInUse
from ftbt_desktop.words.clock import duration_text

# -- failures any command can meet ---------------------------------------------


def in_use(exc: VaultInUse) -> str:
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


def in_use_by_app() -> str:
    return QCoreApplication.translate(
        "cli",
        "The vault is in use by FTBT Desktop. Close the app and try again.",
    )


def folder_not_private(folder: str) -> str:
    return QCoreApplication.translate(
        "cli",
        "The data folder {path} can be opened by other accounts on this computer, and this "
        "account cannot change that (the folder belongs to another account). Nothing was "
        "opened. Ask IT support to make the folder yours alone (chmod 700), or use another "
        "data folder.",
    ).format(path=folder)


def folder_acl_not_set(folder: str) -> str:
    return QCoreApplication.translate(
        "cli",
        "The data folder {path} could not be made this account's alone: Windows refused to "
        "set its access list. Nothing was opened. Ask IT support to give this account alone "
        "full control of the folder (docs/deploy-windows.md), or use another data folder.",
    ).format(path=folder)


def wrong_passphrase() -> str:
    return QCoreApplication.translate(
        "cli", "The passphrase does not open this vault. Nothing was changed."
    )


def no_vault(data_dir: Path) -> str:
    return QCoreApplication.translate(
        "cli",
        "There is no vault in {path}. Start FTBT Desktop to create one, or use "
        "`ftbt-desktop demo --data-dir DIR`.",
    ).format(path=data_dir)


def disk_full(data_dir: Path) -> str:
    return QCoreApplication.translate(
        "cli",
        "The disk holding {path} is full. Nothing was changed and the vault is not "
        "damaged: make room on the disk and try again.",
    ).format(path=data_dir)


def disk_full_midway(data_dir: Path) -> str:
    return QCoreApplication.translate(
        "cli",
        "The disk holding {path} filled up, so the last step was not saved; what was "
        "saved before it is kept, and the vault is not damaged. Make room on the disk "
        "and try again.",
    ).format(path=data_dir)


def foreign_key() -> str:
    return QCoreApplication.translate(
        "cli",
        "The key file (vault.keys) belongs to another vault; this vault's data is not "
        "damaged. Its own key file is in the backups folder: start FTBT Desktop and let it "
        "put it back (the other key file is kept aside, not deleted).",
    )


def damaged(affected: list[str]) -> str:
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


def unreadable_vault() -> str:
    return QCoreApplication.translate(
        "cli",
        "The vault could not be read. Run `ftbt-desktop check` to see whether it is damaged.",
    )


def cannot_use(path: Path | str, reason: str) -> str:
    return QCoreApplication.translate("cli", "Cannot use {path}: {reason}.").format(
        path=path, reason=reason
    )


def unexpected_error(kind: str) -> str:
    return QCoreApplication.translate(
        "cli",
        "Unexpected error ({kind}). Set FTBT_DEBUG=1 to see the details.",
    ).format(kind=kind)


def no_such_family(family_id: str) -> str:
    return QCoreApplication.translate("cli", "There is no family with the id {id}.").format(
        id=family_id
    )


# -- files written -------------------------------------------------------------


def export_inside_data_dir(data_dir: Path) -> str:
    return QCoreApplication.translate(
        "cli",
        "Write the export outside the data folder {path}: everything in it stays encrypted.",
    ).format(path=data_dir)


def cannot_write(path: Path | str, reason: str) -> str:
    return QCoreApplication.translate(
        "cli", "Cannot write {path}: {reason}. Nothing was written."
    ).format(path=path, reason=reason)


def personal_data_warning() -> str:
    """Said after an export to a file: it holds personal data, and where it belongs."""
    return QCoreApplication.translate(
        "cli",
        "The file holds personal data. Keep it in the encrypted folder your municipality "
        "prescribes, and delete it when it is no longer needed. The export is noted in the "
        "vault's audit trail.",
    )


# -- passphrases and passwords -------------------------------------------------


def passphrase_prompt() -> str:
    return QCoreApplication.translate("cli", "Passphrase: ")


def no_passphrase_given() -> str:
    return QCoreApplication.translate(
        "cli", "No passphrase was given (type it, or set FTBT_PASSPHRASE)."
    )


def new_passphrase_prompt() -> str:
    return QCoreApplication.translate("cli", "New passphrase: ")


def passphrase_again_prompt() -> str:
    return QCoreApplication.translate("cli", "Type the passphrase again: ")


def passphrases_differ_no_vault() -> str:
    return QCoreApplication.translate("cli", "The two passphrases differ. No vault was created.")


def no_vault_created() -> str:
    return QCoreApplication.translate("cli", "No vault was created.")


def passphrases_differ() -> str:
    return QCoreApplication.translate("cli", "The two passphrases differ.")


def same_passphrase() -> str:
    return QCoreApplication.translate("cli", "The new passphrase is the same as the current one.")


def nothing_changed() -> str:
    return QCoreApplication.translate("cli", "Nothing was changed.")


def hint(hint: Hint) -> str:
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


def server_password_prompt() -> str:
    return QCoreApplication.translate("cli", "Server password: ")


# -- demo and check ------------------------------------------------------------


def recovery_key(recovery_key: str, data_dir: Path) -> str:
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


def demo_families_added(count: int) -> str:
    return QCoreApplication.translate("cli", "Demo families added: {count}.").format(count=count)


def demo_families_there() -> str:
    return QCoreApplication.translate("cli", "The demo families are already in the vault.")


def vault_whole() -> str:
    return QCoreApplication.translate(
        "cli",
        "The vault is whole: every page, the schema, the change history and the "
        "current data check out.",
    )


def clock_ahead(ahead_ms: int) -> str:
    return QCoreApplication.translate(
        "cli",
        "The vault's clock is {ahead} ahead of this computer's clock, so the "
        "central server would refuse its changes. FTBT Desktop puts it right the "
        "next time the vault is unlocked: changes not yet synced are stamped "
        "again, and history keeps the originals.",
    ).format(ahead=duration_text(ahead_ms))


# -- export and import ---------------------------------------------------------


def exported(families: int, changes: int, path: Path | str) -> str:
    return QCoreApplication.translate(
        "cli", "Exported. Families: {families}. Changes: {changes}. File: {path}"
    ).format(families=families, changes=changes, path=path)


def cannot_read(path: Path, reason: str) -> str:
    return QCoreApplication.translate("cli", "Cannot read {path}: {reason}.").format(
        path=path, reason=reason
    )


def imported(families: int, new: int, known: int) -> str:
    return QCoreApplication.translate(
        "cli",
        "Imported. Families in the file: {families}. New changes: {new}. "
        "Changes already in the vault: {known}.",
    ).format(families=families, new=new, known=known)


def import_refused(source: Path, exc: ImportFormatError) -> str:
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
        "after_families": QCoreApplication.translate(
            "cli", "the file goes on after its list of families"
        ),
        "changed": QCoreApplication.translate(
            "cli", "the file changed while it was being imported; try again"
        ),
    }
    template = reasons.get(exc.code)
    params = dict(exc.params)
    if params.get("family_id"):
        # The family's place in the file, and its id, which a search in the file finds.
        params["family"] = QCoreApplication.translate("cli", "{position} (id {id})").format(
            position=params["family"], id=params["family_id"]
        )
    if "ahead_ms" in params:
        params["ahead"] = duration_text(params["ahead_ms"])
    reason = template.format(**params) if template else str(exc)
    return QCoreApplication.translate(
        "cli", "Cannot import {path}: {reason}. Nothing was changed."
    ).format(path=source, reason=reason)


# -- report --------------------------------------------------------------------


def period_reversed(end: str) -> str:
    return QCoreApplication.translate("cli", "The period ends ({end}) before it starts.").format(
        end=end
    )


def report_not_to_stdout() -> str:
    return QCoreApplication.translate(
        "cli", "The report is written to files: give file names, not '-'."
    )


def report_needs_two_files() -> str:
    return QCoreApplication.translate(
        "cli", "The PDF, the CSV and the JSON need a different file each."
    )


def report_inside_data_dir(data_dir: Path) -> str:
    return QCoreApplication.translate(
        "cli",
        "Write the report outside the data folder {path}: everything in it stays encrypted.",
    ).format(path=data_dir)


def report_written(
    families: int, pdf: Path, pages: int, csv: Path | None, json_path: Path | None = None
) -> str:
    written = QCoreApplication.translate(
        "cli", "Outcome report written. Families: {families}. PDF: {pdf}. Pages: {pages}."
    ).format(families=families, pdf=pdf, pages=pages)
    if csv is not None:
        written += " " + QCoreApplication.translate("cli", "CSV: {csv}.").format(csv=csv)
    if json_path is not None:
        written += " " + QCoreApplication.translate("cli", "JSON: {json}.").format(json=json_path)
    return written


def report_personal_data() -> str:
    return QCoreApplication.translate(
        "cli",
        "The files hold personal data about the families. Keep them in the encrypted "
        "folder your municipality prescribes, and delete them when no longer needed. "
        "The export is noted in the vault's audit trail.",
    )


def bad_date(option: str, text: str) -> str:
    return QCoreApplication.translate(
        "cli", "{option} needs a date like 2025-01-31 or 31.01.2025, not '{text}'."
    ).format(option=option, text=text)


# -- login and sync ------------------------------------------------------------


def signed_in(server: str, user: str, role: str, device: str) -> str:
    return QCoreApplication.translate(
        "cli", "Signed in to {server} as {user} ({role}). Device: {device}."
    ).format(server=server, user=user, role=role, device=device)


def sync_counts(pushed: int, pulled: int, conflicts: int) -> str:
    return QCoreApplication.translate(
        "cli", "Pushed: {pushed}. Pulled: {pulled}. Conflicts: {conflicts}."
    ).format(pushed=pushed, pulled=pulled, conflicts=conflicts)


def decide_conflicts() -> str:
    return QCoreApplication.translate(
        "cli", "Open FTBT Desktop to decide the conflicts: both values are kept until then."
    )


# -- rekey ---------------------------------------------------------------------


def reencrypting() -> str:
    return QCoreApplication.translate("cli", "Re-encrypting all data…")


def rekey_done(recovery_key: str) -> str:
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


# -- the sub-commands' help ----------------------------------------------------


def file_metavar() -> str:
    return QCoreApplication.translate("cli", "FILE")


def date_metavar() -> str:
    return QCoreApplication.translate("cli", "DATE")


def demo_help() -> str:
    return QCoreApplication.translate(
        "cli", "create a vault (or open the one there) and add the invented demo families"
    )


def check_help() -> str:
    return QCoreApplication.translate(
        "cli", "verify every page of the vault and its schema; exit 0 when whole"
    )


def export_help() -> str:
    return QCoreApplication.translate(
        "cli", "write the families as JSON, or one family's plan as PDF"
    )


def export_description() -> str:
    return QCoreApplication.translate(
        "cli",
        "Writes the families as JSON (all, or one with --family), or one family's plan "
        "as PDF: --format pdf --family ID, for the family (no internal notes, large type) "
        "or the supervisor (everything), or one family's WHO-5 measures as FHIR "
        "QuestionnaireResponse resources after KL's WHO-5 questionnaire: --format fhir "
        "--family ID [--member ID]. The file holds personal data: keep it in the "
        "encrypted folder your municipality prescribes.",
    )


def export_format_help() -> str:
    return QCoreApplication.translate("cli", "file format")


def export_audience_help() -> str:
    return QCoreApplication.translate(
        "cli",
        "for --format pdf: the family's version (no internal notes; the default) or "
        "the supervisor's (everything)",
    )


def export_output_help() -> str:
    return QCoreApplication.translate("cli", "the file to write ('-' for standard output)")


def export_family_help() -> str:
    return QCoreApplication.translate("cli", "only this family")


def export_member_help() -> str:
    return QCoreApplication.translate(
        "cli", "for --format fhir: only this family member's WHO-5 measures"
    )


def member_only_fhir() -> str:
    return QCoreApplication.translate(
        "cli", "--member goes with --format fhir (a member's WHO-5 measures)."
    )


def fhir_needs_family() -> str:
    return QCoreApplication.translate(
        "cli", "WHO-5 measures are exported for one family: give --family ID."
    )


def no_such_member(member_id: str) -> str:
    return QCoreApplication.translate("cli", "The family has no member with the id {id}.").format(
        id=member_id
    )


def exported_who5(measures: int, path: Path | str) -> str:
    return QCoreApplication.translate(
        "cli", "Exported as FHIR. WHO-5 measures: {measures}. File: {path}"
    ).format(measures=measures, path=path)


def no_who5_measures() -> str:
    return QCoreApplication.translate(
        "cli", "There are no WHO-5 measures to export: no file was written."
    )


def import_help() -> str:
    return QCoreApplication.translate("cli", "merge the families of a JSON export into the vault")


def import_file_help() -> str:
    return QCoreApplication.translate("cli", "a file made by `ftbt-desktop export`")


def report_help() -> str:
    return QCoreApplication.translate(
        "cli", "write the outcome report over all families (or chosen ones) as PDF and CSV"
    )


def report_description() -> str:
    return QCoreApplication.translate(
        "cli",
        "The programme's outcome report: an A4 PDF with charts and, with --csv, the "
        "figures as CSV for Excel, over every family but the demo ones or those given "
        "with --family. --from and --to limit it to a period. Counts under 5 are shown as "
        "“<5”; the files hold no names and no ids, but they are personal data: keep them "
        "in the encrypted folder your municipality prescribes.",
    )


def report_from_help() -> str:
    return QCoreApplication.translate(
        "cli", "first day of the period (YYYY-MM-DD or DD.MM.YYYY; default: no limit)"
    )


def report_to_help() -> str:
    return QCoreApplication.translate(
        "cli", "last day of the period (YYYY-MM-DD or DD.MM.YYYY; default: no limit)"
    )


def report_family_help() -> str:
    return QCoreApplication.translate(
        "cli", "only these families (default: all but the demo families)"
    )


def report_output_help() -> str:
    return QCoreApplication.translate("cli", "the PDF file to write")


def report_csv_help() -> str:
    return QCoreApplication.translate("cli", "also write the figures as CSV (for Excel)")


def report_compare_from_help() -> str:
    return QCoreApplication.translate(
        "cli",
        "set a second period beside the first (--from/--to), starting on this date "
        "(YYYY-MM-DD); the headline figures of both and the change are added",
    )


def report_compare_to_help() -> str:
    return QCoreApplication.translate("cli", "the second period's last day (YYYY-MM-DD), included")


def report_by_team_help() -> str:
    return QCoreApplication.translate(
        "cli",
        "add the headline figures per team (the team of each family's coordinator, as "
        "the central server said at the last sync)",
    )


def report_json_help() -> str:
    return QCoreApplication.translate(
        "cli", "also write the figures as JSON (stable keys, units and numbers, for scripts)"
    )


def login_help() -> str:
    return QCoreApplication.translate(
        "cli",
        "sign this vault in to the central server (password from FTBT_PASSWORD or a prompt)",
    )


def login_server_help() -> str:
    return QCoreApplication.translate("cli", "the central server's address")


def login_user_help() -> str:
    return QCoreApplication.translate("cli", "your username")


def login_sso_help() -> str:
    return QCoreApplication.translate(
        "cli",
        "sign in to the central server with the municipality's login in the browser "
        "instead of a password",
    )


def open_this_address(url: str) -> str:
    return QCoreApplication.translate(
        "cli",
        "Sign in in the browser. If no browser opens, open this address in a browser on "
        "this computer:\n{url}",
    ).format(url=url)


def login_device_help() -> str:
    return QCoreApplication.translate(
        "cli", "this computer's name as the server's audit log shows it"
    )


def sync_help() -> str:
    return QCoreApplication.translate(
        "cli", "send and fetch changes; exit 0 when this vault is in sync"
    )


def rekey_help() -> str:
    return QCoreApplication.translate(
        "cli", "re-encrypt all data with a new key (when a secret may be known)"
    )


def rekey_description() -> str:
    return QCoreApplication.translate(
        "cli",
        "Re-encrypts all data with a new key, replaces the backups with a new one and "
        "prints a new recovery key. Use it when the passphrase or the recovery key may "
        "be known to someone else: an old copy of the key file then opens nothing "
        "written from now on. Close FTBT Desktop first.",
    )


def rekey_new_passphrase_help() -> str:
    return QCoreApplication.translate(
        "cli", "choose a new passphrase too (asked twice, or FTBT_NEW_PASSPHRASE)"
    )
