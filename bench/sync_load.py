"""Load for the sync benchmark: many clients syncing at once, a sustained mix, and RSS.

- `run_clients`: N processes, each a laptop with its own encrypted vault, signed in
  as one of N/2 coordinators (two laptops each, editing the same families). They
  sign in and take their first sync, wait at a barrier, then all at once do
  `rounds` rounds of "write a few user actions, sync"; after a second barrier
  each syncs once more, so both laptops of a coordinator must end up equal.
- `soak`: threads that keep laptops syncing and re-read a whole feed, while the
  server's resident memory is sampled from /proc/<pid>/status.
"""

from __future__ import annotations

import hashlib
import multiprocessing as mp
import os
import statistics
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from sync_workload import Casework, FamilyLog

from ftbt_desktop.storage import keys
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.sync.client import PULL_PAGE, ROWS_FORM
from ftbt_desktop.sync.engine import SyncEngine

PASSPHRASE = "bench passphrase: nothing personal here"
BARRIER_TIMEOUT_S = 600.0


@dataclass(frozen=True)
class ClientSpec:
    server_url: str
    username: str
    password: str
    device: str
    vault_dir: str
    logs: list[FamilyLog]
    rounds: int
    edits_per_round: int
    seed: int


@dataclass
class ClientResult:
    device: str
    username: str
    error: str = ""
    written: list[str] = field(default_factory=list)
    sync_seconds: list[float] = field(default_factory=list)
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    rejected: int = 0
    pending_after: int = -1
    change_ids: list[str] = field(default_factory=list)
    digests: dict[str, str] = field(default_factory=dict)


def new_vault(directory: Path) -> tuple[Vault, Repository]:
    # Argon2id at OWASP's minimum: unlocking is not what is measured here.
    vault, _ = Vault.create(directory, PASSPHRASE, keys.minimum_params())
    return vault, Repository(vault)


def family_digests(vault: Vault) -> dict[str, str]:
    """Family id → hash of its state (entity, field, winning change): equal when converged."""
    rows = vault.execute(
        "SELECT family_id, entity_id, field, change_id FROM state ORDER BY family_id, entity_id, field"
    )
    hashes: dict[str, Any] = {}
    for family_id, entity_id, name, change_id in rows:
        hashes.setdefault(family_id, hashlib.sha256()).update(
            f"{entity_id}\x1f{name}\x1f{change_id}\x1e".encode()
        )
    return {family_id: h.hexdigest() for family_id, h in hashes.items()}


def change_ids(vault: Vault) -> list[str]:
    return [row[0] for row in vault.execute("SELECT change_id FROM changes")]


def _client(spec: ClientSpec, start: Any, converge: Any, results: Any) -> None:
    """One laptop, in its own process; puts exactly one ClientResult on `results`."""
    result = ClientResult(spec.device, spec.username)
    vault = None
    try:
        vault, repo = new_vault(Path(spec.vault_dir))
        engine = SyncEngine(repo)
        engine.login(spec.server_url, spec.username, spec.password, spec.device)
        engine.sync()
        work = Casework(spec.seed)
        work.logs = spec.logs
        start.wait(BARRIER_TIMEOUT_S)
        for _ in range(spec.rounds):
            for action in work.actions(spec.edits_per_round):
                written = repo.write(action)
                result.written.extend(c.change_id for c in written.changes)
            began = time.perf_counter()
            report = engine.sync()
            result.sync_seconds.append(time.perf_counter() - began)
            result.pushed += report.pushed
            result.pulled += report.pulled
            result.conflicts += report.conflicts
            result.rejected += len(report.rejected)
        converge.wait(BARRIER_TIMEOUT_S)
        # Nobody writes any more: one more sync must bring in the other laptop's last work.
        report = engine.sync()
        result.pulled += report.pulled
        result.conflicts += report.conflicts
        result.rejected += len(report.rejected)
        result.pending_after = report.pending
        result.change_ids = change_ids(vault)
        result.digests = family_digests(vault)
    except Exception as exc:
        result.error = f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=4)}"
        start.abort()
        converge.abort()
    finally:
        if vault is not None:
            vault.close(backup=False)
        results.put(result)


@dataclass
class ClientsRun:
    results: list[ClientResult]
    seconds: float  # from the start barrier until every laptop's last timed sync ended

    @property
    def errors(self) -> list[str]:
        return [r.error for r in self.results if r.error]

    @property
    def pushed(self) -> int:
        return sum(r.pushed for r in self.results)

    @property
    def written(self) -> set[str]:
        return {cid for r in self.results for cid in r.written}

    def sync_quantiles(self) -> tuple[float, float, float]:
        """Median, 95th percentile and longest sync in seconds."""
        times = sorted(t for r in self.results for t in r.sync_seconds)
        if not times:
            return 0.0, 0.0, 0.0
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        return statistics.median(times), p95, times[-1]


def run_clients(specs: list[ClientSpec], timeout_s: float = BARRIER_TIMEOUT_S) -> ClientsRun:
    ctx = mp.get_context("spawn")
    start = ctx.Barrier(len(specs) + 1)
    converge = ctx.Barrier(len(specs) + 1)
    results = ctx.Queue()
    processes = [
        ctx.Process(target=_client, args=(spec, start, converge, results), daemon=True)
        for spec in specs
    ]
    for process in processes:
        process.start()
    began = ended = time.perf_counter()
    try:
        start.wait(timeout_s)
        began = time.perf_counter()
        converge.wait(timeout_s)
        ended = time.perf_counter()
    except threading.BrokenBarrierError:
        ended = time.perf_counter()
    collected: list[ClientResult] = []
    deadline = time.monotonic() + timeout_s
    while len(collected) < len(processes) and time.monotonic() < deadline:
        try:
            collected.append(results.get(timeout=max(0.1, deadline - time.monotonic())))
        except Exception:
            break
    for process in processes:
        process.join(timeout=30)
        if process.is_alive():
            process.terminate()
            process.join(timeout=10)
    missing = len(processes) - len(collected)
    if missing:
        collected += [ClientResult("?", "?", error="no result (process died)")] * missing
    return ClientsRun(collected, ended - began)


