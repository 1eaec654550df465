"""One family's map as a model: nodes, links and the entities they show.

The model reads through the service and writes every edit as one operation
(`operations/map.py` and `operations/map_edits.py` through `service.run`), so each edit is
one ChangeSet in the vault. It never emits on its own write: it refreshes, like
every other view, from the service's `sig_changed`, diffs what is shown and emits
`sig_node_added`, `sig_link_removed`… — so an edit made elsewhere (the Goals tab,
a sync) and an edit made here reach the scene the same way.

A goal, actor or member node is a placement of that entity: its words are
the entity's (a goal's text, an actor's or member's name), and its id is
derived from the entity's id, so every entity has at most one node even when
two devices place it at the same time. Every live member, goal and actor of
the family gets a node; a node whose entity is gone is not shown.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal

from ftbt_desktop.core.casework import consent_marks
from ftbt_desktop.core.family_map import (
    LinkKind,
    MapLink,
    MapNode,
    NodeKind,
    Visibility,
    node_id_for,
)
from ftbt_desktop.core.model import LifeArea, Member, member_sort_key
from ftbt_desktop.core.plan import Actor, ActorKind, Goal
from ftbt_desktop.mapdraw.map_content import map_copy, node_view, read_map_entities, shown_links
from ftbt_desktop.mapdraw.map_source import MapSource
from ftbt_desktop.mapdraw.node_view import NodeView
from ftbt_desktop.mapdraw.placement import place_fresh
from ftbt_desktop.operations import map as map_ops
from ftbt_desktop.operations import map_edits as edits
from ftbt_desktop.operations import members as member_ops
from ftbt_desktop.storage.errors import Incomplete, NotFound, VaultError
from ftbt_desktop.storage.repository import ChangeSet
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.words.map import new_node_label

REF_TYPES: dict[NodeKind, str] = {
    NodeKind.MEMBER: "member",
    NodeKind.GOAL: "goal",
    NodeKind.ACTOR: "actor",
}
WATCHED_TYPES = frozenset({"map_node", "map_link", "member", "goal", "actor", "consent"})
FULL_RELOAD_AT = 200  # entities touched by one ChangeSet; past this one reload is cheaper


class FamilyMapModel(MapSource):
    """The map of ONE family. Operations return the ChangeSet they wrote."""

    # sig_node_added, sig_link_removed… and the reading methods: MapSource
    sig_failed = Signal(object)  # an edit was refused (VaultError, InvalidField…): say so

    def __init__(
        self,
        service: VaultService,
        family_id: str,
        parent: QObject | None = None,
        auto_place: bool = True,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.family_id = family_id
        self.auto_place = auto_place
        self._nodes: dict[str, MapNode] = {}
        self._tombstoned: set[str] = set()
        self._partial: set[str] = set()  # pulled in part: wait for the rest, never placed
        self._links: dict[str, MapLink] = {}
        self._members: dict[str, Member] = {}
        self._goals: dict[str, Goal] = {}
        self._actors: dict[str, Actor] = {}
        self._no_consent: set[str] = set()  # actor ids without a valid consent
        service.sig_changed.connect(self._on_changed)
        self.reload()

    def close(self) -> None:
        """Stop following the service (the tab is going away)."""
        with contextlib.suppress(RuntimeError, TypeError):
            self.service.sig_changed.disconnect(self._on_changed)

    # -- reading -----------------------------------------------------------

    def members(self) -> list[Member]:
        return sorted(self._members.values(), key=member_sort_key)

    def goals(self) -> list[Goal]:
        return list(self._goals.values())

    def actors(self) -> list[Actor]:
        return list(self._actors.values())

    def node_for(self, ref_id: str) -> NodeView | None:
        """The node showing a member, goal or actor."""
        return self._views.get(node_id_for(ref_id))

    def can_delete(self, node_id: str) -> bool:
        """Members leave the map only by leaving the family (the Members tab)."""
        view = self._views.get(node_id)
        return view is not None and view.kind is not NodeKind.MEMBER

    def snapshot_content(self) -> dict[str, Any]:
        """A JSON-able copy of the whole map, words resolved, internal nodes marked."""
        return map_copy(self._views.values(), self._shown_links.values())

    # -- operations (one user action each) ---------------------------------

    def add_node(
        self,
        kind: NodeKind,
        x: float,
        y: float,
        label: str | None = None,
        member_ids: Iterable[str] = (),
        life_area: LifeArea | None = None,
        visibility: Visibility = Visibility.FAMILY,
        actor_kind: ActorKind = ActorKind.OTHER,
    ) -> str:
        """A new node; a goal or actor node creates its Goal or Actor in the same ChangeSet."""
        kind = NodeKind(kind)
        text = (label or "").strip()
        if kind in (NodeKind.GOAL, NodeKind.ACTOR):
            text = text or new_node_label(kind)
        changes = self.service.run(
            map_ops.place_node,
            self.family_id,
            kind,
            x,
            y,
            text,
            member_ids,
            life_area,
            visibility,
            actor_kind,
            initiator=self,
        )
        return str(changes.primary_id)

    def relabel(self, node_id: str, text: str) -> ChangeSet:
        """New words for a node: a goal's text, an actor's or member's name, or the node's label."""
        node = self._raw(node_id)
        kind = NodeKind(node.kind)
        if kind is NodeKind.GOAL:
            return self._run(edits.reword_goal, str(node.ref_id), text)
        if kind is NodeKind.ACTOR:
            return self._run(edits.rename_actor, str(node.ref_id), text)
        if kind is NodeKind.MEMBER:
            return self._run(member_ops.update_member, str(node.ref_id), name=text)
        return self._run(edits.label_node, node_id, text)

    def set_actor_kind(self, node_id: str, kind: ActorKind) -> ChangeSet:
        """What kind of actor an actor node shows (school, jobcenter…): the Actor's own kind."""
        node = self._raw(node_id)
        if node.kind is not NodeKind.ACTOR:
            raise ValueError("only an actor has a kind of actor")
        return self._run(edits.set_actor_kind, str(node.ref_id), ActorKind(kind))

    def set_life_area(self, node_id: str, life_area: LifeArea | None) -> ChangeSet:
        node = self._raw(node_id)
        target = str(node.ref_id) if node.kind is NodeKind.GOAL else node_id
        return self._run(edits.set_life_area, target, life_area)

    def set_members(self, node_id: str, member_ids: Iterable[str]) -> ChangeSet:
        """Which members a node concerns (a goal's members are the Goal's)."""
        node = self._raw(node_id)
        if node.kind is NodeKind.MEMBER:
            raise ValueError("a member node is the member")
        target = str(node.ref_id) if node.kind is NodeKind.GOAL else node_id
        return self._run(edits.set_concerned_members, target, list(member_ids))

    def set_visibility(self, node_ids: Collection[str], visibility: Visibility) -> ChangeSet:
        value = Visibility(visibility).value
        changing = [nid for nid in node_ids if self._raw(nid).visibility != value]
        return self._run(edits.set_visibility, self.family_id, changing, Visibility(visibility))

    def move_nodes(self, positions: Mapping[str, tuple[float, float]]) -> ChangeSet:
        """Several nodes to new places in one ChangeSet (one drag, one undo step)."""
        moves: dict[str, edits.Position] = {}
        for nid, (x, y) in positions.items():
            node = self._raw(nid)
            x, y = round(float(x), 1), round(float(y), 1)
            if node.x != x or node.y != y:
                moves[nid] = (x if node.x != x else None, y if node.y != y else None)
        return self._run(edits.move_nodes, self.family_id, moves)

    def add_link(
        self,
        source_id: str,
        target_id: str,
        kind: LinkKind = LinkKind.INFLUENCES,
        mutual: bool = False,
        label: str | None = None,
    ) -> str:
        if source_id == target_id:
            raise ValueError("a link needs two different nodes")
        for nid in (source_id, target_id):
            if nid not in self._views:
                raise NotFound(nid)
        changes = self.service.run(
            map_ops.link_nodes,
            self.family_id,
            source_id,
            target_id,
            kind,
            mutual,
            label,
            initiator=self,
        )
        return str(changes.primary_id)

    def set_link_kind(self, link_id: str, kind: LinkKind, mutual: bool | None = None) -> ChangeSet:
        return self._run(edits.set_link_kind, link_id, LinkKind(kind), mutual)

    def set_link_label(self, link_id: str, label: str | None) -> ChangeSet:
        return self._run(edits.label_link, link_id, label)

    def delete_items(self, node_ids: Iterable[str], link_ids: Iterable[str] = ()) -> list[str]:
        """Delete nodes with the links they carry (and a goal's or actor's entity) in one step.

        Member nodes are skipped. Returns every entity id tombstoned, for `restore`.
        """
        doomed_nodes = [nid for nid in dict.fromkeys(node_ids) if self.can_delete(nid)]
        ids: list[str] = []
        for nid in doomed_nodes:
            ids.append(nid)
            ref_id = self._nodes[nid].ref_id
            if ref_id is not None:
                ids.append(ref_id)
        carried = [
            link.id
            for link in self._links.values()
            if link.source_id in doomed_nodes or link.target_id in doomed_nodes
        ]
        ids += [lid for lid in dict.fromkeys([*carried, *link_ids]) if lid in self._links]
        if ids:
            self._run(edits.delete_map_items, ids)
        return ids

    def restore(self, entity_ids: Collection[str]) -> ChangeSet:
        """Undo a delete: the nodes, their entities and their links come back as they were."""
        return self._run(edits.restore_map_items, list(entity_ids))

    # -- loading -----------------------------------------------------------

    def reload(self) -> None:
        """Read the whole family again (opening, unlocking, a large sync)."""
        self._read_all()
        self._publish(reset=True)
        self._place_missing()

    def _read_all(self) -> None:
        self._nodes.clear()
        self._tombstoned.clear()
        self._partial.clear()
        self._links.clear()
        self._members.clear()
        self._goals.clear()
        self._actors.clear()
        if not self.service.is_unlocked:
            return
        try:
            read = self.service.on_vault(read_map_entities, self.family_id)
        except VaultError:
            return  # an unreadable map shows nothing
        self._nodes, self._tombstoned, self._links = read.nodes, read.tombstoned, read.links
        self._partial = read.partial
        self._members, self._goals, self._actors = read.members, read.goals, read.actors
        self._no_consent = read.no_consent

    def _on_changed(self, changes: ChangeSet) -> None:
        fid = self.family_id
        if fid not in changes.family_ids:
            return
        touched = {(t, eid) for t, eid in changes.entities(fid) if t in WATCHED_TYPES}
        if not touched:
            return
        if len(touched) >= FULL_RELOAD_AT:
            self._read_all()
            self._publish()
        else:
            for entity_type, entity_id in touched:
                if entity_type != "consent":
                    self._read_one(entity_type, entity_id)
            if {t for t, _ in touched} & {"actor", "consent"}:
                with contextlib.suppress(VaultError):
                    self._no_consent = consent_marks(self.service, fid)
            self._publish_some(touched)
        self._place_missing()

    def _publish_some(self, touched: set[tuple[str, str]]) -> None:
        """Diff only the nodes and links a ChangeSet can have changed (an undo of a
        fifty-node move should not look at the other two hundred and fifty)."""
        types = {t for t, _ in touched}
        nodes = {eid for t, eid in touched if t == "map_node"}
        nodes |= {node_id_for(eid) for t, eid in touched if t in ("member", "goal", "actor")}
        members = {eid for t, eid in touched if t == "member"}
        if members:  # the names on the nodes that concern them
            nodes |= {n.id for n in self._nodes.values() if members & set(n.member_ids)}
            nodes |= {nid for nid, v in self._views.items() if members & set(v.member_ids)}
        if types & {"actor", "consent"}:
            nodes |= {n.id for n in self._nodes.values() if n.kind is NodeKind.ACTOR}
        links = {eid for t, eid in touched if t == "map_link"}
        links |= {
            lid
            for lid, link in self._links.items()
            if link.source_id in nodes or link.target_id in nodes
        }
        links |= {
            lid
            for lid, link in self._shown_links.items()
            if link.source_id in nodes or link.target_id in nodes
        }
        views = dict(self._views)
        for nid in nodes:
            node = self._nodes.get(nid)
            view = None if node is None else self._view_of(node)
            if view is None:
                views.pop(nid, None)
            else:
                views[nid] = view
        shown = dict(self._shown_links)
        for lid in links:
            link = self._links.get(lid)
            if link is not None and link.source_id in views and link.target_id in views:
                shown[lid] = link
            else:
                shown.pop(lid, None)
        self._swap_and_emit(views, shown, nodes, links)

    def _read_one(self, entity_type: str, entity_id: str) -> None:
        stores: dict[str, dict[str, Any]] = {
            "map_node": self._nodes,
            "map_link": self._links,
            "member": self._members,
            "goal": self._goals,
            "actor": self._actors,
        }
        store = stores[entity_type]
        # A node gone is tombstoned (restored, not placed again), one pulled in part is
        # partial (never placed over); one read whole is neither.
        mark: set[str] | None = None
        try:
            store[entity_id] = self.service.load_one(entity_id)
        except NotFound as exc:
            store.pop(entity_id, None)
            mark = self._partial if isinstance(exc, Incomplete) else self._tombstoned
        except VaultError:
            return
        if entity_type == "map_node":
            for marks in (self._partial, self._tombstoned):
                marks.discard(entity_id)
            if mark is not None:
                mark.add(entity_id)

    # -- what is shown -----------------------------------------------------

    def _view_of(self, node: MapNode) -> NodeView | None:
        return node_view(node, self._members, self._goals, self._actors, self._no_consent)

    def _publish(self, reset: bool = False) -> None:
        views: dict[str, NodeView] = {}
        for node in self._nodes.values():
            view = self._view_of(node)
            if view is not None:
                views[node.id] = view
        shown = shown_links(self._links, views)
        if reset:
            self._views, self._shown_links = views, shown
            self.sig_reset.emit()
            return
        every_node = views.keys() | self._views.keys()
        every_link = shown.keys() | self._shown_links.keys()
        self._swap_and_emit(views, shown, every_node, every_link)

    def _swap_and_emit(
        self,
        views: dict[str, NodeView],
        shown: dict[str, MapLink],
        nodes: set[str],
        links: set[str],
    ) -> None:
        """Take the new state, then say what differs among `nodes` and `links`."""
        old_views, old_links = self._views, self._shown_links
        self._views, self._shown_links = views, shown
        for lid in links:
            if lid in old_links and lid not in shown:
                self.sig_link_removed.emit(lid)
        for nid in nodes:
            if nid in old_views and nid not in views:
                self.sig_node_removed.emit(nid)
        for nid in nodes:
            if nid in views and nid not in old_views:
                self.sig_node_added.emit(nid)
        for nid in nodes:
            if nid in views and nid in old_views and views[nid] != old_views[nid]:
                self.sig_node_changed.emit(nid)
        for lid in links:
            if lid in shown and lid not in old_links:
                self.sig_link_added.emit(lid)
        for lid in links:
            if lid in shown and lid in old_links and shown[lid] != old_links[lid]:
                self.sig_link_changed.emit(lid)

    # -- automatic placement -----------------------------------------------

    def _place_missing(self) -> None:
        """Give every live member, goal and actor its node (a write, not an undo step)."""
        if not self.auto_place or not self.service.is_unlocked:
            return
        wanted: list[tuple[NodeKind, str]] = [(NodeKind.MEMBER, m.id) for m in self.members()]
        wanted += [(NodeKind.GOAL, g) for g in self._goals]
        wanted += [(NodeKind.ACTOR, a) for a in self._actors]
        missing = [
            (k, ref)
            for k, ref in wanted
            if node_id_for(ref) not in self._nodes and node_id_for(ref) not in self._partial
        ]
        if not missing:
            return
        revived: list[str] = []
        fresh: list[tuple[NodeKind, str]] = []
        for kind, ref_id in missing:
            nid = node_id_for(ref_id)
            if nid in self._tombstoned:
                revived.append(nid)
            else:
                fresh.append((kind, ref_id))
        placed = place_fresh(fresh, self._nodes.values(), self._members, self._goals, self._actors)
        with contextlib.suppress(VaultError):
            self._run(edits.place_missing, self.family_id, revived, placed)

    # -- writing -----------------------------------------------------------

    def _raw(self, node_id: str) -> MapNode:
        node = self._nodes.get(node_id)
        if node is None:
            raise NotFound(node_id)
        return node

    def _run(self, operation: Callable[..., ChangeSet], *args: Any, **kwargs: Any) -> ChangeSet:
        return self.service.run(operation, *args, initiator=self, **kwargs)
