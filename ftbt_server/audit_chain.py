"""The audit log as a hash chain with MACed checkpoints: an edit cannot go unnoticed.

Each entry's hash is SHA-256 over the previous entry's hash and a canonical
JSON of its own fields and families; its `prev_hash` names the entry before.
An edited entry no longer fits its own hash, a removed one breaks the next
entry's link, reordered ones break both. Anyone who can write the database can
also recompute the whole chain, so every `CHECKPOINT_EVERY` entries (and at
each `audit verify` and `audit checkpoint`) the chain's position is MACed with
a key derived from the data key (data_keys.py), which lives outside the
database: a rewritten chain no longer matches its checkpoints.

Entries are chained under the one-row `audit_head`, with ids that follow the head's,
so they are chained in id order even with several server processes on PostgreSQL. A
request's transaction takes the head only if it is free (`append`: SKIP LOCKED), and
then chains its entry, and any it sees pending, itself (an entry committed while it
took the head is left to its look, below). If the head is taken, it writes
its entry to `audit_pending` and goes on. Every transaction that appended or held the
head looks again when it ends, committed or not, and chains what is pending: a
holder finds what others left meanwhile, and a writer whose entry committed after the
holder's look finds the head free, or taken by one that ends, and looks, after it. Writers used to wait
for the head until it was free: at 8 o'clock, 200 laptops' pushes and pulls queued
behind that one row across every server, and each push held the sequence lock while it
waited (bench/sync_scale.py --laptops). Entries a stopped server left pending are
chained at start and before the log is read (`chain_pending`). No writer waits for the
head while holding the sequence lock (db.lock_sequence); only the commands that lock
it (`lock_head`) wait, and they take no sequence lock.

What this cannot catch: someone holding both the database and the key file can
rewrite everything; entries written after the last checkpoint can be cut off
together with the head row by someone with the database alone (`verify` says
how many entries follow the last checkpoint), and so can entries still pending,
until they are chained (milliseconds; a second or two in the 8 o'clock round).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    bindparam,
    delete,
    exists,
    func,
    insert,
    select,
    text,
    update,
)

from ftbt_server.data_keys import DataKeyError, KeyStore, derive
from ftbt_server.db import after_end, snapshot_tx, write_connection, write_tx
from ftbt_server.tables import (
    audit,
    audit_checkpoints,
    audit_families,
    audit_head,
    audit_pending,
)

log = logging.getLogger("ftbt_server.audit")

GENESIS = "0" * 64
CHECKPOINT_EVERY = 1000
CHECKPOINT, ANCHOR = "checkpoint", "anchor"
_FIELDS = (
    "id",
    "at_ms",
    "action",
    "outcome",
    "user_id",
    "username",
    "device_name",
    "client_addr",
    "counts",
    "detail",
)
_MAC_PURPOSE = "audit-checkpoint"
# Pending entries chained per transaction: a backlog (a crash, a burst) is chained in
# steps that each hold the head briefly.
CHAIN_BATCH = 1000

# The keys of this process, for checkpoints (set by the app and by commands that
# hold them); without them entries are chained, and the next keyed writer catches up.
_keys: KeyStore | None = None


def use_keys(keys: KeyStore | None) -> None:
    global _keys
    _keys = keys


def current_keys() -> KeyStore | None:
    return _keys


def entry_hash(prev_hash: str, row: Mapping[str, Any], families: Sequence[str]) -> str:
    canonical = json.dumps(
        [*(row[name] for name in _FIELDS), sorted(families)],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(f"{prev_hash}\n{canonical}".encode()).hexdigest()


def mac(keys: KeyStore, key_id: str, kind: str, audit_id: int, digest: str, prev_mac: str) -> str:
    key = derive(keys.key(key_id), _MAC_PURPOSE)
    text = f"{kind}\n{audit_id}\n{digest}\n{prev_mac}"
    return hmac.new(key, text.encode(), hashlib.sha256).hexdigest()


def _last_mac(conn: Connection) -> str:
    row = conn.execute(
        select(audit_checkpoints.c.mac).order_by(audit_checkpoints.c.id.desc()).limit(1)
    ).first()
    return row.mac if row is not None else ""


def _checkpoint(
    conn: Connection, keys: KeyStore, kind: str, audit_id: int, digest: str, now: int
) -> int:
    """Write a checkpoint linked to the one before (call with the head locked)."""
    kid = keys.ring.current_id
    prev = _last_mac(conn)
    result = conn.execute(
        insert(audit_checkpoints).values(
            kind=kind,
            audit_id=audit_id,
            hash=digest,
            at_ms=now,
            key_id=kid,
            mac=mac(keys, kid, kind, audit_id, digest, prev),
            prev_mac=prev,
        )
    )
    return int(result.inserted_primary_key[0])


def lock_head(conn: Connection) -> Any:
    """The head, locked until this write transaction ends; the entries left pending
    while it is held are chained once it ends."""
    after_end(conn, _look_again)
    return conn.execute(select(audit_head).where(audit_head.c.id == 1).with_for_update()).one()


@dataclass(frozen=True)
class _Entry:
    """An entry to chain that was never pending (as an `audit_pending` row, without id)."""

    at_ms: int
    action: str
    outcome: str
    user_id: str | None
    username: str | None
    device_name: str | None
    client_addr: str | None
    counts: str
    detail: str
    families: str
    id: None = None


# Every request writes an entry, and at 8 o'clock 200 laptops' syncs do at once: each
# statement fewer is about 0.2 ms less of a server's CPU per request (docs/server.md, "The
# morning rush").
_FREE_HEAD = (
    select(audit_head, exists(select(audit_pending.c.id)).label("pending"))
    .where(audit_head.c.id == 1)
    .with_for_update(of=audit_head, skip_locked=True)
)
_PENDING = select(audit_pending).order_by(audit_pending.c.id).limit(CHAIN_BATCH)
_ENTRY_NAMES = (*(name for name in _FIELDS if name != "id"), "families")
_LEAVE_PENDING = (
    insert(audit_pending)
    .from_select(
        list(_ENTRY_NAMES),
        select(*(bindparam(name, type_=audit_pending.c[name].type) for name in _ENTRY_NAMES)).where(
            exists(select(audit_head.c.id).where(audit_head.c.id == 1))
        ),
    )
    .returning(audit_pending.c.id)
)


def append(conn: Connection, values: dict[str, Any], families: Sequence[str]) -> None:
    """Write an entry in this write transaction: chained at once when the chain's head
    is free, else left pending for the transaction that holds it. Never waits."""
    entry = _Entry(**values, families=json.dumps(list(families)))
    # The head, if free, and whether any entry is pending, in one statement: the pending
    # entries are read only when there are some (at almost no request).
    head = conn.execute(_FREE_HEAD).first()
    if head is None:
        # Left pending, if the head exists (SKIP LOCKED cannot tell a head that is gone
        # from one that is taken): entries must not go on waiting, unchained, for a
        # holder that does not exist.
        left = conn.execute(_LEAVE_PENDING, {**values, "families": entry.families}).first()
        if left is None:
            raise RuntimeError("the audit chain's head row is missing")
    else:
        pending = conn.execute(_PENDING).all() if head.pending else []
        _chain(conn, head, [*pending, entry])
    # Either way, look once this transaction ends. A holder looks for the entries others
    # left while it held the head; a writer that left its entry tries to chain it, and if
    # the head is taken again then, that holder ends after this entry was committed and
    # sees it when it looks. (Looking only from the holder lost an entry committed after
    # the holder's look: every push then queued for the sequence lock behind the one
    # holding the head, and committed after it.)
    after_end(conn, _look_again)


def _head_exists(conn: Connection) -> None:
    """Raise when the chain's head row is gone (SKIP LOCKED cannot tell it from taken):
    entries must not go on waiting, unchained, for a holder that does not exist."""
    if conn.execute(select(audit_head.c.id).where(audit_head.c.id == 1)).first() is None:
        raise RuntimeError("the audit chain's head row is missing")


def _look_again(conn: Connection) -> None:
    """After a transaction that wrote an entry or held the head: chain what is pending."""
    # The request has ended, its entry committed with it or not at all: its answer must
    # not change now. What is pending stays so, and the next writer or reader chains it.
    try:
        more = conn.execute(select(audit_pending.c.id).limit(1)).first()
        # A read ends as well with a commit as with a rollback, and psycopg forgets the
        # connection's prepared statements at every rollback (DEALLOCATE ALL): every
        # request would then parse and plan all its queries anew on PostgreSQL.
        conn.commit()
        if more is not None:
            _chain_all(conn)
    except Exception as exc:
        log.error("audit entries wait to be chained: %s", type(exc).__name__)


def chain_pending(engine: Engine) -> int:
    """Chain the pending entries, oldest first; returns how many this call chained.

    Returns at once when another transaction holds the head: that one looks again
    after it commits, and sees what was committed before this call looked.
    """
    with write_connection(engine) as conn:
        return _chain_all(conn)


def _chain_all(conn: Connection) -> int:
    chained = 0
    while True:
        with conn.begin():
            head = conn.execute(
                select(audit_head).where(audit_head.c.id == 1).with_for_update(skip_locked=True)
            ).first()
            if head is None:
                _head_exists(conn)
                return chained
            rows = conn.execute(
                select(audit_pending).order_by(audit_pending.c.id).limit(CHAIN_BATCH)
            ).all()
            if not rows:
                return chained
            _chain(conn, head, rows)
        chained += len(rows)
        # Entries of writers that found the head taken meanwhile are ours to chain.
        more = conn.execute(select(audit_pending.c.id).limit(1)).first()
        conn.commit()  # not a rollback, which drops prepared statements (_look_again)
        if more is None:
            return chained


def _chain(conn: Connection, head: Any, rows: Sequence[Any]) -> None:
    """Chain `rows` (of `audit_pending`, or `_Entry`) after `head` (locked by the caller)."""
    last_id, last_hash, since = int(head.last_id), str(head.last_hash), int(head.since_checkpoint)
    entries: list[dict[str, Any]] = []
    memberships: list[dict[str, Any]] = []
    marks: list[tuple[int, str, int]] = []
    for row in rows:
        last_id += 1
        families = list(json.loads(row.families))
        values = {name: getattr(row, name) for name in _FIELDS if name != "id"}
        values["id"] = last_id
        digest = entry_hash(last_hash, values, families)
        entries.append({**values, "prev_hash": last_hash, "hash": digest})
        memberships += [{"audit_id": last_id, "family_id": f} for f in families]
        last_hash = digest
        since += 1
        if _keys is not None and since >= CHECKPOINT_EVERY:
            marks.append((last_id, digest, int(row.at_ms)))
            since = 0
    if conn.dialect.name == "postgresql":
        _store_chained(conn, entries, memberships, last_id, last_hash, since)
    else:
        conn.execute(insert(audit), entries)
        if memberships:
            conn.execute(insert(audit_families), memberships)
        conn.execute(
            update(audit_head)
            .where(audit_head.c.id == 1)
            .values(last_id=last_id, last_hash=last_hash, since_checkpoint=since)
        )
    if _keys is not None:
        for audit_id, digest, at_ms in marks:
            _checkpoint(conn, _keys, CHECKPOINT, audit_id, digest, at_ms)
    done = [row.id for row in rows if row.id is not None]
    if done:
        conn.execute(delete(audit_pending).where(audit_pending.c.id.in_(done)))


_CHAINED_COLUMNS = (*_FIELDS, "prev_hash", "hash")
_UNNESTED = ", ".join(
    f"CAST(:{name} AS {'bigint' if name in ('id', 'at_ms') else 'text'}[])"
    for name in _CHAINED_COLUMNS
)
# The entries, their families and the head's new place, as one statement (as push's
# numbering.py): two statements fewer for every request's entry.
_STORE_CHAINED = text(
    f"""
