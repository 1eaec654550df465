"""Walking the accessibility tree as a screen reader does, and judging what it finds.

Everything goes through `QAccessible.queryAccessibleInterface` and `child(i)`,
never through the widgets, so what is checked is what assistive technology is
given: a control named only in Python attributes or by its object name fails.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QComboBox, QWidget

Role = QAccessible.Role

# Roles a person operates: each must say what it is for.
INTERACTIVE = {
    Role.PushButton,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.SpinBox,
    Role.Slider,
    Role.Dial,
    Role.List,
    Role.Table,
    Role.Tree,
}
# A row, cell or tab is named by its content; a scroll bar by its orientation.
CONTENT = {
    Role.Cell,
    Role.ListItem,
    Role.TreeItem,
    Role.Row,
    Role.ColumnHeader,
    Role.RowHeader,
    Role.PageTab,
    Role.ScrollBar,
    Role.StaticText,
}


@dataclass(frozen=True)
class Found:
    role: Role
    name: str
    description: str
    state: QAccessible.State
    path: str
    widget: QWidget | None

    def __str__(self) -> str:
        return f"{self.role.name} at {self.path}"


def walk(
    iface: QAccessibleInterface | None, path: str = "", offscreen_items: bool = False
) -> Iterator[Found]:
    """Every visible interface under `iface`, depth first (hidden branches are skipped:
    a screen reader does not read them). With `offscreen_items` the rows of a list
    scrolled out of view are walked too: a screen reader moves through them."""
    if iface is None or not iface.isValid():
        return
    state = iface.state()
    is_item = iface.role() in (Role.ListItem, Role.TreeItem, Role.Cell)
    if state.invisible and not (offscreen_items and is_item):
        return
    obj = iface.object()
    widget = obj if isinstance(obj, QWidget) else None
    label = (obj.objectName() or type(obj).__name__) if obj is not None else iface.role().name
    here = f"{path}/{label}"
    yield Found(
        iface.role(),
        iface.text(QAccessible.Text.Name),
        iface.text(QAccessible.Text.Description),
        state,
        here,
        widget,
    )
    for index in range(iface.childCount()):
        yield from walk(iface.child(index), here, offscreen_items)


def walk_widget(widget: QWidget) -> list[Found]:
    return list(walk(QAccessible.queryAccessibleInterface(widget)))


def _inside_combo(found: Found) -> bool:
    """A combo box's own pop-up list is read as part of the combo box."""
    widget = found.widget
    while widget is not None:
        if isinstance(widget, QComboBox):
            return True
        widget = widget.parentWidget()
    return False


def unnamed_controls(widget: QWidget) -> list[Found]:
    """Visible controls a screen reader would announce only as "button", "edit"…

    Interactive roles need a name; so does anything else that takes keyboard
    focus (a focusable scroll area, the map's drawing), since Tab stops there.
    """
    bad = []
    for found in walk_widget(widget):
        if found.name.strip() or found.role in CONTENT or _inside_combo(found):
            continue
        if found.role in INTERACTIVE or found.state.focusable:
            bad.append(found)
    return bad


def items_of_list(widget: QWidget, list_name: str) -> list[Found]:
    """The items of the visible list (or tree) named `list_name`."""
    lists = [
        f
        for f in walk_widget(widget)
        if f.role in (Role.List, Role.Tree, Role.Table) and f.name == list_name
    ]
    assert lists, f"no visible list named {list_name!r}"
    prefix = lists[0].path
    return [
        f
        for f in walk(QAccessible.queryAccessibleInterface(widget), offscreen_items=True)
        if f.path.startswith(prefix + "/") and f.role in (Role.ListItem, Role.TreeItem, Role.Cell)
    ]
