"""Issue 12's journey, start to end, in the real main window in Danish.

A new coordinator creates the vault and a family of four (Mette and Jonas,
who hold custody, Emma 13 and Oskar 8), draws a small map typing the words
right after each add, adds the school and the jobcenter and the parents'
written consent about Emma to both, records Mette's WHO-5 (a future date is
refused first), shows the family view and leaves it with the passphrase (a
wrong one first), exports the family plan and reads it back, then switches
the app to English as the settings dialog offers it (the language applies at
the next start: the window is closed and started again the way `ui/app.py`
starts it) and back to Danish.

Driven by mouse clicks and key presses on the real widgets; after each step
the vault and the widgets are asked what happened. (`tools/screenshots.py`
takes the README's pictures of the same screens under Xvfb, from the richer
demo family.)
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE
from plan_helpers import ROOT
from PySide6.QtCore import QLocale, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_shell_helpers import WAIT_MS, make_window, unlock, wait_page

from ftbt_desktop.core.casework import GivenForm, InfoKind
from ftbt_desktop.core.family_map import LinkKind, NodeKind, Visibility
from ftbt_desktop.core.model import MemberRole
from ftbt_desktop.settings import Settings, load_settings, save_settings
from ftbt_desktop.ui.dialogs.settings_dialog import SettingsDialog
from ftbt_desktop.ui.family_map.interactions import RelabelInPlace
from ftbt_desktop.ui.family_map.kitchen_window import KitchenTableWindow
from ftbt_desktop.ui.family_map.map_tab import FamilyMapTab
from ftbt_desktop.ui.main_window import MainWindow
from ftbt_desktop.words.translations import install_translators

TODAY = dt.date.today()
FAMILY = "Familien Berg"
PEOPLE = (
    ("Mette Berg", MemberRole.PARENT, 1982),
    ("Jonas Berg", MemberRole.PARTNER, 1984),
    ("Emma Berg", MemberRole.CHILD, TODAY.year - 13),
    ("Oskar Berg", MemberRole.CHILD, TODAY.year - 8),
)
CHALLENGE = "Svært ved at komme op om morgenen"
GOAL = "Emma går i skole hver dag"
STRENGTH = "Jonas kører Emma i skole"
ACTORS = (("Skolen", "school"), ("Jobcentret", "jobcenter"))
PURPOSE = "At følge Emmas fremmøde i skolen"
WHO5 = [3, 2, 3, 2, 3]  # 52 of 100
HUMAN_MS = 20  # between keys: typing at a person's pace, not all at once


@dataclass
class Journey:
    """What the steps share: the app's state as the coordinator left it."""

    qtbot: QtBot
    app: QApplication
    data_dir: Path
    qm_dir: Path
    window: MainWindow
    family_id: str = ""
    ids: dict[str, str] = field(default_factory=dict)

    def service_load(self, entity_type: str) -> list[Any]:
        return self.window.service.load(self.family_id, entity_type)


# -- the user's hands ----------------------------------------------------------------


def click(widget: QWidget, pos: QPoint | None = None) -> None:
    """A left click where a person would aim: the middle, or the box of a check box."""
    QApplication.processEvents()  # laid out where it will be drawn
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    if pos is None:
        pos = widget.rect().center()
        if isinstance(widget, QCheckBox | QRadioButton):
            pos = QPoint(10, widget.height() // 2)  # the box, not the stretch beside its words
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)


def type_into(widget: QWidget, text: str) -> None:
    """Click into a field, then type."""
    click(widget)
    QTest.keyClicks(widget, text, delay=HUMAN_MS)


def type_where_focus_is(text: str) -> None:
    """Each key to whatever has the focus when it is pressed, as a keyboard does."""
    for char in text:
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        QTest.keyClicks(target, char, delay=HUMAN_MS)


