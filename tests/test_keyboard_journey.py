"""A coordinator's whole first session by keyboard alone (EN 301 549 11.2.1.1, WCAG 2.1.1).

Create the vault, a family and its members, draw a small map with a link,
rate a goal, record a WHO-5 and export the family plan — with key events
only: no mouse, no slot called, no widget set from the test. Reaching a
control means pressing Tab until it has the focus (`tab_to`), so a control
Tab cannot reach fails here. What was done is then read back from the vault.
"""

from __future__ import annotations

from pathlib import Path

from conftest import PASSPHRASE
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_shell_helpers import WAIT_MS, make_window, wait_page

from ftbt_desktop.core.family_map import NodeKind
from ftbt_desktop.core.model import MemberRole
from ftbt_desktop.ui.family_map.interactions import RelabelInPlace
from ftbt_desktop.ui.main_window import MainWindow

NO_MOD = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
PEOPLE = [
    ("Sara Jensen", MemberRole.PARENT, "1986"),
    ("Omar Ali", MemberRole.PARTNER, "1984"),
    ("Emma Jensen Ali", MemberRole.CHILD, "2014"),
]


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(k: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MOD) -> None:
    QTest.keyClick(focus(), k, modifiers)


def type_text(text: str) -> None:
    QTest.keyClicks(focus(), text)


def has_focus(target: QWidget) -> bool:
    widget = QApplication.focusWidget()
    return widget is not None and (widget is target or widget.focusProxy() is target)


def tab_to(target: QWidget, limit: int = 80, backwards: bool = False) -> None:
    """Press Tab (or Shift+Tab) until `target` has the focus."""
    for _ in range(limit):
        if has_focus(target):
            return
        if backwards:
            key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        else:
            key(Qt.Key.Key_Tab)
    assert has_focus(target), f"Tab never reached {type(target).__name__} {target.objectName()!r}"


def press(target: QAbstractButton) -> None:
    """Tab to a button and press Space, as a keyboard user does."""
    tab_to(target)
    key(Qt.Key.Key_Space)


