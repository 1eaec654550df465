"""Vault benchmark: encrypted against plain SQLite, opening a big family, unlock.

Run with `make bench`, or `python bench/vault_bench.py [--quick] [--dir DIR]`.
It is a report, not a test: it prints PASS/FAIL per target (NOT JUDGED for timings
in a --quick run, see bench/verdicts.py) and always exits 0.

What is compared. The plain baseline runs the *same* `Repository` code over
an unencrypted stdlib `sqlite3` connection (`PlainVault` below): the same
sqlite-utils migrations, the same change-log insert and state upsert, the
same transactions and pragmas (WAL, synchronous=FULL, temp_store=MEMORY). So
the ratio measures what encryption costs, not differences in Python code.
Note that the two link different SQLite builds (sqlcipher3 bundles its own);
both versions are printed.

Workloads, each over the same generated edits (synthetic names, no real data):
- user ops: `Repository.write`, one transaction per user action of 1-4 field
  changes (a new family, a new member, an edit of a few fields);
- bulk: `Repository.apply_changes` in transactions of 1,000 changes, as an
  import or a sync page does;
- full read, on a freshly opened connection: the whole log through
  `Repository.changes()`, the state rebuilt from it by the merge rule, and
  every live entity (`list_families` + `members` of each family).

Tamper evidence (section 4): the same writes on the encrypted vault with the
change log's seal kept (storage/integrity.py: a keyed hash per change, the
seal file written before each commit) and with it switched off, in the same
run and taking turns; and the time `Vault.check` (pages, structure, seal and
state against the log) takes on the largest vault.

The 10,000-change figures are the best of three runs (other work on the
machine only ever slows a run down); 100,000 is one run, to keep the whole
bench to about two minutes. The vaults of sections 1-2 use Argon2id at OWASP's
minimum, since only section 3 is about unlocking; it uses `tune_params()`.

Section 4 re-keys the biggest vault (`storage/rekey.py`): a new data key, the
database copied and checked under it, the old backup replaced by a new one. The
new passphrase is wrapped at OWASP's minimum, so the figure is the data's cost;
a real re-key adds one tuned Argon2id run (section 3).
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlite_utils import Database
from verdicts import verdict

from ftbt_desktop.core.changes import Change, merge, new_change_id, state_from
from ftbt_desktop.core.clock import HybridClock
from ftbt_desktop.storage import keys, rekey
from ftbt_desktop.storage.repository import Edit, Repository
from ftbt_desktop.storage.vault import CACHE_KIB, Vault, VaultPaths

PASSPHRASE = "bench passphrase: nothing personal here"
KINDS = ("encrypted", "plain")
BULK_BATCH = 1_000
CHANGES_PER_FAMILY = 200  # a family followed for a year or two
MEMBERS_PER_FAMILY = 4
WRITE_RATIO_TARGET = 2.0
SEAL_RATIO_TARGET = 1.6
FAMILY_OPEN_TARGET_S = 0.100
UNLOCK_RANGE_S = (0.3, 1.0)
# Vault._connect's pragmas. The page cache is set to sqlcipher3's build default
# (8 MB against the stdlib's 2 MB), so both sides cache the same number of pages.
PLAIN_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
)


def sqlcipher_setting(pragma: str) -> Any:
    conn = sqlcipher.connect(":memory:")
    try:
        return conn.execute(f"PRAGMA {pragma}").fetchone()[0]
    finally:
        conn.close()


class PlainVault(Vault):
    """The Vault API over an unencrypted sqlite3 connection: the baseline."""

    def __init__(self, data_dir: Path) -> None:  # deliberately not calling Vault.__init__
        data_dir.mkdir(parents=True, exist_ok=True)
        self.paths = VaultPaths(data_dir)
        self._data_key = None
        self.lock = threading.RLock()
        conn = sqlite3.connect(str(self.paths.db), isolation_level=None, check_same_thread=False)
        for pragma in PLAIN_PRAGMAS:
            conn.execute(pragma)
        # The vault's own cache size, so the ratio is the cost of encryption alone.
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        self._conn = conn  # type: ignore[assignment]
        self.db = Database(conn)
        # No second connection for reads beside a write: it would need a data key.
        self._reader = None
        self._reader_lock = threading.Lock()
        self._migrate()


# -- generated workload ----------------------------------------------------

FIRST = ("Anna", "Bo", "Camilla", "Dennis", "Emma", "Frederik", "Gitte", "Hassan", "Ida", "Jonas")
LAST = ("Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Larsen", "Ahmadi", "Kristensen")
WORDS = (
    "møde", "skole", "jobcenter", "aftale", "trivsel", "netværk", "fritid", "bolig",
    "økonomi", "sundhed", "forældre", "barnet", "mål", "skridt", "opfølgning",
)  # fmt: skip


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)} {rng.randrange(10_000)}"


def _notes(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randrange(10, 50)))


def _member_fields(rng: random.Random) -> dict[str, Any]:
    child = rng.random() < 0.5
    return {
        "name": _name(rng),
        "role": "child" if child else rng.choice(("parent", "partner", "other_adult")),
        "birth_year": rng.randrange(2008, 2024) if child else rng.randrange(1960, 2000),
        "in_household": rng.random() < 0.85,
    }


def _family_ops(rng: random.Random, n_changes: int, members: int) -> list[list[Edit]]:
    """One family's user actions, `n_changes` field changes in all."""
    fid = new_change_id()
    ops: list[list[Edit]] = [
        [
            Edit("family", fid, fid, "name", f"Familien {rng.choice(LAST)} {rng.randrange(1000)}"),
            Edit("family", fid, fid, "status", "active"),
            Edit("family", fid, fid, "start", "2025-01-15"),
            Edit("family", fid, fid, "coordinator", "Koordinator"),
        ]
    ]
    member_ids = []
    for _ in range(members):
        mid = new_change_id()
        member_ids.append(mid)
        ops.append([Edit("member", mid, fid, k, v) for k, v in _member_fields(rng).items()])
    count = 4 + 4 * members
    while count < n_changes:
        if rng.random() < 0.3:
            fields = {"notes": _notes(rng)}
            if rng.random() < 0.3:
                fields["coordinator"] = rng.choice(("Koordinator", "Vikar", "Teamleder"))
            op = [Edit("family", fid, fid, k, v) for k, v in fields.items()]
        else:
            mid = rng.choice(member_ids)
            fields = _member_fields(rng)
            picked = rng.sample(sorted(fields), rng.randrange(1, 4))
            op = [Edit("member", mid, fid, k, fields[k]) for k in picked]
        op = op[: n_changes - count]
        ops.append(op)
        count += len(op)
    return ops


