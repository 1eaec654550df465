"""No English is left in issue 4's tabs under the Danish locale: every text shown on
the Goals and plan (both pages, both groupings), Visits, Measures (adult and
child), Network and consent pages, with every form open, and in History, is
collected in English and again after switching to Danish; a text that stays
the same must be the family's own words or a word Danish shares with English.
Dates read dd.MM.yyyy, never ISO."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from casework_kinds import CASEWORK_TYPES
from danish_pages_helpers import DATE, LETTERS, walk
from plan_helpers import install_danish
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QApplication,
)
from pytestqt.qtbot import QtBot

from ftbt_desktop.core.model import MemberRole
from ftbt_desktop.storage.demo import add_demo_families
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.workspace import FamilyWorkspace
from ftbt_desktop.words.translations import install_translators

# Words Danish writes as English does.
SAME_IN_BOTH = {"Status", "Score", "Partner", "Jobcenter", "Video", "Note", "For", "Person", "WHO"}
ISO_DATE = re.compile(r"\b\d{4}-\d\d-\d\d\b")


@pytest.fixture
def service(data_dir: Path, vault: Vault) -> Iterator[VaultService]:
    service = VaultService(data_dir)
    service.attach(vault)
    yield service
    service.lock()


@pytest.fixture
def english_then_back(qapp: QApplication) -> Iterator[None]:
    locale = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    install_translators(qapp, "en")
    QLocale.setDefault(locale)


def family_words(service: VaultService, family_id: str) -> list[str]:
    """Every text the family's own entities hold, longest first."""
    words: set[str] = set()
    for entity_type in ("family", "member", "map_node", "map_snapshot", *CASEWORK_TYPES):
        for values in service.on_vault(Repository.entities, family_id, entity_type).values():
            for value in values.values():
                items = value if isinstance(value, list) else [value]
                words |= {v for v in items if isinstance(v, str) and LETTERS.search(v)}
    return sorted(words, key=len, reverse=True)


def test_nothing_in_english_is_left_under_the_danish_locale(
    qtbot: QtBot, qapp: QApplication, service: VaultService, tmp_path: Path, english_then_back: None
) -> None:
    family_id = service.on_vault(add_demo_families)[0]
    child_id = next(m.id for m in service.members(family_id) if m.role is MemberRole.CHILD)
    workspace = FamilyWorkspace(service)
    qtbot.addWidget(workspace)
    workspace.resize(1400, 1000)
    workspace.show()
    workspace.show_family(family_id)

    english = walk(qtbot, workspace, child_id)
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    install_danish(qapp, tmp_path)
    qapp.processEvents()  # the language-change events retranslate every page
    danish = walk(qtbot, workspace, child_id)

    assert "Mål og plan" in danish and "Netværk og samtykke" in danish  # Danish is on
    data = family_words(service, family_id)
    left = []
    for text in english & danish:
        rest = text
        for words in data:
            rest = rest.replace(words, " ")
        if set(LETTERS.findall(rest)) - SAME_IN_BOTH:
            left.append(text)
    assert not left, f"still English under Danish: {sorted(left)}"

    shown_dates = {d for t in danish for d in DATE.findall(t)}
    assert shown_dates, "no dates shown"
    assert all(re.fullmatch(r"\d\d\.\d\d\.\d{4}", d) for d in shown_dates), shown_dates
    assert not any(ISO_DATE.search(t) for t in danish), [t for t in danish if ISO_DATE.search(t)]
