"""Snapshots of the map: saved with a name and date, shown beside the live map, unchanged by edits."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import PASSPHRASE
from map_helpers import member_node_id, show_map
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from ftbt_desktop.core.family_map import LinkKind, MapSnapshot, NodeKind
from ftbt_desktop.mapdraw.snapshot_map import SnapshotMap
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.family_map.map_extras import MapExtras
from ftbt_desktop.ui.family_map.snapshots import default_snapshot_name
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.words.common import date_text, value_text

pytest_plugins = ("map_helpers",)  # the service and demo_ids fixtures


def shown(extras: MapExtras) -> dict[str, tuple[str, float, float]]:
    """What the snapshot pane's scene draws: label and place per node."""
    assert extras.pane is not None
    return {
        item.node_id: (item.view.label, item.pos().x(), item.pos().y())
        for item in extras.pane.scene.node_items()
    }


def test_the_snapshot_keeps_the_old_map_after_edits(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    family_id = demo_ids[0]
    tab, extras = show_map(qtbot, service, family_id, size=(1200, 800))
    mette = member_node_id(tab.model, "Mette")
    stress = tab.add_node(NodeKind.CHALLENGE, (0.0, -300.0), "Stress")
    goal = tab.add_node(NodeKind.GOAL, (200.0, 450.0), "Arbejde 15 timer")
    assert stress and goal
    tab.link_nodes(stress, mette, LinkKind.STRAINS)
    before = tab.model.snapshot_content()

    snapshot_id = extras.save_snapshot("Første besøg")
    assert snapshot_id is not None

    # Edits after the snapshot: words, a place, a new node, a deleted node.
    tab.relabel(stress, "Mindre stress")
    tab.relabel(goal, "Arbejde 25 timer")
    tab.move_nodes({mette: (0.0, 0.0)}, {mette: (-400.0, 80.0)})
    tab.add_node(NodeKind.STRENGTH, (500.0, 0.0), "Mormor hjælper")
    tab.delete_items([stress])

    pane = extras.set_compare(True)
    assert pane is not None and pane.isVisible()
    assert pane.shown_snapshot_id() == snapshot_id
    old = shown(extras)
    assert old[stress][0] == "Stress"
    assert old[goal][0] == "Arbejde 15 timer"
    by_id = {n["id"]: n for n in before["nodes"]}
    assert (old[mette][1], old[mette][2]) == (by_id[mette]["x"], by_id[mette]["y"])
    assert "Mormor hjælper" not in [label for label, _, _ in old.values()]
    assert len(pane.scene.link_items()) == len(before["links"]) == 1
    # …while the live map has moved on.
    live = {v.id: v for v in tab.model.nodes()}
    assert stress not in live and live[goal].label == "Arbejde 25 timer"
    assert (live[mette].x, live[mette].y) == (-400.0, 80.0)
    # It opens on the same part of the map at the same zoom as the live map.
    assert pane.view.zoom() == tab.view.zoom()
    # Read-only: the snapshot's view passes no input to its scene.
    assert not pane.view.isInteractive()
    assert tab.view.parentWidget() is extras.splitter is pane.parentWidget()


def test_save_snapshot_dialog_names_the_first_visit_and_shows_today(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    family_id = demo_ids[0]
    _tab, extras = show_map(qtbot, service, family_id, size=(1200, 800))
    dialog = extras.open_save_snapshot()
    assert dialog.name() == default_snapshot_name(0)
    assert dialog.date_label.text() == date_text(dt.date.today().isoformat())
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    snapshots: list[MapSnapshot] = service.load(family_id, "map_snapshot")
    assert [(s.name, s.date) for s in snapshots] == [
        (default_snapshot_name(0), dt.date.today().isoformat())
    ]
    assert extras.open_save_snapshot().name() == default_snapshot_name(1)
    assert default_snapshot_name(1) != default_snapshot_name(0)
    # A snapshot is a change: History lists it.
    history = service.history(family_id)
    content = next(
        e for e in history if e.change.entity_type == "map_snapshot" and e.change.field == "content"
    )
    assert content.entity_label == default_snapshot_name(0)
    # History says how much was copied, not pages of JSON.
    shown = value_text("content", content.new_value)
    assert shown.startswith(str(len(snapshots[0].content["nodes"]))) and "{" not in shown


def test_snapshots_survive_closing_the_vault_and_compare_picks_any(
    qtbot: QtBot, data_dir: Path, service: VaultService, demo_ids: list[str]
) -> None:
    family_id = demo_ids[0]
    tab, extras = show_map(qtbot, service, family_id, size=(1200, 800))
    first = extras.save_snapshot("Første besøg")
    note = tab.add_node(NodeKind.NOTE, (0.0, 600.0), "Ny aftale")
    second = extras.save_snapshot("Andet besøg")
    tab.close_map()
    service.lock()

    service.attach(Vault.open(data_dir, PASSPHRASE))
    tab2, extras2 = show_map(qtbot, service, family_id, size=(1200, 800))
    pane = extras2.set_compare(True)
    assert pane is not None
    assert [s.id for s in pane.snapshots()] == [first, second]
    assert pane.shown_snapshot_id() == second  # the newest first
    assert note in shown(extras2)
    pane.show_snapshot(str(first))
    assert pane.shown_snapshot_id() == first
    assert note not in shown(extras2)
    extras2.set_compare(False)
    assert not pane.isVisible()
    tab2.close_map()


def test_snapshot_map_reads_what_it_can_and_skips_the_rest() -> None:
    source = SnapshotMap(
        {
            "nodes": [
                {"id": "a", "kind": "challenge", "label": "Gæld", "x": 1, "y": 2},
                {"id": "b", "kind": "no-such-kind", "label": "?"},
                {"kind": "note"},
            ],
            "links": [{"id": "l", "source_id": "a", "target_id": "b", "kind": "strains"}],
        }
    )
    assert [(v.id, v.label, v.x, v.y) for v in source.nodes()] == [("a", "Gæld", 1.0, 2.0)]
    assert source.links() == []  # its other end could not be read
