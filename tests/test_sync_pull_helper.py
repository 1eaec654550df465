"""A large pull fetched and checked in a helper process (sync/pull_helper.py), over a
real server process and real vaults: the same pages arrive as without it, and
whatever goes wrong in the helper (it dies, the server refuses it, the sync is
cancelled) ends as it would without one, nothing skipped and no process left."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from ftbt_desktop.core.changes import Change
from ftbt_desktop.sync import engine as engine_module
from ftbt_desktop.sync import pull_helper
from ftbt_desktop.sync.client import ROWS_FORM
from ftbt_desktop.sync.engine import revoke_token
from ftbt_desktop.sync.errors import Unauthorized
from ftbt_desktop.sync.pull_helper import HELPER_ARG, PullHelper

pytest_plugins = ("server_fixtures", "sync_devices")

from server_fixtures import RunningServer  # noqa: E402
from sync_fault_helpers import (  # noqa: E402
    change_rows,
    entities_written,
    history_on_two_laptops,
    same_families,
    told_entities,
    write_changes,
)

if TYPE_CHECKING:
    from sync_devices import Device

    from ftbt_desktop.storage.repository import ChangeSet

    Devices = Callable[[str], Device]

ROOT = Path(__file__).resolve().parent.parent
PAGE = 10


@pytest.fixture
def helpers(monkeypatch: pytest.MonkeyPatch) -> list[PullHelper]:
    """Every helper started; a pull of more than two pages counts as large; and while a
    helper is starting, the sync's own fetching of pages waits for it to be ready (or
    stopped), as a slow network would let it: a test's few pages would otherwise all
    be fetched before any helper had started, more so on a loaded machine."""
    started: list[Watched] = []

    class Watched(PullHelper):
        def __init__(self) -> None:
            self.settled = threading.Event()
            super().__init__()
            started.append(self)

        def wait_ready(self) -> None:
            try:
                super().wait_ready()
            finally:
                self.settled.set()

        def close(self) -> None:
            self.settled.set()
            super().close()

    pull_checked = engine_module._pull_checked

    def patient(*args: Any, **kwargs: Any) -> Any:
        if started:
            started[-1].settled.wait(timeout=30)
        return pull_checked(*args, **kwargs)

    monkeypatch.setattr(engine_module, "_pull_checked", patient)
    monkeypatch.setattr(engine_module, "PullHelper", Watched)
    monkeypatch.setattr(engine_module, "HELPER_FROM", 2 * PAGE)
    return started  # type: ignore[return-value]


def _gone(helper: PullHelper) -> bool:
    """Ended, or ending: killed as the sync returned, it is gone within moments."""
    try:
        helper._process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        return False
    return True


def _after_pages(monkeypatch: pytest.MonkeyPatch, pages: int, then: Callable[[], None]) -> None:
    """`then` once the helper has handed over `pages` pages."""
    take = PullHelper.take
    taken = [0]

    def counted(self: PullHelper) -> Any:
        fetched = take(self)
        taken[0] += 1
        if taken[0] == pages:
            then()
        return fetched

    monkeypatch.setattr(PullHelper, "take", counted)


def test_a_large_pull_is_fetched_by_the_helper_and_arrives_whole(
    server_factory: Callable[..., RunningServer],
    server_db_url: str,
    devices: Devices,
    helpers: list[PullHelper],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = server_factory(server_db_url, env={"FTBT_SERVER_METRICS": "on"})
    first, second, total = history_on_two_laptops(server, devices)
    before = _pages_by_form(server)
    helpers.clear()
    assert total > 4 * PAGE
    forms: list[str] = []
    _when_begun(monkeypatch, lambda _helper: None, forms)
    through_helper: list[ChangeSet] = []
    report = second.engine(pull_page=PAGE, pull_helper=True).sync(applied=through_helper.append)
    # In the compact form the app's client found the server offers: the helper's pages
    # too, as the server counted them.
    assert forms == [ROWS_FORM]
    served = _pages_by_form(server)
    assert served.get("changes", 0) == before.get("changes", 0)
    assert served["rows"] - before.get("rows", 0) > report.helper_pages > 0
    # The vault holds the very changes a sync without the helper writes, values included
    # as the field rules normalised them, and the window is told of the same entities.
    third = devices("laptop-3")
    third.login(server.url, "anne")
    fetched_here: list[ChangeSet] = []
    third.engine(pull_page=PAGE, pull_helper=False).sync(applied=fetched_here.append)
    assert told_entities(through_helper) == told_entities(fetched_here) == entities_written(first)
    assert change_rows(second) == change_rows(third) and len(change_rows(third)) == total
    assert report.in_sync and report.pulled == total and report.refused_pulled == 0
    # The first page came before the helper was asked; most came through it.
    assert report.helper_pages >= total // PAGE - 3
    assert second.repo.change_count() == first.repo.change_count()
    same_families(first, second)
    assert len(helpers) == 1 and _gone(helpers[0])
    # The next sync pulls nothing more: the cursor stands past the last page.
    again = second.sync(pull_page=PAGE, pull_helper=True)
    assert again.pulled == 0 and again.helper_pages == 0


def _pages_by_form(server: RunningServer) -> dict[str, float]:
    """Pull pages the server has served, by form (its metrics)."""
    text = httpx.get(f"{server.url}/metrics", timeout=5).text
    found = re.findall(r'^ftbt_sync_pull_forms_total\{form="(\w+)"\} (\S+)$', text, re.M)
    return {form: float(n) for form, n in found}


def test_a_small_first_pull_starts_no_helper(
    sqlite_server: RunningServer, devices: Devices, helpers: list[PullHelper], monkeypatch
) -> None:
    """Most syncs, a new laptop's too, bring a few pages: a process started for each
    would cost them more than it saves."""
    first, second, total = history_on_two_laptops(sqlite_server, devices)
    helpers.clear()
    monkeypatch.setattr(engine_module, "HELPER_FROM", total)
    report = second.sync(pull_page=PAGE, pull_helper=True)
    assert report.in_sync and report.pulled == total and report.helper_pages == 0
    assert not helpers
    same_families(first, second)


def test_a_first_pull_without_a_listener_makes_no_change_objects_for_the_helpers_pages(
    sqlite_server: RunningServer,
    devices: Devices,
    helpers: list[PullHelper],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The vault writes a relayed page's columns as they came: a `Change` per row, made
    on the process that writes the vault and read by nobody (a command's sync has no
    window), cost a first sync of a million changes 4.4 s (storage.pulled.ReadyChange)."""
    first, second, total = history_on_two_laptops(sqlite_server, devices)
    helpers.clear()
    made = [0]
    make = Change.__init__

    def counted(self: Change, *args: Any, **kwargs: Any) -> None:
        made[0] += 1
        make(self, *args, **kwargs)

    monkeypatch.setattr(Change, "__init__", counted)
    report = second.sync(pull_page=PAGE, pull_helper=True)
    assert report.in_sync and report.pulled == total and report.helper_pages > 0
    same_families(first, second)
    # The pages this process fetched itself, before the helper took over, are read
    # into changes by the client; none of those the helper relayed.
    assert made[0] <= total - report.helper_pages * PAGE + PAGE


