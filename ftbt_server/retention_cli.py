"""`ftbt-server retention run [--dry-run]`: erase what the retention period says is due."""

from __future__ import annotations

import argparse
import datetime as dt
import os

from sqlalchemy import Engine

from ftbt_desktop.core.family_ref import family_reference
from ftbt_server import retention
from ftbt_server.accounts import AdminError
from ftbt_server.sealed_values import Sealer
from ftbt_server.settings import now_ms

EXIT_OK = 0


def add_parser(commands: argparse._SubParsersAction, sub_db: argparse.ArgumentParser) -> None:
    ret = commands.add_parser(
        "retention", help=f"erase closed families past the period in ${retention.RETENTION_ENV}"
    ).add_subparsers(dest="action", required=True, metavar="ACTION")
    run = ret.add_parser(
        "run",
        parents=[sub_db],
        help="erase the families closed for the whole period and clear deleted entities' "
        "values as old (for a cron job or a systemd timer)",
    )
    run.add_argument("--dry-run", action="store_true", help="only list what is due")
    run.add_argument(
        "--as-of",
        type=dt.date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="with --dry-run: list what would be due on that day",
    )


def _day(ms: int) -> str:
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC).strftime("%Y-%m-%d")


def run(args: argparse.Namespace, engine: Engine, sealer: Sealer) -> int:
    try:
        period = retention.parse_period(os.environ.get(retention.RETENTION_ENV))
    except ValueError as exc:
        raise AdminError(str(exc)) from exc
    if period is None:
        raise AdminError(
            f"no retention period is set: set ${retention.RETENTION_ENV} (for example 5y) as "
            "the municipality's rules say; nothing is erased by time until then"
        )
    if args.as_of is not None and not args.dry_run:
        raise AdminError("--as-of only goes with --dry-run")
    now = now_ms()
    if args.as_of is not None:
        now = int(dt.datetime.combine(args.as_of, dt.time(), tzinfo=dt.UTC).timestamp() * 1000)
    if args.dry_run:
        due = retention.plan(engine, sealer, period, now)
        print(f"Retention {period} after closure, as of {_day(now)}: nothing changed (--dry-run).")
        for family in due.families:
            print(
                f"erase\t{family_reference(family.family_id)}\t{family.family_id}\t"
                f"closed since {_day(family.closed_since_ms)}\tdue {_day(family.due_ms)}"
            )
        for family_id, entity_ids in sorted(due.deleted.items()):
            print(
                f"clear\t{family_reference(family_id)}\t{family_id}\t"
                f"{len(entity_ids)} deleted entities' values"
            )
        if not due.families and not due.deleted:
            print("Nothing is due.")
        return EXIT_OK
    done = retention.run(engine, sealer, period, now)
    for erased in done.erased:
        print(
            f"erased\t{family_reference(erased.family_id)}\t{erased.family_id}\t"
            f"{erased.changes} changes; laptops of {erased.holders} user(s) remove it"
        )
    print(
        f"Retention {period}: erased {len(done.erased)} families; cleared the values of "
        f"{done.cleared_entities} deleted entities ({done.cleared_changes} changes)."
    )
    return EXIT_OK
