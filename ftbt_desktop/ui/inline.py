"""Small inline pieces shared by the family views: a confirm bar and a message line.

Confirmations are inline rather than modal dialogs: the app locks by hiding
the main page, and a dialog left open across a lock would outlive the vault
it was about to write to.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


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


class MessageLine(QLabel):
    """A message under a form: shown with text, hidden without.

    The sentence itself says what is wrong and how to fix it, so the colour
    is only a help, never the message.
    """

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setProperty("role", "error")
        # A default that reads on light and dark themes; the app style may override it.
        self.setStyleSheet("QLabel { color: #c62828; font-weight: bold; }")
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.clear()
        self.hide()
