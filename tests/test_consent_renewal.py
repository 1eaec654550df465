"""A consent that runs out within a month is listed at the top until it is renewed:
the rule (core) and the Network tab's "Renew…" (a new consent like the old one,
given today), which ends the warning; the actor pickers mark actors without a
valid consent."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from measures_helpers import click
from pytestqt.qtbot import QtBot

from ftbt_desktop.core.casework import Consent, expiring_consents, renewed_consents, renews
from ftbt_desktop.core.model import MemberRole
from ftbt_desktop.operations.records import add_record
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.network.network_tab import NetworkTab
from ftbt_desktop.ui.service import VaultService

TODAY = dt.date(2026, 3, 1)


def day(offset: int, on: dt.date = TODAY) -> str:
    return (on + dt.timedelta(days=offset)).isoformat()


OLD = Consent(
    id="old",
    family_id="f",
    member_id="mette",
    actor_id="jobcenter",
    info_kinds=["health", "work_education"],
    purpose="At planlægge en tilbagevenden til arbejdet",
    given=day(-340),
    valid_until=day(20),
)


def newer(**changes: object) -> Consent:
    base = dataclasses.replace(OLD, id="new", given=day(0), valid_until=day(385))
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


# -- the rule --------------------------------------------------------------------


def test_a_consent_expiring_within_a_month_is_listed_until_renewed() -> None:
    assert expiring_consents([OLD], TODAY) == [OLD]
    assert expiring_consents([OLD, newer()], TODAY) == []
    assert renewed_consents([OLD, newer()]) == {"old"}


@pytest.mark.parametrize(
    ("other", "renewed"),
    [
        (newer(), True),
        (newer(purpose="  at planlægge en  tilbagevenden til arbejdet "), True),  # same words
        (newer(info_kinds=["economy", "health", "work_education"]), True),  # more kinds
        (newer(given=day(21)), True),  # starts the day after the old one ends
        (newer(given=day(22)), False),  # a day without consent in between
        (newer(info_kinds=["health"]), False),  # covers less than the old one
        (newer(actor_id="school"), False),
        (newer(actor_ids=["jobcenter", "school"]), True),  # more recipients
        (newer(actor_id="school", actor_ids=["school"]), False),  # not the jobcenter
        (newer(giver_ids=["mette", "jonas"]), True),  # who gives it may change
        (newer(member_id="jonas"), False),
        (newer(purpose="Noget andet"), False),
        (newer(withdrawn=day(1)), False),
        (newer(valid_until=day(20)), False),  # runs no longer
        (OLD, False),  # not itself
    ],
)
def test_what_counts_as_a_renewal(other: Consent, renewed: bool) -> None:
    assert renews(other, OLD) is renewed
    assert (expiring_consents([OLD, other], TODAY) == []) is renewed


# -- the Network tab -------------------------------------------------------------


@pytest.fixture
def service(data_dir: Path, vault: Vault) -> Iterator[VaultService]:
    service = VaultService(data_dir)
    service.attach(vault)
    yield service
    service.lock()


@pytest.fixture
def tab(qtbot: QtBot, service: VaultService) -> NetworkTab:
    family_id = str(service.create_family("Hansen").primary_id)
    mette = str(service.add_member(family_id, "Mette", MemberRole.PARENT, 1988).primary_id)
    jobcenter = str(
        service.run(
            add_record, "actor", family_id, {"name": "Jobcentret", "kind": "jobcenter"}
        ).primary_id
    )
    service.run(add_record, "actor", family_id, {"name": "Skolen", "kind": "school"})
    today = dt.date.today()
    service.run(
        add_record,
        "consent",
        family_id,
        {
            "member_id": mette,
            "giver_ids": [mette],
            "actor_id": jobcenter,
            "actor_ids": [jobcenter],
            "form": "written",
            "info_kinds": OLD.info_kinds,
            "purpose": OLD.purpose,
            "given": day(-340, today),
            "valid_until": day(20, today),
        },
    )
    tab = NetworkTab(service, family_id)
    qtbot.addWidget(tab)
    tab.resize(1100, 900)
    tab.show()
    qtbot.waitUntil(tab.isVisible)
    return tab


def test_renew_makes_a_new_consent_like_the_old_one_and_ends_the_warning(
    qtbot: QtBot, service: VaultService, tab: NetworkTab
) -> None:
    assert len(tab.expiring_texts()) == 1
    [old] = tab.data().consents
    assert tab.consent_table.row_texts(0)[6].startswith("Expires soon: ")

    tab.consent_table.select(old.id)
    click(qtbot, tab.renew_button)
    form = tab.consent_form
    assert form.is_open and form.editing_id is None
    assert not tab.unsaved_input()  # prefilled, nothing typed yet
    values = form.values()
    today = dt.date.today()
    assert (values["member_id"], values["actor_ids"]) == (old.member_id, old.recipient_ids)
    assert values["giver_ids"] == old.giver_ids
    assert values["info_kinds"] == old.info_kinds and values["purpose"] == old.purpose
    assert values["given"] == today.isoformat() and values["withdrawn"] is None
    assert values["valid_until"] > old.valid_until
    # How it is given this time is asked again, like the date.
    assert values["form"] is None
    click(qtbot, form.save_button)
    assert form.is_open and "in writing or orally" in form.message.text()
    click(qtbot, form.given_as.written)

    click(qtbot, form.save_button)
    assert not form.is_open, form.message.text()
    assert len(service.load(old.family_id, "consent")) == 2
    assert tab.expiring_texts() == []
    assert not tab.expiring_box.isVisible()
    # The old consent reads as valid (a newer one carries it on), not "expires soon".
    states = [tab.consent_table.row_texts(r)[6] for r in range(2)]
    assert not any(s.startswith("Expires soon") for s in states), states


def test_renew_never_overwrites_a_consent_being_typed(qtbot: QtBot, tab: NetworkTab) -> None:
    click(qtbot, tab.add_consent_button)
    form = tab.consent_form
    qtbot.keyClicks(form.purpose_edit, "Skolesamarbejde")
    [old] = tab.data().consents
    tab.consent_table.select(old.id)
    click(qtbot, tab.renew_button)
    assert form.purpose_edit.text() == "Skolesamarbejde"
    assert form.message.text() == "Save or cancel the consent you are typing first."


def test_the_consent_forms_actor_picker_marks_an_actor_without_consent(tab: NetworkTab) -> None:
    checks = tab.consent_form.actor_checks
    boxes = [checks.box(a.id) for a in sorted(tab.data().actors, key=lambda a: a.name)]
    assert [b.text() for b in boxes] == ["Jobcentret", "Skolen – No valid consent"]
    assert not boxes[1].icon().isNull() and boxes[0].icon().isNull()