def _when_begun(
    monkeypatch: pytest.MonkeyPatch,
    then: Callable[[PullHelper], None],
    forms: list[str] | None = None,
) -> None:
    """`then` just before the first helper is given its cursor; each helper's pull
    form is added to `forms`."""
    begin = PullHelper.begin
    done = [False]

    def watched(self: PullHelper, *args: Any) -> None:
        if forms is not None:
            forms.append(args[-1])
        if not done[0]:
            done[0] = True
            then(self)
        begin(self, *args)

    monkeypatch.setattr(PullHelper, "begin", watched)


@pytest.mark.parametrize("when", ["before its first page", "half way"])
def test_a_helper_that_dies_leaves_the_rest_to_the_sync(
    sqlite_server: RunningServer,
    devices: Devices,
    helpers: list[PullHelper],
    monkeypatch: pytest.MonkeyPatch,
    when: str,
) -> None:
    first, second, total = history_on_two_laptops(sqlite_server, devices, families=6, members=8)
    helpers.clear()
    if when == "half way":
        _after_pages(monkeypatch, 2, lambda: helpers[0]._process.kill())
    else:
        _when_begun(monkeypatch, lambda helper: helper._process.kill())
    report = second.sync(pull_page=PAGE, pull_helper=True)
    assert report.in_sync and report.pulled == total and report.refused_pulled == 0
    if when == "half way":
        # Pages the helper had sent before it was killed may still be relayed.
        assert 2 <= report.helper_pages < total // PAGE - 1
    else:
        assert report.helper_pages == 0
    assert second.repo.change_count() == first.repo.change_count()
    same_families(first, second)


