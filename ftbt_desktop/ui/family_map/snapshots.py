"""Named snapshots of the map ("Første besøg") and showing one beside the live map.

A snapshot is a `MapSnapshot` entity holding the model's `snapshot_content()`:
the words already resolved, so it shows the map as it was even after goals
are reworded or members renamed. Saving one is a change like any other, so
it appears in History. A snapshot is drawn by the same `FamilyMapScene` as
the live map, through `SnapshotMap` (mapdraw/snapshot_map.py: the model's
reading methods over the stored copy), in a view that takes no input but zoom.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QPoint, QPointF, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.core.family_map import MapSnapshot
from ftbt_desktop.mapdraw.snapshot_map import SnapshotMap
from ftbt_desktop.storage.errors import VaultError
from ftbt_desktop.ui.family_map.scene import FamilyMapScene
from ftbt_desktop.ui.family_map.touch import finger_sized_controls
from ftbt_desktop.ui.family_map.view import FamilyMapView
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.words.common import date_text

NAME_MAX = 200  # as the entity's field rule


def snapshot_scene(
    content: Mapping[str, Any], show_internal: bool, parent: QObject | None = None
) -> FamilyMapScene:
    """A scene drawing a stored map copy (read-only: nothing in it writes)."""
    scene = FamilyMapScene(parent, show_internal=show_internal)
    source = SnapshotMap(content, scene)
    scene.set_model(source)
    return scene


def default_snapshot_name(existing: int) -> str:
    """ "First visit" for a family's first snapshot, then "Visit 2", "Visit 3"…"""
    if existing == 0:
        return QCoreApplication.translate("SnapshotNames", "First visit")
    return QCoreApplication.translate("SnapshotNames", "Visit {number}").format(number=existing + 1)


def snapshot_title(snapshot: MapSnapshot) -> str:
    return f"{snapshot.name} · {date_text(snapshot.date)}"


def snapshot_content(model_content: Mapping[str, Any]) -> dict[str, Any]:
    """The map copy to store, stamped with the moment it was taken (orders a day's snapshots)."""
    taken_at = dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
    return {**model_content, "taken_at": taken_at}


def sorted_snapshots(snapshots: list[MapSnapshot]) -> list[MapSnapshot]:
    """Oldest first, as the family's story goes."""
    return sorted(
        snapshots, key=lambda s: (s.date, str(s.content.get("taken_at", "")), s.name.casefold())
    )


