"""Sync at the scale of a municipality (issue 19): a million changes, hundreds of laptops.

Run with `python bench/sync_scale.py [--million [--window]] [--laptops N] [--minutes M]
[--changes N] [--backend postgresql|sqlite] [--dir DIR]` (`make bench-scale`; `make soak`
runs the laptops for 10 minutes). Like the other benches it is a report, not a test:
it prints PASS/FAIL per target and always exits 0. The figures are wall-clock times
on this machine, whose load average is printed before and after.

1. `--million`: a supervisor's new laptop. One coordinator's 1,000,000 changes in
   600 families are pushed over HTTP with the sync client's own code (batches of
   1,000), so everything the server holds went through its push route; then a new
   laptop signs in and takes its initial sync into a fresh encrypted vault, in a
   process of its own (`--child-initial`), so its peak memory (ru_maxrss) is the
   laptop's alone. The server's peak memory is the serve process's VmHWM, reset
   (/proc/<pid>/clear_refs) after the seed, so it covers the sync only; the seed's
   own peak is printed too. Targets: <= 25 s end to end, laptop <= 400 MB, server
   <= 300 MB, and the progress had a total (the server counted what was left) that
   matched what arrived. With `--window`, a second new laptop then syncs the same seed
   as the window's sync does (its everyday spans), told once per committed span of
   what it wrote (the entities, ChangeSet.touched), under the same targets.
2. `--laptops N` (default 200): the morning rush. Two `serve` processes on one
   PostgreSQL database, behind a small round-robin TCP proxy (one address, each new
   connection to the next process). N/2 coordinators with two laptops each, every
   laptop signed in and caught up (yesterday's sync) before the clock starts, with
   its first 20 edits made. Then all at once, for `--minutes`, each laptop does
   rounds of "push 20 new changes to its coordinator's families, pull until caught
   up": all 200 at the same instant (8 o'clock), then every
   10-30 s (`--every`, mean 20 s: the app syncs 20 s after an edit, so this is a
   coordinator typing all morning; `--every 1` measures the servers' capacity). A laptop
   here is the sync client without a vault (the vault's side is sync_bench.py's):
   the load on the servers is what is measured. Printed per second of the run:
   pushes, their 95th percentile, pulls, and both servers' memory; then the first
   round on its own (each laptop's first push: how long 200 pushes started at once
   took to be answered) beside the 95th percentile of the pushes after it, and the
   CPU each side used from just before the first round to 7.5 s after it (servers,
   PostgreSQL, the bench's laptops, the proxy), against what the machine has: the
   laptops and the servers share these cores here, where in a municipality each
   laptop has its own. Targets: every
   push and pull answered 200, nothing lost (every accepted change is in the store
   and reached the coordinator's other laptop), every request's audit entry chained
   and the chain verifying once the run ends, p95 push <= 1 s, and the servers'
   memory flat (as sync_bench.py's soak: the last tenth within max(8 MB, 5 %) of the
   first tenth after a warm-up; judged from 5 minutes on).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import multiprocessing as mp
import os
import platform
import random
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[1:1] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "bench")]

from server_fixtures import PASSWORD, RunningServer, free_port, running_server  # noqa: E402
from sqlalchemy import select  # noqa: E402
from sync_bench import PG_DEFAULT, PG_ENV, analyze, database, load, mb  # noqa: E402
from sync_load import cpu_seconds, new_vault, postgres_cpu, rss_bytes  # noqa: E402
from sync_workload import Casework, FamilyLog, Stamper  # noqa: E402
from verdicts import verdict  # noqa: E402

from ftbt_desktop.core.changes import Change  # noqa: E402
from ftbt_desktop.storage.repository import Edit, Repository  # noqa: E402
from ftbt_desktop.sync.client import SyncClient  # noqa: E402
from ftbt_desktop.sync.engine import SyncEngine, SyncProgress  # noqa: E402
from ftbt_server import accounts, audit_chain  # noqa: E402
from ftbt_server.db import make_engine  # noqa: E402
from ftbt_server.tables import audit_pending  # noqa: E402
from ftbt_server.tables import changes as server_changes  # noqa: E402

MILLION = 1_000_000
MILLION_FAMILIES = 600
MILLION_TARGET_S = 25.0
EDIT_EVERY_S = 1.0
WINDOW_EDITS = 10  # as many in every run, so runs of different lengths compare
CLIENT_PEAK_MB = 400.0
SERVER_PEAK_MB = 300.0
P95_PUSH_S = 1.0
FLAT_MB = 8.0
FLAT_SHARE = 0.05
FLAT_JUDGED_S = 300.0
BATCH = 1_000
EDITS = 20
# When the CPU of each side is read, in seconds from the start: around the first round.
CPU_MARKS_S = (-0.5, 7.5)
# How often a laptop syncs while its coordinator works: the app syncs 20 s after an
# edit (ui/sync/sync_controller.py, DEBOUNCE_MS), so a coordinator typing all morning
# syncs about every 20 s; each laptop waits 10-30 s between rounds (`--every`).
EVERY_S = 20.0
OWNER = "scale-owner"


def say(text: str) -> None:
    print(text, flush=True)


def target(
    verdicts: list[tuple[str, str]], name: str, text: str, ok: bool, judged: bool = True
) -> None:
    said = verdict(ok, judged)
    verdicts.append((name, said))
    say(f"{text}  {said}")


def peak_bytes(pid: int) -> int:
    """The process's peak resident memory since start or the last reset (VmHWM)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"no VmHWM for process {pid}")


