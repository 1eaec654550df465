"""One app per data folder: the folder's lock, and a second start bringing the first forward.

The app holds the data folder's lock (storage/folder_lock.py) from start to
exit. A second start on the same folder cannot take it; it then asks the
running app, through a local socket named for the folder, to show its
window, and ends. When no app answers (the folder is held by an
`ftbt-desktop` command, or the first app is still starting), it says that
FTBT Desktop is already open on this folder.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox, QWidget

from ftbt_desktop.storage import folder_lock
from ftbt_desktop.storage.errors import FolderNotPrivate, VaultInUse
from ftbt_desktop.words.vault import not_private_text

APP_TITLE = "FTBT Desktop"  # the product's name, the same in every language
SHOW_REQUEST = b"show\n"
SHOWN_REPLY = b"shown\n"
# How long a second start waits for the first to answer: the first may be busy on
# its UI thread (a dialog opening); the wait ends as soon as it answers.
ANSWER_WAIT_MS = 5_000
# How long the running app waits for the request line of a connection it accepted
# (only this user's processes may connect; a second start writes it at once).
REQUEST_WAIT_MS = 1_000

log = logging.getLogger(__name__)


def server_name(data_dir: Path) -> str:
    """The local socket's name: one per folder and per user account.

    A hash, because socket names are short and the path may hold any character;
    the user in it keeps two accounts on one computer apart.
    """
    try:
        folder = str(Path(data_dir).resolve())
    except OSError:
        folder = str(Path(data_dir).absolute())
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = str(os.getuid()) if hasattr(os, "getuid") else ""
    digest = hashlib.sha256(f"{user}\0{os.path.normcase(folder)}".encode()).hexdigest()
    return f"ftbt-desktop-{digest[:24]}"


class AppInstance(QObject):
    """This app's claim on its data folder, and the door a second start knocks on."""

    sig_show_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.name = server_name(self.data_dir)
        self._lock = folder_lock.FolderLock(self.data_dir, folder_lock.KIND_APP)
        self._server: QLocalServer | None = None
        self.refusal: VaultInUse | None = None

    def claim(self) -> bool:
        """Take the folder; False when another process holds it (see `refusal`).

        Raises FolderNotPrivate for a folder others can open that cannot be tightened."""
        try:
            self._lock.acquire()
        except VaultInUse as exc:
            self.refusal = exc
            return False
        except OSError as exc:
            # A folder that cannot even hold the lock file cannot hold a vault either:
            # the window says so in its own words when it tries to use it.
            log.warning("data folder lock not taken (%s)", type(exc).__name__)
            return True
        self._listen()
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.release()

    def ask_running_to_show(self) -> bool:
        """Ask the app holding the folder to show its window; True when it said it did."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(ANSWER_WAIT_MS):
            return False
        try:
            socket.write(SHOW_REQUEST)
            if not socket.waitForBytesWritten(ANSWER_WAIT_MS):
                return False
            reply = b""
            while not reply.endswith(b"\n") and socket.waitForReadyRead(ANSWER_WAIT_MS):
                reply += bytes(socket.readAll().data())
            return reply == SHOWN_REPLY
        finally:
            socket.abort()

    def _listen(self) -> None:
        server = QLocalServer(self)
        # Only this user's processes may knock.
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # Holding the folder's lock, no live app can own this name: one left by a
        # crashed app (a socket file on Unix) is stale and goes.
        QLocalServer.removeServer(self.name)
        if not server.listen(self.name):
            # Not fatal: a second start then only says the app is already open.
            return
        server.newConnection.connect(self._on_connection)
        self._server = server

    def _on_connection(self) -> None:
        server = self._server
        if server is None:
            return
        socket = server.nextPendingConnection()
        while socket is not None:
            self._answer(socket)
            socket = server.nextPendingConnection()

    def _answer(self, socket: QLocalSocket) -> None:
        # Read at once rather than on readyRead: a second start writes its one line
        # right after connecting, and no slot is left tied to a socket Qt may delete.
        try:
            while not socket.canReadLine() and socket.waitForReadyRead(REQUEST_WAIT_MS):
                pass
            if socket.canReadLine() and bytes(socket.readLine().data()) == SHOW_REQUEST:
                self.sig_show_requested.emit()
                socket.write(SHOWN_REPLY)
                socket.waitForBytesWritten(REQUEST_WAIT_MS)
        finally:
            socket.disconnectFromServer()
            socket.deleteLater()


def bring_forward(window: QWidget) -> None:
    """Show the window a second start asked for: unminimised, raised, active.

    In family view only the family view's own window comes forward: the main
    window would show every other family at the kitchen table.
    """
    kitchen = getattr(getattr(window, "kitchen_mode", None), "window", None)
    target = kitchen if isinstance(kitchen, QWidget) else window
    if target.isMinimized():
        target.showNormal()
    target.show()
    target.raise_()
    target.activateWindow()


def already_open_box(data_dir: Path, parent: QWidget | None = None) -> QMessageBox:
    """Said by a second start that could not reach the app holding the folder."""
    return QMessageBox(
        QMessageBox.Icon.Information,
        APP_TITLE,
        already_open_text(data_dir),
        QMessageBox.StandardButton.Ok,
        parent,
    )


def not_private_box(refused: FolderNotPrivate, parent: QWidget | None = None) -> QMessageBox:
    """Said by a start on a data folder others can open, which this account cannot tighten."""
    return QMessageBox(
        QMessageBox.Icon.Critical,
        APP_TITLE,
        not_private_text(refused),
        QMessageBox.StandardButton.Ok,
        parent,
    )


def already_open_text(data_dir: Path) -> str:
    return QCoreApplication.translate(
        "SingleInstance",
        "FTBT Desktop is already open on this data folder ({folder}), or a command is "
        "working on it. Use the window that is open, or wait for the command to finish "
        "and start FTBT Desktop again.",
    ).format(folder=data_dir)