def test_a_refusal_the_helper_meets_reaches_the_sync_as_without_it(
    sqlite_server: RunningServer,
    devices: Devices,
    helpers: list[PullHelper],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The sign-in ends half way: the sync says so as it would fetching itself, the
    pages before are kept, and a new sign-in brings the rest."""
    first, second, total = history_on_two_laptops(sqlite_server, devices)
    helpers.clear()
    account = second.state.account()
    assert account is not None
    _when_begun(monkeypatch, lambda _helper: revoke_token(sqlite_server.url, account.token))
    with pytest.raises(Unauthorized):
        second.sync(pull_page=PAGE, pull_helper=True)
    kept = second.repo.change_count()
    assert 0 < kept < total
    assert all(_gone(helper) for helper in helpers)
    second.login(sqlite_server.url, "anne")
    report = second.sync(pull_page=PAGE, pull_helper=True)
    assert report.in_sync and report.pulled == total - kept
    same_families(first, second)


def test_a_cancelled_pull_stops_the_helper(
    sqlite_server: RunningServer,
    devices: Devices,
    helpers: list[PullHelper],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, second, total = history_on_two_laptops(sqlite_server, devices)
    helpers.clear()
    engine = second.engine(pull_page=PAGE, pull_helper=True)
    _after_pages(monkeypatch, 1, engine.cancel)
    report = engine.sync()
    assert report.cancelled and report.pulled < total
    assert len(helpers) == 1 and _gone(helpers[0])
    report = second.sync(pull_page=PAGE, pull_helper=True)
    assert report.in_sync
    same_families(first, second)


def test_an_engine_with_its_own_clients_starts_no_helper(
    sqlite_server: RunningServer, devices: Devices, helpers: list[PullHelper]
) -> None:
    """A helper makes plain clients of its own: an engine given other clients (a proxy,
    a test's faults) keeps every request on them."""
    _first, second, total = history_on_two_laptops(sqlite_server, devices)
    helpers.clear()
    made: list[str] = []

    def factory(url: str, token: str) -> Any:
        made.append(url)
        return engine_module.SyncClient(url, token)

    report = second.engine(pull_page=PAGE, client_factory=factory).sync()
    assert made and report.pulled == total and report.helper_pages == 0 and not helpers


def _frame(pipe: Any) -> Any:
    return pull_helper._read(pipe)


def test_the_bundle_launcher_runs_the_helper_without_the_app() -> None:
    """The bundle's executable is the launcher: given HELPER_ARG it runs the helper
    (which says it is ready) and never the app's command line."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "packaging" / "ftbt_launcher.py"), HELPER_ARG],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        assert _frame(process.stdout) == ("ready",)
        assert process.stdin is not None
        process.stdin.close()  # the parent gone: the helper ends quietly
        assert process.wait(timeout=30) == 0
        assert process.stderr is not None and b"usage" not in process.stderr.read()
        # Neither the app's window nor the vault's libraries: the helper stays small
        # (31 MB against 47 MB with SQLCipher and cryptography), a laptop's memory.
        imported = _modules_of_helper().split()
        assert not [m for m in imported if m.split(".")[0] in HEAVY_MODULES]
    finally:
        if process.poll() is None:
            process.kill()


HEAVY_MODULES = {"PySide6", "sqlcipher3", "cryptography", "argon2"}


def _modules_of_helper() -> str:
    """The modules a helper's imports bring."""
    code = (
        "import sys, ftbt_desktop.sync.pull_helper, ftbt_desktop.sync.client,"
        " ftbt_desktop.storage.pulled;"
        "print(' '.join(sorted(sys.modules)))"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    ).stdout


def test_the_bundle_smoke_test_starts_the_helper_as_the_app_does() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "bundle_smoke", ROOT / "tools" / "bundle_smoke.py"
    )
    assert spec is not None and spec.loader is not None
    smoke = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(smoke)
    assert smoke.PULL_HELPER_ARG == HELPER_ARG


def test_a_helper_whose_app_is_gone_ends(sqlite_server: RunningServer, devices: Devices) -> None:
    """The app killed mid-pull leaves the helper a broken pipe: it ends, not fetching on."""
    _first, second, _total = history_on_two_laptops(sqlite_server, devices)
    account = second.state.account()
    assert account is not None
    helper = PullHelper()
    try:
        helper.wait_ready()
        helper.begin(sqlite_server.url, account.token, 0, 2, ROWS_FORM)
        assert helper.take() is not None
        helper._from.close()  # as the app's end of the pipe closes when it dies
        assert helper._process.wait(timeout=30) == 0
    finally:
        helper.close()


APP_KILLED_MID_REQUEST = """
import sys, time
from ftbt_desktop.sync.pull_helper import PullHelper
helper = PullHelper()
helper.wait_ready()
helper.begin(sys.argv[1], "a-token", 0, 2, "rows")
print(helper.pid, flush=True)
time.sleep(120)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="watches the helper by POSIX signals")
def test_a_helper_ends_at_once_when_its_app_dies_mid_request() -> None:
    """The app killed while its helper waits on a server that has not answered: the
    helper ends within moments rather than at its request's 30 s timeout, holding the
    sign-in token meanwhile (a review's finding)."""
    import socket

    listener = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []
    connected = threading.Event()

    def hold() -> None:  # a server that takes the request and never answers
        with contextlib.suppress(OSError):
            while True:
                held.append(listener.accept()[0])
                connected.set()

    threading.Thread(target=hold, daemon=True).start()
    app = subprocess.Popen(
        [
            sys.executable,
            "-c",
            APP_KILLED_MID_REQUEST,
            f"http://127.0.0.1:{listener.getsockname()[1]}",
        ],
        stdout=subprocess.PIPE,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    try:
        assert app.stdout is not None
        helper_pid = int(app.stdout.readline())
        assert connected.wait(timeout=30)
        app.kill()
        app.wait(timeout=10)
        assert _ends_within(helper_pid, 5.0)
    finally:
        app.kill()
        listener.close()
        for conn in held:
            conn.close()


def _ends_within(pid: int, seconds: float) -> bool:
    """Whether process `pid` (not our child) is gone within `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        # A zombie is gone for our purpose: it holds no token and does nothing.
        status = Path(f"/proc/{pid}/status")
        with contextlib.suppress(OSError):
            if "State:\tZ" in status.read_text():
                return True
        time.sleep(0.05)
    os.kill(pid, signal.SIGKILL)
    return False


def test_a_fault_in_the_relay_ends_the_sync_rather_than_hanging_it(
    sqlite_server: RunningServer,
    devices: Devices,
    helpers: list[PullHelper],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Anything unexpected on the fetching thread reaches the sync as its error (it
    used to end the thread silently, and the sync waited for a page for good)."""
    _first, second, total = history_on_two_laptops(sqlite_server, devices)

    def broken(_helper: PullHelper) -> None:
        raise RuntimeError("a fault in the relay")

    _when_begun(monkeypatch, broken)
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            second.sync(pull_page=PAGE, pull_helper=True)
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    syncing = threading.Thread(target=run, daemon=True)
    syncing.start()
    syncing.join(timeout=60)
    assert not syncing.is_alive(), "the sync hung"
    assert isinstance(outcome[0], RuntimeError)
    assert second.repo.change_count() < total
    assert all(_gone(helper) for helper in helpers)
    report = second.sync(pull_page=PAGE)  # without the fault: the rest arrives
    assert report.in_sync and second.repo.change_count() == total


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="reads /proc")
def test_the_helper_gets_no_secret_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """A command may be given the vault's passphrase or a password in its environment;
    the helper, which needs neither, does not inherit them."""
    for name in pull_helper.SECRET_ENV:
        monkeypatch.setenv(name, "hemmelig-" + name)
    monkeypatch.setenv("FTBT_HELPER_TEST_VISIBLE", "yes")
    helper = PullHelper()
    try:
        helper.wait_ready()
        environ = Path(f"/proc/{helper.pid}/environ").read_bytes().split(b"\0")
    finally:
        helper.close()
    assert b"FTBT_HELPER_TEST_VISIBLE=yes" in environ
    assert not [item for item in environ if b"hemmelig" in item]


def test_the_helper_runs_no_code_from_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The helper gets the token: a module planted in the folder the app was started
    from (Downloads, a checkout of another version) must not run in it."""
    planted = tmp_path / "planted"
    (planted / "ftbt_desktop" / "sync").mkdir(parents=True)
    marker = tmp_path / "ran.txt"
    code = f"open({str(marker)!r}, 'w').write('ran')\n"
    for name in ("json.py", "marshal.py", "httpx.py"):
        (planted / name).write_text(code, encoding="utf-8")
    (planted / "ftbt_desktop" / "__init__.py").write_text(code, encoding="utf-8")
    (planted / "ftbt_desktop" / "sync" / "__init__.py").write_text(code, encoding="utf-8")
    (planted / "ftbt_desktop" / "sync" / "pull_helper.py").write_text(code, encoding="utf-8")
    monkeypatch.chdir(planted)
    helper = PullHelper()
    try:
        helper.wait_ready()
    finally:
        helper.close()
    assert not marker.exists()


def test_a_later_large_pull_through_the_helper_reads_as_one_without_it(
    sqlite_server: RunningServer, devices: Devices, helpers: list[PullHelper]
) -> None:
    """Not a first sync: the helper starts when the first page says many follow, and the
    pull finds the same conflicts and leaves the same families as a sync fetching every
    page itself."""
    first, second, _total = history_on_two_laptops(sqlite_server, devices)
    second.sync()
    third = devices("laptop-3")
    third.login(sqlite_server.url, "anne")
    third.sync()
    family_id = first.repo.list_families()[0].id
    # Both later laptops rename the family while the first renames it too, then writes
    # a long history: each finds one conflict, behind many pages.
    second.repo.update_family(family_id, name="Familien fra laptop 2")
    third.repo.update_family(family_id, name="Familien fra laptop 3")
    first.repo.update_family(family_id, name="Familien fra laptop 1")
    write_changes(first, families=4, members=5)
    first.sync()
    helpers.clear()

    through = second.sync(pull_page=PAGE, pull_helper=True)
    itself = third.sync(pull_page=PAGE, pull_helper=False)
    assert len(helpers) == 1 and through.helper_pages > 0 and itself.helper_pages == 0
    # The third laptop also pulls the second's rename, pushed just before, which is one
    # more conflict with its own.
    assert through.pulled + 1 == itself.pulled and through.pulled > 4 * PAGE
    assert (through.conflicts, itself.conflicts) == (1, 2)
    conflicts = [(c.entity_id, c.field) for c in second.state.conflicts()]
    assert conflicts == [(c.entity_id, c.field) for c in third.state.conflicts()]
    for laptop in (second, third, first, second, third):
        laptop.sync()  # the renames go round: the latest wins everywhere
    same_families(first, second)
    same_families(first, third)
    assert second.repo.change_count() == third.repo.change_count()


class _Recorded(httpx.BaseTransport):
    """The real server; when each pull was asked for, and the `fail_at`th one failing
    as a dropped connection does."""

    def __init__(self, fail_at: int | None = None) -> None:
        self.inner = httpx.HTTPTransport()
        self.asked: list[tuple[int, float]] = []
        self.fail_at = fail_at

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/sync/pull"):
            self.asked.append((int(request.url.params["after"]), time.monotonic()))
            if len(self.asked) == self.fail_at:
                raise httpx.ReadError("the connection dropped")
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def _served(
    server: RunningServer, transport: _Recorded, monkeypatch: pytest.MonkeyPatch
) -> tuple[list[Any], list[tuple[float, float]]]:
    """The frames `serve_pages` sends for anne's feed from the start, in pages of PAGE,
    and when it checked each page (start, end)."""
    import io

    from ftbt_desktop.sync.client import SyncClient

    checked: list[tuple[float, float]] = []
    ready_page = pull_helper._ready_page

    def timed(body: Any) -> Any:
        began = time.monotonic()
        time.sleep(0.05)  # a check as long as a page of thousands takes
        try:
            return ready_page(body)
        finally:
            checked.append((began, time.monotonic()))

    monkeypatch.setattr(pull_helper, "_ready_page", timed)
    out = io.BytesIO()
    token = server.login("anne", device_name="helper-test")
    with SyncClient(server.url, token, transport=transport) as client:
        client.pull_form = ROWS_FORM
        pull_helper.serve_pages(client, 0, PAGE, out)
    out.seek(0)
    frames = []
    with contextlib.suppress(EOFError):
        while True:
            frames.append(pull_helper._read(out))
    return frames, checked


def test_the_helper_asks_for_the_next_page_while_it_checks_one(
    sqlite_server: RunningServer, devices: Devices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Asked for one after the other, the server made a page while the helper waited,
    and the helper checked one while the server waited."""
    _, _, total = history_on_two_laptops(sqlite_server, devices, families=3, members=4)
    transport = _Recorded()
    frames, checked = _served(sqlite_server, transport, monkeypatch)
    pages = [f for f in frames if f[0] == "page"]
    assert frames[-1][0] == "page" and len(pages) >= 4
    assert sum(len(f[2]) for f in pages) == total
    # Each page's successor was asked for (at its cursor) before its check ended.
    cursors = [0] + [f[1][0] for f in pages[:-1]]
    assert [after for after, _ in transport.asked] == cursors
    for (_, asked_at), (_, check_ended) in zip(transport.asked[1:], checked, strict=False):
        assert asked_at < check_ended


def test_a_page_asked_for_ahead_that_fails_stops_the_helper_after_the_pages_before(
    sqlite_server: RunningServer, devices: Devices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parent then fetches from the last page it was sent, and meets the error
    itself, as without a helper."""
    history_on_two_laptops(sqlite_server, devices, families=3, members=4)
    frames, _ = _served(sqlite_server, _Recorded(fail_at=3), monkeypatch)
    assert [f[0] for f in frames] == ["page", "page", "stopped"]
