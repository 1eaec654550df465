"""The map's legend stays in the drawing's bottom-left corner when the map grows.

Seen in the README's family-view picture: the window went full screen and the
legend stayed where the bottom of the smaller map had been, over a node.
"""

from __future__ import annotations

from map_helpers import show_map
from pytestqt.qtbot import QtBot

from ftbt_desktop.ui.family_map.legend import MARGIN_PX
from ftbt_desktop.ui.service import VaultService

pytest_plugins = ("map_helpers",)  # the service and demo_ids fixtures


def test_the_legend_follows_the_bottom_of_the_map_when_it_is_resized(
    qtbot: QtBot, service: VaultService, demo_ids: list[str]
) -> None:
    tab, _ = show_map(qtbot, service, demo_ids[0], size=(900, 600))
    for size in ((1400, 1000), (1000, 700)):
        tab.resize(*size)
        qtbot.waitUntil(lambda: tab.view.viewport().height() > 0)
        viewport = tab.view.viewport().geometry()
        legend = tab.legend.geometry()
        assert legend.left() == viewport.left() + MARGIN_PX
        assert legend.bottom() == viewport.bottom() - MARGIN_PX, (size, legend, viewport)
