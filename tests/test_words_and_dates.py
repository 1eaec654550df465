"""Issue 12, item 7: words and dates, checked on real widgets the way a person meets them.

Qt's own save dialog speaks Danish; the English UI writes dates day first;
a date typed whole over a selection is the date typed; the words follow
shared/GLOSSARY.md across the whole Danish catalogue.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from plan_helpers import install_danish
from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ftbt_desktop.operations.records import add_record
from ftbt_desktop.ui.dialogs.save_dialog import qt_save_dialog
from ftbt_desktop.ui.workspace.inputs import DateEdit
from ftbt_desktop.words.common import date_text, datetime_text
from ftbt_desktop.words.translations import install_translators

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "ftbt_da.ts"


@pytest.fixture
def locale_back(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    yield
    install_translators(qapp, "en")
    QLocale.setDefault(before)


# -- Qt's own dialogs in Danish ---------------------------------------------------


def dialog_words(dialog: QWidget) -> set[str]:
    """What the save dialog shows: labels, buttons, tooltips, column heads, window title."""
    words = {dialog.windowTitle()}
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton):
            words.add(widget.text())
        words |= {widget.toolTip(), widget.accessibleName()}
        if isinstance(widget, QTreeView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                words.add(str(model.headerData(column, Qt.Orientation.Horizontal)))
        if isinstance(widget, QComboBox):
            words |= {widget.itemText(i) for i in range(widget.count())}
    return {w for w in words if re.search(r"[A-Za-z]{2}", w or "")}


def words_of_the_save_dialog(qtbot: QtBot, tmp_path: Path) -> set[str]:
    """Open the app's own save dialog (Qt's, not the system's) and read it."""
    seen: set[str] = set()

    def read_and_close() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QFileDialog) and w.isVisible()
        )
        seen.update(dialog_words(dialog))
        dialog.reject()

    parent = QWidget()
    qtbot.addWidget(parent)
    QTimer.singleShot(0, read_and_close)
    assert qt_save_dialog(parent, "Gem", str(tmp_path / "plan.pdf"), "PDF (*.pdf)") == ""
    return seen


def test_the_save_dialog_speaks_danish_in_the_danish_ui(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, locale_back: None
) -> None:
    install_translators(qapp, "en")
    english = words_of_the_save_dialog(qtbot, tmp_path)
    assert "&Look in:" in english and "Files of &type:" in english  # the English labels
    install_danish(qapp, tmp_path)
    danish = words_of_the_save_dialog(qtbot, tmp_path)
    # Words Danish writes as English does, paths and our own filter are fine.
    same = {"Type", "PDF (*.pdf)", "Gem", str(tmp_path)}
    left = sorted((english & danish) - same)
    assert not left, f"English left in the Danish save dialog: {left}"
    assert "&Kig i:" in danish and "Filer af &typen:" in danish


# -- dates: day first in English too ---------------------------------------------


def test_the_english_ui_writes_dates_day_first(
    qtbot: QtBot, qapp: QApplication, locale_back: None
) -> None:
    # The machine's own locale must not matter: C and en_US both wrote "4/6/2027".
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert install_translators(qapp, "en") == "en"
    assert date_text("2027-04-06") == "06/04/2027"
    when = dt.datetime(2027, 4, 6, 13, 5).astimezone()
    assert datetime_text(when).startswith("06/04/2027 ")
    edit = DateEdit("probe")
    qtbot.addWidget(edit)
    edit.set_iso("2027-04-06")
    assert edit.text() == "06/04/2027"
    assert QLocale().firstDayOfWeek() == Qt.DayOfWeek.Monday  # the calendar pop-up, too


# -- typing a date over a selection ------------------------------------------------


def focused_date_edit(qtbot: QtBot) -> DateEdit:
    edit = DateEdit("typed_date")
    qtbot.addWidget(edit)
    edit.show()
    edit.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.setDate(QDate(2025, 11, 23))
    return edit


@pytest.mark.parametrize("language", ["da", "en"])
@pytest.mark.parametrize("typed", ["06-04-2027", "06.04.2027", "6/4/2027", "06042027", "6.4.27"])
def test_a_date_typed_over_select_all_is_the_date_typed(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, locale_back: None, language: str, typed: str
) -> None:
    if language == "da":
        install_danish(qapp, tmp_path)
    else:
        install_translators(qapp, "en")
    edit = focused_date_edit(qtbot)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert edit.lineEdit().selectedText() == edit.text()  # everything selected
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.iso() == "2027-04-06", edit.text()


def test_a_date_typed_part_by_part_after_tab_is_the_date_typed(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, locale_back: None
) -> None:
    install_danish(qapp, tmp_path)
    edit = focused_date_edit(qtbot)  # focus selects the day, as Tab does
    qtbot.keyClicks(edit, "1-12-2026")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.iso() == "2026-12-01", edit.text()


