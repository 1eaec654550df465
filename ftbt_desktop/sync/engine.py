"""Sign in and sync one vault with the central store.

A sync is: check the server's version and clock; push pending changes in
batches of at most 1000, marking each batch pushed only after the server's
answer; pull pages (2000 changes; the next one fetched while this one is
applied), each applied together with its cursor in one vault transaction
(conflicts recorded there); then purge families revoked from
this user, after pushing anything still pending for them. A revoked family
whose changes the server refused is held instead of purged: those changes
exist nowhere else, so it stays until the coordinator lets it go. A cancel flag is
checked between batches and pages, so a cancelled or killed sync leaves the
vault consistent and the next one carries on where this one stopped.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import queue
import random
import socket
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ftbt_desktop.core.clock import SERVER_SKEW_MS, StampAhead
from ftbt_desktop.storage import notices
from ftbt_desktop.storage.audit import mark_sent, unsent_exports
from ftbt_desktop.storage.pulled import CheckedPage, check_page
from ftbt_desktop.storage.repository import ChangeSet, Origin, Repository, Touched
from ftbt_desktop.storage.sync_state import (
    Account,
    BuildStopped,
    HeldFamily,
    PageResult,
    PendingChangesLeft,
    PulledPage,
    PurgedFamily,
    RefusedChangesLeft,
    Rejection,
    SyncState,
)
from ftbt_desktop.sync import rollback, sso, wipe
from ftbt_desktop.sync.client import (
    MAX_PULL,
    MAX_PUSH,
    PULL_PAGE,
    ProviderInfo,
    PullAnswer,
    SyncClient,
    normalise_server_url,
)
from ftbt_desktop.sync.errors import (
    ClockWrong,
    DeviceRevoked,
    NotSignedIn,
    ServerBusy,
    ServerRejected,
    ServerUnreachable,
    SsoFailed,
    StampedAhead,
    SyncError,
    TokenExpired,
    Unauthorized,
    UserDisabled,
    WipeOrdered,
)
from ftbt_desktop.sync.pull_helper import HELPER_FROM, HelperGone, PullHelper

log = logging.getLogger(__name__)

# The server refuses stamps more than MAX_AHEAD_MS (5 minutes) ahead of its clock;
# checking a little below that tells the coordinator before anything is refused.
CLOCK_TOLERANCE_MS = SERVER_SKEW_MS
CLOCK_AHEAD = "clock_ahead"
# The key a server gave this vault at its last sign-in (server docs: "Sign-in limits").
DEVICE_KEY_META = "sync.device_key"
# How long a sign-in waits out a server busy with other sign-ins before saying so.
LOGIN_PATIENCE_S = 30.0
# How often a wait for a page in flight looks at the cancel flag (threading has no
# wait for either of two events).
CANCEL_CHECK_S = 0.05
# Changes fetched ahead of the vault at most (in whole pages, two at least), and the
# changes applied in one transaction at most when that many are waiting (a commit costs
# by the pages it touches, not by its rows: bench/sync_bench.py). Counted in changes, not
# pages: ten pages of 5000 ahead raised a supervisor's laptop's peak memory from 241 to
# 304 MB during a first sync of a million changes (bench/sync_scale.py --million).
AHEAD_CHANGES = 20_000
APPLY_AT_ONCE = 20_000
# A pull's transaction spans batches while the next is already fetched and nothing
# else wants the vault, up to this many changes or seconds (SyncState.pull_span): each
# commit rewrites the random-id index pages it touched, so applying 100,000 changes in
# one took 2.9-4.2 s against 4.7-5.3 s committed per batch. The bounds keep what a
# crash sends back to be pulled again and how long the window shows no new families;
# spans of 50,000 and of 100,000 gave a first sync of a million changes the same time
# and peak memory (84-87 s, 395-398 MB; bench/sync_scale.py --million).
SPAN_CHANGES = 50_000
# A first pull that the server says brings at least this many changes, into a vault
# holding nothing the server has, is written as a load: three read-only indexes are
# built once at its end (storage/first_load.py). Once the laptop's own writing got
# faster, a load paid off from 100,000 changes on: a command's first sync of 100,000
# took 2.55-2.76 s against 2.95-3.19 s with the server's pages ready (its work done
# elsewhere, four pairs in turn), 3.30-3.66 s against 3.47-4.03 s with the server on the
# same two cores (six pairs), peaking at 245 against 305 MB (before a small load's
# indexes were built in its own page cache, first_load.py). Part of that is the load's
# one commit (LOAD_SPAN_CHANGES): the window's sync, in its everyday spans, took the
# same time either way (3.48-3.76 s against 3.45-4.19 s, four pairs), peaking at 247-276
# against 302-310 MB. At 50,000 a command's took the same time either way, so below
# 100,000 a load is not worth what it costs meanwhile (a family opened scans the state;
# after a crash the next unlock builds the indexes first).
FIRST_LOAD_FROM = 100_000
SPAN_S = 5.0
# A load's spans are longer: the laptop has nothing of the server's to show yet, and
# past a few hundred thousand changes each commit rewrites most pages of the random-id
# indexes that stay (the change ids, the state's key). A first sync of a million
# changes spent 4.5 s of the app's time in commits against 9.9 s in spans of 50,000
# (profiles), and took 42.7-49.1 s against 44.5-52.2 s, medians 44.8 and 47.1 s (four
# runs each, in turn; bench/sync_scale.py --million, PostgreSQL, a slow day's machine).
# A crash sends at most this many back to be pulled again; the window still ends a
# span at once when it wants the vault. Only for a sync nobody listens to (a command's;
# the window's keeps SPAN_CHANGES, see `_pull_pages`).
LOAD_SPAN_CHANGES = 200_000
LOAD_SPAN_S = 20.0
# How long a span waits for the next page before it commits. A new laptop's pages come
# a few hundredths of a second apart when the vault writes faster than the server and
# the pull helper make them: a span that ended whenever no page was waiting committed
# nearly every page alone, and each commit rewrites the random-id index pages it
# touched (ten commits, 0.8 s of a 2.7 s first sync of 100,000 changes, against two
# and 0.55 s). A thread that wants the vault ends the wait at once (SPAN_WAIT_POLL_S).
SPAN_WAIT_S = 0.25
SPAN_WAIT_POLL_S = 0.002
# How long a sync waits, between spans, for a thread waiting for the vault to take it,
# and how often it looks (SyncEngine._give_way).
GIVE_WAY_S = 1.0
GIVE_WAY_POLL_S = 0.002


@dataclass(frozen=True, slots=True)
class SyncProgress:
    phase: str  # "connect" | "push" | "pull" | "index" | "purge"
    done: int  # changes pushed or pulled so far in this phase
    total: int  # changes to push, or to pull as the server counted them; 0 when unknown


@dataclass(slots=True)
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0  # new conflicts found in this sync
    rejected: list[Rejection] = field(default_factory=list)
    purged: list[PurgedFamily] = field(default_factory=list)
    # Families erased on the server by an order, removed here (pending edits included).
    erased: list[PurgedFamily] = field(default_factory=list)
    # Revoked families kept for their refused changes (all of them; `held_new`: those
    # not told about before, so the coordinator hears of each once).
    held: list[HeldFamily] = field(default_factory=list)
    held_new: list[HeldFamily] = field(default_factory=list)
    cancelled: bool = False
    pending: int = 0  # changes still waiting to be pushed afterwards
    open_conflicts: int = 0  # all conflicts waiting for the coordinator
    clock_refused: int = 0  # changes the server refused as stamped in the future
    exports_reported: int = 0  # entries of the export audit trail sent to the central log
    retried: int = 0  # refused changes sent again because their family was given back
    # The vault lacked changes this computer had already pushed (an older copy was put
    # back); the pull brought them back from the server (sync/rollback.py).
    rolled_back: bool = False
    # Pulled changes skipped because their value breaks its field's rule (an older server).
    refused_pulled: int = 0
    # Pulled pages fetched and checked by the helper process (sync/pull_helper.py).
    helper_pages: int = 0

    @property
    def in_sync(self) -> bool:
        return not self.cancelled and self.pending == 0 and not self.rejected and not self.held


Progress = Callable[[SyncProgress], None]
Applied = Callable[[ChangeSet], None]
# Pages fetched and checked, and the error that ended the fetching after them (if any).
Taken = tuple[list[tuple[PullAnswer, CheckedPage]], BaseException | None]
ClientFactory = Callable[[str, str], SyncClient]


def default_device_name() -> str:
    try:
        return socket.gethostname() or "computer"
    except OSError:
        return "computer"


class SyncEngine:
    """Runs on any one thread (its pulls are fetched from a helper thread, which
    never touches the vault); the vault's own lock serialises it with the UI."""

    def __init__(
        self,
        repo: Repository,
        client_factory: ClientFactory | None = None,
        now_ms: Callable[[], int] | None = None,
        push_batch: int = MAX_PUSH,
        pull_page: int = PULL_PAGE,
        cancel_event: threading.Event | None = None,
        sealer: wipe.Sealer | None = None,
        pull_helper: bool | None = None,
    ) -> None:
        self.repo = repo
        self.state = SyncState(repo)
        self._client_factory = client_factory or (lambda url, token: SyncClient(url, token))
        # A large pull fetched in a helper process (sync/pull_helper.py), which makes its
        # own plain client: so by default only when this engine's clients are plain too.
        self._pull_helper = client_factory is None if pull_helper is None else pull_helper
        self._helper_for: tuple[str, str] | None = None
        self._now_ms = now_ms or (lambda: time.time_ns() // 1_000_000)
        self.push_batch = min(push_batch, MAX_PUSH)
        self.pull_page = min(pull_page, MAX_PULL)
        # Set from any thread; never cleared here, so a cancel that comes before
        # the sync starts is not lost (the owner clears it before the next run).
        self.cancel_event = cancel_event or threading.Event()
        # Seals what a wipe cannot push for the administrator (export/wipe_seal.py);
        # without one, those families stay in the vault.
        self.sealer = sealer
        # This computer's clock minus the server's, as measured at connect.
        self._offset_ms = 0
        # For the messages a sync records (storage/notices.py): the reader's role, and
        # how many changes of each family this sync has pushed.
        self._role = ""
        self._erased: tuple[str, ...] = ()
        self._sent: dict[str, int] = {}

    # -- signing in --------------------------------------------------------

    def login(
        self, server_url: str, username: str, password: str, device_name: str = ""
    ) -> Account:
        """Sign in and keep the token inside the vault. Pending changes are kept."""
        url = normalise_server_url(server_url)
        device = device_name or default_device_name()
        # The known-device key goes only to the server and user it came from.
        previous = self.state.account()
        known = previous is not None and (previous.server_url, previous.username) == (
            url,
            username.strip(),
        )
        device_key = (self.repo.vault.get_meta(DEVICE_KEY_META) or "") if known else ""
        with self._client_factory(url, "") as client:
            version = client.version()
            self._check_clock(version.server_time_ms)
            try:
                answer = self._login_when_free(
                    client, username.strip(), password, device, device_key
                )
            except DeviceRevoked:
                # That key is spent: the next sign-in registers the computer anew.
                self.repo.vault.set_meta(DEVICE_KEY_META, "")
                raise
        account = Account(
            server_url=url,
            username=answer.username,
            user_id=answer.user_id,
            role=answer.role,
            token=answer.token,
            expires_at=answer.expires_at,
            device_name=device,
        )
        self.state.save_account(account)
        self.repo.vault.set_meta(DEVICE_KEY_META, answer.device_key)
        return account

    def login_sso(
        self,
        server_url: str,
        open_browser: Callable[[str], object],
        done_page: str,
        device_name: str = "",
    ) -> Account:
        """Sign in with the municipality's login in the system browser (sync/sso.py),
        then at the central store with the ID token. Cancel with `cancel()`."""
        url = normalise_server_url(server_url)
        device = device_name or default_device_name()
        with self._client_factory(url, "") as client:
            version = client.version()
            self._check_clock(version.server_time_ms)
            provider, _passwords = client.auth_config()
            if provider is None:
                raise SsoFailed("not_configured", "this server has no identity provider")
            tokens = sso.sign_in_at_provider(
                provider, open_browser, done_page, cancel=self.cancel_event
            )
            return self._keep_sso_sign_in(client, url, provider, tokens, device)

    def _keep_sso_sign_in(
        self,
        client: SyncClient,
        url: str,
        provider: ProviderInfo,
        tokens: sso.SsoTokens,
        device: str,
    ) -> Account:
        previous = self.state.account()
        # The known-device key goes only to the server it came from; the server
        # takes it only from the user it was given to.
        same_server = previous is not None and previous.server_url == url
        device_key = (self.repo.vault.get_meta(DEVICE_KEY_META) or "") if same_server else ""
        try:
            answer = client.login_oidc(tokens.id_token, device, device_key)
        except DeviceRevoked:
            self.repo.vault.set_meta(DEVICE_KEY_META, "")
            raise
        account = Account(
            server_url=url,
            username=answer.username,
            user_id=answer.user_id,
            role=answer.role,
            token=answer.token,
            expires_at=answer.expires_at,
            device_name=device,
            sso_issuer=provider.issuer,
            sso_client_id=provider.client_id,
            sso_scopes=provider.scopes,
            refresh_token=tokens.refresh_token,
        )
        self.state.save_account(account)
        self.repo.vault.set_meta(DEVICE_KEY_META, answer.device_key)
        return account

    def _refresh_sign_in(self, account: Account) -> Account:
        """The sync token ran out: sign in again with the refresh token, no browser.
        Offline, the refresh token is kept for the next try; refused, it is dropped."""
        provider = ProviderInfo(account.sso_issuer, account.sso_client_id, account.sso_scopes)
        try:
            tokens = sso.refresh_at_provider(provider, account.refresh_token)
        except SsoFailed as failed:
            if failed.code == "unreachable":
                raise ServerUnreachable("identity provider unreachable") from None
            self.state.forget_token()
            raise TokenExpired("the municipality's login must be renewed") from None
        with self._client_factory(account.server_url, "") as client:
            try:
                return self._keep_sso_sign_in(
                    client, account.server_url, provider, tokens, account.device_name
                )
            except SsoFailed:
                self.state.forget_token()
                raise TokenExpired("the central store refused the renewed login") from None
            except (DeviceRevoked, UserDisabled):
                self.state.forget_token()  # no silent sign-in again from this computer
                raise

    def _login_when_free(
        self, client: SyncClient, username: str, password: str, device: str, device_key: str
    ) -> Any:
        """Sign in, waiting out a busy server (503 `busy`) for up to LOGIN_PATIENCE_S.

        A busy server checked nothing (no attempt was counted), so trying again is
        safe; twenty colleagues signing in at once would otherwise be sent away. The
        wait follows the server's Retry-After and stops at once on cancel.
        """
        deadline = time.monotonic() + LOGIN_PATIENCE_S
        while True:
            try:
                return client.login(username, password, device, device_key)
            except ServerBusy as busy:
                pause = min(max(busy.retry_after, 0.5), 5.0) * random.uniform(0.5, 1.0)
                if time.monotonic() + pause > deadline or self.cancel_event.wait(pause):
                    raise

    def logout(self) -> None:
        account = self.state.account()
        if account is not None and account.signed_in:
            # Signing out locally must work offline too.
            with contextlib.suppress(Exception):
                revoke_token(account.server_url, account.token, self._client_factory)
        self.state.forget_token()

    # -- syncing -----------------------------------------------------------

    def cancel(self) -> None:
        """Ask a running sync to stop at the next batch or page (any thread)."""
        self.cancel_event.set()

    def sync(self, progress: Progress | None = None, applied: Applied | None = None) -> SyncReport:
        account = self._signed_in_account()
        report = SyncReport()
        self._role = account.role
        self._sent = {}
        self._helper_for = (account.server_url, account.token) if self._pull_helper else None
        say = progress or (lambda _p: None)
        try:
            with self._client_factory(account.server_url, account.token) as client:
                say(SyncProgress("connect", 0, 0))
                version = client.version()
                self._check_clock(version.server_time_ms)
                page_size = min(self.pull_page, version.max_pull)
                try:
                    self._check_rolled_back(client, report)
                    if (
                        self._push(client, report, say)
                        and self._pull(client, report, say, applied, page_size)
                        # A family given back: what the server refused there goes again.
                        and (not report.retried or self._push(client, report, say))
                    ):
                        self._erase(client, report)
                        self._purge(client, report, say)
                    self._report_exports(client, report)
                except WipeOrdered as order:
                    self._obey_wipe(client, report, say, order.seal_key)
        except DeviceRevoked:
            # Signed out, the vault kept; a later sign-in registers the computer anew.
            self.state.forget_token()
            self.repo.vault.set_meta(DEVICE_KEY_META, "")
            raise
        except Unauthorized as refused:
            # Asked again at the next sign-in; every pending change stays. A sync token
            # that merely ran out keeps the municipality's login for a silent renewal.
            self.state.forget_token(keep_refresh=type(refused) is TokenExpired)
            raise
        except ClockWrong as exc:
            exc.report = report  # what was pushed before a pulled page was refused
            raise
        finally:
            report.pending = self.state.pending_count()
            report.open_conflicts = self.state.conflict_count()
        if report.clock_refused:
            error = ClockWrong(0, f"{report.clock_refused} changes stamped ahead of the server")
            error.report = report
            raise error
        if not report.cancelled:
            self.state.set_last_sync()
        return report

    def _obey_wipe(
        self, client: SyncClient, report: SyncReport, say: Progress, seal_key: str
    ) -> None:
        """An administrator ordered this computer wiped: push what may still go, then
        empty the vault and sign out (the design: sync/wipe.py). Raises VaultWiped, or
        returns with nothing wiped when the push was cancelled (obeyed next time)."""
        try:
            if not self._push(client, report, say):
                return
        except (WipeOrdered, Unauthorized, ServerRejected):
            pass  # may push no more: what is left stays, sealed in the vault
        raise wipe.empty_and_sign_out(self.state, client, seal_key, self.sealer)

    def _signed_in_account(self) -> Account:
        account = self.state.account()
        if account is None or not account.server_url:
            raise NotSignedIn()
        if (
            account.refresh_token
            and account.sso_issuer
            and (not account.signed_in or account.expired())
        ):
            return self._refresh_sign_in(account)
        if not account.signed_in:
            raise TokenExpired("signed out")
        if account.expired():
            self.state.forget_token()
            raise TokenExpired("expired before sync")
        return account

    def _check_clock(self, server_ms: int) -> None:
        offset = self._now_ms() - server_ms
        self._offset_ms = offset
        self.repo.clock.trust_server_lead(-offset)
        if offset > CLOCK_TOLERANCE_MS:
            raise ClockWrong(offset)

    def _check_rolled_back(self, client: SyncClient, report: SyncReport) -> None:
        mark = client.device_push(self.repo.device_id)
        # Asked in the same request, acted on once push and pull went through (_erase).
        self._erased = mark.erased_families if mark is not None else ()
        if mark is not None and rollback.lacks_pushed_changes(self.repo, mark):
            report.rolled_back = True
            rollback.pull_back(self.repo, mark)

    def _cancelled(self, report: SyncReport) -> bool:
        if self.cancel_event.is_set():
            report.cancelled = True
        return report.cancelled

    def _push(
        self,
        client: SyncClient,
        report: SyncReport,
        say: Progress,
        family_id: str | None = None,
    ) -> bool:
        """Push every pending change (of one family, or all); False when cancelled."""
        total = self.state.pending_count(family_id)
        after = 0
        say(SyncProgress("push", 0, total))
        while True:
            if self._cancelled(report):
                return False
            # Filtered in SQL: filtering a fetched batch could leave it empty while
            # the family's changes follow further on, and end the push early.
            # Its families noted with it, before it goes: a push whose answer is lost
            # may be stored all the same, and such a family must not be erased on
            # this laptop alone.
            batch, noted = self.state.batch_to_send(after, self.push_batch, family_id)
            if not batch:
                return True
            after = batch[-1][0]
            families = {change.family_id for _, change in batch}
            try:
                answer = client.push([change for _, change in batch])
            except SyncError as failed:
                if not (isinstance(failed, ServerUnreachable) and failed.sent):
                    # No connection, or the request refused whole: nothing was stored
                    # (a family noted by an earlier push that went unanswered stays so).
                    self.state.forget_sending(noted)
                raise
            self.state.mark_pushed(answer.accepted)
            accepted = set(answer.accepted)
            for _, change in batch:
                if change.change_id in accepted:
                    self._sent[change.family_id] = self._sent.get(change.family_id, 0) + 1
            refused = [r for r in answer.rejected if r[1] != CLOCK_AHEAD]
            # Stamped ahead of the server: kept pending, pushed again once the
            # server's clock has passed the stamp (or the clock is fixed).
            report.clock_refused += len(answer.rejected) - len(refused)
            if refused:
                # The message is written with the refusal, or neither is.
                with self.repo.vault.transaction() as conn:
                    # Named before the refusal may take the name itself back.
                    changed = {change.change_id: change.family_id for _, change in batch}
                    names = {
                        family_id: notices.family_name(conn, family_id)
                        for family_id in {changed.get(r[0], "") for r in refused}
                    }
                    rejections = self.state.record_rejections(refused)
                    notices.record_all(self.repo, self._refused_notices(rejections, names))
                report.rejected.extend(rejections)
            self.state.settle_sending(families)
            report.pushed += len(answer.accepted)
            say(SyncProgress("push", report.pushed, total))

    def _pull(
        self,
        client: SyncClient,
        report: SyncReport,
        say: Progress,
        applied: Applied | None,
        page_size: int,
    ) -> bool:
        """Pull until caught up; False when cancelled.

        Pages are fetched one after another on a thread of their own while the vault
        applies those before (`_Prefetch`): a page says where the next one starts,
        so no request waits for the vault. The pages that arrived while a batch was
        written are applied together in one transaction, ending with the last one's
        cursor (`SyncState.apply_pages`): a new laptop's first sync, where the vault
        is the slower side, writes its history in a few large commits rather than
        one per page, and a small sync still commits each page as it comes.
        Nothing about a cut-off sync changes: whole pages are kept, each with a
        cursor, in order. A cancel (or Ctrl+C) does not wait for a fetch in flight:
        its page is dropped, and the caller closes the client under it.
        """
        say(SyncProgress("pull", 0, 0))
        if self._cancelled(report):
            return False
        # A new laptop's first pull brings the whole history: none of it is news.
        first = self.state.cursor() == 0
        fetcher = _Prefetch(client, self.state.cursor(), page_size, self._helper_for)
        try:
            with self.repo.vault.bulk_writing(), older_objects_frozen():
                # Not on Ctrl+C (KeyboardInterrupt): a cancel does not wait for the build.
                # Inside bulk_writing: the log the build writes is cut back after it.
                try:
                    done = self._pull_pages(fetcher, report, say, applied, first)
                except Exception:
                    fetcher.stop()
                    self._finish_first_load(say)
                    raise
                fetcher.stop()
                self._finish_first_load(say)
                # A cancel during the build (or just before it) ends the sync cancelled,
                # as one during the pages does: nothing more is done, nor taken as synced.
                return done and not self._cancelled(report)
        finally:
            fetcher.stop()
            report.helper_pages += fetcher.relayed

    def _finish_first_load(self, say: Progress) -> None:
        """A large first pull wrote without the read-only indexes (see
        storage/first_load.py): build them now, however the pull ended, so the window
        searches as fast as ever from here on. Not when cancelled: a lock or the app
        quitting waits for the sync to stop, and must not wait for the build (nor keep
        the key in memory meanwhile); the next pull or unlock builds them. A cancel
        that comes once the build has begun stops it within about a tenth of a second
        (it took seconds per million changes), and nothing of it is kept. Should the build fail
        (a full disk), the same; the error that ended the pull, if any, is the one told.
        """
        try:
            if not (self.repo.vault.is_open and self.state.first_load_under_way()):
                return
            if self.cancel_event.is_set():
                log.info("a first pull was cancelled; its indexes wait for the next one")
                return
            say(SyncProgress("index", 0, 0))
            self.state.finish_first_load(stop=self.cancel_event.is_set)
        except BuildStopped:
            log.info("building a first pull's indexes was cancelled; the next pull builds them")
        except Exception:
            log.exception("the indexes of a first pull were not built; the next sync will")

    def _pull_pages(
        self,
        fetcher: _Prefetch,
        report: SyncReport,
        say: Progress,
        applied: Applied | None,
        first: bool,
    ) -> bool:
        total = 0
        left_over: Taken | None = None
        while True:
            # Waited for outside the span: its transaction holds the vault, and a slow
            # network must not keep the window from writing. The pages of a batch cut
            # short for the window go first.
            taken = left_over or fetcher.take(self.cancel_event, APPLY_AT_ONCE)
            left_over = None
            if taken is None or self._cancelled(report):
                return False
            span = _Span(keep_applied=applied is not None)
            with self.state.pull_span(
                first_load=first and _left(taken) >= FIRST_LOAD_FROM, cut=self._window_waits
            ):
                # A load's longer spans only while one is under way (the vault may have
                # declined it, holding the server's changes already), and not for a
                # window: an edit made there waits for the span's commit, which took
                # 1.4 s for 200,000 changes against 0.15 s for 50,000.
                if applied is None and self.state.first_load_under_way():
                    span.changes_bound, span.seconds_bound = LOAD_SPAN_CHANGES, LOAD_SPAN_S
                total = self._pull_span(fetcher, taken, report, say, first, span, total)
            # Committed: only now are the pages counted and the window told.
            left_over = span.left_over
            report.pulled += span.pulled
            report.conflicts += span.conflicts
            report.retried += span.retried
            report.refused_pulled += span.refused
            if applied is not None and span.touched:
                applied(span.applied())
            total = max(total, report.pulled) if total else 0
            say(SyncProgress("pull", report.pulled, total))
            if span.error is not None:
                raise span.error
            if span.last:
                self.state.settle_unechoed()
                return True
            if span.stopped or self._cancelled(report):
                return False
            self._give_way()

    def _window_waits(self) -> bool:
        """Whether another thread (the window writing) waits for the vault: a batch is
        cut short after the page being written, so an edit waits for one page rather
        than a batch of up to 20,000 changes. Ten edits a second apart during a first
        sync of a million were saved in a median of 0.37-0.43 s against 0.44-0.58 s,
        the longest 0.52-0.76 s against 0.79-0.96 s (bench/sync_scale.py --window)."""
        return self.repo.vault.lock.waited

    def _give_way(self) -> None:
        """Let a thread that waits for the vault (the window writing) have it before
        the next span takes it. The lock is not fair: this thread, running, took it
        back first, and the window's write waited two batches and more under load."""
        deadline = time.monotonic() + GIVE_WAY_S
        while self.repo.vault.lock.waited and time.monotonic() < deadline:
            time.sleep(GIVE_WAY_POLL_S)

    def _pull_span(
        self,
        fetcher: _Prefetch,
        taken: tuple[list[tuple[PullAnswer, CheckedPage]], BaseException | None],
        report: SyncReport,
        say: Progress,
        first: bool,
        span: _Span,
        total: int,
    ) -> int:
        """Batches of pulled pages, `taken` first, into one open transaction
        (`SyncState.pull_span`), while the next batch is fetched, or comes within
        SPAN_WAIT_S, and nothing else wants the vault, up to the span's bounds
        (SPAN_CHANGES and SPAN_S, or a load's); what ended it is left in
        `span`. Returns the progress total as the server counted it."""
        started = time.monotonic()
        while True:
            pages, span.error = taken
            if pages:
                head = pages[0][0]
                if head.left is not None and not total:
                    # As the server counted at the first page: more may come meanwhile.
                    total = report.pulled + span.pulled + len(pages[0][1]) + head.left
                try:
                    results = self._apply_pages(pages, first)
                except StampAhead as exc:
                    # The batch was refused whole before anything of it was written; the
                    # batches before it in the span are kept.
                    span.error = self._future_page(exc)
                    return total
                written = len(results)
                span.add(results)
                # Not held while the next batch is taken and written: its rows would be
                # kept twice (a first sync of a million peaked 24 MB higher).
                del results
                done = report.pulled + span.pulled
                say(SyncProgress("pull", done, max(total, done) if total else 0))
                if written < len(pages):
                    # Cut short for the window (`_apply_pages`): the span ends, the window
                    # writes, and the rest of the batch (with what ended the fetching
                    # after it) starts the next span.
                    span.left_over = (pages[written:], span.error)
                    span.error = None
                    return total
            if span.error is not None:
                return total
            if not pages[-1][0].has_more:
                span.last = True
                return total
            if self._cancelled(report):
                span.stopped = True
                return total
            if (
                self.repo.vault.lock.waited
                or span.pulled >= span.changes_bound
                or time.monotonic() - started >= span.seconds_bound
                or not self._page_soon(fetcher)
            ):
                return total
            # Waiting already (`_page_soon`), so this does not wait for the network.
            following = fetcher.take(self.cancel_event, APPLY_AT_ONCE)
            if following is None:
                span.stopped = True
                return total
            taken = following

    def _page_soon(self, fetcher: _Prefetch) -> bool:
        """Whether a page is waiting, or comes within SPAN_WAIT_S while no other thread
        wants the vault and the sync goes on: the span holds the vault meanwhile, so it
        never waits on the network for longer, nor once the window wants to write."""
        deadline = time.monotonic() + SPAN_WAIT_S
        while not fetcher.waiting():
            if (
                time.monotonic() >= deadline
                or self.repo.vault.lock.waited
                or self.cancel_event.is_set()
            ):
                return False
            time.sleep(SPAN_WAIT_POLL_S)
        return True

    def _apply_pages(
        self, pages: list[tuple[PullAnswer, CheckedPage]], first: bool
    ) -> list[PageResult]:
        """Pulled pages into the vault together, each page's messages with it; cut
        short after a page once another thread (the window writing) waits for the
        vault (`_window_waits`)."""
        return self.state.apply_pages(
            [
                PulledPage(
                    checked,
                    page.next,
                    page.revoked_families,
                    page.families,
                    page.device_names,
                    then=lambda done: notices.record_all(
                        self.repo, self._page_notices(done, first)
                    ),
                    family_teams=page.family_teams,
                )
                for page, checked in pages
            ]
        )

    def _future_page(self, exc: StampAhead) -> ClockWrong:
        """Why a pulled page was stamped too far ahead to be taken (DESIGN §9).

        The server accepts no stamp more than the bound ahead of its own clock, so
        a page far ahead of this computer's clock most likely means this clock is
        behind: said so, with how far, when the server's clock confirms it. Either
        way the page is not applied and the cursor stays, so nothing is lost: the
        next sync takes it once the clocks agree. Applying it would drag the local
        clock ahead, and every later edit with it, which the server then refuses.
        """
        if self._offset_ms < -CLOCK_TOLERANCE_MS:
            return ClockWrong(self._offset_ms, "this computer's clock is behind the server's")
        return StampedAhead(exc.ahead_ms)

    def _report_exports(self, client: SyncClient, report: SyncReport) -> None:
        """Send the vault's unsent export audit entries to the central audit log.

        Each is marked sent only after the server's answer: an entry is never
        lost, at worst logged twice (a sync killed between the two). A refused
        one (an older server without the route) stays for the next sync and
        does not fail this one. One naming a family the server holds nothing of
        yet (its first push refused, say) waits, unsent, until it does: sent now it
        would be refused, and logged as a denial at every sync. One the server
        still refuses stays too, and the entries after it are still sent.
        """
        # Demo families never reach the server, so it cannot know them: naming one
        # would get the whole entry refused, and the real families' export unreported.
        local_only = self.state.local_only_families()
        for record in unsent_exports(self.repo):
            if self._cancelled(report):
                return
            families = [f for f in record.family_ids if f not in local_only]
            if set(families) - self.state.families_on_server(families):
                continue
            if families:
                try:
                    client.report_export(families, record.kind, record.format, record.audience)
                except ServerRejected as exc:
                    if exc.code == "forbidden":
                        continue
                    return
                report.exports_reported += 1
            mark_sent(self.repo, [record.export_id])

    def _erase(self, client: SyncClient, report: SyncReport) -> None:
        """Remove families erased on the server by an order, then confirm it.

        The order wins over everything this laptop still holds of the family: edits
        not yet sent and changes the server refused go with it (they are personal
        data the municipality has decided to delete); the notice says so."""
        family_ids = list(self._erased)
        if not family_ids:
            return
        for family_id in family_ids:
            # The notice is written with the removal, or neither is (see _purge).
            with self.repo.vault.transaction() as conn:
                unsent = self.state.pending_count(family_id) + len(self.state.refused(family_id))
                erased = self.state.purge_family(family_id, erase=True)
                if erased is not None:
                    notices.record(
                        conn,
                        notices.NewNotice(
                            notices.ERASED, family_id, erased.name, self._role, unsent
                        ),
                    )
            if erased is not None:
                report.erased.append(erased)
        client.confirm_erasures(self.repo.device_id, family_ids)

    def _purge(self, client: SyncClient, report: SyncReport, say: Progress) -> None:
        told = self.state.held_told()
        for family_id in self.state.families_to_purge():
            say(SyncProgress("purge", len(report.purged), 0))
            # Edits made while this sync ran are pushed before the family goes.
            if self.state.pending_count(family_id) and not self._push(
                client, report, say, family_id
            ):
                return
            if self.state.pending_count(family_id):
                continue  # refused for the clock: kept until it can be pushed
            held = self.state.held_family(family_id)
            if held is not None:
                # Refused changes exist only here: never purged without the coordinator.
                report.held.append(held)
                if family_id not in told:
                    report.held_new.append(held)
                continue
            try:
                # The message is written with the purge, or neither is: a lock or a
                # crash before it is read cannot make the family vanish unexplained.
                with self.repo.vault.transaction() as conn:
                    purged = self.state.purge_family(family_id)
                    if purged is not None:
                        purged = replace(purged, sent=self._sent.get(family_id, 0))
                        notices.record(conn, self._removed_notice(purged))
            except (PendingChangesLeft, RefusedChangesLeft):
                continue  # an edit came after the checks above: pushed, then purged, next time
            if purged is not None:
                report.purged.append(purged)
        with self.repo.vault.transaction() as conn:
            notices.drop_refused(conn, (h.family_id for h in report.held))
            notices.record_all(self.repo, [self._held_notice(h) for h in report.held_new])
            self.state.set_held_told(h.family_id for h in report.held)

    # -- messages (storage/notices.py) ---------------------------------------

    def _removed_notice(self, purged: PurgedFamily) -> notices.NewNotice:
        return notices.NewNotice(
            notices.REMOVED, purged.family_id, purged.name, self._role, purged.sent
        )

    def _held_notice(self, held: HeldFamily) -> notices.NewNotice:
        changed = [(r.change.entity_type, r.change.field, r.reason) for r in held.refused]
        return notices.NewNotice(
            notices.HELD,
            held.family_id,
            held.name,
            self._role,
            len(held.refused),
            notices.refused_detail(changed),
        )

    def _refused_notices(
        self, rejections: Sequence[Rejection], names: dict[str, str]
    ) -> list[notices.NewNotice]:
        by_family: dict[str, list[Rejection]] = {}
        for rejection in rejections:
            by_family.setdefault(rejection.change.family_id, []).append(rejection)
        return [
            notices.NewNotice(
                notices.REFUSED,
                family_id,
                names.get(family_id, ""),
                role=self._role,
                count=len(refused),
                detail=notices.refused_detail(
                    (r.change.entity_type, r.change.field, r.reason) for r in refused
                ),
            )
            for family_id, refused in by_family.items()
        ]

    def _page_notices(self, result: PageResult, first: bool) -> list[notices.NewNotice]:
        found = [
            notices.NewNotice(notices.CONFLICT, family_id, role=self._role, count=count)
            for family_id, count in result.conflict_families.items()
        ]
        if result.refused:
            found.append(notices.NewNotice(notices.WITHHELD, role=self._role, count=result.refused))
        if not first:
            comments: dict[str, set[str]] = {}
            me = self.repo.user_id
            for change in result.applied.changes:
                if notices.is_news(change, me):
                    comments.setdefault(change.family_id, set()).add(change.entity_id)
            found += [
                notices.NewNotice(
                    notices.COMMENT,
                    family_id,
                    role=self._role,
                    count=len(ids),
                    detail={"ids": sorted(ids)},
                )
                for family_id, ids in comments.items()
            ]
        return found


def revoke_token(server_url: str, token: str, client_factory: ClientFactory | None = None) -> None:
    """Tell the server to stop honouring `token` (raises when it cannot be reached)."""
    factory = client_factory or (lambda url, token: SyncClient(url, token))
    with factory(server_url, token) as client:
        client.logout()


def _left(taken: Taken) -> int:
    """How many changes the server said follow the first page taken (0 when it did not
    say, or nothing was taken)."""
    pages = taken[0]
    if not pages:
        return 0
    page, checked = pages[0]
    return len(checked) + (page.left or 0)


def _pull_checked(
    client: SyncClient, after: int, limit: int, count: bool = False
) -> tuple[PullAnswer, CheckedPage]:
    """One page, with its stamps and values checked on the fetching thread (see
    `storage.pulled`): the vault's thread then only writes it."""
    page = client.pull(after, limit, count)
    return page, check_page(page.changes)


class _Frozen:
    """Which pulls of this process are under way with older objects set aside.

    Syncs overlap without nesting (two laptops in one test process, or the window's
    sync beside a command's). Looking at the collector and setting aside happen under
    one lock, and only the last pull to end gives back: a pull that looked while
    another was under way and set aside after that one had given back left 600,000
    objects set aside for good (CI, test_server_operations then test_sync_bulk_pull).
    """

    lock = threading.Lock()
    pulls = 0
    ours = False  # set aside by the first of the pulls under way, not someone else


@contextlib.contextmanager
def older_objects_frozen() -> Iterator[None]:
    """While a pull runs, Python's cycle collector leaves alone what existed before it.

    The collector's full passes went over every object of the process, the app's
    own and the pulled changes in memory, and held the interpreter 45-125 ms each,
    several times per 100,000 changes: the window, whose reads need the interpreter
    too, froze that long (bench/sync_bench.py's window probe waited up to 166 ms).
    `gc.freeze` sets what exists now aside for the pull, so a full pass covers the
    pull's own objects only. The collector stays on: each page's HTTP response is a
    reference cycle holding the page's body, and with the collector off a first sync
    of a million changes kept them all (727 MB, against 363 MB).
    With this, 100,000 changes took 4.7-4.9 s instead of 5.3-5.7 s end to end, and
    the window waited at most 38 ms. What was set aside before the first pull began
    (by someone else) stays so; see `_Frozen` for pulls that overlap.
    """
    with _Frozen.lock:
        if not _Frozen.pulls:
            _Frozen.ours = gc.get_freeze_count() == 0
        _Frozen.pulls += 1
        gc.freeze()
    try:
        yield
    finally:
        with _Frozen.lock:
            _Frozen.pulls -= 1
            if not _Frozen.pulls and _Frozen.ours:
                gc.unfreeze()


@dataclass(slots=True)
class _Span:
    """What one pull span wrote, and what ended it. For a listener (the window), the
    entities written, not the changes: kept as `Change`s until the commit, a span's
    held about 720 B a change (34 MB for 50,000); an entity keeps about 330 B, and an
    entity's fields mostly come in the same span (bench/sync_scale.py --window)."""

    keep_applied: bool
    # Bounds read when the span is made (a test may set the module's constants).
    changes_bound: int = field(default_factory=lambda: SPAN_CHANGES)
    seconds_bound: float = field(default_factory=lambda: SPAN_S)
    # The entities written, for the listener, told once the span has committed.
    touched: set[Touched] = field(default_factory=set)
    pulled: int = 0
    conflicts: int = 0
    retried: int = 0
    refused: int = 0
    error: BaseException | None = None
    # The pages of a batch cut short for the window, for the next span.
    left_over: Taken | None = None
    last: bool = False  # the server has nothing more
    stopped: bool = False  # cancelled

    def add(self, results: list[PageResult]) -> None:
        for result in results:
            self.pulled += len(result.written)
            self.conflicts += result.conflicts
            self.retried += result.retried
            self.refused += result.refused
            if self.keep_applied and result.written:
                self.touched |= result.touched()

    def applied(self) -> ChangeSet:
        """What the span wrote, as the window is told of it."""
        return ChangeSet(touched=frozenset(self.touched), origin=Origin.SYNC)


class _Prefetch:
    """Pulls pages in order on a thread of its own, at most AHEAD_CHANGES ahead of the
    vault, while the sync applies those before; `take` hands them over.

    A daemon thread, not a pool: a fetch left behind by a cancel or Ctrl+C must
    not hold up the process's exit (pools are joined at exit). It never touches
    the vault. A failed fetch ends it; the error is handed over after the pages
    fetched before it, so those are kept. A large pull (the first page says
    `pull_helper.HELPER_FROM` or more follow) goes on in a helper process when
    `helper` (the server's address and the token) is given: this thread then
    relays its pages, and takes over again from the last one relayed when the
    helper stops or dies.
    """

    def __init__(
        self, client: SyncClient, after: int, limit: int, helper: tuple[str, str] | None = None
    ) -> None:
        ahead = max(2, AHEAD_CHANGES // max(1, limit))
        self._queue: queue.Queue[tuple[Any, BaseException | None]] = queue.Queue(ahead)
        self._stop = threading.Event()
        self._helper_for = helper
        self._helper: PullHelper | None = None
        self._helper_lock = threading.Lock()
        self._helper_ready = threading.Event()
        self._helper_started = self._helper_closed = False
        self.relayed = 0  # pages the helper fetched (for the tests and the bench)
        self._thread = threading.Thread(
            target=self._run, args=(client, after, limit), name="ftbt-pull", daemon=True
        )
        self._thread.start()

    def _run(self, client: SyncClient, after: int, limit: int) -> None:
        try:
            self._fetch(client, after, limit)
        except BaseException as exc:
            # Whatever broke, the sync waits for a page or an error: it must get one.
            self._put((None, exc))
        finally:
            self._close_helper()

    def _fetch(self, client: SyncClient, after: int, limit: int) -> None:
        count = True  # the first page asks how many follow it, for the progress total
        while not self._stop.is_set():
            if self._helper_ready.is_set():
                self._helper_ready.clear()
                after, done = self._relay(after, limit, client.pull_form)
                if done:
                    return
            fetched = _pull_checked(client, after, limit, count)
            if count and (fetched[0].left or 0) >= HELPER_FROM:
                # Not before: most syncs, a new laptop's too, bring a few pages, and a
                # process started for each costs them a third of a second of CPU.
                self._start_helper()
            count = False
            if not self._put((fetched, None)) or not fetched[0].has_more:
                return
            after = fetched[0].next

    def _start_helper(self) -> None:
        """Start the helper on a thread of its own, which waits for it to be ready:
        this one goes on fetching meanwhile."""
        if self._helper_for is not None and not self._helper_started:
            self._helper_started = True
            threading.Thread(target=self._bring_helper, name="ftbt-pull-start", daemon=True).start()

    def _bring_helper(self) -> None:
        try:
            helper = PullHelper()
        except (OSError, ValueError):  # no helper: the fetching thread fetches it all
            log.warning("the pull helper did not start; fetching here", exc_info=True)
            return
        with self._helper_lock:
            stopped = self._stop.is_set() or self._helper_closed
            if not stopped:
                self._helper = helper
        if stopped:
            helper.close()
            return
        try:
            helper.wait_ready()
        except HelperGone:
            if not (self._stop.is_set() or self._helper_closed):
                log.warning("the pull helper did not start; fetching here")
            return
        self._helper_ready.set()

    def _relay(self, after: int, limit: int, form: str) -> tuple[int, bool]:
        """The helper's pages from `after` on into the queue: (where they reached,
        whether the pull is over). Not over when the helper stopped or died: this
        thread fetches on from there, and meets any error itself."""
        helper = self._helper
        if helper is None or self._helper_for is None:
            return after, self._stop.is_set()
        try:
            helper.begin(*self._helper_for, after, limit, form)
            while not self._stop.is_set():
                fetched = helper.take()
                if fetched is None:
                    break
                self.relayed += 1
                if not self._put((fetched, None)) or not fetched[0].has_more:
                    return after, True
                after = fetched[0].next
            else:
                return after, True  # stopped
        except HelperGone:
            if self._stop.is_set():
                return after, True
            log.warning("the pull helper stopped; fetching here")
        self._close_helper()
        return after, False

    def _close_helper(self) -> None:
        with self._helper_lock:
            self._helper_closed = True
            helper, self._helper = self._helper, None
            if helper is not None:
                helper.kill()  # at once: `stop` may return before `close` is done
        if helper is not None:
            helper.close()

    def _put(self, item: tuple[Any, BaseException | None]) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=CANCEL_CHECK_S)
                return True
            except queue.Full:
                continue
        return False

    def take(
        self, cancel: threading.Event, most: int
    ) -> tuple[list[tuple[PullAnswer, CheckedPage]], BaseException | None] | None:
        """(pages, the error that ended the fetching or None): waits for one page,
        then takes those already waiting while they hold fewer than `most` changes.
        None once `cancel` is set before a page came: a lock waits for the sync to
        stop before the vault closes, and must not wait for a slow network meanwhile."""
        while True:
            try:
                item = self._queue.get(timeout=CANCEL_CHECK_S)
                break
            except queue.Empty:
                if cancel.is_set():
                    return None
                if not self._thread.is_alive() and self._queue.empty():
                    # Never expected (`_run` hands over whatever ends it), but a sync
                    # must not wait for good on a thread that is gone.
                    return [], SyncError("the fetching of pages stopped")
        pages: list[tuple[PullAnswer, CheckedPage]] = []
        count = 0
        while True:
            fetched, error = item
            if error is not None:
                return pages, error
            pages.append(fetched)
            count += len(fetched[1])
            if not fetched[0].has_more or count >= most:
                return pages, None
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return pages, None

    def waiting(self) -> bool:
        """Whether a fetched page (or the error that ended the fetching) is waiting."""
        return not self._queue.empty()

    def stop(self) -> None:
        """Stop fetching; a helper is stopped at once, not after its page in flight."""
        self._stop.set()
        self._close_helper()
