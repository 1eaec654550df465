"""Building blocks shared by the full-window pages: a centred column and a busy bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.ui.error_ink import style_as_error

COLUMN_WIDTH = 560
COLUMN_MIN_WIDTH = 360


class CenteredPage(QWidget):
    """A page whose content sits in one readable column in the middle of the window.

    Holds no text of its own: `tr()` takes its context from the subclass.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QWidget()
        column.setMinimumWidth(COLUMN_MIN_WIDTH)
        column.setMaximumWidth(COLUMN_WIDTH)
        self.body = QVBoxLayout(column)
        self.body.setSpacing(12)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 3)
        row.addStretch(1)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addStretch(1)
        inner_layout.addLayout(row)
        inner_layout.addStretch(2)
        # A small window (or large system fonts) scrolls rather than clipping text.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.scroll = scroll  # named after the page title (add_title): Tab stops on it

    def add_title(self, text: str) -> QLabel:
        label = QLabel(text)
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        label.setFont(font)
        label.setWordWrap(True)
        label.setAccessibleName(text)
        self.scroll.setAccessibleName(text)
        self.body.addWidget(label)
        return label

    def add_text(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.body.addWidget(label)
        return label

    def add_error_label(self) -> QLabel:
        label = error_label()
        self.body.addWidget(label)
        return label


def error_label(parent: QWidget | None = None) -> QLabel:
    """A label for refusals and failures: hidden until there is something to say."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName("error")
    # Bold as well as red, in a red that reads on this theme (ui/error_ink.py).
    style_as_error(label)
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class BusyBar(QWidget):
    """An endless progress bar with a sentence, shown while the worker runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.hide()

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.show()

    def stop(self) -> None:
        self.hide()
