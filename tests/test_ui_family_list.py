"""The family list panel over a real vault: search, status filter, new-family form, selection."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from ftbt_desktop.core.model import FamilyStatus
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.family_list import BADGES_ROLE, FamilyListPanel


@pytest.fixture
def service(data_dir: Path, vault: Vault) -> VaultService:
    service = VaultService(data_dir)
    service.attach(vault)
    return service


@pytest.fixture
def panel(qtbot: QtBot, service: VaultService) -> FamilyListPanel:
    panel = FamilyListPanel(service)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def shown_names(panel: FamilyListPanel) -> list[str]:
    model = panel.model
    return [model.index(row).data() for row in range(model.rowCount())]


def add_family(service: VaultService, name: str, *members: str, **fields: object) -> str:
    family_id = service.create_family(name, **fields).primary_id
    assert family_id is not None
    for member in members:
        service.add_member(family_id, member, "parent", 1985)
    return family_id


def test_search_finds_families_by_their_name_and_by_a_members_name(
    qtbot: QtBot, service: VaultService, panel: FamilyListPanel
) -> None:
    add_family(service, "Hansen", "Emma")
    add_family(service, "Jensen", "Ali")
    assert shown_names(panel) == ["Hansen", "Jensen"]

    search = panel.findChild(QLineEdit, "family_search")
    qtbot.keyClicks(search, "jens")
    assert shown_names(panel) == ["Jensen"]

    search.clear()
    qtbot.keyClicks(search, "ALI")
    assert shown_names(panel) == ["Jensen"]

    search.setText("emma")
    assert shown_names(panel) == ["Hansen"]

    search.setText("Zebra")
    empty = panel.findChild(QLabel, "family_list_empty")
    assert shown_names(panel) == []
    assert empty.isVisible() and not panel.list_view.isVisible()
    assert "Zebra" in empty.text()


def test_status_filter_shows_active_closed_or_all_with_a_closed_word(
    service: VaultService, panel: FamilyListPanel
) -> None:
    add_family(service, "Hansen")
    closed_id = add_family(service, "Jensen")
    service.close_family(closed_id)
    combo = panel.findChild(QComboBox, "family_status_filter")

    assert panel.status_filter() == FamilyStatus.ACTIVE
    assert shown_names(panel) == ["Hansen"]

    combo.setCurrentIndex(combo.findData(FamilyStatus.CLOSED))
    assert shown_names(panel) == ["Jensen"]
    index = panel.model.index(0)
    # "Closed" is said in words (badge and accessible text), not by colour alone.
    assert "Closed" in index.data(BADGES_ROLE)
    assert "Closed" in index.data(Qt.ItemDataRole.AccessibleTextRole)

    combo.setCurrentIndex(combo.findData(None))
    assert shown_names(panel) == ["Hansen", "Jensen"]
    assert panel.model.index(0).data(BADGES_ROLE) == []


def test_demo_family_carries_a_demo_badge(service: VaultService, panel: FamilyListPanel) -> None:
    add_family(service, "Demo-familien Holm", is_demo=True)
    add_family(service, "Berg")
    badges = {
        panel.model.index(r).data(): panel.model.index(r).data(BADGES_ROLE)
        for r in range(panel.model.rowCount())
    }
    assert badges == {"Berg": [], "Demo-familien Holm": ["Demo"]}


def test_empty_vault_says_how_to_start(panel: FamilyListPanel) -> None:
    empty = panel.findChild(QLabel, "family_list_empty")
    assert empty.isVisible()
    assert "New family" in empty.text()


def test_new_family_form_creates_and_selects_the_family(
    qtbot: QtBot, service: VaultService, panel: FamilyListPanel
) -> None:
    add_family(service, "Andersen")
    panel.findChild(QPushButton, "family_new").click()
    form_name = panel.findChild(QLineEdit, "family_new_name")
    assert form_name.isVisible() and form_name.hasFocus()
    qtbot.keyClicks(form_name, "Larsen")
    qtbot.keyClicks(panel.findChild(QLineEdit, "family_new_coordinator"), "Mette K.")

    with qtbot.waitSignal(panel.sig_family_selected) as blocker:
        panel.findChild(QPushButton, "family_new_create").click()

    families = service.list_families()
    created = next(f for f in families if f.name == "Larsen")
    assert created.coordinator == "Mette K."
    assert created.status == FamilyStatus.ACTIVE
    assert blocker.args == [created.id]
    assert panel.selected_family_id() == created.id
    selected = panel.list_view.selectionModel().selectedIndexes()
    assert [i.data() for i in selected] == ["Larsen"]
    assert not panel.new_form.isVisible()
    assert form_name.text() == ""


def test_new_family_needs_a_name_and_keeps_what_was_typed(
    qtbot: QtBot, service: VaultService, panel: FamilyListPanel
) -> None:
    panel.findChild(QPushButton, "family_new").click()
    coordinator = panel.findChild(QLineEdit, "family_new_coordinator")
    qtbot.keyClicks(coordinator, "Mette K.")
    qtbot.keyClicks(panel.findChild(QLineEdit, "family_new_name"), "   ")

    with qtbot.assertNotEmitted(service.sig_changed):
        panel.findChild(QPushButton, "family_new_create").click()

    error = panel.findChild(QLabel, "family_new_error")
    assert error.isVisible() and "Name" in error.text()
    assert coordinator.text() == "Mette K."
    assert service.list_families() == []


def test_new_family_hidden_by_the_filter_is_brought_into_view(
    qtbot: QtBot, service: VaultService, panel: FamilyListPanel
) -> None:
    add_family(service, "Hansen")
    panel.findChild(QLineEdit, "family_search").setText("Hansen")
    panel.start_new_family()
    qtbot.keyClicks(panel.findChild(QLineEdit, "family_new_name"), "Berg")
    qtbot.keyClick(panel.findChild(QLineEdit, "family_new_name"), Qt.Key.Key_Return)

    berg = next(f for f in service.list_families() if f.name == "Berg")
    assert "Berg" in shown_names(panel)
    assert panel.selected_family_id() == berg.id


def test_selection_survives_refreshes_without_emitting_again(
    qtbot: QtBot, service: VaultService, panel: FamilyListPanel
) -> None:
    hansen = add_family(service, "Hansen")
    add_family(service, "Jensen")
    with qtbot.waitSignal(panel.sig_family_selected) as blocker:
        panel.list_view.setCurrentIndex(panel.model.index(0))
    assert blocker.args == [hansen]

    with qtbot.assertNotEmitted(panel.sig_family_selected):
        add_family(service, "Aabye")  # sorts first, so Hansen's row moves
        service.update_family(hansen, notes="moved house")
    assert shown_names(panel) == ["Aabye", "Hansen", "Jensen"]
    assert [i.data() for i in panel.list_view.selectionModel().selectedIndexes()] == ["Hansen"]

    with qtbot.waitSignal(panel.sig_family_selected) as blocker:
        panel.clear_selection()
    assert blocker.args == [""]
    assert panel.selected_family_id() is None
    assert panel.list_view.selectionModel().selectedIndexes() == []


def test_lock_empties_the_list_and_unlock_brings_back_the_selection(
    data_dir: Path, service: VaultService, panel: FamilyListPanel
) -> None:
    hansen = add_family(service, "Hansen")
    panel.select_family(hansen)

    service.lock()
    assert panel.model.rowCount() == 0

    service.attach(Vault.open(data_dir, PASSPHRASE))
    try:
        assert shown_names(panel) == ["Hansen"]
        assert panel.selected_family_id() == hansen
        assert [i.data() for i in panel.list_view.selectionModel().selectedIndexes()] == ["Hansen"]
    finally:
        service.lock()
