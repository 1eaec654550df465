"""Restore from backup: pick one of the rotating backups, confirm, and the window restores it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.storage.vault import list_backups


def backup_time(path: Path) -> dt.datetime | None:
    """When a backup was made, from its name (vault-20250101T120000123456Z.db)."""
    try:
        stamp = path.stem.removeprefix("vault-")
        return dt.datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=dt.UTC)
    except ValueError:
        return None


def format_when(when: dt.datetime) -> str:
    """Local time in the UI locale's short format (Danish: 24.12.2025 14.30)."""
    moment = QDateTime.fromMSecsSinceEpoch(int(when.timestamp() * 1000)).toLocalTime()
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class RestoreBackupDialog(QDialog):
    sig_restore = Signal(object)  # Path of the confirmed backup

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumWidth(440)
        intro = QLabel(
            self.tr(
                "FTBT Desktop backs up the vault when you lock it and once a day, and keeps "
                "the last seven backups. Choose the backup to go back to. Changes made "
                "after it will no longer be in the vault; the current files are kept aside "
                "in the data folder."
            )
        )
        intro.setWordWrap(True)
        self.backups = QListWidget()
        self.backups.setAccessibleName(self.tr("Backups"))
        self.empty = QLabel(self.tr("There are no backups yet."))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("Restore…"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.backups)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        self.backups.itemDoubleClicked.connect(lambda _item: self._confirm())
        self.confirm_box: QMessageBox | None = None
        self._fill(data_dir)

    def chosen(self) -> Path | None:
        item = self.backups.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _fill(self, data_dir: Path) -> None:
        for path in list_backups(data_dir):
            when = backup_time(path)
            label = format_when(when) if when is not None else path.name
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.backups.addItem(item)
        has_any = self.backups.count() > 0
        self.empty.setVisible(not has_any)
        self.backups.setVisible(has_any)
        self.restore_button.setEnabled(has_any)
        if has_any:
            self.backups.setCurrentRow(0)

    def _confirm(self) -> None:
        path = self.chosen()
        if path is None:
            return
        item = self.backups.currentItem()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore from backup"),
            self.tr(
                "Go back to the backup from {when}? Changes made after it will no longer "
                "be in the vault."
            ).format(when=item.text()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("Restore"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: self._confirmed(box.clickedButton() == yes, path))
        self.confirm_box = box
        box.open()

    def _confirmed(self, yes: bool, path: Path) -> None:
        self.confirm_box = None
        if yes:
            self.accept()
            self.sig_restore.emit(path)