def reset_peak(pid: int) -> None:
    Path(f"/proc/{pid}/clear_refs").write_text("5")


# -- 1. a million changes ------------------------------------------------------


def seed_history(server: RunningServer, store: Any, families: int, changes: int) -> int:
    """Push a coordinator's history, one family at a time (never all of it in memory)."""
    token = server.login(OWNER, device_name="seed")
    pushed = 0
    casework = Casework(seed=19)
    now_ms = time.time_ns() // 1_000_000
    with SyncClient(server.url, token) as client:
        batch: list[Change] = []
        for family in casework.history(families, changes, OWNER, now_ms):
            batch += family
            while len(batch) >= BATCH:
                answer = client.push(batch[:BATCH])
                if answer.rejected:
                    raise RuntimeError(f"seed refused: {answer.rejected[0][1]}")
                pushed += len(answer.accepted)
                batch = batch[BATCH:]
                if pushed % (100 * BATCH) == 0:
                    analyze(store)
        if batch:
            pushed += len(client.push(batch).accepted)
    analyze(store)
    return pushed


class ChildPeaks:
    """The highest peak memory (VmHWM) of this process's children while they live,
    sampled every 0.2 s: the pull helper (sync/pull_helper.py). Not RUSAGE_CHILDREN,
    whose ru_maxrss counts a child from its fork on, before it runs the helper: the
    app's own memory at that moment (108 MB in a first sync of a million changes,
    where the helper itself peaked at 52 MB)."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        me = os.getpid()
        while not self._stop.wait(0.2):
            for entry in Path("/proc").iterdir():
                if entry.name.isdigit():
                    with contextlib.suppress(OSError, ValueError, IndexError):
                        # The parent's pid follows the command's name, in parentheses.
                        stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                        if int(stat[1]) == me:
                            status = (entry / "status").read_text()
                            hwm = int(status.split("VmHWM:")[1].split()[0]) * 1024
                            self.peak = max(self.peak, hwm)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


class Editor:
    """The coordinator renaming a family in the window every EDIT_EVERY_S while the
    sync pulls, once a family has arrived, WINDOW_EDITS times: how long each edit took
    to be saved, and of that how long it waited for the vault's lock (held by a span
    until its batch and commit end); the rest is the edit's own transaction. An edit
    is a local change, never pushed here."""

    def __init__(self, repo: Repository) -> None:
        self.repo = repo
        self.waits: list[float] = []
        self.locked: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while len(self.waits) < WINDOW_EDITS and not self._stop.wait(EDIT_EVERY_S):
            families = self.repo.list_families()
            if not families:
                continue
            family_id = families[0].id
            edit = Edit("family", family_id, family_id, "name", f"Familie {len(self.waits)}")
            started = time.perf_counter()
            with self.repo.vault.lock:  # re-entrant: the write's own transaction takes it
                self.locked.append(time.perf_counter() - started)
                self.repo.write([edit])
            self.waits.append(time.perf_counter() - started)

    def stop(self) -> tuple[list[float], list[float]]:
        self._stop.set()
        self._thread.join()
        return self.waits, self.locked


def child_initial(server_url: str, folder: str, window: bool = False) -> None:
    """A new laptop's initial sync, measured in this process: prints one JSON line.
    `window`: as the window's sync, told of what each span wrote (a listener that takes
    it as the sync controller does, then lets it go as the views do once refreshed)."""
    vault, repo = new_vault(Path(folder))
    engine = SyncEngine(repo)
    seen: list[SyncProgress] = []
    told = [0, 0]  # spans told, entities (or changes, from an engine that sends them)

    def listener(changes: Any) -> None:
        told[0] += 1
        told[1] += len(changes.changes) + len(getattr(changes, "touched", ()))

    children = ChildPeaks()
    editor = Editor(repo) if window else None
    started = time.perf_counter()
    engine.login(server_url, OWNER, PASSWORD, "new-laptop")
    report = engine.sync(progress=seen.append, applied=listener if window else None)
    seconds = time.perf_counter() - started
    edits, locked = editor.stop() if editor is not None else ([], [])
    helper_peak = children.stop()
    pulls = [p for p in seen if p.phase == "pull" and p.done]
    answer = {
        "seconds": seconds,
        "pulled": report.pulled,
        "stored": repo.change_count() - len(edits),
        "families": len(repo.list_families()),
        # The app's and its pull helper's (sync/pull_helper.py), both the laptop's.
        "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 + helper_peak,
        "helper_peak": helper_peak,
        "helper_pages": report.helper_pages,
        "first_total": pulls[0].total if pulls else 0,
        "last_total": pulls[-1].total if pulls else 0,
        "updates": len(pulls),
        "told": told,
        "edits": edits,
        "edits_locked": locked,
    }
    vault.close(backup=False)
    print("RESULT " + json.dumps(answer), flush=True)


def million(
    backend: str, changes: int, families: int, parent: Path | None, window: bool = False
) -> list[tuple[str, str]]:
    verdicts: list[tuple[str, str]] = []
    say(f"[{backend}] a new laptop's initial sync of {changes:,} changes in {families} families")
    with (
        tempfile.TemporaryDirectory(prefix="ftbt-scale-", dir=parent) as name,
        ExitStack() as stack,
    ):
        tmp = Path(name)
        db_url = stack.enter_context(database(backend, tmp))
        env = {"FTBT_KDF_PROFILE": os.environ.get("FTBT_KDF_PROFILE", "")}
        server = stack.enter_context(running_server(tmp / "server", db_url, env=env))
        store = make_engine(db_url)
        stack.callback(store.dispose)
        accounts.add_user(store, OWNER, PASSWORD, "coordinator")
        assert server.process is not None
        pid = server.process.pid
        started = time.perf_counter()
        pushed = seed_history(server, store, families, changes)
        seed_s = time.perf_counter() - started
        seed_peak = peak_bytes(pid)
        say(
            f"[{backend}] seed: {pushed:,} changes pushed over HTTP in {seed_s:.0f} s "
            f"({pushed / seed_s:,.0f} changes/s); server peak memory meanwhile {mb(seed_peak)}"
        )
        for as_window in (False, True) if window else (False,):
            verdicts += new_laptop(backend, server, changes, families, tmp, as_window)
    return verdicts


def new_laptop(
    backend: str,
    server: RunningServer,
    changes: int,
    families: int,
    tmp: Path,
    window: bool,
) -> list[tuple[str, str]]:
    """A new laptop's initial sync of the seed, in a process of its own: a command's,
    or (`window`) the window's, told of what each span wrote."""
    verdicts: list[tuple[str, str]] = []
    assert server.process is not None
    pid = server.process.pid
    name = "million (window)" if window else "million"
    if window:
        backend += ", the window's sync"
    reset_peak(pid)
    folder = tmp / ("window-laptop" if window else "laptop")
    child = subprocess.run(
        [sys.executable, __file__, "--child-initial", server.url, str(folder)]
        + (["--window"] if window else []),
        capture_output=True,
        text=True,
        timeout=3600,
        check=False,
        env={**os.environ, "FTBT_KDF_PROFILE": "owasp-min"},
    )
    lines = [line for line in child.stdout.splitlines() if line.startswith("RESULT ")]
    if child.returncode != 0 or not lines:
        say(child.stderr[-3000:])
        target(verdicts, f"{name}: the run", "the laptop's sync stopped (above)", False)
        return verdicts
    got = json.loads(lines[0][len("RESULT ") :])
    server_peak = peak_bytes(pid)
    complete = got["pulled"] == changes == got["stored"] and got["families"] == families
    say(
        f"[{backend}] initial sync of {got['pulled']:,} changes: {got['seconds']:.1f} s end "
        f"to end (sign-in included), {got['pulled'] / got['seconds']:,.0f} changes/s; "
        f"{got['families']} families; everything arrived: {'yes' if complete else 'NO'}"
    )
    if window:
        say(
            f"[{backend}] the window was told {got['told'][0]} times, of "
            f"{got['told'][1]:,} entities written"
        )
        waits, locked = sorted(got["edits"]), sorted(got["edits_locked"])
        if waits:
            say(
                f"[{backend}] a family renamed in the window {len(waits)} times, "
                f"{EDIT_EVERY_S:.0f} s apart, meanwhile: saved in median "
                f"{statistics.median(waits) * 1000:.0f} ms, longest {waits[-1] * 1000:.0f} ms; "
                f"of which waiting for the vault: median "
                f"{statistics.median(locked) * 1000:.0f} ms, longest {locked[-1] * 1000:.0f} ms "
                f"(the five longest: {', '.join(f'{w * 1000:.0f}' for w in waits[-5:])} ms)"
            )
    target(
        verdicts,
        f"{name}: time",
        f"[{backend}] initial sync of {changes:,} changes: {got['seconds']:.1f} s  "
        f"target <= {MILLION_TARGET_S * changes / MILLION:.1f} s",
        complete and got["seconds"] <= MILLION_TARGET_S * changes / MILLION,
    )
    target(
        verdicts,
        f"{name}: laptop memory",
        f"[{backend}] the laptop's peak memory (the app's ru_maxrss and its pull helper's VmHWM "
        f"added; {got.get('helper_pages', 0):,} pages came through the helper): "
        f"{mb(got['peak'])} (the helper's {mb(got.get('helper_peak', 0))})  "
        f"target <= {CLIENT_PEAK_MB:.0f} MB",
        got["peak"] <= CLIENT_PEAK_MB * 2**20,
    )
    target(
        verdicts,
        f"{name}: server memory",
        f"[{backend}] the server's peak memory during the sync (VmHWM): "
        f"{mb(server_peak)}  target <= {SERVER_PEAK_MB:.0f} MB",
        server_peak <= SERVER_PEAK_MB * 2**20,
    )
    target(
        verdicts,
        f"{name}: progress total",
        f"[{backend}] progress: {got['updates']} updates, with a total of "
        f"{got['first_total']:,} from the first page on (last {got['last_total']:,})  "
        "target: the total the server counted is what arrived",
        got["first_total"] == got["last_total"] == changes,
    )
    return verdicts


