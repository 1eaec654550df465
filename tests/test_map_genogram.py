"""Family members on the map: the shapes say adult or child, never male or female.

In a genogram a square is a man and a circle a woman. The app has no gender
field, and guessing one from a role is wrong (Maria, a mother, drawn as a
square read as a man). So every member has the same neutral shape, a rounded
square, smaller for a child; and a legend on the map and on the exported page
says plainly that the shapes do not show gender.
"""

from __future__ import annotations

from map_helpers import show_map
from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot

from ftbt_desktop.core.model import MemberRole
from ftbt_desktop.export.map_export import page_text
from ftbt_desktop.mapdraw.export_scene import Audience
from ftbt_desktop.mapdraw.node_item import NodeItem
from ftbt_desktop.ui.service import VaultService

pytest_plugins = ("map_helpers",)  # the service and demo_ids fixtures


def coverage(item: NodeItem) -> float:
    """How much of the outline's own box the outline fills: 1.0 a square, 0.79 a circle."""
    path = item.outline_path()
    box = path.boundingRect()
    steps = 60
    inside = sum(
        path.contains(
            QPointF(
                box.left() + box.width() * (i + 0.5) / steps,
                box.top() + box.height() * (j + 0.5) / steps,
            )
        )
        for i in range(steps)
        for j in range(steps)
    )
    return inside / steps**2


def test_members_share_one_neutral_shape_sized_by_age(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    tab = show_map(qtbot, service, demo_ids[0])[0]
    members = [i for i in tab.scene.node_items() if i.view.role is not None]
    roles = {i.view.role for i in members}
    assert {MemberRole.PARENT, MemberRole.PARTNER, MemberRole.CHILD} <= roles

    for item in members:
        fill = coverage(item)
        assert 0.85 < fill < 0.98, (item.view.label, fill)  # neither a square nor a circle
    adults = [i for i in members if i.view.role.is_adult]
    children = [i for i in members if not i.view.role.is_adult]
    adult_size = {round(i.outline_path().boundingRect().width()) for i in adults}
    child_size = {round(i.outline_path().boundingRect().width()) for i in children}
    assert len(adult_size) == len(child_size) == 1  # the same for every adult, every child
    assert child_size.pop() < adult_size.pop()


def test_a_legend_on_the_map_and_the_page_says_shapes_do_not_show_gender(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    tab = show_map(qtbot, service, demo_ids[0])[0]
    legend = tab.legend
    assert legend.isVisible()
    words = legend.text()
    assert "Adult" in words and "Child" in words
    assert "do not show gender" in words
    # On the view, not under the side panel or off screen.
    assert tab.view.rect().contains(legend.geometry())
    assert legend.accessibleName()

    for audience in Audience:
        assert "do not show gender" in page_text("Familien Holm", audience).footer
