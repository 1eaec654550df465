"""`ftbt-server audit …` beyond the listing: the citizen's access report, the chain's
check and checkpoint, and the export for the municipality's log collection (SIEM)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path

from sqlalchemy import Engine

from ftbt_server import audit, audit_chain, citizen_report
from ftbt_server.accounts import AdminError
from ftbt_server.data_keys import KeyStore
from ftbt_server.db import read_tx
from ftbt_server.sealed_values import Sealer
from ftbt_server.settings import data_dir, now_ms

EXIT_OK, EXIT_FAILED = 0, 1


def add_actions(aud: argparse.ArgumentParser, sub_db: argparse.ArgumentParser) -> None:
    actions = aud.add_subparsers(dest="audit_action", required=False, metavar="ACTION")
    citizen = actions.add_parser(
        "citizen",
        parents=[sub_db],
        help="a citizen's access report (GDPR art. 15) in Danish: who read, changed, "
        "exported or erased what about the family or one member; PDF or CSV by -o's suffix",
    )
    citizen.add_argument("family_id", metavar="FAMILY_ID")
    citizen.add_argument("--member", metavar="MEMBER_ID", help="only about this family member")
    citizen.add_argument(
        "-o", "--out", required=True, type=Path, metavar="FILE", help="FILE.pdf or FILE.csv"
    )
    actions.add_parser(
        "verify",
        parents=[sub_db],
        help="recompute the audit log's hash chain and check its checkpoints; names the "
        "first entry that does not fit (exit code 1)",
    )
    actions.add_parser("checkpoint", parents=[sub_db], help="MAC the audit log's current end now")
    export = actions.add_parser(
        "export",
        parents=[sub_db],
        help="append the entries not yet in FILE to it as JSON lines, for the "
        "municipality's log collection (SIEM)",
    )
    export.add_argument("-o", "--out", required=True, metavar="FILE", help="FILE, or - for stdout")
    export.add_argument(
        "--after-id",
        type=int,
        metavar="N",
        help="start after entry N (default: after the last entry already in FILE)",
    )


def write_private(path: Path, data: bytes) -> None:
    """A file that names a citizen: readable by this account only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        if hasattr(os, "fchmod"):
            os.fchmod(out.fileno(), 0o600)
        out.write(data)


def _when(ms: int | None) -> str:
    if ms is None:
        return "-"
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def state_path() -> Path:
    """Where `audit verify` keeps the last checkpoint it wrote, outside the database."""
    return data_dir() / audit_chain.STATE_NAME


def verify(engine: Engine, keys: KeyStore) -> int:
    """Check the whole log; when it fits, MAC its end (only what was just checked) and
    keep that checkpoint outside the database for the next verification."""
    state = state_path()
    result = audit_chain.verify(engine, keys, state)
    if result.finding is not None:
        found = result.finding
        at = f" ({_when(found.at_ms)}, {found.action})" if found.action else ""
        print(
            f"ftbt-server: the audit log does not verify at entry {found.audit_id}{at}: "
            f"{found.problem}",
            file=sys.stderr,
        )
        return EXIT_FAILED
    if not result.last_id:
        print("The audit log is empty.")
        return EXIT_OK
    checkpoint_id = audit_chain.checkpoint_at(
        engine, keys, result.last_id, result.last_hash, now_ms()
    )
    audit_chain.Mark(checkpoint_id, result.last_id, result.last_hash).write(state)
    print(
        f"The audit log verifies: {result.entries} entries chained, {result.checkpoints} "
        f"checkpoints valid; {result.after_last_checkpoint} entries followed the last "
        f"checkpoint, now covered by a new one at entry {result.last_id} (kept in {state})."
    )
    return EXIT_OK


def _last_exported(path: Path) -> int:
    """The id on the last complete line of an export file (0: none yet)."""
    try:
        with path.open("rb") as existing:
            existing.seek(0, os.SEEK_END)
            size = existing.tell()
            existing.seek(max(0, size - 65536))
            tail = existing.read().splitlines()
    except FileNotFoundError:
        return 0
    for line in reversed(tail):
        try:
            return int(json.loads(line)["id"])
        except (ValueError, KeyError, TypeError):
            continue
    return 0


def _torn(path: Path) -> bool:
    """Whether the file ends inside a line: an export killed while writing it."""
    try:
        with path.open("rb") as existing:
            existing.seek(0, os.SEEK_END)
            if existing.tell() == 0:
                return False
            existing.seek(-1, os.SEEK_END)
            return existing.read(1) != b"\n"
    except FileNotFoundError:
        return False


def export(args: argparse.Namespace, engine: Engine) -> int:
    to_stdout = args.out == "-"
    after = args.after_id
    if after is None:
        after = 0 if to_stdout else _last_exported(Path(args.out))
    written = 0
    out = sys.stdout.buffer if to_stdout else None
    handle = None
    try:
        if out is None:
            fd = os.open(args.out, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            handle = out = os.fdopen(fd, "ab")
            if _torn(Path(args.out)):
                # End the torn line where it is (never rewrite what the collector may have
                # read), so the entry it held, written again, starts a line of its own.
                out.write(b"\n")
        audit_chain.chain_pending(engine)
        with read_tx(engine) as conn:
            for data in audit.stream(conn, after):
                out.write(json.dumps(data, ensure_ascii=False).encode("utf-8") + b"\n")
                written += 1
        out.flush()
    finally:
        if handle is not None:
            handle.close()
    if not to_stdout:
        print(f"Appended {written} audit entries after entry {after} to {args.out}.")
    return EXIT_OK


def citizen(args: argparse.Namespace, engine: Engine, sealer: Sealer) -> int:
    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".csv"):
        raise AdminError(f"{args.out}: give a file name ending in .pdf or .csv")
    try:
        report = citizen_report.gather(engine, sealer, args.family_id, args.member)
    except LookupError as exc:
        raise AdminError(str(exc.args[0])) from exc
    data = (
        citizen_report.to_pdf(report, now_ms())
        if suffix == ".pdf"
        else citizen_report.to_csv(report)
    )
    write_private(args.out, data)
    print(
        f"Wrote {args.out}: {len(report.lines)} entries about "
        f"{'a member of ' if args.member else ''}family {report.reference}. It holds personal "
        "data: hand it over securely, then delete it."
    )
    return EXIT_OK
