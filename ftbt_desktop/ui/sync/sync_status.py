"""The status bar's sync corner: who is signed in to which server, online or not, last
sync, pending changes, conflicts, and, while a long sync runs, a progress bar with Cancel.

It only shows what the controller says (`SyncStatus`, `SyncProgress`) and
forwards two clicks: "Sync now" and "Cancel".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ftbt_desktop.sync.engine import SyncProgress
from ftbt_desktop.ui.sync.sync_controller import SyncController, SyncStatus
from ftbt_desktop.words.sync import (
    conflicts_text,
    identity_text,
    last_sync_text,
    pending_text,
    signed_in_text,
)

PROGRESS_DELAY_MS = 800  # a quick sync shows no progress bar at all
IDENTITY_CHARS = 40  # about this wide at most: "anne · ftbt.kommune.dk"


class SyncStatusWidget(QWidget):
    sig_sign_in_clicked = Signal()
    sig_conflicts_clicked = Signal()

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._status = controller.status()
        self._progress: SyncProgress | None = None

        self.identity_label = QLabel(self)
        self.identity_label.setObjectName("sync_identity")
        self.identity_label.setTextFormat(Qt.TextFormat.PlainText)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("sync_state")
        self.last_label = QLabel(self)
        self.last_label.setObjectName("sync_last")
        self.pending_label = QLabel(self)
        self.pending_label.setObjectName("sync_pending")
        self.conflicts_label = QLabel(self)
        self.conflicts_label.setObjectName("sync_conflicts")
        self.conflicts_label.setStyleSheet("QLabel { font-weight: bold; }")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("sync_progress")
        self.progress_bar.setMaximumWidth(180)
        self.progress_bar.setTextVisible(True)
        self.progress_bar.hide()
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("sync_cancel")
        self.cancel_button.hide()
        self.sync_button = QPushButton(self)
        self.sync_button.setObjectName("sync_now")
        self.sign_in_button = QPushButton(self)
        self.sign_in_button.setObjectName("sync_sign_in")
        self.sign_in_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.identity_label,
            self.state_label,
            self.last_label,
            self.pending_label,
            self.conflicts_label,
            self.progress_bar,
            self.cancel_button,
            self.sync_button,
            self.sign_in_button,
        ):
            layout.addWidget(widget)

        self._show_progress_timer = QTimer(self)
        self._show_progress_timer.setSingleShot(True)
        self._show_progress_timer.setInterval(PROGRESS_DELAY_MS)
        self._show_progress_timer.timeout.connect(self._reveal_progress)

        self.sync_button.clicked.connect(controller.sync_now)
        self.cancel_button.clicked.connect(controller.cancel)
        self.sign_in_button.clicked.connect(self.sig_sign_in_clicked)
        self.conflicts_label.linkActivated.connect(lambda _link: self.sig_conflicts_clicked.emit())
        controller.sig_status_changed.connect(self.show_status)
        controller.sig_progress.connect(self.show_progress)
        self.retranslate()

    @Slot(object)
    def show_status(self, status: SyncStatus) -> None:
        was_running = self._status.running
        self._status = status
        if status.running and not was_running:
            self._progress = None
            self.cancel_button.setEnabled(True)
            self._show_progress_timer.start()
        elif not status.running:
            self._show_progress_timer.stop()
            self.progress_bar.hide()
            self.cancel_button.hide()
        self.retranslate()

    @Slot(object)
    def show_progress(self, progress: SyncProgress) -> None:
        self._progress = progress
        if progress.phase in ("push", "pull") and progress.total:
            self.progress_bar.setRange(0, progress.total)
            self.progress_bar.setValue(progress.done)
        else:
            self.progress_bar.setRange(0, 0)  # an older server does not say how much is left
        self._update_progress_text()

    def _reveal_progress(self) -> None:
        if self._status.running:
            self.progress_bar.show()
            self.cancel_button.show()

    def _update_progress_text(self) -> None:
        progress = self._progress
        if progress is None:
            return
        if progress.phase == "push":
            text = self.tr("Sending %v of %m")
        elif progress.phase == "pull" and progress.total:
            text = self.tr("Fetching %v of %m")
        elif progress.phase == "pull":
            text = self.tr("Fetched {count}").format(count=progress.done)
        elif progress.phase == "index":
            # A new laptop's first sync builds the vault's search indexes at its end.
            text = self.tr("Making the families searchable…")
        else:
            text = self.tr("Syncing…")
        self.progress_bar.setFormat(text)

    def retranslate(self) -> None:
        status = self._status
        if not status.signed_in:
            state = self.tr("Not signed in")
        elif status.running:
            state = self.tr("Syncing…")
        elif status.online is False:
            state = self.tr("Offline")
        elif status.online is None:
            state = self.tr("Not synced yet")
        else:
            state = self.tr("Online")
        self.state_label.setText(state)
        known = status.signed_in and bool(status.username)
        tip = signed_in_text(status.username, status.server_url) if known else ""
        self.state_label.setToolTip(tip)
        # A long server address must not push the rest of the corner off the status bar:
        # elided in the middle, whole in the tooltip.
        metrics = self.identity_label.fontMetrics()
        self.identity_label.setText(
            metrics.elidedText(
                identity_text(status.username, status.server_url),
                Qt.TextElideMode.ElideMiddle,
                metrics.averageCharWidth() * IDENTITY_CHARS,
            )
        )
        self.identity_label.setToolTip(tip)
        self.identity_label.setAccessibleName(tip)
        self.identity_label.setVisible(known)
        self.last_label.setText(last_sync_text(status.last_sync, status.nothing_new))
        self.last_label.setVisible(status.signed_in or status.last_sync is not None)
        self.pending_label.setText(pending_text(status.pending))
        self.pending_label.setVisible(status.pending > 0)
        self.conflicts_label.setText(f'<a href="conflicts">{conflicts_text(status.conflicts)}</a>')
        self.conflicts_label.setVisible(status.conflicts > 0)
        self.sync_button.setText(self.tr("Sync now"))
        self.sync_button.setEnabled(status.signed_in and not status.running)
        self.sync_button.setVisible(status.signed_in)
        self.sign_in_button.setText(self.tr("Sign in…"))
        self.sign_in_button.setVisible(not status.signed_in)
        self.cancel_button.setText(self.tr("Cancel"))
        self._update_progress_text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
