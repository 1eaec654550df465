"""Undo and redo by keyboard: every key has one owner, so none is "ambiguous" and dead.

Qt's standard Redo keys differ by desktop: Ctrl+Y first on Windows (and under
the offscreen platform these tests run on), Ctrl+Shift+Z on X11 and GNOME. An
action that listed "Ctrl+Shift+Z" and the standard Redo held Ctrl+Shift+Z
twice on Linux; Qt then calls the key an "Ambiguous shortcut overload" and
triggers nothing. The `x11_keys` fixture makes the map see the X11 bindings.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from map_helpers import show_map
from PySide6.QtCore import QMessageLogContext, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from ftbt_desktop.core.family_map import NodeKind
from ftbt_desktop.ui.family_map import map_tab as map_tab_module
from ftbt_desktop.ui.family_map.map_tab import FamilyMapTab
from ftbt_desktop.ui.service import VaultService

pytest_plugins = ("map_helpers",)  # the service and demo_ids fixtures

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
X11_BINDINGS = {
    QKeySequence.StandardKey.Undo: ["Ctrl+Z"],
    QKeySequence.StandardKey.Redo: ["Ctrl+Shift+Z"],
}


class X11KeySequence(QKeySequence):
    """QKeySequence as the xcb platform's X11 keyboard scheme answers it."""

    def __init__(self, *args: object) -> None:
        if len(args) == 1 and args[0] in X11_BINDINGS:
            args = (X11_BINDINGS[args[0]][0],)  # type: ignore[index]
        super().__init__(*args)  # type: ignore[call-overload]

    @staticmethod
    def keyBindings(key: QKeySequence.StandardKey) -> list[QKeySequence]:
        if key in X11_BINDINGS:
            return [QKeySequence(k) for k in X11_BINDINGS[key]]
        return QKeySequence.keyBindings(key)


@pytest.fixture(params=["this platform", "X11"])
def platform_keys(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "X11":
        monkeypatch.setattr(map_tab_module, "QKeySequence", X11KeySequence)
    return str(request.param)


@pytest.fixture
def qt_messages() -> Iterator[list[str]]:
    messages: list[str] = []

    def handler(_kind: QtMsgType, _context: QMessageLogContext, text: str) -> None:
        messages.append(text)

    previous = qInstallMessageHandler(handler)
    yield messages
    qInstallMessageHandler(previous)


def undone_note(qtbot: QtBot, service: VaultService, family_id: str) -> tuple[FamilyMapTab, str]:
    tab = show_map(qtbot, service, family_id, active=True)[0]
    note = tab.add_node(NodeKind.NOTE, (0.0, 600.0), "Madpakke")
    assert note is not None
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key.Key_Z, CTRL)
    assert tab.model.node(note) is None
    return tab, note


@pytest.mark.parametrize(
    "key, modifiers",
    [(Qt.Key.Key_Z, CTRL | SHIFT), (Qt.Key.Key_Y, CTRL)],
    ids=["ctrl+shift+z", "ctrl+y"],
)
def test_redo_keys_redo_without_an_ambiguity(
    qtbot: QtBot,
    service: VaultService,
    demo_ids: list[str],
    platform_keys: str,
    qt_messages: list[str],
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier,
) -> None:
    tab, note = undone_note(qtbot, service, demo_ids[0])
    QTest.keyClick(tab.view, key, modifiers)

    assert tab.model.node(note) is not None
    assert tab.model.node(note).label == "Madpakke"
    assert not [m for m in qt_messages if "mbiguous" in m]


def test_no_key_of_the_map_has_two_owners(
    qtbot: QtBot, service: VaultService, demo_ids: list[str], platform_keys: str
) -> None:
    tab = show_map(qtbot, service, demo_ids[0], active=True)[0]
    owners: dict[str, list[str]] = {}
    for name, action in tab.actions_by_name.items():
        for key in action.shortcuts():
            owners.setdefault(key.toString(), []).append(name)
    assert {key: names for key, names in owners.items() if len(names) > 1} == {}
    redo = {k.toString() for k in tab.actions_by_name["redo"].shortcuts()}
    assert {"Ctrl+Shift+Z", "Ctrl+Y"} <= redo
    assert "Ctrl+Z" in {k.toString() for k in tab.actions_by_name["undo"].shortcuts()}
