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
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from ftbt_desktop.core.model import MemberRole
from ftbt_desktop.export.family_plan import write_family_plan
from ftbt_desktop.export.plan_content import PlanAudience, gather_plan
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.plan_export.map_copy import plan_map_content
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.translations import install_translators
from tests.plan_helpers import create, install_danish
from tests.plan_pdf_helpers import plain_text

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
        ("Mette", MemberRole.PARENT, 1984),
        ("Jonas", MemberRole.PARENT, 1982),
        ("Emma", MemberRole.CHILD, TODAY.year - 13),
    ):
        ids[name] = str(service.add_member(family_id, name, role, year).primary_id)
    ids["school"] = create(service, "actor", family_id, name="Skolen", kind="school")
    ids["jobcenter"] = create(service, "actor", family_id, name="Jobcentret", kind="jobcenter")
    return family_id, ids


def pdf_text(service: VaultService, family_id: str, audience: PlanAudience, path: Path) -> str:
    content = gather_plan(service, family_id, audience)
    write_family_plan(content, plan_map_content(service, family_id), path)
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
