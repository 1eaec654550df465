"""Snapshots, export and the way into family view, added to a `FamilyMapTab`.

Kept apart from the editor so the map tab stays about editing. `MapExtras`
adds its actions to the tab's toolbar and puts the tab's view in a splitter,
so a snapshot can be shown beside the live map. In kitchen-table mode only
the snapshot actions are offered, and a shown snapshot leaves internal nodes
out just as the live map does.

Family view itself is run by the window's `KitchenTableMode` (kitchen.py),
found by object name, so the map needs no reference to the main window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLayout, QSizePolicy, QSplitter, QWidget

from ftbt_desktop.export.map_export import ExportFailed, ExportFormat, export_map, page_text
from ftbt_desktop.mapdraw.export_scene import Audience
from ftbt_desktop.operations import map as map_ops
from ftbt_desktop.storage import audit
from ftbt_desktop.storage.errors import NotFound, VaultError
from ftbt_desktop.storage.repository import ChangeSet
from ftbt_desktop.ui.family_map.export_dialog import MapExportDialog
from ftbt_desktop.ui.family_map.extra_icons import extra_icon
from ftbt_desktop.ui.family_map.snapshots import (
    SaveSnapshotDialog,
    SnapshotPane,
    default_snapshot_name,
    snapshot_content,
    today_date,
)
from ftbt_desktop.ui.family_map.touch import finger_sized

if TYPE_CHECKING:
    from ftbt_desktop.ui.family_map.map_tab import FamilyMapTab

KITCHEN_MODE_NAME = "kitchen_table_mode"  # the object name of the window's KitchenTableMode


class MapExtras(QObject):
    sig_family_view_requested = Signal(str)  # family id
    sig_snapshot_saved = Signal(str)  # snapshot id
    sig_exported = Signal(object)  # Path

    def __init__(self, tab: FamilyMapTab) -> None:
        super().__init__(tab)
        self.setObjectName("map_extras")
        self.tab = tab
        self.service = tab.service
        self.family_id = tab.family_id
        self.kitchen_mode = tab.kitchen_mode
        self.pane: SnapshotPane | None = None
        self.snapshot_dialog: SaveSnapshotDialog | None = None
        self.export_dialog: MapExportDialog | None = None

        self.splitter = QSplitter(Qt.Orientation.Horizontal, tab)
        self.splitter.setObjectName("map_compare_splitter")
        self.splitter.setChildrenCollapsible(False)
        _replace_in_layout(tab, tab.view, self.splitter)
        self.splitter.addWidget(tab.view)

        self.actions: dict[str, QAction] = {}
        self._make_actions()
        self.service.sig_changed.connect(self._on_changed)
        self.retranslate()

    # -- actions -----------------------------------------------------------

    def _make_actions(self) -> None:
        toolbar = self.tab.toolbar
        toolbar.addSeparator()

        def action(name: str, icon: str, slot: object) -> QAction:
            act = QAction(extra_icon(icon), "", self.tab)
            act.setObjectName(f"map_action_{name}")
            act.triggered.connect(slot)  # type: ignore[arg-type]
            self.actions[name] = act
            self.tab.actions_by_name[name] = act
            toolbar.addAction(act)
            return act

        action("save_snapshot", "snapshot", self.open_save_snapshot)
        compare = action("compare", "compare", self.set_compare)
        compare.setCheckable(True)
        if not self.kitchen_mode:
            action("export", "export", self.open_export)
            spacer = QWidget(toolbar)
            spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            toolbar.addWidget(spacer)
            action("family_view", "family_view", self.request_family_view)
        finger_sized(toolbar)

    def retranslate(self) -> None:
        texts = {
            "save_snapshot": (
                self.tr("Save snapshot"),
                self.tr("Keep the map as it looks today, with a name and the date"),
            ),
            "compare": (
                self.tr("Compare"),
                self.tr("Show a snapshot beside the current map"),
            ),
            "export": (self.tr("Export"), self.tr("Save the map as a PNG picture or a PDF")),
            "family_view": (
                self.tr("Family view"),
                self.tr(
                    "Full screen with only this family's map and goals, to use with the "
                    "family. Leaving it asks for your passphrase."
                ),
            ),
        }
        for name, (text, tip) in texts.items():
            act = self.actions.get(name)
            if act is not None:
                act.setText(text)
                act.setToolTip(tip)

    # -- snapshots ---------------------------------------------------------

    def snapshot_count(self) -> int:
        try:
            return len(self.service.load(self.family_id, "map_snapshot"))
        except VaultError:
            return 0

    def open_save_snapshot(self) -> SaveSnapshotDialog:
        dialog = SaveSnapshotDialog(
            default_snapshot_name(self.snapshot_count()), today_date(), self.tab
        )
        dialog.accepted.connect(lambda: self._save_from_dialog(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.snapshot_dialog = dialog
        dialog.open()
        return dialog

    def _save_from_dialog(self, dialog: SaveSnapshotDialog) -> None:
        self.save_snapshot(dialog.name())

    def save_snapshot(self, name: str) -> str | None:
        """Store the map as it is now under `name`, dated today; returns the snapshot's id."""
        name = name.strip() or default_snapshot_name(self.snapshot_count())
        try:
            changes = self.service.run(
                map_ops.save_snapshot,
                self.family_id,
                name,
                today_date(),
                snapshot_content(self.tab.model.snapshot_content()),
                initiator=self,
            )
        except (VaultError, ValueError):
            self.tab.message.show_message(self.tr("The snapshot could not be saved."))
            return None
        snapshot_id = str(changes.primary_id)
        self.tab.message.show_note(
            self.tr("Snapshot “{name}” saved. “Compare” shows it beside the map.").format(name=name)
        )
        self.sig_snapshot_saved.emit(snapshot_id)
        return snapshot_id

    def set_compare(self, on: bool, snapshot_id: str | None = None) -> SnapshotPane | None:
        """Show (or hide) a snapshot beside the live map."""
        self.actions["compare"].setChecked(on)
        if not on:
            if self.pane is not None:
                self.pane.hide()
            return None
        if self.pane is None:
            self.pane = SnapshotPane(
                self.service,
                self.family_id,
                show_internal=not self.kitchen_mode,
                large_type=self.kitchen_mode,  # drawn as the live map beside it
            )
            self.pane.match_view = self.tab.view
            self.pane.sig_close_requested.connect(lambda: self.set_compare(False))
            self.splitter.addWidget(self.pane)
        self.pane.show()
        half = max(1, self.splitter.width() // 2)
        self.splitter.setSizes([half, half])
        self.pane.refresh(snapshot_id)
        self.pane.show_like_live_map()
        return self.pane

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.pane is None or self.family_id not in changes.family_ids:
            return
        if "map_snapshot" in changes.entity_types:
            self.pane.refresh()

    # -- export ------------------------------------------------------------

    def open_export(self) -> MapExportDialog:
        dialog = MapExportDialog(self.tab)
        dialog.sig_chosen.connect(self.export_to)
        dialog.finished.connect(dialog.deleteLater)
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def export_to(self, path: Path, fmt: ExportFormat, audience: Audience) -> bool:
        """Write the map and note the export in the vault's audit trail."""
        path, fmt, audience = Path(path), ExportFormat(fmt), Audience(audience)
        try:
            family_name = self.service.family_view(self.family_id).family.name
            export_map(
                self.tab.model.snapshot_content(),
                path,
                fmt,
                audience,
                page_text(family_name, audience),
            )
        except (ExportFailed, OSError, NotFound, VaultError):
            self.tab.message.show_message(
                self.tr("The map could not be saved there. Choose another folder and try again.")
            )
            return False
        try:
            self.service.on_vault(
                audit.record_export, audit.KIND_MAP, fmt.value, [self.family_id], audience.value
            )
        except VaultError:
            # Personal data must not leave the vault unlogged: no entry, no file.
            path.unlink(missing_ok=True)
            self.tab.message.show_message(
                self.tr("The export could not be noted in the vault's log, so nothing was saved.")
            )
            return False
        self.tab.message.show_note(
            self.tr(
                "The map was saved as {file}. It holds personal data: keep it safe and "
                "delete it when it is no longer needed."
            ).format(file=path.name),
            transient=False,  # the advice about the file stays until the next action
        )
        self.sig_exported.emit(path)
        return True

    # -- family view -------------------------------------------------------

    def request_family_view(self) -> None:
        self.sig_family_view_requested.emit(self.family_id)
        mode = self.tab.window().findChild(QObject, KITCHEN_MODE_NAME)
        enter = getattr(mode, "enter", None)
        if callable(enter):
            enter(self.family_id)


def _replace_in_layout(root: QWidget, old: QWidget, new: QWidget) -> None:
    """Put `new` where `old` sits in `root`'s layouts (without editing the map tab)."""
    for layout in [root.layout(), *root.findChildren(QLayout)]:
        if layout is not None and layout.indexOf(old) >= 0:
            layout.replaceWidget(old, new)
            return
    raise LookupError("the map view is not in a layout")
