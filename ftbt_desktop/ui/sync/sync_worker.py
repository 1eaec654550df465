"""The sync engine on its own QThread, talking to the UI only by signals (STYLE pattern 5).

Network waits and pulled pages never block the window. The worker applies
pulled pages itself (each page one vault transaction under the vault's
lock) and reports them by `sig_applied`, so the views refresh on the UI thread.
Cancelling sets an event the engine checks between batches and pages.
"""

from __future__ import annotations

import contextlib
import threading
import webbrowser
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from ftbt_desktop.export.wipe_seal import seal_families
from ftbt_desktop.storage.errors import VaultLocked
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.sync.client import MAX_PUSH, PULL_PAGE
from ftbt_desktop.sync.engine import ClientFactory, SyncEngine, SyncReport, revoke_token
from ftbt_desktop.sync.errors import ClockWrong, SyncError
from ftbt_desktop.ui.tasks import log_unexpected
from ftbt_desktop.words.sync import error_text
from ftbt_desktop.words.vault import unexpected_text

LOCKED = "locked"  # the vault was locked while the sync ran: nothing to tell
UNEXPECTED = "unexpected"


class SyncWorker(QObject):
    sig_progress = Signal(object)  # SyncProgress
    sig_applied = Signal(object)  # ChangeSet of one pulled page
    sig_finished = Signal(object)  # SyncReport
    sig_failed = Signal(str, str)  # kind, translated message
    sig_signed_in = Signal(object)  # Account

    def __init__(
        self,
        client_factory: ClientFactory | None = None,
        now_ms: Callable[[], int] | None = None,
        push_batch: int = MAX_PUSH,
        pull_page: int = PULL_PAGE,
    ) -> None:
        super().__init__()
        self._client_factory = client_factory
        self._now_ms = now_ms
        self._push_batch = push_batch
        self._pull_page = pull_page
        self.cancel_event = threading.Event()
        # Clear while a sync or sign-in is asked for or runs: the controller clears
        # it before asking, the worker sets it when done. A lock waits for it (on
        # the vault worker) so the vault never closes under a running sync.
        self.idle = threading.Event()
        self.idle.set()
        # The last failure itself, for the controller's backoff (retry_after) and
        # clock handling; read on the UI thread after sig_failed arrives.
        self.last_error: BaseException | None = None
        # The system browser; tests put one there that follows the redirects itself.
        self.open_browser: Callable[[str], object] = _open_in_browser

    def cancel(self) -> None:
        """Thread-safe: the running sync stops at its next batch or page."""
        self.cancel_event.set()

    def _engine(self, repo: Repository) -> SyncEngine:
        return SyncEngine(
            repo,
            client_factory=self._client_factory,
            now_ms=self._now_ms,
            push_batch=self._push_batch,
            pull_page=self._pull_page,
            cancel_event=self.cancel_event,
            sealer=seal_families,
        )

    @Slot(object)
    def run_sync(self, repo: Repository) -> None:
        report: SyncReport | None = None
        failure: Exception | None = None
        try:
            report = self._engine(repo).sync(self.sig_progress.emit, self.sig_applied.emit)
        except ClockWrong as exc:
            report, failure = exc.report, exc
        except Exception as exc:  # every failure must reach the UI
            failure = exc
        finally:
            # Idle before the UI hears the outcome: it may ask for the next run at
            # once, and that request's "busy" must not be undone by this run.
            self.idle.set()
        if report is not None:
            self.sig_finished.emit(report)
        if failure is not None:
            self._fail(failure)

    @Slot(object, str, str, str, str)
    def run_login(
        self, repo: Repository, server: str, username: str, password: str, device: str
    ) -> None:
        try:
            account = self._engine(repo).login(server, username, password, device)
        except Exception as exc:
            self.idle.set()
            self._fail(exc)
        else:
            self.idle.set()  # before the UI hears of it, as above (a sync follows at once)
            self.sig_signed_in.emit(account)

    @Slot(object, str, str, str)
    def run_login_sso(self, repo: Repository, server: str, device: str, done_page: str) -> None:
        """Sign in with the municipality's login: waits (cancellable) for the browser."""
        try:
            account = self._engine(repo).login_sso(server, self.open_browser, done_page, device)
        except Exception as exc:
            self.idle.set()
            self._fail(exc)
        else:
            self.idle.set()
            self.sig_signed_in.emit(account)

    @Slot(str, str)
    def run_revoke(self, server_url: str, token: str) -> None:
        """Ask the server to revoke a token the vault has already forgotten (sign-out).

        Best effort: offline, the token still expires on its own, and signing out
        must never wait for the network or fail because of it.
        """
        with contextlib.suppress(Exception):  # offline or refused: the sign-out stands
            revoke_token(server_url, token, self._client_factory)

    def _fail(self, exc: BaseException) -> None:
        expected = isinstance(exc, (SyncError, VaultLocked))
        if not expected:
            log_unexpected(exc)
        # Set before sig_failed, which makes the UI thread read it; without its
        # frames, which would keep a pulled page and the repository alive.
        self.last_error = exc.with_traceback(None)
        if isinstance(exc, SyncError):
            self.sig_failed.emit(exc.kind, error_text(exc))
        elif isinstance(exc, VaultLocked):
            self.sig_failed.emit(LOCKED, "")
        else:
            self.sig_failed.emit(UNEXPECTED, unexpected_text())


def _open_in_browser(url: str) -> bool:
    return webbrowser.open(url, new=1)