def key_where_focus_is(
    key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    QTest.keyClick(target, key, modifiers)


def choose(combo: QComboBox, text: str) -> None:
    """Tab to a closed combo box and type: it finds the entry (Down moves on from there)."""
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    # Space opens the list instead: the first word, then Down to the entry.
    QTest.keyClicks(combo, text.split()[0])
    for _ in range(combo.count()):
        if combo.currentText().casefold().startswith(text.casefold()):
            return
        QTest.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{combo.objectName()} has no {text!r}")


def open_page(window: MainWindow, page: QWidget) -> None:
    """Click the page's tab in the workspace."""
    tabs = window.workspace.tab_widget
    bar = tabs.findChild(QTabBar)
    assert bar is not None
    click(bar, bar.tabRect(tabs.indexOf(page)).center())
    assert tabs.currentWidget() is page


def tab_titles(window: MainWindow) -> list[str]:
    tabs = window.workspace.tab_widget
    return [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]


def toolbar_button(window: QWidget, toolbar: object, action: object) -> QWidget:
    button = toolbar.widgetForAction(action)  # type: ignore[attr-defined]
    assert isinstance(button, QWidget) and button.window() is window.window()
    return button


def click_node(tab: FamilyMapTab, node_id: str) -> None:
    item = tab.scene.node_item(node_id)
    assert item is not None
    tab.view.ensureVisible(item)
    QApplication.processEvents()
    at = tab.view.mapFromScene(item.sceneBoundingRect().center())
    click(tab.view.viewport(), at)
    assert tab.scene.selected_node_ids() == [node_id]


# -- starting the app as ui/app.py does ------------------------------------------------


def start_app(qtbot: QtBot, app: QApplication, data_dir: Path, qm_dir: Path) -> MainWindow:
    """Settings read, translators installed for their language, then the window."""
    settings = load_settings(data_dir)
    install_translators(app, settings.language, qm_dir)
    window = make_window(qtbot, data_dir, settings)
    window.resize(1280, 720)  # the laptop the issue was found on
    return window


def restart(journey: Journey) -> None:
    """Close the window as a person does (it shuts the vault), then start again."""
    window = journey.window
    window.close()
    journey.qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    assert not window.service.is_unlocked
    journey.window = start_app(journey.qtbot, journey.app, journey.data_dir, journey.qm_dir)
    unlock(journey.qtbot, journey.window, PASSPHRASE)
    # The unlock brings back the window's size, which Qt fits to this test screen
    # (800×800); the journey goes on on the laptop the issue was found on.
    journey.qtbot.wait(20)
    journey.window.resize(1280, 720)
    panel = journey.window.family_list
    row = panel.model.row_of(journey.family_id)
    assert row >= 0
    click(panel.list_view.viewport(), panel.list_view.visualRect(panel.model.index(row)).center())
    journey.qtbot.waitUntil(
        lambda: journey.window.workspace.current_family_id() == journey.family_id
    )


@pytest.fixture
def qm_dir(tmp_path: Path) -> Path:
    """The Danish catalogue compiled afresh from the sources."""
    folder = tmp_path / "qm"
    folder.mkdir()
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    ts = ROOT / "resources" / "translations" / "ftbt_da.ts"
    subprocess.run(
        [str(lrelease), "-silent", str(ts), "-qm", str(folder / "ftbt_da.qm")], check=True
    )
    return folder


@pytest.fixture
def journey(qtbot: QtBot, qapp: QApplication, data_dir: Path, qm_dir: Path) -> Iterator[Journey]:
    """A first start on a computer set to Danish: the settings say "da"."""
    locale_before = QLocale()
    save_settings(data_dir, Settings(language="da"))
    window = start_app(qtbot, qapp, data_dir, qm_dir)
    state = Journey(qtbot, qapp, data_dir, qm_dir, window)
    yield state
    if state.window.kitchen_mode.active:
        state.window.kitchen_mode._close_window()
    install_translators(qapp, "en")
    QLocale.setDefault(locale_before)
    qapp.processEvents()


# -- the steps -------------------------------------------------------------------------


def create_vault_and_family(j: Journey) -> None:
    window, qtbot = j.window, j.qtbot
    page = window.create_page
    assert page.create_button.text().replace("&", "").startswith("Opret")
    type_into(page.form.first, PASSPHRASE)
    type_into(page.form.second, PASSPHRASE)
    click(page.create_button)
    wait_page(qtbot, window, window.recovery_key_page)
    click(window.recovery_key_page.view.stored)
    click(window.recovery_key_page.continue_button)
    wait_page(qtbot, window, window.main_page)

    panel = window.family_list
    click(panel.new_button)
    type_into(panel.new_form.name_edit, FAMILY)
    QTest.keyClick(panel.new_form.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace.current_family_id() is not None, timeout=WAIT_MS)
    j.family_id = str(window.workspace.current_family_id())
    assert window.service.family_view(j.family_id).family.name == FAMILY

    members_tab = window.workspace.members_tab
    open_page(window, members_tab)
    form = members_tab.form
    roles = {MemberRole.PARENT: "Forælder", MemberRole.PARTNER: "Partner", MemberRole.CHILD: "Barn"}
    for name, role, year in PEOPLE:
        click(members_tab.add_button)
        type_into(form.name_edit, name)
        choose(form.role_combo, roles[role])
        assert form.role_combo.currentData() == role.value
        type_into(form.birth_year_edit, str(year))
        click(form.save_button)
        qtbot.waitUntil(lambda: not form.isVisible())
    members = window.service.members(j.family_id)
    assert sorted((m.name, m.role, m.birth_year) for m in members) == sorted(
        (n, r, y) for n, r, y in PEOPLE
    )
    j.ids.update({m.name.split()[0]: m.id for m in members})
    shown = [members_tab.table.item(r, 0).text() for r in range(members_tab.table.rowCount())]
    assert sorted(shown) == sorted(n for n, _, _ in PEOPLE)


def add_node_and_type(tab: FamilyMapTab, about: str, kind: NodeKind, words: str) -> str:
    """Select the member, click the toolbar's add button, type at once, Return."""
    member_node = tab.model.node_for(about)
    assert member_node is not None
    click_node(tab, member_node.id)
    before = {v.id for v in tab.model.nodes()}
    click(toolbar_button(tab, tab.toolbar, tab.actions_by_name[f"add_{kind.value}"]))
    type_where_focus_is(words)  # no waiting: the words must not be lost
    key_where_focus_is(Qt.Key.Key_Return)
    [added] = [v for v in tab.model.nodes() if v.id not in before]
    assert (added.kind, added.label) == (kind, words)
    assert about in added.member_ids
    return added.id


def draw_map(j: Journey) -> None:
    window = j.window
    page = window.workspace.map_tab
    open_page(window, page)
    tab = page.current_map
    assert isinstance(tab, FamilyMapTab)
    assert "Figurerne viser ikke køn" in tab.legend.text()
    challenge = add_node_and_type(tab, j.ids["Mette"], NodeKind.CHALLENGE, CHALLENGE)
    goal = add_node_and_type(tab, j.ids["Emma"], NodeKind.GOAL, GOAL)
    strength = add_node_and_type(tab, j.ids["Jonas"], NodeKind.STRENGTH, STRENGTH)
    assert not isinstance(tab.scene.interaction(), RelabelInPlace)

    # The strength supports the goal: linked from the side panel.
    click_node(tab, strength)
    editor = tab.editor
    choose(editor.link_target, GOAL)
    choose(editor.link_kind_new, "støtter")
    assert editor.link_kind_new.currentData() == LinkKind.SUPPORTS.value
    click(editor.link_button)
    j.qtbot.waitUntil(lambda: bool(tab.model.links_of(strength)))

    nodes = {n.id: n for n in j.service_load("map_node")}
    assert (nodes[challenge].label, nodes[strength].label) == (CHALLENGE, STRENGTH)
    assert nodes[challenge].member_ids == [j.ids["Mette"]]
    # A goal's node draws the goal itself: its words are the goal's.
    assert all(nodes[i].visibility is Visibility.FAMILY for i in (challenge, goal, strength))
    goals = [g for g in j.service_load("goal") if g.text == GOAL]
    assert len(goals) == 1 and goals[0].member_ids == [j.ids["Emma"]]
    [link] = j.service_load("map_link")
    assert (link.source_id, link.target_id, link.kind) == (strength, goal, LinkKind.SUPPORTS)
    # Stray nodes from typing too early would be here as well.
    words = sorted(v.label for v in tab.model.nodes() if v.kind is not NodeKind.MEMBER)
    assert words == sorted([CHALLENGE, GOAL, STRENGTH])
    assert len(nodes) == len(PEOPLE) + 3
    # The map as a list says the same, in words, for a screen reader.
    # (It follows the map in batches, so a screen reader is not flooded.)
    j.qtbot.waitUntil(lambda: len(tab.as_list.row_texts()) == len(nodes) + 1)
    listed = "\n".join(tab.as_list.row_texts())
    assert f"Udfordring: »{CHALLENGE}«, vedrører Mette Berg" in listed
    assert f"Mål: »{GOAL}«, vedrører Emma Berg" in listed
    assert "støtter" in listed
    j.ids.update(challenge=challenge, goal=goal, strength=strength)


def add_actors_and_consent(j: Journey) -> None:
    window, qtbot = j.window, j.qtbot
    tab = window.workspace.network_tab
    open_page(window, tab)
    kinds = {"school": "Skole", "jobcenter": "Jobcenter"}
    form = tab.actor_form
    for name, kind in ACTORS:
        click(tab.add_actor_button)
        type_into(form.name_edit, name)
        choose(form.kind_combo, kinds[kind])
        click(form.save_button)
        qtbot.waitUntil(lambda: not form.is_open)
    actors = {a.name: a for a in j.service_load("actor")}
    assert {n: a.kind.value for n, a in actors.items()} == dict(ACTORS)
    j.ids.update(school=actors["Skolen"].id, job=actors["Jobcentret"].id)
    assert tab.actors_without_consent() == {j.ids["school"], j.ids["job"]}

    click(tab.add_consent_button)
    form = tab.consent_form
    assert form.is_open and form.giver_checks.checked_ids() == []

    def press(button: QAbstractButton) -> None:
        tab.scroll.ensureWidgetVisible(button)
        click(button)

    choose(form.member_combo, "Emma")
    assert form.member_combo.current_id() == j.ids["Emma"]
    press(form.giver_checks.box(j.ids["Mette"]))
    press(form.giver_checks.box(j.ids["Jonas"]))
    press(form.actor_checks.box(j.ids["school"]))
    press(form.actor_checks.box(j.ids["job"]))
    press(form.kind_checks[InfoKind.SCHOOL_DAYCARE])
    tab.scroll.ensureWidgetVisible(form.purpose_edit)
    type_into(form.purpose_edit, PURPOSE)
    press(form.given_as.written)
    tab.scroll.ensureWidgetVisible(form.save_button)
    click(form.save_button)
    assert not form.is_open, form.message.text()

    [consent] = j.service_load("consent")
    assert consent.member_id == j.ids["Emma"]
    assert consent.giver_ids == sorted([j.ids["Mette"], j.ids["Jonas"]])
    assert consent.recipient_ids == sorted([j.ids["school"], j.ids["job"]])
    assert consent.form is GivenForm.WRITTEN and consent.info_kinds == ["school_daycare"]
    assert consent.given == TODAY.isoformat() and consent.purpose == PURPOSE
    row = tab.consent_table.row_texts(tab.consent_table.row_of(consent.id))
    assert row[:3] == ["Emma Berg", "Mette Berg, Jonas Berg", "Jobcentret, Skolen"]
    assert tab.actors_without_consent() == set()

    # Both actors are on the map, each as what it is (not "Anden aktør").
    map_tab = window.workspace.map_tab.current_map
    assert map_tab is not None
    on_map = {v.label: v for v in map_tab.model.nodes() if v.kind is NodeKind.ACTOR}
    assert set(on_map) == {"Skolen", "Jobcentret"}
    tips = "\n".join(map_tab.scene.node_item(v.id).toolTip() for v in on_map.values())
    assert "Anden aktør" not in tips


def record_who5(j: Journey) -> None:
    window, qtbot = j.window, j.qtbot
    tab = window.workspace.measures_tab
    open_page(window, tab)
    choose(tab.person_combo, "Mette")
    click(tab.who5_button)
    form = tab.who5_form
    assert form.is_open and form.member_combo.current_id() == j.ids["Mette"]
    for item, value in enumerate(WHO5):
        radio = form.radios[item][5 - value]  # the columns run 5 … 0
        tab.scroll.ensureWidgetVisible(radio)
        click(radio)
    assert form.score_label.text() == "Score: 52 af 100"

    def type_date(day: dt.date) -> None:
        tab.scroll.ensureWidgetVisible(form.date_edit)
        click(form.date_edit)
        QTest.keyClick(form.date_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(form.date_edit, day.strftime("%d.%m.%Y"), delay=HUMAN_MS)

    tomorrow = TODAY + dt.timedelta(days=1)
    type_date(tomorrow)
    assert form.date_edit.iso() == tomorrow.isoformat()
    tab.scroll.ensureWidgetVisible(form.save_button)
    click(form.save_button)
    assert form.is_open
    assert form.message.text() == (
        f"{tomorrow.strftime('%d.%m.%Y')} er ikke kommet endnu. Svar skrives på den dag, "
        "de bliver givet: vælg i dag eller en tidligere dag."
    )
    assert j.service_load("who5_measure") == []
    assert form.answers() == WHO5  # the answers stay

    type_date(TODAY)
    tab.scroll.ensureWidgetVisible(form.save_button)
    click(form.save_button)
    qtbot.waitUntil(lambda: not form.is_open)
    [measure] = j.service_load("who5_measure")
    assert measure.member_id == j.ids["Mette"] and measure.answers == WHO5
    assert measure.date == TODAY.isoformat() and measure.score == 52
    table = tab.timeline.who5_table
    assert table.row_texts(0)[:3] == [TODAY.strftime("%d.%m.%Y"), "52 af 100", "ikke i risiko"]


def family_view(j: Journey) -> None:
    window, qtbot = j.window, j.qtbot
    open_page(window, window.workspace.map_tab)
    tab = window.workspace.map_tab.current_map
    assert tab is not None
    click(toolbar_button(tab, tab.toolbar, tab.actions_by_name["family_view"]))
    kitchen = window.kitchen_mode.window
    assert isinstance(kitchen, KitchenTableWindow)
    qtbot.waitExposed(kitchen)
    assert kitchen.isFullScreen() and not window.isVisible()
    assert kitchen.goals.goal_texts() == [f"{GOAL}\nEmma Berg"]
    labels = {item.view.label for item in kitchen.map_tab.scene.node_items()}
    assert {CHALLENGE, GOAL, STRENGTH, "Skolen", "Jobcentret", "Emma Berg"} <= labels
    assert kitchen.leave_button.text() == "Forlad familievisning"

    def leave_with(passphrase: str) -> None:
        click(kitchen.leave_button)
        dialog = kitchen.leave_dialog
        assert dialog is not None and dialog.isVisible()
        type_into(dialog.passphrase, passphrase)
        click(dialog.leave_button)

    leave_with("forkert sætning")
    dialog = kitchen.leave_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.leave_button.isEnabled(), timeout=WAIT_MS)
    feedback = dialog.feedback
    assert feedback.text() == (
        "Det er ikke den rigtige adgangssætning. Familievisningen bliver, til den er "
        "skrevet rigtigt."
    )
    assert feedback.isVisible() and dialog.passphrase.text() == ""
    # Shown whole, beside the field rather than over it.
    assert feedback.height() >= feedback.heightForWidth(feedback.width())
    field_rect = dialog.passphrase.geometry().translated(
        dialog.passphrase.parentWidget().mapTo(dialog, QPoint())
    )
    feedback_rect = feedback.geometry().translated(feedback.parentWidget().mapTo(dialog, QPoint()))
    assert not field_rect.intersects(feedback_rect)
    assert window.kitchen_mode.active and kitchen.isVisible()

    type_into(dialog.passphrase, PASSPHRASE)
    click(dialog.leave_button)
    qtbot.waitUntil(lambda: not window.kitchen_mode.active, timeout=WAIT_MS)
    assert window.isVisible() and window.current_page() is window.main_page


def pdf_words(path: Path) -> str | None:
    """The PDF's words, or None without poppler's pdftotext (`.ci/run` installs it)."""
    if shutil.which("pdftotext") is None:
        return None
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True)
    return " ".join(out.stdout.split())


