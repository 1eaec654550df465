"""Editing what is already measured: each table's Edit opens its form on the entry,
and saving writes the change; typing in a form is never replaced by opening
another entry in it (the form says so and keeps it)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from measures_helpers import click, demo_family, make_workspace
from pytestqt.qtbot import QtBot

from ftbt_desktop.core.measures import EmploymentStatus
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.measures.measures_tab import MeasuresTab
from ftbt_desktop.ui.measures.record_table import RecordTable
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.workspace import FamilyWorkspace


@pytest.fixture
def service(data_dir: Path, vault: Vault) -> Iterator[VaultService]:
    service = VaultService(data_dir)
    service.attach(vault)
    yield service
    service.lock()


@pytest.fixture
def workspace(qtbot: QtBot, service: VaultService) -> FamilyWorkspace:
    return make_workspace(qtbot, service)


def show(qtbot: QtBot, workspace: FamilyWorkspace, family_id: str) -> MeasuresTab:
    workspace.show_family(family_id)
    tab = workspace.measures_tab
    workspace.tab_widget.setCurrentWidget(tab)
    qtbot.waitUntil(tab.isVisible)
    return tab


def edit_first_row(qtbot: QtBot, tab: MeasuresTab, table: RecordTable) -> str:
    assert table.row_count() > 0, table.objectName()
    table.table.selectRow(0)
    tab.scroll.ensureWidgetVisible(table.edit_button)
    click(qtbot, table.edit_button)
    return table.selected_id() or ""


def test_every_measure_can_be_edited_from_its_table(
    qtbot: QtBot, service: VaultService, workspace: FamilyWorkspace
) -> None:
    family_id, members = demo_family(service)
    tab = show(qtbot, workspace, family_id)

    tab.select_person(members["Mette"])
    measure_id = edit_first_row(qtbot, tab, tab.timeline.who5_table)
    assert tab.who5_form.editing_id == measure_id
    tab.who5_form.set_answer(0, 0)
    click(qtbot, tab.who5_form.save_button)
    assert service.load_one(measure_id).answers[0] == 0

    record_id = edit_first_row(qtbot, tab, tab.timeline.status_table)
    tab.status_form.set_status(EmploymentStatus.FLEKSJOB)
    click(qtbot, tab.status_form.save_button)
    assert service.load_one(record_id).status is EmploymentStatus.FLEKSJOB

    tab.select_person(members["Freja"])
    rating_id = edit_first_row(qtbot, tab, tab.timeline.thriving_table)
    tab.thriving_form.score_spin.setValue(9)
    click(qtbot, tab.thriving_form.save_button)
    assert service.load_one(rating_id).score == 9

    activity_id = edit_first_row(qtbot, tab, tab.timeline.leisure_table)
    assert tab.leisure_form.editing_id == activity_id
    tab.leisure_form.where_edit.setText("Hallen")
    click(qtbot, tab.leisure_form.save_button)
    assert service.load_one(activity_id).where == "Hallen"

    connection_id = edit_first_row(qtbot, tab, tab.connection_table)
    assert tab.connection_form.editing_id == connection_id
    tab.connection_form.name_edit.setText("Forældrenetværket")
    click(qtbot, tab.connection_form.save_button)
    assert service.load_one(connection_id).name == "Forældrenetværket"


def test_opening_another_entry_never_replaces_typing(
    qtbot: QtBot, service: VaultService, workspace: FamilyWorkspace
) -> None:
    family_id, members = demo_family(service)
    tab = show(qtbot, workspace, family_id)
    tab.select_person(members["Mette"])
    click(qtbot, tab.who5_button)
    form = tab.who5_form
    form.set_answer(0, 4)
    form.set_answer(1, 3)

    edit_first_row(qtbot, tab, tab.timeline.who5_table)
    assert form.editing_id is None  # still the new measure being typed
    assert form.answers()[:2] == [4, 3]
    assert form.message.text() == "Save or cancel what you are typing here first."

    click(qtbot, form.cancel_button)
    measure_id = edit_first_row(qtbot, tab, tab.timeline.who5_table)
    assert form.editing_id == measure_id and form.message.text() == ""
