"""What the scene draws for a node, resolved from the entities, and its JSON form.

A `NodeView` carries the words already looked up (a goal's text, a member's
name, the names of the members a node concerns), so a scene can draw a live
model and a stored snapshot alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ftbt_desktop.core.family_map import LinkKind, MapLink, NodeKind, Visibility
from ftbt_desktop.core.model import LifeArea, MemberRole
from ftbt_desktop.core.plan import ActorKind


@dataclass(frozen=True, slots=True)
class NodeView:
    id: str
    kind: NodeKind
    label: str
    x: float
    y: float
    visibility: Visibility = Visibility.FAMILY
    member_ids: tuple[str, ...] = ()
    member_names: tuple[str, ...] = ()
    life_area: LifeArea | None = None
    ref_id: str | None = None
    role: MemberRole | None = None  # member nodes only
    in_household: bool = True  # member nodes only
    actor_kind: ActorKind | None = None  # actor nodes only
    # Actor nodes only: no valid §11a consent today. A coordinator's mark, so it
    # is not kept in snapshots (to_json) and shows only where internal marks do.
    no_consent: bool = False

    @property
    def internal(self) -> bool:
        return self.visibility is Visibility.INTERNAL

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "label": self.label,
            "x": self.x,
            "y": self.y,
            "visibility": self.visibility.value,
            "member_ids": list(self.member_ids),
            "member_names": list(self.member_names),
            "life_area": None if self.life_area is None else self.life_area.value,
            "ref_id": self.ref_id,
            "role": None if self.role is None else self.role.value,
            "in_household": self.in_household,
            "actor_kind": None if self.actor_kind is None else self.actor_kind.value,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> NodeView:
        """Tolerant of snapshots written by older or newer versions."""

        def optional(enum: Any, key: str) -> Any:
            value = data.get(key)
            try:
                return None if value is None else enum(value)
            except ValueError:
                return None

        return cls(
            id=str(data["id"]),
            kind=NodeKind(data.get("kind", NodeKind.NOTE.value)),
            label=str(data.get("label") or ""),
            x=float(data.get("x", 0.0)),
            y=float(data.get("y", 0.0)),
            visibility=Visibility(data.get("visibility", Visibility.FAMILY.value)),
            member_ids=tuple(data.get("member_ids") or ()),
            member_names=tuple(data.get("member_names") or ()),
            life_area=optional(LifeArea, "life_area"),
            ref_id=data.get("ref_id"),
            role=optional(MemberRole, "role"),
            in_household=bool(data.get("in_household", True)),
            actor_kind=optional(ActorKind, "actor_kind"),
        )


def link_to_json(link: MapLink) -> dict[str, Any]:
    return {
        "id": link.id,
        "source_id": link.source_id,
        "target_id": link.target_id,
        "kind": link.kind.value,
        "mutual": link.mutual,
        "label": link.label,
    }


def link_from_json(data: dict[str, Any], family_id: str = "") -> MapLink:
    return MapLink(
        id=str(data["id"]),
        family_id=family_id,
        source_id=str(data["source_id"]),
        target_id=str(data["target_id"]),
        kind=LinkKind(data.get("kind", LinkKind.INFLUENCES.value)),
        mutual=bool(data.get("mutual", False)),
        label=data.get("label"),
    )
