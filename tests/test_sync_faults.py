"""Syncs cut off at the worst moments, expired sign-ins, wrong clocks and insecure
addresses, against a real server process: nothing lost, nothing applied twice."""

from __future__ import annotations

import os
import signal
import ssl
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from ftbt_desktop.core.clock import HybridClock, wall_ms
from ftbt_desktop.storage.merge import PENDING
from ftbt_desktop.sync.client import SyncClient, normalise_server_url, tls_context
from ftbt_desktop.sync.engine import SyncEngine, SyncProgress
from ftbt_desktop.sync.errors import (
    BadServerAddress,
    ClockWrong,
    InsecureServer,
    ServerUnreachable,
    TokenExpired,
)
from ftbt_desktop.words.sync import error_text

pytest_plugins = ("server_fixtures", "sync_devices")

from server_fixtures import RunningServer  # noqa: E402
from sync_fault_helpers import server_change_count, write_changes  # noqa: E402

if TYPE_CHECKING:
    from sync_devices import Device

    Devices = Callable[[str], Device]

HOUR_MS = 3_600_000


def test_server_killed_after_a_push_answer_was_lost(
    server: RunningServer, devices: Devices
) -> None:
    from sync_devices import LoseAnswer, losing_client

    server.add_user("anne")
    laptop = devices("laptop")
    laptop.login(server.url, "anne")
    write_changes(laptop)
    written = laptop.repo.change_count()
    assert laptop.state.pending_count() == written > 30

    cut = LoseAnswer(server.kill, "/sync/push", nth=2)
    with pytest.raises(ServerUnreachable):
        laptop.sync(client_factory=losing_client(cut), push_batch=10)
    # The first batch is marked; the second reached the server but its answer did not.
    assert laptop.state.pending_count() == written - 10
    assert server_change_count(server) == 20

    server.start()
    report = laptop.sync(push_batch=10)
    assert report.in_sync
    assert report.pushed == written - 10  # the 10 the server already had are accepted again
    assert server_change_count(server) == written  # and stored once

    other = devices("new-laptop")
    other.login(server.url, "anne")
    assert other.sync().pulled == written
    for family in laptop.repo.list_families():
        assert other.family_state(family.id) == laptop.family_state(family.id)


def test_server_killed_during_a_pull_resumes_from_the_last_whole_page(
    server: RunningServer, devices: Devices
) -> None:
    from sync_devices import LoseAnswer, losing_client

    server.add_user("anne")
    first = devices("laptop-1")
    first.login(server.url, "anne")
    write_changes(first)
    first.sync()
    total = first.repo.change_count()

    second = devices("laptop-2")
    second.login(server.url, "anne")
    cut = LoseAnswer(server.kill, "/sync/pull", nth=3)
    with pytest.raises(ServerUnreachable):
        second.sync(client_factory=losing_client(cut), pull_page=10)
    assert second.repo.change_count() == 20  # two whole pages, each with its cursor
    assert second.state.cursor() > 0

    server.start()
    report = second.sync(pull_page=10)
    assert report.pulled == total - 20
    assert second.repo.change_count() == total
    for family in first.repo.list_families():
        assert second.family_state(family.id) == first.family_state(family.id)


