"""The family workspace over a real vault: details, members form, close/reopen, history."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from conftest import PASSPHRASE
from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
)
from pytestqt.qtbot import QtBot

from ftbt_desktop.core.family_ref import family_reference
from ftbt_desktop.core.model import FamilyStatus, MemberRole
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.family_list import FamilyListPanel
from ftbt_desktop.ui.workspace.workspace import FamilyWorkspace
from ftbt_desktop.words.common import datetime_text
from ftbt_desktop.words.translations import install_translators


@pytest.fixture
def service(data_dir: Path, vault: Vault) -> VaultService:
    service = VaultService(data_dir)
    service.attach(vault)
    return service


@pytest.fixture
def family_id(service: VaultService) -> str:
    family_id = service.create_family("Hansen", coordinator="Mette K.").primary_id
    assert family_id is not None
    return family_id


@pytest.fixture
def workspace(qtbot: QtBot, service: VaultService, family_id: str) -> FamilyWorkspace:
    workspace = FamilyWorkspace(service)
    qtbot.addWidget(workspace)
    workspace.resize(900, 700)
    workspace.show()
    workspace.show_family(family_id)
    workspace.tab_widget.setCurrentWidget(workspace.details_tab)
    return workspace


@pytest.fixture
def danish() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    yield
    QLocale.setDefault(before)


W = TypeVar("W", bound=QObject)


def child(workspace: FamilyWorkspace, kind: type[W], name: str) -> W:
    widget = workspace.findChild(kind, name)
    assert widget is not None, name
    return widget


def open_tab(workspace: FamilyWorkspace, title: str) -> None:
    tabs = workspace.tab_widget
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == title)
    tabs.setCurrentIndex(index)


def fill_member(
    qtbot: QtBot,
    workspace: FamilyWorkspace,
    name: str,
    role: MemberRole,
    year: str,
    household: bool = True,
) -> None:
    name_edit = child(workspace, QLineEdit, "member_name")
    name_edit.clear()
    qtbot.keyClicks(name_edit, name)
    role_combo = child(workspace, QComboBox, "member_role")
    role_combo.setCurrentIndex(role_combo.findData(role.value))
    year_edit = child(workspace, QLineEdit, "member_birth_year")
    year_edit.clear()
    qtbot.keyClicks(year_edit, year)
    child(workspace, QCheckBox, "member_in_household").setChecked(household)


def select_member_row(workspace: FamilyWorkspace, name: str) -> None:
    table = child(workspace, QTableWidget, "members_table")
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == name)
    table.selectRow(row)


def test_header_names_the_family_and_marks_demo_families(
    service: VaultService, workspace: FamilyWorkspace
) -> None:
    assert child(workspace, QLabel, "workspace_family_name").text() == "Hansen"
    assert "Active" in child(workspace, QLabel, "workspace_family_status").text()
    assert not child(workspace, QLabel, "workspace_demo_banner").isVisible()

    demo = service.create_family("Holm", is_demo=True).primary_id
    workspace.show_family(demo)
    banner = child(workspace, QLabel, "workspace_demo_banner")
    assert banner.isVisible() and "Demo family" in banner.text()

    workspace.show_family(None)
    assert workspace.stack.currentWidget() is workspace.placeholder
    assert workspace.current_family_id() is None


def test_header_shows_the_reference_a_coordinator_reads_out_to_it(
    qtbot: QtBot, service: VaultService, family_id: str, workspace: FamilyWorkspace
) -> None:
    """IT finds a family by this reference (`ftbt-server family list F-…`): the header
    shows it, selectable to copy; a demo family, never on the server, shows none."""
    label = child(workspace, QLabel, "workspace_family_reference")
    assert label.isVisible()
    assert label.text() == f"Reference: {family_reference(family_id)}"
    flags = label.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    label.setFocus()
    qtbot.keyClick(label, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert label.selectedText() == label.text()

    demo = service.create_family("Holm", is_demo=True).primary_id
    workspace.show_family(demo)
    assert not label.isVisible()
    workspace.show_family(family_id)
    assert label.isVisible() and family_reference(family_id) in label.text()


def test_add_two_adults_and_two_children_then_edit_and_remove_one(
    qtbot: QtBot, service: VaultService, family_id: str, workspace: FamilyWorkspace
) -> None:
    open_tab(workspace, "Members")
    people = [
        ("Sara", MemberRole.PARENT, "1986", True),
        ("Omar", MemberRole.PARTNER, "1984", True),
        ("Emma", MemberRole.CHILD, "2014", True),
        ("Noah", MemberRole.CHILD, "2019", False),
    ]
    for name, role, year, household in people:
        child(workspace, QPushButton, "member_add").click()
        fill_member(qtbot, workspace, name, role, year, household)
        child(workspace, QPushButton, "member_save").click()
        assert not workspace.members_tab.form.isVisible()

    members = {m.name: m for m in service.members(family_id)}
    assert {n: (m.role, m.birth_year, m.in_household) for n, m in members.items()} == {
        name: (role, int(year), household) for name, role, year, household in people
    }
    table = child(workspace, QTableWidget, "members_table")
    rows = [[table.item(r, c).text() for c in range(5)] for r in range(table.rowCount())]
    this_year = dt.date.today().year
    assert ["Noah", "Child", "2019", str(this_year - 2019), "No"] in rows
    assert ["Sara", "Parent", "1986", str(this_year - 1986), "Yes"] in rows

    select_member_row(workspace, "Noah")
    child(workspace, QPushButton, "member_edit").click()
    assert child(workspace, QLineEdit, "member_birth_year").text() == "2019"
    fill_member(qtbot, workspace, "Noah", MemberRole.CHILD, "2018", True)
    child(workspace, QPushButton, "member_save").click()
    noah = next(m for m in service.members(family_id) if m.name == "Noah")
    assert (noah.birth_year, noah.in_household) == (2018, True)

    select_member_row(workspace, "Omar")
    child(workspace, QPushButton, "member_remove").click()
    confirm = workspace.members_tab.remove_confirm
    assert confirm.isVisible() and "Omar" in confirm.question
    assert service.members(family_id)[0].name != "" and len(service.members(family_id)) == 4
    child(workspace, QPushButton, "member_remove_confirm_yes").click()
    assert sorted(m.name for m in service.members(family_id)) == ["Emma", "Noah", "Sara"]
    assert table.rowCount() == 3


def test_member_form_refuses_bad_input_and_keeps_the_text(
    qtbot: QtBot, service: VaultService, family_id: str, workspace: FamilyWorkspace
) -> None:
    open_tab(workspace, "Members")
    child(workspace, QPushButton, "member_add").click()
    fill_member(qtbot, workspace, "  ", MemberRole.PARENT, "1990")
    error = child(workspace, QLabel, "member_error")

    with qtbot.assertNotEmitted(service.sig_changed):
        child(workspace, QPushButton, "member_save").click()
    assert error.isVisible() and "Name" in error.text()
    assert child(workspace, QLineEdit, "member_birth_year").text() == "1990"

    future = str(dt.date.today().year + 3)
    fill_member(qtbot, workspace, "Sara", MemberRole.PARENT, future)
    with qtbot.assertNotEmitted(service.sig_changed):
        child(workspace, QPushButton, "member_save").click()
    assert "Birth year" in error.text() and str(dt.date.today().year) in error.text()
    assert child(workspace, QLineEdit, "member_name").text() == "Sara"
    assert child(workspace, QLineEdit, "member_birth_year").text() == future
    assert workspace.members_tab.form.isVisible()
    assert service.members(family_id) == []

    # Cancelling leaves the vault untouched and the buttons usable again.
    child(workspace, QPushButton, "member_cancel").click()
    assert child(workspace, QPushButton, "member_add").isEnabled()
    assert service.members(family_id) == []


def test_details_form_writes_only_what_was_edited(
    qtbot: QtBot, service: VaultService, family_id: str, workspace: FamilyWorkspace
) -> None:
    before = len(service.on_vault(Repository.changes, family_id))
    name = child(workspace, QLineEdit, "family_name")
    coordinator = child(workspace, QLineEdit, "family_coordinator")
    assert (name.text(), coordinator.text()) == ("Hansen", "Mette K.")
    save = child(workspace, QPushButton, "family_save")
    assert not save.isEnabled()

    coordinator.clear()
    qtbot.keyClicks(coordinator, "Jonas P.")
    assert save.isEnabled()
    save.click()

    new = service.on_vault(Repository.changes, family_id)[before:]
    assert [(c.field, c.value) for c in new] == [("coordinator", "Jonas P.")]
    assert service.family_view(family_id).family.coordinator == "Jonas P."
    assert not save.isEnabled()

    name.clear()
    save.click()
    assert "Name" in child(workspace, QLabel, "family_error").text()
    assert service.family_view(family_id).family.name == "Hansen"

    child(workspace, QPushButton, "family_revert").click()
    assert name.text() == "Hansen"


def test_saving_details_keeps_a_field_changed_elsewhere_meanwhile(
    qtbot: QtBot, service: VaultService, family_id: str, workspace: FamilyWorkspace
) -> None:
    # Written past the service, as a sync page would be before the view hears of it.
    service.on_vault(Repository.update_family, family_id, name="Hansen-Berg")
    coordinator = child(workspace, QLineEdit, "family_coordinator")
    coordinator.clear()
    qtbot.keyClicks(coordinator, "Jonas P.")
    child(workspace, QPushButton, "family_save").click()

    family = service.family_view(family_id).family
    assert (family.name, family.coordinator) == ("Hansen-Berg", "Jonas P.")
    assert child(workspace, QLineEdit, "family_name").text() == "Hansen-Berg"


def test_typed_details_survive_changes_from_elsewhere(
    qtbot: QtBot, service: VaultService, family_id: str, workspace: FamilyWorkspace
) -> None:
    notes = child(workspace, QPlainTextEdit, "family_notes")
    qtbot.keyClicks(notes, "Half-written note")
    service.update_family(family_id, coordinator="Jonas P.")  # e.g. an import

    assert notes.toPlainText() == "Half-written note"
    assert child(workspace, QLineEdit, "family_coordinator").text() == "Jonas P."
    assert child(workspace, QPushButton, "family_save").isEnabled()


def test_close_asks_first_then_close_and_reopen(
    service: VaultService, family_id: str, workspace: FamilyWorkspace
) -> None:
    child(workspace, QPushButton, "family_close").click()
    assert workspace.details_tab.close_confirm.isVisible()
    child(workspace, QPushButton, "family_close_confirm_no").click()
    assert service.family_view(family_id).family.status == FamilyStatus.ACTIVE

    child(workspace, QPushButton, "family_close").click()
    child(workspace, QPushButton, "family_close_confirm_yes").click()
    family = service.family_view(family_id).family
    assert family.status == FamilyStatus.CLOSED and family.end == dt.date.today().isoformat()
    assert "Closed" in child(workspace, QLabel, "workspace_family_status").text()
    reopen = child(workspace, QPushButton, "family_reopen")
    assert reopen.isVisible() and not child(workspace, QPushButton, "family_close").isVisible()

    reopen.click()
    family = service.family_view(family_id).family
    assert family.status == FamilyStatus.ACTIVE and family.end is None
    assert "Active" in child(workspace, QLabel, "workspace_family_status").text()


def test_history_shows_who_when_from_and_to_for_a_renamed_member(
    qtbot: QtBot, danish: None, service: VaultService, family_id: str, workspace: FamilyWorkspace
) -> None:
    member_id = service.add_member(family_id, "Emma", MemberRole.CHILD, 2014).primary_id
    open_tab(workspace, "Members")
    select_member_row(workspace, "Emma")
    child(workspace, QPushButton, "member_edit").click()
    fill_member(qtbot, workspace, "Emma Sofie", MemberRole.CHILD, "2014")
    child(workspace, QPushButton, "member_save").click()

    open_tab(workspace, "History")
    tab = workspace.history_tab
    entry = tab.entries()[0]  # newest first
    assert (entry.change.entity_id, entry.change.field) == (member_id, "name")
    assert (entry.old_value, entry.new_value) == ("Emma", "Emma Sofie")
    when, who, what, old, new = tab.row_texts(0)
    assert who == service.on_vault(lambda repo: repo.user_id)
    assert what == "Emma Sofie · Name"
    assert (old, new) == ("Emma", "Emma Sofie")
    assert when == datetime_text(entry.when)
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d\.\d\d", when), when

    # Values are in words: roles and booleans translated, nothing given shown as "–".
    texts = [tab.row_texts(r) for r in range(tab.visible_row_count())]
    assert ["Emma Sofie · Role", "–", "Child"] in [row[2:] for row in texts]
    assert ["Family · Status", "–", "Active"] in [row[2:] for row in texts]

    child(workspace, QLineEdit, "history_filter").setText("birth")
    assert [tab.row_texts(r)[2] for r in range(tab.visible_row_count())] == [
        "Emma Sofie · Birth year"
    ]


def test_history_marks_a_removed_member(
    service: VaultService, family_id: str, workspace: FamilyWorkspace
) -> None:
    member_id = service.add_member(family_id, "Omar", MemberRole.PARTNER, 1984).primary_id
    service.remove_member(member_id)
    open_tab(workspace, "History")
    assert workspace.history_tab.row_texts(0)[2:] == ["Omar (removed) · Removed", "–", "Yes"]


def test_open_member_form_survives_lock_and_unlock(
    qtbot: QtBot, data_dir: Path, service: VaultService, family_id: str, workspace: FamilyWorkspace
) -> None:
    open_tab(workspace, "Members")
    child(workspace, QPushButton, "member_add").click()
    fill_member(qtbot, workspace, "Sara", MemberRole.PARENT, "1986")

    service.lock()
    service.attach(Vault.open(data_dir, PASSPHRASE))
    try:
        assert workspace.members_tab.form.isVisible()
        assert child(workspace, QLineEdit, "member_name").text() == "Sara"
        assert child(workspace, QLineEdit, "member_birth_year").text() == "1986"
        child(workspace, QPushButton, "member_save").click()
        assert [(m.name, m.birth_year) for m in service.members(family_id)] == [("Sara", 1986)]
    finally:
        service.lock()


def test_only_changes_to_the_shown_family_refresh_it(
    service: VaultService, family_id: str, workspace: FamilyWorkspace
) -> None:
    other = service.create_family("Jensen").primary_id
    service.add_member(other, "Ali", MemberRole.PARENT, 1980)
    assert workspace.members_tab.members() == []
    service.add_member(family_id, "Sara", MemberRole.PARENT, 1986)
    assert [m.name for m in workspace.members_tab.members()] == ["Sara"]


@pytest.fixture
def danish_catalogue(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    """Our .ts compiled afresh and installed, then English again afterwards."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    ts = Path(__file__).resolve().parents[1] / "resources" / "translations" / "ftbt_da.ts"
    subprocess.run(
        [str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "ftbt_da.qm")], check=True
    )
    locale_before = QLocale()
    install_translators(qapp, "da", qm_dir=tmp_path)
    yield
    install_translators(qapp, "en")
    QLocale.setDefault(locale_before)
    qapp.processEvents()  # deliver the language change while the vault is still open