WITH e AS (
    INSERT INTO audit ({", ".join(_CHAINED_COLUMNS)})
    SELECT * FROM unnest({_UNNESTED})
), f AS (
    INSERT INTO audit_families (audit_id, family_id)
    SELECT * FROM unnest(CAST(:f_audit_id AS bigint[]), CAST(:f_family_id AS text[]))
)
UPDATE audit_head SET last_id = :last_id, last_hash = :last_hash,
    since_checkpoint = :since_checkpoint
WHERE id = 1
"""
)


def _store_chained(
    conn: Connection,
    entries: list[dict[str, Any]],
    memberships: list[dict[str, Any]],
    last_id: int,
    last_hash: str,
    since: int,
) -> None:
    """`_chain`'s writes on PostgreSQL (`_STORE_CHAINED`)."""
    params: dict[str, Any] = {name: [entry[name] for entry in entries] for name in _CHAINED_COLUMNS}
    params["f_audit_id"] = [m["audit_id"] for m in memberships]
    params["f_family_id"] = [m["family_id"] for m in memberships]
    params.update(last_id=last_id, last_hash=last_hash, since_checkpoint=since)
    conn.execute(_STORE_CHAINED, params)


def checkpoint_at(engine: Engine, keys: KeyStore, audit_id: int, digest: str, now: int) -> int:
    """MAC an entry `verify` has just found to fit; returns the checkpoint's id."""
    with write_tx(engine) as conn:
        lock_head(conn)
        checkpoint_id = _checkpoint(conn, keys, CHECKPOINT, audit_id, digest, now)
        conn.execute(update(audit_head).where(audit_head.c.id == 1).values(since_checkpoint=0))
    return checkpoint_id


