"""Issue 12: the family's plan in plain Danish (klarsprog): short sentences, no system words.

The demo family's plan, the family's version, in Danish: what the family
reads must not use the coordinator's terms ("livsområde", "aktør",
"civilsamfund", "score", "vurdering") outside the consent section, which
has its own wording; a goal's facts are sentences, not a row of "·"; the
supervisor's version keeps the terse line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from plan_helpers import install_danish
from plan_pdf_helpers import plain_text
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from ftbt_desktop.export.family_plan import write_family_plan
from ftbt_desktop.export.plan_content import PlanAudience, gather_plan
from ftbt_desktop.export.plan_map import plan_map_content
from ftbt_desktop.storage.demo import add_demo_families
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.words.translations import install_translators

# The coordinator's words; the family's plan says it otherwise.
SYSTEM_WORDS = ("livsområde", "aktør", "civilsamfund", "score", "vurdering")
CONSENT_HEADING = "DetharIsagtjatil,atvimådele"
SIGNATURES = "Underskrifter"


@pytest.fixture
def danish(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    before = QLocale()
    install_danish(qapp, tmp_path)
    yield
    install_translators(qapp, "en")
    QLocale.setDefault(before)


def plan_text(data_dir: Path, vault: Vault, audience: PlanAudience, path: Path) -> str:
    service = VaultService(data_dir)
    service.attach(vault)
    family_id = service.on_vault(add_demo_families)[0]
    write_family_plan(
        gather_plan(service, family_id, audience),
        service.on_vault(plan_map_content, family_id),
        path,
    )
    return "".join(plain_text(path).split())  # the reader drops spaces


def without_consents(text: str) -> str:
    """The consent section has its own wording (issue 12's consent work)."""
    start, end = text.find(CONSENT_HEADING), text.find(SIGNATURES)
    assert 0 <= start < end
    return text[:start] + text[end:]


def test_the_familys_plan_speaks_plain_danish(
    data_dir: Path, vault: Vault, tmp_path: Path, danish: None
) -> None:
    text = plan_text(data_dir, vault, PlanAudience.FAMILY, tmp_path / "family.pdf")
    read = without_consents(text).casefold()
    used = [word for word in SYSTEM_WORDS if word in read]
    assert not used, used
    # A goal's facts are short sentences: whom it is for, what it is about, by when.
    assert "DetgælderMetteHolm.Dethandleromarbejdeoguddannelse.Vivilgernenådetsenestden" in text
    assert re.search(r"senestden\d{1,2}\.(januar|februar|marts|april|maj|juni|juli|august"
                     r"|september|oktober|november|december)\d{4}\.", text)  # fmt: skip
    assert "·Livsområde" not in text
    assert "Sådanharbarnetdet:" in text and ",sigerMetteHolm(" in text
    assert "Foreninger,frivilligeognetværk" in text
    assert "MetteHolm–forælder,født1988" in text


def test_the_supervisors_version_keeps_the_coordinators_terms(
    data_dir: Path, vault: Vault, tmp_path: Path, danish: None
) -> None:
    text = plan_text(data_dir, vault, PlanAudience.SUPERVISOR, tmp_path / "supervisor.pdf")
    assert "·Livsområde:arbejdeoguddannelse" in text
    assert "Barnetstrivsel(forældrenesvurdering)" in text
    assert "Kontakttilcivilsamfundet" in text
