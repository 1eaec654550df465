"""Every page and dialog, walked as a screen reader walks it (EN 301 549 11.5.2.5, 11.5.2.7).

The tree is read through `QAccessible` only (tests/a11y_walk.py). A visible
control that takes input or focus without a name fails, and so does a map
node without a name, role and state. What is walked is found generically:

- every page of the main window's stack, and every page of the family
  workspace, for a family with data in every part;
- every inline form on those pages (each `QGroupBox`/`QFrame` that is
  hidden until asked for is shown), and every inline "are you sure?";
- every dialog: all `QDialog` subclasses in `ftbt_desktop.ui` are found by
  import, and each must have an opener below, so a new dialog is walked or
  this test fails and says which one has no opener.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from a11y_walk import Found, Role, items_of_list, unnamed_controls, walk_widget
from conftest import PASSPHRASE
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QGroupBox, QWidget
from pytestqt.qtbot import QtBot
from ui_shell_helpers import make_vault, make_window, unlock

import ftbt_desktop.ui
from ftbt_desktop.storage.demo import add_demo_families
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.main_window import MainWindow
from ftbt_desktop.ui.workspace.inline import InlineConfirm

Opener = Callable[[MainWindow, str], QWidget | None]


def all_dialog_classes() -> set[type[QDialog]]:
    found: set[type[QDialog]] = set()
    for module_info in pkgutil.walk_packages(ftbt_desktop.ui.__path__, "ftbt_desktop.ui."):
        module = importlib.import_module(module_info.name)
        for _name, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, QDialog) and value.__module__ == module.__name__:
                found.add(value)
    return found


def _map_extras(window: MainWindow) -> object:
    window.workspace.tab_widget.setCurrentWidget(window.workspace.map_tab)
    tab = window.workspace.map_tab.current_map
    assert tab is not None
    return tab.findChild(QObject, "map_extras")


def _kitchen(window: MainWindow, family_id: str) -> QWidget:
    kitchen = window.kitchen_mode.enter(family_id)
    assert kitchen is not None
    return kitchen


def _leave_dialog(window: MainWindow, family_id: str) -> QWidget:
    return _kitchen(window, family_id).ask_to_leave()


def _rekey_progress(window: MainWindow, _family_id: str) -> QWidget:
    from ftbt_desktop.ui.vault_pages.rekey_widgets import RekeyProgressDialog

    dialog = RekeyProgressDialog(window)
    dialog.show()
    return dialog


def _messages(window: MainWindow, family_id: str) -> QWidget | None:
    """The Messages list with a message that has every button (Show family, Mark as read)."""
    from ftbt_desktop.storage import notices

    changed = notices.refused_detail([("family", "notes", "forbidden")])
    refused = notices.NewNotice(notices.REFUSED, family_id, "", "coordinator", 1, changed)
    window.service.on_vault(notices.record_all, [refused])
    return window.sync_ui.notices.open()


def _my_computers(window: MainWindow, _family: str) -> QWidget:
    """My computers, from the sign-in dialog (not signed in: it says it cannot fetch)."""
    sign_in = window.sync_ui.open_sign_in()
    assert sign_in is not None
    return sign_in.show_devices()


OPENERS: dict[str, Opener] = {
    "MapExportDialog": lambda w, _f: _map_extras(w).open_export(),  # type: ignore[attr-defined]
    "SaveSnapshotDialog": lambda w, _f: _map_extras(w).open_save_snapshot(),  # type: ignore[attr-defined]
    "LeaveDialog": _leave_dialog,
    "PlanExportDialog": lambda w, _f: w.workspace.review_bar.open_export(),
    "ChangePassphraseDialog": lambda w, _f: w.open_change_passphrase(),
    "NewRecoveryKeyDialog": lambda w, _f: w.open_new_recovery_key(),
    "RestoreBackupDialog": lambda w, _f: w.open_restore_backup(),
    "SettingsDialog": lambda w, _f: w.open_settings(),
    "SignInDialog": lambda w, _f: w.sync_ui.open_sign_in(),
    "DevicesDialog": _my_computers,
    "OutcomeReportDialog": lambda w, _f: w.outcome_report.open_dialog(),
    "RekeyProgressDialog": _rekey_progress,
    "NoticesDialog": _messages,
    "EraseFamilyDialog": lambda w, f: (w.local_erase.ask(f), w.local_erase.dialog)[1],
}


def describe(problems: list[object]) -> str:
    return "unnamed: " + "; ".join(str(p) for p in problems)


def hidden_forms(page: QWidget) -> Iterator[QWidget]:
    """The inline forms and notices a page shows only when asked for."""
    for widget in page.findChildren(QWidget):
        if isinstance(widget, InlineConfirm):
            continue
        if isinstance(widget, (QGroupBox, QFrame)) and widget.isHidden():
            parent = widget.parentWidget()
            if parent is not None and parent.isVisible():
                yield widget


def check_page(qtbot: QtBot, page: QWidget, where: str) -> None:
    QApplication.processEvents()
    problems = unnamed_controls(page)
    assert not problems, f"{where}: {describe(problems)}"[:2000]
    for form in list(hidden_forms(page)):
        form.show()
        QApplication.processEvents()
        problems = unnamed_controls(form)
        form.hide()
        form_name = form.objectName() or type(form).__name__
        assert not problems, f"{where}, {form_name}: {describe(problems)}"[:2000]
    for confirm in page.findChildren(InlineConfirm):
        if confirm.parentWidget() is not None and confirm.parentWidget().isVisible():
            confirm.ask("Remove this?", "Remove", "Keep")
            QApplication.processEvents()
            problems = unnamed_controls(confirm)
            confirm.hide()
            assert not problems, f"{where}, {confirm.objectName()}: {describe(problems)}"[:2000]


@pytest.fixture
def demo_window(qtbot: QtBot, data_dir: Path) -> tuple[MainWindow, str]:
    make_vault(data_dir, PASSPHRASE)
    vault = Vault.open(data_dir, PASSPHRASE)
    family_id = add_demo_families(Repository(vault))[0]
    vault.close(backup=False)
    window = make_window(qtbot, data_dir)
    window.resize(1280, 720)
    unlock(qtbot, window, PASSPHRASE)
    window.family_list.select_family(family_id)
    qtbot.waitUntil(lambda: window.workspace.current_family_id() == family_id)
    return window, family_id


def test_the_vault_pages_name_every_control(qtbot: QtBot, data_dir: Path) -> None:
    window = make_window(qtbot, data_dir)
    for index in range(window.stack.count()):
        page = window.stack.widget(index)
        if page is window.main_page:
            continue
        window.stack.setCurrentWidget(page)
        check_page(qtbot, window, type(page).__name__)


def test_every_workspace_page_and_inline_form_names_every_control(
    qtbot: QtBot, demo_window: tuple[MainWindow, str]
) -> None:
    window, _family_id = demo_window
    check_page(qtbot, window, "family list")
    tabs = window.workspace.tab_widget
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        page = tabs.currentWidget()
        # The whole window: the page, the family list, toolbars and status bar together.
        check_page(qtbot, window, f"tab {tabs.tabText(index)!r}")
        assert page.isVisible()


def test_every_map_node_has_a_name_a_role_and_a_state(
    qtbot: QtBot, demo_window: tuple[MainWindow, str]
) -> None:
    window, _family_id = demo_window
    tabs = window.workspace.tab_widget
    tabs.setCurrentWidget(window.workspace.map_tab)
    tab = window.workspace.map_tab.current_map
    assert tab is not None
    tab.as_list.toggle.setChecked(True)
    QApplication.processEvents()
    items = items_of_list(window, "The map as a list")
    names = [i.name for i in items]
    for node in tab.scene.node_items():
        matching = [i for i in items if node.view.label in i.name]
        assert matching, f"map node {node.view.label!r} is not exposed; have {names}"
        for item in matching:
            assert item.role.name == "ListItem"
            assert item.state.selectable
    check_page(qtbot, window, "map with its list")


def test_every_dialog_names_every_control(
    qtbot: QtBot, demo_window: tuple[MainWindow, str]
) -> None:
    window, family_id = demo_window
    classes = {cls.__name__ for cls in all_dialog_classes()}
    missing = classes - set(OPENERS)
    assert not missing, f"dialogs with no opener in this test: {sorted(missing)}"
    for name in sorted(classes):
        opened = OPENERS[name](window, family_id)
        assert opened is not None, name
        qtbot.waitUntil(opened.isVisible)
        assert type(opened).__name__ == name
        check_page(qtbot, opened, name)
        if isinstance(opened, QDialog):
            opened.reject()
        if window.kitchen_mode.active:
            window.kitchen_mode.leave()


def test_family_view_names_every_control(qtbot: QtBot, demo_window: tuple[MainWindow, str]) -> None:
    window, family_id = demo_window
    kitchen = _kitchen(window, family_id)
    qtbot.waitUntil(kitchen.isVisible)
    check_page(qtbot, kitchen, "family view")
    window.kitchen_mode.leave()


def _charts(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if type(w).__name__.endswith("Chart") and w.isVisible()
    ]


def _table_beside(chart: QWidget) -> list[Found]:
    """Named lists or tables near the chart: in its parent or the one above."""
    parent = chart.parentWidget()
    for _ in range(3):
        if parent is None:
            break
        views = [
            f
            for f in walk_widget(parent)
            if f.role in (Role.List, Role.Table, Role.Tree) and f.name.strip()
        ]
        if views:
            return views
        parent = parent.parentWidget()
    return []


def test_charts_are_named_described_and_have_their_numbers_in_a_table_beside_them(
    qtbot: QtBot, demo_window: tuple[MainWindow, str]
) -> None:
    window, family_id = demo_window
    workspace = window.workspace
    mette = next(m for m in window.service.members(family_id) if m.name.startswith("Mette"))
    workspace.tab_widget.setCurrentWidget(workspace.measures_tab)
    workspace.measures_tab.select_person(mette.id)
    goals = workspace.plan_tab.goal_list
    workspace.tab_widget.setCurrentWidget(workspace.plan_tab)
    goals.setCurrentItem(goals.topLevelItem(0))
    seen: set[str] = set()
    for page in (workspace.measures_tab, workspace.plan_tab):
        workspace.tab_widget.setCurrentWidget(page)
        QApplication.processEvents()
        charts = _charts(page)
        assert charts, f"no chart shown on {type(page).__name__}"
        for chart in charts:
            [found] = [f for f in walk_widget(page) if f.widget is chart]
            assert found.name.strip(), f"{type(chart).__name__} has no name"
            assert found.description.strip(), f"{type(chart).__name__} is not described"
            assert _table_beside(chart), f"{type(chart).__name__} has no table beside it"
            seen.add(type(chart).__name__)
    assert {"Who5Chart", "RatingChart"} <= seen
    workspace.tab_widget.setCurrentWidget(workspace.measures_tab)
    who5 = next(c for c in _charts(workspace.measures_tab) if type(c).__name__ == "Who5Chart")
    assert who5.accessibleName() == "Wellbeing (WHO-5) chart"
    assert "table below" in who5.accessibleDescription()
