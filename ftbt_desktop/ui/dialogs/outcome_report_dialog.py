"""The outcome report from the app: a toolbar action and a small dialog.

The dialog asks for the period, all families or a chosen set, and where to
save the PDF and/or the CSV; it says that the files hold personal data and
belong in the encrypted folder the municipality prescribes. The export runs
on the window's vault worker (`TaskRunner`), so the window keeps painting,
locking waits for it, and its progress comes back by a queued signal.

Qt's own save dialog is used, as for the map: a system dialog may add the
file to the desktop's list of recent files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QObject, QStandardPaths, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.core.measures import SelfSupportDefinition
from ftbt_desktop.export.outcome_report import (
    ReportRequest,
    ReportResult,
    ReportStep,
    ReportWriteFailed,
    export_outcome_report,
    inside_folder,
)
from ftbt_desktop.storage.errors import NotFound, VaultLocked
from ftbt_desktop.ui.dialogs.save_dialog import ChoosePath, qt_save_dialog, warning_banner
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.tasks import TaskRunner, log_unexpected

if TYPE_CHECKING:
    from ftbt_desktop.ui.main_window import MainWindow

STATUS_MESSAGE_MS = 15_000


class ProgressRelay(QObject):
    """Lives on the UI thread; emitted from the worker, so delivery is queued."""

    sig_progress = Signal(str, int, int)  # ReportStep, done, total


class OutcomeReportDialog(QDialog):
    sig_finished = Signal(object)  # ReportResult

    def __init__(
        self,
        service: VaultService,
        runner: TaskRunner,
        definition: SelfSupportDefinition | None = None,
        parent: QWidget | None = None,
        choose_path: ChoosePath = qt_save_dialog,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outcome_report_dialog")
        self.service = service
        self.runner = runner
        self.definition = definition or SelfSupportDefinition()
        self.choose_path = choose_path
        self.today = today or dt.date.today()
        self.running = False
        self.report_result: ReportResult | None = None
        self.relay = ProgressRelay(self)
        self.relay.sig_progress.connect(self._on_progress)
        self.setWindowTitle(self.tr("Outcome report"))
        self.setMinimumWidth(520)

        # -- period --
        period = QGroupBox(self.tr("Period"), self)
        self.from_check = QCheckBox(self.tr("From"), period)
        self.from_date = QDateEdit(period)
        self.to_check = QCheckBox(self.tr("To and including"), period)
        self.to_date = QDateEdit(period)
        today_q = QDate(self.today.year, self.today.month, self.today.day)
        self.from_date.setDate(today_q.addYears(-1))
        self.to_date.setDate(today_q)
        for check, edit in ((self.from_check, self.from_date), (self.to_check, self.to_date)):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
        period_note = QLabel(
            self.tr(
                "A period counts the families whose effort overlaps it, the measures dated "
                "in it and the goals worked on in it. Without a limit, everything recorded "
                "counts."
            ),
            period,
        )
        period_note.setWordWrap(True)
        period_layout = QGridLayout(period)
        period_layout.addWidget(self.from_check, 0, 0)
        period_layout.addWidget(self.from_date, 0, 1)
        period_layout.addWidget(self.to_check, 1, 0)
        period_layout.addWidget(self.to_date, 1, 1)
        period_layout.addWidget(period_note, 2, 0, 1, 2)
        # A second period beside the first (the first and the second year, say).
        self.compare_check = QCheckBox(self.tr("Compare with a second period"), period)
        self.compare_check.setObjectName("report_compare")
        self.compare_from = QDateEdit(period)
        self.compare_from.setObjectName("report_compare_from")
        self.compare_to = QDateEdit(period)
        self.compare_to.setObjectName("report_compare_to")
        self.compare_from.setDate(today_q.addYears(-2))
        self.compare_to.setDate(today_q.addYears(-1).addDays(-1))
        compare_from_label = QLabel(self.tr("Second period from"), period)
        compare_to_label = QLabel(self.tr("to and including"), period)
        compare_from_label.setBuddy(self.compare_from)
        compare_to_label.setBuddy(self.compare_to)
        for edit in (self.compare_from, self.compare_to):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            self.compare_check.toggled.connect(edit.setEnabled)
        period_layout.addWidget(self.compare_check, 3, 0, 1, 2)
        period_layout.addWidget(compare_from_label, 4, 0)
        period_layout.addWidget(self.compare_from, 4, 1)
        period_layout.addWidget(compare_to_label, 5, 0)
        period_layout.addWidget(self.compare_to, 5, 1)

        # -- families --
        families = QGroupBox(self.tr("Families"), self)
        self.all_radio = QRadioButton(families)
        self.all_radio.setChecked(True)
        self.chosen_radio = QRadioButton(self.tr("Only the families ticked below"), families)
        self.family_list = QListWidget(families)
        self.family_list.setObjectName("report_families")
        self.family_list.setEnabled(False)
        self.chosen_radio.toggled.connect(self.family_list.setEnabled)
        families_layout = QVBoxLayout(families)
        families_layout.addWidget(self.all_radio)
        families_layout.addWidget(self.chosen_radio)
        families_layout.addWidget(self.family_list)
        self.team_check = QCheckBox(
            self.tr("Also per team (as the central server said at the last sync)"), families
        )
        self.team_check.setObjectName("report_by_team")
        families_layout.addWidget(self.team_check)
        self._fill_families()

        # -- files --
        files = QGroupBox(self.tr("Files"), self)
        self.pdf_check = QCheckBox(self.tr("PDF with charts"), files)
        self.pdf_check.setChecked(True)
        self.pdf_path = QLineEdit(self._suggested("pdf"), files)
        self.pdf_path.setObjectName("report_pdf_path")
        self.pdf_browse = QPushButton(self.tr("Choose…"), files)
        self.csv_check = QCheckBox(self.tr("CSV for Excel"), files)
        self.csv_check.setChecked(True)
        self.csv_path = QLineEdit(self._suggested("csv"), files)
        self.csv_path.setObjectName("report_csv_path")
        self.csv_browse = QPushButton(self.tr("Choose…"), files)
        files_layout = QGridLayout(files)
        for row, (check, edit, browse) in enumerate(
            (
                (self.pdf_check, self.pdf_path, self.pdf_browse),
                (self.csv_check, self.csv_path, self.csv_browse),
            )
        ):
            files_layout.addWidget(check, row, 0)
            files_layout.addWidget(edit, row, 1)
            files_layout.addWidget(browse, row, 2)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(browse.setEnabled)
        self.pdf_browse.clicked.connect(lambda: self._browse("pdf"))
        self.csv_browse.clicked.connect(lambda: self._browse("csv"))

        self.warning = warning_banner(
            self.tr(
                "The report holds no names and hides counts under 5, but it is still "
                "personal data about the families. Save it only in the encrypted folder your "
                "municipality prescribes, share it only as your municipality allows, and "
                "delete it when it is no longer needed. The export is noted in the audit trail."
            ),
            "report_warning",
            self,
        )

        self.progress = QProgressBar(self)
        self.progress.setObjectName("report_progress")
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.message = QLabel(self)
        self.message.setObjectName("report_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(self)
        self.make_button = self.buttons.addButton(
            self.tr("Make the report"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.make_report)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(period)
        layout.addWidget(families)
        layout.addWidget(files)
        layout.addWidget(self.warning)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    # -- choices -------------------------------------------------------------

    def _fill_families(self) -> None:
        listed = self.service.list_families()
        real = [f for f in listed if not f.is_demo]
        self.all_radio.setText(
            self.tr("All families ({count}; demo families are left out)").format(count=len(real))
        )
        for family in listed:
            label = family.name
            if family.is_demo:
                label = self.tr("{name} (demo)").format(name=family.name)
            item = QListWidgetItem(label, self.family_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, family.id)

    def chosen_family_ids(self) -> tuple[str, ...] | None:
        """None for all families; else the ticked ones (names stay in this dialog)."""
        if self.all_radio.isChecked():
            return None
        ids = []
        for row in range(self.family_list.count()):
            item = self.family_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(ids)

    def set_family_checked(self, family_id: str, checked: bool = True) -> None:
        for row in range(self.family_list.count()):
            item = self.family_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == family_id:
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                item.setCheckState(state)

    def _suggested(self, suffix: str) -> str:
        """A name without any family's: file names end up in lists and backups."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        stem = self.tr("outcome-report")
        name = f"{stem}-{self.today.isoformat()}.{suffix}"
        return str(Path(folder) / name) if folder else name

    def _browse(self, suffix: str) -> None:
        edit = self.pdf_path if suffix == "pdf" else self.csv_path
        name_filter = (
            self.tr("PDF document (*.pdf)") if suffix == "pdf" else self.tr("CSV file (*.csv)")
        )
        chosen = self.choose_path(
            self,
            self.tr("Save the outcome report"),
            edit.text() or self._suggested(suffix),
            name_filter,
        )
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() != f".{suffix}":
                path = path.with_name(path.name + f".{suffix}")
            edit.setText(str(path))

    @staticmethod
    def _day(edit: QDateEdit) -> dt.date:
        date = edit.date()
        return dt.date(date.year(), date.month(), date.day())

    def request(self) -> ReportRequest | None:
        """The choices as a request, or None with the reason shown in the dialog."""
        start = self._day(self.from_date) if self.from_check.isChecked() else None
        end = self._day(self.to_date) if self.to_check.isChecked() else None
        if start and end and start > end:
            return self._refuse(self.tr("The period ends before it starts."))
        pdf = Path(self.pdf_path.text().strip()) if self.pdf_check.isChecked() else None
        csv = Path(self.csv_path.text().strip()) if self.csv_check.isChecked() else None
        if pdf is None and csv is None:
            return self._refuse(self.tr("Choose a PDF, a CSV or both."))
        if (pdf is not None and not pdf.name) or (csv is not None and not csv.name):
            return self._refuse(self.tr("Choose where to save each file."))
        if pdf is not None and csv is not None and pdf == csv:
            return self._refuse(self.tr("The PDF and the CSV need two different files."))
        for path in (pdf, csv):
            if path is not None and inside_folder(path, self.service.data_dir):
                return self._refuse(
                    self.tr(
                        "Save the report outside FTBT Desktop's data folder: everything in it "
                        "stays encrypted."
                    )
                )
        family_ids = self.chosen_family_ids()
        if family_ids == ():
            return self._refuse(self.tr("Tick at least one family, or choose all families."))
        compare = None
        if self.compare_check.isChecked():
            compare = (self._day(self.compare_from), self._day(self.compare_to))
            if compare[0] > compare[1]:
                return self._refuse(self.tr("The second period ends before it starts."))
        return ReportRequest(
            pdf,
            csv,
            start,
            end,
            family_ids,
            self.definition,
            compare=compare,
            by_team=self.team_check.isChecked(),
        )

    def _refuse(self, text: str) -> None:
        self.message.setText(text)
        return None

    # -- running -------------------------------------------------------------

    @Slot()
    def make_report(self) -> None:
        if self.running or not self.service.is_unlocked:
            return
        request = self.request()
        if request is None:
            return
        on_vault = self.service.on_vault
        relay = self.relay
        today = self.today

        def work() -> ReportResult:
            return on_vault(
                export_outcome_report,
                request,
                lambda step, done, total: relay.sig_progress.emit(str(step), done, total),
                today,
            )

        self._set_running(True)
        self.message.setText(self.tr("Making the report…"))
        self.runner.submit(work, self._on_done, self._on_failed)

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.progress.setVisible(running or self.progress.value() > 0)
        if running:
            self.progress.setValue(0)
        for widget in (self.make_button, self.close_button):
            widget.setEnabled(not running)

    @Slot(str, int, int)
    def _on_progress(self, step: str, done: int, total: int) -> None:
        # Reading the families is most of the work; painting the rest.
        spans = {
            ReportStep.LOAD: (0, 70),
            ReportStep.COMPUTE: (70, 75),
            ReportStep.PDF: (75, 95),
            ReportStep.CSV: (95, 97),
            ReportStep.SAVE: (97, 100),
        }
        low, high = spans.get(ReportStep(step), (0, 100))
        fraction = done / total if total else 0.0
        self.progress.setValue(round(low + (high - low) * fraction))

    def _on_done(self, result: ReportResult) -> None:
        self._set_running(False)
        self.progress.setValue(100)
        self.report_result = result
        saved = [str(p) for p in (result.pdf_path, result.csv_path) if p is not None]
        self.message.setText(
            self.tr(
                "The report was saved: {files}. It holds personal data: keep it in the "
                "encrypted folder and delete it when it is no longer needed."
            ).format(files=", ".join(saved))
        )
        self.sig_finished.emit(result)

    def _on_failed(self, exc: BaseException) -> None:
        self._set_running(False)
        self.progress.hide()
        if isinstance(exc, ReportWriteFailed):
            text = self.tr(
                "The report could not be saved as {file}. Choose another folder and try again."
            ).format(file=exc.path)
        elif isinstance(exc, NotFound):
            text = self.tr("A chosen family was removed in the meantime. Choose again.")
        elif isinstance(exc, VaultLocked):
            text = self.tr("FTBT Desktop was locked; nothing was saved.")
        else:
            log_unexpected(exc)
            text = self.tr("The report could not be made. Nothing was saved.")
        self.message.setText(text)

    def done(self, result: int) -> None:
        # While the worker writes, closing would leave its answer nowhere; locking
        # waits for the worker anyway, so the dialog stays until it is finished.
        if self.running:
            return
        super().done(result)