def test_cancel_between_batches_leaves_a_consistent_vault(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    sqlite_server.add_user("anne")
    laptop = devices("laptop")
    laptop.login(sqlite_server.url, "anne")
    write_changes(laptop)
    written = laptop.repo.change_count()
    engine = laptop.engine(push_batch=10)

    def cancel_after_first_batch(progress: SyncProgress) -> None:
        if progress.phase == "push" and progress.done >= 10:
            engine.cancel()

    report = engine.sync(progress=cancel_after_first_batch)
    assert report.cancelled and not report.in_sync
    assert report.pushed == 10
    assert laptop.state.pending_count() == written - 10
    assert laptop.state.last_sync() is None  # a cancelled sync is no sync

    done = laptop.sync()
    assert done.in_sync and done.pushed == written - 10
    assert server_change_count(sqlite_server) == written


def test_expired_sign_in_keeps_pending_changes(
    server_factory: Callable[..., RunningServer], devices: Devices
) -> None:
    server = server_factory(env={"FTBT_SERVER_TOKEN_SECONDS": "1"})
    server.add_user("anne")
    laptop = devices("laptop")
    laptop.login(server.url, "anne")
    family_id = laptop.repo.create_family("Familien Holm").primary_id
    pending = laptop.state.pending_count()

    # The stored expiry says so before any network traffic.
    laptop.vault.set_meta("sync.expires_at", "2000-01-01T00:00:00+00:00")
    with pytest.raises(TokenExpired):
        laptop.sync(client_factory=no_network)
    assert laptop.state.pending_count() == pending
    account = laptop.state.account()
    assert account is not None and not account.signed_in and account.username == "anne"

    # A vault that believes its token is still good hears it from the server.
    laptop.login(server.url, "anne")
    laptop.vault.set_meta("sync.expires_at", "2999-01-01T00:00:00+00:00")
    time.sleep(1.2)  # the server's own expiry; there is no event to wait for
    with pytest.raises(TokenExpired) as expired:
        laptop.sync()
    assert "expired" in error_text(expired.value)
    assert laptop.state.pending_count() == pending

    # Signing in again keeps them: with tokens that live long enough for a busy
    # machine to sync before they expire.
    server.stop()
    server.env.pop("FTBT_SERVER_TOKEN_SECONDS")
    server.start()
    laptop.login(server.url, "anne")
    report = laptop.sync()
    assert report.pushed == pending and report.in_sync
    assert laptop.repo.family(family_id or "").name == "Familien Holm"


def no_network(url: str, token: str) -> object:
    raise AssertionError("no request may be made")


def test_clock_far_ahead_is_told_and_nothing_is_pushed(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    sqlite_server.add_user("anne")
    laptop = devices("laptop")
    laptop.login(sqlite_server.url, "anne")
    laptop.repo.create_family("Familien Holm")
    pending = laptop.state.pending_count()

    with pytest.raises(ClockWrong) as wrong:
        laptop.sync(now_ms=lambda: wall_ms() + 2 * HOUR_MS)
    assert wrong.value.offset_ms > HOUR_MS
    assert "clock is wrong" in error_text(wrong.value)
    assert "120 minutes" in error_text(wrong.value)
    assert laptop.state.pending_count() == pending
    assert server_change_count(sqlite_server) == 0


def test_changes_stamped_in_the_future_are_kept_pending(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    sqlite_server.add_user("anne")
    laptop = devices("laptop")
    laptop.login(sqlite_server.url, "anne")
    laptop.repo.create_family("Familien Holm")
    on_time = laptop.repo.change_count()
    # The clock was an hour ahead while these were written.
    laptop.repo.clock = HybridClock(laptop.repo.clock.high_water, now=lambda: wall_ms() + HOUR_MS)
    laptop.repo.create_family("Familien Berg")
    ahead = laptop.repo.change_count() - on_time

    with pytest.raises(ClockWrong) as wrong:
        laptop.sync()
    report = wrong.value.report
    assert report is not None
    assert report.pushed == on_time and report.clock_refused == ahead
    assert laptop.state.pending_count() == ahead
    pending = laptop.vault.execute("SELECT count(*) FROM changes WHERE pushed = ?", (PENDING,))
    assert pending[0][0] == ahead
    assert "clock is wrong" in error_text(wrong.value)


def test_plain_http_only_to_this_computer() -> None:
    for refused in ("http://ftbt.kommune.dk", "http://10.0.0.5:8000", "http://[2001:db8::1]/"):
        with pytest.raises(InsecureServer):
            normalise_server_url(refused)
    assert normalise_server_url("http://127.0.0.1:8000/") == "http://127.0.0.1:8000"
    assert normalise_server_url("http://localhost:8000/api/v1") == "http://localhost:8000"
    assert normalise_server_url("http://[::1]:9000") == "http://[::1]:9000"
    assert normalise_server_url("ftbt.kommune.dk") == "https://ftbt.kommune.dk"
    for nonsense in ("", "ftp://ftbt.kommune.dk", "https://"):
        with pytest.raises(BadServerAddress):
            normalise_server_url(nonsense)


def test_every_client_checks_certificates_with_one_context() -> None:
    # Built once per process (loading the CA bundle is a fifth of a small sync),
    # and still the strict default: a certificate and its host name are checked.
    contexts = []
    for _ in range(2):
        with SyncClient("https://ftbt.kommune.dk") as client:
            contexts.append(client._http._transport._pool._ssl_context)  # type: ignore[attr-defined]
    assert contexts[0] is contexts[1] is tls_context()
    assert tls_context().verify_mode == ssl.CERT_REQUIRED
    assert tls_context().check_hostname


def test_login_to_plain_http_elsewhere_never_sends_the_password(devices: Devices) -> None:
    laptop = devices("laptop")
    sent: list[str] = []

    def factory(url: str, token: str) -> object:
        sent.append(url)
        raise AssertionError("no client may be made")

    with pytest.raises(InsecureServer) as refused:
        laptop.engine(client_factory=factory).login("http://ftbt.kommune.dk", "anne", "hemmelig")
    assert sent == []
    assert "https://" in error_text(refused.value)
    assert laptop.state.account() is None


KILLED_CHILD = """
import os, signal, sys, threading
from pathlib import Path
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.sync import engine as engine_module
from ftbt_desktop.sync.engine import SyncEngine

# Spans of two pages: a pull this small goes into one span otherwise (SPAN_WAIT_S), as
# a large one goes into several.
engine_module.SPAN_CHANGES = 80
vault = Vault.open(Path(sys.argv[1]), sys.argv[2], verify=False)
engine = SyncEngine(Repository(vault), pull_page=40)

timer = None
committed = 0

def applied(changes):
    # Runs once a span of pages has committed. Progress inside a span is said before
    # its commit, so counting it would let the kill land before anything is kept.
    global committed
    committed += 1

def progress(p):
    # Past the first committed pages, die within a few milliseconds: usually inside the
    # next span's transaction, sometimes between spans. On a machine so busy that the
    # timer has not fired by the next page, die there: never let the pull finish.
    global timer
    if p.phase != "pull" or not committed:
        return
    if timer is None:
        timer = threading.Timer(0.003, lambda: os.kill(os.getpid(), signal.SIGKILL))
        timer.start()
    else:
        os.kill(os.getpid(), signal.SIGKILL)

engine.sync(progress=progress, applied=applied)
sys.exit(3)
"""


def test_client_killed_during_a_pull_resumes(
    sqlite_server: RunningServer, devices: Devices, tmp_path: Path
) -> None:
    import subprocess
    import sys

    from sync_devices import PASSPHRASE

    from ftbt_desktop.storage.repository import Repository
    from ftbt_desktop.storage.sync_state import SyncState
    from ftbt_desktop.storage.vault import Vault

    sqlite_server.add_user("anne")
    first = devices("laptop-1")
    first.login(sqlite_server.url, "anne")
    write_changes(first, families=12, members=6)
    first.sync()
    total = first.repo.change_count()

    second = devices("laptop-2")
    second.login(sqlite_server.url, "anne")
    data_dir = second.vault.paths.data_dir
    second.vault.close(backup=False)
    child = subprocess.run(
        [sys.executable, "-c", KILLED_CHILD, str(data_dir), PASSPHRASE],
        env={**os.environ, "FTBT_KDF_PROFILE": "owasp-min"},
        capture_output=True,
        timeout=120,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr.decode()[-2000:]

    vault = Vault.open(data_dir, PASSPHRASE)  # every page checks out
    try:
        repo = Repository(vault)
        state = SyncState(repo)
        held = repo.change_count()
        assert 80 <= held < total
        assert state.cursor() > 0
        report = SyncEngine(repo).sync()
        assert report.pulled == total - held
        assert repo.change_count() == total
        for family in first.repo.list_families():
            rows = vault.execute(
                "SELECT entity_id, field, value, change_id FROM state WHERE family_id = ?",
                (family.id,),
            )
            assert {(r[0], r[1]): (r[2], r[3]) for r in rows} == first.family_state(family.id)
    finally:
        vault.close(backup=False)
