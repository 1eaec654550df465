"""Issue 12, item 6: family view at 1280×720 shows every word whole.

A laptop screen at the kitchen table, in Danish (the longest words) and in
English: the map's toolbar buttons show their words in full (no "Ud…ng"),
the hexagons' words are not cut, and a refused passphrase (leaving family
view, or unlocking after a lock there) is shown below its field, whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from map_kitchen_helpers import make_two_family_vault, open_family_view
from plan_helpers import install_danish
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QToolButton, QWidget
from pytestqt.qtbot import QtBot
from ui_shell_helpers import WAIT_MS, click, make_window, unlock

from ftbt_desktop.core.family_map import NodeKind
from ftbt_desktop.mapdraw.node_item import NodeItem
from ftbt_desktop.operations.records import add_record
from ftbt_desktop.ui.family_map.kitchen_window import KitchenTableWindow
from ftbt_desktop.ui.main_window import MainWindow
from ftbt_desktop.words.translations import install_translators

SCREEN = (1280, 720)
# Long Danish words the family writes on the map: a compound wider than a hexagon's line.
LONG_CHALLENGE = "Forældresamarbejdet med skolen og sommerferien"


@pytest.fixture(params=["da", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    if request.param == "da":
        install_danish(qapp, tmp_path)
    else:
        install_translators(qapp, "en")
    yield request.param
    install_translators(qapp, "en")


@pytest.fixture
def shell(qtbot: QtBot, data_dir: Path) -> Iterator[tuple[MainWindow, str]]:
    family_id = make_two_family_vault(data_dir)
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    window.family_list.select_family(family_id)
    yield window, family_id
    window.kitchen_mode._close_window()  # never leave a full-screen window to the next test


def family_view_on_a_laptop(qtbot: QtBot, window: MainWindow) -> KitchenTableWindow:
    kitchen = open_family_view(qtbot, window)
    # Full screen on a 1280×720 screen (the offscreen screen is another size).
    kitchen.showNormal()
    kitchen.setGeometry(0, 0, *SCREEN)
    qtbot.waitUntil(lambda: kitchen.size().toTuple() == SCREEN, timeout=WAIT_MS)
    QApplication.processEvents()
    return kitchen


def in_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def test_the_toolbar_words_are_shown_whole_at_1280x720(
    qtbot: QtBot, shell: tuple[MainWindow, str], language: str
) -> None:
    window, _ = shell
    kitchen = family_view_on_a_laptop(qtbot, window)
    buttons = [
        b
        for b in kitchen.map_tab.toolbar.findChildren(QToolButton)
        if b.defaultAction() and b.defaultAction().isVisible()
    ]
    assert len(buttons) >= 12  # five kinds, link, delete, undo, redo, fit, snapshot, compare
    for button in buttons:
        text = button.text()
        assert button.isVisible(), f"{text!r} pushed off the toolbar"
        assert in_window(button).right() <= kitchen.width(), text
        words = QFontMetricsF(button.font()).horizontalAdvance(text)
        # The style draws a word whole only with its hint's width; less is "Ud…ng".
        assert button.width() >= button.sizeHint().width(), (text, button.width())
        assert button.width() >= words, (text, button.width(), words)


def test_hexagon_words_are_not_cut_in_family_view(
    qtbot: QtBot, shell: tuple[MainWindow, str], language: str
) -> None:
    window, family_id = shell
    window.service.run(
        add_record,
        "map_node",
        family_id,
        {"kind": "challenge", "label": LONG_CHALLENGE, "x": 0.0, "y": 300.0},
    )
    kitchen = family_view_on_a_laptop(qtbot, window)
    items = [i for i in kitchen.map_tab.scene.node_items() if i.view.kind is NodeKind.CHALLENGE]
    assert {i.view.label for i in items} >= {"Stress", LONG_CHALLENGE}
    for item in items:
        assert isinstance(item, NodeItem)
        lines = item._label_lines
        width = item._text_rect().width()
        metrics = QFontMetricsF(item._label_font)
        assert "…" not in "".join(lines), lines
        assert "".join(lines).replace(" ", "") == item.view.label.replace(" ", ""), lines
        for line in lines:
            assert metrics.horizontalAdvance(line) <= width, (line, width)


def assert_below_and_whole(message: QLabel, field: QWidget) -> None:
    assert message.isVisible() and message.text()
    assert message.wordWrap()
    assert not in_window(message).intersects(in_window(field)), (
        in_window(message),
        in_window(field),
    )
    assert message.height() >= message.heightForWidth(message.width()), message.text()
    assert message.width() <= message.window().width()


def test_a_wrong_passphrase_to_leave_is_shown_whole_below_the_field(
    qtbot: QtBot, shell: tuple[MainWindow, str], language: str
) -> None:
    window, _ = shell
    kitchen = family_view_on_a_laptop(qtbot, window)
    click(qtbot, kitchen.leave_button)
    dialog = kitchen.leave_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.passphrase, "forkert sætning")
    click(qtbot, dialog.leave_button)
    qtbot.waitUntil(lambda: dialog.leave_button.isEnabled(), timeout=WAIT_MS)
    QApplication.processEvents()
    assert_below_and_whole(dialog.feedback, dialog.passphrase)
    assert not in_window(dialog.feedback).intersects(in_window(dialog.buttons))
    dialog.reject()


def test_a_wrong_passphrase_after_a_lock_in_family_view_is_shown_whole(
    qtbot: QtBot, shell: tuple[MainWindow, str], language: str
) -> None:
    window, _ = shell
    family_view_on_a_laptop(qtbot, window)
    window.lock()
    window.resize(*SCREEN)
    page = window.unlock_page
    qtbot.waitUntil(lambda: window.current_page() is page, timeout=WAIT_MS)
    qtbot.keyClicks(page.passphrase, "forkert sætning")
    click(qtbot, page.unlock_button)
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=WAIT_MS)
    QApplication.processEvents()
    assert_below_and_whole(page.error, page.passphrase)
    unlock(qtbot, window, PASSPHRASE)  # family view comes back; the fixture closes it
    qtbot.waitUntil(lambda: window.kitchen_mode.active, timeout=WAIT_MS)


def test_f6_opens_the_map_as_a_list_in_family_view_without_its_button(
    qtbot: QtBot, shell: tuple[MainWindow, str], language: str
) -> None:
    window, _ = shell
    kitchen = family_view_on_a_laptop(qtbot, window)
    as_list = kitchen.map_tab.as_list
    assert not as_list.isVisible()
    kitchen.map_tab.view.setFocus()
    qtbot.waitUntil(kitchen.map_tab.view.hasFocus, timeout=WAIT_MS)
    QTest.keyClick(kitchen.map_tab.view, Qt.Key.Key_F6)
    qtbot.waitUntil(as_list.isVisible, timeout=WAIT_MS)
    assert as_list.row_texts()
