"""The demo family comes with a drawn map: the first start and `ftbt-desktop demo` show it."""

from __future__ import annotations

from collections import Counter

from pytestqt.qtbot import QtBot

from ftbt_desktop.core.family_map import LinkKind, MapSnapshot, NodeKind
from ftbt_desktop.mapdraw.snapshot_map import SnapshotMap
from ftbt_desktop.storage.demo_map import FIRST_VISIT
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.ui.family_map.map_model import FamilyMapModel
from ftbt_desktop.ui.service import VaultService

pytest_plugins = ("map_helpers",)  # the service and drawn_demo_ids fixtures


def test_the_demo_family_has_a_drawn_map_with_every_kind_of_thing(
    qtbot: QtBot, service: VaultService, drawn_demo_ids: list[str]
) -> None:
    family, closed = drawn_demo_ids
    changes_before = len(service.on_vault(Repository.changes, family))
    model = FamilyMapModel(service, family)
    # Drawn by the demo: opening the map places nothing more.
    assert len(service.on_vault(Repository.changes, family)) == changes_before

    kinds = Counter(v.kind for v in model.nodes())
    assert kinds[NodeKind.MEMBER] == 5
    assert kinds[NodeKind.CHALLENGE] >= 2 and kinds[NodeKind.STRENGTH] >= 2
    assert kinds[NodeKind.GOAL] == len(service.load(family, "goal"))  # the plan's goals
    assert kinds[NodeKind.ACTOR] == len(service.load(family, "actor"))  # the network's actors
    assert [v.label for v in model.nodes() if v.internal] == ["Overvej samtale med PPR om Freja"]
    link_kinds = {link.kind for link in model.links()}
    assert {LinkKind.STRAINS, LinkKind.SUPPORTS, LinkKind.STRONG, LinkKind.WEAK} <= link_kinds
    places = [(v.x, v.y) for v in model.nodes()]
    assert len(set(places)) == len(places)  # nothing drawn on top of something else
    stress = next(v for v in model.nodes() if v.label == "Sygemeldt med stress")
    assert stress.member_names == ("Mette Holm",)
    mette = model.node_for(next(m.id for m in model.members() if m.name == "Mette Holm"))
    assert (mette.x, mette.y) == (-100.0, 0.0)  # the genogram: adults above
    assert FamilyMapModel(service, closed).links() == []  # the closed demo family: no drawing
    model.close()


def test_the_demo_first_visit_snapshot_reads_like_the_editor_s_own(
    qtbot: QtBot, service: VaultService, drawn_demo_ids: list[str]
) -> None:
    family = drawn_demo_ids[0]
    snapshots: list[MapSnapshot] = service.load(family, "map_snapshot")
    assert [s.name for s in snapshots] == [FIRST_VISIT]
    stored = SnapshotMap(snapshots[0].content)
    model = FamilyMapModel(service, family)
    live = {v.id: v for v in model.nodes()}
    assert stored.nodes() and stored.links()
    # The same JSON the editor stores: each node reads back as the live map shows it.
    for view in stored.nodes():
        assert view == live[view.id]
    assert not [v for v in stored.nodes() if v.kind is NodeKind.GOAL]  # before the goals
    assert len(stored.links()) < len(model.links())
    model.close()