# -- the glossary across the whole catalogue ---------------------------------------

# (English term in the source, the Danish word every translation of it must use)
GLOSSARY = (
    (r"\bpassphrases?\b", "adgangssætning"),
    (r"\bvaults?\b(?! ?\.)", "boks"),
    (r"\bsnapshots?\b", "øjebliksbillede"),
    (r"\brecovery keys?\b", "gendannelsesnøgle"),
    (r"\bconsents?\b", "samtykke"),
    (r"\bfamily view\b", "familievisning"),
    (r"\bfamily map\b", "familiekort"),
    (r"\bcoordinators?\b", "koordinator"),
    (r"\bchallenges?\b", "udfordring"),
    (r"\blife areas?\b", "livsområde"),
    (r"\bwellbeing\b", "trivsel"),
    (r"\bconflicts?\b", "konflikt"),
)
# A password (adgangskode) is the central server's sign-in only; the vault has a
# passphrase (adgangssætning). A password manager (adgangskodeadministrator) is fine.
SERVER_CONTEXTS = {"SignInDialog", "SyncWords"}


def about_the_server(context: str, source: str) -> bool:
    return context in SERVER_CONTEXTS or "server" in source.lower()


def catalogue() -> list[tuple[str, str, str]]:
    """(context, source, translation) of every live message of the Danish catalogue."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            text = " ".join(t for t in translation.itertext() if t)
            found.append((name, message.findtext("source", ""), text))
    return found


def test_the_danish_words_follow_the_glossary() -> None:
    wrong = []
    for context, source, danish in catalogue():
        if "vault." in source:  # file names (vault.db, vault.keys) are not the concept
            continue
        for english, word in GLOSSARY:
            if re.search(english, source, re.IGNORECASE) and word not in danish.lower():
                wrong.append(f"{context}: {source!r} -> {danish!r} (wants {word!r})")
        says_password = re.search(r"\bpasswords?\b(?! manager)", source, re.IGNORECASE)
        says_adgangskode = re.search(r"adgangskode(?!administrator)", danish.lower())
        if (says_password or says_adgangskode) and not about_the_server(context, source):
            wrong.append(f"{context}: {source!r} -> {danish!r} (a passphrase, not a password)")
    assert not wrong, "\n".join(wrong)


def test_lists_of_kinds_of_information_have_no_capital_mid_list(
    qapp: QApplication, tmp_path: Path, locale_back: None
) -> None:
    from ftbt_desktop.words.network import info_kinds_text

    install_danish(qapp, tmp_path)
    assert info_kinds_text(["health", "work_education"]) == "Helbred, arbejde og uddannelse"
    assert info_kinds_text(["economy"]) == "Økonomi"


def test_the_family_version_is_offered_in_plain_words(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, locale_back: None
) -> None:
    from ftbt_desktop.ui.plan_export.export_dialog import PlanExportDialog

    install_danish(qapp, tmp_path)
    dialog = PlanExportDialog()
    qtbot.addWidget(dialog)
    text = dialog.family_radio.text()
    # "et enkelt sprog" reads as "a single language"; the family's version is plain words.
    assert "sprog" not in text and "enkle ord" in text, text


def test_every_date_the_english_pages_show_is_day_first(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, vault: object, locale_back: None
) -> None:
    """Goals, visits, measures, network and history in English, every form open: each
    date shown is dd/MM/yyyy, and a known 6 April reads 06/04, not 4/6."""
    from danish_pages_helpers import DATE, walk

    from ftbt_desktop.core.model import MemberRole
    from ftbt_desktop.storage.demo import add_demo_families
    from ftbt_desktop.ui.service import VaultService
    from ftbt_desktop.ui.workspace.workspace import FamilyWorkspace

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    install_translators(qapp, "en")
    service = VaultService(data_dir)
    service.attach(vault)  # type: ignore[arg-type]
    try:
        family_id = service.on_vault(add_demo_families)[0]
        members = service.members(family_id)
        adult = next(m.id for m in members if m.role is not MemberRole.CHILD)
        child = next(m.id for m in members if m.role is MemberRole.CHILD)
        service.run(
            add_record,
            "who5_measure",
            family_id,
            {"member_id": adult, "date": "2025-04-06", "answers": [3] * 5},
        )
        workspace = FamilyWorkspace(service)
        qtbot.addWidget(workspace)
        workspace.resize(1400, 1000)
        workspace.show()
        workspace.show_family(family_id)
        workspace.measures_tab.select_person(adult)
        shown = walk(qtbot, workspace, child)
        dates = {d for text in shown for d in DATE.findall(text)}
        assert "06/04/2025" in dates
        assert all(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates), sorted(dates)
    finally:
        service.lock()
