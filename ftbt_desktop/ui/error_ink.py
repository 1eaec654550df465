"""The colour of error text, chosen against the background it is on.

A fixed red (#b00020) reads on a light window (7.7:1) and not on a dark one (2:1):
a coordinator whose laptop is set to a dark theme would see the refusals faintly.
Error labels take the first red from ERROR_REDS with at least WCAG AA contrast
(4.5:1) on their window colour, and choose again when the palette changes (the
system theme switched while the app runs). Bold as well, so the colour is never
the only sign.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

# From dark to light: the darkest that reads is the most "red" to the eye.
ERROR_REDS = ("#b00020", "#c62828", "#ff6e6e", "#ff9e9e", "#ffd6d6")
AA_TEXT = 4.5


def relative_luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def error_colour(background: QColor) -> QColor:
    candidates = [QColor(c) for c in ERROR_REDS]
    for colour in candidates:
        if contrast(colour, background) >= AA_TEXT:
            return colour
    return max(candidates, key=lambda c: contrast(c, background))


def error_style(label: QLabel) -> str:
    # The parent's window colour (the label's own palette is fixed by its style
    # sheet); the application's, unless the parent has a palette of its own, since
    # the application hears of a new palette before its widgets do.
    parent = label.parentWidget()
    if parent is not None and parent.testAttribute(Qt.WidgetAttribute.WA_SetPalette):
        palette = parent.palette()
    else:
        palette = QApplication.palette(parent) if parent is not None else QApplication.palette()
    colour = error_colour(palette.color(QPalette.ColorRole.Window))
    return f"QLabel {{ color: {colour.name()}; font-weight: bold; }}"


class _Restyle(QObject):
    """Watches the application for a new palette, then every error label for being
    shown (a hidden one may have missed it) and restyles."""

    def __init__(self, app: QObject) -> None:
        super().__init__(app)
        self.labels: dict[int, QLabel] = {}
        app.installEventFilter(self)

    def add(self, label: QLabel) -> None:
        key = id(label)
        if key not in self.labels:
            self.labels[key] = label
            label.destroyed.connect(lambda *_: self.labels.pop(key, None))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ApplicationPaletteChange and isinstance(watched, QCoreApplication):
            for label in list(self.labels.values()):
                if label.property("error_ink"):
                    _apply(label)
        elif kind == QEvent.Type.Show and id(watched) in self.labels:
            label = self.labels[id(watched)]
            if label.property("error_ink"):
                _apply(label)
        return False


_restyle: _Restyle | None = None


def style_as_error(label: QLabel) -> None:
    """Error text from now on, in a red that reads on this label's background."""
    global _restyle
    app = QApplication.instance()
    if _restyle is None or _restyle.parent() is not app:
        _restyle = _Restyle(app)
    label.setProperty("error_ink", True)
    _restyle.add(label)
    _apply(label)


def style_plain(label: QLabel, style: str) -> None:
    """No longer error text (a confirmation, say): `style` instead."""
    label.setProperty("error_ink", False)
    if label.styleSheet() != style:
        label.setStyleSheet(style)


def _apply(label: QLabel) -> None:
    style = error_style(label)
    if label.styleSheet() != style:
        label.setStyleSheet(style)
