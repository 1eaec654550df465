"""Two families in one vault, and family view opened on one: for the map and family-view tests."""

from __future__ import annotations

from pathlib import Path

from conftest import PASSPHRASE
from pytestqt.qtbot import QtBot

from ftbt_desktop.core.family_map import NodeKind, Visibility
from ftbt_desktop.storage import keys
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.family_map.kitchen_window import KitchenTableWindow
from ftbt_desktop.ui.family_map.map_extras import MapExtras
from ftbt_desktop.ui.family_map.map_tab import FamilyMapTab
from ftbt_desktop.ui.main_window import MainWindow

OUR_FAMILY = "Familien Holm"


OTHER_FAMILY = "Familien Andersen"


OTHER_MEMBER = "Bodil Andersen"


INTERNAL_LABEL = "Underretning overvejes"


GOAL_TEXT = "Mette vil tilbage på arbejde"


ACTOR = "Jobcentret"


def make_two_family_vault(data_dir: Path) -> str:
    """Our family (members, a goal, a family node and an internal note) and another family."""
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    repo = Repository(vault)
    ours = str(repo.create_family(OUR_FAMILY).primary_id)
    mette = str(repo.add_member(ours, "Mette Holm", "parent", 1988).primary_id)
    repo.add_member(ours, "Freja Holm", "child", 2015)
    repo.create_entity("goal", ours, text=GOAL_TEXT, member_ids=[mette], status="active")
    repo.create_entity("goal", ours, text="Gammelt mål", status="reached")
    repo.create_entity("actor", ours, name=ACTOR, kind="jobcenter")  # no consent yet
    repo.create_entity(
        "map_node", ours, kind="challenge", label="Stress", x=0.0, y=-200.0, visibility="family"
    )
    repo.create_entity(
        "map_node",
        ours,
        kind=NodeKind.NOTE.value,
        label=INTERNAL_LABEL,
        x=300.0,
        y=-200.0,
        visibility=Visibility.INTERNAL.value,
    )
    other = str(repo.create_family(OTHER_FAMILY).primary_id)
    repo.add_member(other, OTHER_MEMBER, "parent", 1979)
    vault.close(backup=False)
    return ours


def open_family_view(qtbot: QtBot, window: MainWindow) -> KitchenTableWindow:
    map_tab = window.workspace.map_tab.current_map
    assert isinstance(map_tab, FamilyMapTab)
    assert map_tab.findChild(MapExtras) is not None
    map_tab.actions_by_name["family_view"].trigger()
    kitchen = window.kitchen_mode.window
    assert kitchen is not None
    qtbot.waitExposed(kitchen)
    return kitchen
