"""A copy of one family's map as drawn, for a family plan PDF.

Read through a `FamilyMapModel` that places nothing (an export never
writes), and handed on as the JSON-able copy snapshots use, so the PDF can
be painted on another thread from plain data.
"""

from __future__ import annotations

from typing import Any

from ftbt_desktop.ui.family_map.map_model import FamilyMapModel
from ftbt_desktop.ui.service import VaultService


def plan_map_content(service: VaultService, family_id: str) -> dict[str, Any]:
    model = FamilyMapModel(service, family_id, auto_place=False)
    try:
        return model.snapshot_content()
    finally:
        model.close()
        model.deleteLater()
