"""Family view (kitchen-table mode) in the real main window over a real vault.

Two families in the vault: what the screen shows in family view is walked
widget by widget (texts, tooltips, window titles, list and combo entries,
the map's node labels and tooltips) and must hold nothing of the other
family and no internal note. Leaving needs the passphrase; a lock replaces
family view with the unlock page and unlocking brings family view back.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from map_kitchen_helpers import (
    ACTOR,
    GOAL_TEXT,
    INTERNAL_LABEL,
    OTHER_FAMILY,
    OTHER_MEMBER,
    OUR_FAMILY,
    make_two_family_vault,
    open_family_view,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_shell_helpers import WAIT_MS, click, make_window, unlock, wait_page, walk_away

from ftbt_desktop.storage.sync_state import PurgedFamily
from ftbt_desktop.ui.family_map.kitchen_window import KitchenTableWindow, LeaveDialog
from ftbt_desktop.ui.family_map.map_extras import MapExtras
from ftbt_desktop.ui.family_map.map_tab import FamilyMapTab
from ftbt_desktop.ui.main_window import MainWindow
from ftbt_desktop.ui.workspace.family_list import FamilyListPanel
from ftbt_desktop.words.network import no_consent_text


@pytest.fixture
def shell(qtbot: QtBot, data_dir: Path) -> Iterator[tuple[MainWindow, str]]:
    family_id = make_two_family_vault(data_dir)
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    window.family_list.select_family(family_id)
    yield window, family_id
    window.kitchen_mode._close_window()  # never leave a full-screen window to the next test


def shown_words(widget: QWidget) -> list[str]:
    """Everything a widget shows or would show on hover: texts, tooltips, entries."""
    words = [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        words.append(widget.text())
    if isinstance(widget, QLineEdit):
        words.append(widget.placeholderText())
    if isinstance(widget, QGroupBox):
        words.append(widget.title())
    if isinstance(widget, QComboBox):
        words += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        words += [str(model.index(r, 0).data() or "") for r in range(model.rowCount())]
    if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
        words += [widget.defaultAction().text(), widget.defaultAction().toolTip()]
    if isinstance(widget, QMenu):
        words += [a.text() for a in widget.actions()]
    return [w for w in words if w]


def everything_on_screen() -> tuple[list[str], list[QWidget]]:
    """The words and widgets of every visible window of the app."""
    words: list[str] = []
    widgets: list[QWidget] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in [top, *top.findChildren(QWidget)]:
            if widget.isVisible():
                widgets.append(widget)
                words += shown_words(widget)
    return words, widgets


def test_family_view_shows_only_this_family_without_internal_notes(
    qtbot: QtBot, shell: tuple[MainWindow, str]
) -> None:
    window, _family_id = shell
    # The normal map does show the internal note and the other family is in the list.
    normal_map = window.workspace.map_tab.current_map
    assert normal_map is not None
    assert INTERNAL_LABEL in [item.view.label for item in normal_map.scene.node_items()]
    assert OTHER_FAMILY in "\n".join(everything_on_screen()[0])

    kitchen = open_family_view(qtbot, window)
    assert kitchen.isFullScreen()
    assert not window.isVisible()

    words, widgets = everything_on_screen()
    text = "\n".join(words)
    assert OUR_FAMILY in text  # this family's own name is fine
    assert GOAL_TEXT in text
    for forbidden in (OTHER_FAMILY, OTHER_MEMBER, INTERNAL_LABEL, "Gammelt mål"):
        assert forbidden not in text
    assert not [w for w in widgets if isinstance(w, FamilyListPanel)]
    assert all(w.window() is kitchen for w in widgets)
    assert OUR_FAMILY not in kitchen.windowTitle()  # the title shows in task bars

    scene = kitchen.map_tab.scene
    labels = [item.view.label for item in scene.node_items()]
    assert "Stress" in labels and "Mette Holm" in labels
    assert not [item for item in scene.node_items() if item.view.internal]
    tooltips = "\n".join(item.toolTip() for item in scene.items())
    assert INTERNAL_LABEL not in tooltips and OTHER_MEMBER not in tooltips
    # The coordinator's consent mark is not in family view, not even on hover.
    normal_tips = "\n".join(item.toolTip() for item in normal_map.scene.items())
    assert no_consent_text() in normal_tips and ACTOR in tooltips
    assert no_consent_text() not in tooltips
    # Large type on the map too: bigger words in taller boxes, at no smaller a zoom.
    normal_item, kitchen_item = (
        next(i for i in m.scene.node_items() if i.view.label == GOAL_TEXT)
        for m in (normal_map, kitchen.map_tab)
    )
    assert kitchen_item.style.label_px >= 1.3 * normal_item.style.label_px
    assert kitchen_item.body_rect().height() > normal_item.body_rect().height()
    assert kitchen_item.body_rect().width() == normal_item.body_rect().width()  # same places
    assert kitchen.map_tab.view.zoom() >= normal_map.view.zoom()
    assert kitchen.goals.goal_texts() == [f"{GOAL_TEXT}\nMette Holm"]
    assert kitchen.font().pointSizeF() > QApplication.font().pointSizeF() * 1.5


def visible_family_views() -> list[QWidget]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, KitchenTableWindow) and w.isVisible()
    ]


def leave_with(qtbot: QtBot, kitchen: KitchenTableWindow, passphrase: str) -> LeaveDialog:
    click(qtbot, kitchen.leave_button)
    dialog = kitchen.leave_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    click(qtbot, dialog.leave_button)
    return dialog


def test_leaving_needs_the_right_passphrase(qtbot: QtBot, shell: tuple[MainWindow, str]) -> None:
    window, _ = shell
    kitchen = open_family_view(qtbot, window)

    dialog = leave_with(qtbot, kitchen, "not the passphrase")
    qtbot.waitUntil(lambda: dialog.leave_button.isEnabled(), timeout=WAIT_MS)
    assert "not the passphrase" in dialog.feedback.text()
    assert dialog.passphrase.text() == ""
    assert window.kitchen_mode.active and kitchen.isVisible() and not window.isVisible()

    dialog.reject()
    kitchen.close()  # Alt+F4 and the like are refused too
    assert kitchen.isVisible() and window.kitchen_mode.active
    assert kitchen.leave_dialog is not None and kitchen.leave_dialog.isVisible()
    kitchen.leave_dialog.reject()

    dialog = leave_with(qtbot, kitchen, PASSPHRASE)
    qtbot.waitUntil(lambda: not window.kitchen_mode.active, timeout=WAIT_MS)
    assert window.isVisible() and not visible_family_views()
    assert window.current_page() is window.main_page


def test_a_lock_replaces_family_view_and_unlocking_returns_to_it(
    qtbot: QtBot, shell: tuple[MainWindow, str]
) -> None:
    window, family_id = shell
    kitchen = open_family_view(qtbot, window)
    kitchen.ask_to_leave()  # a dialog open at the lock must not stay either

    window.lock()
    assert not window.kitchen_mode.active
    assert not visible_family_views()
    assert window.isVisible() and window.current_page() is window.unlock_page
    words, _ = everything_on_screen()
    assert not [w for w in words if OUR_FAMILY in w or GOAL_TEXT in w]

    unlock(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.kitchen_mode.active, timeout=WAIT_MS)
    assert window.kitchen_mode.family_id == family_id
    assert not window.isVisible()
    again = window.kitchen_mode.window
    assert again is not None and again.isFullScreen()
    assert visible_family_views() == [again]
    wait_page(qtbot, window, window.main_page)


def test_auto_lock_still_applies_in_family_view(
    qtbot: QtBot, shell: tuple[MainWindow, str]
) -> None:
    window, _ = shell
    open_family_view(qtbot, window)
    walk_away(window)
    qtbot.waitUntil(lambda: window.current_page() is window.unlock_page, timeout=WAIT_MS)
    assert not window.kitchen_mode.active and not visible_family_views()
    assert window.isVisible() and not window.service.is_unlocked


def press_ctrl_l_on_the_map(qtbot: QtBot, map_tab: FamilyMapTab) -> None:
    map_tab.window().activateWindow()
    qtbot.waitUntil(map_tab.window().isActiveWindow, timeout=WAIT_MS)
    map_tab.view.setFocus()
    qtbot.waitUntil(map_tab.view.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(map_tab.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_l_locks_with_the_map_focused(qtbot: QtBot, shell: tuple[MainWindow, str]) -> None:
    window, _ = shell
    map_tab = window.workspace.map_tab.current_map
    assert map_tab is not None and map_tab.isVisible()
    # Link has a key of its own: Ctrl+L is the app's Lock, and one key for two actions fires neither.
    link_keys = map_tab.actions_by_name["link"].shortcuts()
    assert link_keys and window.lock_action.shortcut() not in link_keys

    press_ctrl_l_on_the_map(qtbot, map_tab)
    wait_page(qtbot, window, window.unlock_page)
    assert not window.service.is_unlocked


def test_ctrl_l_locks_in_family_view_with_the_map_focused(
    qtbot: QtBot, shell: tuple[MainWindow, str]
) -> None:
    window, _ = shell
    kitchen = open_family_view(qtbot, window)
    press_ctrl_l_on_the_map(qtbot, kitchen.map_tab)
    qtbot.waitUntil(lambda: not window.service.is_unlocked, timeout=WAIT_MS)
    assert not window.kitchen_mode.active and not visible_family_views()
    assert window.isVisible() and window.current_page() is window.unlock_page


def test_a_lock_during_the_passphrase_check_hides_family_view_at_once(
    qtbot: QtBot, shell: tuple[MainWindow, str]
) -> None:
    window, family_id = shell
    kitchen = open_family_view(qtbot, window)
    gate = threading.Event()
    window.runner.submit(gate.wait, lambda _r: None, lambda _e: None)  # slow work running
    try:
        leave_with(qtbot, kitchen, PASSPHRASE)  # its check waits behind the slow work
        window.lock()
        # The vault closes once the work is done, but nothing personal stays on screen now.
        assert window.service.is_unlocked
        assert not visible_family_views() and not window.kitchen_mode.active
        assert window.isVisible() and window.current_page() is window.unlock_page
        words, _ = everything_on_screen()
        assert not [w for w in words if OUR_FAMILY in w or GOAL_TEXT in w or "Stress" in w]
    finally:
        gate.set()
    qtbot.waitUntil(lambda: not window.service.is_unlocked, timeout=WAIT_MS)
    assert not visible_family_views()  # the passphrase checked meanwhile did not reopen it

    unlock(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.kitchen_mode.active, timeout=WAIT_MS)
    assert window.kitchen_mode.family_id == family_id  # back at the kitchen table


def test_family_view_snapshots_and_notifications_name_nothing_else(
    qtbot: QtBot, shell: tuple[MainWindow, str]
) -> None:
    window, _ = shell
    normal = window.workspace.map_tab.current_map
    extras = normal.findChild(MapExtras) if normal is not None else None
    assert extras is not None and extras.save_snapshot("Første besøg")  # internal note in it
    kitchen = open_family_view(qtbot, window)
    pane = kitchen.extras.set_compare(True)
    assert pane is not None
    qtbot.waitExposed(pane)
    # Sync speaks while the family watches: about another family, or asking to sign in.
    controller = window.sync_ui.controller
    controller.sig_message.emit(f"Ændringer i {OTHER_FAMILY} blev afvist.")
    controller.sig_failed.emit("rejected", f"{OTHER_FAMILY}: kunne ikke sendes.")
    controller.sig_families_purged.emit([PurgedFamily("elsewhere", OTHER_FAMILY)])
    controller.sig_sign_in_needed.emit("token_expired")
    QApplication.processEvents()

    words, widgets = everything_on_screen()
    text = "\n".join(words)
    assert "Første besøg" in text  # the snapshot picker
    for forbidden in (OTHER_FAMILY, OTHER_MEMBER, INTERNAL_LABEL):
        assert forbidden not in text
    assert all(w.window() is kitchen for w in widgets)  # no message box over family view
    shown = [item.view.label for item in pane.scene.node_items()]
    assert "Stress" in shown and INTERNAL_LABEL not in shown
    assert INTERNAL_LABEL not in "\n".join(i.toolTip() for i in pane.scene.items())


def test_ctrl_l_locks_while_words_are_typed_on_the_map(
    qtbot: QtBot, shell: tuple[MainWindow, str]
) -> None:
    window, _ = shell
    map_tab = window.workspace.map_tab.current_map
    assert map_tab is not None
    map_tab.window().activateWindow()
    qtbot.waitUntil(map_tab.window().isActiveWindow, timeout=WAIT_MS)
    stress = next(v.id for v in map_tab.model.nodes() if v.label == "Stress")
    gesture = map_tab.scene.start_relabel(stress)
    assert gesture is not None
    qtbot.waitUntil(gesture.widget.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(gesture.widget, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    wait_page(qtbot, window, window.unlock_page)
    assert not window.service.is_unlocked
