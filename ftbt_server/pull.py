"""Pull: the changes of the families a user may read, after a cursor, in pages.

Before reading, the user's grants (the families they could read at their last
pull) are brought up to date. A family that became readable after the user's
devices may already have read past its changes (a reassignment, a new team
member) gets its changes *redelivered*: copied into the feed for this user
only, with new sequence numbers, so every device's cursor still reaches them.
Clients apply changes idempotently by change_id, so a copy never applies twice.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import operator
from dataclasses import dataclass, field
from json.encoder import encode_basestring as quoted
from typing import Any

from sqlalchemy import (
    BigInteger,
    CompoundSelect,
    Connection,
    Dialect,
    Engine,
    Select,
    and_,
    bindparam,
    cast,
    func,
    insert,
    literal,
    literal_column,
    null,
    or_,
    select,
    union_all,
    update,
)

from ftbt_desktop.core.entities import ENTITY_CLASSES  # noqa: F401  (registers the rules)
from ftbt_desktop.core.fields import MAX_DEPTH, InvalidField, shallow, validate
from ftbt_server import audit, devices
from ftbt_server.access import Principal, readable_families, readable_query, reader_of
from ftbt_server.accounts import Role
from ftbt_server.db import lock_sequence, read_tx, store_sequence, write_tx
from ftbt_server.family_teams import teams_of
from ftbt_server.sealed_values import CLEARED, MissingKey, Sealer, UnreadableValue, binding
from ftbt_server.settings import Settings
from ftbt_server.tables import changes, feed, grants, seq_counter, state

log = logging.getLogger("ftbt_server.pull")


# The forms a pull page can take (docs/sync-protocol.md). "changes" is the first one,
# an object per change, and what a client gets that names none. "rows" is an array per
# change, with the page's family, device and user ids each written once and referred
# to by position: half the bytes for a new laptop's first sync (38 to 20 MB per
# 100,000 changes), and less for the laptop to parse.
PULL_FORMS = ("changes", "rows")


@dataclass(frozen=True)
class Page:
    """One pull answer; the changes are kept as JSON text, ready to send."""

    changes_json: list[str]
    next: int
    has_more: bool
    families: list[str]
    revoked_families: list[str]
    withheld: int = 0
    # Device id → the name its user gave it at sign-in, for the devices on the page.
    device_names: dict[str, str] = field(default_factory=dict)
    # Family id → the sorted names of its coordinator's teams, for each of `families`.
    family_teams: dict[str, list[str]] = field(default_factory=dict)
    # The user's changes after `next`, when the client asked (`count`).
    left: int | None = None
    # In the "rows" form: the ids the rows refer to by position.
    row_ids: dict[str, list[str]] | None = None

    def to_bytes(self) -> bytes:
        # The values are stored as JSON text; splicing them in, rather than
        # decoding and encoding thousands of values per page, halves the cost of a pull.
        answer: dict[str, Any] = {
            "next": self.next,
            "has_more": self.has_more,
            "families": self.families,
            "revoked_families": self.revoked_families,
            "withheld": self.withheld,
            "device_names": self.device_names,
            "family_teams": self.family_teams,
        }
        if self.left is not None:
            answer["left"] = self.left
        key = "changes"
        if self.row_ids is not None:
            answer.update(self.row_ids)
            key = "rows"
        rest = json.dumps(answer)
        return (f'{{"{key}":[' + ",".join(self.changes_json) + "]," + rest[1:]).encode("utf-8")

    def to_json(self) -> dict[str, Any]:
        return dict(json.loads(self.to_bytes()))


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not standard JSON")


def decode_stored(text: str | None) -> tuple[bool, Any]:
    """(True, value) when stored value text is standard JSON nested at most MAX_DEPTH deep.

    This server stores only values its field rules accept; an older one stored
    anything, and `json.dumps` wrote NaN and Infinity as the non-standard tokens.
    """
    if text is None:
        return False, None
    try:
        value = json.loads(text, parse_constant=_no_constants)
    except (ValueError, RecursionError):
        return False, None
    return shallow(value, MAX_DEPTH), value


def servable(text: str | None) -> bool:
    """Whether a stored value may be spliced into a pull page as it is."""
    if text is None:
        return False
    # Almost every value has no constant token and few brackets: that is proof
    # enough (the text was written by json.dumps) without decoding it.
    plain = "NaN" not in text and "Infinity" not in text
    if plain and text.count("[") + text.count("{") <= MAX_DEPTH:
        return True
    return decode_stored(text)[0]


def opened(sealer: Sealer, row: Any) -> str | None:
    """A stored row's value as JSON text, or None when it does not open: a wrong key,
    or a row edited in the database (its binding to the change no longer holds)."""
    return _opened(sealer, row.key_id, row.value, row.change_id, row.entity_id, row.field)


def _opened(
    sealer: Sealer, key_id: str | None, value: str, change_id: str, entity_id: str, field: str
) -> str | None:
    try:
        return sealer.open(key_id, value, binding(change_id, entity_id, field))
    except MissingKey:
        # Not this value's fault: answer an error rather than move the cursor past it.
        raise
    except UnreadableValue as exc:
        log.error("a stored value of change %s does not open: %s", change_id, exc)
        return None


def page_json(
    sealer: Sealer, rows: list[Any], form: str = "changes"
) -> tuple[list[str], int, dict[str, int], dict[str, list[str]] | None]:
    """(each servable change as JSON text in `form`, values retention cleared, rows per
    family, and for the "rows" form the ids its rows refer to by position).

    Each change is written out with its value's JSON text spliced in unchanged, rather
    than `json.dumps` of a dict (a quarter of the time), and each row is unpacked once:
    a Row's attributes cost four times the rest of writing it. At 100,000 changes for a
    new laptop both count (bench/sync_bench.py). `quoted` is the JSON encoder's own
    string quoting (as `ensure_ascii=False`).
    """
    out: list[str] = []
    cleared = 0
    per_family: dict[str, int] = {}
    as_rows = form == "rows"
    open_value = sealer.open
    # Id → its position in the page's list of such ids (dicts keep insertion order).
    families: dict[str, int] = {}
    devices_at: dict[str, int] = {}
    users: dict[str, int] = {}
    # In _PAGE_COLUMNS' order.
    for (
        seq,
        change_id,
        entity_type,
        entity_id,
        family_id,
        field_name,
        value,
        key_id,
        hlc,
        device_id,
        user_id,
        _pushed_by,
        _fed_change_id,
    ) in rows:
        per_family[family_id] = per_family.get(family_id, 0) + 1
        # Values retention cleared (retention.py) are not sent: the laptop has no use
        # for a change without its value, and it is no fault to report.
        if key_id == CLEARED:
            cleared += 1
            continue
        if key_id is None:
            text = value
        else:
            # `_opened`, written out: a call per change fewer.
            try:
                text = open_value(key_id, value, binding(change_id, entity_id, field_name))
            except MissingKey:
                raise
            except UnreadableValue as exc:
                log.error("a stored value of change %s does not open: %s", change_id, exc)
                continue
        if text is None or not servable(text):
            continue
        if as_rows:
            family = families.setdefault(family_id, len(families))
            device = devices_at.setdefault(device_id, len(devices_at))
            user = users.setdefault(user_id, len(users))
            out.append(
                f"[{int(seq)},{quoted(change_id)},{quoted(entity_type)},{quoted(entity_id)},"
                f"{family},{quoted(field_name)},{quoted(hlc)},{device},{user},{text}]"
            )
            continue
        out.append(
            f'{{"seq":{int(seq)},"change_id":{quoted(change_id)},'
            f'"entity_type":{quoted(entity_type)},"entity_id":{quoted(entity_id)},'
            f'"family_id":{quoted(family_id)},"field":{quoted(field_name)},'
            f'"hlc":{quoted(hlc)},"device_id":{quoted(device_id)},'
            f'"user_id":{quoted(user_id)},"value":{text}}}'
        )
    row_ids = None
    if as_rows:
        row_ids = {
            "row_families": list(families),
            "row_devices": list(devices_at),
            "row_users": list(users),
        }
    return out, cleared, per_family, row_ids


# Built once, as every pull runs them (access.py's `_READS`).
_GRANTS = select(grants.c.family_id, grants.c.revoked_ms).where(
    grants.c.user_id == bindparam("user_id")
)
_TOP = select(seq_counter.c.value).where(seq_counter.c.id == 1)


@functools.cache
def _grants_and_reads(role: Role) -> Select[Any] | CompoundSelect[Any]:
    """The user's recorded grants (kind "grant": family id, revoked_ms) and the families
    they may read now (kind "readable"), as one statement: every pull asks both."""
    recorded = select(
        literal_column("'grant'").label("kind"), grants.c.family_id, grants.c.revoked_ms
    ).where(grants.c.user_id == bindparam("reader"))
    reads = readable_query(role)
    if reads is None:
        return recorded
    now = reads.subquery()
    return union_all(
        recorded,
        select(literal_column("'readable'"), now.c.family_id, cast(null(), BigInteger)),
    )


def _grant_rows(conn: Connection, user_id: str) -> dict[str, int | None]:
    rows = conn.execute(_GRANTS, {"user_id": user_id})
    return {row.family_id: row.revoked_ms for row in rows}


def _recorded_grants(conn: Connection, principal: Principal) -> tuple[set[str], set[str]] | None:
    """(readable now, revoked) when the recorded grants are what the user may read now,
    as they are at almost every pull; None when they must be brought up to date."""
    readable: set[str] = set()
    rows: dict[str, int | None] = {}
    for kind, family_id, revoked_ms in conn.execute(
        _grants_and_reads(principal.role), reader_of(principal)
    ):
        if kind == "readable":
            readable.add(family_id)
        else:
            rows[family_id] = revoked_ms
    if readable == {f for f, revoked in rows.items() if revoked is None}:
        return readable, set(rows) - readable
    return None


def _record_grants(engine: Engine, principal: Principal, now: int) -> tuple[set[str], set[str]]:
    """(readable now, revoked) after recording what changed since the last pull."""
    with write_tx(engine) as conn:
        last = lock_sequence(conn)
        readable = readable_families(conn, principal)
        rows = _grant_rows(conn, principal.user_id)
        active = {f for f, revoked in rows.items() if revoked is None}
        gained = sorted(readable - active)
        lost = sorted(active - readable)
        redelivered = 0
        for family_id in gained:
            # A user who never had any grant has never been sent a row nor a
            # cursor above the one they sent (see pull), so none of their
            # devices can have read past this family's changes.
            if rows:
                floor = last
                count = _redeliver(conn, principal.user_id, family_id, last)
                redelivered += count
                last += count
            else:
                floor = 0
            if family_id in rows:
                conn.execute(
                    update(grants)
                    .where(
                        and_(grants.c.user_id == principal.user_id, grants.c.family_id == family_id)
                    )
                    .values(floor_seq=floor, granted_ms=now, revoked_ms=None)
                )
            else:
                conn.execute(
                    insert(grants).values(
                        user_id=principal.user_id,
                        family_id=family_id,
                        floor_seq=floor,
                        granted_ms=now,
                    )
                )
        if lost:
            conn.execute(
                update(grants)
                .where(and_(grants.c.user_id == principal.user_id, grants.c.family_id.in_(lost)))
                .values(revoked_ms=now)
            )
        store_sequence(conn, last)
        actor = audit.Actor(principal.user_id, principal.username, principal.device_name)
        if gained:
            audit.record(
                conn,
                now,
                "access_granted",
                actor,
                families=gained,
                counts={"redelivered": redelivered},
            )
        if lost:
            audit.record(conn, now, "access_revoked", actor, families=lost)
        all_rows = _grant_rows(conn, principal.user_id)
    return readable, set(all_rows) - readable


def _redeliver(conn: Connection, user_id: str, family_id: str, last: int) -> int:
    count = conn.execute(
        select(func.count()).select_from(changes).where(changes.c.family_id == family_id)
    ).scalar_one()
    if count:
        numbered = select(
            literal(last) + func.row_number().over(order_by=changes.c.seq),
            changes.c.change_id,
            changes.c.family_id,
            literal(user_id),
        ).where(changes.c.family_id == family_id)
        conn.execute(
            insert(feed).from_select(["seq", "change_id", "family_id", "audience"], numbered)
        )
    return int(count)


CHANGE_COLUMNS = (
    changes.c.change_id,
    changes.c.entity_type,
    changes.c.entity_id,
    changes.c.family_id,
    changes.c.field,
    changes.c.value,
    changes.c.key_id,
    changes.c.hlc,
    changes.c.device_id,
    changes.c.user_id,
    # Not sent: whose token pushed it, to look up its device's name (devices.names_of).
    changes.c.pushed_by,
)
# A page's rows: the feed's number, the change, and the change id the feed row names
# (page_json unpacks them in this order; `_read_page` checks the two ids agree).
_PAGE_COLUMNS = (feed.c.seq, *CHANGE_COLUMNS, feed.c.change_id.label("fed_change_id"))
_CHANGE_ID = next(i for i, column in enumerate(_PAGE_COLUMNS) if column is changes.c.change_id)
_FED = len(_PAGE_COLUMNS) - 1
_VALUE = next(i for i, column in enumerate(_PAGE_COLUMNS) if column is changes.c.value)
_DEVICE = next(i for i, column in enumerate(_PAGE_COLUMNS) if column is changes.c.device_id)
_PUSHED_BY = next(i for i, column in enumerate(_PAGE_COLUMNS) if column is changes.c.pushed_by)
_value_of = operator.itemgetter(_VALUE)


# Pages are read in windows of this many sequence numbers (numbers are dense:
# every number up to the counter has exactly one feed row), so each query is a
# bounded range scan whatever the planner's statistics say; at most this many
# windows per request, then the client is told to come back (has_more).
WINDOW = 5000
MAX_WINDOWS = 40
# A page also ends once its values pass this many bytes (keeping at least one
# change), so a page of 5000 long texts stays a few MiB on both sides.
PAGE_VALUE_BYTES = 4 * 1024 * 1024


def _visible(user_id: Any) -> Any:
    """The feed rows a user may be sent: of an active grant, above its floor, and
    meant for everyone or for this user (a redelivered copy)."""
    return feed.join(
        grants,
        and_(
            grants.c.family_id == feed.c.family_id,
            grants.c.user_id == user_id,
            grants.c.revoked_ms.is_(None),
            feed.c.seq > grants.c.floor_seq,
            or_(feed.c.audience.is_(None), feed.c.audience == user_id),
        ),
    )


def count_left(conn: Connection, user_id: str, after: int) -> int:
    """How many changes the user would still be sent after `after` (one count per sync,
    asked by the first page: it reads the index of the feed rows that follow)."""
    values = {"user_id": user_id, "after": after}
    ((left,),) = _unprepared(conn, _compiled_count(conn.dialect), values)
    return int(left)


def _count() -> Any:
    return (
        select(func.count())
        .select_from(_visible(bindparam("user_id")))
        .where(feed.c.seq > bindparam("after"))
    )


def _window(by_seq: bool) -> Any:
    """The user's feed rows in (after, upper] with their changes, in order, at most
    `limit` (bind parameters `user_id`, `after`, `upper`, `limit`).

    A change's own feed row (audience NULL) has the change's number, so `by_seq` finds
    the change by that number: in number order the changes' rows lie together, where
    looking each up by its random id reads an index page per change (a window of
    5,000: 12.7 against 20.7 ms on PostgreSQL, 17 against 28 ms on SQLite). A
    redelivered copy (audience: the user) has a number of its own and finds its change
    by id. Without `by_seq`, every row finds its change by id.
    """
    user_id = bindparam("user_id")
    visible = _visible(user_id)
    in_window = and_(feed.c.seq > bindparam("after"), feed.c.seq <= bindparam("upper"))
    limit = bindparam("limit")
    if not by_seq:
        # Nothing to check there: the feed row's id is not fetched (a column fewer to
        # read per change).
        return (
            select(*_PAGE_COLUMNS[:_FED], null().label("fed_change_id"))
            .select_from(visible.join(changes, changes.c.change_id == feed.c.change_id))
            .where(in_window)
            .order_by(feed.c.seq)
            .limit(limit)
        )
    # The window's bounds on the changes' numbers too, though the feed's imply them:
    # PostgreSQL then reads both ranges in order and merges them, rather than looking up
    # each change by its number (a window of 5,000: 7 against 16 ms in the database;
    # all windows of 100,000 changes read 322-345 against 396-443 ms). SQLite reads
    # them as fast either way.
    own_change = and_(
        changes.c.seq == feed.c.seq,
        changes.c.seq > bindparam("after"),
        changes.c.seq <= bindparam("upper"),
    )
    own = (
        select(*_PAGE_COLUMNS)
        # Outer: a feed row without a change of its number shows (as NULLs), and
        # `_read_page` then reads the window by id, rather than skipping it.
        .select_from(visible.outerjoin(changes, own_change))
        .where(in_window, feed.c.audience.is_(None))
    )
    copies = (
        select(*_PAGE_COLUMNS)
        .select_from(visible.join(changes, changes.c.change_id == feed.c.change_id))
        .where(in_window, feed.c.audience == user_id)
    )
    both = union_all(own, copies).subquery()
    return select(*both.c).order_by(both.c.seq).limit(limit)


@dataclass(frozen=True)
class _Compiled:
    """A window's query as the driver takes it: its text, and how its parameters go."""

    sql: str
    defaults: dict[str, Any]
    order: tuple[str, ...] | None  # the names in place order, for a positional driver

    def params(self, values: dict[str, Any]) -> Any:
        merged = {**self.defaults, **values}
        if self.order is None:
            return merged
        return tuple(merged[name] for name in self.order)


