"""Shared pieces of the Goals and plan and the Visits tests: a family, the workspace
opened on a tab, the Danish catalogue compiled afresh, entities written directly."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ftbt_desktop.core.model import MemberRole
from ftbt_desktop.operations.records import add_record
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.workspace import FamilyWorkspace
from ftbt_desktop.words.translations import install_translators

ROOT = Path(__file__).resolve().parents[1]


def make_family(service: VaultService) -> tuple[str, dict[str, str]]:
    """A family of four; returns its id and the member ids by first name."""
    family_id = str(service.create_family("Familien Holm").primary_id)
    people = (
        ("Mette", MemberRole.PARENT, 1988),
        ("Jonas", MemberRole.PARTNER, 1985),
        ("Freja", MemberRole.CHILD, 2015),
        ("Oscar", MemberRole.CHILD, 2021),
    )
    ids = {}
    for name, role, year in people:
        ids[name] = str(service.add_member(family_id, name, role, year).primary_id)
    return family_id, ids


def open_workspace(
    qtbot: QtBot, service: VaultService, family_id: str, title: str
) -> FamilyWorkspace:
    """The real workspace on `family_id`, with the tab called `title` in front."""
    workspace = FamilyWorkspace(service)
    qtbot.addWidget(workspace)
    workspace.resize(1100, 800)
    workspace.show()
    workspace.show_family(family_id)
    tabs = workspace.tab_widget
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == title)
    tabs.setCurrentIndex(index)
    qtbot.waitUntil(lambda: tabs.currentWidget().isVisible())
    return workspace


def create(service: VaultService, entity_type: str, family_id: str, **fields: Any) -> str:
    return str(service.run(add_record, entity_type, family_id, {**fields}).primary_id)


def install_danish(app: QApplication, folder: Path) -> None:
    """Compile the Danish sources into `folder` and switch the app to Danish."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    tool = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
    assert tool, "pyside6-lrelease not found"
    ts = ROOT / "resources" / "translations" / "ftbt_da.ts"
    subprocess.run([tool, "-silent", str(ts), "-qm", str(folder / "ftbt_da.qm")], check=True)
    assert install_translators(app, "da", qm_dir=folder) == "da"
