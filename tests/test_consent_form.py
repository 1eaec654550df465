"""The consent form with real widgets (issue 12, finding 2): who gave the consent is
ticked, several recipients may be ticked, how it was given is chosen; a consent
from before the form asked opens saying its giver is not recorded and is not saved
again until one is ticked. Clicks and typing as a coordinator does, over a real
vault, in the Network and consent tab of the real workspace."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from measures_helpers import click, make_workspace
from plan_helpers import install_danish
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QRadioButton
from pytestqt.qtbot import QtBot

from ftbt_desktop.core.casework import GivenForm
from ftbt_desktop.core.model import MemberRole
from ftbt_desktop.export.consent_words import consent_sentences, not_recorded_text
from ftbt_desktop.export.plan_content import PlanAudience, gather_plan
from ftbt_desktop.operations.records import add_record
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.network.network_tab import NetworkTab
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.workspace import FamilyWorkspace
from ftbt_desktop.words.translations import install_translators

TODAY = dt.date.today()
PURPOSE = "At følge Emmas fremmøde"


@pytest.fixture
def service(data_dir: Path, vault: Vault) -> Iterator[VaultService]:
    service = VaultService(data_dir)
    service.attach(vault)
    yield service
    service.lock()


@pytest.fixture
def ids(service: VaultService) -> dict[str, str]:
    """Mette and Jonas with custody of Emma (13), and Emma's little brother Oskar (8)."""
    family_id = str(service.create_family("Familien Berg").primary_id)
    found = {"family": family_id}
    for name, role, year in (
        ("Mette", MemberRole.PARENT, 1982),
        ("Jonas", MemberRole.PARENT, 1984),
        ("Emma", MemberRole.CHILD, TODAY.year - 13),
        ("Oskar", MemberRole.CHILD, TODAY.year - 8),
    ):
        found[name] = str(service.add_member(family_id, name, role, year).primary_id)
    for key, name, kind in (("school", "Skolen", "school"), ("job", "Jobcentret", "jobcenter")):
        actor = service.run(add_record, "actor", family_id, {"name": name, "kind": kind})
        found[key] = str(actor.primary_id)
    return found


@pytest.fixture
def tab(qtbot: QtBot, service: VaultService, ids: dict[str, str]) -> NetworkTab:
    workspace: FamilyWorkspace = make_workspace(qtbot, service)
    workspace.show_family(ids["family"])
    tab = workspace.network_tab
    workspace.tab_widget.setCurrentWidget(tab)
    qtbot.waitUntil(tab.isVisible)
    return tab


def press(qtbot: QtBot, button: QAbstractButton) -> None:
    """A check box or radio button scrolled into view, then clicked."""
    tab = button.window().findChild(NetworkTab)
    if tab is not None:
        tab.scroll.ensureWidgetVisible(button)
    click(qtbot, button)


def fill_about_emma(qtbot: QtBot, tab: NetworkTab, ids: dict[str, str]) -> None:
    """Everything but who gave it."""
    form = tab.consent_form
    form.member_combo.setFocus()
    qtbot.keyClicks(form.member_combo, "Emma")  # a closed combo box searches as you type
    assert form.member_combo.current_id() == ids["Emma"]
    press(qtbot, form.actor_checks.box(ids["school"]))
    press(qtbot, form.actor_checks.box(ids["job"]))
    press(qtbot, form.kind_checks[next(k for k in form.kind_checks if k.value == "health")])
    press(qtbot, form.kind_checks[next(k for k in form.kind_checks if k.value == "school_daycare")])
    qtbot.keyClicks(form.purpose_edit, PURPOSE)
    press(qtbot, form.given_as.written)


def test_two_custody_holders_give_a_consent_about_their_daughter(
    qtbot: QtBot, service: VaultService, ids: dict[str, str], tab: NetworkTab
) -> None:
    click(qtbot, tab.add_consent_button)
    form = tab.consent_form
    assert form.is_open and form.giver_checks.checked_ids() == []  # nobody ticked for you
    fill_about_emma(qtbot, tab, ids)
    press(qtbot, form.giver_checks.box(ids["Mette"]))
    press(qtbot, form.giver_checks.box(ids["Jonas"]))
    click(qtbot, form.save_button)

    assert not form.is_open, form.message.text()
    [consent] = service.load(ids["family"], "consent")
    assert consent.member_id == ids["Emma"]
    assert consent.giver_ids == sorted([ids["Mette"], ids["Jonas"]])
    assert consent.recipient_ids == sorted([ids["school"], ids["job"]])
    assert consent.form is GivenForm.WRITTEN
    assert consent.info_kinds == ["health", "school_daycare"]
    assert consent.purpose == PURPOSE and consent.given == TODAY.isoformat()
    row = tab.consent_table.row_texts(tab.consent_table.row_of(consent.id))
    assert row[:3] == ["Emma", "Mette, Jonas", "Jobcentret, Skolen"]
    assert tab.actors_without_consent() == set()  # both recipients covered
    content = gather_plan(service, ids["family"], PlanAudience.FAMILY)
    assert consent_sentences(content.consents[0], content)[0].startswith(
        "Mette and Jonas have given consent for Jobcentret and Skolen"
    )