def test_family_views_speak_danish_and_follow_a_language_switch(
    qtbot: QtBot,
    service: VaultService,
    family_id: str,
    workspace: FamilyWorkspace,
    danish_catalogue: None,
) -> None:
    service.add_member(family_id, "Emma", MemberRole.CHILD, 2014)
    panel = FamilyListPanel(service)
    qtbot.addWidget(panel)
    combo = panel.findChild(QComboBox, "family_status_filter")
    assert [combo.itemText(i) for i in range(combo.count())] == ["Aktive", "Lukkede", "Alle"]

    # The workspace was built in English before the switch: it follows the LanguageChange.
    tabs = workspace.tab_widget
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert {"Familie", "Familiemedlemmer", "Historik"} <= set(titles)
    assert titles[-1] == "Historik"  # History stays the last page
    table = child(workspace, QTableWidget, "members_table")
    assert [table.item(0, c).text() for c in (1, 4)] == ["Barn", "Ja"]

    child(workspace, QLineEdit, "family_name").clear()
    child(workspace, QPushButton, "family_save").click()
    assert child(workspace, QLabel, "family_error").text() == "Navn skal udfyldes."
    reference = child(workspace, QLabel, "workspace_family_reference").text()
    assert reference == f"Reference: {family_reference(family_id)}"  # the same word in Danish