# -- 2. hundreds of laptops -------------------------------------------------------


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        writer.close()


def _proxy(port: int, backends: list[int], ready: Any) -> None:
    """Round-robin TCP proxy on loopback: each new connection to the next backend."""
    turn = [0]

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        backend = backends[turn[0] % len(backends)]
        turn[0] += 1
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", backend)
        except OSError:
            writer.close()
            return
        await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))

    async def main() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", port, backlog=1024)
        ready.set()
        async with server:
            await server.serve_forever()

    asyncio.run(main())


@dataclass
class Laptop:
    username: str
    device: str
    token: str
    families: list[str]
    seed: int


@dataclass
class LaptopResult:
    device: str
    username: str
    pushes: list[tuple[float, float]] = field(default_factory=list)  # (start, seconds)
    pulls: list[tuple[float, float]] = field(default_factory=list)
    accepted: list[str] = field(default_factory=list)
    pulled: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Rush:
    """When the laptops start and stop, how often they sync, and where they meet."""

    url: str
    seconds: float
    every_s: float
    ready: Any  # a Barrier of every laptop and the bench: all have caught up
    go: Any  # an Event: `start_at` is set
    start_at: Any  # a shared double: when the first round starts (time.time())
    done: Any  # a Barrier of every laptop: the last pulls wait for the last pushes

    def start(self) -> float:
        """When every laptop has caught up: when the first round starts."""
        self.ready.wait(timeout=600)
        self.go.wait(timeout=600)
        return float(self.start_at.value)


