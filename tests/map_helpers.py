"""Shared pieces of the map tests: a service over a real vault with the demo families."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from ftbt_desktop.core.family_map import NodeKind
from ftbt_desktop.core.model import Member
from ftbt_desktop.storage.demo import add_demo_families
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.family_map.map_extras import MapExtras
from ftbt_desktop.ui.family_map.map_model import FamilyMapModel
from ftbt_desktop.ui.family_map.map_tab import FamilyMapTab
from ftbt_desktop.ui.service import VaultService


@pytest.fixture
def service(data_dir: Path, vault: Vault) -> VaultService:
    service = VaultService(data_dir)
    service.attach(vault)
    return service


@pytest.fixture
def demo_ids(service: VaultService) -> list[str]:
    """[Holm-Kristensen (five members), Jensen (two, closed)], maps not drawn yet.

    The editor's tests start from the map the editor itself lays out; the demo's
    drawn map has its own tests (test_demo_map.py).
    """
    return service.on_vault(add_demo_families, draw_map=False)


@pytest.fixture
def drawn_demo_ids(service: VaultService) -> list[str]:
    """The demo families as the app adds them: Holm-Kristensen's map drawn."""
    return service.on_vault(add_demo_families)


def member(model: FamilyMapModel, first_name: str) -> Member:
    return next(m for m in model.members() if m.name.split()[0] == first_name)


def member_node_id(model: FamilyMapModel, first_name: str) -> str:
    view = model.node_for(member(model, first_name).id)
    assert view is not None
    return view.id


def map_state(model: FamilyMapModel) -> dict[str, Any]:
    """The model's map, order-free, for comparing two moments."""
    content = model.snapshot_content()
    return {
        "nodes": sorted(content["nodes"], key=lambda n: n["id"]),
        "links": sorted(content["links"], key=lambda link: link["id"]),
    }


def vault_nodes(service: VaultService, family_id: str) -> dict[str, Any]:
    """What the vault itself holds, read through a fresh repository call."""
    return {n.id: n for n in service.load(family_id, "map_node")}


def ids(entities: Iterable[Any]) -> set[str]:
    return {e.id for e in entities}


def member_nodes(service: VaultService, family_id: str) -> list[Any]:
    return [n for n in vault_nodes(service, family_id).values() if n.kind is NodeKind.MEMBER]


def non_member_nodes(model: FamilyMapModel) -> list[str]:
    return sorted(v.label for v in model.nodes() if v.kind is not NodeKind.MEMBER)


def show_map(
    qtbot: QtBot,
    service: VaultService,
    family_id: str,
    kitchen_mode: bool = False,
    size: tuple[int, int] = (1100, 750),
    active: bool = False,
) -> tuple[FamilyMapTab, MapExtras]:
    """A family's map tab as the workspace has it (with snapshots and export), on screen.

    `active` waits until it is the active window: shortcuts only fire there.
    """
    tab = FamilyMapTab(service, family_id, kitchen_mode=kitchen_mode)
    extras = MapExtras(tab)
    qtbot.addWidget(tab)
    tab.resize(*size)
    tab.show()
    qtbot.waitExposed(tab)
    if active:
        tab.activateWindow()
        qtbot.waitUntil(tab.isActiveWindow)
        tab.view.setFocus()
    return tab, extras
