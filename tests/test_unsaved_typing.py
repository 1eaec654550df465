"""Typing in the Goals and plan, Visits, Measures and Network and consent forms is
never dropped silently: picking another family or closing the window asks
Save / Don't save / Cancel (FamilyTab.unsaved_input hooks), in the real main
window over a real vault."""

from __future__ import annotations

from pathlib import Path

from conftest import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from ui_shell_helpers import WAIT_MS, click, make_window, unlock
from unsaved_helpers import answer, pick, question

from ftbt_desktop.core.model import MemberRole
from ftbt_desktop.operations.records import add_record
from ftbt_desktop.storage import keys
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.main_window import MainWindow
from ftbt_desktop.ui.workspace.family_tab import FamilyTab

HANSEN = "Familien Hansen"
JENSEN = "Familien Jensen"


def open_on_hansen(qtbot: QtBot, data_dir: Path) -> MainWindow:
    """Hansen (a mother, a child, the jobcenter) and an empty Jensen; Hansen shown."""
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    repo = Repository(vault)
    hansen = str(repo.create_family(HANSEN).primary_id)
    repo.add_member(hansen, "Mette", MemberRole.PARENT, 1988)
    repo.add_member(hansen, "Freja", MemberRole.CHILD, 2015)
    repo.create_entity("actor", hansen, name="Jobcentret", kind="jobcenter")
    repo.create_family(JENSEN)
    vault.close(backup=False)
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    pick(qtbot, window, HANSEN)
    assert window.workspace.current_family_name() == HANSEN
    return window


def show(qtbot: QtBot, window: MainWindow, tab: FamilyTab) -> None:
    window.workspace.tab_widget.setCurrentWidget(tab)
    qtbot.waitUntil(tab.isVisible, timeout=WAIT_MS)


def hansen_id(window: MainWindow) -> str:
    return next(f.id for f in window.service.list_families() if f.name == HANSEN)


def test_a_typed_goal_is_asked_about_and_saved_before_switching(
    qtbot: QtBot, data_dir: Path
) -> None:
    window = open_on_hansen(qtbot, data_dir)
    tab = window.workspace.plan_tab
    show(qtbot, window, tab)
    click(qtbot, tab.new_goal_button)
    qtbot.keyClicks(tab.goal_form.text_edit, "Freja kommer i skole hver dag")

    pick(qtbot, window, JENSEN)
    box = question()
    assert box is not None and "Goals and plan" in box.text()
    answer(qtbot, QMessageBox.StandardButton.Cancel)
    assert window.workspace.current_family_name() == HANSEN
    assert tab.goal_form.text_edit.text() == "Freja kommer i skole hver dag"

    pick(qtbot, window, JENSEN)
    answer(qtbot, QMessageBox.StandardButton.Save)
    assert window.workspace.current_family_name() == JENSEN
    goals = window.service.load(hansen_id(window), "goal")
    assert [g.text for g in goals] == ["Freja kommer i skole hver dag"]


def test_a_typed_step_and_rating_are_saved_and_a_new_actor_too(
    qtbot: QtBot, data_dir: Path
) -> None:
    window = open_on_hansen(qtbot, data_dir)
    family_id = hansen_id(window)
    goal_id = str(
        window.service.run(add_record, "goal", family_id, {"text": "Ro om morgenen"}).primary_id
    )
    tab = window.workspace.plan_tab
    show(qtbot, window, tab)
    tab.select_goal(goal_id)
    detail = tab.detail
    click(qtbot, detail.step_add)
    qtbot.keyClicks(detail.step_form.what_edit, "Ring til skolen")
    click(qtbot, detail.step_form.owner.new_actor_button)
    qtbot.keyClicks(detail.step_form.owner.actor_name, "Skolen")
    detail.rating_value.setValue(6)
    assert tab.unsaved_input()

    pick(qtbot, window, JENSEN)
    answer(qtbot, QMessageBox.StandardButton.Save)
    assert window.workspace.current_family_name() == JENSEN
    actors = {a.name: a.id for a in window.service.load(family_id, "actor")}
    assert set(actors) == {"Jobcentret", "Skolen"}
    [step] = window.service.load(family_id, "step")
    assert (step.what, step.owner_id) == ("Ring til skolen", actors["Skolen"])
    assert [r.value for r in window.service.load(family_id, "progress_rating")] == [6]


def test_a_half_answered_who5_is_refused_then_let_go(qtbot: QtBot, data_dir: Path) -> None:
    window = open_on_hansen(qtbot, data_dir)
    tab = window.workspace.measures_tab
    show(qtbot, window, tab)
    click(qtbot, tab.who5_button)
    assert not tab.unsaved_input()  # opened on Mette, nothing answered yet
    form = tab.who5_form
    for item, value in enumerate([4, 4, None, 3, 3]):
        if value is not None:
            form.set_answer(item, value)
    assert tab.unsaved_input()

    pick(qtbot, window, JENSEN)
    answer(qtbot, QMessageBox.StandardButton.Save)
    # Refused: still Hansen, on the Measures page, the answers kept and item 3 named.
    assert window.workspace.current_family_name() == HANSEN
    assert window.workspace.tab_widget.currentWidget() is tab
    assert form.answers() == [4, 4, None, 3, 3]
    assert "Item 3" in form.message.text()

    pick(qtbot, window, JENSEN)
    answer(qtbot, QMessageBox.StandardButton.Discard)
    assert window.workspace.current_family_name() == JENSEN
    assert window.service.load(hansen_id(window), "who5_measure") == []
    assert not form.is_open


