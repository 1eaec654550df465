"""The family map's small edits: words, kinds, places, who a node concerns, deleting.

The map editor (ui/family_map/map_model.py) knows what each node shows, so it
picks the operation: a goal node's words are the Goal's text (`reword_goal`), an
actor node's the Actor's name (`rename_actor`), a plain node's its own label
(`label_node`). Each function is one undo step of the editor and one ChangeSet.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence

from ftbt_desktop.core.changes import DELETED
from ftbt_desktop.core.family_map import LinkKind, NodeKind, Visibility, node_id_for
from ftbt_desktop.core.model import LifeArea
from ftbt_desktop.core.plan import ActorKind
from ftbt_desktop.storage.repository import ChangeSet, Edit, Repository

# A node's new place: None keeps that coordinate as it is (one field, one stamp).
Position = tuple[float | None, float | None]


def reword_goal(repo: Repository, goal_id: str, text: str) -> ChangeSet:
    return repo.update_entity(goal_id, text=text)


def rename_actor(repo: Repository, actor_id: str, name: str) -> ChangeSet:
    return repo.update_entity(actor_id, name=name)


def label_node(repo: Repository, node_id: str, label: str | None) -> ChangeSet:
    """A plain node's own words; blank words clear the label."""
    return repo.update_entity(node_id, label=(label or "").strip() or None)


def set_actor_kind(repo: Repository, actor_id: str, kind: ActorKind) -> ChangeSet:
    """What kind of actor (school, jobcenter…): the Actor's own kind, seen everywhere."""
    return repo.update_entity(actor_id, kind=ActorKind(kind).value)


def set_life_area(repo: Repository, entity_id: str, life_area: LifeArea | None) -> ChangeSet:
    """The life area of a goal (its own field) or of a node (the node's)."""
    area = None if life_area is None else LifeArea(life_area).value
    return repo.update_entity(entity_id, life_area=area)


def set_concerned_members(repo: Repository, entity_id: str, member_ids: Iterable[str]) -> ChangeSet:
    """Which members a goal or node concerns, kept sorted so two devices agree on the value."""
    return repo.update_entity(entity_id, member_ids=sorted(set(member_ids)))


def set_visibility(
    repo: Repository, family_id: str, node_ids: Collection[str], visibility: Visibility
) -> ChangeSet:
    """Show nodes to the family or keep them internal; the caller leaves out unchanged ones."""
    value = Visibility(visibility).value
    return repo.write([Edit("map_node", nid, family_id, "visibility", value) for nid in node_ids])


def move_nodes(repo: Repository, family_id: str, moves: Mapping[str, Position]) -> ChangeSet:
    """Several nodes to new places at once: one drag is one undo step."""
    edits: list[Edit] = []
    for nid, (x, y) in moves.items():
        if x is not None:
            edits.append(Edit("map_node", nid, family_id, "x", round(float(x), 1)))
        if y is not None:
            edits.append(Edit("map_node", nid, family_id, "y", round(float(y), 1)))
    return repo.write(edits)


def set_link_kind(
    repo: Repository, link_id: str, kind: LinkKind, mutual: bool | None = None
) -> ChangeSet:
    """A link's kind, and whether it goes both ways when the user said (None: as it is)."""
    if mutual is None:
        return repo.update_entity(link_id, kind=LinkKind(kind).value)
    return repo.update_entity(link_id, kind=LinkKind(kind).value, mutual=bool(mutual))


def label_link(repo: Repository, link_id: str, label: str | None) -> ChangeSet:
    return repo.update_entity(link_id, label=(label or "").strip() or None)


def delete_map_items(repo: Repository, entity_ids: Sequence[str]) -> ChangeSet:
    """Nodes, the goals or actors they show and the links they carry, gone in one step."""
    return repo.delete_entities(entity_ids)


def restore_map_items(repo: Repository, entity_ids: Sequence[str]) -> ChangeSet:
    """Undo a delete: everything comes back as it was."""
    return repo.restore_entities(entity_ids)


def place_missing(
    repo: Repository,
    family_id: str,
    revived: Iterable[str],
    placed: Mapping[tuple[NodeKind, str], tuple[float, float]],
) -> ChangeSet:
    """Give entities their nodes: a deleted node of a live entity comes back where it was,
    a member, goal or actor without one gets a fresh node at its computed place."""
    edits = [Edit("map_node", nid, family_id, DELETED, False) for nid in revived]
    for (kind, ref_id), (x, y) in placed.items():
        values = {
            "kind": NodeKind(kind).value,
            "ref_id": ref_id,
            "x": x,
            "y": y,
            "visibility": Visibility.FAMILY.value,
        }
        nid = node_id_for(ref_id)
        edits += [Edit("map_node", nid, family_id, k, v) for k, v in values.items()]
    return repo.write(edits)
