"""Keyboard focus can be seen on every focusable widget (EN 301 549 11.2.4.7, WCAG 2.4.7).

Issue 12 found none on the unlock page's buttons and on focusable scroll areas.
These tests press Tab as a keyboard user does and look at the pixels drawn
(`QWidget.grab`): around each widget that has the focus the ring must be
there, in a colour with at least 3:1 contrast against the window (WCAG 1.4.11).
"""

from __future__ import annotations

from pathlib import Path

from conftest import PASSPHRASE
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from ui_shell_helpers import make_vault, make_window, unlock

from ftbt_desktop.storage.demo import add_demo_families
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.accessibility import RING_OUTER, RING_WIDTH
from ftbt_desktop.ui.main_window import MainWindow


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def on_screen(widget: QWidget) -> QRect:
    """The part of `widget` (in its own coordinates) that its ancestors do not clip."""
    rect = widget.rect()
    parent = widget.parentWidget()
    while parent is not None:
        clip = QRect(widget.mapFrom(parent, QPoint(0, 0)), parent.size())
        rect = rect.intersected(clip)
        if parent.isWindow():
            break
        parent = parent.parentWidget()
    return rect


def ring_pixels(window: QWidget, widget: QWidget) -> list[QColor]:
    """The colours drawn on the sides of `widget` one pixel in from its edge, where that
    side is on screen (a tall table in a scroll area may show only its top)."""
    image: QImage = window.grab().toImage()
    origin = widget.mapTo(window, QPoint(0, 0))
    w, h = widget.width(), widget.height()
    inset = RING_WIDTH // 2
    points = [
        QPoint(w // 2, inset),
        QPoint(w // 2, h - 1 - inset),
        QPoint(inset, h // 2),
        QPoint(w - 1 - inset, h // 2),
    ]
    visible = on_screen(widget)
    shown = [p for p in points if visible.contains(p)]
    assert len(shown) >= 2, f"{type(widget).__name__} is hardly on screen"
    return [image.pixelColor(origin + p) for p in shown]


def assert_ring_on(window: QWidget, widget: QWidget) -> None:
    QApplication.processEvents()
    colours = ring_pixels(window, widget)
    assert all(c.rgb() == RING_OUTER.rgb() for c in colours), (
        f"no focus ring on {type(widget).__name__} {widget.objectName()!r}: "
        f"{[c.name() for c in colours]}"
    )


def tab_through(
    qtbot: QtBot, window: MainWindow, stops: int, within: QWidget | None = None
) -> list[QWidget]:
    """Tab up to `stops` times (while the focus stays `within`), checking each stop."""
    seen: list[QWidget] = []
    for _ in range(stops):
        focus = QApplication.focusWidget()
        assert focus is not None
        QTest.keyClick(focus, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        assert focus is not None
        if focus in seen or (within is not None and not within.isAncestorOf(focus)):
            break
        seen.append(focus)
        assert_ring_on(window, focus)
    return seen


def test_the_ring_contrasts_with_the_window() -> None:
    background = QApplication.palette().window().color()
    base = QApplication.palette().base().color()
    assert contrast(RING_OUTER, background) >= 3.0
    assert contrast(RING_OUTER, base) >= 3.0


def test_tab_on_the_unlock_page_shows_where_the_focus_is(qtbot: QtBot, data_dir: Path) -> None:
    make_vault(data_dir, PASSPHRASE)
    window = make_window(qtbot, data_dir)
    page = window.unlock_page
    qtbot.waitUntil(page.passphrase.hasFocus)
    assert_ring_on(window, page.passphrase)
    seen = tab_through(qtbot, window, 8)
    assert page.unlock_button in seen and page.forgot in seen
    assert all(isinstance(w, QWidget) for w in seen)
    # And the ring leaves a widget when the focus does.
    page.forgot.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    before = ring_pixels(window, page.forgot)
    page.passphrase.setFocus()
    after = ring_pixels(window, page.forgot)
    assert QApplication.focusWidget() is page.passphrase
    assert all(c.rgb() == RING_OUTER.rgb() for c in before) != (before == after)
    assert not any(c.rgb() == RING_OUTER.rgb() for c in after)


def test_tab_through_a_family_page_rings_buttons_tables_and_scroll_areas(
    qtbot: QtBot, data_dir: Path
) -> None:
    make_vault(data_dir, PASSPHRASE)
    vault = Vault.open(data_dir, PASSPHRASE)
    family_id = add_demo_families(Repository(vault))[0]
    vault.close(backup=False)
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    window.family_list.select_family(family_id)
    workspace = window.workspace
    workspace.tab_widget.setCurrentWidget(workspace.measures_tab)
    mette = next(m for m in window.service.members(family_id) if m.name.startswith("Mette"))
    workspace.measures_tab.select_person(mette.id)
    workspace.measures_tab.person_combo.setFocus()
    seen = tab_through(qtbot, window, 40, within=workspace.measures_tab)
    kinds = {type(w) for w in seen}
    assert any(issubclass(k, QPushButton) for k in kinds)
    assert any(issubclass(k, QAbstractScrollArea) for k in kinds)  # a table or the page
    assert workspace.measures_tab.scroll in seen
