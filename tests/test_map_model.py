"""The map model over a real vault: entities behind nodes, placement, edits from elsewhere."""

from __future__ import annotations

import json
import time

from map_helpers import (
    ids,
    member,
    member_node_id,
    member_nodes,
)
from pytestqt.qtbot import QtBot

from ftbt_desktop.core.changes import Change, new_change_id
from ftbt_desktop.core.clock import Hlc
from ftbt_desktop.core.family_map import LinkKind, NodeKind, Visibility
from ftbt_desktop.core.model import LifeArea, MemberRole
from ftbt_desktop.operations.records import add_record, delete_records, edit_record
from ftbt_desktop.storage.repository import ChangeSet, Origin
from ftbt_desktop.ui.family_map.map_model import FamilyMapModel, node_id_for
from ftbt_desktop.ui.family_map.scene import FamilyMapScene
from ftbt_desktop.ui.service import VaultService

pytest_plugins = ("map_helpers",)  # the service and demo_ids fixtures


def test_members_are_placed_as_in_a_genogram_once_and_later_members_join(
    qapp: object, service: VaultService, demo_ids: list[str]
) -> None:
    family_id = demo_ids[0]
    model = FamilyMapModel(service, family_id)
    pos = {v.label.split()[0]: (v.x, v.y) for v in model.nodes() if v.kind is NodeKind.MEMBER}
    assert set(pos) == {"Mette", "Jonas", "Freja", "Oscar", "Inger"}
    adults_y = {pos[n][1] for n in ("Mette", "Jonas", "Inger")}
    children_y = {pos[n][1] for n in ("Freja", "Oscar")}
    assert len(adults_y) == 1 and len(children_y) == 1 and max(adults_y) < min(children_y)
    assert pos["Freja"][0] < pos["Oscar"][0]  # born 2015 and 2021: the oldest on the left
    # The parents stand above their children; grandmother (outside the household) beside them.
    assert pos["Mette"][0] + pos["Jonas"][0] == pos["Freja"][0] + pos["Oscar"][0]
    assert pos["Inger"][0] > max(pos["Mette"][0], pos["Jonas"][0])
    assert len(member_nodes(service, family_id)) == 5

    # A second model (another window on the same family) places nobody twice.
    again = FamilyMapModel(service, family_id)
    assert len(member_nodes(service, family_id)) == 5
    assert {(v.x, v.y) for v in again.nodes() if v.kind is NodeKind.MEMBER} == set(pos.values())

    # A member added in the Members tab joins the children's row, on the right.
    baby_id = service.add_member(family_id, "Alma", MemberRole.CHILD, 2024).primary_id
    baby = model.node_for(str(baby_id))
    assert baby is not None and baby.y == pos["Oscar"][1] and baby.x > pos["Oscar"][0]
    assert again.node_for(str(baby_id)) == baby
    assert len(member_nodes(service, family_id)) == 6

    # A member who leaves the family leaves the map, with the links to them.
    note = model.add_node(NodeKind.NOTE, 0, 600, "Alma sover dårligt")
    link = model.add_link(note, baby.id, LinkKind.INFLUENCES)
    service.remove_member(str(baby_id))
    assert model.node(baby.id) is None and model.link(link) is None


def test_a_goal_on_the_map_is_the_goal_entity_both_ways(
    qapp: object, service: VaultService, demo_ids: list[str]
) -> None:
    family_id = demo_ids[0]
    model = FamilyMapModel(service, family_id)
    freja = member(model, "Freja")

    node_id = model.add_node(
        NodeKind.GOAL, 10, 500, "Freja har en ven", [freja.id], LifeArea.LEISURE_FRIENDS
    )
    view = model.node(node_id)
    assert view is not None and view.ref_id is not None
    goal = service.load_one(view.ref_id)
    assert (goal.text, goal.member_ids, goal.life_area) == (
        "Freja har en ven",
        [freja.id],
        LifeArea.LEISURE_FRIENDS,
    )
    assert goal.id in ids(service.load(family_id, "goal"))

    # Words, members and life area edited on the map are the goal's.
    model.relabel(node_id, "Freja går til spejder")
    model.set_members(node_id, [freja.id, member(model, "Mette").id])
    model.set_life_area(node_id, LifeArea.NETWORK_CIVIL_SOCIETY)
    goal = service.load_one(goal.id)
    assert goal.text == "Freja går til spejder"
    assert sorted(goal.member_ids) == sorted([freja.id, member(model, "Mette").id])
    assert goal.life_area is LifeArea.NETWORK_CIVIL_SOCIETY

    # A goal created elsewhere (the Goals tab) appears on the map, and its edits follow.
    created = service.run(
        add_record, "goal", family_id, {"text": "Oscar siger farvel i børnehaven"}
    )
    other = model.node_for(str(created.primary_id))
    assert other is not None and other.kind is NodeKind.GOAL
    assert other.id == node_id_for(str(created.primary_id))
    service.run(edit_record, str(created.primary_id), {"text": "Oscar afleveres roligt"})
    assert model.node(other.id).label == "Oscar afleveres roligt"
    service.run(delete_records, [str(created.primary_id)])
    assert model.node(other.id) is None


def test_an_actor_node_is_the_actor_entity(
    qapp: object, service: VaultService, demo_ids: list[str]
) -> None:
    family_id = demo_ids[0]
    model = FamilyMapModel(service, family_id)
    node_id = model.add_node(NodeKind.ACTOR, 400, -200, "Jobcenter Aarhus")
    actor = service.load_one(model.node(node_id).ref_id)
    assert actor.name == "Jobcenter Aarhus"
    model.relabel(node_id, "Jobcenteret")
    assert service.load_one(actor.id).name == "Jobcenteret"
    removed = model.delete_items([node_id])
    assert set(removed) == {node_id, actor.id}
    assert actor.id not in ids(service.load(family_id, "actor"))
    model.restore(removed)
    assert model.node(node_id).label == "Jobcenteret"


