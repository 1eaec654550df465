"""Small inline pieces shared by the family views: a confirm bar and a message line.

Confirmations are inline rather than modal dialogs: the app locks by hiding
the main page, and a dialog left open across a lock would outlive the vault
it was about to write to.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ftbt_desktop.ui.error_ink import style_as_error, style_plain


class InlineConfirm(QFrame):
    """ "Are you sure?" as a bar in the page: a question and two buttons."""

    sig_confirmed = Signal()
    sig_cancelled = Signal()

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("role", "confirm")
        self._question = QLabel(self)
        self._question.setWordWrap(True)
        self._question.setTextFormat(Qt.TextFormat.PlainText)
        self.confirm_button = QPushButton(self)
        self.confirm_button.setObjectName(f"{object_name}_yes")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName(f"{object_name}_no")
        layout = QHBoxLayout(self)
        layout.addWidget(self._question, 1)
        layout.addWidget(self.confirm_button)
        layout.addWidget(self.cancel_button)
        self.confirm_button.clicked.connect(self._confirm)
        self.cancel_button.clicked.connect(self._cancel)
        self.hide()

    def ask(self, question: str, confirm_text: str, cancel_text: str) -> None:
        self._question.setText(question)
        self.confirm_button.setText(confirm_text)
        self.cancel_button.setText(cancel_text)
        self.show()
        # The safe choice gets the focus, so Enter does not destroy anything.
        self.cancel_button.setFocus()

    @property
    def question(self) -> str:
        return self._question.text()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._cancel()
            return
        super().keyPressEvent(event)

    def _confirm(self) -> None:
        self.hide()
        self.sig_confirmed.emit()

    def _cancel(self) -> None:
        self.hide()
        self.sig_cancelled.emit()


NOTE_STYLE = "QLabel { font-weight: normal; }"
NOTE_MS = 8000  # a confirmation stays long enough to be read, then goes


class MessageLine(QLabel):
    """A message under a form: shown with text, hidden without.

    The sentence itself says what is wrong and how to fix it, so the colour
    is only a help, never the message. A confirmation ("Snapshot saved") is a
    note instead: plain type, not red, and gone after `NOTE_MS` unless it
    must stay; an error in red and bold stays until the next action.
    """

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.note_timer = QTimer(self)
        self.note_timer.setSingleShot(True)
        self.note_timer.timeout.connect(self.clear_message)
        self._set_role("error")
        self.hide()

    def show_message(self, text: str) -> None:
        """An error or refusal: red and bold, until cleared."""
        self.note_timer.stop()
        self._set_role("error")
        self.setText(text)
        self.setVisible(bool(text))

    def show_note(self, text: str, transient: bool = True) -> None:
        """Something went well: plain type; gone after a while when `transient`."""
        self._set_role("note")
        self.setText(text)
        self.setVisible(bool(text))
        if transient and text:
            self.note_timer.start(NOTE_MS)
        else:
            self.note_timer.stop()

    @property
    def is_error(self) -> bool:
        return self.property("role") == "error"

    def clear_message(self) -> None:
        self.note_timer.stop()
        self.clear()
        self.hide()

    def _set_role(self, role: str) -> None:
        self.setProperty("role", role)
        # A red that reads on this theme's background (ui/error_ink.py).
        if role == "error":
            style_as_error(self)
        else:
            style_plain(self, NOTE_STYLE)