def _catch_up(
    client: SyncClient, cursor: int, result: LaptopResult, start: float | None = None
) -> int:
    """Pull until caught up; each pull is timed into `result.pulls` when `start` is given."""
    while True:
        began = time.time()
        page = client.pull(cursor, 2000)
        if start is not None:
            result.pulls.append((began - start, time.time() - began))
        result.pulled += [item.change.change_id for item in page.changes]
        cursor = page.next
        if not page.has_more:
            return cursor


def _laptop(rush: Rush, laptop: Laptop, logs: list[FamilyLog]) -> LaptopResult:
    result = LaptopResult(laptop.device, laptop.username)
    rng = random.Random(laptop.seed)
    casework = Casework(seed=laptop.seed)
    casework.logs = logs
    stamper = Stamper(str(uuid.uuid4()), laptop.username)
    # A client (and its connection) per round, as the app opens one per sync: a kept
    # connection sits idle between rounds until the server's keep-alive ends it, and a
    # request sent as it ends is dropped (the app never keeps one that long).
    with SyncClient(rush.url, laptop.token, timeout=120) as client:
        # Caught up first, untimed, by every laptop before any starts: the laptop's last
        # sync was yesterday. The first edits are made before too, as a laptop's pending
        # edits are there before it syncs: the first round starts at the same instant.
        cursor = _catch_up(client, 0, result)
    batch = casework.changes(EDITS, stamper)
    start = rush.start()
    stop = start + rush.seconds
    time.sleep(max(0.0, start - time.time()))
    while time.time() < stop:
        try:
            with SyncClient(rush.url, laptop.token, timeout=120) as client:
                began = time.time()
                answer = client.push(batch)
                result.pushes.append((began - start, time.time() - began))
                result.accepted += answer.accepted
                if answer.rejected:
                    result.errors.append(f"push refused: {answer.rejected[0][1]}")
                cursor = _catch_up(client, cursor, result, start)
        except Exception as exc:  # a report: count it and go on
            result.errors.append(f"{type(exc).__name__}: {exc}"[:300])
        batch = casework.changes(EDITS, stamper)
        time.sleep(min(rng.uniform(0.5, 1.5) * rush.every_s, max(0.0, stop - time.time())))
    # One last pull once every laptop has pushed its last: the coordinator's other
    # laptop's changes must all be here.
    rush.done.wait(timeout=600)
    with SyncClient(rush.url, laptop.token, timeout=120) as client:
        _catch_up(client, cursor, result)
    return result


