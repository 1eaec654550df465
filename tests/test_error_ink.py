"""Error text reads on a dark theme as on a light one (WCAG AA, 4.5:1), and follows a
theme switched while the app runs. Real labels, real palettes (offscreen)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from ftbt_desktop.ui.error_ink import AA_TEXT, contrast
from ftbt_desktop.ui.workspace.inline import MessageLine
from ftbt_desktop.ui.workspace.page_frame import error_label

DARK = {"Window": "#202124", "WindowText": "#e8eaed", "Base": "#2b2c2f", "Text": "#e8eaed"}


def palette_of(colours: dict[str, str], base: QPalette) -> QPalette:
    palette = QPalette(base)
    for role, colour in colours.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    return palette


@pytest.fixture
def restore_palette(qapp: QApplication) -> Iterator[QPalette]:
    before = QPalette(qapp.palette())
    yield before
    qapp.setPalette(before)


def text_colour(label: QLabel) -> QColor:
    match = re.search(r"color:\s*(#[0-9a-fA-F]{6})", label.styleSheet())
    assert match, label.styleSheet()
    return QColor(match.group(1))


HOSTS: list[QWidget] = []  # kept, so Python does not delete the labels' parent


def labels(qtbot: QtBot) -> list[QLabel]:
    host = QWidget()
    qtbot.addWidget(host)
    HOSTS.append(host)
    line = MessageLine("message", host)
    line.show_message("Datoen mangler.")
    shown = error_label(host)
    shown.setText("Gemmes ikke.")
    shown.show()
    host.show()
    return [line, shown]


def check(labels: list[QLabel]) -> None:
    QApplication.processEvents()
    for label in labels:
        background = label.parentWidget().palette().color(QPalette.ColorRole.Window)
        assert contrast(text_colour(label), background) >= AA_TEXT, label.objectName()
        assert "bold" in label.styleSheet()  # never colour alone


def test_error_text_reads_on_the_light_theme(qtbot: QtBot, restore_palette: QPalette) -> None:
    check(labels(qtbot))


def test_error_text_reads_on_a_dark_theme(
    qtbot: QtBot, qapp: QApplication, restore_palette: QPalette
) -> None:
    qapp.setPalette(palette_of(DARK, restore_palette))
    made = labels(qtbot)
    check(made)
    assert text_colour(made[0]).lightness() > 128  # a light red, not the light theme's


def test_error_text_follows_a_theme_switched_while_running(
    qtbot: QtBot, qapp: QApplication, restore_palette: QPalette
) -> None:
    made = labels(qtbot)
    light_red = text_colour(made[0])
    qapp.setPalette(palette_of(DARK, restore_palette))
    check(made)
    assert text_colour(made[0]) != light_red
    qapp.setPalette(restore_palette)
    check(made)
    assert text_colour(made[0]) == light_red


def test_a_note_is_not_red(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    line = MessageLine("message", host)
    line.show_note("Gemt.")
    assert "color" not in line.styleSheet()
