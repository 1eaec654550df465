"""The coordinator's own computers, as the central server knows them.

Opened from the sign-in dialog ("My computers…"). Lists each computer that has signed
in as this user: its name, when first and last seen, which one is this computer, and
which an administrator has revoked. The list is fetched off the UI thread; the
dialog only shows what comes back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Callable, Sequence

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.sync.client import DeviceInfo
from ftbt_desktop.sync.errors import SyncError
from ftbt_desktop.words.sync import error_text, moment_text

Fetch = Callable[[], list[DeviceInfo]]


def seen_text(ms: int, locale: QLocale | None = None) -> str:
    return moment_text(dt.datetime.fromtimestamp(ms / 1000, dt.UTC), locale)


class DevicesDialog(QDialog):
    # From the fetching thread; delivered on the UI thread (queued across threads).
    _sig_loaded = Signal(object)

    def __init__(self, fetch: Fetch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("devices_dialog")
        self.setWindowTitle(self.tr("My computers"))
        self.intro = QLabel(
            self.tr(
                "The computers you have signed in to the central server from. If one "
                "is lost, ask your administrator to revoke it."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.table = QTreeWidget(self)
        self.table.setObjectName("devices_table")
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(
            [self.tr("Computer"), self.tr("First seen"), self.tr("Last seen"), self.tr("Status")]
        )
        self.table.setAccessibleName(self.tr("My computers"))
        self.message = QLabel(self.tr("Fetching the list from the central server…"), self)
        self.message.setObjectName("devices_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(640, 320)
        self._sig_loaded.connect(self._on_loaded)
        threading.Thread(target=self._fetch, args=(fetch,), daemon=True).start()

    def _fetch(self, fetch: Fetch) -> None:
        try:
            result: object = fetch()
        except SyncError as exc:
            result = exc
        except Exception as exc:  # shown as a failed fetch, never a crash
            result = SyncError(type(exc).__name__)
        # The dialog may have been closed and deleted while the server answered.
        with contextlib.suppress(RuntimeError):
            self._sig_loaded.emit(result)

    @Slot(object)
    def _on_loaded(self, result: object) -> None:
        if isinstance(result, SyncError):
            self.message.setText(error_text(result))
            return
        assert isinstance(result, list)
        self.show_devices(result)

    def show_devices(self, found: Sequence[DeviceInfo]) -> None:
        self.table.clear()
        for device in found:
            if device.revoked:
                status = self.tr("Revoked")
            elif device.current:
                status = self.tr("This computer")
            else:
                status = ""
            item = QTreeWidgetItem(
                [
                    device.name,
                    seen_text(device.first_seen_ms),
                    seen_text(device.last_seen_ms),
                    status,
                ]
            )
            if device.current:
                font = QFont(item.font(0))
                font.setBold(True)
                for column in range(4):
                    item.setFont(column, font)
            if device.revoked:
                for column in range(4):
                    item.setForeground(column, self.palette().placeholderText())
            self.table.addTopLevelItem(item)
        for column in range(4):
            self.table.resizeColumnToContents(column)
        self.message.setVisible(not found)
        if not found:
            self.message.setText(self.tr("The central server knows no computer of yours yet."))