def test_a_consent_without_its_giver_is_refused_saying_so_and_keeps_the_typing(
    qtbot: QtBot, service: VaultService, ids: dict[str, str], tab: NetworkTab
) -> None:
    click(qtbot, tab.add_consent_button)
    form = tab.consent_form
    fill_about_emma(qtbot, tab, ids)
    click(qtbot, form.save_button)

    assert form.is_open
    assert form.message.text() == (
        "Tick who gave the consent: the custody holders, or the person it is about."
    )
    assert QApplication.focusWidget() is form.giver_checks.box(ids["Mette"])
    assert form.purpose_edit.text() == PURPOSE
    assert form.actor_checks.checked_ids() == sorted([ids["school"], ids["job"]])
    assert service.load(ids["family"], "consent") == []

    # A younger brother cannot give a consent about his sister.
    press(qtbot, form.giver_checks.box(ids["Oskar"]))
    click(qtbot, form.save_button)
    assert form.message.text() == "Oskar is a child and can only give consent about themself."
    assert service.load(ids["family"], "consent") == []

    press(qtbot, form.giver_checks.box(ids["Oskar"]))
    press(qtbot, form.giver_checks.box(ids["Jonas"]))
    click(qtbot, form.save_button)
    assert not form.is_open, form.message.text()
    [consent] = service.load(ids["family"], "consent")
    assert consent.giver_ids == [ids["Jonas"]]


def test_the_form_asks_how_the_consent_was_given_and_for_a_recipient(
    qtbot: QtBot, service: VaultService, ids: dict[str, str], tab: NetworkTab
) -> None:
    click(qtbot, tab.add_consent_button)
    form = tab.consent_form
    fill_about_emma(qtbot, tab, ids)
    press(qtbot, form.giver_checks.box(ids["Emma"]))  # about herself: allowed
    # Neither recipient, then no form: each is asked for in words.
    press(qtbot, form.actor_checks.box(ids["school"]))
    press(qtbot, form.actor_checks.box(ids["job"]))
    click(qtbot, form.save_button)
    assert form.message.text() == "Tick who the information may be shared with."
    press(qtbot, form.actor_checks.box(ids["school"]))
    form.given_as.set_value(None)
    assert not form.given_as.written.isChecked() and not form.given_as.oral.isChecked()
    click(qtbot, form.save_button)
    assert form.message.text() == "Say whether the consent was given in writing or orally."
    press(qtbot, form.given_as.oral)
    click(qtbot, form.save_button)
    assert not form.is_open, form.message.text()
    [consent] = service.load(ids["family"], "consent")
    assert consent.giver_ids == [ids["Emma"]] and consent.form is GivenForm.ORAL
    assert consent.recipient_ids == [ids["school"]] and consent.actor_id == ids["school"]


def test_a_consent_from_before_asks_for_its_giver_at_the_next_edit(
    qtbot: QtBot, service: VaultService, ids: dict[str, str], tab: NetworkTab
) -> None:
    """Recorded before the form asked who gave it: listed as not recorded, marked in the
    plan, and its next edit asks for the giver and will not save without."""
    consent_id = str(
        service.run(
            add_record,
            "consent",
            ids["family"],
            {
                "member_id": ids["Emma"],
                "actor_id": ids["school"],
                "info_kinds": ["school_daycare"],
                "purpose": PURPOSE,
                "given": (TODAY - dt.timedelta(days=30)).isoformat(),
                "valid_until": (TODAY + dt.timedelta(days=300)).isoformat(),
            },
        ).primary_id
    )
    tab.refresh()
    row = tab.consent_table.row_of(consent_id)
    assert tab.consent_table.row_texts(row)[1] == "Not recorded"
    assert not tab.consent_table.table.item(row, 1).icon().isNull()
    content = gather_plan(service, ids["family"], PlanAudience.FAMILY)
    assert not_recorded_text() in consent_sentences(content.consents[0], content)

    tab.consent_table.select(consent_id)
    click(qtbot, tab.consent_table.edit_button)
    form = tab.consent_form
    assert form.is_open and form.editing_id == consent_id
    assert form.message.isVisible()
    assert form.message.text() == (
        "Who gave this consent has not been recorded. Tick who gave it, and say whether it "
        "was given in writing or orally, before you save."
    )
    assert form.actor_checks.checked_ids() == [ids["school"]]
    assert not tab.unsaved_input()  # asking is not typing

    qtbot.keyClicks(form.purpose_edit, " og trivsel")
    click(qtbot, form.save_button)
    assert form.is_open
    assert form.message.text().startswith("Tick who gave the consent")
    assert service.load_one(consent_id).purpose == PURPOSE  # nothing saved

    press(qtbot, form.giver_checks.box(ids["Mette"]))
    press(qtbot, form.giver_checks.box(ids["Jonas"]))
    press(qtbot, form.given_as.written)
    click(qtbot, form.save_button)
    assert not form.is_open, form.message.text()
    consent = service.load_one(consent_id)
    assert consent.giver_ids == sorted([ids["Mette"], ids["Jonas"]])
    assert consent.form is GivenForm.WRITTEN and consent.purpose == PURPOSE + " og trivsel"
    assert consent.actor_ids == []  # the recipient was not changed: not written again
    row = tab.consent_table.row_of(consent_id)
    assert tab.consent_table.row_texts(row)[1] == "Mette, Jonas"
    content = gather_plan(service, ids["family"], PlanAudience.FAMILY)
    assert not_recorded_text() not in consent_sentences(content.consents[0], content)