def _compile(query: Any, dialect: Dialect) -> _Compiled:
    compiled = query.compile(dialect=dialect)
    order = tuple(compiled.positiontup or ()) if compiled.positional else None
    return _Compiled(compiled.string, dict(compiled.params), order)


@functools.lru_cache(maxsize=16)
def _compiled(dialect: Dialect, by_seq: bool) -> _Compiled:
    return _compile(_window(by_seq), dialect)


@functools.lru_cache(maxsize=8)
def _compiled_count(dialect: Dialect) -> _Compiled:
    return _compile(_count(), dialect)


def _unprepared(
    conn: Connection, query: _Compiled, values: dict[str, Any]
) -> list[tuple[Any, ...]]:
    """The rows of `query` through the transaction's own driver cursor, planned for these
    values each time: never prepared on PostgreSQL (psycopg would, after five runs on a
    connection), since a plan made once for all values cannot see how many feed rows
    follow the cursor (a new laptop's all, an everyday pull's few), and planning is a
    small part of reading them."""
    cursor = conn.connection.cursor()
    options = {} if conn.dialect.name == "sqlite" else {"prepare": False}
    try:
        cursor.execute(query.sql, query.params(values), **options)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _window_rows(
    conn: Connection, user_id: str, after: int, upper: int, limit: int, by_seq: bool
) -> list[tuple[Any, ...]]:
    """The window's rows as plain tuples, in _PAGE_COLUMNS' order.

    Through the driver's own cursor, the query compiled once per dialect: a new
    laptop's pull reads 100,000 rows, and SQLAlchemy's statement, cache key and Row
    per row cost a fifth of the server's time for it (bench/sync_bench.py). The cursor
    is the transaction's own connection's, so it reads what the rest of the pull reads.
    """
    values = {"user_id": user_id, "after": after, "upper": upper, "limit": limit}
    return _unprepared(conn, _compiled(conn.dialect, by_seq), values)


