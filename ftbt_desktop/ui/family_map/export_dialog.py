"""Exporting the map: choose PNG or PDF and who it is for, then where to save it.

A family export leaves internal nodes out (mapdraw/export_scene.py; the file
is written by export/map_export.py). The dialog says the file holds personal
data, and the file is written only where the user chose in the save dialog.

Qt's own save dialog is used rather than the system's (ui/dialogs/save_dialog.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.export.map_export import ExportFormat
from ftbt_desktop.mapdraw.export_scene import Audience
from ftbt_desktop.ui.dialogs.save_dialog import (
    ChoosePath,
    qt_save_dialog,
    save_buttons,
    warning_banner,
)
from ftbt_desktop.ui.family_map.touch import finger_sized_controls


class MapExportDialog(QDialog):
    """What to export and for whom; then the save dialog."""

    sig_chosen = Signal(object, object, object)  # Path, ExportFormat, Audience

    def __init__(
        self, parent: QWidget | None = None, choose_path: ChoosePath = qt_save_dialog
    ) -> None:
        super().__init__(parent)
        self.setObjectName("map_export_dialog")
        self.choose_path = choose_path
        self.setWindowTitle(self.tr("Export the map"))

        self.format_box = QGroupBox(self.tr("Format"), self)
        self.png_radio = QRadioButton(self.tr("Picture (PNG)"), self.format_box)
        self.png_radio.setObjectName("export_png")
        self.pdf_radio = QRadioButton(self.tr("PDF document, sharp when printed"), self.format_box)
        self.pdf_radio.setObjectName("export_pdf")
        self.pdf_radio.setChecked(True)
        self.format_group = QButtonGroup(self)
        for radio in (self.pdf_radio, self.png_radio):
            self.format_group.addButton(radio)
        format_layout = QVBoxLayout(self.format_box)
        format_layout.addWidget(self.pdf_radio)
        format_layout.addWidget(self.png_radio)

        self.audience_box = QGroupBox(self.tr("Who is it for?"), self)
        self.family_radio = QRadioButton(
            self.tr("The family: without internal notes"), self.audience_box
        )
        self.family_radio.setObjectName("export_for_family")
        self.family_radio.setChecked(True)
        self.coordinator_radio = QRadioButton(
            self.tr("The coordinator: with internal notes, marked"), self.audience_box
        )
        self.coordinator_radio.setObjectName("export_for_coordinator")
        self.audience_group = QButtonGroup(self)
        for radio in (self.family_radio, self.coordinator_radio):
            self.audience_group.addButton(radio)
        audience_layout = QVBoxLayout(self.audience_box)
        audience_layout.addWidget(self.family_radio)
        audience_layout.addWidget(self.coordinator_radio)

        self.warning = warning_banner(
            self.tr(
                "The file will hold personal data about the family. Save it only in the "
                "encrypted folder your municipality prescribes, share it only as your "
                "municipality allows, and delete it when it is no longer needed. The export "
                "is recorded in the audit log."
            ),
            "export_warning",
            self,
        )
        self.buttons, self.save_button = save_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.format_box)
        layout.addWidget(self.audience_box)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        finger_sized_controls(self)
        self.buttons.accepted.connect(self._choose)
        self.buttons.rejected.connect(self.reject)

    def chosen_format(self) -> ExportFormat:
        return ExportFormat.PNG if self.png_radio.isChecked() else ExportFormat.PDF

    def chosen_audience(self) -> Audience:
        return Audience.COORDINATOR if self.coordinator_radio.isChecked() else Audience.FAMILY

    def suggested_path(self, today: dt.date | None = None) -> str:
        """A name without the family's: file names end up in lists and backups."""
        today = today or dt.date.today()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        stem = self.tr("family-map")
        if self.chosen_audience() is Audience.COORDINATOR:
            stem = self.tr("family-map-internal")
        name = f"{stem}-{today.isoformat()}.{self.chosen_format().value}"
        return str(Path(folder) / name) if folder else name

    def _choose(self) -> None:
        fmt = self.chosen_format()
        name_filter = (
            self.tr("PNG picture (*.png)")
            if fmt is ExportFormat.PNG
            else self.tr("PDF document (*.pdf)")
        )
        chosen = self.choose_path(self, self.tr("Save the map"), self.suggested_path(), name_filter)
        if not chosen:
            return  # back in the dialog: nothing written
        path = Path(chosen)
        if path.suffix.lower() != f".{fmt.value}":
            path = path.with_name(path.name + f".{fmt.value}")
        self.sig_chosen.emit(path, fmt, self.chosen_audience())
        self.accept()