def export_plan(j: Journey, target: Path) -> str | None:
    window, qtbot = j.window, j.qtbot
    bar = window.workspace.review_bar
    click(bar.export_button)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None and dialog.windowTitle().startswith("Eksport")
    assert dialog.family_radio.isChecked()  # type: ignore[attr-defined]

    typed: list[str] = []

    def type_the_path() -> None:
        files = QApplication.activeModalWidget()
        assert isinstance(files, QFileDialog)
        typed.extend(files.findChild(QLabel, n).text() for n in ("lookInLabel", "fileTypeLabel"))
        name = files.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        QTest.keyClick(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(name, str(target))
        QTest.keyClick(name, Qt.Key.Key_Return)

    QTimer.singleShot(300, type_the_path)
    click(dialog.save_button)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.workspace.review_bar.export_button.isEnabled(), timeout=WAIT_MS)
    assert target.read_bytes().startswith(b"%PDF")
    assert typed == ["&Kig i:", "Filer af &typen:"]  # Qt's own dialog speaks Danish too
    return pdf_words(target)


def check_plan_words(words: str) -> None:
    """The family's plan in plain Danish: the consent as the law reads it, Danish dates."""
    danish = QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
    today = danish.toString(TODAY, "d. MMMM yyyy")
    assert f"Familiens plan {FAMILY} Lavet den {today} Familiens udgave" in words, words
    assert (
        "Mette Berg og Jonas Berg har givet samtykke til, at Jobcentret og Skolen må "
        "udveksle oplysninger om Emma Bergs skole og dagtilbud. "
        f"Formål: {PURPOSE}. Samtykket blev givet skriftligt den {today}."
    ) in words, words
    assert "Jobcentret – jobcenter Skolen – skole" in words  # each actor as what it is
    assert "Anden aktør" not in words and "Givet af" not in words
    assert f"{GOAL} Det gælder Emma Berg." in words
    for on_map in (CHALLENGE, STRENGTH, "støtter"):
        assert on_map in words
    assert f"ikke i risiko (52 ud af 100 point, {TODAY.strftime('%d.%m.%Y')})" in words
    assert "Fortroligt — indeholder personoplysninger Side 1 af 4" in words
    assert "Confidential" not in words
    assert not re.search(r"\b\d{1,2}/\d{1,2}/\d{4}\b", words)  # no month-first dates