def _laptop_group(rush: Rush, group: list[tuple[Laptop, list[FamilyLog]]], out: Any) -> None:
    results: list[LaptopResult] = []
    lock = threading.Lock()

    def run(laptop: Laptop, logs: list[FamilyLog]) -> None:
        try:
            done = _laptop(rush, laptop, logs)
        except Exception:
            # The others stop waiting for this one, and say so.
            rush.ready.abort()
            rush.done.abort()
            done = LaptopResult(
                laptop.device, laptop.username, errors=[traceback.format_exc()[-500:]]
            )
        with lock:
            results.append(done)

    threads = [threading.Thread(target=run, args=item) for item in group]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    out.put(results)


def _coordinators(
    server: RunningServer, store: Any, count: int
) -> list[tuple[str, list[FamilyLog]]]:
    made = []
    now_ms = time.time_ns() // 1_000_000
    for number in range(count):
        name = f"scale-c{number:03d}"
        accounts.add_user(store, name, PASSWORD, "coordinator")
        work = Casework(seed=1000 + number)
        history = [c for family in work.history(2, 60, name, now_ms) for c in family]
        with SyncClient(server.url, server.login(name, device_name="seed")) as client:
            client.push(history)
        made.append((name, work.logs))
    return made


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))] if ordered else 0.0


