"""History says who and what in names, never ids: a goal's members, a step's goal
and owner, a visit's attendees, a consent's member and actor, a rating's
goal, a map item's member and a link's ends, removed ones marked "(removed)";
kinds in words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from casework_kinds import CASEWORK_TYPES
from history_helpers import cells, history_rows
from plan_helpers import create
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from ftbt_desktop.core.model import MemberRole
from ftbt_desktop.operations.records import delete_records
from ftbt_desktop.storage.demo import add_demo_families
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.service import VaultService

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@pytest.fixture
def service(data_dir: Path, vault: Vault) -> VaultService:
    service = VaultService(data_dir)
    service.attach(vault)
    return service


@pytest.fixture(autouse=True)
def danish_dates() -> Iterator[None]:
    """Dates as a Danish coordinator sees them (dd.MM.yyyy); the words stay English."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def family(service: VaultService) -> tuple[str, dict[str, str]]:
    family_id = str(service.create_family("Familien Holm").primary_id)
    ids = {}
    for name, role, year in (
        ("Mette", MemberRole.PARENT, 1988),
        ("Omar", MemberRole.PARTNER, 1984),
        ("Freja", MemberRole.CHILD, 2015),
    ):
        ids[name] = str(service.add_member(family_id, name, role, year).primary_id)
    return family_id, ids


def test_ids_in_values_are_names_and_kinds_are_words(
    qtbot: QtBot, service: VaultService, family: tuple[str, dict[str, str]]
) -> None:
    family_id, m = family
    school = create(service, "actor", family_id, name="Skolen", kind="school")
    goal = create(
        service, "goal", family_id, text="Freja i skole", member_ids=[m["Mette"], m["Freja"]]
    )
    create(
        service,
        "step",
        family_id,
        goal_id=goal,
        what="Holde møde",
        owner_kind="actor",
        owner_id=school,
    )
    create(service, "progress_rating", family_id, goal_id=goal, date="2026-03-02", value=6)
    create(
        service,
        "visit",
        family_id,
        date="2026-03-01",
        kind="home",
        attendee_ids=[m["Mette"], m["Freja"]],
    )
    create(
        service,
        "consent",
        family_id,
        member_id=m["Mette"],
        actor_id=school,
        info_kinds=["school_daycare"],
        purpose="Samarbejde",
        given="2026-03-01",
        valid_until="2027-03-01",
    )
    create(
        service,
        "thriving_rating",
        family_id,
        parent_id=m["Mette"],
        child_id=m["Freja"],
        date="2026-03-01",
        thriving="better",
    )
    create(
        service,
        "who5_measure",
        family_id,
        member_id=m["Mette"],
        date="2026-03-01",
        answers=[3, 3, 3, 3, 3],
    )
    node = create(service, "map_node", family_id, kind="member", ref_id=m["Freja"], x=0.0, y=0.0)
    goal_node = create(service, "map_node", family_id, kind="goal", ref_id=goal, x=1.0, y=1.0)
    create(service, "map_link", family_id, source_id=node, target_id=goal_node, kind="supports")

    rows = history_rows(qtbot, service, family_id)
    for row in rows:
        assert not any(UUID.search(cell) for cell in row), row

    assert cells(rows, "Freja i skole · Family members") == ["Mette, Freja"]
    assert cells(rows, "Holde møde · Goal") == ["Freja i skole"]
    assert cells(rows, "Holde møde · Who (member or actor)") == ["Skolen"]
    assert cells(rows, "Holde møde · Who does it") == ["Actor"]
    assert cells(rows, "Skolen · Kind") == ["School"]
    assert cells(rows, "Visit: 01.03.2026 · Who was there") == ["Mette, Freja"]
    assert cells(rows, "Visit: 01.03.2026 · Kind") == ["Home visit"]
    assert cells(rows, "Consent: Mette – Skolen · Actor") == ["Skolen"]
    assert cells(rows, "Consent: Mette – Skolen · Family member") == ["Mette"]
    assert cells(rows, "Progress rating: Freja i skole – 02.03.2026 · Goal") == ["Freja i skole"]
    what = "Child's thriving: Freja – 01.03.2026"
    assert cells(rows, f"{what} · Parent") == ["Mette"]
    assert cells(rows, f"{what} · Child") == ["Freja"]
    assert cells(rows, "WHO-5 measure: Mette – 01.03.2026 · WHO-5 answers") == [
        "3, 3, 3, 3, 3 (60 of 100, not at risk)"
    ]
    assert cells(rows, "Freja · Stands for") == ["Freja"]
    assert cells(rows, "Freja i skole · Stands for") == ["Freja i skole"]
    assert cells(rows, "Map link: Freja – Freja i skole · From") == ["Freja"]
    assert cells(rows, "Map link: Freja – Freja i skole · To") == ["Freja i skole"]
    assert cells(rows, "Map link: Freja – Freja i skole · Kind") == ["supports"]


def test_removed_people_and_actors_are_named_and_marked(
    qtbot: QtBot, service: VaultService, family: tuple[str, dict[str, str]]
) -> None:
    family_id, m = family
    jobcenter = create(service, "actor", family_id, name="Jobcentret", kind="jobcenter")
    goal = create(service, "goal", family_id, text="Arbejde", member_ids=[m["Omar"]])
    create(
        service,
        "step",
        family_id,
        goal_id=goal,
        what="Samtale",
        owner_kind="actor",
        owner_id=jobcenter,
    )
    service.remove_member(m["Omar"])
    service.run(delete_records, [jobcenter])

    rows = history_rows(qtbot, service, family_id)
    assert cells(rows, "Arbejde · Family members") == ["Omar (removed)"]
    assert cells(rows, "Samtale · Who (member or actor)") == ["Jobcentret (removed)"]
    assert cells(rows, "Jobcentret (removed) · Removed") == ["Yes"]
    for row in rows:
        assert not any(UUID.search(cell) for cell in row), row


def test_the_demo_family_history_holds_no_ids(qtbot: QtBot, service: VaultService) -> None:
    family_id = service.on_vault(add_demo_families)[0]
    rows = history_rows(qtbot, service, family_id)
    # Every kind of issue 4's data is in the history…
    kinds = {entry.change.entity_type for entry in service.history(family_id)}
    assert kinds >= set(CASEWORK_TYPES)
    words = {row[2].split(" · ")[0].split(":")[0] for row in rows}
    for kind in ("Visit", "Consent", "WHO-5 measure", "Progress rating", "Child's thriving"):
        assert kind in words, kind
    # …and none of it shows an id.
    for row in rows:
        assert not any(UUID.search(cell) for cell in row), row