def change_language(j: Journey, choice: str, note: str) -> None:
    """Settings dialog from the toolbar, the language chosen, Save; the note says when."""
    window, qtbot = j.window, j.qtbot
    click(toolbar_button(window, window.toolbar, window.settings_action))
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SettingsDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, SettingsDialog)
    assert not dialog.restart_note.isVisible()
    choose(dialog.language, choice)
    assert dialog.restart_note.isVisible() and dialog.restart_note.text() == note
    click(dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.statusBar().currentMessage() == note
    assert load_settings(j.data_dir).language == ("en" if choice == "English" else "da")


# -- the journey -------------------------------------------------------------------------


def test_coordinator_journey_in_danish_then_english_and_back(
    journey: Journey, tmp_path: Path
) -> None:
    j = journey
    create_vault_and_family(j)
    draw_map(j)
    add_actors_and_consent(j)
    record_who5(j)
    assert "Kort" in tab_titles(j.window)
    family_view(j)
    words = export_plan(j, tmp_path / "familiens-plan.pdf")
    if words is not None:
        check_plan_words(words)

    change_language(
        j, "English", "Det nye sprog bruges, når du lukker FTBT Desktop og åbner programmet igen."
    )
    assert "Kort" in tab_titles(j.window)  # nothing changes before the next start
    restart(j)
    titles = tab_titles(j.window)
    assert "Map" in titles and "Measures" in titles, titles
    map_tab = j.window.workspace.map_tab.current_map
    assert map_tab is not None and "The shapes do not show gender." in map_tab.legend.text()
    measures = j.window.workspace.measures_tab
    open_page(j.window, measures)
    choose(measures.person_combo, "Mette")
    day_first = QLocale(QLocale.Language.English, QLocale.Country.Denmark).toString(
        TODAY, "dd/MM/yyyy"
    )
    assert measures.timeline.who5_table.row_texts(0)[:3] == [day_first, "52 of 100", "not at risk"]
    network = j.window.workspace.network_tab
    open_page(j.window, network)
    consent_row = network.consent_table.row_texts(0)
    assert consent_row[1] == "Mette Berg, Jonas Berg"
    assert day_first in consent_row

    change_language(
        j, "Dansk", "The new language is used when you close FTBT Desktop and open it again."
    )
    restart(j)
    titles = tab_titles(j.window)
    assert "Kort" in titles and "Målinger" in titles, titles
    measures = j.window.workspace.measures_tab
    open_page(j.window, measures)
    choose(measures.person_combo, "Mette")
    assert measures.timeline.who5_table.row_texts(0)[:3] == [
        TODAY.strftime("%d.%m.%Y"),
        "52 af 100",
        "ikke i risiko",
    ]
