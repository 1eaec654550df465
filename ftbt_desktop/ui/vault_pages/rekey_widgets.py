"""The re-key choice in the passphrase and recovery key dialogs, and its progress.

The re-key itself (`storage/rekey.py`) runs on the vault worker; its progress
comes back through a relay living on the UI thread, so delivery is queued.
Stopping is offered until the new key is being put in force; from then on the
re-key must finish (a kill would still leave a vault that opens, see rekey.py).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.storage.rekey import Progress, RekeyStep


class RekeyChoice(QWidget):
    """ "The old secret may be known" and "re-encrypt all data", the second on with the first."""

    def __init__(self, known_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.may_be_known = QCheckBox(known_text)
        self.rekey = QCheckBox(self.tr("Re-encrypt all data with a new key"))
        self.explain = QLabel(
            self.tr(
                "Someone with an old copy of the key file and the old secret could otherwise "
                "read what you write from now on. Re-encrypting takes a little while, "
                "replaces your backups with a new one, and makes a new recovery key."
            )
        )
        self.explain.setWordWrap(True)
        self.explain.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.may_be_known)
        layout.addWidget(self.rekey)
        layout.addWidget(self.explain)
        self.may_be_known.toggled.connect(self.rekey.setChecked)

    @property
    def wanted(self) -> bool:
        return self.rekey.isChecked()


class ProgressRelay(QObject):
    """Lives on the UI thread; emitted from the worker, so delivery is queued."""

    sig_progress = Signal(str, int)  # RekeyStep, percent


class RekeyProgressDialog(QDialog):
    """A bar, what is being done, and "Stop" until the new key goes in force."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rekey_progress")
        self.setWindowTitle(self.tr("Re-encrypting all data"))
        self.setModal(True)
        self.setMinimumWidth(420)
        self.cancel_event = threading.Event()
        self.relay = ProgressRelay(self)
        self.relay.sig_progress.connect(self._on_progress)
        self.label = QLabel(self.tr("Getting ready…"))
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.buttons = QDialogButtonBox()
        self.stop_button = QPushButton(self.tr("Stop"))
        self.buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.stop_button.clicked.connect(self._stop)
        self._finished = False

    def progress(self) -> Progress:
        """A callback for `rekey(progress=…)`, safe to call from the worker."""
        relay = self.relay
        return lambda step, percent: relay.sig_progress.emit(str(step), percent)

    def finish(self) -> None:
        self._finished = True
        self.done(QDialog.DialogCode.Accepted)

    def reject(self) -> None:
        # Esc and the window's close button stop it too, but the dialog stays
        # until the worker says it has stopped: the vault is busy till then.
        if not self._finished:
            self._stop()

    def done(self, result: int) -> None:
        if self._finished:
            super().done(result)

    def _stop(self) -> None:
        if self.stop_button.isEnabled():
            self.cancel_event.set()
            self.stop_button.setEnabled(False)
            self.label.setText(self.tr("Stopping… nothing will be changed."))

    @Slot(str, int)
    def _on_progress(self, step: str, percent: int) -> None:
        self.bar.setValue(percent)
        if self.cancel_event.is_set():
            return
        texts = {
            RekeyStep.COPY: self.tr("Encrypting all data with the new key…"),
            RekeyStep.CHECK: self.tr("Checking the new copy…"),
            RekeyStep.SWAP: self.tr("Putting the new key in force…"),
            RekeyStep.BACKUP: self.tr("Making a new backup under the new key…"),
        }
        self.label.setText(texts.get(RekeyStep(step), ""))
        if step in (RekeyStep.SWAP, RekeyStep.BACKUP):
            self.stop_button.setEnabled(False)  # past the point of no return
