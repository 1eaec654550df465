"""Issue 12, item 7: what the app says after an action, on real widgets over a real vault.

A refused passphrase stops being said once a good one is typed; a saved
snapshot is a plain note that goes; measures dated after today are refused
(or, for a status that may start later, confirmed) and the family's plan
never shows one as "now"; WHO-5 opened with a child chosen says whom it is
for; choosing a language says it needs a restart; the family's PDF does not
print the system word "Anden aktør".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from map_kitchen_helpers import make_two_family_vault
from measures_helpers import click, demo_family, make_workspace
from plan_helpers import install_danish
from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_shell_helpers import click as click_now
from ui_shell_helpers import make_window, unlock

from ftbt_desktop.core.model import MemberRole
from ftbt_desktop.export.plan_content import PlanAudience, gather_plan
from ftbt_desktop.operations.records import add_record
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.family_map.map_extras import MapExtras
from ftbt_desktop.ui.family_map.map_tab import FamilyMapTab
from ftbt_desktop.ui.measures.measures_tab import MeasuresTab
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace import inline
from ftbt_desktop.ui.workspace.inline import MessageLine
from ftbt_desktop.words.translations import install_translators

TODAY = dt.date.today()
ERROR_RED = QColor("#b00020")  # ui/error_ink.py's red on the light window grey


def day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


@pytest.fixture
def danish(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    before = QLocale()
    install_danish(qapp, tmp_path)
    yield
    install_translators(qapp, "en")
    QLocale.setDefault(before)


@pytest.fixture
def service(data_dir: Path, vault: Vault) -> Iterator[VaultService]:
    service = VaultService(data_dir)
    service.attach(vault)
    yield service
    service.lock()


# -- the passphrase refusal goes once a good one is typed ---------------------------


def test_a_refusal_goes_once_a_strong_passphrase_is_typed(
    qtbot: QtBot, data_dir: Path, danish: None
) -> None:
    window = make_window(qtbot, data_dir)
    page = window.create_page
    assert window.current_page() is page
    qtbot.keyClicks(page.form.first, "kat")
    qtbot.keyClicks(page.form.second, "kat")
    click_now(qtbot, page.create_button)
    assert page.error.isVisible() and page.error.text(), page.error.text()  # too short

    page.form.first.clear()
    page.form.second.clear()
    qtbot.keyClicks(page.form.first, PASSPHRASE)
    assert page.form.meter.hint.text() == "Stærk adgangssætning."
    assert not page.error.isVisible(), page.error.text()  # no red beside "Strong"
    qtbot.keyClicks(page.form.second, PASSPHRASE)
    assert not page.error.isVisible()


def test_the_change_passphrase_dialog_drops_a_stale_refusal(qtbot: QtBot, data_dir: Path) -> None:
    make_two_family_vault(data_dir)
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    dialog = window.open_change_passphrase()
    assert dialog is not None
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.keyClicks(dialog.form.first, "kat")
    click_now(qtbot, dialog.ok_button)
    assert dialog.error.isVisible()
    qtbot.keyClicks(dialog.form.first, " og hund og hest og får")
    assert not dialog.error.isVisible(), dialog.error.text()
    dialog.reject()


# -- a saved snapshot is a note, not an error ---------------------------------------


def shown_colour(label: MessageLine) -> QColor:
    label.ensurePolished()
    return label.palette().color(QPalette.ColorRole.WindowText)


def test_a_saved_snapshot_is_said_plainly_and_then_goes(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    family_id = make_two_family_vault(data_dir)
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    window.family_list.select_family(family_id)
    map_tab = window.workspace.map_tab.current_map
    assert isinstance(map_tab, FamilyMapTab)
    extras = map_tab.findChild(MapExtras)
    assert extras is not None
    message = map_tab.message

    map_tab.message.show_message("Noget gik galt.")  # an error, for contrast
    assert message.is_error and shown_colour(message) == ERROR_RED

    monkeypatch.setattr(inline, "NOTE_MS", 50)  # the note's life, shortened for the test
    assert extras.save_snapshot("Første besøg")
    assert message.isVisible() and "Første besøg" in message.text()
    assert not message.is_error
    assert shown_colour(message) != ERROR_RED
    assert not message.font().bold()
    qtbot.waitUntil(lambda: not message.isVisible(), timeout=5000)  # it goes by itself


# -- measures dated after today -----------------------------------------------------


def show_measures(qtbot: QtBot, service: VaultService) -> tuple[MeasuresTab, dict[str, str]]:
    family_id, members = demo_family(service)
    workspace = make_workspace(qtbot, service)
    workspace.show_family(family_id)
    tab = workspace.measures_tab
    workspace.tab_widget.setCurrentWidget(tab)
    qtbot.waitUntil(tab.isVisible)
    return tab, members


def who5_count(service: VaultService, tab: MeasuresTab) -> int:
    assert tab.family_id is not None
    return len(service.load(tab.family_id, "who5_measure"))


def test_a_who5_dated_after_today_is_refused_and_kept_for_a_new_date(
    qtbot: QtBot, service: VaultService
) -> None:
    tab, members = show_measures(qtbot, service)
    tab.select_person(members["Mette"])
    click(qtbot, tab.who5_button)
    form = tab.who5_form
    for item in range(5):
        radio = form.radios[item][2]
        tab.scroll.ensureWidgetVisible(radio)
        click(qtbot, radio)
    before = who5_count(service, tab)
    form.date_edit.setDate(QDate.currentDate().addDays(10))
    click(qtbot, form.save_button)
    assert who5_count(service, tab) == before  # not saved
    assert form.is_open and form.message.isVisible() and form.message.is_error
    assert "10" not in form.message.text() or form.date_edit.text() in form.message.text()
    assert form.answers() == [3] * 5  # every answer kept

    form.date_edit.setDate(QDate.currentDate())
    click(qtbot, form.save_button)
    assert who5_count(service, tab) == before + 1
    assert not form.is_open


def test_a_thriving_rating_dated_after_today_is_refused(
    qtbot: QtBot, service: VaultService
) -> None:
    tab, _ = show_measures(qtbot, service)
    click(qtbot, tab.thriving_button)
    form = tab.thriving_form
    button = next(iter(form.choice_buttons.values()))
    click(qtbot, button)
    form.date_edit.setDate(QDate.currentDate().addDays(3))
    assert tab.family_id is not None
    before = len(service.load(tab.family_id, "thriving_rating"))
    click(qtbot, form.save_button)
    assert form.is_open and form.message.is_error and form.message.text()
    assert len(service.load(tab.family_id, "thriving_rating")) == before


def test_a_status_from_a_later_date_is_confirmed_by_a_second_save(
    qtbot: QtBot, service: VaultService
) -> None:
    tab, members = show_measures(qtbot, service)
    tab.select_person(members["Mette"])
    click(qtbot, tab.status_button)
    form = tab.status_form
    form.date_edit.setDate(QDate.currentDate().addDays(30))
    assert tab.family_id is not None
    before = len(service.load(tab.family_id, "employment_record"))
    click(qtbot, form.save_button)
    assert form.is_open and form.message.text()  # asked first
    assert len(service.load(tab.family_id, "employment_record")) == before
    click(qtbot, form.save_button)  # yes, it starts then
    assert not form.is_open
    assert len(service.load(tab.family_id, "employment_record")) == before + 1


def test_a_progress_rating_dated_after_today_is_refused(
    qtbot: QtBot, service: VaultService
) -> None:
    from plan_helpers import make_family, open_workspace

    family_id, _ = make_family(service)
    goal = service.run(add_record, "goal", family_id, {"text": "Faste morgener"}).primary_id
    workspace = open_workspace(qtbot, service, family_id, "Goals and plan")
    detail = workspace.plan_tab.detail
    workspace.plan_tab.select_goal(str(goal))
    detail.rating_date.set_iso(day(5))
    detail.rating_value.setValue(6)
    assert not detail.add_rating()
    assert detail.rating_message.isVisible() and detail.rating_message.is_error
    assert service.load(family_id, "progress_rating") == []


def test_the_family_plan_never_shows_a_later_measure_as_now(service: VaultService) -> None:
    family_id, members = demo_family(service)
    mette = members["Mette"]
    service.run(add_record, "who5_measure", family_id, {"member_id": mette, "date": day(-3), "answers": [3] * 5})  # fmt: skip
    service.run(add_record, "who5_measure", family_id, {"member_id": mette, "date": day(20), "answers": [0] * 5})  # fmt: skip
    content = gather_plan(service, family_id, PlanAudience.FAMILY)
    adult = next(a for a in content.adults if a.member.id == mette)
    assert adult.who5 is not None and adult.who5.date == day(-3)
    for plan in content.goals:
        rating = plan.latest_rating
        assert rating is None or rating.date <= TODAY.isoformat()
    for child in content.children:
        assert all(t.date <= TODAY.isoformat() for t in child.thriving)


# -- WHO-5 with a child chosen -----------------------------------------------------


def test_who5_with_a_child_chosen_says_whom_it_is_for(qtbot: QtBot, service: VaultService) -> None:
    tab, _ = show_measures(qtbot, service)
    child = next(m for m in service.members(tab.family_id or "") if m.role is MemberRole.CHILD)
    tab.select_person(child.id)
    click(qtbot, tab.who5_button)
    form = tab.who5_form
    adult_id = form.member_combo.current_id()
    assert adult_id is not None and adult_id != child.id
    adult = next(m for m in service.members(tab.family_id or "") if m.id == adult_id)
    note = form.message
    assert note.isVisible() and not note.is_error
    assert child.name in note.text() and adult.name in note.text()


# -- a new language needs a restart, and the app says so -----------------------------


def test_choosing_another_language_says_it_needs_a_restart(
    qtbot: QtBot, data_dir: Path, qapp: QApplication
) -> None:
    install_translators(qapp, "en")
    make_two_family_vault(data_dir)
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    dialog = window.open_settings()
    note = dialog.restart_note
    assert not note.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("da"))
    assert note.isVisible() and "open it again" in note.text()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert not note.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("da"))
    click_now(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    assert window.statusBar().currentMessage() == note.text()
    assert window.settings.language == "da"


# -- the family's PDF names actors, not "Anden aktør" ---------------------------------


def test_the_family_pdf_does_not_print_other_actor(
    qapp: QApplication, service: VaultService, tmp_path: Path, danish: None
) -> None:
    from plan_helpers import make_family
    from plan_pdf_helpers import plain_text

    from ftbt_desktop.export.family_plan import write_family_plan
    from ftbt_desktop.export.plan_map import plan_map_content

    family_id, _ = make_family(service)
    # An actor drawn on the map gets the kind "other"; one made in the network tab a kind.
    service.run(add_record, "actor", family_id, {"name": "Mormor Inger", "kind": "other"})
    service.run(add_record, "actor", family_id, {"name": "Jobcenter Nord", "kind": "jobcenter"})
    path = tmp_path / "plan.pdf"
    for audience in PlanAudience:
        write_family_plan(
            gather_plan(service, family_id, audience),
            service.on_vault(plan_map_content, family_id),
            path,
        )
        text = "".join(plain_text(path).split())  # the reader drops spaces
        assert "MormorInger" in text
        assert "Andenaktør" not in text
        assert "JobcenterNord–jobcenter" in text  # a kind that says something stays
