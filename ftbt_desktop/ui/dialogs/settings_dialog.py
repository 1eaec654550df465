"""Settings: language (from the next start), auto-lock minutes, and where the data lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.settings import AUTO_LOCK_MAX, AUTO_LOCK_MIN, Settings, save_settings
from ftbt_desktop.ui.dialogs.settings_notifier import settings_notifier
from ftbt_desktop.ui.workspace.page_frame import error_label, show_error
from ftbt_desktop.words.translations import language_in_force, resolve_language


class SettingsDialog(QDialog):
    sig_saved = Signal(object)  # the saved Settings

    def __init__(self, data_dir: Path, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(460)
        self._data_dir = Path(data_dir)
        self._settings = settings
        self.language = QComboBox()
        self.language.addItem(self.tr("Automatic (the computer's language)"), "auto")
        # Each language in its own words, so it can be found whatever the UI speaks.
        self.language.addItem("Dansk", "da")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        language_note = QLabel(self.tr("A new language is used from the next start."))
        language_note.setWordWrap(True)
        # Said plainly when the choice differs from the language in force: the window
        # does not change when Save is pressed, and nothing else said why.
        self.restart_note = QLabel(self)
        self.restart_note.setObjectName("settings_language_restart")
        self.restart_note.setWordWrap(True)
        self.restart_note.setTextFormat(Qt.TextFormat.PlainText)
        self.restart_note.setStyleSheet("QLabel { font-weight: bold; }")
        self.restart_note.setText(restart_text())
        self.restart_note.hide()
        self._language_in_force = language_in_force()
        self.language.currentIndexChanged.connect(self._show_restart_note)
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(AUTO_LOCK_MIN, AUTO_LOCK_MAX)
        self.auto_lock.setValue(settings.auto_lock_minutes)
        self.auto_lock.setSuffix(self.tr(" min"))
        auto_lock_note = QLabel(
            self.tr("FTBT Desktop locks itself after this many minutes without use.")
        )
        auto_lock_note.setWordWrap(True)
        self.data_folder = QLineEdit(str(self._data_dir))
        self.data_folder.setReadOnly(True)
        data_note = QLabel(
            self.tr("To use another folder, start FTBT Desktop with --data-dir FOLDER.")
        )
        data_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", language_note)
        form.addRow("", self.restart_note)
        form.addRow(self.tr("Lock after:"), self.auto_lock)
        form.addRow("", auto_lock_note)
        form.addRow(self.tr("Data folder:"), self.data_folder)
        form.addRow("", data_note)
        # Self-supporting: the two choices where sources differ (DESIGN §2).
        self.su_counts = QCheckBox(self.tr("SU counts as self-supporting"))
        self.su_counts.setObjectName("settings_su_counts")
        self.su_counts.setChecked(settings.su_counts_self_supporting)
        self.fleksjob_counts = QCheckBox(self.tr("fleksjob counts as self-supporting"))
        self.fleksjob_counts.setObjectName("settings_fleksjob_counts")
        self.fleksjob_counts.setChecked(settings.fleksjob_counts_self_supporting)
        support_note = QLabel(
            self.tr(
                "Self-supporting means receiving no public benefit. The defaults follow "
                "Danmarks Statistik's count of people on public support, which leaves SU out "
                "and counts fleksjob in. Every view and report states the definition it used."
            )
        )
        support_note.setWordWrap(True)
        form.addRow(self.tr("Self-supporting:"), self.su_counts)
        form.addRow("", self.fleksjob_counts)
        form.addRow("", support_note)
        # The role until this vault signs in to a server (storage/roles.py).
        self.supervisor_review = QCheckBox(self.tr("I am a supervisor (read-only review)"))
        self.supervisor_review.setObjectName("settings_supervisor_review")
        self.supervisor_review.setChecked(settings.supervisor_review)
        supervisor_note = QLabel(
            self.tr(
                "Families then open read-only, with a Review panel for comments and the "
                "“reviewed” mark. After signing in to a server, the role the server "
                "gives decides."
            )
        )
        supervisor_note.setWordWrap(True)
        form.addRow(self.tr("Role:"), self.supervisor_review)
        form.addRow("", supervisor_note)
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    @property
    def needs_restart(self) -> bool:
        """The language chosen is not the one the app speaks now."""
        return resolve_language(str(self.language.currentData())) != self._language_in_force

    def _show_restart_note(self) -> None:
        self.restart_note.setVisible(self.needs_restart)

    def chosen(self) -> Settings:
        return Settings(
            language=str(self.language.currentData()),
            auto_lock_minutes=self.auto_lock.value(),
            su_counts_self_supporting=self.su_counts.isChecked(),
            fleksjob_counts_self_supporting=self.fleksjob_counts.isChecked(),
            supervisor_review=self.supervisor_review.isChecked(),
        )

    def _save(self) -> None:
        settings = self.chosen()
        try:
            save_settings(self._data_dir, settings)
        except OSError:
            show_error(self.error, self.tr("The settings could not be saved in the data folder."))
            return
        self.accept()
        self.sig_saved.emit(settings)
        settings_notifier().sig_saved.emit(settings)


def restart_text() -> str:
    return QCoreApplication.translate(
        "SettingsDialog",
        "The new language is used when you close FTBT Desktop and open it again.",
    )
