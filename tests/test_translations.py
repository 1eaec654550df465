"""Danish is complete and really shows: every source string translated, the UI speaks it.

The .qm is compiled afresh from resources/translations/ftbt_da.ts into a tmp
folder, so these tests check the sources as they are, not a stale build.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

import ftbt_desktop
from ftbt_desktop.settings import Settings
from ftbt_desktop.ui.main_window import MainWindow
from ftbt_desktop.ui.vault_pages.backup_dialog import format_when
from ftbt_desktop.words.translations import install_translators, resolve_language

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "ftbt_da.ts"
TS_EN = ROOT / "resources" / "translations" / "ftbt_en.ts"
PACKAGE = Path(ftbt_desktop.__file__).resolve().parent


def _tool(name: str) -> str:
    beside_python = Path(sys.executable).parent / name
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    assert found, f"{name} not found (pip install PySide6)"
    return found


def untranslated(ts_file: Path) -> list[str]:
    """ "context: source" for every live message without a finished Danish translation."""
    missing = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            plural_forms = [t.text for t in translation.iter("numerusform")]
            texts = plural_forms or [translation.text]
            if kind == "unfinished" or not all(t and t.strip() for t in texts):
                missing.append(f"{name}: {message.findtext('source', '')!r}")
    return missing


def test_every_source_string_has_a_danish_translation(tmp_path: Path) -> None:
    updated = tmp_path / "ftbt_da.ts"
    shutil.copy(TS, updated)
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-ts", str(updated)],
        check=True,
        capture_output=True,
    )
    missing = untranslated(updated)
    assert not missing, (
        f"{len(missing)} strings lack Danish; run `make translations`, translate them in "
        f"{TS.relative_to(ROOT)}:\n" + "\n".join(missing)
    )


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("i18n")
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(folder / "ftbt_da.qm")],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(TS_EN), "-qm", str(folder / "ftbt_en.qm")],
        check=True,
        capture_output=True,
    )
    return folder


@pytest.fixture
def danish(qapp: QApplication, qm_dir: Path) -> Iterator[None]:
    before = QLocale()
    assert install_translators(qapp, "da", qm_dir=qm_dir) == "da"
    yield
    install_translators(qapp, "en")
    QLocale.setDefault(before)


def test_the_window_speaks_danish(qtbot: QtBot, tmp_path: Path, danish: None) -> None:
    window = MainWindow(tmp_path / "data", Settings(language="da"))
    qtbot.addWidget(window)
    assert window.lock_action.text() == "Lås"
    assert window.create_page.create_button.text() == "Opret boks"
    assert window.unlock_page.unlock_button.text() == "Lås op"
    assert window.windowTitle() == "FTBT Desktop"
    # Qt's own catalogue is installed too, so standard buttons match.
    dialog = window.open_settings()
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Annuller"
    dialog.reject()


def test_danish_dates_are_day_month_year_with_dots(danish: None) -> None:
    import datetime as dt

    when = dt.datetime(2025, 12, 24, 13, 5, tzinfo=dt.UTC)
    assert re.match(r"24\.12\.2025 \d\d\.\d\d$", format_when(when))


def test_english_leaves_the_source_strings(
    qtbot: QtBot, tmp_path: Path, qapp: QApplication
) -> None:
    before = QLocale()
    try:
        assert install_translators(qapp, "en") == "en"
        window = MainWindow(tmp_path / "data", Settings(language="en"))
        qtbot.addWidget(window)
        assert window.lock_action.text() == "Lock"
        assert QLocale().language() == QLocale.Language.English
    finally:
        QLocale.setDefault(before)


def counted_forms(ts_file: Path) -> dict[str, list[str]]:
    """ "context: source" → its plural forms, for every counted (numerus) message."""
    forms = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                texts = [t.text or "" for t in message.iter("numerusform")]
                forms[f"{name}: {message.findtext('source', '')}"] = texts
    return forms


def test_every_counted_phrase_has_a_singular_and_a_plural_in_both_languages(
    tmp_path: Path,
) -> None:
    # Refreshed from the code first, as in the Danish test above: a counted phrase
    # added without its forms fails here.
    catalogues = []
    for ts in (TS, TS_EN):
        updated = tmp_path / ts.name
        shutil.copy(ts, updated)
        sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
        subprocess.run(
            [_tool("pyside6-lupdate"), *sources, "-ts", str(updated)],
            check=True,
            capture_output=True,
        )
        catalogues.append(counted_forms(updated))
    danish, english = catalogues
    assert danish.keys() == english.keys() and len(danish) >= 30
    for key in danish:
        # A context lupdate made up ("QCoreApplication.X", see words/counted.py)
        # would never be looked up at run time.
        assert not key.startswith("QCoreApplication."), key
        for forms in (danish[key], english[key]):
            assert len(forms) == 2 and all(f.strip() for f in forms), (key, forms)
            assert "(s)" not in forms[0] + forms[1], (key, forms)


def test_counted_words_read_right_in_english_and_danish(qapp: QApplication, qm_dir: Path) -> None:
    from ftbt_desktop.words.clock import duration_text
    from ftbt_desktop.words.sync import pending_text

    before = QLocale()
    try:
        assert install_translators(qapp, "en", qm_dir=qm_dir) == "en"
        assert pending_text(1) == "1 change waiting to sync"
        assert pending_text(3) == "3 changes waiting to sync"
        assert duration_text(2 * 24 * 3600 * 1000) == "2 days"
        install_translators(qapp, "da", qm_dir=qm_dir)
        assert pending_text(1) == "1 ændring venter på synkronisering"
        assert pending_text(3) == "3 ændringer venter på synkronisering"
        assert duration_text(24 * 3600 * 1000) == "1 dag"
    finally:
        install_translators(qapp, "en")
        QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("auto", QLocale.Language.English, "en"),
        ("auto", QLocale.Language.Danish, "da"),
        ("auto", QLocale.Language.German, "da"),
        ("auto", QLocale.Language.C, "da"),
        ("da", QLocale.Language.English, "da"),
        ("en", QLocale.Language.Danish, "en"),
    ],
)
def test_language_choice(setting: str, system: QLocale.Language, expected: str) -> None:
    assert resolve_language(setting, QLocale(system)) == expected


def test_a_plain_core_application_gets_danish_too(qm_dir: Path) -> None:
    """The command line has no widgets: translations must work on a QCoreApplication."""
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication, QDate, QLocale
        from ftbt_desktop.words.translations import install_translators
        app = QCoreApplication([])
        print(install_translators(app, "da", qm_dir=Path({str(qm_dir)!r})))
        print(QCoreApplication.translate("VaultWords", "the backups"))
        print(QLocale().toString(QDate(2025, 3, 7), QLocale.FormatType.ShortFormat))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    )
    assert result.stdout.split("\n")[:3] == ["da", "sikkerhedskopierne", "07.03.2025"]


def test_missing_catalogue_falls_back_to_english_words(qapp: QApplication, tmp_path: Path) -> None:
    before = QLocale()
    try:
        assert install_translators(qapp, "da", qm_dir=tmp_path) == "da"
        assert QCoreApplication.translate("VaultWords", "the backups") == "the backups"
    finally:
        install_translators(qapp, "en")
        QLocale.setDefault(before)