class OutcomeReportAction(QObject):
    """The toolbar action "Outcome report…" of the main window, and the dialog it opens."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("Outcome report…"), window)
        self.action.setObjectName("outcome_report_action")
        self.action.setToolTip(
            self.tr("The programme's figures over all or chosen families, as PDF and CSV")
        )
        window.toolbar.insertAction(window.settings_action, self.action)
        self.action.triggered.connect(lambda: self.open_dialog())
        window.service.sig_unlocked.connect(self._update)
        window.service.sig_locked.connect(self._update)
        self.dialog: OutcomeReportDialog | None = None
        self._update()

    def _update(self) -> None:
        self.action.setEnabled(self.window.service.is_unlocked)

    def open_dialog(self) -> OutcomeReportDialog | None:
        if not self.window.service.is_unlocked:
            return None
        dialog = OutcomeReportDialog(
            self.window.service,
            self.window.runner,
            self.window.settings.self_support_definition(),
            self.window,
        )
        dialog.addAction(self.window.lock_action)  # Ctrl+L locks from the dialog too
        dialog.sig_finished.connect(self._on_finished)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot(object)
    def _on_finished(self, result: ReportResult) -> None:
        self.window.statusBar().showMessage(
            self.tr("The outcome report was saved. It holds personal data: keep it safe."),
            STATUS_MESSAGE_MS,
        )
