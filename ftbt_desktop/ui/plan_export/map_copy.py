"""A copy of one family's map as drawn, for a family plan PDF.

Read through a `FamilyMapModel` that places nothing (an export never
writes, and a supervisor may not), and handed on as the JSON-able copy
snapshots use, so the PDF can be painted on another thread from plain data.

The map gives every live member, goal and actor a node the first time it is
opened in the app. A family whose map was never opened on this computer
(exported from the command line, or reviewed by a supervisor before the
coordinator's placements arrived) gets those nodes in the copy only, placed
the way the map would place them: adults above children as in a genogram,
actors above, goals below.
"""

from __future__ import annotations

from typing import Any

from ftbt_desktop.core.family_map import NodeKind
from ftbt_desktop.mapdraw.node_view import NodeView
from ftbt_desktop.mapdraw.placement import place_fresh
from ftbt_desktop.ui.family_map.map_model import FamilyMapModel, node_id_for
from ftbt_desktop.ui.service import VaultService


def plan_map_content(service: VaultService, family_id: str) -> dict[str, Any]:
    model = FamilyMapModel(service, family_id, auto_place=False)
    try:
        content = model.snapshot_content()
        content["nodes"] = list(content.get("nodes", [])) + [
            view.to_json() for view in unplaced_views(model)
        ]
        return content
    finally:
        model.close()
        model.deleteLater()


def unplaced_views(model: FamilyMapModel) -> list[NodeView]:
    """Nodes, in memory only, for the members, goals and actors without one, where
    the map itself would put them (`placement.place_fresh`)."""
    shown = model.nodes()
    placed = {view.ref_id for view in shown if view.ref_id}
    members = {m.id: m for m in model.members()}
    goals = {g.id: g for g in model.goals()}
    actors = {a.id: a for a in model.actors()}
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
