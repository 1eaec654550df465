"""The Network and consent tab over a real vault: actors, §11a consents, the
"no valid consent" mark, "Expiring soon", withdrawal, and all of it after reopening."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from measures_helpers import click, demo_family, make_workspace
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem
from pytestqt.qtbot import QtBot

from ftbt_desktop.core.casework import InfoKind, consent_marks
from ftbt_desktop.core.model import InvalidField, MemberRole
from ftbt_desktop.core.plan import ActorKind
from ftbt_desktop.operations.records import add_record
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.family_map.scene import FamilyMapScene
from ftbt_desktop.ui.network.network_tab import NetworkTab
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.workspace import FamilyWorkspace


@pytest.fixture
def service(data_dir: Path, vault: Vault) -> Iterator[VaultService]:
    service = VaultService(data_dir)
    service.attach(vault)
    yield service
    service.lock()


@pytest.fixture
def workspace(qtbot: QtBot, service: VaultService) -> FamilyWorkspace:
    return make_workspace(qtbot, service)


@pytest.fixture
def family(service: VaultService) -> tuple[str, str]:
    """A family with one parent: (family id, parent id)."""
    family_id = str(service.create_family("Hansen").primary_id)
    parent = str(service.add_member(family_id, "Sara Hansen", MemberRole.PARENT, 1984).primary_id)
    return family_id, parent


def show_network(qtbot: QtBot, workspace: FamilyWorkspace, family_id: str) -> NetworkTab:
    workspace.show_family(family_id)
    tab = workspace.network_tab
    workspace.tab_widget.setCurrentWidget(tab)
    qtbot.waitUntil(tab.isVisible)
    return tab


def add_actor(qtbot: QtBot, tab: NetworkTab, name: str, kind: ActorKind) -> str:
    click(qtbot, tab.add_actor_button)
    form = tab.actor_form
    qtbot.keyClicks(form.name_edit, name)
    form.set_kind(kind)
    qtbot.keyClicks(form.contact_person_edit, "Anne Sørensen")
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Return)
    assert not form.is_open, form.message.text()
    return next(a.id for a in tab.data().actors if a.name == name)


def fill_consent(
    qtbot: QtBot, tab: NetworkTab, actor_id: str, kinds: list[InfoKind], valid_days: int
) -> None:
    click(qtbot, tab.add_consent_button)
    form = tab.consent_form
    click(qtbot, form.giver_checks.box(tab.data().members[0].id))  # she gave it herself
    click(qtbot, form.actor_checks.box(actor_id))
    click(qtbot, form.given_as.written)
    for kind in kinds:
        click(qtbot, form.kind_checks[kind])
    qtbot.keyClicks(form.purpose_edit, "At planlægge en gradvis tilbagevenden til arbejdet")
    form.valid_until_edit.setDate(form.given_edit.date().addDays(valid_days))


def test_a_consent_expiring_in_20_days_is_listed_at_the_top(
    qtbot: QtBot, service: VaultService, workspace: FamilyWorkspace, family: tuple[str, str]
) -> None:
    family_id, parent = family
    tab = show_network(qtbot, workspace, family_id)
    assert not tab.expiring_box.isVisible()
    jobcenter = add_actor(qtbot, tab, "Jobcenter Helsingør", ActorKind.JOBCENTER)

    fill_consent(qtbot, tab, jobcenter, [InfoKind.HEALTH, InfoKind.WORK_EDUCATION], 20)
    click(qtbot, tab.consent_form.save_button)

    assert not tab.consent_form.is_open
    (consent,) = service.load(family_id, "consent")
    expected_end = (dt.date.today() + dt.timedelta(days=20)).isoformat()
    assert (consent.member_id, consent.actor_id) == (parent, jobcenter)
    assert consent.info_kinds == ["health", "work_education"]
    assert consent.valid_until == expected_end and consent.withdrawn is None
    assert tab.expiring_box.isVisible()
    assert tab.expiring_box.title() == "Expiring soon"
    (text,) = tab.expiring_texts()
    assert text.startswith("Sara Hansen – Jobcenter Helsingør: valid until ")
    assert text.endswith("(in 20 days)")
    # The expiring list sits above the actors and the consents.
    assert tab.expiring_box.y() < tab.actor_table.y() < tab.consent_table.y()
    assert tab.consent_table.row_texts(0)[6].startswith("Expires soon: ")
    assert tab.consent_table.row_texts(0)[1] == "Sara Hansen"  # given by


def test_a_consent_valid_for_longer_than_a_month_is_not_listed(
    qtbot: QtBot, service: VaultService, workspace: FamilyWorkspace, family: tuple[str, str]
) -> None:
    family_id, _ = family
    tab = show_network(qtbot, workspace, family_id)
    school = add_actor(qtbot, tab, "Snekkersten Skole", ActorKind.SCHOOL)
    fill_consent(qtbot, tab, school, [InfoKind.SCHOOL_DAYCARE], 32)
    click(qtbot, tab.consent_form.save_button)
    assert len(service.load(family_id, "consent")) == 1
    assert tab.expiring_texts() == []
    assert not tab.expiring_box.isVisible()


def test_a_blanket_consent_is_refused_and_the_form_keeps_its_text(
    qtbot: QtBot, service: VaultService, workspace: FamilyWorkspace, family: tuple[str, str]
) -> None:
    family_id, _ = family
    tab = show_network(qtbot, workspace, family_id)
    jobcenter = add_actor(qtbot, tab, "Jobcenter Helsingør", ActorKind.JOBCENTER)
    fill_consent(qtbot, tab, jobcenter, [], 200)  # no kind of information named

    click(qtbot, tab.consent_form.save_button)

    form = tab.consent_form
    assert form.is_open
    assert "blanket consent" in form.message.text() and "§11a" in form.message.text()
    assert form.purpose_edit.text() == "At planlægge en gradvis tilbagevenden til arbejdet"
    assert form.actor_checks.checked_ids() == [jobcenter]
    assert service.load(family_id, "consent") == []
    # The vault refuses it as well, whoever writes.
    with pytest.raises(InvalidField) as refused:
        service.run(
            add_record,
            "consent",
            family_id,
            {
                "member_id": family[1],
                "actor_id": jobcenter,
                "info_kinds": [],
                "purpose": "Alt",
                "given": dt.date.today().isoformat(),
                "valid_until": dt.date.today().isoformat(),
            },
        )
    assert refused.value.field == "info_kinds"

    click(qtbot, form.kind_checks[InfoKind.WORK_EDUCATION])
    click(qtbot, form.save_button)
    assert not form.is_open
    assert [c.info_kinds for c in service.load(family_id, "consent")] == [["work_education"]]


def test_an_actor_without_a_valid_consent_is_marked_until_one_is_given(
    qtbot: QtBot, service: VaultService, workspace: FamilyWorkspace, family: tuple[str, str]
) -> None:
    family_id, _ = family
    tab = show_network(qtbot, workspace, family_id)
    club = add_actor(qtbot, tab, "Snekkersten IF", ActorKind.CIVIL_SOCIETY)

    row = tab.actor_table.row_of(club)
    assert tab.actor_table.row_texts(row)[4] == "No valid consent"
    assert not tab.actor_table.table.item(row, 4).icon().isNull()
    assert consent_marks(service, family_id) == {club}
    assert tab.actors_without_consent() == {club}
    box = tab.consent_form.actor_checks.box(club)
    assert box.text() == "Snekkersten IF – No valid consent"
    assert not box.icon().isNull()

    fill_consent(qtbot, tab, club, [InfoKind.SOCIAL], 120)
    click(qtbot, tab.consent_form.save_button)
    assert consent_marks(service, family_id) == set()
    row = tab.actor_table.row_of(club)
    assert tab.actor_table.row_texts(row)[4].startswith("Consent until ")
    assert tab.actor_table.table.item(row, 4).icon().isNull()

    # Withdrawn today: the actor is marked again, and the consent says so.
    (consent,) = service.load(family_id, "consent")
    tab.consent_table.select(consent.id)
    click(qtbot, tab.withdraw_button)
    assert "consent about Sara Hansen for Snekkersten IF was withdrawn" in (
        tab.withdraw_confirm.question
    )
    click(qtbot, tab.withdraw_confirm.confirm_button)
    assert service.load_one(consent.id).withdrawn == dt.date.today().isoformat()
    assert consent_marks(service, family_id) == {club}
    assert tab.actor_table.row_texts(tab.actor_table.row_of(club))[4] == "No valid consent"
    assert tab.consent_table.row_texts(0)[6].startswith("Withdrawn ")


def test_an_expired_consent_leaves_the_actor_marked(
    qtbot: QtBot, service: VaultService, workspace: FamilyWorkspace, family: tuple[str, str]
) -> None:
    family_id, parent = family
    actor = str(service.run(add_record, "actor", family_id, {"name": "Psykiatrien"}).primary_id)
    today = dt.date.today()
    service.run(
        add_record,
        "consent",
        family_id,
        {
            "member_id": parent,
            "actor_id": actor,
            "info_kinds": ["health"],
            "purpose": "Samarbejde om behandling",
            "given": (today - dt.timedelta(days=400)).isoformat(),
            "valid_until": (today - dt.timedelta(days=1)).isoformat(),
        },
    )
    tab = show_network(qtbot, workspace, family_id)
    assert tab.actors_without_consent() == {actor}
    assert tab.consent_table.row_texts(0)[6].startswith("Expired ")
    assert tab.expiring_texts() == []


def test_the_demo_family_shows_the_network_in_use(
    qtbot: QtBot, service: VaultService, workspace: FamilyWorkspace
) -> None:
    family_id, _ = demo_family(service)
    tab = show_network(qtbot, workspace, family_id)
    names = {a.id: a.name for a in tab.data().actors}
    assert sorted(names.values()) == [
        "Børnehuset Mågen",
        "Jobcenter Helsingør",
        "Snekkersten IF, fodbold",
        "Snekkersten Skole",
    ]
    assert {names[a] for a in tab.actors_without_consent()} == {"Snekkersten IF, fodbold"}
    (expiring,) = tab.expiring_texts()
    assert expiring.startswith("Mette Holm – Jobcenter Helsingør") and "(in 20 days)" in expiring


def test_actors_and_consents_survive_closing_and_reopening_the_vault(
    qtbot: QtBot,
    service: VaultService,
    workspace: FamilyWorkspace,
    family: tuple[str, str],
    data_dir: Path,
) -> None:
    family_id, _ = family
    tab = show_network(qtbot, workspace, family_id)
    jobcenter = add_actor(qtbot, tab, "Jobcenter Helsingør", ActorKind.JOBCENTER)
    add_actor(qtbot, tab, "Snekkersten IF", ActorKind.CIVIL_SOCIETY)
    fill_consent(qtbot, tab, jobcenter, [InfoKind.ECONOMY], 20)
    click(qtbot, tab.consent_form.save_button)
    before = {t: sorted(map(repr, service.load(family_id, t))) for t in ("actor", "consent")}
    marks = consent_marks(service, family_id)

    service.lock()
    service.attach(Vault.open(data_dir, PASSPHRASE))

    assert {t: sorted(map(repr, service.load(family_id, t))) for t in ("actor", "consent")} == (
        before
    )
    assert consent_marks(service, family_id) == marks and len(marks) == 1
    (contact,) = {a.contact_person for a in service.load(family_id, "actor")}
    assert contact == "Anne Sørensen"
    assert tab.actors_without_consent() == marks
    assert len(tab.expiring_texts()) == 1


def test_the_map_marks_an_actor_without_consent_and_follows_a_new_consent(
    qtbot: QtBot, service: VaultService, workspace: FamilyWorkspace, family: tuple[str, str]
) -> None:
    family_id, _ = family
    tab = show_network(qtbot, workspace, family_id)
    club = add_actor(qtbot, tab, "Snekkersten IF", ActorKind.CIVIL_SOCIETY)
    workspace.tab_widget.setCurrentWidget(workspace.map_tab)
    family_map = workspace.map_tab.map_for(family_id)
    assert family_map is not None
    node = family_map.model.node_for(club)
    assert node is not None and node.no_consent
    item = family_map.scene.node_item(node.id)
    assert item is not None and "No valid consent" in item.toolTip()

    workspace.tab_widget.setCurrentWidget(tab)
    fill_consent(qtbot, tab, club, [InfoKind.SOCIAL], 200)
    click(qtbot, tab.consent_form.save_button)

    node = family_map.model.node_for(club)
    assert node is not None and not node.no_consent
    item = family_map.scene.node_item(node.id)
    assert item is not None and "No valid consent" not in item.toolTip()


def test_the_map_draws_the_consent_mark_only_for_the_coordinator(
    qtbot: QtBot, service: VaultService, workspace: FamilyWorkspace, family: tuple[str, str]
) -> None:
    family_id, _ = family
    tab = show_network(qtbot, workspace, family_id)
    club = add_actor(qtbot, tab, "Snekkersten IF", ActorKind.CIVIL_SOCIETY)
    workspace.tab_widget.setCurrentWidget(workspace.map_tab)
    family_map = workspace.map_tab.map_for(family_id)
    assert family_map is not None
    node = family_map.model.node_for(club)
    assert node is not None and node.no_consent

    def drawn(show_internal: bool) -> QImage:
        scene = FamilyMapScene(show_internal=show_internal)
        scene.set_model(family_map.model)
        item = scene.node_item(node.id)
        assert item is not None
        image = QImage(400, 300, QImage.Format.Format_ARGB32)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        painter.translate(200, 150)
        item.paint(painter, QStyleOptionGraphicsItem())
        painter.end()
        return image

    coordinator, family_view = drawn(True), drawn(False)
    assert coordinator != family_view  # the badge is drawn for the coordinator only
    plain = dataclasses.replace(node, no_consent=False)
    family_map.model._views[node.id] = plain  # the same node, no mark: as the family sees it
    assert drawn(True) == family_view
