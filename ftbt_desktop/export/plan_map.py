"""A copy of one family's map as drawn, for a family plan PDF.

Read straight from the vault's entities (mapdraw/map_content.py), through
anything that reads like the repository, so the app and the command line
make the same copy without the map editor; an export never writes, and a
supervisor may not. It is handed on as the JSON-able copy snapshots use, so
the PDF can be painted on another thread from plain data.

The map gives every live member, goal and actor a node the first time it is
opened in the app. A family whose map was never opened on this computer
(exported from the command line, or reviewed by a supervisor before the
coordinator's placements arrived) gets those nodes in the copy only, placed
the way the map would place them: adults above children as in a genogram,
actors above, goals below.
"""

from __future__ import annotations

from typing import Any

from ftbt_desktop.core.family_map import NodeKind, node_id_for
from ftbt_desktop.core.model import member_sort_key
from ftbt_desktop.mapdraw.map_content import (
    MapEntities,
    MapReader,
    map_copy,
    read_map_entities,
    shown_links,
    shown_views,
)
from ftbt_desktop.mapdraw.node_view import NodeView
from ftbt_desktop.mapdraw.placement import place_fresh
from ftbt_desktop.storage.errors import VaultError


def plan_map_content(source: MapReader, family_id: str) -> dict[str, Any]:
    try:
        read = read_map_entities(source, family_id)
    except VaultError:
        read = MapEntities()  # as the map shows a family it cannot read: empty
    views = shown_views(read)
    content = map_copy(views.values(), shown_links(read.links, views).values())
    content["nodes"] += [view.to_json() for view in unplaced_views(read, list(views.values()))]
    return content


def unplaced_views(read: MapEntities, shown: list[NodeView]) -> list[NodeView]:
    """Nodes, in memory only, for the members, goals and actors without one, where
    the map itself would put them (`placement.place_fresh`)."""
    placed = {view.ref_id for view in shown if view.ref_id}
    members = {m.id: m for m in sorted(read.members.values(), key=member_sort_key)}
    goals, actors = read.goals, read.actors
    fresh = [(NodeKind.MEMBER, ref) for ref in members if ref not in placed]
    fresh += [(NodeKind.GOAL, ref) for ref in goals if ref not in placed]
    fresh += [(NodeKind.ACTOR, ref) for ref in actors if ref not in placed]
    if not fresh:
        return []
    # place_fresh reads only a placed node's kind and position, which a view has too.
    positions = place_fresh(fresh, shown, members, goals, actors)  # type: ignore[arg-type]
    views: list[NodeView] = []
    for (kind, ref_id), (x, y) in positions.items():
        common = {"id": node_id_for(ref_id), "kind": kind, "x": x, "y": y, "ref_id": ref_id}
        if kind is NodeKind.MEMBER:
            member = members[ref_id]
            views.append(
                NodeView(
                    label=member.name,
                    role=member.role,
                    in_household=member.in_household,
                    **common,  # type: ignore[arg-type]
                )
            )
        elif kind is NodeKind.GOAL:
            goal = goals[ref_id]
            concerned = [m for m in goal.member_ids if m in members]
            views.append(
                NodeView(
                    label=goal.text,
                    member_ids=tuple(concerned),
                    member_names=tuple(members[m].name for m in concerned),
                    life_area=goal.life_area,
                    **common,  # type: ignore[arg-type]
                )
            )
        else:
            actor = actors[ref_id]
            views.append(
                NodeView(label=actor.name, actor_kind=actor.kind, **common)  # type: ignore[arg-type]
            )
    return views