def _read_page(
    conn: Connection, user_id: str, after: int, limit: int
) -> tuple[list[Any], int, bool]:
    """(rows, next, has_more) of the feed after `after` for the user's active grants."""
    # Every number up to the committed counter is committed (numbers are assigned
    # under the lock), so reading only up to it can never skip a later commit,
    # and the cursor may move up to it even when none of those rows are the user's.
    top = conn.execute(_TOP).scalar_one()
    rows: list[Any] = []
    size = 0
    cursor = after
    if after > top:
        # Past every number this store has issued: it was restored from an
        # older backup. Read from the start again; clients apply idempotently.
        log.warning("pull cursor %d is past the last sequence number %d; starting over", after, top)
        cursor = 0
    # On SQLite only: there a pull of 100,000 changes took a fifth less time so; on
    # PostgreSQL the query alone ran faster (EXPLAIN ANALYZE) but the pull did not.
    by_seq = conn.dialect.name == "sqlite"
    for _ in range(MAX_WINDOWS):
        if cursor >= top:
            break
        upper = min(cursor + WINDOW, top)
        wanted = limit + 1 - len(rows)
        # Fetched at once: row by row cost a new laptop's pull a tenth of its server time.
        found = _window_rows(conn, user_id, cursor, upper, wanted, by_seq)
        if by_seq and any(row[_CHANGE_ID] != row[_FED] for row in found):
            # Never written so (a change and its feed row share their number): a
            # damaged store. Each feed row's own change is sent all the same.
            log.error("feed rows %d-%d do not match the changes of their numbers", cursor, upper)
            found = _window_rows(conn, user_id, cursor, upper, wanted, by_seq=False)
        grown = size + sum(map(len, filter(None, map(_value_of, found))))
        if len(rows) + len(found) <= limit and (grown <= PAGE_VALUE_BYTES or not found):
            # The window's rows all fit (as at almost every window): taken whole.
            rows.extend(found)
            size = grown
        else:
            for row in found:
                rows.append(row)
                size += len(row[_VALUE] or "")
                if len(rows) > limit or (size > PAGE_VALUE_BYTES and len(rows) > 1):
                    page = rows[:-1]
                    return page, page[-1][0], True
        cursor = upper
    return rows, cursor, cursor < top


