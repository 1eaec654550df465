"""App-wide accessibility: a focus ring everyone can see, and names for Qt's own parts.

**Focus ring** (EN 301 549 11.2.4.7, WCAG 2.4.7 focus visible). Qt leaves the
focus indication to the style: Fusion draws a faint one on buttons, none on
a flat "link" button or on a scroll area, a map drawing or a table that takes
focus. Instead of restyling every widget class with a style sheet (which
replaces the native look and every widget's own sheet), one `FocusRing`
follows the keyboard focus: a two-tone frame (dark blue outside, white inside)
drawn *inside* the focused widget's edge, so a widget that fills its page is
ringed too and the ring shows on light and dark backgrounds alike. It is a
`QFocusFrame`, which Qt's accessibility bridge leaves out of the tree, is
transparent to the mouse, and is masked to the ring so the widget itself
stays visible through it.

**Qt's own parts.** A toolbar too narrow for its buttons shows an "»"
extension button that Qt leaves unnamed; `name_toolbar_extension` names it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QRegion
from PySide6.QtWidgets import QApplication, QFocusFrame, QToolBar, QToolButton, QWidget

RING_OUTER = QColor("#0b4f9c")  # 8.3:1 on white, 7.1:1 on the Fusion window grey
RING_INNER = QColor("#ffffff")  # keeps the ring apart from a dark widget
RING_WIDTH = 3  # the outer part; the inner white line is 1 px more
KEEPER_NAME = "ftbt_focus_ring_keeper"


class FocusRing(QFocusFrame):
    """The frame drawn around whichever widget has the keyboard focus."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("ftbt_focus_ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None

    def follow(self, widget: QWidget | None) -> None:
        if self.target is not None and shiboken6.isValid(self.target):
            self.target.removeEventFilter(self)
        self.target = widget if widget is not None and _takes_a_ring(widget) else None
        if self.target is None:
            self.hide()
            return
        self.setParent(self.target)
        self.target.installEventFilter(self)
        self._fit()
        self.show()
        self.raise_()
        # A scroll area raises its scroll bars when it lays them out: go above again.
        QTimer.singleShot(0, self, self.raise_)

    def _fit(self) -> None:
        if self.target is None:
            return
        rect = self.target.rect()
        self.setGeometry(rect)
        inner = rect.adjusted(RING_WIDTH + 1, RING_WIDTH + 1, -RING_WIDTH - 1, -RING_WIDTH - 1)
        self.setMask(QRegion(rect).subtracted(QRegion(inner)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target:
            kind = event.type()
            if kind == QEvent.Type.Resize:
                self._fit()
                QTimer.singleShot(0, self, self.raise_)
            elif kind in (QEvent.Type.ChildAdded, QEvent.Type.LayoutRequest):
                self.raise_()  # stay above what the widget adds or lays out later
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = QRect(0, 0, self.width(), self.height())
        outer = QPen(RING_OUTER, RING_WIDTH)
        outer.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(outer)
        half = RING_WIDTH // 2
        painter.drawRect(rect.adjusted(half, half, -half - 1, -half - 1))
        painter.setPen(QPen(RING_INNER, 1))
        painter.drawRect(rect.adjusted(RING_WIDTH, RING_WIDTH, -RING_WIDTH - 1, -RING_WIDTH - 1))


def _takes_a_ring(widget: QWidget) -> bool:
    if widget.isWindow() or widget.width() < 8 or widget.height() < 8:
        return False
    # The map's in-place editor sits on the drawing inside a proxy: the drawing shows it.
    return widget.window().graphicsProxyWidget() is None


class _RingKeeper(QObject):
    """Moves the ring to each newly focused widget; one per application."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName(KEEPER_NAME)
        self._ring: FocusRing | None = None
        app.focusChanged.connect(self._on_focus)
        self._on_focus(None, app.focusWidget())

    @property
    def ring(self) -> FocusRing:
        # The ring is a child of the widget it rings, so it goes when that widget
        # goes: then a new one takes over.
        if self._ring is None or not shiboken6.isValid(self._ring):
            self._ring = FocusRing()
        return self._ring

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        self.ring.follow(new)


def focus_ring(app: QApplication | None = None) -> FocusRing:
    """The app's focus ring, made and wired to focus changes on first use."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    assert isinstance(app, QApplication)
    keeper = app.findChild(_RingKeeper, KEEPER_NAME)
    if keeper is None:
        keeper = _RingKeeper(app)
    return keeper.ring


def install_accessibility(app: QApplication | None = None) -> None:
    """Everything app-wide; safe to call again (each window calls it)."""
    focus_ring(app)


def name_toolbar_extension(toolbar: QToolBar) -> None:
    button = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    if button is not None:
        button.setAccessibleName(
            QCoreApplication.translate("Accessibility", "More tools on this toolbar")
        )