def test_renewing_keeps_the_givers_and_recipients(
    qtbot: QtBot, service: VaultService, ids: dict[str, str], tab: NetworkTab
) -> None:
    service.run(
        add_record,
        "consent",
        ids["family"],
        {
            "member_id": ids["Emma"],
            "giver_ids": [ids["Mette"], ids["Jonas"]],
            "actor_id": ids["job"],
            "actor_ids": [ids["job"], ids["school"]],
            "form": "oral",
            "info_kinds": ["health"],
            "purpose": PURPOSE,
            "given": (TODAY - dt.timedelta(days=350)).isoformat(),
            "valid_until": (TODAY + dt.timedelta(days=10)).isoformat(),
        },
    )
    tab.refresh()
    [old] = tab.data().consents
    tab.consent_table.select(old.id)
    click(qtbot, tab.renew_button)
    form = tab.consent_form
    assert sorted(form.giver_checks.checked_ids()) == sorted([ids["Mette"], ids["Jonas"]])
    assert form.actor_checks.checked_ids() == sorted([ids["job"], ids["school"]])
    press(qtbot, form.given_as.written)
    click(qtbot, form.save_button)
    assert not form.is_open, form.message.text()
    assert tab.expiring_texts() == []  # renewed: nothing lapses


def test_every_new_control_has_a_name_and_the_danish_form_reads_danish(
    qtbot: QtBot, qapp: QApplication, ids: dict[str, str], tab: NetworkTab, tmp_path: Path
) -> None:
    click(qtbot, tab.add_consent_button)
    form = tab.consent_form
    install_danish(qapp, tmp_path)
    try:
        # The language change reaches the widgets through the event loop.
        qtbot.waitUntil(lambda: form.given_as.written.text() == "Skriftligt")
        controls = [
            *form.giver_checks.findChildren(QCheckBox),
            *form.actor_checks.findChildren(QCheckBox),
            *form.given_as.findChildren(QRadioButton),
            form.member_combo,
        ]
        names = {c.accessibleName() for c in controls if not c.isHidden()}
        assert "" not in names
        assert {"Samtykke givet af Mette", "Deles med Skolen – Intet gyldigt samtykke"} <= names
        assert form._labels["givers"].text() == "Givet &af:"
        assert form.given_as.written.text() == "Skriftligt"
        assert form.given_as.oral.text() == "Mundtligt"
        assert tab.consent_table.table.horizontalHeaderItem(1).text() == "Givet af"
        form.member_combo.setFocus()
        qtbot.keyClick(form, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # the label's key
        assert QApplication.focusWidget() in form.giver_checks.findChildren(QCheckBox)
    finally:
        install_translators(qapp, "en")


def test_history_names_the_givers_and_says_how_it_was_given(
    qtbot: QtBot, service: VaultService, ids: dict[str, str]
) -> None:
    from history_helpers import cells, history_rows

    service.run(
        add_record,
        "consent",
        ids["family"],
        {
            "member_id": ids["Emma"],
            "giver_ids": [ids["Mette"], ids["Jonas"]],
            "actor_id": ids["job"],
            "actor_ids": [ids["job"], ids["school"]],
            "form": "oral",
            "info_kinds": ["health"],
            "purpose": PURPOSE,
            "given": TODAY.isoformat(),
            "valid_until": (TODAY + dt.timedelta(days=300)).isoformat(),
        },
    )
    rows = history_rows(qtbot, service, ids["family"])
    assert cells(rows, "Consent: Emma – Jobcentret · Given by") == ["Mette, Jonas"]
    [shared] = cells(rows, "Consent: Emma – Jobcentret · Shared with")
    assert sorted(shared.split(", ")) == ["Jobcentret", "Skolen"]
    assert cells(rows, "Consent: Emma – Jobcentret · Given how") == ["Orally"]