def pull(
    engine: Engine,
    settings: Settings,
    principal: Principal,
    after: int,
    limit: int,
    client_addr: str,
    count: bool = False,
    form: str = "changes",
) -> Page:
    now = settings.clock()
    answer = functools.partial(_answer, engine, settings, principal, after, form, now, client_addr)
    # On PostgreSQL the page is read and its audit entry written in one transaction: one
    # transaction, connection and commit fewer for every pull (docs/server.md, "The
    # morning rush"). On SQLite a writing transaction holds the store's only write lock,
    # which a pull takes only to write its entry, once its page is rendered.
    together = engine.dialect.name != "sqlite"
    reading = write_tx if together else read_tx
    # At almost every pull the grants need no update, and the page is read in the same
    # transaction that found so: one transaction (and connection) fewer per pull.
    with reading(engine) as conn:
        recorded = _recorded_grants(conn, principal)
        if recorded is not None:
            read = _read(conn, principal, *recorded, after, limit, count)
            if together:
                return answer(read, conn)
    if recorded is None:
        updated = _record_grants(engine, principal, now)
        with reading(engine) as conn:
            read = _read(conn, principal, *updated, after, limit, count)
            if together:
                return answer(read, conn)
    return answer(read, None)


# What `_read` found: (readable, revoked, rows, next, has_more, device names, family
# teams, changes left).
_Read = tuple[
    set[str], set[str], list[Any], int, bool, dict[str, str], dict[str, list[str]], int | None
]


