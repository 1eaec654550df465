"""Toolbar icons are drawn at the size and pixel density asked for (sharp at 200 %
scaling, not a 1× image blown up), and their strokes follow the palette (readable on
a dark theme). Real icons, rendered offscreen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication

from ftbt_desktop.core.family_map import NodeKind
from ftbt_desktop.ui.family_map.extra_icons import extra_icon
from ftbt_desktop.ui.family_map.toolbar_icons import drawn_icon, kind_icon

ICONS = {
    "goal": lambda: kind_icon(NodeKind.GOAL),
    "undo": lambda: drawn_icon("undo"),
    "delete": lambda: drawn_icon("delete"),
    "export": lambda: extra_icon("export"),
    "family_view": lambda: extra_icon("family_view"),
}


def opaque_pixels(image: QImage) -> list[QColor]:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return [
        image.pixelColor(x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 200
    ]


@pytest.mark.parametrize("name", sorted(ICONS))
def test_an_icon_at_200_percent_is_drawn_there_not_blown_up(qapp: QApplication, name: str) -> None:
    icon: QIcon = ICONS[name]()
    single = icon.pixmap(QSize(32, 32), 1.0)
    double = icon.pixmap(QSize(32, 32), 2.0)
    assert (single.width(), single.height()) == (32, 32)
    assert (double.width(), double.height()) == (64, 64)
    assert double.devicePixelRatio() == 2.0
    blown_up = single.toImage().scaled(
        64, 64, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.FastTransformation
    )
    sharp = double.toImage().convertToFormat(blown_up.format())
    differing = sum(
        1
        for y in range(64)
        for x in range(64)
        if sharp.pixelColor(x, y).alpha() // 32 != blown_up.pixelColor(x, y).alpha() // 32
    )
    assert differing > 64 * 64 // 50  # edges drawn at the finer grid, not copied


@pytest.fixture
def dark_palette(qapp: QApplication) -> Iterator[None]:
    before = QPalette(qapp.palette())
    dark = QPalette(before)
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Button, "#2b2c2f"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
    ):
        dark.setColor(role, QColor(colour))
    qapp.setPalette(dark)
    try:
        yield
    finally:
        qapp.setPalette(before)


def lightness(icon: QIcon) -> float:
    pixels = opaque_pixels(icon.pixmap(QSize(32, 32)).toImage())
    assert pixels
    return sum(p.lightness() for p in pixels) / len(pixels)


def test_strokes_follow_a_dark_theme(qapp: QApplication, dark_palette: None) -> None:
    for name in ("undo", "delete", "export", "family_view"):
        assert lightness(ICONS[name]()) > 180, name  # light strokes on the dark toolbar


def test_strokes_are_dark_on_a_light_theme(qapp: QApplication) -> None:
    light = qapp.palette().color(QPalette.ColorRole.ButtonText).lightness()
    assert light < 100  # the default palette here is a light one
    for name in ("undo", "delete", "export"):
        assert lightness(ICONS[name]()) < 100, name