def test_opened_forms_with_nothing_typed_switch_without_asking(
    qtbot: QtBot, data_dir: Path
) -> None:
    window = open_on_hansen(qtbot, data_dir)
    measures = window.workspace.measures_tab
    show(qtbot, window, measures)
    for button in (measures.who5_button, measures.status_button, measures.thriving_button):
        click(qtbot, button)
    network = window.workspace.network_tab
    show(qtbot, window, network)
    click(qtbot, network.add_consent_button)  # opens on the mother
    visits = window.workspace.visits_tab
    show(qtbot, window, visits)
    click(qtbot, visits.new_button)
    assert window.workspace.unsaved_tabs() == []

    pick(qtbot, window, JENSEN)
    assert question() is None
    assert window.workspace.current_family_name() == JENSEN


def test_a_typed_consent_is_saved_on_switching(qtbot: QtBot, data_dir: Path) -> None:
    window = open_on_hansen(qtbot, data_dir)
    tab = window.workspace.network_tab
    show(qtbot, window, tab)
    click(qtbot, tab.add_consent_button)
    form = tab.consent_form
    mette = next(m.id for m in tab.data().members if m.name == "Mette")
    click(qtbot, form.giver_checks.box(mette))
    click(qtbot, form.actor_checks.box(tab.data().actors[0].id))
    click(qtbot, form.given_as.written)
    form.kind_checks[next(iter(form.kind_checks))].setChecked(True)
    qtbot.keyClicks(form.purpose_edit, "At planlægge en tilbagevenden til arbejdet")

    pick(qtbot, window, JENSEN)
    box = question()
    assert box is not None and "Network and consent" in box.text()
    answer(qtbot, QMessageBox.StandardButton.Save)
    assert window.workspace.current_family_name() == JENSEN
    [consent] = window.service.load(hansen_id(window), "consent")
    assert consent.purpose == "At planlægge en tilbagevenden til arbejdet"


def test_closing_with_a_typed_visit_asks_and_dont_save_drops_it(
    qtbot: QtBot, data_dir: Path
) -> None:
    window = open_on_hansen(qtbot, data_dir)
    family_id = hansen_id(window)
    tab = window.workspace.visits_tab
    show(qtbot, window, tab)
    click(qtbot, tab.new_button)
    qtbot.keyClicks(tab.form.summary_edit, "Godt besøg")

    assert not window.close()
    answer(qtbot, QMessageBox.StandardButton.Cancel)
    assert window.isVisible() and tab.form.summary_edit.toPlainText() == "Godt besøg"

    # A date ahead: Save stops at the inline question, keeping everything.
    tab.form.date_edit.setDate(tab.form.date_edit.date().addDays(3))
    window.close()
    answer(qtbot, QMessageBox.StandardButton.Save)
    assert window.isVisible()
    assert tab.form.future_confirm.isVisible()
    assert tab.form.summary_edit.toPlainText() == "Godt besøg"

    window.close()
    answer(qtbot, QMessageBox.StandardButton.Discard)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    vault = Vault.open(data_dir, PASSPHRASE)
    try:
        assert Repository(vault).entities(family_id, "visit") == {}
    finally:
        vault.close(backup=False)


def test_an_edited_actor_is_unsaved_until_saved(qtbot: QtBot, data_dir: Path) -> None:
    window = open_on_hansen(qtbot, data_dir)
    tab = window.workspace.network_tab
    show(qtbot, window, tab)
    [actor] = tab.data().actors
    tab.actor_table.sig_edit.emit(actor.id)
    form = tab.actor_form
    assert form.is_open and not tab.unsaved_input()
    qtbot.keyClicks(form.contact_person_edit, "Sagsbehandler Anne")
    assert tab.unsaved_input()
    qtbot.keyClick(form.contact_person_edit, Qt.Key.Key_Return)
    assert not form.is_open and not tab.unsaved_input()
    saved = window.service.load_one(actor.id)
    assert saved.contact_person == "Sagsbehandler Anne"


def test_opening_another_goal_step_or_visit_keeps_what_is_typed(
    qtbot: QtBot, data_dir: Path
) -> None:
    window = open_on_hansen(qtbot, data_dir)
    family_id = hansen_id(window)
    service = window.service
    goal_a = str(service.run(add_record, "goal", family_id, {"text": "Mål A"}).primary_id)
    goal_b = str(service.run(add_record, "goal", family_id, {"text": "Mål B"}).primary_id)
    service.run(add_record, "step", family_id, {"goal_id": goal_b, "what": "Skridt B"})
    service.run(add_record, "visit", family_id, {"date": "2026-01-05", "kind": "home"})
    plan = window.workspace.plan_tab
    show(qtbot, window, plan)

    click(qtbot, plan.new_goal_button)
    qtbot.keyClicks(plan.goal_form.text_edit, "Et nyt mål")
    plan.select_goal(goal_a)
    plan.edit_selected_goal()
    assert plan.goal_form.goal_id is None
    assert plan.goal_form.text_edit.text() == "Et nyt mål"
    assert "first" in plan.goal_form.message.text()

    detail = plan.detail
    click(qtbot, detail.step_add)  # a new step of goal A
    qtbot.keyClicks(detail.step_form.what_edit, "Et skridt for A")
    plan.select_goal(goal_b)
    click(qtbot, detail.step_add)  # goal B's new step would replace it
    assert detail.step_form.goal_id == goal_a
    assert detail.step_form.what_edit.text() == "Et skridt for A"
    detail.select_step(detail.steps()[0].id)
    detail.edit_selected_step()
    assert detail.step_form.step_id is None
    assert detail.step_form.what_edit.text() == "Et skridt for A"

    visits = window.workspace.visits_tab
    show(qtbot, window, visits)
    click(qtbot, visits.new_button)
    qtbot.keyClicks(visits.form.summary_edit, "Nyt besøg")
    visits.edit_selected()
    assert visits.form.visit_id is None
    assert visits.form.summary_edit.toPlainText() == "Nyt besøg"
