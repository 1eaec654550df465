"""`ftbt-server device list|revoke`: the administrator's view of the signed-in laptops."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine

from ftbt_desktop.core.sealing import NotSealedForThisKey, open_sealed
from ftbt_server import device_registry, seal_keys
from ftbt_server.db import read_tx
from ftbt_server.sealed_values import Sealer
from ftbt_server.settings import now_ms

EXIT_OK, EXIT_FAILED = 0, 1


def add_parser(commands: argparse._SubParsersAction, sub_db: argparse.ArgumentParser) -> None:
    device = commands.add_parser("device", help="list and revoke laptops").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    dlist = device.add_parser(
        "list",
        parents=[sub_db],
        help="list devices (id, user, name, first seen, last seen, state)",
    )
    dlist.add_argument("--user", help="only this user's devices")
    revoke = device.add_parser(
        "revoke",
        parents=[sub_db],
        help="stop a device's sign-ins at once (and with --wipe, empty its vault)",
    )
    revoke.add_argument("device_id", metavar="DEVICE_ID")
    revoke.add_argument(
        "--wipe",
        action="store_true",
        help="at its next contact, the laptop removes every family from its vault",
    )
    revoke.add_argument("--by", help="who revokes, for the audit log (default: this OS user)")
    opened = device.add_parser(
        "open-sealed",
        parents=[sub_db],
        help="open a file a wiped laptop sealed its unsent changes in (FTBT JSON export)",
    )
    opened.add_argument("sealed", metavar="FILE", type=Path)
    opened.add_argument(
        "--out",
        required=True,
        type=Path,
        help="where to write the export (owner-only; it holds personal data in plain text)",
    )


def _when(ms: int | None) -> str:
    if ms is None:
        return "-"
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC).strftime("%Y-%m-%d %H:%M")


def run(args: argparse.Namespace, engine: Engine, sealer: Callable[[], Sealer]) -> int:
    if args.action == "list":
        with read_tx(engine) as conn:
            found = device_registry.list_devices(conn, args.user)
        print("id\tuser\tname\tfirst seen (UTC)\tlast seen (UTC)\tstate")
        for d in found:
            print(
                f"{d.id}\t{d.username}\t{d.name or '-'}\t{_when(d.first_seen_ms)}"
                f"\t{_when(d.last_seen_ms)}\t{d.state}"
            )
        return EXIT_OK
    if args.action == "open-sealed":
        return _open_sealed(args.sealed, args.out, engine, sealer())
    by = (args.by or "").strip() or getpass.getuser()
    try:
        done = device_registry.revoke(engine, args.device_id, by, args.wipe, now_ms(), sealer())
    except device_registry.NoSuchDevice:
        print(f"ftbt-server: no device {args.device_id}", file=sys.stderr)
        return EXIT_FAILED
    if done.wipe_pending:
        print(
            f"Revoked device {done.id} ({done.username}, {done.name}); it wipes its vault "
            "at its next contact, see `ftbt-server device list`."
        )
    elif done.wipe_confirmed_ms is not None:
        print(f"Device {done.id} ({done.username}, {done.name}) is revoked and wiped.")
    else:
        print(f"Revoked device {done.id} ({done.username}, {done.name}): its sign-ins stop now.")
    return EXIT_OK


def _open_sealed(sealed: Path, out: Path, engine: Engine, sealer: Sealer) -> int:
    with read_tx(engine) as conn:
        key = seal_keys.private_key(conn, sealer)
    try:
        content = open_sealed(sealed.read_bytes(), key) if key else None
    except (OSError, NotSealedForThisKey) as exc:
        print(f"ftbt-server: cannot open {sealed}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if content is None:
        print("ftbt-server: this store has never ordered a wipe; it has no key", file=sys.stderr)
        return EXIT_FAILED
    try:
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        print(f"ftbt-server: cannot write {out}: {exc.strerror}", file=sys.stderr)
        return EXIT_FAILED
    with os.fdopen(fd, "wb") as fh:
        fh.write(content)
    print(
        f"Wrote {out}: import it on the new coordinator's laptop with "
        "`ftbt-desktop import FILE`, then delete it."
    )
    return EXIT_OK
