"""When to sync, and what the window shows about it.

The controller owns the sync worker's thread and decides when a sync runs:
at unlock, after edits settle (a debounce after the last change), every few
minutes, and when the coordinator asks. Failures that time can cure (no
network, server trouble) schedule a retry with exponential backoff; the
others are said once, in plain words, and wait for the coordinator. Widgets
(status bar, sign-in dialog, conflict notice) talk to the controller only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from ftbt_desktop.export.held_export import save_held_family
from ftbt_desktop.storage.errors import VaultLocked
from ftbt_desktop.storage.repository import ChangeSet, Origin, Touched
from ftbt_desktop.storage.sync_state import (
    Account,
    Conflict,
    HeldFamily,
    PurgedFamily,
    SyncState,
)
from ftbt_desktop.sync.backoff import Backoff
from ftbt_desktop.sync.client import DeviceInfo, SyncClient
from ftbt_desktop.sync.engine import SyncReport, default_device_name
from ftbt_desktop.sync.errors import NotSignedIn, RateLimited
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.sync.sync_worker import LOCKED, UNEXPECTED, SyncWorker
from ftbt_desktop.words.sync import rolled_back_text, sso_done_page


class SyncRunning(RuntimeError):
    """Asked for something that must wait until the running sync has ended."""


DEBOUNCE_MS = 20_000
PERIODIC_MS = 5 * 60_000
# Pulled pages reach the views at most this often: the first at once, the rest
# gathered. Every refresh reads the vault, which waits while the worker applies
# the next page; on a new laptop's first sync (50 pages) that was 50 waits.
APPLIED_EVERY_MS = 500
SIGN_IN_KINDS = frozenset({"not_signed_in", "unauthorized", "token_expired", "user_disabled"})
OFFLINE_KINDS = frozenset({"unreachable", "server_trouble", "rate_limited"})


@dataclass(frozen=True, slots=True)
class SyncStatus:
    signed_in: bool = False
    online: bool | None = None  # None: not tried since unlock
    running: bool = False
    last_sync: dt.datetime | None = None
    pending: int = 0
    conflicts: int = 0
    username: str = ""
    server_url: str = ""
    retry_in_ms: int = 0  # a retry is scheduled (offline)
    nothing_new: bool = False  # the last sync sent and fetched nothing (said, to the second)


class SyncController(QObject):
    sig_status_changed = Signal(object)  # SyncStatus
    sig_progress = Signal(object)  # SyncProgress
    # A sentence for the coordinator (failures: sig_failed; what the server refused or
    # removed is recorded in the vault as a message, storage/notices.py).
    sig_message = Signal(str)
    sig_sign_in_needed = Signal(str)  # why; the window offers the sign-in dialog
    sig_signed_in = Signal(object)  # Account
    sig_sign_in_failed = Signal(str)
    sig_families_purged = Signal(object)  # list[PurgedFamily]
    sig_families_held = Signal(object)  # list[HeldFamily] newly kept for refused changes
    sig_held_changed = Signal()  # a family became held, or was let go
    sig_conflicts_changed = Signal()
    sig_finished = Signal(object)  # SyncReport
    sig_failed = Signal(str, str)  # kind, message

    _sig_run_sync = Signal(object)
    _sig_run_login = Signal(object, str, str, str, str)
    _sig_run_login_sso = Signal(object, str, str, str)  # repo, server, device, done page
    _sig_run_revoke = Signal(str, str)  # server url, token forgotten at sign-out

    def __init__(
        self,
        service: VaultService,
        parent: QObject | None = None,
        worker: SyncWorker | None = None,
        debounce_ms: int = DEBOUNCE_MS,
        periodic_ms: int = PERIODIC_MS,
        backoff: Backoff | None = None,
        applied_every_ms: int = APPLIED_EVERY_MS,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.backoff = backoff or Backoff()
        self._status = SyncStatus()
        self._running = False
        self._again = False  # "sync now" pressed while a sync ran
        self._online: bool | None = None
        self._signing_in = False
        self._applied: set[Touched] = set()  # pulled, not yet shown to the views
        self._nothing_new = False

        self._thread = QThread(self)
        self._thread.setObjectName("ftbt-sync-worker")
        self.worker = worker or SyncWorker()
        self.worker.moveToThread(self._thread)
        self._sig_run_sync.connect(self.worker.run_sync)
        self._sig_run_login.connect(self.worker.run_login)
        self._sig_run_login_sso.connect(self.worker.run_login_sso)
        self._sig_run_revoke.connect(self.worker.run_revoke)
        self.worker.sig_progress.connect(self.sig_progress)
        self.worker.sig_applied.connect(self._on_applied)
        self.worker.sig_finished.connect(self._on_finished)
        self.worker.sig_failed.connect(self._on_failed)
        self.worker.sig_signed_in.connect(self._on_signed_in)
        self._thread.start()

        self.debounce = _single_shot(self, debounce_ms, self.sync_now)
        self.retry = _single_shot(self, 0, self.sync_now)
        self.applied_timer = _single_shot(self, applied_every_ms, self._on_applied_timer)
        self.periodic = QTimer(self)
        self.periodic.setInterval(periodic_ms)
        self.periodic.timeout.connect(self._on_periodic)

        service.sig_unlocked.connect(self._on_unlocked)
        service.sig_locked.connect(self._on_locked)
        service.sig_changed.connect(self._on_local_change)
        # New review comments and answers are said in Messages (storage/notices.py).
        if service.is_unlocked:
            self._on_unlocked()

    # -- what the widgets read ---------------------------------------------

    @property
    def running(self) -> bool:
        return self._running

    def status(self) -> SyncStatus:
        return self._status

    def account(self) -> Account | None:
        state = self._state()
        return state.account() if state is not None else None

    def device_name(self) -> str:
        """What this computer is called on the server (given at sign-in), else its host name."""
        account = self.account()
        return (account.device_name if account else "") or default_device_name()

    def devices_fetcher(self) -> Callable[[], list[DeviceInfo]]:
        """A call, for any thread, that asks the server for this user's own computers.

        The account is read here, on the UI thread; the call touches no vault."""
        account = self.account()

        def fetch() -> list[DeviceInfo]:
            if account is None or not account.signed_in:
                raise NotSignedIn()
            with SyncClient(account.server_url, account.token) as client:
                return client.devices()

        return fetch

    def device_names(self) -> dict[str, str]:
        """Other laptops' names as their users gave them at sign-in (device id → name)."""
        state = self._state()
        return state.device_names() if state is not None else {}

    def conflicts(self, family_id: str | None = None) -> list[Conflict]:
        state = self._state()
        return state.conflicts(family_id) if state is not None else []

    def resolve(self, conflict_id: int, keep_change_id: str) -> ChangeSet:
        """The coordinator kept one value: a new change, pushed at the next sync."""
        state = self._state()
        if state is None:
            raise VaultLocked()
        changes = state.resolve(conflict_id, keep_change_id)
        self.service.sig_changed.emit(changes)  # views refresh; the debounce starts
        self.sig_conflicts_changed.emit()
        self.refresh_status()
        return changes

    def held_family(self, family_id: str) -> HeldFamily | None:
        """The family, when it is no longer ours but kept for changes the server refused."""
        state = self._state()
        return state.held_family(family_id) if state is not None else None

    def save_held_family(self, family_id: str, target: Path) -> int:
        """Save a held family with its refused changes for the new coordinator (JSON export)."""
        if not self.service.is_unlocked:
            raise VaultLocked()
        return self.service.on_vault(save_held_family, family_id, target, self.service.data_dir)

    def release_family(self, family_id: str) -> PurgedFamily | None:
        """The coordinator lets a held family go: removed from this computer, refused
        changes and all. Not while a sync runs (it may be purging or pushing it)."""
        state = self._state()
        if state is None:
            raise VaultLocked()
        if self._running:
            raise SyncRunning()
        purged = state.release_family(family_id)
        self.sig_held_changed.emit()
        self.sig_conflicts_changed.emit()
        self.refresh_status()
        return purged

    # -- commands ----------------------------------------------------------

    def sync_now(self) -> bool:
        """Start a sync unless one runs (then one more follows). False when not possible."""
        if not self.service.is_unlocked:
            return False
        if self._running:
            self._again = True
            return True
        account = self.account()
        if account is None or not account.signed_in:
            return False
        self.debounce.stop()
        self.retry.stop()
        self._again = False
        self._set_running(True)
        self.worker.cancel_event.clear()
        self.worker.idle.clear()
        self.service.on_vault(self._sig_run_sync.emit)
        return True

    def cancel(self) -> None:
        self._again = False
        self.worker.cancel()

    def sign_in(self, server: str, username: str, password: str, device: str = "") -> bool:
        if not self.service.is_unlocked or self._running:
            return False
        self._signing_in = True
        self._set_running(True)
        self.worker.cancel_event.clear()
        self.worker.idle.clear()
        self.service.on_vault(self._sig_run_login.emit, server, username, password, device)
        return True

    def sign_in_sso(self, server: str, device: str = "") -> bool:
        """Sign in with the municipality's login in the system browser (sync/sso.py);
        `cancel()` stops the wait for the browser."""
        if not self.service.is_unlocked or self._running:
            return False
        self._signing_in = True
        self._set_running(True)
        self.worker.cancel_event.clear()
        self.worker.idle.clear()
        self.service.on_vault(self._sig_run_login_sso.emit, server, device, sso_done_page())
        return True

    def sign_out(self) -> None:
        """Forget the token in the vault; the server and username stay for next time, and
        changes not yet sent stay on this computer until someone signs in again."""
        state = self._state()
        self.debounce.stop()
        self.retry.stop()
        self.cancel()  # a running sync stops at its next step
        if state is not None:
            account = state.account()
            state.forget_token()
            if account is not None and account.signed_in:
                # Forgotten here first, so no sync uses it again; then revoked on the
                # server on the worker (after the cancelled sync), so a copy taken off
                # this laptop stops working too. Offline, it expires on its own.
                self._sig_run_revoke.emit(account.server_url, account.token)
        self._nothing_new = False
        self.refresh_status()

    def wait_stopped(self) -> None:
        """Block until no sync or sign-in runs on the worker. For another worker
        thread, after the vault was locked (which cancels the sync): the vault
        closes only once the sync has let go of it. Never on the UI thread."""
        self.worker.idle.wait()

    def shutdown(self, wait_ms: int = 35_000) -> None:
        """Stop the worker thread (at app exit): a running sync stops at its next step."""
        self.debounce.stop()
        self.retry.stop()
        self.periodic.stop()
        self.worker.cancel()
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait(wait_ms)

    def refresh_status(self) -> None:
        state = self._state()
        if state is None:
            self._status = SyncStatus(online=self._online)
        else:
            account = state.account()
            self._status = SyncStatus(
                signed_in=account is not None and account.signed_in,
                online=self._online,
                running=self._running,
                last_sync=state.last_sync(),
                pending=state.pending_count(),
                conflicts=state.conflict_count(),
                username=account.username if account else "",
                server_url=account.server_url if account else "",
                retry_in_ms=self.retry.remainingTime() if self.retry.isActive() else 0,
                nothing_new=self._nothing_new,
            )
        self.sig_status_changed.emit(self._status)

    # -- internals ---------------------------------------------------------

    def _state(self) -> SyncState | None:
        if not self.service.is_unlocked:
            return None
        return self.service.on_vault(SyncState)

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.refresh_status()

    @Slot()
    def _on_unlocked(self) -> None:
        self._online = None
        self._nothing_new = False
        self.backoff.reset()
        self.periodic.start()
        self.refresh_status()
        self.sync_now()

    @Slot()
    def _on_locked(self) -> None:
        self.applied_timer.stop()
        self._applied.clear()
        self.debounce.stop()
        self.retry.stop()
        self.periodic.stop()
        self.worker.cancel()
        self.refresh_status()

    @Slot(object)
    def _on_local_change(self, changes: object) -> None:
        # Our own sig_changed (pulled changes) must not restart the edit debounce;
        # a view that writes in answer to it emits another, which must.
        if isinstance(changes, ChangeSet) and changes.initiator is self:
            return
        if self.account() is not None:
            self.debounce.start()
        self.refresh_status()

    @Slot()
    def _on_periodic(self) -> None:
        if not self.retry.isActive():
            self.sync_now()

    @Slot(object)
    def _on_applied(self, changes: ChangeSet) -> None:
        if not self.service.is_unlocked:
            return
        self._applied |= changes.all_touched()
        if not self.applied_timer.isActive():
            self._flush_applied()
            self.applied_timer.start()

    @Slot()
    def _on_applied_timer(self) -> None:
        # What came meanwhile goes now, and the next page waits its turn again.
        if self._applied:
            self._flush_applied()
            self.applied_timer.start()

    def _flush_applied(self) -> None:
        """Tell the views about the pulled pages gathered so far, as one change."""
        pending, self._applied = self._applied, set()
        if not pending or not self.service.is_unlocked:
            return
        told = ChangeSet(touched=frozenset(pending), origin=Origin.SYNC, initiator=self)
        self.service.sig_changed.emit(told)

    def _flush_applied_now(self) -> None:
        # The sync is over: the views catch up before anything is said about it.
        self.applied_timer.stop()
        self._flush_applied()

    @Slot(object)
    def _on_finished(self, report: SyncReport) -> None:
        self._flush_applied_now()
        self._online = True
        self.backoff.reset()
        self._nothing_new = _nothing_new(report)
        self._set_running(False)
        gone = list(report.purged) + list(report.erased)  # erased on an order: gone too
        if gone:
            self.sig_families_purged.emit(gone)
        if report.conflicts or gone:
            self.sig_conflicts_changed.emit()
        # Refusals are said in the Messages list (storage/notices.py); in a held family
        # also by its notice, whose list follows at once.
        held_ids = {h.family_id for h in report.held}
        rejected = [r for r in report.rejected if r.change.family_id not in held_ids]
        if report.held_new or report.retried or len(rejected) < len(report.rejected):
            self.sig_held_changed.emit()
        if report.rolled_back:
            self.sig_message.emit(rolled_back_text())
        if report.held_new:
            self.sig_families_held.emit(list(report.held_new))
        self.sig_finished.emit(report)
        if self._again:
            self.sync_now()

    @Slot(str, str)
    def _on_failed(self, kind: str, message: str) -> None:
        self._flush_applied_now()
        signing_in, self._signing_in = self._signing_in, False
        self._set_running(False)
        if kind == LOCKED:
            return
        if kind in OFFLINE_KINDS:
            self._online = False
        elif kind != UNEXPECTED:
            self._online = True  # the server answered, whatever it said
        if signing_in:
            self.refresh_status()
            self.sig_sign_in_failed.emit(message)
            return
        if kind in OFFLINE_KINDS:
            error = self.worker.last_error
            at_least = error.retry_after if isinstance(error, RateLimited) else 0.0
            self.retry.start(int(self.backoff.next_delay(at_least) * 1000))
        self.refresh_status()
        self.sig_failed.emit(kind, message)
        if kind in SIGN_IN_KINDS:
            self.sig_sign_in_needed.emit(message)

    @Slot(object)
    def _on_signed_in(self, account: Account) -> None:
        self._signing_in = False
        self._online = True
        self.backoff.reset()
        self._set_running(False)
        self.sig_signed_in.emit(account)
        self.sync_now()


def _nothing_new(report: SyncReport) -> bool:
    """The sync ran to its end and neither sent nor brought anything."""
    return not (
        report.cancelled
        or report.pushed
        or report.pulled
        or report.conflicts
        or report.rejected
        or report.purged
        or report.erased
        or report.held_new
        or report.retried
        or report.rolled_back
    )


def _single_shot(parent: QObject, interval_ms: int, slot: Callable[[], object]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    return timer