def _cpu_split(pids: dict[str, list[int]]) -> dict[str, float]:
    split = {name: sum(cpu_seconds(pid) for pid in group) for name, group in pids.items()}
    split["PostgreSQL"] = postgres_cpu()
    return split


@contextmanager
def _two_servers(tmp: Path, db_url: str) -> Iterator[tuple[RunningServer, RunningServer, str, int]]:
    with running_server(tmp / "server", db_url) as first:
        second = RunningServer(tmp / "server", db_url, first.env)
        second.log_path = tmp / "server" / "server-2.log"
        second.start()
        port = free_port()
        ctx = mp.get_context("spawn")
        ready = ctx.Event()
        proxy = ctx.Process(
            target=_proxy, args=(port, [first.port, second.port], ready), daemon=True
        )
        proxy.start()
        try:
            if not ready.wait(20):
                raise RuntimeError("the proxy did not start")
            yield first, second, f"http://127.0.0.1:{port}", proxy.pid or 0
        finally:
            proxy.terminate()
            second.stop()


def laptops(
    backend: str, count: int, minutes: float, every_s: float, parent: Path | None
) -> list[tuple[str, str]]:
    verdicts: list[tuple[str, str]] = []
    seconds = minutes * 60
    say(
        f"[{backend}] {count} laptops at once for {seconds:.0f} s, two serve processes; "
        f"each pushes {EDITS} changes and pulls, all at the first second, then every "
        f"{every_s / 2:.0f}-{every_s * 1.5:.0f} s (offered: {count / every_s:.0f} syncs/s)"
    )
    with (
        tempfile.TemporaryDirectory(prefix="ftbt-scale-", dir=parent) as name,
        ExitStack() as stack,
    ):
        tmp = Path(name)
        db_url = stack.enter_context(database(backend, tmp))
        first, second, url, proxy_pid = stack.enter_context(_two_servers(tmp, db_url))
        store = make_engine(db_url)
        stack.callback(store.dispose)
        users = _coordinators(first, store, count // 2)
        fleet = []
        for number, (username, logs) in enumerate(users):
            for side in (1, 2):
                device = f"{username}-laptop{side}"
                token = first.login(username, device_name=device)
                families = [log.family_id for log in logs]
                fleet.append((Laptop(username, device, token, families, 10 * number + side), logs))
        pids = [s.process.pid for s in (first, second) if s.process is not None]
        ctx = mp.get_context("spawn")
        out = ctx.Queue()
        rush = Rush(
            url,
            seconds,
            every_s,
            ready=ctx.Barrier(len(fleet) + 1),
            go=ctx.Event(),
            start_at=ctx.Value("d", 0.0),
            done=ctx.Barrier(len(fleet)),
        )
        groups = [fleet[i::4] for i in range(4)]
        workers = [ctx.Process(target=_laptop_group, args=(rush, g, out)) for g in groups]
        for worker in workers:
            worker.start()
        # A laptop that failed to catch up breaks the barrier: its error is in the results.
        with contextlib.suppress(threading.BrokenBarrierError):
            rush.ready.wait(timeout=600)
        start = time.time() + 1.0
        stop = start + seconds
        rush.start_at.value = start
        rush.go.set()
        samples: list[tuple[float, list[int]]] = []
        groups_pids = {
            "servers": pids,
            "the bench's laptops": [w.pid or 0 for w in workers],
            "the proxy": [proxy_pid],
        }
        cpu_marks: list[dict[str, float]] = []
        sampled = 0.0
        while (now := time.time()) < stop + 2:
            marks = len(cpu_marks)
            if marks < len(CPU_MARKS_S) and now >= start + CPU_MARKS_S[marks]:
                cpu_marks.append(_cpu_split(groups_pids))
            if now - sampled >= 1.0:
                sampled = now
                samples.append((now - start, [rss_bytes(pid) for pid in pids]))
            time.sleep(0.05)
        results: list[LaptopResult] = []
        for _ in workers:
            results += out.get(timeout=seconds + 600)
        for worker in workers:
            worker.join(60)
        with store.connect() as conn:
            stored = {row.change_id for row in conn.execute(select(server_changes.c.change_id))}
            # Every request's audit entry chained once the last one ended (audit_chain.py).
            pending = len(conn.execute(select(audit_pending.c.id)).all())
        chain = audit_chain.verify(store, None)
        accepted = {cid for r in results for cid in r.accepted}
        lost = accepted - stored
        by_user: dict[str, list[LaptopResult]] = {}
        for r in results:
            by_user.setdefault(r.username, []).append(r)
        unreached = sum(
            len(set(a.accepted) - set(b.pulled)) + len(set(b.accepted) - set(a.pulled))
            for a, b in (pair for pair in by_user.values() if len(pair) == 2)
        )
        errors = [e for r in results for e in r.errors]
        pushes = [(t, s) for r in results for t, s in r.pushes]
        pulls = [(t, s) for r in results for t, s in r.pulls]
        say(f"[{backend}] second  pushes  p95 push  pulls  server 1 MB  server 2 MB")
        for second_no in range(int(seconds)):
            here = [s for t, s in pushes if second_no <= t < second_no + 1]
            pulled = sum(1 for t, _ in pulls if second_no <= t < second_no + 1)
            memory = next((m for t, m in samples if t >= second_no), samples[-1][1])
            say(
                f"[{backend}] {second_no:6d}  {len(here):6d}  {_quantile(here, 0.95):8.3f}  "
                f"{pulled:5d}  {memory[0] / 2**20:11.1f}  {memory[1] / 2**20:11.1f}"
            )
        p95 = _quantile([s for _, s in pushes], 0.95)
        # The first round starts at one instant on every laptop: how long the servers take
        # to answer all of it, beside the rounds after it (spread as the app spreads them).
        # A laptop's first push is its first round's, whenever it got to start it.
        burst = [r.pushes[0] for r in results if r.pushes]
        after = [s for r in results for _, s in r.pushes[1:]]
        say(
            f"[{backend}] the first round, {len(burst)} pushes, started "
            f"{max((t for t, _ in burst), default=0):.3f} s after the start at the latest: "
            f"the last answered {max((t + s for t, s in burst), default=0):.3f} s after the "
            f"start, 95th percentile {_quantile([s for _, s in burst], 0.95):.3f} s; the "
            f"{len(after):,} pushes after it: 95th percentile {_quantile(after, 0.95):.3f} s"
        )
        if len(cpu_marks) == len(CPU_MARKS_S):
            spent = {k: cpu_marks[1][k] - cpu_marks[0][k] for k in cpu_marks[0]}
            span = CPU_MARKS_S[1] - CPU_MARKS_S[0]
            say(
                f"[{backend}] CPU spent in the first round's {span:.0f} s (of "
                f"{(os.cpu_count() or 1) * span:.0f} CPU-s on this machine): "
                + ", ".join(f"{name} {used:.1f} s" for name, used in spent.items())
            )
            rounds = sum(1 for t, _ in pushes if CPU_MARKS_S[0] <= t < CPU_MARKS_S[1])
            if rounds:
                # What the servers' side needs per round, and so how many cores of this
                # speed answer every laptop of a first round within the target (assuming
                # as many serve processes as cores, and PostgreSQL beside them).
                per_round = (spent["servers"] + spent["PostgreSQL"]) / rounds
                say(
                    f"[{backend}] servers and PostgreSQL: {per_round * 1000:.0f} ms of CPU per "
                    f"round (a push and its pulls, {rounds} rounds); {count} laptops at once "
                    f"answered within {P95_PUSH_S:.0f} s would take about "
                    f"{count * per_round / P95_PUSH_S:.0f} cores of this speed (this machine "
                    f"has {os.cpu_count()}, shared with the laptops)"
                )
        say(
            f"[{backend}] {len(results)} laptops: {len(pushes):,} pushes ({len(accepted):,} "
            f"changes accepted) and {len(pulls):,} pulls in {seconds:.0f} s; push median "
            f"{statistics.median([s for _, s in pushes] or [0]):.3f} s, longest "
            f"{max([s for _, s in pushes] or [0]):.3f} s; errors {len(errors)}"
        )
        for error in errors[:5]:
            say(f"[{backend}]   error: {error.strip().splitlines()[-1] if error.strip() else ''}")
        target(
            verdicts,
            "laptops: nothing lost",
            f"[{backend}] {len(results)} laptops: errors {len(errors)}, accepted changes not in "
            f"the store {len(lost)}, not reached the coordinator's other laptop {unreached}",
            not errors and not lost and not unreached and len(results) == len(fleet),
        )
        target(
            verdicts,
            "laptops: audit chain whole",
            f"[{backend}] audit log after the run: {chain.entries:,} entries chained, "
            f"{pending} left unchained, the chain verifies: {'yes' if chain.intact else 'no'}",
            pending == 0 and chain.intact,
        )
        target(
            verdicts,
            "laptops: p95 push",
            f"[{backend}] push 95th percentile over the run: {p95:.3f} s  target <= {P95_PUSH_S} s",
            p95 <= P95_PUSH_S,
        )
        warm = [m for t, m in samples if t >= min(60.0, seconds / 10)]
        for index in range(len(pids)):
            series = [m[index] for m in warm]
            tenth = max(1, len(series) // 10)
            first_rss = statistics.median(series[:tenth])
            last_rss = statistics.median(series[-tenth:])
            growth = last_rss - first_rss
            target(
                verdicts,
                f"laptops: server {index + 1} memory flat",
                f"[{backend}] server {index + 1} memory (RSS): first tenth {mb(first_rss)}, last "
                f"tenth {mb(last_rss)}, peak {mb(max(series))}; growth {growth / 2**20:+.1f} MB  "
                f"target within max({FLAT_MB:.0f} MB, {FLAT_SHARE:.0%})",
                growth <= max(FLAT_MB * 2**20, FLAT_SHARE * first_rss),
                judged=seconds >= FLAT_JUDGED_S,
            )
        for server in (first, second):
            bad = [line for line in server.log_tail().splitlines() if "ERROR" in line]
            if bad:
                say(f"[{backend}] server log: {bad[0][:200]}")
    return verdicts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--million", action="store_true", help="the million-change initial sync")
    parser.add_argument("--changes", type=int, default=MILLION, help="changes for --million")
    parser.add_argument("--laptops", type=int, default=0, help="laptops at once (e.g. 200)")
    parser.add_argument("--minutes", type=float, default=1.0, help="length of the laptops' run")
    parser.add_argument(
        "--every", type=float, default=EVERY_S, help="seconds between a laptop's syncs (mean)"
    )
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="postgresql")
    parser.add_argument("--dir", type=Path, help="parent folder for the temporary files")
    parser.add_argument(
        "--window",
        action="store_true",
        help="--million: also the window's sync (told of what it wrote) on the same seed",
    )
    parser.add_argument("--child-initial", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_initial:
        child_initial(*args.child_initial, window=args.window)
        return 0
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    # Sign-in cost is login_bench.py's subject: accounts are made at OWASP's minimum here.
    os.environ.setdefault("FTBT_KDF_PROFILE", "owasp-min")
    os.environ.setdefault(PG_ENV, PG_DEFAULT)
    say(
        f"FTBT sync at scale: Python {platform.python_version()}, {os.cpu_count()} CPUs, "
        f"servers and clients on this machine over loopback; {load()}"
    )
    verdicts: list[tuple[str, str]] = []
    try:
        if args.million:
            families = max(1, round(MILLION_FAMILIES * args.changes / MILLION))
            verdicts += million(args.backend, args.changes, families, args.dir, args.window)
        if args.laptops:
            verdicts += laptops(args.backend, args.laptops, args.minutes, args.every, args.dir)
    except Exception:
        traceback.print_exc()
        verdicts.append(("the run itself", verdict(False)))
    say(f"{load()}\n\nsummary")
    for name, outcome in verdicts:
        say(f"  {name:<40} {outcome}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
