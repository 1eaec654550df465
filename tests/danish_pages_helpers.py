"""Every page of a family's workspace walked, and its texts read."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ftbt_desktop.ui.workspace.workspace import FamilyWorkspace

LETTERS = re.compile(r"[A-Za-zÆØÅæøåÉé]+")


DATE = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")


def texts_of(root: QWidget) -> set[str]:
    found: set[str] = set()

    def add(text: str | None) -> None:
        if text and LETTERS.search(text):
            found.add(text)

    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, QLabel | QAbstractButton):
            add(w.text())
        if isinstance(w, QGroupBox):
            add(w.title())
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w.itemText(i))
        if isinstance(w, QLineEdit | QPlainTextEdit):
            add(w.placeholderText())
        if isinstance(w, QSpinBox):
            add(w.specialValueText())
        if isinstance(w, QDateEdit):
            found.add(w.text())
        if isinstance(w, QTableWidget):
            for c in range(w.columnCount()):
                header = w.horizontalHeaderItem(c)
                add(header.text() if header else "")
                for r in range(w.rowCount()):
                    item = w.item(r, c)
                    add(item.text() if item else "")
        if isinstance(w, QTreeWidget):
            for c in range(w.columnCount()):
                add(w.headerItem().text(c))
            stack = [w.topLevelItem(i) for i in range(w.topLevelItemCount())]
            while stack:
                item = stack.pop()
                for c in range(w.columnCount()):
                    add(item.text(c))
                stack += [item.child(i) for i in range(item.childCount())]
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                add(w.item(i).text())
        add(w.toolTip())
        add(w.accessibleName())
    return found


def walk(qtbot: QtBot, workspace: FamilyWorkspace, child_id: str) -> set[str]:
    """Open every issue-4 page and form and collect what they say."""
    tabs = workspace.tab_widget
    found = {tabs.tabText(i) for i in range(tabs.count())}

    def show(tab: QWidget) -> None:
        tabs.setCurrentWidget(tab)
        qtbot.waitUntil(tab.isVisible)

    plan = workspace.plan_tab
    show(plan)
    plan.show_page(0)
    plan.new_goal()
    plan.detail.add_step()
    plan.detail.step_form.owner.open_add_actor()
    found |= texts_of(plan)
    plan.show_page(1)
    for grouping in ("member", "owner"):
        plan.overview.set_grouping(grouping)
        found |= texts_of(plan)
    visits = workspace.visits_tab
    show(visits)
    visits.new_visit()
    found |= texts_of(visits)
    measures = workspace.measures_tab
    show(measures)
    for open_form in (
        measures.open_who5,
        measures.open_status,
        measures.open_thriving,
        measures.open_leisure,
        measures.open_connection,
    ):
        open_form()
    found |= texts_of(measures)
    measures.select_person(child_id)
    found |= texts_of(measures)
    network = workspace.network_tab
    show(network)
    network.open_new_actor()
    network.open_new_consent()
    found |= texts_of(network)
    history = workspace.history_tab
    show(history)
    for row in range(history.visible_row_count()):
        _when, _who, what, old, new = history.row_texts(row)
        found |= {*what.split(" · "), old, new}
    return found
