"""`ftbt-server key list|rotate|drop`: the data keys that seal the store's values."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy import Engine, func, select

from ftbt_server import audit_chain, data_keys, key_registry
from ftbt_server.data_keys import DataKeyError, KeyStore
from ftbt_server.db import read_tx
from ftbt_server.sealed_values import CLEARED
from ftbt_server.settings import data_dir, now_ms
from ftbt_server.tables import audit_checkpoints, changes, seal_keys, state

EXIT_OK = 0


def add_parser(commands: argparse._SubParsersAction, sub_db: argparse.ArgumentParser) -> None:
    key = commands.add_parser(
        "key", help="the data keys that seal every value (see docs/server.md)"
    ).add_subparsers(dest="action", required=True, metavar="ACTION")
    key.add_parser(
        "list", parents=[sub_db], help="list the keys held and how many values each seals"
    )
    rotate = key.add_parser(
        "rotate",
        parents=[sub_db],
        help="add a new current key to the key file and re-seal every value under it, "
        "in batches, while the servers run",
    )
    rotate.add_argument(
        "--resume",
        action="store_true",
        help="add no key: re-seal under the current one (after an interrupted rotation, "
        "or when the keys come from $FTBT_SERVER_DATA_KEYS)",
    )
    rotate.add_argument(
        "--pause-ms",
        type=int,
        default=0,
        metavar="MS",
        help="pause between batches, to leave the database to the servers",
    )
    drop = key.add_parser(
        "drop", parents=[sub_db], help="remove an old key that no value is sealed under"
    )
    drop.add_argument("key_id", metavar="KEY_ID")


def _counts(engine: Engine) -> dict[str | None, int]:
    found: dict[str | None, int] = {}
    with read_tx(engine) as conn:
        for table in (changes, state, seal_keys, audit_checkpoints):
            for kid, count in conn.execute(
                select(table.c.key_id, func.count()).group_by(table.c.key_id)
            ):
                found[kid] = found.get(kid, 0) + int(count)
    return found


def _key_file(keys: KeyStore) -> Path:
    if keys.path is None:
        raise DataKeyError(
            f"the keys come from ${data_keys.KEYS_ENV}: add a new key at the end of it, "
            "restart the servers, then run `ftbt-server key rotate --resume`"
        )
    return keys.path


def run(args: argparse.Namespace, engine: Engine) -> int:
    keys = key_registry.open_keys(engine, data_dir(), now_ms())
    if args.action == "list":
        counts = _counts(engine)
        ring = keys.ring
        print(f"Keys from {ring.source}:")
        for kid in ring.keys:
            mark = " (current)" if kid == ring.current_id else ""
            print(f"{kid}{mark}\t{counts.get(kid, 0)} values")
        if counts.get(CLEARED):
            print(f"{CLEARED}\t{counts[CLEARED]} values cleared by retention")
        if counts.get(None):
            print(f"clear\t{counts[None]} values stored before sealing: run `key rotate`")
        return EXIT_OK
    if args.action == "drop":
        path = _key_file(keys)
        if _counts(engine).get(args.key_id):
            raise DataKeyError(f"values are still sealed under {args.key_id}: run `key rotate`")
        data_keys.remove_key(path, args.key_id)
        print(
            f"Removed the key {args.key_id} from {path}. Backups of the database made while "
            "it was current can no longer be read without a copy of the old key file."
        )
        return EXIT_OK
    if not args.resume:
        kid = data_keys.add_key(_key_file(keys))
        keys = key_registry.open_keys(engine, data_dir(), now_ms())
        print(f"Added the key {kid} to {keys.path}; servers use it within a second.")
        # Servers read a changed key file at most once per RELOAD_S.
        import time

        time.sleep(data_keys.RELOAD_S * 1.5)
    done = key_registry.rotate(engine, keys, pause_s=args.pause_ms / 1000)
    # The audit log's checkpoints are MACed with a key derived from the data key.
    resigned = audit_chain.resign(engine, keys)
    print(
        f"Re-sealed {done.total} values under {keys.ring.current_id} "
        f"({done.changes} changes, {done.state} current values, {done.other} other) "
        f"and {resigned} audit checkpoints "
        f"in {done.passes} pass(es). Older keys can be removed with `ftbt-server key drop` "
        "once no backup made under them is needed."
    )
    return EXIT_OK
