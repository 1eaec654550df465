"""The workspace's "Map" page: one `FamilyMapTab` per family opened in this session.

Each family keeps its own scene and undo stack while the coordinator moves
between families; everything is dropped when the vault locks, so no map
stays in memory behind the unlock screen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from ftbt_desktop.storage.repository import ChangeSet
from ftbt_desktop.ui.family_map.map_extras import MapExtras
from ftbt_desktop.ui.family_map.map_tab import FamilyMapTab
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.family_tab import FamilyTab


class MapPage(FamilyTab):
    REFUSED_PAGE = "map"

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self.setObjectName("map_page")
        self._maps: dict[str, FamilyMapTab] = {}
        self.stack = QStackedWidget(self)
        self.empty = QLabel(self)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.refused_label)
        layout.addWidget(self.stack)
        service.sig_locked.connect(self.drop_all)

    def tab_title(self) -> str:
        return self.tr("Map")

    @property
    def current_map(self) -> FamilyMapTab | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, FamilyMapTab) else None

    def map_for(self, family_id: str) -> FamilyMapTab | None:
        return self._maps.get(family_id)

    def family_switched(self) -> None:
        if self.family_id is None or not self.service.is_unlocked:
            self.stack.setCurrentWidget(self.empty)
            return
        tab = self._maps.get(self.family_id)
        if tab is None:
            tab = FamilyMapTab(self.service, self.family_id, self.stack)
            MapExtras(tab)  # snapshots, export, family view (map_extras.py)
            self._maps[self.family_id] = tab
            self.stack.addWidget(tab)
        self.stack.setCurrentWidget(tab)

    def refresh(self) -> None:
        self.show_refused()

    def on_changes(self, changes: ChangeSet) -> None:
        """Each map's model follows the service itself; the refused list is the page's."""
        self.refresh()

    def apply_read_only(self, on: bool) -> None:
        super().apply_read_only(on)
        # The side panel's hint speaks of adding and linking: not to a supervisor.
        for tab in self._maps.values():
            tab.editor.set_read_only(on)

    def drop_all(self) -> None:
        self.stack.setCurrentWidget(self.empty)
        for tab in self._maps.values():
            tab.close_map()
            self.stack.removeWidget(tab)
            tab.deleteLater()
        self._maps.clear()
        self.family_id = None  # the next show_family opens the map afresh