def choose_in_combo(combo: QComboBox, wanted: object) -> None:
    """Down in a focused combo box until its data is `wanted`."""
    tab_to(combo)
    key(Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == wanted or combo.currentText() == wanted:
            return
        key(Qt.Key.Key_Down)
    assert combo.currentData() == wanted or combo.currentText() == wanted


def open_tab(window: MainWindow, page: QWidget) -> None:
    """Tab to the workspace's tab bar, then the arrow keys to the page."""
    tabs = window.workspace.tab_widget
    bar = tabs.findChild(QTabBar)
    assert bar is not None
    tab_to(bar)
    for arrow in (Qt.Key.Key_Right, Qt.Key.Key_Left):
        for _ in range(tabs.count()):
            if tabs.currentWidget() is page:
                return
            key(arrow)
    assert tabs.currentWidget() is page


def test_a_whole_first_session_by_keyboard_only(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    window = make_window(qtbot, data_dir)
    window.resize(1280, 720)

    # The vault: passphrase twice, then the recovery key marked as stored.
    page = window.create_page
    # The focus in this window: a window left by an earlier test may still hold it.
    window.activateWindow()
    qtbot.waitUntil(
        lambda: (w := QApplication.focusWidget()) is not None and w.window() is window,
        timeout=WAIT_MS,
    )
    tab_to(page.form.first)
    type_text(PASSPHRASE)
    tab_to(page.form.second)
    type_text(PASSPHRASE)
    press(page.create_button)
    wait_page(qtbot, window, window.recovery_key_page)
    press(window.recovery_key_page.view.stored)
    assert window.recovery_key_page.view.stored.isChecked()
    press(window.recovery_key_page.continue_button)
    wait_page(qtbot, window, window.main_page)

    # A family.
    panel = window.family_list
    press(panel.new_button)
    tab_to(panel.new_form.name_edit)
    type_text("Familien Jensen Ali")
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace.current_family_id() is not None, timeout=WAIT_MS)
    family_id = window.workspace.current_family_id()
    assert window.service.family_view(family_id).family.name == "Familien Jensen Ali"

    # Its members.
    members_tab = window.workspace.members_tab
    open_tab(window, members_tab)
    form = members_tab.form
    for name, role, year in PEOPLE:
        press(members_tab.add_button)
        tab_to(form.name_edit)
        type_text(name)
        choose_in_combo(form.role_combo, role.value)
        tab_to(form.birth_year_edit)
        type_text(year)
        press(form.save_button)
        qtbot.waitUntil(lambda: not form.isVisible())
    members = {m.name: m for m in window.service.members(family_id)}
    assert sorted(members) == sorted(n for n, _, _ in PEOPLE)

    # The map: a challenge for Sara and a goal, linked in the side panel.
    map_page = window.workspace.map_tab
    open_tab(window, map_page)
    tab = map_page.current_map
    assert tab is not None
    tab_to(tab.view)
    sara_node = tab.model.node_for(members["Sara Jensen"].id)
    assert sara_node is not None
    for _ in range(len(tab.scene.node_items())):
        if tab.scene.selected_node_ids() == [sara_node.id]:
            break
        key(Qt.Key.Key_Tab)
    assert tab.scene.selected_node_ids() == [sara_node.id]
    key(Qt.Key.Key_1, CTRL)  # add a challenge about Sara, then type its words
    assert isinstance(tab.scene.interaction(), RelabelInPlace)  # keys go to its field
    type_text("Sygemeldt med stress")
    key(Qt.Key.Key_Return)
    key(Qt.Key.Key_3, CTRL)  # a goal
    assert isinstance(tab.scene.interaction(), RelabelInPlace)
    type_text("Tilbage på arbejde")
    key(Qt.Key.Key_Return)
    labels = {v.label: v for v in tab.model.nodes()}
    challenge, goal_node = labels["Sygemeldt med stress"], labels["Tilbage på arbejde"]
    assert challenge.kind is NodeKind.CHALLENGE and sara_node.id not in (challenge.id,)
    assert members["Sara Jensen"].id in challenge.member_ids
    assert tab.scene.selected_node_ids() == [goal_node.id]
    editor = tab.editor
    key(Qt.Key.Key_F6)  # from the drawing to its list
    assert tab.as_list.list.hasFocus()
    key(Qt.Key.Key_F6)  # on to the side panel for the selected goal
    assert editor.isAncestorOf(focus())
    choose_in_combo(editor.link_target, challenge.id)
    press(editor.link_button)
    qtbot.waitUntil(lambda: bool(tab.model.links_of(goal_node.id)))
    [link] = tab.model.links_of(goal_node.id)
    assert {link.source_id, link.target_id} == {goal_node.id, challenge.id}
    stored_links = window.service.load(family_id, "map_link")
    assert [(x.source_id, x.target_id) for x in stored_links] == [(link.source_id, link.target_id)]

    # Rate the goal: 4 of 10.
    plan_tab = window.workspace.plan_tab
    open_tab(window, plan_tab)
    tab_to(plan_tab.goal_list)
    key(Qt.Key.Key_Home)
    goal = next(g for g in window.service.load(family_id, "goal") if g.text == "Tilbage på arbejde")
    assert plan_tab.goal_list.currentItem() is not None
    detail = plan_tab.detail
    tab_to(detail.rating_value)
    key(Qt.Key.Key_A, CTRL)
    type_text("4")
    tab_to(detail.rating_note)
    type_text("Ringer til jobcentret selv")
    press(detail.rating_add)
    ratings = [r for r in window.service.load(family_id, "progress_rating") if r.goal_id == goal.id]
    assert [(r.value, r.note) for r in ratings] == [(4, "Ringer til jobcentret selv")]

    # WHO-5 for Sara: an answer to each item by the arrow keys.
    measures = window.workspace.measures_tab
    open_tab(window, measures)
    choose_in_combo(measures.person_combo, members["Sara Jensen"].id)
    press(measures.who5_button)
    who5 = measures.who5_form
    choose_in_combo(who5.member_combo, members["Sara Jensen"].id)
    for row in who5.radios:
        tab_to(row[0])
        key(Qt.Key.Key_Space)
        key(Qt.Key.Key_Right)  # the next answer in the same item
        key(Qt.Key.Key_Right)
    press(who5.save_button)
    qtbot.waitUntil(lambda: bool(window.service.load(family_id, "who5_measure")))
    [measure] = window.service.load(family_id, "who5_measure")
    assert measure.member_id == members["Sara Jensen"].id
    assert len(measure.answers) == 5

    # Export the family plan: the dialog, then Qt's own save dialog, typed into.
    target = tmp_path / "plan.pdf"
    bar = window.workspace.review_bar
    press(bar.export_button)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: dialog.isAncestorOf(focus()))

    def type_the_path() -> None:
        files = QApplication.activeModalWidget()
        assert isinstance(files, QFileDialog)
        name = files.findChild(QLineEdit, "fileNameEdit")
        assert name is not None and name.hasFocus()
        QTest.keyClick(name, Qt.Key.Key_A, CTRL)
        QTest.keyClicks(name, str(target))
        QTest.keyClick(name, Qt.Key.Key_Return)

    QTimer.singleShot(300, type_the_path)
    press(dialog.save_button)
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 0, timeout=WAIT_MS)
    assert target.read_bytes().startswith(b"%PDF")