def _answer(
    engine: Engine,
    settings: Settings,
    principal: Principal,
    after: int,
    form: str,
    now: int,
    client_addr: str,
    read: _Read,
    conn: Connection | None,
) -> Page:
    """The page of what `_read` found, rendered, and its audit entry written: on `conn`,
    the transaction that read it, or without one in a write transaction of its own,
    opened only once the page is rendered."""
    readable, revoked, rows, next_seq, has_more, names, family_teams, left = read
    uid = principal.user_id
    out, cleared, per_family, row_ids = page_json(settings.sealer, rows, form)
    withheld = len(rows) - len(out) - cleared
    if withheld:
        log.warning(
            "pull withheld %d stored changes whose value does not open or is not JSON", withheld
        )
    actor = audit.Actor(uid, principal.username, principal.device_name, client_addr)
    counts = {
        "changes": len(out),
        "families": len(per_family),
        **({"withheld": withheld} if withheld else {}),
    }
    writing = contextlib.nullcontext(conn) if conn is not None else write_tx(engine)
    with writing as on:
        audit.record(
            on, now, "pull", actor, families=per_family, counts=counts, detail=f"after={after}"
        )
    return Page(
        changes_json=out,
        next=next_seq,
        has_more=has_more,
        families=sorted(readable),
        revoked_families=sorted(revoked),
        withheld=withheld,
        device_names=names,
        family_teams=family_teams,
        left=left,
        row_ids=row_ids,
    )


