"""`ftbt-server audit …` beyond the listing: the citizen's access report."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from sqlalchemy import Engine

from ftbt_server import citizen_report
from ftbt_server.accounts import AdminError
from ftbt_server.sealed_values import Sealer
from ftbt_server.settings import now_ms

EXIT_OK = 0


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


def write_private(path: Path, data: bytes) -> None:
    """A file that names a citizen: readable by this account only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        if hasattr(os, "fchmod"):
            os.fchmod(out.fileno(), 0o600)
        out.write(data)


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
