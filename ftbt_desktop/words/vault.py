"""Plain, translated words for what storage reports: damaged parts, hints, failures.

Storage names damaged parts in fixed English words and passphrase hints as
codes; the UI never shows those raw, only the sentences here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ftbt_desktop.core.passphrase import Hint
from ftbt_desktop.storage.errors import FolderAclNotSet, FolderNotPrivate

# Written out in full at each use: pyside6-lupdate only collects literal
# `QCoreApplication.translate("VaultWords", "...")` calls.


def affected_text(word: str) -> str:
    """One damaged part, as `VaultDamaged.affected` names it, in the UI language."""
    words = {
        "key file": QCoreApplication.translate("VaultWords", "the key file (vault.keys)"),
        "database file": QCoreApplication.translate("VaultWords", "the database file (vault.db)"),
        "change history": QCoreApplication.translate("VaultWords", "the history of changes"),
        "current data": QCoreApplication.translate("VaultWords", "the current data about families"),
        "vault settings": QCoreApplication.translate("VaultWords", "the vault's own settings"),
        "schema version": QCoreApplication.translate(
            "VaultWords", "the record of the vault's format version"
        ),
        "search indexes": QCoreApplication.translate("VaultWords", "the search indexes"),
        "unused or index pages": QCoreApplication.translate(
            "VaultWords", "unused pages or index pages"
        ),
        "backups": QCoreApplication.translate("VaultWords", "the backups"),
    }
    return words.get(word, QCoreApplication.translate("VaultWords", "other parts of the vault"))


def hint_text(hint: Hint) -> str:
    texts = {
        Hint.EMPTY: QCoreApplication.translate(
            "VaultWords",
            "Choose a passphrase of several ordinary words you can remember, "
            "for example four words with spaces between them.",
        ),
        Hint.TOO_SHORT: QCoreApplication.translate(
            "VaultWords",
            "Too short: use at least 12 characters. Several words are easier to "
            "remember than one complicated word.",
        ),
        Hint.COMMON: QCoreApplication.translate(
            "VaultWords",
            "Many people use this passphrase, so it is easy to guess. Choose your own words.",
        ),
        Hint.REPEATED: QCoreApplication.translate(
            "VaultWords", "Repeated characters or words are easy to guess. Use different words."
        ),
        Hint.SEQUENCE: QCoreApplication.translate(
            "VaultWords",
            "Sequences such as “abcd”, “1234” or “qwerty” are easy to guess. Use words instead.",
        ),
        Hint.ONLY_ONE_KIND: QCoreApplication.translate(
            "VaultWords", "Only digits or symbols are easy to guess. Use words instead."
        ),
        Hint.ADD_WORDS: QCoreApplication.translate(
            "VaultWords", "Acceptable. One or two more words would make it much stronger."
        ),
        Hint.OK: QCoreApplication.translate("VaultWords", "Good passphrase."),
        Hint.STRONG: QCoreApplication.translate("VaultWords", "Strong passphrase."),
    }
    return texts[hint]


def mismatch_text() -> str:
    return QCoreApplication.translate(
        "VaultWords", "The two passphrases are not the same. Type the same passphrase twice."
    )


def wrong_passphrase_text() -> str:
    return QCoreApplication.translate(
        "VaultWords",
        "This passphrase does not open the vault. Check that Caps Lock is off and try again.",
    )


def wrong_recovery_key_text() -> str:
    return QCoreApplication.translate(
        "VaultWords",
        "This recovery key does not open the vault. Check each group of characters and try again.",
    )


def newer_vault_text() -> str:
    return QCoreApplication.translate(
        "VaultWords",
        "This vault was saved by a newer version of FTBT Desktop. "
        "Install the newest version to open it.",
    )


def unexpected_text() -> str:
    return QCoreApplication.translate(
        "VaultWords",
        "Something unexpected went wrong. Try again; if it keeps "
        "happening, restart FTBT Desktop and contact your IT support.",
    )


def storage_failure_text() -> str:
    return QCoreApplication.translate(
        "VaultWords",
        "FTBT Desktop could not read or write its files in the data folder. Check that the "
        "disk is not full and that you may write to the folder.",
    )


def disk_full_text() -> str:
    return QCoreApplication.translate(
        "VaultWords",
        "The disk is full, so FTBT Desktop cannot open or save the vault. The vault is not "
        "damaged and nothing was changed. Make room on the disk (empty the wastebasket, "
        "delete large files you do not need) and try again.",
    )


def foreign_key_file_text() -> str:
    return QCoreApplication.translate(
        "VaultWords",
        "The key file (vault.keys) belongs to another vault: it does not open this vault's "
        "data, which is not damaged.",
    )


def folder_not_private_text(folder: str) -> str:
    return QCoreApplication.translate(
        "VaultWords",
        "The data folder {path} can be opened by other accounts on this computer, and "
        "FTBT Desktop cannot change that (the folder belongs to another account), so the "
        "vault is not opened there. Ask IT support to make the folder yours alone, or start "
        "FTBT Desktop with another data folder.",
    ).format(path=folder)


def folder_acl_not_set_text(folder: str) -> str:
    return QCoreApplication.translate(
        "VaultWords",
        "The data folder {path} could not be made yours alone: Windows refused to set its "
        "access list, so the vault is not opened there. Ask IT support to give your account "
        "alone full control of the folder, or start FTBT Desktop with another data folder.",
    ).format(path=folder)


def not_private_text(exc: FolderNotPrivate) -> str:
    """What to say about a data folder others may open, on POSIX or on Windows."""
    if isinstance(exc, FolderAclNotSet):
        return folder_acl_not_set_text(exc.path)
    return folder_not_private_text(exc.path)


def in_use_text() -> str:
    return QCoreApplication.translate(
        "VaultWords",
        "Another FTBT Desktop (a second window or a command) is working on this data folder, "
        "so nothing was changed. Close it, or wait for it to finish, and try again.",
    )
