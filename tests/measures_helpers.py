"""Shared set-up for the Measures and Network tab tests: a real vault with the demo
families, the workspace showing the active demo family, and small click helpers."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QRadioButton
from pytestqt.qtbot import QtBot

from ftbt_desktop.storage.demo import add_demo_families
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.workspace import FamilyWorkspace


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """A real mouse click in the middle of the button (it must be shown and enabled)."""
    assert button.isVisible(), button.objectName()
    assert button.isEnabled(), button.objectName()
    pos = button.rect().center()
    if isinstance(button, QCheckBox | QRadioButton):
        # Only the box and its words take the click, and a box in a stretched
        # layout is wider than those: aim at the box.
        pos = QPoint(10, button.height() // 2)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=pos)


def make_workspace(qtbot: QtBot, service: VaultService) -> FamilyWorkspace:
    workspace = FamilyWorkspace(service)
    qtbot.addWidget(workspace)
    workspace.resize(1200, 900)
    workspace.show()
    return workspace


def demo_family(service: VaultService) -> tuple[str, dict[str, str]]:
    """The active demo family's id and its members' ids by first name."""
    family_id = service.on_vault(add_demo_families)[0]
    members = {m.name.split()[0]: m.id for m in service.members(family_id)}
    return family_id, members
