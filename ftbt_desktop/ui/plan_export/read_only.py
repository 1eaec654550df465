"""Make a page of the family workspace read-only, and keep it so.

For the supervisor's review: every control that changes something is
disabled (buttons, check boxes, lists to choose from, actions and their
shortcuts) and every text field is made read-only, so it can still be read,
selected and copied (Return in one saves no form). Controls that only move
around — switching a page, grouping the plan, filtering history, zooming the
map — stay usable: they
carry the dynamic property `ftbt_navigation` or one of the object names in
`NAVIGATION_NAMES`. A page that enables a button again (on a selection, on
a refresh) is overruled at once, and remembered, so switching read-only off
gives each control the state its page last asked for. The map's view stops
passing mouse gestures to the scene, so nothing can be dragged or added.
Lists and tables stay readable and selectable, but activating a row (a double
click, Return) is swallowed: on most pages that opens the row's edit form.
A list whose activation only shows something (the plan's tree opens the goal
to read) is navigation and keeps it.

Behind this the repository's write guard (storage/roles.py) refuses any
write a control might still make.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)
from shiboken6 import isValid

NAVIGATION_PROPERTY = "ftbt_navigation"

# Controls of the workspace's pages that only move around (their object names).
NAVIGATION_NAMES = frozenset(
    {
        "plan_show_goals",
        "plan_show_plan",
        "plan_group_by",
        "history_filter",
        "map_action_fit",
        "map_action_zoom_in",
        "map_action_zoom_out",
        "map_action_compare",
        "map_action_export",
        "snapshot_picker",
        "snapshot_close",
        "plan_tree",  # a double click shows the goal on the Goals page, to read
    }
)
# Lists whose rows are ticked to change something: locked like any other control.
EDIT_VIEW_NAMES = frozenset({"map_editor_members", "steps_table"})

TEXT_TYPES = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)
CONTROL_TYPES = (QAbstractButton, QComboBox, QAbstractSlider)
# Parts of other widgets (a tab bar's arrows, a list's cells, scroll bars): never touched.
PART_OF = (QTabBar, QScrollBar, QAbstractItemView)


def mark_navigation(*objects: QObject | None) -> None:
    """Keep these controls usable in read-only mode (they change nothing)."""
    for obj in objects:
        if obj is not None:
            obj.setProperty(NAVIGATION_PROPERTY, True)


def is_navigation(obj: QObject) -> bool:
    return bool(obj.property(NAVIGATION_PROPERTY)) or obj.objectName() in NAVIGATION_NAMES


class ReadOnlyLock(QObject):
    """Read-only mode for everything under `root`; `apply()` again picks up new widgets."""

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self.root = root
        self.on = False
        self._busy = False
        self._controls: dict[QWidget, bool] = {}  # control -> enabled as its page wants it
        self._texts: list[QWidget] = []
        self._views: list[QGraphicsView] = []
        self._lists: dict[QObject, QAbstractItemView] = {}  # viewport or view -> its view
        self._actions: dict[QAction, bool] = {}

    def set_on(self, on: bool) -> None:
        if on:
            self.on = True
            self.apply()
        elif self.on:
            self.on = False
            self._release()

    def apply(self) -> None:
        """Lock every control under the root not locked yet (a form opened since)."""
        if not self.on or not isValid(self.root):
            return
        self._busy = True
        try:
            for widget in self.root.findChildren(QWidget):
                if self._skipped(widget):
                    continue
                if isinstance(widget, TEXT_TYPES):
                    self._lock_text(widget)
                elif (
                    isinstance(widget, CONTROL_TYPES) and not isinstance(widget, QScrollBar)
                ) or widget.objectName() in EDIT_VIEW_NAMES:
                    self._lock_control(widget)
                elif isinstance(widget, QGraphicsView) and widget.isInteractive():
                    widget.setInteractive(False)
                    self._views.append(widget)
                elif isinstance(widget, QAbstractItemView) and widget not in self._lists:
                    self._lock_activation(widget)
            for action in self.root.findChildren(QAction):
                if not is_navigation(action) and action not in self._actions:
                    self._actions[action] = action.isEnabled()
                    action.changed.connect(lambda a=action: self._on_action_changed(a))
                    action.setEnabled(False)
        finally:
            self._busy = False

    def locked_controls(self) -> list[QWidget]:
        return [w for w in self._controls if isValid(w)]

    # -- internals ---------------------------------------------------------

    def _skipped(self, widget: QWidget) -> bool:
        if isinstance(widget, QToolButton):
            action = widget.defaultAction()
            if action is not None and is_navigation(action):
                return True
        if widget.objectName().startswith("qt_"):
            return True  # Qt's own parts (a spin box's line edit, a toolbar's arrow)
        current: QWidget | None = widget
        while current is not None and current is not self.root:
            if is_navigation(current):
                return True
            parent = current.parentWidget()
            if isinstance(parent, PART_OF):
                return True
            current = parent
        return False

    def _lock_text(self, widget: QWidget) -> None:
        if not widget.isReadOnly():  # type: ignore[attr-defined]
            widget.setReadOnly(True)  # type: ignore[attr-defined]
            # A read-only line edit still says "Return pressed", and forms save on it.
            widget.installEventFilter(self)
            self._texts.append(widget)

    def _lock_control(self, widget: QWidget) -> None:
        if widget not in self._controls:
            self._controls[widget] = not widget.testAttribute(Qt.WidgetAttribute.WA_Disabled)
            widget.installEventFilter(self)
        widget.setEnabled(False)

    def _lock_activation(self, view: QAbstractItemView) -> None:
        for target in (view, view.viewport()):
            self._lists[target] = view
            target.installEventFilter(self)

    def _activates(self, watched: QObject, event: QEvent) -> bool:
        """A double click or Return/Enter on a locked list: it would open an edit form."""
        if watched not in self._lists:
            return False
        if event.type() == QEvent.Type.MouseButtonDblClick:
            return True
        return (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.on and self._activates(watched, event):
            return True  # swallowed: no edit form opens from a read-only list
        if (
            event.type() == QEvent.Type.KeyPress
            and self.on
            and watched in self._texts
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            return True  # swallowed: no form is saved from a read-only field
        if (
            event.type() == QEvent.Type.EnabledChange
            and self.on
            and not self._busy
            and isinstance(watched, QWidget)
            and watched in self._controls
        ):
            explicit_off = watched.testAttribute(Qt.WidgetAttribute.WA_Disabled)
            self._controls[watched] = not explicit_off
            if not explicit_off:
                self._busy = True
                try:
                    watched.setEnabled(False)
                finally:
                    self._busy = False
        return False

    def _on_action_changed(self, action: QAction) -> None:
        if not self.on or self._busy or not isValid(action) or action not in self._actions:
            return
        self._actions[action] = action.isEnabled()
        if action.isEnabled():
            self._busy = True
            try:
                action.setEnabled(False)
            finally:
                self._busy = False

    def _release(self) -> None:
        self._busy = True
        try:
            for widget, wanted in self._controls.items():
                if isValid(widget):
                    widget.removeEventFilter(self)
                    widget.setEnabled(wanted)
            for widget in self._texts:
                if isValid(widget):
                    widget.removeEventFilter(self)
                    widget.setReadOnly(False)  # type: ignore[attr-defined]
            for view in self._views:
                if isValid(view):
                    view.setInteractive(True)
            for target in self._lists:
                if isValid(target):
                    target.removeEventFilter(self)
            for action, wanted in self._actions.items():
                if isValid(action):
                    action.setEnabled(wanted)
        finally:
            self._busy = False
        self._controls.clear()
        self._texts.clear()
        self._views.clear()
        self._lists.clear()
        # The actions' `changed` connections stay; they do nothing while off.
        self._actions.clear()
