""" "Export family plan…": choose who it is for, where to save it, then write it.

The dialog says plainly that the file holds personal data and suggests the
encrypted folder the municipality prescribes. Qt's own save dialog is used
(as for the map), so the desktop's recent-files list never learns a file
name. The PDF is written by a worker with a progress dialog and Cancel, and
the export is recorded in the vault's audit trail when the file is whole.
A lock cancels an export under way; a file finished as the vault locked,
which can then not be noted in the audit trail, is removed (as for every
export: no file without its audit entry), and the coordinator is told.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGroupBox,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.export.family_plan import ExportCancelled
from ftbt_desktop.export.map_export import ExportFailed
from ftbt_desktop.export.plan_content import PlanAudience, gather_plan
from ftbt_desktop.export.plan_map import plan_map_content
from ftbt_desktop.storage.audit import KIND_PLAN_PDF, record_export
from ftbt_desktop.storage.errors import VaultError
from ftbt_desktop.ui.dialogs.save_dialog import (
    ChoosePath,
    qt_save_dialog,
    save_buttons,
    warning_banner,
)
from ftbt_desktop.ui.plan_export.export_job import PlanPdfJob
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.tasks import log_unexpected


class PlanExportDialog(QDialog):
    sig_chosen = Signal(object, object)  # Path, PlanAudience

    def __init__(
        self,
        parent: QWidget | None = None,
        audience: PlanAudience = PlanAudience.FAMILY,
        choose_path: ChoosePath = qt_save_dialog,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("plan_export_dialog")
        self.choose_path = choose_path
        self.setWindowTitle(self.tr("Export family plan"))
        self.setMinimumWidth(460)

        self.audience_box = QGroupBox(self.tr("Who is it for?"), self)
        self.family_radio = QRadioButton(
            self.tr("The family: plain language, large type, without internal notes"),
            self.audience_box,
        )
        self.family_radio.setObjectName("plan_export_family")
        self.supervisor_radio = QRadioButton(
            self.tr("The supervisor: everything, with internal notes, visit summaries and reviews"),
            self.audience_box,
        )
        self.supervisor_radio.setObjectName("plan_export_supervisor")
        group = QButtonGroup(self)
        for radio in (self.family_radio, self.supervisor_radio):
            group.addButton(radio)
        (
            self.supervisor_radio if audience is PlanAudience.SUPERVISOR else self.family_radio
        ).setChecked(True)
        box_layout = QVBoxLayout(self.audience_box)
        box_layout.addWidget(self.family_radio)
        box_layout.addWidget(self.supervisor_radio)

        self.warning = warning_banner(
            self.tr(
                "The PDF holds personal data about the family. Save it in the encrypted "
                "folder your municipality prescribes, share it only as your municipality "
                "allows, and delete it when it is no longer needed. The export is recorded "
                "in the audit log."
            ),
            "plan_export_warning",
            self,
        )
        self.buttons, self.save_button = save_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.audience_box)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._choose)
        self.buttons.rejected.connect(self.reject)

    def chosen_audience(self) -> PlanAudience:
        if self.supervisor_radio.isChecked():
            return PlanAudience.SUPERVISOR
        return PlanAudience.FAMILY

    def suggested_path(self, today: dt.date | None = None) -> str:
        """A name without the family's: file names end up in lists and backups."""
        today = today or dt.date.today()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        stem = (
            self.tr("family-plan")
            if self.chosen_audience() is PlanAudience.FAMILY
            else self.tr("family-plan-supervisor")
        )
        name = f"{stem}-{today.isoformat()}.pdf"
        return str(Path(folder) / name) if folder else name

    def _choose(self) -> None:
        chosen = self.choose_path(
            self, self.tr("Save the family plan"), self.suggested_path(), self.tr("PDF (*.pdf)")
        )
        if not chosen:
            return  # back in the dialog: nothing written
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.sig_chosen.emit(path, self.chosen_audience())
        self.accept()


