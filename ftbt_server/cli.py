"""`ftbt-server`: set up, serve and administer the central store.

Exit codes: 0 done; 1 the command could not be carried out (the message says
why); 2 wrong usage or unsafe serve options; 3 the database is not initialised,
or its schema is older or newer than this server; 4 `serve` found the SQLite
database, a file beside it, its folder or the TLS key open to other accounts.

Every command runs under umask 077 (ftbt_server/filemodes.py): what it creates
is the service account's alone.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import Engine, make_url
from sqlalchemy.exc import OperationalError

from ftbt_desktop.core.family_ref import family_reference
from ftbt_server import (
    __version__,
    accounts,
    audit,
    audit_chain,
    audit_cli,
    device_cli,
    erasure,
    family_refs,
    filemodes,
    key_cli,
    key_registry,
    migrate,
    retention_cli,
)
from ftbt_server.data_keys import DataKeyError
from ftbt_server.db import DatabaseUrlError, make_engine, read_tx
from ftbt_server.passwords import WeakPassword
from ftbt_server.sealed_values import Sealer
from ftbt_server.serve import ServeOptions, ServeRefused, serve
from ftbt_server.settings import (
    DAY_MS,
    DB_ENV,
    DEFAULT_REQUEST_THREADS,
    Settings,
    SettingsError,
    data_dir,
    now_ms,
    resolve_db_url,
)

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_SCHEMA, EXIT_NOT_PRIVATE = 0, 1, 2, 3, 4
PASSWORD_ENV = "FTBT_PASSWORD"


def _parser() -> argparse.ArgumentParser:
    db_help = f"database URL (default: ${DB_ENV}, else a SQLite file in the server's data dir)"
    top_db = argparse.ArgumentParser(add_help=False)
    top_db.add_argument("--db", help=db_help)
    sub_db = argparse.ArgumentParser(add_help=False)
    sub_db.add_argument("--db", default=argparse.SUPPRESS, help=db_help)

    parser = argparse.ArgumentParser(
        prog="ftbt-server", description="The FTBT central store.", parents=[top_db]
    )
    parser.add_argument("--version", action="version", version=f"ftbt-server {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    commands.add_parser("init", parents=[sub_db], help="create or upgrade the database schema")

    srv = commands.add_parser("serve", parents=[sub_db], help="run the server")
    srv.add_argument("--host", default="127.0.0.1")
    srv.add_argument("--port", type=int, default=8765)
    srv.add_argument("--certfile", type=Path, help="TLS certificate (PEM)")
    srv.add_argument("--keyfile", type=Path, help="TLS private key (PEM)")
    srv.add_argument(
        "--insecure",
        action="store_true",
        help="allow plain HTTP on a non-loopback address (only behind a TLS proxy)",
    )
    srv.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])
    srv.add_argument(
        "--edit-grace-days",
        type=_days,
        metavar="DAYS",
        help="days after a coordinator's assignment ends during which their laptop may still "
        "deliver waiting edits of existing entities (default: $FTBT_SERVER_EDIT_GRACE_DAYS, "
        "else 14; 0 refuses everything from the end on)",
    )
    srv.add_argument(
        "--request-threads",
        type=_threads,
        metavar="N",
        help="threads this process runs requests' database work in, and database "
        "connections it keeps (default: $FTBT_SERVER_REQUEST_THREADS, else "
        f"{DEFAULT_REQUEST_THREADS}; docs/server.md, The morning rush)",
    )
    srv.add_argument(
        "--trusted-proxy",
        action="append",
        default=[],
        metavar="ADDRESS",
        help="believe X-Forwarded-For from this proxy (IP address or network; repeatable; "
        "default: $FTBT_SERVER_TRUSTED_PROXIES, else none)",
    )

    user = commands.add_parser("user", help="manage users").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    add = user.add_parser(
        "add", parents=[sub_db], help="add a user (password from prompt or $FTBT_PASSWORD)"
    )
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=[r.value for r in accounts.Role])
    user.add_parser(
        "passwd", parents=[sub_db], help="set a new password; signs the user out everywhere"
    ).add_argument("name")
    user.add_parser(
        "disable", parents=[sub_db], help="disable a user; their tokens stop working at once"
    ).add_argument("name")
    user.add_parser("enable", parents=[sub_db], help="enable a disabled user again").add_argument(
        "name"
    )
    user.add_parser("list", parents=[sub_db], help="list users")

    family = commands.add_parser("family", help="assign families").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    assign = family.add_parser(
        "assign", parents=[sub_db], help="make USER the family's coordinator"
    )
    assign.add_argument("family_id")
    assign.add_argument("name")
    assign.add_argument(
        "--substitute", action="store_true", help="add USER as a substitute instead"
    )
    unassign = family.add_parser(
        "unassign", parents=[sub_db], help="end USER's assignment to the family"
    )
    unassign.add_argument("family_id")
    unassign.add_argument("name")
    erase = family.add_parser(
        "erase",
        parents=[sub_db],
        help="erase a closed family's data from the server and, at their next sync, every "
        "laptop that holds it",
    )
    erase.add_argument("family_id")
    erase.add_argument(
        "--force",
        action="store_true",
        help="erase a family that is not closed (a data-protection order)",
    )
    erase.add_argument(
        "--by", help="who orders the erasure, for the audit log (default: this OS user)"
    )
    family.add_parser(
        "erasures",
        parents=[sub_db],
        help="list erasures that a laptop has still to confirm",
    )
    flist = family.add_parser(
        "list",
        parents=[sub_db],
        help="list families (reference, id, coordinator, substitutes)",
    )
    flist.add_argument(
        "family",
        nargs="?",
        metavar="FAMILY",
        help="only this family: its id, or its reference (F-7K3QX; every family it matches)",
    )
    flist.add_argument("--user", help="only the families of this user")

    team = commands.add_parser("team", help="manage teams").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    team.add_parser("add", parents=[sub_db], help="add a team").add_argument("team")
    for kind, text in (
        ("member", "put a coordinator in a team"),
        ("supervisor", "make a supervisor read the team's families"),
    ):
        cmd = team.add_parser(kind, parents=[sub_db], help=text)
        cmd.add_argument("team")
        cmd.add_argument("name")
        cmd.add_argument("--remove", action="store_true", help="take them out of the team instead")
    team.add_parser("list", parents=[sub_db], help="list teams")

    device_cli.add_parser(commands, sub_db)
    key_cli.add_parser(commands, sub_db)
    retention_cli.add_parser(commands, sub_db)

    aud = commands.add_parser("audit", parents=[sub_db], help="list the audit log")
    aud.add_argument(
        "--family",
        help="only entries about this family: its id, or its reference (every family it matches)",
    )
    aud.add_argument("--user", help="only entries by this user")
    aud.add_argument("--since", type=_date, help="only entries from this date (YYYY-MM-DD, UTC)")
    aud.add_argument("--json", action="store_true", help="one JSON object per line")
    audit_cli.add_actions(aud, sub_db)
    return parser


def _whole_number(unit: str, least: int, too_few: str) -> Callable[[str], int]:
    """An argparse type: a whole number of `unit` of at least `least`."""

    def parse(text: str) -> int:
        try:
            number = int(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(f"not a whole number of {unit}: {text!r}") from exc
        if number < least:
            raise argparse.ArgumentTypeError(too_few)
        return number

    return parse


_days = _whole_number("days", 0, "the number of days must not be negative")
_threads = _whole_number("threads", 1, "a server needs at least 1 request thread")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from exc


def _read_password(confirm: bool = True) -> str:
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise accounts.AdminError(f"no terminal to ask for the password: set ${PASSWORD_ENV}")
    first = getpass.getpass("Password: ")
    if confirm and getpass.getpass("Password again: ") != first:
        raise accounts.AdminError("the two passwords differ")
    return first


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    if args.command != "init":
        logging.getLogger("alembic").setLevel(logging.WARNING)
    db_url = resolve_db_url(args.db)
    try:
        # The database, its -wal and -shm, and any folder made for them are born
        # owner-only; restored after, for callers that run main() in their process.
        with filemodes.private_umask():
            return _run(args, db_url)
    except filemodes.NotPrivate as exc:
        print(f"ftbt-server: {exc}", file=sys.stderr)
        return EXIT_NOT_PRIVATE
    except (accounts.AdminError, WeakPassword) as exc:
        print(f"ftbt-server: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except ServeRefused as exc:
        print(f"ftbt-server: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except migrate.SchemaMismatch as exc:
        print(f"ftbt-server: {exc}", file=sys.stderr)
        return EXIT_SCHEMA
    except DataKeyError as exc:
        print(f"ftbt-server: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except (DatabaseUrlError, SettingsError) as exc:
        print(f"ftbt-server: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OperationalError as exc:
        shown = make_url(db_url).render_as_string(hide_password=True)
        print(f"ftbt-server: cannot use the database {shown}: {exc.orig}", file=sys.stderr)
        return EXIT_FAILED


def _run(args: argparse.Namespace, db_url: str) -> int:
    if args.command == "serve":
        options = ServeOptions(
            args.host, args.port, args.certfile, args.keyfile, args.insecure, args.log_level
        )
        settings = Settings.from_env(db_url, args.trusted_proxy)
        if args.edit_grace_days is not None:
            settings = dataclasses.replace(settings, edit_grace_ms=args.edit_grace_days * DAY_MS)
        if args.request_threads is not None:
            settings = dataclasses.replace(settings, request_threads=args.request_threads)
        serve(settings, options)
        return EXIT_OK
    own_folder = _is_own_folder(db_url)  # before make_engine makes a missing folder
    engine = make_engine(db_url)
    try:
        if args.command == "init":
            before, after = migrate.upgrade(engine)
            shown = make_url(db_url).render_as_string(hide_password=True)
            if before == after:
                print(f"The database {shown} is up to date (schema {after}).")
            else:
                print(f"Initialised {shown}: schema {before or 'empty'} -> {after}.")
            keys = key_registry.open_keys(engine, data_dir(), now_ms(), create=True)
            if audit_chain.checkpoint_upgraded(engine, keys, before, now_ms()):
                print("Chained the audit log an older server wrote, and checkpointed it.")
            clear = key_registry.remaining(engine, keys.ring.current_id)
            if clear:
                # An upgrade from before schema 0009: what an older server stored in clear
                # text is sealed now, not left for someone to remember `key rotate`.
                sealed = key_registry.rotate(engine, keys)
                print(f"Sealed {sealed.total} values an older server had stored in clear text.")
            print(
                f"Values are sealed under the data keys from {keys.ring.source}: back them "
                "up apart from the database (docs/server.md, Data protection)."
            )
            for folder in filemodes.tighten(db_url, own_folder):
                print(
                    f"ftbt-server: the folder {folder} is open to other accounts, and "
                    f"`serve` will refuse it: run chmod 700 {folder} (or move the database)",
                    file=sys.stderr,
                )
            return EXIT_OK
        migrate.check(engine)
        return _admin(args, engine)
    finally:
        engine.dispose()


def _is_own_folder(db_url: str) -> bool:
    """Whether the SQLite database's folder is the server's to make owner-only: its
    data folder (the platform's, or FTBT_SERVER_DATA_DIR), or one not made yet."""
    db = filemodes.sqlite_file(db_url)
    if db is None:
        return False
    folder = db.parent
    return not folder.exists() or folder.resolve() == data_dir().resolve()


def _admin(args: argparse.Namespace, engine: Engine) -> int:
    if args.command == "user":
        return _user(args, engine)
    if args.command == "family":
        return _family(args, engine)
    if args.command == "team":
        return _team(args, engine)
    if args.command == "device":
        return device_cli.run(args, engine, lambda: _sealer(engine))
    if args.command == "key":
        return key_cli.run(args, engine)
    if args.command == "retention":
        return retention_cli.run(args, engine, _sealer(engine))
    return _audit(args, engine)


def _sealer(engine: Engine) -> Sealer:
    sealer = key_registry.sealer_for(engine, data_dir(), now_ms())
    # What the command writes to the audit log is checkpointed with the same keys.
    audit_chain.use_keys(getattr(sealer, "keys", None))
    return sealer


def _user(args: argparse.Namespace, engine: Engine) -> int:
    if args.action == "add":
        user = accounts.add_user(engine, args.name, _read_password(), args.role)
        print(f"Added {user.username} ({user.role}).")
    elif args.action == "passwd":
        accounts.get_user(engine, args.name)
        accounts.set_password(engine, args.name, _read_password())
        print(f"New password set for {args.name}; their sign-ins were revoked.")
    elif args.action == "disable":
        accounts.set_disabled(engine, args.name, True)
        print(f"Disabled {args.name}; their sign-ins were revoked.")
    elif args.action == "enable":
        accounts.set_disabled(engine, args.name, False)
        print(f"Enabled {args.name}.")
    else:
        for user in accounts.list_users(engine):
            state = "disabled" if user.disabled else "active"
            print(f"{user.username}\t{user.role}\t{state}")
    return EXIT_OK


def _family(args: argparse.Namespace, engine: Engine) -> int:
    if args.action in ("assign", "unassign", "erase"):
        with read_tx(engine) as conn:
            family_refs.refuse_reference(conn, args.family_id)
    if args.action == "erase":
        return _erase(args, engine)
    if args.action == "erasures":
        return _erasures(engine)
    if args.action == "assign":
        accounts.assign_family(engine, args.family_id, args.name, substitute=args.substitute)
        role = "a substitute coordinator" if args.substitute else "the coordinator"
        print(f"{args.name} is now {role} of family {args.family_id}.")
    elif args.action == "unassign":
        accounts.unassign_family(engine, args.family_id, args.name)
        print(f"{args.name} is no longer assigned family {args.family_id}.")
    else:
        rows = accounts.list_families(engine, args.user)
        with read_tx(engine) as conn:
            gone = erasure.erased_ids(conn, (row.family_id for row in rows))
        rows = [row for row in rows if row.family_id not in gone]
        if args.family is not None:
            with read_tx(engine) as conn:
                named = set(family_refs.resolve(conn, args.family))
            rows = [row for row in rows if row.family_id in named]
            if not rows:
                print(f"ftbt-server: no family matches {args.family.strip()}", file=sys.stderr)
                return EXIT_FAILED
        # The reference first: it is what a coordinator reads out from the app's header.
        for row in sorted(rows, key=lambda r: (family_reference(r.family_id), r.family_id)):
            subs = ",".join(row.substitutes) or "-"
            ref = family_reference(row.family_id)
            print(f"{ref}\t{row.family_id}\t{row.coordinator or '-'}\t{subs}")
    return EXIT_OK


def _erase(args: argparse.Namespace, engine: Engine) -> int:
    by = (args.by or "").strip() or getpass.getuser()
    done = erasure.erase_family(engine, args.family_id, by, args.force, now_ms(), _sealer(engine))
    print(
        f"Erased family {done.family_id} ({family_reference(done.family_id)}): "
        f"{done.changes} changes removed from the server. Laptops of {done.holders} "
        "user(s) remove it at their next sync; see `ftbt-server family erasures`."
    )
    return EXIT_OK


def _erasures(engine: Engine) -> int:
    rows = erasure.waiting(engine)
    if not rows:
        print("No erasure is waiting for a laptop.")
    for row in rows:
        when = dt.datetime.fromtimestamp(row.erased_ms / 1000, dt.UTC).strftime("%Y-%m-%d %H:%M")
        holders = " ".join(
            f"{name}:{','.join(devices) if devices else 'waiting'}" for name, devices in row.holders
        )
        print(
            f"{family_reference(row.family_id)}\t{row.family_id}\t{when} UTC\t{row.erased_by}"
            f"\t{holders}"
        )
    return EXIT_OK


def _team(args: argparse.Namespace, engine: Engine) -> int:
    if args.action == "add":
        accounts.add_team(engine, args.team)
        print(f"Added team {args.team}.")
    elif args.action in ("member", "supervisor"):
        accounts.set_team_member(engine, args.team, args.name, args.action, remove=args.remove)
        verb = "removed from" if args.remove else "added to"
        print(f"{args.name} {verb} team {args.team} as {args.action}.")
    else:
        for row in accounts.list_teams(engine):
            print(
                f"{row.name}\tmembers: {','.join(row.members) or '-'}\tsupervisors: {','.join(row.supervisors) or '-'}"
            )
    return EXIT_OK


def _audit(args: argparse.Namespace, engine: Engine) -> int:
    if args.audit_action == "citizen":
        return audit_cli.citizen(args, engine, _sealer(engine))
    if args.audit_action == "export":
        return audit_cli.export(args, engine)
    if args.audit_action in ("verify", "checkpoint"):
        keys = key_registry.open_keys(engine, data_dir(), now_ms())
        audit_chain.use_keys(keys)
        # A checkpoint is written only over what was just verified.
        return audit_cli.verify(engine, keys)
    since_ms = None
    if args.since is not None:
        start = dt.datetime.combine(args.since, dt.time(), tzinfo=dt.UTC)
        since_ms = int(start.timestamp() * 1000)
    audit_chain.chain_pending(engine)
    with read_tx(engine) as conn:
        if args.family is None:
            found = audit.entries(conn, None, args.user, since_ms, limit=1_000_000)
        else:
            # An id, or a reference: the entries of every family it matches, once each.
            named = family_refs.resolve(conn, args.family)
            merged = {
                entry.id: entry
                for family_id in named
                for entry in audit.entries(conn, family_id, args.user, since_ms, limit=1_000_000)
            }
            found = [merged[key] for key in sorted(merged)]
    for entry in found:
        data = entry.to_json()
        # Ids and references only: the store never gives a family's name to its log.
        data["family_refs"] = [family_reference(f) for f in entry.families]
        if args.json:
            print(json.dumps(data, ensure_ascii=False))
            continue
        counts = " ".join(f"{k}={v}" for k, v in sorted(entry.counts.items()))
        print(
            "\t".join(
                [
                    data["at"],
                    entry.action,
                    entry.outcome,
                    entry.username or "-",
                    entry.device_name or "-",
                    family_refs.labelled(entry.families),
                    counts or "-",
                    entry.detail or "-",
                ]
            )
        )
    return EXIT_OK
