"""The whole-family map: nodes, links and named snapshots.

A map node of kind `goal`, `actor` or `member` is a placement of that entity
(`ref_id`): its words live on the entity, so the plan and the map always
show the same goal. Challenges, strengths and notes live on the node itself.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Self

from ftbt_desktop.core.fields import (
    boolean,
    enum_of,
    iso_date,
    number,
    plain_record,
    ref,
    ref_list,
    register,
    text,
)
from ftbt_desktop.core.model import LifeArea
from ftbt_desktop.core.plan import build

# Node ids of members, goals and actors are derived from the entity's id, so
# two devices placing the same entity write the same node.
NODE_NAMESPACE = uuid.UUID("5b0c7f3e-6c1a-4f55-9a57-3f1f0b8e2d41")


def node_id_for(ref_id: str) -> str:
    """The one node id of a member, goal or actor."""
    return str(uuid.uuid5(NODE_NAMESPACE, ref_id))


class NodeKind(StrEnum):
    MEMBER = "member"
    CHALLENGE = "challenge"
    STRENGTH = "strength"
    GOAL = "goal"
    ACTOR = "actor"
    NOTE = "note"

    @property
    def refers_to_entity(self) -> bool:
        return self in (NodeKind.MEMBER, NodeKind.GOAL, NodeKind.ACTOR)


class LinkKind(StrEnum):
    INFLUENCES = "influences"
    SUPPORTS = "supports"
    STRAINS = "strains"
    STRONG = "strong"
    WEAK = "weak"


class Visibility(StrEnum):
    FAMILY = "family"
    INTERNAL = "internal"


@dataclass(frozen=True, slots=True)
class MapNode:
    id: str
    family_id: str
    kind: NodeKind
    label: str | None = None
    ref_id: str | None = None
    member_ids: list[str] = field(default_factory=list)
    life_area: LifeArea | None = None
    x: float = 0.0
    y: float = 0.0
    visibility: Visibility = Visibility.FAMILY

    @classmethod
    def from_fields(cls, entity_id: str, values: Mapping[str, Any]) -> Self:
        return build(
            cls, entity_id, values, kind=NodeKind, life_area=LifeArea, visibility=Visibility
        )


@dataclass(frozen=True, slots=True)
class MapLink:
    id: str
    family_id: str
    source_id: str
    target_id: str
    kind: LinkKind = LinkKind.INFLUENCES
    mutual: bool = False
    label: str | None = None

    @classmethod
    def from_fields(cls, entity_id: str, values: Mapping[str, Any]) -> Self:
        return build(cls, entity_id, values, kind=LinkKind)


@dataclass(frozen=True, slots=True)
class MapSnapshot:
    """A named, dated copy of the map, to compare with the family later."""

    id: str
    family_id: str
    name: str
    date: str
    content: dict[str, Any] = field(default_factory=dict)  # {"nodes": [...], "links": [...]}

    @classmethod
    def from_fields(cls, entity_id: str, values: Mapping[str, Any]) -> Self:
        return build(cls, entity_id, values)


# Scene units; a map spans a few thousand, the rest is room to drag.
MAX_POSITION = 1e6
# A map copy holds what the map showed: bounded well past any family's map.
MAX_COPY_NODES = 1000
MAX_COPY_LINKS = 3000
_COPY_PART = plain_record()


def _content(value: Any) -> Any:
    if not isinstance(value, dict) or not set(value) <= {"nodes", "links", "taken_at"}:
        raise ValueError("must be a map copy")
    for key, limit in (("nodes", MAX_COPY_NODES), ("links", MAX_COPY_LINKS)):
        parts = value.get(key, [])
        if not isinstance(parts, list) or len(parts) > limit:
            raise ValueError(f"must be a map copy of at most {limit} {key}")
        for part in parts:
            _COPY_PART(part)
    taken_at = value.get("taken_at")
    if taken_at is not None and (not isinstance(taken_at, str) or len(taken_at) > 40):
        raise ValueError("must be a map copy with its time as text")
    return value


register(
    "map_node",
    {
        "kind": enum_of(NodeKind),
        "label": text(required=False, max_len=500),
        "ref_id": ref(optional=True),
        "member_ids": ref_list,
        "life_area": enum_of(LifeArea, optional=True),
        "x": number(bound=MAX_POSITION),
        "y": number(bound=MAX_POSITION),
        "visibility": enum_of(Visibility),
    },
)
register(
    "map_link",
    {
        "source_id": ref(),
        "target_id": ref(),
        "kind": enum_of(LinkKind),
        "mutual": boolean,
        "label": text(required=False, max_len=200),
    },
)
register(
    "map_snapshot",
    {
        "name": text(required=True, max_len=200),
        "date": iso_date,
        "content": _content,
    },
)