def test_history_reads_every_family_and_member_field_in_words(
    danish: None, service: VaultService, family_id: str, workspace: FamilyWorkspace
) -> None:
    """Who, when, from and to for every field: enums and booleans as words, dates as dates."""
    service.update_family(family_id, start="2025-03-01", notes="Første møde holdt")
    member_id = service.add_member(family_id, "Emma", MemberRole.CHILD, 2014).primary_id
    service.update_member(member_id, role=MemberRole.OTHER_ADULT, birth_year=None)
    service.update_member(member_id, in_household=False)
    service.remove_member(member_id)
    service.close_family(family_id)
    end = service.family_view(family_id).family.end
    assert end is not None

    open_tab(workspace, "History")
    tab = workspace.history_tab
    rows = {tuple(tab.row_texts(r)[2:]) for r in range(tab.visible_row_count())}
    today = dt.date.fromisoformat(end).strftime("%d.%m.%Y")
    assert {
        ("Family · Name", "–", "Hansen"),
        ("Family · Coordinator", "–", "Mette K."),
        ("Family · Start date", today, "01.03.2025"),  # created today, then moved back
        ("Family · Notes", "–", "Første møde holdt"),
        ("Family · Status", "Active", "Closed"),
        ("Family · End date", "–", today),
        ("Emma (removed) · Name", "–", "Emma"),
        ("Emma (removed) · Role", "Child", "Other adult"),
        ("Emma (removed) · Birth year", "2014", "–"),
        ("Emma (removed) · In household", "Yes", "No"),
        ("Emma (removed) · Removed", "–", "Yes"),
    } <= rows
    for r in range(tab.visible_row_count()):
        when, who, *_ = tab.row_texts(r)
        assert who == service.on_vault(lambda repo: repo.user_id)
        assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d\.\d\d", when), when
