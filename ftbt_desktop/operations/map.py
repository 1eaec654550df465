"""The family map: nodes placed and linked, the map kept as a snapshot.

The map editor's smaller edits (moving, relabelling, deleting) are written by its
model (ui/family_map/map_model.py) from what it shows."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from ftbt_desktop.core.family_map import LinkKind, NodeKind, Visibility, node_id_for
from ftbt_desktop.core.model import LifeArea
from ftbt_desktop.core.plan import ActorKind, GoalStatus
from ftbt_desktop.storage.repository import ChangeSet, Edit, Repository


def save_snapshot(
    repo: Repository, family_id: str, name: str, on: dt.date, content: Mapping[str, Any]
) -> ChangeSet:
    """The map as it is now, kept under a name to compare with later."""
    return repo.create_entity(
        "map_snapshot", family_id, name=name, date=on.isoformat(), content=dict(content)
    )


def place_node(
    repo: Repository,
    family_id: str,
    kind: NodeKind,
    x: float,
    y: float,
    label: str | None,
    member_ids: Iterable[str] = (),
    life_area: LifeArea | None = None,
    visibility: Visibility = Visibility.FAMILY,
    actor_kind: ActorKind = ActorKind.OTHER,
) -> ChangeSet:
    """A new node; a goal or actor node creates its Goal or Actor in the same change set.

    The change set's `primary_id` is the node's. A goal or actor needs its words
    (`label`): the caller gives the translated default when the user gave none."""
    kind = NodeKind(kind)
    if kind is NodeKind.MEMBER:
        raise ValueError("members are added in the Members tab")
    members = sorted(set(member_ids))
    area = None if life_area is None else LifeArea(life_area).value
    node_fields: dict[str, Any] = {
        "kind": kind.value,
        "x": float(x),
        "y": float(y),
        "visibility": Visibility(visibility).value,
    }
    edits: list[Edit] = []
    if kind is NodeKind.GOAL:
        goal_id = str(uuid.uuid4())
        node_id = node_id_for(goal_id)
        goal_fields = {
            "text": label,
            "member_ids": members,
            "life_area": area,
            "status": GoalStatus.ACTIVE.value,
        }
        edits += [Edit("goal", goal_id, family_id, k, v) for k, v in given(goal_fields)]
        node_fields["ref_id"] = goal_id
    elif kind is NodeKind.ACTOR:
        actor_id = str(uuid.uuid4())
        node_id = node_id_for(actor_id)
        actor_fields = {"name": label, "kind": ActorKind(actor_kind).value}
        edits += [Edit("actor", actor_id, family_id, k, v) for k, v in given(actor_fields)]
        node_fields.update(ref_id=actor_id, member_ids=members, life_area=area)
    else:
        node_id = str(uuid.uuid4())
        node_fields.update(label=label or None, member_ids=members, life_area=area)
    edits += [Edit("map_node", node_id, family_id, k, v) for k, v in given(node_fields)]
    return repo.write(edits, primary_id=node_id)


def link_nodes(
    repo: Repository,
    family_id: str,
    source_id: str,
    target_id: str,
    kind: LinkKind = LinkKind.INFLUENCES,
    mutual: bool = False,
    label: str | None = None,
) -> ChangeSet:
    """A link between two nodes; the change set's `primary_id` is the link's."""
    if source_id == target_id:
        raise ValueError("a link needs two different nodes")
    fields = {
        "source_id": source_id,
        "target_id": target_id,
        "kind": LinkKind(kind).value,
        "mutual": bool(mutual),
        "label": (label or "").strip() or None,
    }
    return repo.create_entity("map_link", family_id, **dict(given(fields)))


def given(fields: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """A new entity's fields without the empty ones: each would be a History line "– → –"."""
    return [(k, v) for k, v in fields.items() if v is not None and v != []]