def test_model_emits_for_changes_made_elsewhere_and_scene_follows(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    family_id = demo_ids[0]
    model = FamilyMapModel(service, family_id)
    scene = FamilyMapScene()
    scene.set_model(model)
    mette = member_node_id(model, "Mette")
    mette_id = member(model, "Mette").id
    goal = model.add_node(NodeKind.GOAL, 0, 600, "Mette arbejder igen", [mette_id])
    note = model.add_node(NodeKind.NOTE, 300, 600, "Mette sover dårligt", [mette_id])
    with qtbot.waitSignal(model.sig_node_changed, check_params_cb=lambda nid: nid == mette):
        service.update_member(mette_id, name="Mette H. Kristensen")
    assert scene.node_item(mette).view.label == "Mette H. Kristensen"
    # The nodes that concern her follow: a goal (members on the Goal) and a note.
    assert scene.node_item(goal).view.member_names == ("Mette H. Kristensen",)
    assert scene.node_item(note).view.member_names == ("Mette H. Kristensen",)

    # A node written straight through the service (as a sync would) is drawn.
    with qtbot.waitSignal(model.sig_node_added):
        created = service.run(
            add_record,
            "map_node",
            family_id,
            {
                "kind": "strength",
                "label": "Gode naboer",
                "x": 50.0,
                "y": 50.0,
                "visibility": "family",
                "member_ids": [],
            },
        )
    assert scene.node_item(str(created.primary_id)).view.label == "Gode naboer"


def test_internal_nodes_and_their_links_are_not_drawn_without_show_internal(
    qapp: object, service: VaultService, demo_ids: list[str]
) -> None:
    family_id = demo_ids[0]
    model = FamilyMapModel(service, family_id)
    full, family_view = FamilyMapScene(), FamilyMapScene(show_internal=False)
    full.set_model(model)
    family_view.set_model(model)
    mette = member_node_id(model, "Mette")
    note = model.add_node(NodeKind.NOTE, 0, -300, "Bekymring: alkohol?")
    link = model.add_link(note, mette, LinkKind.STRAINS)
    assert family_view.node_item(note) is not None  # family-visible until marked

    model.set_visibility([note], Visibility.INTERNAL)
    assert full.node_item(note) is not None and full.link_item(link) is not None
    assert full.node_item(note).view.internal
    assert family_view.node_item(note) is None and family_view.link_item(link) is None
    words = [i.toolTip() for i in family_view.items()]
    assert not any("alkohol" in w for w in words)

    # A family-only view built now hides it too; marking it for the family shows it again.
    late = FamilyMapScene(show_internal=False)
    late.set_model(model)
    assert late.node_item(note) is None
    assert len(late.node_items()) == len(full.node_items()) - 1
    model.set_visibility([note], Visibility.FAMILY)
    assert late.node_item(note) is not None and late.link_item(link) is not None
    family_view.set_show_internal(True)
    assert family_view.link_item(link) is not None


def test_snapshot_content_is_json_with_the_words_resolved(
    qapp: object, service: VaultService, demo_ids: list[str]
) -> None:
    model = FamilyMapModel(service, demo_ids[0])
    freja = member(model, "Freja")
    goal = model.add_node(NodeKind.GOAL, 0, 500, "Freja i skole hver dag", [freja.id])
    model.add_link(member_node_id(model, "Freja"), goal, LinkKind.SUPPORTS)
    model.set_visibility([goal], Visibility.INTERNAL)
    content = json.loads(json.dumps(model.snapshot_content()))
    goal_entry = next(n for n in content["nodes"] if n["id"] == goal)
    assert goal_entry["label"] == "Freja i skole hver dag"
    assert goal_entry["member_names"] == ["Freja Holm Kristensen"]
    assert goal_entry["visibility"] == "internal"
    assert [lk["kind"] for lk in content["links"] if lk["target_id"] == goal] == ["supports"]
    assert len(content["nodes"]) == len(model.nodes())

    # Later edits do not touch the copy taken before them.
    model.relabel(goal, "Noget andet")
    assert goal_entry["label"] == "Freja i skole hver dag"


def test_a_pull_told_as_the_entities_it_wrote_reaches_the_open_map(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    """A sync tells the views which entities it wrote, not the changes themselves: the
    open map reads those entities again from the vault (Mette renamed on another
    laptop), and a pull of another family's entities leaves it alone."""
    family_id = demo_ids[0]
    model = FamilyMapModel(service, family_id)
    mette = member(model, "Mette")
    node = member_node_id(model, "Mette")
    later = Hlc(time.time_ns() // 1_000_000 + 60_000, 0).encode()
    renamed = Change(
        new_change_id(), "member", mette.id, family_id, "name", "Mette Hansen", later,
        "other-laptop", "anne",
    )  # fmt: skip
    written = service.on_vault(lambda repo: repo.apply_changes([renamed], Origin.SYNC))
    assert written.changes and model.node(node).label != "Mette Hansen"  # not yet told

    other = ChangeSet(touched=frozenset({(demo_ids[1], "member", mette.id)}), origin=Origin.SYNC)
    service.sig_changed.emit(other)
    assert model.node(node).label != "Mette Hansen"
    told = ChangeSet(touched=frozenset({(family_id, "member", mette.id)}), origin=Origin.SYNC)
    with qtbot.waitSignal(model.sig_node_changed, check_params_cb=lambda nid: nid == node):
        service.sig_changed.emit(told)
    assert model.node(node).label == "Mette Hansen"
