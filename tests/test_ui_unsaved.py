"""Unsaved typing is never dropped silently: picking another family or closing the
window with an open member form or edited family details asks Save / Don't save /
Cancel, in the real main window over a real vault."""

from __future__ import annotations

from pathlib import Path

from conftest import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from ui_shell_helpers import WAIT_MS, click, make_vault, make_window, unlock, wait_page
from unsaved_helpers import answer, pick, question

from ftbt_desktop.core.model import MemberRole
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.main_window import MainWindow

HANSEN = "Familien Hansen"
JENSEN = "Familien Jensen"


def open_on_hansen(qtbot: QtBot, data_dir: Path) -> MainWindow:
    make_vault(data_dir, PASSPHRASE, (HANSEN, JENSEN))
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    pick(qtbot, window, HANSEN)
    assert window.workspace.current_family_name() == HANSEN
    return window


def type_new_member(qtbot: QtBot, window: MainWindow, name: str, year: str) -> None:
    tab = window.workspace.members_tab
    window.workspace.tab_widget.setCurrentWidget(tab)
    click(qtbot, tab.add_button)
    qtbot.keyClicks(tab.form.name_edit, name)
    qtbot.keyClicks(tab.form.birth_year_edit, year)


def selected_name(window: MainWindow) -> str:
    indexes = window.family_list.list_view.selectionModel().selectedIndexes()
    return str(indexes[0].data()) if len(indexes) == 1 else ""


def test_cancel_keeps_the_family_and_the_typing_then_save_goes_on(
    qtbot: QtBot, data_dir: Path
) -> None:
    window = open_on_hansen(qtbot, data_dir)
    type_new_member(qtbot, window, "Sara", "1986")
    hansen = window.workspace.current_family_id()

    pick(qtbot, window, JENSEN)
    box = question()
    assert box is not None
    assert HANSEN in box.text() and "Members" in box.text()
    assert window.workspace.current_family_id() == hansen  # nothing switched while asking
    answer(qtbot, QMessageBox.StandardButton.Cancel)

    assert window.workspace.current_family_name() == HANSEN
    assert selected_name(window) == HANSEN
    form = window.workspace.members_tab.form
    assert window.workspace.tab_widget.currentWidget() is window.workspace.members_tab
    assert form.isVisible() and form.name_edit.text() == "Sara"

    pick(qtbot, window, JENSEN)
    answer(qtbot, QMessageBox.StandardButton.Save)
    assert window.workspace.current_family_name() == JENSEN
    assert selected_name(window) == JENSEN
    assert not form.is_open()
    assert [(m.name, m.birth_year, m.role) for m in window.service.members(hansen)] == [
        ("Sara", 1986, MemberRole.PARENT)
    ]


def test_dont_save_drops_edited_details_and_switches(qtbot: QtBot, data_dir: Path) -> None:
    window = open_on_hansen(qtbot, data_dir)
    details = window.workspace.details_tab
    window.workspace.tab_widget.setCurrentWidget(details)
    hansen = window.workspace.current_family_id()
    assert hansen is not None
    qtbot.keyClicks(details.notes_edit, "Mor ringer tilbage fredag")

    pick(qtbot, window, JENSEN)
    answer(qtbot, QMessageBox.StandardButton.Discard)
    assert window.workspace.current_family_name() == JENSEN
    assert window.service.family_view(hansen).family.notes is None
    assert not window.workspace.unsaved_tabs()

    # Back on Hansen: the old values, and no question for a form that is not edited.
    pick(qtbot, window, HANSEN)
    assert question() is None
    assert window.workspace.current_family_name() == HANSEN
    assert details.notes_edit.toPlainText() == ""


def test_a_refused_save_stays_on_the_form_with_the_reason(qtbot: QtBot, data_dir: Path) -> None:
    window = open_on_hansen(qtbot, data_dir)
    type_new_member(qtbot, window, "", "1986")  # a birth year, but no name
    pick(qtbot, window, JENSEN)
    answer(qtbot, QMessageBox.StandardButton.Save)

    tab = window.workspace.members_tab
    assert window.workspace.current_family_name() == HANSEN
    assert selected_name(window) == HANSEN
    assert window.workspace.tab_widget.currentWidget() is tab
    assert tab.form.birth_year_edit.text() == "1986"
    assert "Name must be filled in" in tab.form.message.text()


def test_nothing_typed_switches_without_asking(qtbot: QtBot, data_dir: Path) -> None:
    window = open_on_hansen(qtbot, data_dir)
    tab = window.workspace.members_tab
    window.workspace.tab_widget.setCurrentWidget(tab)
    click(qtbot, tab.add_button)  # an open form, nothing typed in it
    pick(qtbot, window, JENSEN)
    assert question() is None
    assert window.workspace.current_family_name() == JENSEN


def test_locking_while_asking_closes_the_question_and_keeps_everything(
    qtbot: QtBot, data_dir: Path
) -> None:
    window = open_on_hansen(qtbot, data_dir)
    type_new_member(qtbot, window, "Sara", "1986")
    pick(qtbot, window, JENSEN)
    box = question()
    assert box is not None

    qtbot.keyClick(box, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    wait_page(qtbot, window, window.unlock_page)
    assert question() is None
    assert not window.service.is_unlocked
    unlock(qtbot, window, PASSPHRASE)
    assert window.workspace.current_family_name() == HANSEN
    assert selected_name(window) == HANSEN
    assert window.workspace.members_tab.form.name_edit.text() == "Sara"


def test_closing_the_window_asks_and_save_keeps_the_typing(qtbot: QtBot, data_dir: Path) -> None:
    window = open_on_hansen(qtbot, data_dir)
    type_new_member(qtbot, window, "Sara", "1986")

    assert not window.close()
    answer(qtbot, QMessageBox.StandardButton.Cancel)
    assert window.isVisible() and window.service.is_unlocked

    window.close()
    answer(qtbot, QMessageBox.StandardButton.Save)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    assert not window.service.is_unlocked
    vault = Vault.open(data_dir, PASSPHRASE)
    try:
        repo = Repository(vault)
        hansen = next(f.id for f in repo.list_families() if f.name == HANSEN)
        assert [m.name for m in repo.members(hansen)] == ["Sara"]
    finally:
        vault.close(backup=False)


def test_closing_while_locked_offers_no_save_and_names_no_family(
    qtbot: QtBot, data_dir: Path
) -> None:
    window = open_on_hansen(qtbot, data_dir)
    type_new_member(qtbot, window, "Sara", "1986")
    window.lock()
    assert not window.close()
    box = question()
    assert box is not None
    assert box.button(QMessageBox.StandardButton.Save) is None
    assert HANSEN not in box.text() + box.informativeText()
    answer(qtbot, QMessageBox.StandardButton.Discard)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)


def test_closing_with_a_new_family_typed_asks_and_save_creates_it(
    qtbot: QtBot, data_dir: Path
) -> None:
    window = open_on_hansen(qtbot, data_dir)
    panel = window.family_list
    click(qtbot, panel.new_button)
    qtbot.keyClicks(panel.new_form.name_edit, "Familien Nielsen")
    pick(qtbot, window, JENSEN)  # switching family leaves the new-family form alone
    assert question() is None
    assert panel.new_form.name_edit.text() == "Familien Nielsen"

    window.close()
    box = question()
    assert box is not None and "New family" in box.text()
    answer(qtbot, QMessageBox.StandardButton.Save)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    vault = Vault.open(data_dir, PASSPHRASE)
    try:
        assert "Familien Nielsen" in [f.name for f in Repository(vault).list_families()]
    finally:
        vault.close(backup=False)