def make_ops(n_changes: int, seed: int) -> list[list[Edit]]:
    """User actions over many families, interleaved as a coordinator's weeks are."""
    rng = random.Random(seed)
    families = max(1, n_changes // CHANGES_PER_FAMILY)
    per_family = [
        _family_ops(rng, n_changes // families + (i < n_changes % families), MEMBERS_PER_FAMILY)
        for i in range(families)
    ]
    ops: list[list[Edit]] = []
    cursors = [0] * families
    live = list(range(families))
    while live:
        i = rng.choice(live)
        ops.append(per_family[i][cursors[i]])
        cursors[i] += 1
        if cursors[i] == len(per_family[i]):
            live.remove(i)
    return ops


def as_remote_changes(ops: list[list[Edit]]) -> list[Change]:
    """The same edits as changes made on another device, for the bulk path."""
    clock = HybridClock()
    return [
        Change(
            change_id=new_change_id(),
            entity_type=e.entity_type,
            entity_id=e.entity_id,
            family_id=e.family_id,
            field=e.field,
            value=e.value,
            hlc=clock.tick().encode(),
            device_id="bench-other-device",
            user_id="bench",
        )
        for op in ops
        for e in op
    ]


# -- measuring -------------------------------------------------------------


@contextmanager
def quiet_gc() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    with quiet_gc():
        start = time.perf_counter()
        result = fn()
        return time.perf_counter() - start, result


def write_user_ops(repo: Repository, ops: list[list[Edit]]) -> None:
    for op in ops:
        repo.write(op)


def write_bulk(repo: Repository, changes: list[Change]) -> None:
    for start in range(0, len(changes), BULK_BATCH):
        repo.apply_changes(changes[start : start + BULK_BATCH], origin="import")


def full_read(repo: Repository) -> int:
    log = repo.changes()
    rebuilt = state_from(merge(log))
    entities = len(rebuilt)
    for family in repo.list_families():
        entities += len(repo.members(family.id))
    return entities


def new_store(kind: str, folder: Path) -> Vault:
    if kind == "plain":
        return PlainVault(folder)
    vault, _ = Vault.create(folder, PASSPHRASE, keys.minimum_params())
    return vault


def reopen(kind: str, folder: Path, verify: bool = False) -> Vault:
    if kind == "plain":
        return PlainVault(folder)
    return Vault.open(folder, PASSPHRASE, verify=verify)


@dataclass
class WriteFigures:
    ops_s: float
    bulk_s: float
    read_s: float
    size_mb: float

    def best(self, other: WriteFigures) -> WriteFigures:
        return WriteFigures(
            min(self.ops_s, other.ops_s),
            min(self.bulk_s, other.bulk_s),
            min(self.read_s, other.read_s),
            self.size_mb,
        )


def measure(
    kind: str, root: Path, n: int, ops: list[list[Edit]], remote: list[Change]
) -> WriteFigures:
    ops_dir, bulk_dir = root / f"{kind}-ops-{n}", root / f"{kind}-bulk-{n}"
    for folder in (ops_dir, bulk_dir):
        shutil.rmtree(folder, ignore_errors=True)
    store = new_store(kind, ops_dir)
    ops_s, _ = timed(lambda: write_user_ops(Repository(store), ops))
    store.close(backup=False)
    size_mb = store.paths.db.stat().st_size / 1e6
    store = new_store(kind, bulk_dir)
    bulk_s, _ = timed(lambda: write_bulk(Repository(store), remote))
    store.close(backup=False)
    shutil.rmtree(bulk_dir)
    # Read on a fresh connection, so every page is read (and decrypted) again.
    store = reopen(kind, ops_dir)
    read_s, _ = timed(lambda: full_read(Repository(store)))
    store.close(backup=False)
    return WriteFigures(ops_s, bulk_s, read_s, size_mb)


def bench_size(
    root: Path, n: int, seed: int, repeats: int
) -> tuple[dict[str, WriteFigures], float]:
    """Best of `repeats` for each figure: other work on the machine only ever slows a run
    down, so the fastest run is the closest to what the code costs. The two kinds take
    turns, so a busy moment cannot favour one side for a whole size."""
    ops = make_ops(n, seed)
    remote = as_remote_changes(ops)
    best: dict[str, WriteFigures] = {}
    for _ in range(repeats):
        for kind in KINDS:
            figures = measure(kind, root, n, ops, remote)
            best[kind] = best[kind].best(figures) if kind in best else figures
    return best, sum(len(op) for op in ops) / len(ops)


def measure_seal(
    root: Path, n: int, ops: list[list[Edit]], remote: list[Change], sealed: bool
) -> tuple[float, float]:
    """(user ops s, bulk s) on the encrypted vault, with or without the log's seal."""
    times = []
    for work in ("ops", "bulk"):
        folder = root / f"seal-{sealed}-{work}-{n}"
        shutil.rmtree(folder, ignore_errors=True)
        vault, _ = Vault.create(folder, PASSPHRASE, keys.minimum_params())
        if not sealed:
            vault.sealer = None  # the previous version: no seal kept
        repo = Repository(vault)
        if work == "ops":
            elapsed, _ = timed(lambda r=repo: write_user_ops(r, ops))
        else:
            elapsed, _ = timed(lambda r=repo: write_bulk(r, remote))
        vault.close(backup=False)
        shutil.rmtree(folder)
        times.append(elapsed)
    return times[0], times[1]


def bench_seal(root: Path, n: int, seed: int, repeats: int) -> dict[bool, tuple[float, float]]:
    ops = make_ops(n, seed)
    remote = as_remote_changes(ops)
    best: dict[bool, tuple[float, float]] = {}
    for _ in range(repeats):
        for sealed in (True, False):
            ops_s, bulk_s = measure_seal(root, n, ops, remote, sealed)
            old = best.get(sealed, (ops_s, bulk_s))
            best[sealed] = (min(old[0], ops_s), min(old[1], bulk_s))
    return best


def bench_check(folder: Path) -> tuple[int, float, float]:
    """(changes, Vault.check s, unlock's quick seal check included in open s)."""
    vault = Vault.open(folder, PASSPHRASE, verify=False)
    count = Repository(vault).change_count()
    check_s, report = timed(vault.check)
    assert report.ok, report.details
    vault.close(backup=False)
    open_s, vault = timed(lambda: Vault.open(folder, PASSPHRASE, verify=False))
    vault.close(backup=False)
    return count, check_s, open_s


def bench_family(folder: Path, n_changes: int, runs: int) -> tuple[float, int]:
    """Median time to open one family of `n_changes` changes in a freshly opened vault."""
    vault = Vault.open(folder, PASSPHRASE, verify=False)
    repo = Repository(vault)
    ops = _family_ops(random.Random(7), n_changes, members=8)
    write_user_ops(repo, ops)
    family_id = ops[0][0].family_id
    vault.close(backup=False)

    def open_family(repo: Repository) -> int:
        view = repo.family_view(family_id)
        history = repo.history(family_id)
        repo.entities(family_id, "member", include_deleted=True)
        return len(view.members) + len(history)

    times = []
    for _ in range(runs):
        vault = Vault.open(folder, PASSPHRASE, verify=False)
        elapsed, entries = timed(lambda v=vault: open_family(Repository(v)))
        vault.close(backup=False)
        times.append(elapsed)
    return statistics.median(times), entries


def bench_verify(folder: Path, runs: int) -> tuple[float, float]:
    """Median Vault.open with and without the page check (KDF at OWASP's minimum)."""
    result = []
    for verify in (True, False):
        times = []
        for _ in range(runs):
            elapsed, vault = timed(lambda v=verify: Vault.open(folder, PASSPHRASE, verify=v))
            vault.close(backup=False)
            times.append(elapsed)
        result.append(statistics.median(times))
    return result[0], result[1]


def bench_lock(folder: Path) -> tuple[float, float, float]:
    """What locking costs the UI thread, one run each after one new edit (so the lock
    backs up): (before: backup and close on the locking thread; after: the window's
    part, detaching the vault and handing the close to the worker; the worker's
    backup and close behind it)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from ftbt_desktop.ui.service import VaultService
    from ftbt_desktop.ui.tasks import TaskRunner
    from ftbt_desktop.ui.vault_pages.vault_jobs import close_vault

    def with_an_edit() -> Vault:
        vault = Vault.open(folder, PASSPHRASE, verify=False)
        Repository(vault).write(_family_ops(random.Random(5), 4, members=1)[0])
        return vault

    vault = with_an_edit()
    before_s, _ = timed(lambda: vault.close(backup=True))

    app = QCoreApplication.instance() or QCoreApplication([])
    service = VaultService(folder)
    runner = TaskRunner()
    service.attach(with_an_edit())
    closed: list[float] = []

    def lock() -> None:
        locked = service.detach()
        assert locked is not None
        runner.submit(
            lambda: timed(lambda: close_vault(locked, lambda: None))[0],
            closed.append,
            lambda exc: closed.append(float("nan")),
        )

    ui_s, _ = timed(lock)
    while not closed:  # waiting for events, so the loop takes no time from the worker
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    runner.shutdown()
    return before_s, ui_s, closed[0]


def bench_unlock(folder: Path, runs: int) -> tuple[keys.KdfParams, float, float]:
    """Tuned Argon2id: (parameters, median Vault.open, median KDF alone)."""
    # The tests' shortcut (FTBT_KDF_PROFILE=owasp-min) must not leak in: main() drops it.
    assert keys.KDF_PROFILE_ENV not in os.environ
    vault, _ = Vault.create(folder, PASSPHRASE, keys.tune_params())
    Repository(vault).write(_family_ops(random.Random(3), 20, members=2)[0])
    vault.close(backup=False)
    params = keys.read_header(vault.paths.header).kdf  # as stored, salt and all
    opens, kdfs = [], []
    for _ in range(runs):
        elapsed, vault = timed(lambda: Vault.open(folder, PASSPHRASE))
        vault.close(backup=False)
        opens.append(elapsed)
        elapsed, _ = timed(lambda: params.derive(PASSPHRASE))
        kdfs.append(elapsed)
    return params, statistics.median(opens), statistics.median(kdfs)


def bench_rekey(folder: Path) -> tuple[float, float, float, int]:
    """One re-key of the vault in `folder`: (total s, copy and check s, file MB, changes)."""
    vault = Vault.open(folder, PASSPHRASE, verify=False)
    vault.backup()  # a backup to replace, as every real vault has
    changes = Repository(vault).change_count()
    size_mb = vault.paths.db.stat().st_size / 1e6
    swap_at: list[float] = []

    def progress(step: rekey.RekeyStep, _percent: int) -> None:
        if step == rekey.RekeyStep.SWAP and not swap_at:
            swap_at.append(time.perf_counter())

    start = time.perf_counter()
    rekey.rekey(vault, PASSPHRASE, params=keys.minimum_params(), progress=progress)
    total = time.perf_counter() - start
    vault.close(backup=False)
    return total, swap_at[0] - start, size_mb, changes


# -- report ----------------------------------------------------------------


def sqlcipher_versions() -> str:
    cipher = sqlcipher_setting("cipher_version")
    return f"SQLCipher {cipher} (SQLite {sqlcipher.sqlite_version})"


def print_write_table(
    results: list[tuple[int, dict[str, WriteFigures], float]],
    repeats: dict[int, int],
    judged: bool,
) -> None:
    print(
        "1. Writes and full read: the encrypted vault against plain SQLite\n"
        "   encrypted = SQLCipher vault; plain = the same Repository code over stdlib sqlite3\n"
        "   without encryption (same migrations, transactions, pragmas and page cache).\n"
        "   ratio = encrypted time / plain time\n"
    )
    head = f"{'changes':>9}  {'what':<44}{'encrypted':>14}{'plain':>14}{'ratio':>8}  target"
    print(head)
    print("-" * (len(head) + 12))
    for n, figs, per_op in results:
        enc, pla = figs["encrypted"], figs["plain"]
        rows = (
            (f"write, user ops (write(), {per_op:.1f} changes/txn)", enc.ops_s, pla.ops_s, True),
            (f"write, bulk (apply_changes, {BULK_BATCH:,}/txn)", enc.bulk_s, pla.bulk_s, True),
            ("full read (log + rebuilt state + entities)", enc.read_s, pla.read_s, False),
        )
        for label, e, p, is_write in rows:
            ratio = e / p
            if is_write:
                cells = f"{n / e:>10,.0f} c/s{n / p:>10,.0f} c/s"
                target = (
                    f"<= {WRITE_RATIO_TARGET:.0f}x {verdict(ratio <= WRITE_RATIO_TARGET, judged)}"
                )
            else:
                cells = f"{e * 1000:>11,.0f} ms{p * 1000:>11,.0f} ms"
                target = "-"
            print(f"{n:>9,}  {label:<44}{cells}{ratio:>7.2f}x  {target}")
        cells = f"{enc.size_mb:>11,.1f} MB{pla.size_mb:>11,.1f} MB"
        print(f"{n:>9,}  {'database file size':<44}{cells}{enc.size_mb / pla.size_mb:>7.2f}x  -")
    runs = ", ".join(
        f"{n:,} changes: {'best of ' + str(r) + ' runs' if r > 1 else 'one run'}"
        for n, r in repeats.items()
    )
    print(f"   ({runs}; c/s = field changes per second)")
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a small smoke run (seconds)")
    parser.add_argument("--dir", type=Path, help="parent folder for the temporary vaults")
    args = parser.parse_args(argv)
    os.environ.pop(keys.KDF_PROFILE_ENV, None)

    sizes = (1_000, 5_000) if args.quick else (10_000, 100_000)
    family_changes = 2_000
    runs = 3 if args.quick else 5

    def repeats(n: int) -> int:
        return 1 if args.quick or n > 20_000 else 3

    unlock_runs = 2 if args.quick else 5

    print(f"FTBT vault benchmark{' (quick run)' if args.quick else ''}")
    print(
        f"Python {platform.python_version()}, {sqlcipher_versions()}, "
        f"plain SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs, {platform.machine()}\n"
    )
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="ftbt-bench-", dir=args.dir) as tmp:
        root = Path(tmp)
        results = []
        for n in sizes:
            figs, per_op = bench_size(root, n, seed=n, repeats=repeats(n))
            results.append((n, figs, per_op))
        # One run of a small vault: a ratio of timings says nothing at smoke size.
        timing = not args.quick
        print_write_table(results, {n: repeats(n) for n in sizes}, timing)

        biggest = root / f"encrypted-ops-{sizes[-1]}"
        print(f"2. One family of {family_changes:,} changes, in the {sizes[-1]:,}-change vault")
        family_s, entries = bench_family(biggest, family_changes, runs)
        ok = family_s < FAMILY_OPEN_TARGET_S
        print(
            f"   open (family_view + history + entities), fresh vault, median of {runs}: "
            f"{family_s * 1000:.1f} ms ({entries:,} history entries and members)  "
            f"target < {FAMILY_OPEN_TARGET_S * 1000:.0f} ms {verdict(ok, timing)}\n"
        )

        print("3. Unlock")
        with_check, without_check = bench_verify(biggest, runs)
        print(
            f"   page verification, {sizes[-1] + family_changes:,}-change vault, median of "
            f"{runs}: Vault.open verify=True {with_check * 1000:.0f} ms, verify=False "
            f"{without_check * 1000:.0f} ms, the check costs "
            f"{(with_check - without_check) * 1000:.0f} ms"
        )
        before_s, ui_s, worker_s = bench_lock(biggest)
        print(
            f"   lock after an edit, {sizes[-1] + family_changes:,}-change vault, one run: "
            f"the UI thread waited {before_s * 1000:.0f} ms before (backup and close on it), "
            f"{ui_s * 1000:.1f} ms now (the backup and close take {worker_s * 1000:.0f} ms "
            "on the worker)"
        )
        params, unlock_s, kdf_s = bench_unlock(root / "unlock", unlock_runs)
        low, high = UNLOCK_RANGE_S
        print(
            f"   tuned Argon2id: m={params.memory_kib / 1024:.0f} MiB, t={params.iterations}, "
            f"p={params.lanes}; no weaker than OWASP's minimum (m=19 MiB, t=2, p=1): "
            f"{verdict(params.meets_owasp_minimum())}"
        )
        print(
            f"   unlock (Vault.open, small vault, median of {unlock_runs}): {unlock_s:.3f} s "
            f"(KDF alone {kdf_s:.3f} s)  target {low}-{high} s "
            f"{verdict(low <= unlock_s <= high, timing)}\n"
        )

        print("4. Re-key")
        total, copied, size_mb, changes = bench_rekey(biggest)
        print(
            f"   re-key of the {changes:,}-change vault ({size_mb:.1f} MB): {total:.2f} s "
            f"(copy and check under the new key {copied:.2f} s, swap and new backup "
            f"{total - copied:.2f} s)\n"
        )

        print("5. Tamper evidence: the change log's seal (storage/integrity.py)")
        seal_n = sizes[0]
        seal = bench_seal(root, seal_n, seed=seal_n + 1, repeats=1 if args.quick else 3)
        for label, index in (("user ops (write())", 0), (f"bulk ({BULK_BATCH:,}/txn)", 1)):
            with_s, without_s = seal[True][index], seal[False][index]
            ratio = with_s / without_s
            print(
                f"   {seal_n:,} changes, {label:<20} sealed {seal_n / with_s:>8,.0f} c/s, "
                f"not sealed {seal_n / without_s:>8,.0f} c/s, ratio {ratio:.2f}x  "
                f"target <= {SEAL_RATIO_TARGET}x {verdict(ratio <= SEAL_RATIO_TARGET, timing)}"
            )
        count, check_s, open_s = bench_check(biggest)
        print(
            f"   Vault.check (pages, structure, seal, state against the log) on "
            f"{count:,} changes: {check_s:.2f} s; Vault.open verify=False with the quick "
            f"seal check: {open_s * 1000:.0f} ms\n"
        )
    print(f"Total bench time {time.perf_counter() - started:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