class SaveSnapshotDialog(QDialog):
    """Asks for the snapshot's name; the date is today's, shown in the locale's format."""

    def __init__(self, default_name: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("save_snapshot_dialog")
        self.setWindowTitle(self.tr("Save snapshot"))
        self.today = today
        self.intro = QLabel(
            self.tr(
                "A snapshot keeps the map as it looks now, so you can later show it "
                "beside the map and talk about what has changed."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.name_edit = QLineEdit(default_name, self)
        self.name_edit.setObjectName("snapshot_name")
        self.name_edit.setMaxLength(NAME_MAX)
        self.name_edit.selectAll()
        self.date_label = QLabel(date_text(today.isoformat()), self)
        self.date_label.setObjectName("snapshot_date")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Date"), self.date_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        finger_sized_controls(self)  # opened at the kitchen table, on a touch screen
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._update_ok)
        self._update_ok()

    def name(self) -> str:
        return self.name_edit.text().strip()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(self.name()))


class SnapshotPane(QWidget):
    """A snapshot picker over a read-only drawing of the chosen snapshot."""

    sig_close_requested = Signal()

    def __init__(
        self,
        service: VaultService,
        family_id: str,
        show_internal: bool = True,
        parent: QWidget | None = None,
        large_type: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("snapshot_pane")
        self.service = service
        self.family_id = family_id
        self.show_internal = show_internal
        self._snapshots: list[MapSnapshot] = []
        self._shown_id: str | None = None
        # The live map's view: a snapshot opens on the same part of the map, same zoom.
        self.match_view: FamilyMapView | None = None

        self.picker = QComboBox(self)
        self.picker.setObjectName("snapshot_picker")
        self.picker.setMinimumHeight(44)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("snapshot_close")
        self.close_button.setMinimumHeight(44)
        self.caption = QLabel(self)
        self.caption.setObjectName("snapshot_caption")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("snapshot_empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scene = FamilyMapScene(self, show_internal=show_internal, large_type=large_type)
        self.view = FamilyMapView(self.scene, self)
        self.view.setObjectName("snapshot_view")
        self.view.setInteractive(False)  # zoom and scroll only: a snapshot never changes

        top = QHBoxLayout()
        top.addWidget(self.picker, 1)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label, 1)
        self.picker.currentIndexChanged.connect(self._on_picked)
        self.close_button.clicked.connect(self.sig_close_requested)
        self.retranslate()
        self.refresh()

    # -- public ------------------------------------------------------------

    def snapshots(self) -> list[MapSnapshot]:
        return list(self._snapshots)

    def shown_snapshot_id(self) -> str | None:
        return self._shown_id

    def refresh(self, select_id: str | None = None) -> None:
        """Read the family's snapshots again; keep (or pick) the chosen one."""
        wanted = select_id or self._shown_id
        try:
            loaded = self.service.load(self.family_id, "map_snapshot")
        except VaultError:
            loaded = []
        self._snapshots = sorted_snapshots(loaded)
        self.picker.blockSignals(True)
        self.picker.clear()
        for snapshot in self._snapshots:
            self.picker.addItem(snapshot_title(snapshot), snapshot.id)
        index = self.picker.findData(wanted) if wanted else -1
        if index < 0 and self._snapshots:
            index = len(self._snapshots) - 1  # the newest, most likely the one to compare
        self.picker.setCurrentIndex(index)
        self.picker.blockSignals(False)
        self._on_picked(index)

    def show_snapshot(self, snapshot_id: str) -> None:
        index = self.picker.findData(snapshot_id)
        if index >= 0:
            self.picker.setCurrentIndex(index)

    # -- internals ---------------------------------------------------------

    def _on_picked(self, index: int) -> None:
        snapshot = self._snapshots[index] if 0 <= index < len(self._snapshots) else None
        has_any = bool(self._snapshots)
        self.picker.setVisible(has_any)
        self.view.setVisible(has_any)
        self.caption.setVisible(has_any)
        self.empty_label.setVisible(not has_any)
        if snapshot is None:
            self._shown_id = None
            self.scene.set_model(None)
            return
        if snapshot.id == self._shown_id:
            return
        self._shown_id = snapshot.id
        old = self.scene.model
        self.scene.set_model(SnapshotMap(snapshot.content, self))
        if isinstance(old, SnapshotMap):
            old.deleteLater()
        self.caption.setText(
            self.tr(
                "The map on {date} (“{name}”). Only for looking: changes go in the map."
            ).format(date=date_text(snapshot.date), name=snapshot.name)
        )
        self.show_like_live_map()

    def show_like_live_map(self) -> None:
        """The same part of the map at the same zoom as the live map (else the whole map)."""
        live = self.match_view
        if live is None:
            self.view.fit_all()
            return
        # Side by side, a thing sits at the same height in both views: the live
        # view's scene point level with this view's top-left corner goes there.
        level = live.viewport().mapFromGlobal(self.view.viewport().mapToGlobal(QPoint(0, 0)))
        top_left = live.mapToScene(QPoint(0, level.y()))
        # Room on every side, so centring is never undone by the view aligning a small scene.
        rect = live.sceneRect().united(self.scene.itemsBoundingRect())
        self.view.setSceneRect(rect.adjusted(-2000, -2000, 2000, 2000))
        self.view.set_zoom(live.zoom())
        room = self.view.viewport().rect()
        zoom = self.view.zoom()
        self.view.centerOn(
            QPointF(top_left) + QPointF(room.width() / 2 / zoom, room.height() / 2 / zoom)
        )

    def retranslate(self) -> None:
        self.picker.setAccessibleName(self.tr("Snapshot to show"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Stop showing the snapshot"))
        self.view.setAccessibleName(self.tr("The snapshot's map (read-only)"))
        self.empty_label.setText(
            self.tr("No snapshots yet. Use “Save snapshot” to keep the map as it looks today.")
        )
        if self._shown_id is not None:
            current = self._shown_id
            self._shown_id = None
            self.refresh(current)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def today_date() -> dt.date:
    """Today as the user's computer has it (the snapshot's date)."""
    return QDate.currentDate().toPython()
