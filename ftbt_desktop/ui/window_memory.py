"""The window comes back where it was, with the family that was open.

Saved in the vault (storage/window_state.py) when the window locks or closes;
recalled at unlock. A position saved on a monitor that is no longer there (a
laptop undocked from a big screen) is brought back onto a screen that is, and a
family this vault no longer holds (moved to another coordinator, erased) is not
reopened.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from ftbt_desktop.storage.errors import NotFound, VaultError
from ftbt_desktop.storage.window_state import (
    WindowState,
    forget_family,
    save_window_state,
    window_state,
)
from ftbt_desktop.ui.service import VaultService


class WindowMemory(QObject):
    def __init__(
        self,
        window: QWidget,
        service: VaultService,
        current_family: Callable[[], str | None],
        open_family: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.service = service
        self._current_family = current_family
        self._open_family = open_family
        # After every other listener: the family list must have its families first.
        service.sig_unlocked.connect(lambda: QTimer.singleShot(0, self.recall))

    def remember(self) -> None:
        """Before the vault closes (lock, quit)."""
        if not self.service.is_unlocked:
            return
        geometry = bytes(self.window.saveGeometry().toBase64().data()).decode("ascii")
        state = WindowState(geometry, self._current_family() or "")
        # A full disk must not stop the lock; the window then opens as it is next time.
        with contextlib.suppress(VaultError):
            self.service.on_vault(save_window_state, state)

    def recall(self) -> None:
        if not self.service.is_unlocked:
            return
        state: WindowState = self.service.on_vault(window_state)
        if state.geometry:
            self.window.restoreGeometry(QByteArray.fromBase64(state.geometry.encode("ascii")))
            keep_on_screen(self.window)
        if state.family_id:
            try:
                self.service.family(state.family_id)
            except NotFound:
                self.service.on_vault(forget_family)
                return
            self._open_family(state.family_id)


# Less of the window than this on any screen, and it cannot be grabbed and moved back.
REACHABLE = (160, 60)


def keep_on_screen(window: QWidget) -> None:
    """Bring a window that lies (almost) wholly off the screens there are onto the
    primary one, shrunk to fit it. A window that is partly on a screen is left as the
    coordinator placed it."""
    frame = window.frameGeometry()
    screens = QGuiApplication.screens()
    if not screens:
        return
    for screen in screens:
        seen = screen.availableGeometry().intersected(frame)
        if seen.width() >= REACHABLE[0] and seen.height() >= REACHABLE[1]:
            return
    room = (QGuiApplication.primaryScreen() or screens[0]).availableGeometry()
    # The frame (title bar, borders) is outside the size that resize() sets.
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    window.resize(
        min(window.width(), room.width() - extra_w), min(window.height(), room.height() - extra_h)
    )
    frame = window.frameGeometry()
    x = min(max(frame.x(), room.x()), room.right() - frame.width() + 1)
    y = min(max(frame.y(), room.y()), room.bottom() - frame.height() + 1)
    window.move(x, y)
