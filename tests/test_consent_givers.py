"""Issue 12, finding 2: a §11a consent says who gave it, about whom, to whom, about
what, for what, from when to when and how (in writing or orally).

The family plan used to print the person the consent concerns as its giver
("Givet af: Emma" for a 13-year-old). These tests run over a real vault and a
real PDF: the plan never names the concerned person as giver, words a consent in
plain Danish, and marks a consent whose giver was never recorded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from plan_helpers import create, install_danish
from plan_pdf_helpers import plain_text
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from ftbt_desktop.core.model import MemberRole
from ftbt_desktop.export.consent_words import consent_sentences
from ftbt_desktop.export.family_plan import write_family_plan
from ftbt_desktop.export.plan_content import PlanAudience, gather_plan
from ftbt_desktop.export.plan_map import plan_map_content
from ftbt_desktop.export.plan_words import long_date
from ftbt_desktop.operations.records import edit_record
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.words.translations import install_translators

TODAY = dt.date.today()


def day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


@pytest.fixture
def service(data_dir: Path, vault: Vault) -> Iterator[VaultService]:
    service = VaultService(data_dir)
    service.attach(vault)
    yield service
    service.lock()


def emma_family(service: VaultService) -> tuple[str, dict[str, str]]:
    """Mette and Jonas, custody holders of Emma (13); the school and the jobcenter."""
    family_id = str(service.create_family("Familien Berg").primary_id)
    ids = {}
    for name, role, year in (
        ("Mette", MemberRole.PARENT, 1982),
        ("Jonas", MemberRole.PARENT, 1984),
        ("Emma", MemberRole.CHILD, TODAY.year - 13),
    ):
        ids[name] = str(service.add_member(family_id, name, role, year).primary_id)
    ids["school"] = create(service, "actor", family_id, name="Skolen", kind="school")
    ids["jobcenter"] = create(service, "actor", family_id, name="Jobcentret", kind="jobcenter")
    return family_id, ids


def pdf_text(service: VaultService, family_id: str, audience: PlanAudience, path: Path) -> str:
    content = gather_plan(service, family_id, audience)
    write_family_plan(content, service.on_vault(plan_map_content, family_id), path)
    return plain_text(path)


def squeeze(text: str) -> str:
    """As the PDF text reader gives it: no white space."""
    return "".join(text.split())


@pytest.fixture
def danish(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    install_danish(qapp, tmp_path)
    yield
    install_translators(qapp, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


# -- the finding ---------------------------------------------------------------


@pytest.mark.usefixtures("danish")
def test_the_plan_never_prints_the_person_a_consent_concerns_as_its_giver(
    service: VaultService, tmp_path: Path
) -> None:
    """A consent about Emma, recorded before givers were asked: the plan said
    "Givet af: Emma". Now it says that who gave it is not recorded."""
    family_id, ids = emma_family(service)
    create(service, "consent", family_id, member_id=ids["Emma"], actor_id=ids["school"],
           info_kinds=["school_daycare"], purpose="At følge Emmas fremmøde",
           given=day(-10), valid_until=day(300))  # fmt: skip
    for audience in PlanAudience:
        text = pdf_text(service, family_id, audience, tmp_path / f"{audience.value}.pdf")
        assert "Givetaf:Emma" not in text, audience
        assert "Emmahargivet" not in text, audience
        assert squeeze("Hvem der har givet samtykket, er ikke registreret.") in text, audience


# -- the wording ---------------------------------------------------------------


def two_givers_consent(
    service: VaultService, family_id: str, ids: dict[str, str], **more: object
) -> str:
    fields: dict[str, object] = {
        "member_id": ids["Emma"],
        "giver_ids": sorted([ids["Mette"], ids["Jonas"]]),
        "actor_id": min(ids["school"], ids["jobcenter"]),
        "actor_ids": sorted([ids["school"], ids["jobcenter"]]),
        "info_kinds": ["health", "school_daycare"],
        "purpose": "At følge Emmas fremmøde",
        "given": day(-10),
        "valid_until": day(300),
        "form": "written",
    }
    fields.update(more)
    return create(service, "consent", family_id, **fields)


def sentences(service: VaultService, family_id: str, audience: PlanAudience) -> list[list[str]]:
    content = gather_plan(service, family_id, audience)
    return [consent_sentences(c, content) for c in content.consents]


@pytest.mark.usefixtures("danish")
def test_the_plan_says_in_plain_danish_who_gave_the_consent_to_whom_about_what(
    service: VaultService, tmp_path: Path
) -> None:
    family_id, ids = emma_family(service)
    two_givers_consent(service, family_id, ids)
    given, until = long_date(TODAY - dt.timedelta(days=10)), long_date(TODAY + dt.timedelta(300))
    expected = [
        "Mette og Jonas har givet samtykke til, at Jobcentret og Skolen må udveksle "
        "oplysninger om Emmas helbred og skole og dagtilbud.",
        "Formål: At følge Emmas fremmøde.",
        f"Samtykket blev givet skriftligt den {given}.",
        f"Det gælder til og med den {until}.",
    ]
    for audience in PlanAudience:
        assert sentences(service, family_id, audience) == [expected]
        text = pdf_text(service, family_id, audience, tmp_path / f"{audience.value}.pdf")
        assert squeeze(" ".join(expected)) in text
        assert "Emmahargivet" not in text and "ikkeregistreret" not in text


@pytest.mark.usefixtures("danish")
def test_one_giver_the_person_themself_and_names_ending_in_s(service: VaultService) -> None:
    """A 16-year-old may give a consent about himself; "Jonas'" takes an apostrophe."""
    family_id, ids = emma_family(service)
    create(service, "consent", family_id, member_id=ids["Jonas"], giver_ids=[ids["Jonas"]],
           actor_id=ids["jobcenter"], actor_ids=[ids["jobcenter"]], info_kinds=["economy"],
           purpose="Samarbejde om job.", given=day(-1), valid_until=day(30),
           form="oral")  # fmt: skip
    [found] = sentences(service, family_id, PlanAudience.FAMILY)
    assert found[:3] == [
        "Jonas har givet samtykke til, at Jobcentret må udveksle oplysninger om Jonas' økonomi.",
        "Formål: Samarbejde om job.",
        f"Samtykket blev givet mundtligt den {long_date(TODAY - dt.timedelta(days=1))}.",
    ]


def test_the_english_plan_says_has_for_one_giver_and_have_for_two(
    qapp: QApplication, service: VaultService
) -> None:
    family_id, ids = emma_family(service)
    two_givers_consent(service, family_id, ids)
    create(service, "consent", family_id, member_id=ids["Mette"], giver_ids=[ids["Mette"]],
           actor_id=ids["jobcenter"], info_kinds=["work_education"], purpose="Job",
           given=day(-1), valid_until=day(400), form="written")  # fmt: skip
    first = [s[0] for s in sentences(service, family_id, PlanAudience.FAMILY)]
    assert first == [
        "Mette has given consent for Jobcentret to exchange information about Mette's "
        "work and education.",
        "Mette and Jonas have given consent for Jobcentret and Skolen to exchange information "
        "about Emma's health and school and daycare.",
    ]


@pytest.mark.usefixtures("danish")
def test_a_consent_from_before_givers_were_asked_is_marked_and_never_names_a_giver(
    service: VaultService,
) -> None:
    family_id, ids = emma_family(service)
    create(service, "consent", family_id, member_id=ids["Emma"], actor_id=ids["school"],
           info_kinds=["school_daycare"], purpose="At følge Emmas fremmøde",
           given=day(-10), valid_until=day(300))  # fmt: skip
    given = long_date(TODAY - dt.timedelta(days=10))
    head = [
        "Der er givet samtykke til, at Skolen må udveksle oplysninger om Emmas skole og dagtilbud.",
        "Hvem der har givet samtykket, er ikke registreret.",
        "Formål: At følge Emmas fremmøde.",
        f"Samtykket blev givet den {given}.",
    ]
    [family] = sentences(service, family_id, PlanAudience.FAMILY)
    assert family[:4] == head
    # The supervisor also reads that how it was given is not recorded.
    [supervisor] = sentences(service, family_id, PlanAudience.SUPERVISOR)
    assert supervisor[:5] == [
        *head,
        "Det er ikke registreret, om det blev givet skriftligt eller mundtligt.",
    ]


@pytest.mark.usefixtures("danish")
def test_withdrawn_expired_and_future_withdrawal_in_words(service: VaultService) -> None:
    family_id, ids = emma_family(service)
    two_givers_consent(service, family_id, ids, withdrawn=day(-2))
    two_givers_consent(service, family_id, ids, given=day(-400), valid_until=day(-35))
    two_givers_consent(service, family_id, ids, withdrawn=day(5))
    last = {s[-1] for s in sentences(service, family_id, PlanAudience.SUPERVISOR)}
    assert last == {
        f"Det blev trukket tilbage den {long_date(TODAY - dt.timedelta(days=2))}.",
        f"Det udløb den {long_date(TODAY - dt.timedelta(days=35))}.",
        f"Det trækkes tilbage fra den {long_date(TODAY + dt.timedelta(days=5))}.",
    }


@pytest.mark.usefixtures("danish")
def test_the_familys_version_leaves_out_internal_recipients(service: VaultService) -> None:
    """An actor marked internal on the map is not named in the family's own plan: a
    consent that also names it names the others; one naming only it is left out."""
    from ftbt_desktop.core.family_map import Visibility
    from ftbt_desktop.ui.family_map.map_model import FamilyMapModel, node_id_for

    family_id, ids = emma_family(service)
    two_givers_consent(service, family_id, ids)  # the school and the jobcenter
    two_givers_consent(service, family_id, ids, actor_id=ids["jobcenter"],
                       actor_ids=[ids["jobcenter"]])  # fmt: skip
    FamilyMapModel(service, family_id).close()  # every actor placed on the map
    service.run(
        edit_record, node_id_for(ids["jobcenter"]), {"visibility": Visibility.INTERNAL.value}
    )

    [family] = sentences(service, family_id, PlanAudience.FAMILY)
    assert family[0].startswith("Mette og Jonas har givet samtykke til, at Skolen må udveksle")
    supervisor = sentences(service, family_id, PlanAudience.SUPERVISOR)
    assert len(supervisor) == 2
    assert all("Jobcentret" in s[0] for s in supervisor)
