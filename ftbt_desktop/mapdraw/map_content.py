"""One family's map as plain data, read from the vault's entities, and what it shows.

The map's nodes and links are entities of their own; a member, goal or actor
node shows that entity's words (a goal's text, a member's name). Here those
are read in one go (`read_map_entities`, through anything that reads like the
repository) and resolved into `NodeView`s, the words already looked up. The
editor's model (ui/family_map/map_model.py) keeps the same data up to date
as the vault changes; an export reads it once, without Qt or the service.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from ftbt_desktop.core.casework import consent_marks
from ftbt_desktop.core.changes import DELETED
from ftbt_desktop.core.entities import is_whole
from ftbt_desktop.core.family_map import MapLink, MapNode, NodeKind, Visibility
from ftbt_desktop.core.model import LifeArea, Member, MemberRole, member_sort_key
from ftbt_desktop.core.plan import Actor, ActorKind, Goal
from ftbt_desktop.mapdraw.node_view import NodeView, link_to_json


class MapReader(Protocol):
    """`Repository` reads like this."""

    def entities(
        self, family_id: str, entity_type: str, include_deleted: bool = False
    ) -> dict[str, dict[str, Any]]: ...

    def load(self, family_id: str, entity_type: str) -> list[Any]: ...

    def members(self, family_id: str) -> list[Member]: ...


@dataclass(slots=True)
class MapEntities:
    """A family's map nodes and links, and the entities they show, by id."""

    nodes: dict[str, MapNode] = field(default_factory=dict)
    tombstoned: set[str] = field(default_factory=set)  # deleted map nodes: restored, not redone
    # Nodes a pull brought in part (no kind yet): not shown, and never placed anew, which
    # would write over the fields that are still to come.
    partial: set[str] = field(default_factory=set)
    links: dict[str, MapLink] = field(default_factory=dict)
    members: dict[str, Member] = field(default_factory=dict)
    goals: dict[str, Goal] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)
    no_consent: set[str] = field(default_factory=set)  # actor ids without a valid consent


def read_map_entities(source: MapReader, family_id: str) -> MapEntities:
    """Everything one family's map shows, as the vault holds it now."""
    read = MapEntities()
    raw = source.entities(family_id, "map_node", include_deleted=True)
    for nid, values in raw.items():
        if values.get(DELETED):
            read.tombstoned.add(nid)
        elif is_whole("map_node", values):
            read.nodes[nid] = MapNode.from_fields(nid, {**values, "family_id": family_id})
        else:
            read.partial.add(nid)
    read.links = {link.id: link for link in source.load(family_id, "map_link")}
    read.members = {m.id: m for m in source.members(family_id)}
    read.goals = {g.id: g for g in source.load(family_id, "goal")}
    read.actors = {a.id: a for a in source.load(family_id, "actor")}
    read.no_consent = consent_marks(source, family_id)
    return read


def node_view(
    node: MapNode,
    members: Mapping[str, Member],
    goals: Mapping[str, Goal],
    actors: Mapping[str, Actor],
    no_consent: Collection[str],
) -> NodeView | None:
    """What the map draws for a node; None when the entity it shows is gone."""
    kind = NodeKind(node.kind)
    label = node.label or ""
    member_ids: list[str] = list(node.member_ids)
    life_area = node.life_area
    role: MemberRole | None = None
    in_household = True
    actor_kind: ActorKind | None = None
    marked = False
    if kind is NodeKind.MEMBER:
        member = members.get(str(node.ref_id))
        if member is None:
            return None
        label, role, in_household = member.name, member.role, member.in_household
        member_ids = []
    elif kind is NodeKind.GOAL:
        goal = goals.get(str(node.ref_id))
        if goal is None:
            return None
        label, member_ids, life_area = goal.text, list(goal.member_ids), goal.life_area
    elif kind is NodeKind.ACTOR:
        actor = actors.get(str(node.ref_id))
        if actor is None:
            return None
        label, actor_kind = actor.name, actor.kind
        marked = actor.id in no_consent
    concerned = [members[m] for m in member_ids if m in members]
    concerned.sort(key=member_sort_key)
    return NodeView(
        id=node.id,
        kind=kind,
        label=label,
        x=node.x,
        y=node.y,
        visibility=Visibility(node.visibility),
        member_ids=tuple(m.id for m in concerned),
        member_names=tuple(m.name for m in concerned),
        life_area=None if life_area is None else LifeArea(life_area),
        ref_id=node.ref_id,
        role=role,
        in_household=in_household,
        actor_kind=actor_kind,
        no_consent=marked,
    )


def shown_views(read: MapEntities) -> dict[str, NodeView]:
    """The nodes the map draws, by id: those whose entity is still there."""
    views: dict[str, NodeView] = {}
    for node in read.nodes.values():
        view = node_view(node, read.members, read.goals, read.actors, read.no_consent)
        if view is not None:
            views[node.id] = view
    return views


def shown_links(links: Mapping[str, MapLink], shown: Collection[str]) -> dict[str, MapLink]:
    """The links the map draws, by id: those with both ends among the `shown` node ids."""
    return {
        lid: link
        for lid, link in links.items()
        if link.source_id in shown and link.target_id in shown
    }


def map_copy(views: Iterable[NodeView], links: Iterable[MapLink]) -> dict[str, Any]:
    """A JSON-able copy of a map, words resolved, internal nodes marked (as snapshots hold)."""
    return {
        "nodes": [view.to_json() for view in views],
        "links": [link_to_json(link) for link in links],
    }
