"""Pick the UI language and install Qt's and our own translations.

Danish is the primary language; English is chosen automatically only when
the system speaks English. Qt's own `qtbase` catalogue goes in first so the
standard dialogs and buttons (OK, Cancel, Yes…) speak the same language as
ours; the few words it lacks are in ours (`qt_words.py`), which Qt asks
first. Works with a plain QCoreApplication, so the command line speaks
Danish too.

The English UI keeps Danish conventions (`ENGLISH_LOCALE`, en_DK): a date is
day, month, year ("06/04/2027"), never the American month first, which a
Danish reader takes for 6 April whatever the system is set to.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import ftbt_desktop

LANGUAGES = ("da", "en")
QM_DIR = Path(ftbt_desktop.__file__).resolve().parent / "i18n"

# English words, Danish dates and numbers (dd/MM/yyyy, Monday first, 1.234,5).
ENGLISH_LOCALE = QLocale(QLocale.Language.English, QLocale.Country.Denmark)

log = logging.getLogger(__name__)

# Translators must outlive the call (Qt holds only a pointer); keeping them
# here also lets a second call replace rather than stack them.
_installed: list[QTranslator] = []


def resolve_language(setting: str, system: QLocale | None = None) -> str:
    """The language to use for a setting of "auto", "da" or "en"."""
    if setting in LANGUAGES:
        return setting
    system = system if system is not None else QLocale.system()
    return "en" if system.language() == QLocale.Language.English else "da"


def language_in_force() -> str:
    """ "da" or "en": the language the running app speaks (set at start)."""
    return "en" if QLocale().language() == QLocale.Language.English else "da"


def install_translators(app: QCoreApplication, language: str, qm_dir: Path | None = None) -> str:
    """Install the translations for `language` ("auto", "da" or "en"); returns "da" or "en".

    `qm_dir` overrides where ftbt_da.qm and ftbt_en.qm are looked for (tests build
    them afresh).
    """
    chosen = resolve_language(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if chosen == "da":
        QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        _install(app, qt_dir / "qtbase_da.qm")
        _install(app, (qm_dir or QM_DIR) / "ftbt_da.qm")
    else:
        # Not the system's territory: on a machine set to the C or en_US locale that
        # wrote 6/4/2027, which a Danish reader takes for 6 April.
        QLocale.setDefault(ENGLISH_LOCALE)
        # English is the source language; its catalogue holds only the singular and
        # plural of counted words ("1 change", "3 changes": words/counted.py).
        _install(app, (qm_dir or QM_DIR) / "ftbt_en.qm")
    return chosen


def _install(app: QCoreApplication, path: Path) -> None:
    translator = QTranslator(app)
    if not translator.load(str(path)):
        log.warning("translation %s not found; run `make translations` to build it", path.name)
        return
    app.installTranslator(translator)
    _installed.append(translator)
