"""One undo command per user action on the map (STYLE pattern 3).

Commands change the MODEL, never scene items; the scene follows the model.
A command keeps the ids it created, so redo after undo brings back the same
entities (`restore`) rather than new ones, and later commands that refer to
them (a link to a new node) still work. A write the vault refuses (the
entity was removed elsewhere, the vault locked) is reported through the
model's `sig_failed`; a first `redo` that fails marks the command obsolete,
so it never enters the stack.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ftbt_desktop.core.family_map import LinkKind, NodeKind, Visibility
from ftbt_desktop.core.model import InvalidField, LifeArea
from ftbt_desktop.core.plan import ActorKind
from ftbt_desktop.storage.errors import VaultError
from ftbt_desktop.ui.family_map.map_model import FamilyMapModel

MOVE_NUDGE_ID = 4101  # arrow-key nudges of the same nodes merge into one step

Positions = Mapping[str, tuple[float, float]]


def add_text(kind: NodeKind) -> str:
    return {
        NodeKind.CHALLENGE: QCoreApplication.translate("MapCommands", "Add challenge"),
        NodeKind.STRENGTH: QCoreApplication.translate("MapCommands", "Add strength"),
        NodeKind.GOAL: QCoreApplication.translate("MapCommands", "Add goal"),
        NodeKind.ACTOR: QCoreApplication.translate("MapCommands", "Add actor"),
        NodeKind.NOTE: QCoreApplication.translate("MapCommands", "Add note"),
        NodeKind.MEMBER: QCoreApplication.translate("MapCommands", "Add family member"),
    }[NodeKind(kind)]


class MapCommand(QUndoCommand):
    def __init__(self, model: FamilyMapModel, text: str) -> None:
        super().__init__(text)
        self.model = model
        self._done_once = False

    def redo(self) -> None:
        ok = self._run(self.do)
        if not self._done_once and not ok:
            self.setObsolete(True)
        self._done_once = True

    def undo(self) -> None:
        self._run(self.undo_it)

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError

    def _run(self, step: Callable[[], object]) -> bool:
        try:
            step()
        except (VaultError, InvalidField, ValueError) as exc:
            self.model.sig_failed.emit(exc)
            return False
        return True


class AddNodeCommand(MapCommand):
    def __init__(
        self,
        model: FamilyMapModel,
        kind: NodeKind,
        x: float,
        y: float,
        label: str | None = None,
        member_ids: Iterable[str] = (),
        life_area: LifeArea | None = None,
        visibility: Visibility = Visibility.FAMILY,
    ) -> None:
        super().__init__(model, add_text(kind))
        self.kind, self.x, self.y = NodeKind(kind), x, y
        self.label, self.member_ids = label, list(member_ids)
        self.life_area, self.visibility = life_area, visibility
        self.node_id: str | None = None
        self._removed: list[str] = []

    def do(self) -> None:
        if self.node_id is None:
            self.node_id = self.model.add_node(
                self.kind,
                self.x,
                self.y,
                label=self.label,
                member_ids=self.member_ids,
                life_area=self.life_area,
                visibility=self.visibility,
            )
        else:
            self.model.restore(self._removed)

    def undo_it(self) -> None:
        if self.node_id is not None:
            self._removed = self.model.delete_items([self.node_id])


class DeleteItemsCommand(MapCommand):
    """Nodes with the links they carry, and chosen links: one step, one undo brings all back."""

    def __init__(
        self, model: FamilyMapModel, node_ids: Iterable[str], link_ids: Iterable[str] = ()
    ) -> None:
        super().__init__(model, QCoreApplication.translate("MapCommands", "Delete"))
        self.node_ids, self.link_ids = list(node_ids), list(link_ids)
        self.removed: list[str] = []

    def do(self) -> None:
        self.removed = self.model.delete_items(self.node_ids, self.link_ids)
        if not self.removed:
            raise ValueError("nothing to delete")

    def undo_it(self) -> None:
        self.model.restore(self.removed)


class MoveNodesCommand(MapCommand):
    """A finished drag (or arrow-key nudges): one step for all the nodes moved."""

    def __init__(
        self, model: FamilyMapModel, before: Positions, after: Positions, nudge: bool = False
    ) -> None:
        super().__init__(model, QCoreApplication.translate("MapCommands", "Move"))
        self.before, self.after = dict(before), dict(after)
        self.nudge = nudge

    def do(self) -> None:
        self.model.move_nodes(self.after)

    def undo_it(self) -> None:
        self.model.move_nodes(self.before)

    def id(self) -> int:
        return MOVE_NUDGE_ID if self.nudge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MoveNodesCommand) or set(other.after) != set(self.after):
            return False
        self.after = dict(other.after)
        return True


class _SetNodeValue(MapCommand):
    """Base of the one-field edits of a node: keeps the old value for undo."""

    def __init__(
        self, model: FamilyMapModel, text: str, node_id: str, old: object, new: object
    ) -> None:
        super().__init__(model, text)
        self.node_id, self.old, self.new = node_id, old, new

    def do(self) -> None:
        self.apply(self.new)

    def undo_it(self) -> None:
        self.apply(self.old)

    def apply(self, value: object) -> None:
        raise NotImplementedError


class RelabelNodeCommand(_SetNodeValue):
    def __init__(self, model: FamilyMapModel, node_id: str, old: str, new: str) -> None:
        super().__init__(
            model, QCoreApplication.translate("MapCommands", "Change words"), node_id, old, new
        )

    def apply(self, value: object) -> None:
        self.model.relabel(self.node_id, str(value))


class SetActorKindCommand(_SetNodeValue):
    def __init__(self, model: FamilyMapModel, node_id: str, old: ActorKind, new: ActorKind) -> None:
        super().__init__(
            model, QCoreApplication.translate("MapCommands", "Set kind of actor"), node_id, old, new
        )

    def apply(self, value: object) -> None:
        self.model.set_actor_kind(self.node_id, ActorKind(str(value)))


class SetLifeAreaCommand(_SetNodeValue):
    def __init__(
        self, model: FamilyMapModel, node_id: str, old: LifeArea | None, new: LifeArea | None
    ) -> None:
        super().__init__(
            model, QCoreApplication.translate("MapCommands", "Set life area"), node_id, old, new
        )

    def apply(self, value: object) -> None:
        self.model.set_life_area(self.node_id, value)  # type: ignore[arg-type]


class SetMembersCommand(_SetNodeValue):
    def __init__(
        self, model: FamilyMapModel, node_id: str, old: Iterable[str], new: Iterable[str]
    ) -> None:
        super().__init__(
            model,
            QCoreApplication.translate("MapCommands", "Set family members"),
            node_id,
            list(old),
            list(new),
        )

    def apply(self, value: object) -> None:
        self.model.set_members(self.node_id, value)  # type: ignore[arg-type]


class SetVisibilityCommand(MapCommand):
    def __init__(
        self, model: FamilyMapModel, node_ids: Iterable[str], visibility: Visibility
    ) -> None:
        text = (
            QCoreApplication.translate("MapCommands", "Mark internal")
            if visibility is Visibility.INTERNAL
            else QCoreApplication.translate("MapCommands", "Show to the family")
        )
        super().__init__(model, text)
        self.visibility = Visibility(visibility)
        self.before: dict[str, Visibility] = {}
        for nid in node_ids:
            view = model.node(nid)
            if view is not None:
                self.before[nid] = view.visibility

    def do(self) -> None:
        self.model.set_visibility(list(self.before), self.visibility)

    def undo_it(self) -> None:
        for visibility in set(self.before.values()):
            ids = [nid for nid, v in self.before.items() if v is visibility]
            self.model.set_visibility(ids, visibility)


class AddLinkCommand(MapCommand):
    def __init__(
        self,
        model: FamilyMapModel,
        source_id: str,
        target_id: str,
        kind: LinkKind,
        mutual: bool = False,
    ) -> None:
        super().__init__(model, QCoreApplication.translate("MapCommands", "Link"))
        self.source_id, self.target_id = source_id, target_id
        self.kind, self.mutual = LinkKind(kind), mutual
        self.link_id: str | None = None

    def do(self) -> None:
        if self.link_id is None:
            self.link_id = self.model.add_link(
                self.source_id, self.target_id, self.kind, self.mutual
            )
        else:
            self.model.restore([self.link_id])

    def undo_it(self) -> None:
        if self.link_id is not None:
            self.model.delete_items([], [self.link_id])


class SetLinkKindCommand(MapCommand):
    def __init__(
        self, model: FamilyMapModel, link_id: str, kind: LinkKind, mutual: bool | None = None
    ) -> None:
        super().__init__(model, QCoreApplication.translate("MapCommands", "Change link"))
        link = model.link(link_id)
        self.link_id = link_id
        self.old = (link.kind, link.mutual) if link else (LinkKind(kind), bool(mutual))
        self.new = (LinkKind(kind), self.old[1] if mutual is None else bool(mutual))

    def do(self) -> None:
        self.model.set_link_kind(self.link_id, *self.new)

    def undo_it(self) -> None:
        self.model.set_link_kind(self.link_id, *self.old)


class SetLinkLabelCommand(MapCommand):
    def __init__(self, model: FamilyMapModel, link_id: str, label: str | None) -> None:
        super().__init__(model, QCoreApplication.translate("MapCommands", "Change link words"))
        link = model.link(link_id)
        self.link_id = link_id
        self.old = link.label if link else None
        self.new = label

    def do(self) -> None:
        self.model.set_link_label(self.link_id, self.new)

    def undo_it(self) -> None:
        self.model.set_link_label(self.link_id, self.old)