# The schema that chained the entries an older server had written (0010_audit_chain.py).
CHAIN_REVISION = "0010"


def checkpoint_upgraded(engine: Engine, keys: KeyStore, before: str | None, now: int) -> bool:
    """MAC the chain the upgrade from `before` has just made of an older server's entries.

    The migration has no keys, and without a checkpoint the first `verify` would find
    more entries after the last one than a server ever writes, and call them a log
    whose checkpoints were removed (the purge would refuse to run, too). This signs
    only what this upgrade itself chained: an `init` on a store chained before signs
    nothing, so it cannot be used to bless a chain rewritten since.
    """
    if before is None or before >= CHAIN_REVISION:
        return False
    with write_tx(engine) as conn:
        head = lock_head(conn)
        if not head.last_id or _last_mac(conn):
            return False
        _checkpoint(conn, keys, CHECKPOINT, head.last_id, head.last_hash, now)
        conn.execute(update(audit_head).where(audit_head.c.id == 1).values(since_checkpoint=0))
    return True


# The last checkpoint `audit verify` wrote, kept outside the database (in the server's
# data folder): removing checkpoints and entries after it, or the whole log, is found.
STATE_NAME = "ftbt-audit.state"


@dataclass(frozen=True)
class Mark:
    checkpoint_id: int
    audit_id: int
    hash: str

    def to_text(self) -> str:
        return json.dumps(
            {"checkpoint": self.checkpoint_id, "entry": self.audit_id, "hash": self.hash}
        )

    @classmethod
    def read(cls, path: Path) -> Mark | None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(int(data["checkpoint"]), int(data["entry"]), str(data["hash"]))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise DataKeyError(f"{path} cannot be read ({type(exc).__name__})") from exc

    def write(self, path: Path) -> None:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".new")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(self.to_text() + "\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)


def resign(engine: Engine, keys: KeyStore) -> int:
    """Check every checkpoint under the key it names, then MAC them all again, linked,
    under the current key (after a key rotation, so the old key can go)."""
    with write_tx(engine) as conn:
        lock_head(conn)
        marks = conn.execute(select(audit_checkpoints).order_by(audit_checkpoints.c.id)).all()
        kid = keys.ring.current_id
        prev_new = ""
        for index, row in enumerate(marks):
            expected = mac(keys, row.key_id, row.kind, row.audit_id, row.hash, row.prev_mac)
            if not hmac.compare_digest(expected, row.mac) or (
                index and row.prev_mac != marks[index - 1].mac
            ):
                raise DataKeyError(
                    f"the audit checkpoint {row.id} does not verify: run `ftbt-server audit "
                    "verify` before rotating"
                )
            new = mac(
                keys, kid, row.kind, row.audit_id, row.hash, prev_new if index else row.prev_mac
            )
            conn.execute(
                update(audit_checkpoints)
                .where(audit_checkpoints.c.id == row.id)
                .values(key_id=kid, mac=new, prev_mac=prev_new if index else row.prev_mac)
            )
            prev_new = new
    return len(marks)


def anchor_after_purge(conn: Connection, now: int) -> None:
    """After the retention purge: the chain now starts at the first kept entry, whose
    prev_hash is MACed as an anchor, linked to the checkpoints before it (which stay)."""
    first = conn.execute(
        select(audit.c.id, audit.c.prev_hash).order_by(audit.c.id).limit(1)
    ).first()
    if first is None:
        # Nothing kept: the next entry will follow the head's hash, whatever its id (0).
        head = conn.execute(select(audit_head).where(audit_head.c.id == 1)).one()
        if _keys is not None and head.last_id:
            _checkpoint(conn, _keys, ANCHOR, 0, head.last_hash, now)
        return
    if first.prev_hash is not None and _keys is not None:
        _checkpoint(conn, _keys, ANCHOR, first.id, first.prev_hash, now)


@dataclass(frozen=True)
class Finding:
    audit_id: int | None
    at_ms: int | None
    action: str | None
    problem: str


@dataclass(frozen=True)
class Verified:
    entries: int
    checkpoints: int
    after_last_checkpoint: int
    finding: Finding | None
    # The last entry that fitted, for the checkpoint a verification writes.
    last_id: int = 0
    last_hash: str = GENESIS

    @property
    def intact(self) -> bool:
        return self.finding is None


def _rows(conn: Connection, batch: int = 5000) -> Iterator[tuple[Any, list[str]]]:
    after = -1
    while True:
        rows = conn.execute(
            select(audit).where(audit.c.id > after).order_by(audit.c.id).limit(batch)
        ).all()
        if not rows:
            return
        fams: dict[int, list[str]] = {row.id: [] for row in rows}
        for audit_id, family_id in conn.execute(
            select(audit_families.c.audit_id, audit_families.c.family_id).where(
                audit_families.c.audit_id.in_(list(fams))
            )
        ):
            fams[audit_id].append(family_id)
        for row in rows:
            yield row, fams[row.id]
        after = rows[-1].id


def _check_marks(marks: Sequence[Any], keys: KeyStore | None) -> Finding | None:
    """Every checkpoint's MAC under its key, and each linked to the one before."""
    for index, mark in enumerate(marks):
        if index and mark.prev_mac != marks[index - 1].mac:
            return Finding(
                mark.audit_id,
                mark.at_ms,
                None,
                f"a checkpoint before the one at entry {mark.audit_id} was removed",
            )
        if keys is None:
            continue
        try:
            expected = mac(keys, mark.key_id, mark.kind, mark.audit_id, mark.hash, mark.prev_mac)
        except DataKeyError:
            return Finding(
                mark.audit_id,
                mark.at_ms,
                None,
                f"the {mark.kind} at entry {mark.audit_id} is under the key {mark.key_id}, "
                "which is not held",
            )
        if not hmac.compare_digest(expected, mark.mac):
            return Finding(
                mark.audit_id,
                mark.at_ms,
                None,
                f"the {mark.kind} at entry {mark.audit_id} does not carry a valid MAC: "
                "it was written without the key",
            )
    return None


def verify(engine: Engine, keys: KeyStore | None, state: Path | None = None) -> Verified:
    """Recompute the chain from its start (or its anchor), check every checkpoint, and,
    with `state`, that the checkpoint the last verification wrote is still there."""
    chain_pending(engine)
    # One snapshot: entries other servers write meanwhile would otherwise make the log
    # look longer than the head read first, that is, cut off.
    with snapshot_tx(engine) as conn:
        marks = conn.execute(select(audit_checkpoints).order_by(audit_checkpoints.c.id)).all()
        head = conn.execute(select(audit_head).where(audit_head.c.id == 1)).one()
        found = _check_marks(marks, keys)
        if found is not None:
            return Verified(0, len(marks), 0, found)
        last_mark = Mark.read(state) if state is not None else None
        if last_mark is not None and not any(
            (m.id, m.audit_id, m.hash)
            == (last_mark.checkpoint_id, last_mark.audit_id, last_mark.hash)
            for m in marks
        ):
            return Verified(
                0,
                len(marks),
                0,
                Finding(
                    last_mark.audit_id,
                    None,
                    None,
                    f"the checkpoint the last verification wrote (entry {last_mark.audit_id}) "
                    "is gone: checkpoints or entries were removed or rewritten",
                ),
            )
        anchors = [m for m in marks if m.kind == ANCHOR]
        anchor = anchors[-1] if anchors else None
        previous = anchor.hash if anchor is not None else GENESIS
        start = anchor.audit_id if anchor is not None and anchor.audit_id else None
        # Checkpoints over entries the retention purge removed stay, linked, and cover
        # nothing any more: only those after the last anchor must find their entry.
        checks = {
            m.audit_id: m
            for m in marks
            if m.kind == CHECKPOINT
            and (anchor is None or m.id > anchor.id or (start is not None and m.audit_id >= start))
        }
        checkpointed = set(checks)
        count, last_id, last_hash, since = 0, 0, GENESIS, 0
        head_hash = GENESIS if head.last_id == 0 else None
        for row, families in _rows(conn):
            count += 1
            problem = None
            if start is not None and count == 1 and row.id != start:
                problem = (
                    f"the log starts at entry {row.id}, but the retention anchor says "
                    f"{start}: entries were removed"
                )
            elif row.hash is None:
                problem = "the entry is not chained"
            elif row.prev_hash != previous:
                problem = "the entry before it is missing, or the entries were reordered"
            elif entry_hash(previous, row._mapping, families) != row.hash:
                problem = "the entry was changed after it was written"
            else:
                mark = checks.pop(row.id, None)
                if mark is not None and mark.hash != row.hash:
                    problem = "the entry does not match its checkpoint: the chain was rewritten"
            if problem is not None:
                return Verified(count, len(marks), since, _finding(row, problem))
            since = 0 if row.id in checkpointed else since + 1
            previous, last_id, last_hash = row.hash, row.id, row.hash
            if row.id == head.last_id:
                head_hash = row.hash
        if checks:
            gone = min(checks)
            return Verified(
                count,
                len(marks),
                since,
                Finding(
                    gone,
                    checks[gone].at_ms,
                    None,
                    f"entry {gone}, which a checkpoint covers, is missing",
                ),
            )
        # Entries appended after the head was read (a running server) are fine; the log
        # must reach the head as it was, with the head's hash there.
        if count and (last_id < head.last_id or head_hash != head.last_hash):
            return Verified(
                count,
                len(marks),
                since,
                Finding(
                    head.last_id,
                    None,
                    None,
                    f"the log ends at entry {last_id}, but its head says {head.last_id}: "
                    "entries at the end were removed",
                ),
            )
        if keys is not None and since > 2 * CHECKPOINT_EVERY:
            return Verified(
                count,
                len(marks),
                since,
                Finding(
                    last_id,
                    None,
                    None,
                    f"{since} entries follow the last checkpoint, more than the server ever "
                    "writes without one: checkpoints were removed",
                ),
            )
    return Verified(count, len(marks), since, None, last_id, last_hash)


def _finding(row: Any, problem: str) -> Finding:
    return Finding(row.id, row.at_ms, row.action, problem)


def entries_count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(audit)).scalar_one())