def _read(
    conn: Connection,
    principal: Principal,
    readable: set[str],
    revoked: set[str],
    after: int,
    limit: int,
    count: bool,
) -> _Read:
    """What a pull page says, read once the grants are up to date."""
    uid = principal.user_id
    if not (readable or revoked):
        # Never had a family: keep the cursor where it is, so that a first grant
        # can start at floor 0 without redelivery (see _record_grants).
        return readable, revoked, [], after, False, {}, {}, 0 if count else None
    rows, next_seq, has_more = _read_page(conn, uid, after, limit)
    # By index, once per pair: a Row's attributes cost a page of 5,000 more than
    # the lookup itself.
    names = devices.names_of(conn, {(row[_PUSHED_BY], row[_DEVICE]) for row in rows})
    family_teams = teams_of(conn, principal, readable)
    left = count_left(conn, uid, next_seq) if count else None
    return readable, revoked, rows, next_seq, has_more, names, family_teams, left


def family_state(
    engine: Engine, settings: Settings, principal: Principal, family_id: str, client_addr: str
) -> dict[str, dict[str, Any]] | None:
    """Entity id → {"_type": …, field: value} by the merge rule, or None when not readable."""
    now = settings.clock()
    actor = audit.Actor(principal.user_id, principal.username, principal.device_name, client_addr)
    with read_tx(engine) as conn:
        allowed = family_id in readable_families(conn, principal)
        rows = (
            conn.execute(select(state).where(state.c.family_id == family_id)).all()
            if allowed
            else []
        )
    with write_tx(engine) as conn:
        audit.record(
            conn,
            now,
            "read_state",
            actor,
            outcome="ok" if allowed else "denied",
            families=[family_id],
            counts={"fields": len(rows)},
        )
    if not allowed:
        return None
    entities: dict[str, dict[str, Any]] = {}
    for row in rows:
        entity = entities.setdefault(row.entity_id, {"_type": row.entity_type})
        # A value an older server stored unchecked is left out: the field reads
        # as unset rather than the whole family failing (docs/sync-protocol.md).
        readable, value = decode_stored(opened(settings.sealer, row))
        if not readable:
            continue
        try:
            entity[row.field] = validate(row.entity_type, row.field, value)
        except InvalidField:
            continue
    return entities
