"""The Visits tab over a real vault: the form, a future date, next steps into the plan,
the time since the last visit, and surviving a lock."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from plan_helpers import create, install_danish, make_family, open_workspace
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ftbt_desktop.core.casework import VisitKind
from ftbt_desktop.core.plan import StepOwnerKind
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.plan.plan_tab import GoalsPlanTab
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.visits.visit_form import VisitForm
from ftbt_desktop.ui.visits.visits_tab import VisitsTab
from ftbt_desktop.ui.workspace.workspace import FamilyWorkspace
from ftbt_desktop.words.common import date_text
from ftbt_desktop.words.translations import install_translators

TODAY = dt.date(2025, 3, 22)


def day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


@pytest.fixture
def service(data_dir: Path, vault: Vault) -> VaultService:
    service = VaultService(data_dir)
    service.attach(vault)
    return service


@pytest.fixture
def family(service: VaultService) -> tuple[str, dict[str, str]]:
    return make_family(service)


@pytest.fixture
def workspace(
    qtbot: QtBot, service: VaultService, family: tuple[str, dict[str, str]]
) -> FamilyWorkspace:
    return open_workspace(qtbot, service, family[0], "Visits")


@pytest.fixture
def tab(workspace: FamilyWorkspace) -> VisitsTab:
    tab = workspace.visits_tab
    tab.today = lambda: TODAY  # a fixed day, so "12 days ago" does not depend on the clock
    tab.reload()
    return tab


def fill(form: VisitForm, members: dict[str, str], date: str) -> None:
    form.date_edit.set_iso(date)
    form.kind_combo.setCurrentIndex(form.kind_combo.findData(VisitKind.PHONE.value))
    form.attendees.box(members["Mette"]).setChecked(True)
    form.attendees.box(members["Freja"]).setChecked(True)
    form.others_edit.setText("Klasselæreren")
    form.summary_edit.setPlainText("Mette er mere rolig. Freja har været i skole hver dag.")
    form.steps_edit.setPlainText("Ringe til skolen om fraværet\n\n  Finde en fritidsaktivitet  \n")


def test_a_visit_is_saved_with_everything_and_listed(
    tab: VisitsTab, service: VaultService, family: tuple[str, dict[str, str]]
) -> None:
    family_id, members = family
    tab.new_button.click()
    form = tab.form
    assert form.isVisible()
    assert form.date_edit.iso() == TODAY.isoformat()  # today by default
    assert "Internal (coordinator only)" in form.internal_note.text()
    fill(form, members, day(-2))
    form.save_button.click()
    assert not form.isVisible(), form.message.text()

    [visit] = service.load(family_id, "visit")
    assert visit.date == day(-2)
    assert visit.kind is VisitKind.PHONE
    assert visit.attendee_ids == sorted([members["Mette"], members["Freja"]])
    assert visit.other_attendees == "Klasselæreren"
    assert visit.summary == "Mette er mere rolig. Freja har været i skole hver dag."
    assert visit.next_steps == ["Ringe til skolen om fraværet", "Finde en fritidsaktivitet"]
    date, kind, who, steps = tab.row_texts(0)
    assert (date, kind, steps) == (date_text(day(-2)), "Phone", "2")
    assert set(who.split(", ")) == {"Mette", "Freja", "Klasselæreren"}
    assert "internal" in tab.summary_heading.text()
    assert tab.summary.text() == visit.summary


def test_a_future_date_asks_first_and_keeps_everything_typed(
    tab: VisitsTab, service: VaultService, family: tuple[str, dict[str, str]]
) -> None:
    family_id, members = family
    tab.new_button.click()
    form = tab.form
    fill(form, members, day(1))
    form.save_button.click()

    assert form.future_confirm.isVisible()
    assert "future" in form.future_confirm.question
    assert service.load(family_id, "visit") == []
    form.future_confirm.cancel_button.click()  # "No, change the date"
    assert form.isVisible()
    assert form.date_edit.iso() == day(1)
    assert form.summary_edit.toPlainText().startswith("Mette er mere rolig")
    assert form.steps_edit.toPlainText().startswith("Ringe til skolen")
    assert form.attendees.checked_ids() == [members["Mette"], members["Freja"]]
    assert service.load(family_id, "visit") == []

    form.save_button.click()
    form.future_confirm.confirm_button.click()  # "Yes, save"
    [visit] = service.load(family_id, "visit")
    assert visit.date == day(1)
    assert not form.isVisible()
    # A visit ahead is not "the last visit".
    assert tab.since_label.text() == "No visits yet."


def test_a_refused_visit_keeps_everything_typed(
    tab: VisitsTab, service: VaultService, family: tuple[str, dict[str, str]]
) -> None:
    family_id, members = family
    tab.new_button.click()
    form = tab.form
    fill(form, members, day(0))
    long_line = "Et meget langt næste skridt " * 10
    form.steps_edit.setPlainText(f"Kort skridt\n{long_line}")
    form.save_button.click()
    assert form.isVisible()
    assert "200" in form.message.text()
    assert form.steps_edit.toPlainText() == f"Kort skridt\n{long_line}"
    assert form.others_edit.text() == "Klasselæreren"
    assert service.load(family_id, "visit") == []
    tab.new_button.click()  # "New visit" again does not wipe the open form
    assert form.others_edit.text() == "Klasselæreren"


def test_next_steps_become_plan_steps_in_one_click(
    qtbot: QtBot,
    workspace: FamilyWorkspace,
    tab: VisitsTab,
    service: VaultService,
    family: tuple[str, dict[str, str]],
) -> None:
    family_id, _ = family
    school = create(service, "goal", family_id, text="Freja kommer i skole")
    create(service, "goal", family_id, text="Gammelt", status="dropped")
    home = create(service, "goal", family_id, text="Ro derhjemme")
    create(
        service,
        "visit",
        family_id,
        date=day(-1),
        next_steps=["Ringe til skolen", "Familiemøde søndag"],
    )
    panel = tab.next_steps
    goals = [panel.goal_combo.itemText(i) for i in range(panel.goal_combo.count())]
    assert sorted(goals) == ["Freja kommer i skole", "Ro derhjemme"]  # active goals only

    panel.set_goal(school)
    button = panel.button(0)
    assert button is not None and button.isEnabled()
    button.click()
    [step] = service.load(family_id, "step")
    assert (step.goal_id, step.what) == (school, "Ringe til skolen")
    assert step.owner_kind is StepOwnerKind.COORDINATOR and not step.done
    assert panel.button(0) is None  # the line now says it is in the plan
    assert panel.row_text(0) == ("Ringe til skolen", "✓ In the plan")

    panel.set_goal(home)
    panel.button(1).click()  # type: ignore[union-attr]
    steps = {s.what: s.goal_id for s in service.load(family_id, "step")}
    assert steps == {"Ringe til skolen": school, "Familiemøde søndag": home}

    # The plan shows them.
    tabs = workspace.tab_widget
    tabs.setCurrentWidget(workspace.plan_tab)
    plan: GoalsPlanTab = workspace.plan_tab
    qtbot.waitUntil(plan.isVisible)
    plan.select_goal(school)
    assert [s.what for s in plan.detail.steps()] == ["Ringe til skolen"]


def test_without_an_active_goal_the_panel_says_where_to_add_one(
    tab: VisitsTab, service: VaultService, family: tuple[str, dict[str, str]]
) -> None:
    family_id, _ = family
    create(service, "visit", family_id, date=day(-1), next_steps=["Noget"])
    panel = tab.next_steps
    assert panel.no_goals.isVisible()
    assert panel.button(0) is not None and not panel.button(0).isEnabled()  # type: ignore[union-attr]


def test_the_list_says_how_long_since_the_last_visit(
    tab: VisitsTab, service: VaultService, family: tuple[str, dict[str, str]]
) -> None:
    family_id, _ = family
    assert tab.since_label.text() == "No visits yet."
    create(service, "visit", family_id, date=day(-40), kind="office")
    create(service, "visit", family_id, date=day(-12), kind="home")
    create(service, "visit", family_id, date=day(9), kind="video")  # planned, ahead
    assert tab.since_label.text() == "Last visit: 12 days ago"
    assert [tab.row_texts(r)[1] for r in range(3)] == ["Video", "Home visit", "At the office"]
    create(service, "visit", family_id, date=day(-1), kind="phone")
    assert tab.since_label.text() == "Last visit: yesterday"
    create(service, "visit", family_id, date=day(0), kind="phone")
    assert tab.since_label.text() == "Last visit: today"


def test_visits_speak_danish(
    qtbot: QtBot,
    qapp: QApplication,
    tmp_path: Path,
    service: VaultService,
    family: tuple[str, dict[str, str]],
) -> None:
    family_id, _ = family
    create(service, "visit", family_id, date=day(-12), kind="home")
    workspace = open_workspace(qtbot, service, family_id, "Visits")
    tab = workspace.visits_tab
    tab.today = lambda: TODAY
    tab.reload()
    assert tab.since_label.text() == "Last visit: 12 days ago"
    # Switched while the tab is open: the words follow.
    install_danish(qapp, tmp_path)
    try:
        qtbot.waitUntil(lambda: tab.since_label.text() == "Seneste besøg: 12 dage siden")
        assert workspace.tab_widget.tabText(workspace.tab_widget.currentIndex()) == "Besøg"
        assert tab.new_button.text() == "Nyt besøg"
        assert tab.row_texts(0)[:2] == ["10.03.2025", "Hjemmebesøg"]
        assert tab.form.date_edit.displayFormat() == "dd.MM.yyyy"
    finally:
        install_translators(qapp, "en")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def test_visits_and_an_open_form_survive_lock_and_reopen(
    tab: VisitsTab,
    service: VaultService,
    data_dir: Path,
    family: tuple[str, dict[str, str]],
    request: pytest.FixtureRequest,
    qtbot: QtBot,
) -> None:
    family_id, members = family
    tab.new_button.click()
    fill(tab.form, members, day(-3))
    tab.form.save_button.click()
    before = service.load(family_id, "visit")
    tab.new_button.click()
    tab.form.summary_edit.setPlainText("Halvt skrevet referat")
    tab.form.attendees.box(members["Oscar"]).setChecked(True)

    service.lock()
    assert tab.table.rowCount() == 0  # no summary left on show behind the unlock screen
    assert not tab.detail.isVisible()
    service.attach(Vault.open(data_dir, PASSPHRASE))
    request.addfinalizer(service.lock)
    qtbot.waitUntil(lambda: len(tab.visits()) == 1)

    assert service.load(family_id, "visit") == before
    assert tab.form.isVisible()
    assert tab.form.summary_edit.toPlainText() == "Halvt skrevet referat"
    assert tab.form.attendees.checked_ids() == [members["Oscar"]]
    assert tab.since_label.text() == "Last visit: 3 days ago"
