"""An entity whose needed fields have not all arrived is left out of the typed reads
until they have, rather than failing them.

A record's fields are separate changes, and a pull's pages (and the spans the window
reads between) can end between them; a forged page, or a field refused by its rule,
can leave one out for good. The plan export, the family map and the measure views
read entities as their dataclasses, and one WHO-5 measure without its date made every
one of those reads fail for the whole family (an adversarial review).
"""

from __future__ import annotations

import time
import uuid

import pytest

from ftbt_desktop.core.changes import Change
from ftbt_desktop.core.clock import Hlc
from ftbt_desktop.core.entities import is_whole
from ftbt_desktop.core.model import MemberRole
from ftbt_desktop.export.plan_content import PlanAudience, gather_plan
from ftbt_desktop.mapdraw.map_content import read_map_entities
from ftbt_desktop.storage.errors import NotFound
from ftbt_desktop.storage.pulled import check_page
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.sync_state import PulledChange, SyncState
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.family_map.map_model import FamilyMapModel, node_id_for
from ftbt_desktop.ui.service import VaultService

pytest_plugins = ("map_helpers",)  # the service and demo_ids fixtures


def _pull(repo: Repository, cursor: int, *fields: tuple[str, str, str, str, object]) -> int:
    """Each (entity type, entity id, family id, field, value) as a pulled change."""
    now = time.time_ns() // 1_000_000
    changes = [
        PulledChange(
            cursor + n,
            Change(str(uuid.uuid4()), t, e, f, name, value, Hlc(now, n).encode(), "dev", "x"),
        )
        for n, (t, e, f, name, value) in enumerate(fields, start=1)
    ]
    SyncState(repo).apply_page(check_page(changes), next_cursor=cursor + len(fields))
    return cursor + len(fields)


def test_a_record_pulled_in_part_is_left_out_until_it_is_whole(vault: Vault) -> None:
    repo = Repository(vault)
    family_id = repo.create_family("Familien Holm").primary_id
    member_id = repo.add_member(family_id, "Mette", role="parent", birth_year=1985).primary_id
    assert family_id and member_id
    measure, node = str(uuid.uuid4()), str(uuid.uuid4())
    cursor = _pull(
        repo,
        0,
        ("who5_measure", measure, family_id, "member_id", member_id),
        ("map_node", node, family_id, "label", "Skolen"),
    )
    assert repo.load(family_id, "who5_measure") == []
    with pytest.raises(NotFound):
        repo.load_one(measure)
    assert gather_plan(repo, family_id, PlanAudience.SUPERVISOR).family.id == family_id
    assert read_map_entities(repo, family_id).nodes == {}

    # The rest arrives with the next page: the records read whole.
    _pull(
        repo,
        cursor,
        ("who5_measure", measure, family_id, "date", "2026-11-02"),
        ("map_node", node, family_id, "kind", "actor"),
    )
    [read] = repo.load(family_id, "who5_measure")
    assert (read.id, read.date) == (measure, "2026-11-02")
    assert repo.load_one(measure) == read
    assert list(read_map_entities(repo, family_id).nodes) == [node]


def test_whole_means_every_field_its_class_needs_is_set() -> None:
    assert is_whole("visit", {"date": "2026-11-02"})
    assert not is_whole("visit", {"summary": "Hjemmebesøg"})
    # Null where the class needs a value (stored before the rules refused it).
    assert not is_whole("visit", {"date": None})
    # Fields with defaults may be missing; the id and family come from the row.
    assert is_whole("member", {"name": "Mette"})
    assert not is_whole("who5_measure", {"member_id": "m", "answers": [3] * 5})
    # A kind of record this version does not know is not judged here.
    assert is_whole("from_a_newer_version", {})


def test_the_map_does_not_place_over_a_node_pulled_in_part(
    qapp: object, service: VaultService, demo_ids: list[str]
) -> None:
    """A member's node whose kind has not arrived was left out of the map, and the map
    then placed the member afresh under the same node id: its newer stamps would win
    over the other laptop's position once the kind arrived (a review)."""
    family_id = demo_ids[0]
    member_id = str(service.add_member(family_id, "Alma", MemberRole.CHILD, 2024).primary_id)
    node_id = node_id_for(member_id)
    cursor = service.on_vault(
        lambda repo: _pull(
            repo,
            10_000,
            ("map_node", node_id, family_id, "ref_id", member_id),
            ("map_node", node_id, family_id, "x", 123.0),
            ("map_node", node_id, family_id, "y", 45.0),
        )
    )
    model = FamilyMapModel(service, family_id)
    assert model.node_for(member_id) is None
    fields = service.on_vault(lambda repo: repo.entity(node_id)[2])
    assert (fields.get("x"), fields.get("y"), "kind" in fields) == (123.0, 45.0, False)
    # The kind arrives: the node shows where the other laptop put it.
    service.on_vault(
        lambda repo: _pull(repo, cursor, ("map_node", node_id, family_id, "kind", "member"))
    )
    again = FamilyMapModel(service, family_id)
    node = again.node_for(member_id)
    assert node is not None and (node.x, node.y) == (123.0, 45.0)
