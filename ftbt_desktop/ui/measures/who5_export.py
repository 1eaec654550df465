"""The Measures page's "Export WHO-5 (FHIR)…": one adult's WHO-5 measures as a file
for the municipality's health or case system (export/who5_fhir.py).

The file is asked for with Qt's save dialog, refused inside the data folder,
written owner-only and whole or not at all, and noted in the vault's export trail;
a file whose export cannot be noted is removed again, as every export does.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

from ftbt_desktop.export.outcome_report import ReportWriteFailed, inside_folder, write_private
from ftbt_desktop.export.who5_fhir import who5_export
from ftbt_desktop.storage import audit
from ftbt_desktop.storage.errors import NotFound, VaultError
from ftbt_desktop.ui.dialogs.save_dialog import ChoosePath, qt_save_dialog
from ftbt_desktop.ui.service import VaultService


class Who5Exporter(QObject):
    sig_exported = Signal(object)  # Path

    def __init__(
        self,
        service: VaultService,
        note: QLabel,
        parent: QWidget,
        choose_path: ChoosePath = qt_save_dialog,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.note = note
        self.page = parent
        self.choose_path = choose_path

    def export(self, family_id: str, member_id: str) -> Path | None:
        """Ask where, write, note in the trail; the outcome in words under the buttons."""
        chosen = self.choose_path(
            self.page,
            self.tr("Export WHO-5 measures (FHIR)"),
            str(Path.home() / "who5-fhir.json"),
            self.tr("FHIR JSON (*.json)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        if inside_folder(path, self.service.data_dir):
            return self._say(
                self.tr(
                    "Save the file outside FTBT Desktop's data folder: everything in it stays "
                    "encrypted."
                )
            )
        try:
            made = self.service.on_vault(who5_export, family_id, member_id)
        except (NotFound, VaultError):
            return self._say(self.tr("The measures could not be read. Try again."))
        if not made.measures:
            return self._say(self.tr("This person has no WHO-5 measures to export."))
        text = json.dumps(made.document, ensure_ascii=False, indent=2) + "\n"
        try:
            write_private(path, text.encode("utf-8"))
        except ReportWriteFailed as exc:
            return self._say(
                self.tr("The file could not be saved: {reason}.").format(reason=exc.reason)
            )
        try:
            self.service.on_vault(
                audit.record_export, audit.KIND_WHO5_FHIR, "fhir", made.family_ids
            )
        except VaultError:
            # Personal data must not leave the vault unlogged: no entry, no file.
            path.unlink(missing_ok=True)
            return self._say(
                self.tr("The export could not be noted in the vault's log, so nothing was saved.")
            )
        self._say(
            self.tr(
                "{count} WHO-5 measures were saved as {file}, in the form of KL's WHO-5 "
                "questionnaire (FHIR). The file holds personal data: hand it to the "
                "municipality's system and delete it."
            ).format(count=made.measures, file=path.name)
        )
        self.sig_exported.emit(path)
        return path

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.show()
        return None