class PlanExporter(QObject):
    """Runs one family's plan export from the dialog to the audit trail."""

    sig_finished = Signal(object, int)  # Path, pages
    sig_failed = Signal(str)  # a sentence for the user

    def __init__(
        self,
        service: VaultService,
        parent: QWidget,
        choose_path: ChoosePath = qt_save_dialog,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.parent_widget = parent
        self.choose_path = choose_path
        self.dialog: PlanExportDialog | None = None
        self.job: PlanPdfJob | None = None
        self.progress: QProgressDialog | None = None
        self._stopped_by_lock = False
        service.sig_locked.connect(self._on_locked)

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def open_dialog(self, family_id: str, audience: PlanAudience) -> PlanExportDialog:
        dialog = PlanExportDialog(self.parent_widget, audience, self.choose_path)
        dialog.sig_chosen.connect(lambda path, chosen: self.export(family_id, chosen, path))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def export(self, family_id: str, audience: PlanAudience, path: Path) -> bool:
        """Read the plan now, then write the file in the worker; False if not started."""
        if self.busy:
            return False
        try:
            content = gather_plan(self.service, family_id, audience)
            map_content = self.service.on_vault(plan_map_content, family_id)
        except VaultError:
            self.sig_failed.emit(self.tr("The family could not be read. Nothing was written."))
            return False
        job = PlanPdfJob(self)
        self.job = job
        self._stopped_by_lock = False
        progress = QProgressDialog(
            self.tr("Writing the family plan…"), self.tr("Cancel"), 0, 0, self.parent_widget
        )
        progress.setObjectName("plan_export_progress")
        progress.setWindowTitle(self.tr("Export family plan"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(job.cancel)
        self.progress = progress
        job.sig_progress.connect(self._on_progress)
        job.sig_done.connect(lambda pages: self._on_done(family_id, audience, path, pages))
        job.sig_failed.connect(self._on_failed)
        job.start(content, map_content, path)
        return True

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        if self.job is not None:
            self.job.deleteLater()
            self.job = None

    def _on_locked(self) -> None:
        # Nothing is written for a locked screen: the file would be personal data
        # made while nobody watched, and could not be noted in the audit trail.
        if self.busy and self.job is not None:
            self._stopped_by_lock = True
            self.job.cancel()

    def _on_done(self, family_id: str, audience: PlanAudience, path: Path, pages: int) -> None:
        self._close_progress()
        locked = not self.service.is_unlocked
        if not locked:
            try:
                self.service.on_vault(
                    record_export, KIND_PLAN_PDF, "pdf", [family_id], audience.value
                )
            except VaultError as exc:
                log_unexpected(exc)
            else:
                self.sig_finished.emit(path, pages)
                return
        path.unlink(missing_ok=True)
        self.sig_failed.emit(
            self.tr(
                "The family plan was not kept: FTBT Desktop locked before the export could "
                "be noted in the audit log. Export it again after unlocking."
            )
            if locked
            else self.tr(
                "The family plan was not kept: the export could not be noted in the audit "
                "log. Try again."
            )
        )

    def _on_failed(self, exc: object) -> None:
        self._close_progress()
        if isinstance(exc, ExportCancelled):
            if self._stopped_by_lock:
                self.sig_failed.emit(
                    self.tr(
                        "FTBT Desktop locked while the family plan was being written, so "
                        "nothing was saved. Export it again after unlocking."
                    )
                )
            return
        if isinstance(exc, ExportFailed | OSError):
            text = self.tr(
                "The family plan could not be written there. Choose another folder; "
                "nothing was written."
            )
        else:
            if isinstance(exc, BaseException):
                log_unexpected(exc)
            text = self.tr("The family plan could not be made. Nothing was written.")
        self.sig_failed.emit(text)


def show_failure(parent: QWidget, text: str) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("PlanExporter", "Export family plan"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("plan_export_failed")
    box.finished.connect(box.deleteLater)
    box.open()
    return box
