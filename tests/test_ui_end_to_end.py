"""The issue's end-to-end test: everything through the real window over a real vault."""

from __future__ import annotations

from pathlib import Path

from conftest import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot
from ui_shell_helpers import click, listed_families, make_window, unlock, wait_page, walk_away

from ftbt_desktop.core.model import MemberRole
from ftbt_desktop.ui.main_window import MainWindow

PEOPLE = [
    ("Sara Jensen", MemberRole.PARENT, "1986"),
    ("Omar Ali", MemberRole.PARTNER, "1984"),
    ("Emma Jensen Ali", MemberRole.CHILD, "2014"),
    ("Noah Jensen Ali", MemberRole.CHILD, "2019"),
]


def create_vault_through_ui(qtbot: QtBot, window: MainWindow) -> None:
    page = window.create_page
    qtbot.keyClicks(page.form.first, PASSPHRASE)
    qtbot.keyClicks(page.form.second, PASSPHRASE)
    click(qtbot, page.create_button)
    wait_page(qtbot, window, window.recovery_key_page)
    window.recovery_key_page.view.stored.setChecked(True)
    click(qtbot, window.recovery_key_page.continue_button)
    wait_page(qtbot, window, window.main_page)


def member_rows(window: MainWindow) -> list[tuple[str, str]]:
    table = window.findChild(QTableWidget, "members_table")
    assert table is not None
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def open_members_tab(window: MainWindow) -> None:
    tabs = window.workspace.tab_widget
    tabs.setCurrentWidget(window.workspace.members_tab)
    assert tabs.currentWidget() is window.workspace.members_tab


def press_ctrl_l(qtbot: QtBot, window: MainWindow) -> None:
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def test_create_add_a_family_lock_by_shortcut_unlock_and_auto_lock_keeps_typed_text(
    qtbot: QtBot, data_dir: Path
) -> None:
    window = make_window(qtbot, data_dir)
    create_vault_through_ui(qtbot, window)

    # A new family through the list panel's inline form.
    panel = window.family_list
    click(qtbot, panel.new_button)
    qtbot.keyClicks(panel.new_form.name_edit, "Familien Jensen Ali")
    click(qtbot, panel.new_form.create_button)
    family_id = window.workspace.current_family_id()
    assert family_id is not None
    assert window.service.family_view(family_id).family.name == "Familien Jensen Ali"

    # Two adults and two children through the members tab's inline form.
    open_members_tab(window)
    tab = window.workspace.members_tab
    form = tab.form
    for name, role, year in PEOPLE:
        click(qtbot, tab.add_button)
        qtbot.keyClicks(form.name_edit, name)
        form.role_combo.setCurrentIndex(form.role_combo.findData(role.value))
        qtbot.keyClicks(form.birth_year_edit, year)
        click(qtbot, form.save_button)
        assert not form.isVisible()
    rows = member_rows(window)
    assert sorted(n for n, _ in rows) == sorted(n for n, _, _ in PEOPLE)
    assert [r for _, r in rows].count("Child") == 2

    # Lock by the shortcut: the vault closes and no name is left on screen.
    press_ctrl_l(qtbot, window)
    wait_page(qtbot, window, window.unlock_page)
    assert not window.service.is_unlocked
    assert not window.main_page.isVisible()
    assert listed_families(window) == []

    unlock(qtbot, window, PASSPHRASE)
    assert "Familien Jensen Ali" in listed_families(window)
    assert window.workspace.current_family_id() == family_id
    open_members_tab(window)
    assert sorted(n for n, _ in member_rows(window)) == sorted(n for n, _, _ in PEOPLE)
    members = window.service.members(family_id)
    assert sorted((m.name, m.role, m.birth_year) for m in members) == sorted(
        (n, r, int(y)) for n, r, y in PEOPLE
    )

    # Start editing a member, type, walk away: auto-lock, and the typing survives.
    sara = next(m for m in members if m.name == "Sara Jensen")
    tab.select_member(sara.id)
    click(qtbot, tab.edit_button)
    assert form.isVisible() and form.name_edit.text() == "Sara Jensen"
    form.name_edit.clear()
    qtbot.keyClicks(form.name_edit, "Sara Jensen Ali")
    walk_away(window)
    wait_page(qtbot, window, window.unlock_page)
    assert not window.service.is_unlocked
    assert "not used for a while" in window.unlock_page.notice.text()

    unlock(qtbot, window, PASSPHRASE)
    assert form.isVisible()
    assert form.name_edit.text() == "Sara Jensen Ali"
    click(qtbot, form.save_button)
    assert any(m.name == "Sara Jensen Ali" for m in window.service.members(family_id))