# -- the sustained run and the server's memory -------------------------------


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far, from /proc/<pid>/stat (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def postgres_cpu() -> float:
    """CPU seconds used so far by every PostgreSQL process on this machine (Linux)."""
    used = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            name, fields = stat.read_text().rsplit(")", 1)
            if name.endswith("(postgres"):
                # Its own time and that of its ended children: the postmaster's ended
                # backends count there once it has reaped them.
                used += sum(int(f) for f in fields.split()[11:15])
        except (OSError, ValueError):
            continue  # ended meanwhile
    return used / os.sysconf("SC_CLK_TCK")


def rss_bytes(pid: int) -> int:
    """Resident set size of a process, from /proc/<pid>/status (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


@dataclass
class SoakRun:
    samples: list[tuple[float, int]]  # (seconds since start, RSS bytes)
    syncs: int
    pushed: int
    full_pulls: int
    errors: list[str]

    def rss_at(self, fraction: float) -> int:
        """Median RSS of the samples in the tenth of the run around `fraction` of it."""
        end = self.samples[-1][0]
        lo, hi = (fraction - 0.05) * end, (fraction + 0.05) * end
        near = [rss for t, rss in self.samples if lo <= t <= hi] or [self.samples[-1][1]]
        return int(statistics.median(near))

    def slope_mb_per_min(self) -> float:
        """Least-squares slope of RSS over the second half of the run."""
        half = [(t, rss) for t, rss in self.samples if t >= self.samples[-1][0] / 2]
        if len(half) < 2:
            return 0.0
        mean_t = statistics.fmean(t for t, _ in half)
        mean_r = statistics.fmean(r for _, r in half)
        num = sum((t - mean_t) * (r - mean_r) for t, r in half)
        den = sum((t - mean_t) ** 2 for t, _ in half) or 1.0
        return num / den * 60 / 2**20


class _Loop(threading.Thread):
    """Calls `step` until the stop event is set; counts steps and keeps the first error."""

    def __init__(self, step: Callable[[], int], stop: threading.Event) -> None:
        super().__init__(daemon=True)
        self.step = step
        self.stop = stop
        self.steps = 0
        self.items = 0
        self.error = ""

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                self.items += self.step()
                self.steps += 1
            except Exception as exc:
                self.error = f"{type(exc).__name__}: {exc}"
                return


def soak(
    pid: int,
    seconds: float,
    laptops: list[tuple[SyncEngine, Repository, Casework]],
    reader: Callable[[], int],
    interval_s: float = 1.0,
    edits_per_sync: int = 20,
) -> SoakRun:
    """Laptops write and sync and one reader re-reads a whole feed, for `seconds`."""
    stop = threading.Event()

    def laptop_step(engine: SyncEngine, repo: Repository, work: Casework) -> Callable[[], int]:
        def step() -> int:
            for action in work.actions(edits_per_sync):
                repo.write(action)
            return engine.sync().pushed

        return step

    loops = [_Loop(laptop_step(*laptop), stop) for laptop in laptops]
    reading = _Loop(reader, stop)
    samples: list[tuple[float, int]] = []
    began = time.perf_counter()
    for loop in [*loops, reading]:
        loop.start()
    try:
        while (now := time.perf_counter() - began) < seconds:
            samples.append((now, rss_bytes(pid)))
            time.sleep(min(interval_s, max(0.0, seconds - now)))
        samples.append((time.perf_counter() - began, rss_bytes(pid)))
    finally:
        stop.set()
        for loop in [*loops, reading]:
            loop.join(timeout=120)
    return SoakRun(
        samples=samples,
        syncs=sum(loop.steps for loop in loops),
        pushed=sum(loop.items for loop in loops),
        full_pulls=reading.steps,
        errors=[loop.error for loop in [*loops, reading] if loop.error],
    )


class FeedReader:
    """Reads one user's whole feed from the start, page by page, without a vault
    (pages of the app's size and in its form, so the bytes are those a new laptop
    fetches from a server that offers the rows form; `form=None` for the objects)."""

    def __init__(
        self, server_url: str, token: str, page: int = PULL_PAGE, form: str | None = ROWS_FORM
    ) -> None:
        self.page = page
        self.form = form
        self.client = httpx.Client(
            base_url=server_url,
            headers={"X-FTBT-API": "1", "Authorization": f"Bearer {token}"},
            timeout=60,
        )

    def __call__(self) -> int:
        return self.read_all()[1]

    def read_all(self) -> tuple[list[bytes], int]:
        """Every page's body as sent, and the number of changes in them."""
        after, bodies, count = 0, [], 0
        while True:
            params: dict[str, Any] = {"after": after, "limit": self.page}
            if self.form:
                params["form"] = self.form
            response = self.client.get("/api/v1/sync/pull", params=params)
            response.raise_for_status()
            bodies.append(response.content)
            body = response.json()
            count += len(body["rows" if self.form == ROWS_FORM else "changes"])
            after = body["next"]
            if not body["has_more"]:
                return bodies, count

    def close(self) -> None:
        self.client.close()
