"""Import benchmark: memory and time of importing large export files (issue 18).

Run with `make bench`, or `python bench/import_bench.py [--quick] [--dir DIR]`.
It is a report, not a test: it prints PASS/FAIL per target (NOT JUDGED for what a
--quick run is too small to judge, see bench/verdicts.py) and always exits 0.

Export files of 100,000 and 1,000,000 changes (synthetic: families of about
1,700 changes each, like a municipality's 600 families) are written, then each is
imported into a fresh real encrypted vault by the streaming import
(`export.json_import`: check pass, then write pass in one transaction), in a
child process of its own so its peak memory (ru_maxrss) is its own. The same
100,000-change file is also parsed whole and checked the way import did before
(`json.loads` + `validate_document`), as the baseline measured in the same run.

Targets: the streaming import's peak memory for 1,000,000 changes at most 1.5x
its peak for 100,000 (memory flat: it does not grow with the file), and below
the baseline's peak for a tenth of the changes. `--quick` uses 2,000 and 20,000.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from verdicts import verdict  # noqa: E402

PER_FAMILY = 1_700
PASSPHRASE = "bench bench bench bench"


def write_export(path: Path, changes: int) -> int:
    """An export file of about `changes` changes; returns how many it holds."""
    from ftbt_desktop.core.changes import Change, merge, state_from
    from ftbt_desktop.core.clock import Hlc, wall_ms
    from ftbt_desktop.export.json_export import FORMAT, VERSION, render_family

    start = wall_ms() - 400 * 24 * 3600 * 1000  # a year and more ago, never ahead
    device, user = str(uuid.uuid4()), "bench"
    written = 0
    tick = 0
    with path.open("w", encoding="utf-8") as out:
        out.write(json.dumps({"format": FORMAT, "version": VERSION})[:-1] + ', "families": [\n')
        first = True
        while written < changes:
            family_id = str(uuid.uuid4())
            log: list[Change] = []

            def add(
                entity_type: str,
                entity_id: str,
                field: str,
                value: Any,
                log: list[Change] = log,
                family_id: str = family_id,
            ) -> None:
                nonlocal tick
                tick += 1
                stamp = Hlc(start + tick, 0).encode()
                log.append(
                    Change(
                        str(uuid.uuid4()), entity_type, entity_id, family_id, field, value,
                        stamp, device, user,
                    )
                )  # fmt: skip

            add("family", family_id, "name", f"Familie {written}")
            members = [str(uuid.uuid4()) for _ in range(4)]
            for number, member in enumerate(members):
                add("member", member, "name", f"Medlem {number}")
                add("member", member, "role", "parent" if number < 2 else "child")
            count = min(PER_FAMILY, changes - written)
            while len(log) < count:
                add("family", family_id, "notes", f"Notat nummer {len(log)} om familiens uge")
            by_type: dict[str, dict[str, dict[str, Any]]] = {}
            for entity_id, values in state_from(merge(log)).items():
                by_type.setdefault(values.pop("_type"), {})[entity_id] = values
            family = render_family(family_id, by_type, log)
            out.write(("" if first else ",\n") + json.dumps(family, ensure_ascii=False))
            first = False
            written += len(log)
        out.write("\n]}\n")
    return written


CHILD = """
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
from ftbt_desktop.storage import keys
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault
mode, path, data = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
began = time.perf_counter()
if mode == "stream":
    from ftbt_desktop.export.json_import import check_file, import_file
    checked = check_file(path)
    vault, _ = Vault.create(data, {passphrase!r}, keys.minimum_params())
    report = import_file(Repository(vault), checked)
    vault.close(backup=False)
    done = report.new
else:
    from ftbt_desktop.export.json_export import validate_document
    doc = json.loads(path.read_bytes().decode("utf-8-sig"))
    done = len(validate_document(doc))
seconds = time.perf_counter() - began
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"seconds": seconds, "peak_mb": peak_kb / 1024, "changes": done}}))
"""


def run_child(mode: str, path: Path, data: Path) -> dict[str, float]:
    code = CHILD.format(root=str(ROOT), passphrase=PASSPHRASE)
    done = subprocess.run(
        [sys.executable, "-c", code, mode, str(path), str(data)],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2,000 and 20,000 changes")
    parser.add_argument("--dir", type=Path, help="where the files go (default: a temp dir)")
    args = parser.parse_args(argv)
    small, large = (2_000, 20_000) if args.quick else (100_000, 1_000_000)
    with tempfile.TemporaryDirectory(prefix="ftbt-import-bench-", dir=args.dir) as tmp_name:
        tmp = Path(tmp_name)
        results = {}
        for size in (small, large):
            path = tmp / f"export-{size}.json"
            began = time.perf_counter()
            written = write_export(path, size)
            megabytes = path.stat().st_size / 1e6
            print(
                f"file: {written:,} changes, {megabytes:.0f} MB, written in "
                f"{time.perf_counter() - began:.1f} s"
            )
            results[size] = run_child("stream", path, tmp / f"vault-{size}")
            got = results[size]
            print(
                f"streaming import, {written:,} changes: {got['seconds']:.2f} s, "
                f"peak memory {got['peak_mb']:.0f} MB, {int(got['changes']):,} changes written"
            )
        baseline = run_child("whole", tmp / f"export-{small}.json", tmp / "unused")
        print(
            f"baseline (file parsed whole, then checked), {small:,} changes: "
            f"{baseline['seconds']:.2f} s, peak memory {baseline['peak_mb']:.0f} MB"
        )
        ratio = results[large]["peak_mb"] / results[small]["peak_mb"]
        print(
            f"memory flat: peak for {large:,} / peak for {small:,} = {ratio:.2f}x  "
            f"target <= 1.5x {verdict(ratio <= 1.5)}"
        )
        below = results[large]["peak_mb"] < baseline["peak_mb"]
        print(
            f"streaming {large:,} changes below the baseline's peak for {small:,}: "
            f"{results[large]['peak_mb']:.0f} MB vs {baseline['peak_mb']:.0f} MB  "
            f"{verdict(below, judged=not args.quick)}"
        )
        every = all(int(r["changes"]) > 0 for r in results.values())
        print(f"every change written: {verdict(every)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
