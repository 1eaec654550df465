"""Plain, translated words for what storage reports: damaged parts, hints, failures.

Storage names damaged parts in fixed English words and passphrase hints as
codes; the UI never shows those raw, only the sentences here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ftbt_desktop.core.passphrase import Hint


def _tr(text: str) -> str:
    return QCoreApplication.translate("VaultWords", text)


def affected_text(word: str) -> str:
    """One damaged part, as `VaultDamaged.affected` names it, in the UI language."""
    words = {
        "key file": _tr("the key file (vault.keys)"),
        "database file": _tr("the database file (vault.db)"),
        "change history": _tr("the history of changes"),
        "current data": _tr("the current data about families"),
        "vault settings": _tr("the vault's own settings"),
        "schema version": _tr("the record of the vault's format version"),
        "search indexes": _tr("the search indexes"),
        "unused or index pages": _tr("unused pages or index pages"),
        "backups": _tr("the backups"),
    }
    return words.get(word, _tr("other parts of the vault"))


def hint_text(hint: Hint) -> str:
    texts = {
        Hint.EMPTY: _tr(
            "Choose a passphrase of several ordinary words you can remember, "
            "for example four words with spaces between them."
        ),
        Hint.TOO_SHORT: _tr(
            "Too short: use at least 12 characters. Several words are easier to "
            "remember than one complicated word."
        ),
        Hint.COMMON: _tr("This is a common password that is easy to guess. Choose your own words."),
        Hint.REPEATED: _tr("Repeated characters or words are easy to guess. Use different words."),
        Hint.SEQUENCE: _tr(
            "Sequences such as “abcd”, “1234” or “qwerty” are easy to guess. Use words instead."
        ),
        Hint.ONLY_ONE_KIND: _tr("Only digits or symbols are easy to guess. Use words instead."),
        Hint.ADD_WORDS: _tr("Acceptable. One or two more words would make it much stronger."),
        Hint.OK: _tr("Good passphrase."),
        Hint.STRONG: _tr("Strong passphrase."),
    }
    return texts[hint]


def mismatch_text() -> str:
    return _tr("The two passphrases are not the same. Type the same passphrase twice.")


def wrong_passphrase_text() -> str:
    return _tr(
        "This passphrase does not open the vault. Check that Caps Lock is off and try again."
    )


def wrong_recovery_key_text() -> str:
    return _tr(
        "This recovery key does not open the vault. Check each group of characters and try again."
    )


def newer_vault_text() -> str:
    return _tr(
        "This vault was saved by a newer version of FTBT Desktop. "
        "Install the newest version to open it."
    )


def unexpected_text() -> str:
    return _tr(
        "Something unexpected went wrong. Try again; if it keeps "
        "happening, restart FTBT Desktop and contact your IT support."
    )


def storage_failure_text() -> str:
    return _tr(
        "FTBT Desktop could not read or write its files in the data folder. Check that the "
        "disk is not full and that you may write to the folder."
    )
