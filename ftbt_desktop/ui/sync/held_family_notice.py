"""The notice in the family workspace when a family reassigned away is kept for refused changes.

The central server refused changes made here after the family went to another
coordinator; they exist only on this computer. The notice names them and why,
offers to save them (the JSON export, refused changes included) for the new
coordinator, and removes the family only when the coordinator says so.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.export.held_export import InsideDataFolder
from ftbt_desktop.storage.errors import NotFound, VaultError, VaultLocked
from ftbt_desktop.storage.sync_state import HeldFamily, PendingChangesLeft
from ftbt_desktop.ui.sync.refused_changes import load_refused, thing_text
from ftbt_desktop.ui.sync.sync_controller import SyncController, SyncRunning
from ftbt_desktop.ui.tasks import log_unexpected
from ftbt_desktop.words.vault import unexpected_text

# Asks where to save: (parent, title, suggested path, filter) -> chosen path or "".
ChoosePath = Callable[[QWidget, str, str, str], str]


def qt_save_dialog(parent: QWidget, title: str, suggested: str, name_filter: str) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent, title, suggested, name_filter, "", QFileDialog.Option.DontUseNativeDialog
    )
    return path


class HeldFamilyNotice(QFrame):
    """Hidden unless the family shown is held."""

    sig_released = Signal(object)  # PurgedFamily | None: the family left this computer

    def __init__(
        self,
        controller: SyncController,
        parent: QWidget | None = None,
        choose_path: ChoosePath = qt_save_dialog,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.choose_path = choose_path
        self.family_id: str | None = None
        self.held: HeldFamily | None = None
        self.confirm_box: QMessageBox | None = None
        self.setObjectName("held_family_notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#held_family_notice { border: 2px solid palette(highlight); border-radius: 4px; }"
        )
        self.title_label = QLabel(self)
        self.title_label.setObjectName("held_title")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.text_label = QLabel(self)
        self.text_label.setObjectName("held_text")
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.changes_label = QLabel(self)
        self.changes_label.setObjectName("held_changes")
        self.changes_label.setWordWrap(True)
        self.changes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("held_result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.hide()
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("held_save")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("held_remove")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (self.title_label, self.text_label, self.changes_label, self.result_label):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.hide()

        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.ask_remove)
        controller.sig_held_changed.connect(self.refresh)
        controller.service.sig_locked.connect(self._on_locked)

    # -- public ------------------------------------------------------------

    def show_family(self, family_id: str | None) -> None:
        if family_id != self.family_id:
            self.result_label.hide()
        self.family_id = family_id
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        try:
            self.held = self.controller.held_family(self.family_id) if self.family_id else None
        except VaultLocked:
            self.held = None
        self.retranslate()

    @Slot()
    def save(self) -> None:
        """Save the family with its refused changes for the new coordinator."""
        held = self.held
        if held is None:
            return
        chosen = self.choose_path(
            self,
            self.tr("Save refused changes"),
            str(Path.home() / self.tr("refused-changes.json")),
            self.tr("JSON export (*.json)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".json":
            target = target.with_name(target.name + ".json")
        try:
            count = self.controller.save_held_family(held.family_id, target)
        except InsideDataFolder:
            self._say(
                self.tr("Save the file outside the data folder: everything in it stays encrypted.")
            )
        except OSError as exc:
            self._say(
                self.tr("Cannot write {path}: {reason}. Nothing was saved.").format(
                    path=target, reason=exc.strerror or type(exc).__name__
                )
            )
        except (NotFound, VaultLocked):
            self.refresh()
        except Exception as exc:  # never a traceback to the coordinator
            log_unexpected(exc)
            self._say(unexpected_text())
        else:
            self._say(
                self.tr(
                    "Saved to {path} (%n change(s), the refused ones included). Give the "
                    "file to the family's new coordinator: they import it with "
                    "“ftbt-desktop import”. It holds personal data: delete it once it is "
                    "handed on.",
                    None,
                    count,
                ).format(path=target)
            )

    @Slot()
    def ask_remove(self) -> QMessageBox | None:
        """Ask before the family and its refused changes leave this computer."""
        held = self.held
        if held is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Remove from this computer"),
            self.tr(
                "Remove “{name}” from this computer? The refused changes are deleted with it. "
                "Save them first if the new coordinator needs them."
            ).format(name=held.name),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("held_remove_confirm")
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        remove.setObjectName("held_remove_yes")
        keep = box.addButton(self.tr("Keep it for now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.buttonClicked.connect(
            lambda button, family_id=held.family_id: self._answered(button is remove, family_id)
        )
        box.finished.connect(box.deleteLater)
        box.finished.connect(self._box_closed)
        self.confirm_box = box
        box.open()
        return box

    # -- internals ---------------------------------------------------------

    def _box_closed(self) -> None:
        self.confirm_box = None

    def _answered(self, remove: bool, family_id: str) -> None:
        if not remove:
            return
        try:
            purged = self.controller.release_family(family_id)
        except SyncRunning:
            self._say(self.tr("A sync is running. Try again in a moment."))
            return
        except PendingChangesLeft:
            self._say(
                self.tr(
                    "Changes made here are still waiting to be sent. Sync first, then remove "
                    "the family."
                )
            )
            return
        except (NotFound, VaultLocked):
            self.refresh()
            return
        except VaultError as exc:
            log_unexpected(exc)
            self._say(unexpected_text())
            return
        self.held = None
        self.retranslate()
        self.sig_released.emit(purged)

    def _say(self, text: str) -> None:
        self.result_label.setText(text)
        self.result_label.show()

    @Slot()
    def _on_locked(self) -> None:
        self.held = None
        self.result_label.clear()
        self.result_label.hide()
        self.retranslate()

    def retranslate(self) -> None:
        # Named before the early return: hidden, they are still in the accessibility tree.
        self.save_button.setText(self.tr("Save for the new coordinator…"))
        self.save_button.setAccessibleName(
            self.tr("Save the changes not sent for the new coordinator")
        )
        self.remove_button.setText(self.tr("Remove the family from this computer"))
        self.remove_button.setAccessibleName(self.tr("Remove the family from this computer"))
        held = self.held
        self.setVisible(held is not None)
        if held is None:
            return
        count = len(held.refused)
        self.title_label.setText(self.tr("Written here, not sent"))
        text = self.tr(
            "The central server refused %n change(s) made here. They exist "
            "only on this computer, so the family stays until you let it go. Save them as "
            "a file for the family's new coordinator (or contact them), then remove the "
            "family.",
            None,
            count,
        )
        self.text_label.setText(text)
        # What was written, not only which field (ui/sync/refused_changes.py).
        refused = load_refused(self.controller.service, held.family_id)
        self.changes_label.setText("\n".join(f"• {thing_text(refused, t)}" for t in refused.things))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
