"""The "Measures" tab (first version: the page and its constructor)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ftbt_desktop.ui.family_tab import FamilyTab
from ftbt_desktop.ui.service import VaultService


class MeasuresTab(FamilyTab):
    def __init__(
        self, service: VaultService, family_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(service, parent)
        QVBoxLayout(self)
        if family_id is not None:
            self.show_family(family_id)

    def tab_title(self) -> str:
        return self.tr("Measures")
