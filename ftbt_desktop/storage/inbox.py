"""Pulled pages into the vault, and the conflicts they reveal.

The rules that make a pull safe to kill at any point:
- a pulled page and the cursor after it are written in one transaction, and
  pulled changes are idempotent by change id, so a page is never applied twice
  and never skipped;
- a local change counts as "in flight" until it comes back in a pull with the
  server's sequence number. A pulled change for a field with an in-flight local
  change of a different value was made without knowing it: that is a conflict,
  recorded with both changes, whichever the merge rule lets win. Exactly one of
  the two devices sees it (the one whose change reached the server later).

Pulls also bring other laptops' sign-in names, kept here to name them, and the
teams of the families (kept with the page, storage/family_teams.py).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import operator
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from ftbt_desktop.core.changes import Change
from ftbt_desktop.core.clock import Hlc
from ftbt_desktop.storage import first_load as first_load_module
from ftbt_desktop.storage.errors import NotFound
from ftbt_desktop.storage.family_teams import note_family_teams
from ftbt_desktop.storage.merge import (
    CHANGE_COLUMNS,
    STATE_UPSERT,
    aliased_columns,
    row_to_change,
    state_row_of_values,
)
from ftbt_desktop.storage.outbox import now_iso, retry_forbidden
from ftbt_desktop.storage.pulled import (
    SERVER_ORIGIN,
    CheckedPage,
    PulledChange,
    ReadyChange,
    check_page,
)
from ftbt_desktop.storage.purge import purge_list, set_purge_list
from ftbt_desktop.storage.repository import (
    ChangeSet,
    Edit,
    Origin,
    Repository,
    Touched,
    hlc_time,
)
from ftbt_desktop.storage.sync_account import CURSOR_META

# Other laptops' sign-in names, as pulls said them (JSON: device id → name).
DEVICE_NAMES_META = "sync.device_names"
MAX_DEVICE_NAMES = 500


@dataclass(frozen=True, slots=True)
class Conflict:
    conflict_id: int
    family_id: str
    entity_type: str
    entity_id: str
    field: str
    local: Change
    remote: Change
    winner_change_id: str
    detected_at: str

    @property
    def local_wins(self) -> bool:
        return self.winner_change_id == self.local.change_id

    @property
    def local_when(self) -> dt.datetime:
        return hlc_time(self.local.hlc)

    @property
    def remote_when(self) -> dt.datetime:
        return hlc_time(self.remote.hlc)


@dataclass(frozen=True, slots=True)
class PulledPage:
    """One pull answer as the vault takes it (see `Inbox.apply_page` for each part)."""

    pulled: Sequence[PulledChange] | CheckedPage
    next_cursor: int
    revoked: Sequence[str] = ()
    readable: Sequence[str] | None = None
    device_names: Mapping[str, str] | None = None
    then: Callable[[PageResult], None] | None = None
    family_teams: Mapping[str, Sequence[str]] | None = None


@dataclass(slots=True)
class PageResult:
    # The changes written, as they were made ready (`applied` makes their `Change`s).
    written: tuple[ReadyChange, ...] = ()
    conflicts: int = 0
    echoed: int = 0  # our own changes the server sent back
    retried: int = 0  # refused changes of a family given back, waiting to be pushed again
    # Pulled changes whose value breaks its field's rule (kept by an older server):
    # skipped, so they never reach the state nor a later export.
    refused: int = 0
    conflict_families: dict[str, int] = field(default_factory=dict)  # new conflicts, by family

    def touched(self) -> set[Touched]:
        """The entities written (ChangeSet.touched), taken from the rows with no `Change`
        made: what the window is told of a pull."""
        return set(map(_TOUCHED, map(_VALUES, self.written)))

    @property
    def applied(self) -> ChangeSet:
        """The changes written, for the views and the notices; made on each call, so
        only for whoever asks (the window's listener; a command's sync: no one)."""
        return ChangeSet(tuple(item.change for item in self.written), origin=Origin.SYNC)


@dataclass(frozen=True, slots=True)
class _Span:
    """An open `Inbox.pull_span`: its connection, the local changes still in flight,
    the thread that opened it, and what cuts its batches short."""

    conn: sqlcipher.Connection
    in_flight: dict[tuple[str, str], list[Change]]
    thread: int
    cut: Callable[[], bool] | None = None


class Inbox:
    """Pulled pages, the conflicts they reveal and the names of other laptops."""

    def __init__(self, repo: Repository) -> None:
        self.repo = repo
        self.vault = repo.vault
        self._span: _Span | None = None

    def apply_page(
        self,
        pulled: Sequence[PulledChange] | CheckedPage,
        next_cursor: int,
        revoked: Sequence[str] = (),
        readable: Sequence[str] | None = None,
        device_names: Mapping[str, str] | None = None,
        then: Callable[[PageResult], None] | None = None,
        family_teams: Mapping[str, Sequence[str]] | None = None,
    ) -> PageResult:
        """Apply one pulled page and move the cursor past it, in one transaction.

        `then` runs inside that transaction once the page's result is known (the
        engine records the page's messages with it): written with the page or not at
        all. A transaction around the whole call would do the same at about a tenth
        more time per page, every write inside a savepoint (bench/sync_bench.py).

        `pulled` may come checked already (`pulled.check_page`, on the fetching
        thread). `readable` (the families the user may read now, when the server said) takes
        a family given back before it was purged off the purge list again; changes
        the server refused there as forbidden are then sent once more.
        `family_teams` (family id → team names, when the server said) is kept with
        the page (storage/family_teams.py); None, from an older server, keeps what
        is known.
        """
        page = PulledPage(pulled, next_cursor, revoked, readable, device_names, then, family_teams)
        return self.apply_pages([page])[0]

    def apply_pages(self, pages: Sequence[PulledPage]) -> list[PageResult]:
        """Apply pulled pages in order, each as `apply_page` would, in one transaction
        that ends with the last page's cursor. Inside a span with a `cut`, asked after
        each page but the last: once true, the pages after it are left unwritten, and
        the results (and the cursor) end with the last page written.

        Why several at once: each commit writes every page of the vault it touched,
        and the change log's indexes on random ids touch a new page for almost every
        row, so a commit per 2,000 changes rewrote most of those indexes fifty times
        per 100,000 changes. A new laptop's sync hands over the pages that arrived
        while the last batch was written (sync/engine.py); all or none of them, and
        their cursor, are kept.
        """
        span = self._span
        if span is not None and span.thread == threading.get_ident():
            return self._write_pages(span.conn, pages, span.in_flight, span.cut)
        with self.vault.transaction() as conn:
            return self._write_pages(conn, pages, _in_flight(conn))

    @contextlib.contextmanager
    def pull_span(
        self, first_load: bool = False, cut: Callable[[], bool] | None = None
    ) -> Iterator[None]:
        """One transaction for several batches of pulled pages: `apply_pages` calls
        made inside it, on the same thread, write into it rather than committing each,
        and everything written is committed with the last page's cursor when the block
        ends (or nothing is, when it raises). The sync keeps a span open while pages
        keep coming and nothing else wants the vault (sync/engine.py): applying
        100,000 changes in batches of 20,000 took 4.7-5.3 s committed each, 2.9-4.2 s
        in one (best of three each, interleaved).

        `first_load`: a new laptop's large first pull; the vault's read-only indexes are
        dropped until `finish_first_load` (storage/first_load.py).

        `cut`: asked after each page of a batch but its last (`apply_pages`). The sync
        asks whether the window waits for the vault: a batch of up to 20,000 changes
        kept an edit waiting for all of it (bench/sync_scale.py --window).
        """
        with self.vault.transaction() as conn:
            if first_load:
                first_load_module.begin(conn)
            self._span = _Span(conn, _in_flight(conn), threading.get_ident(), cut)
            try:
                yield
            finally:
                self._span = None

    def finish_first_load(self, stop: Callable[[], bool] | None = None) -> bool:
        """Build the indexes a first load dropped, in their own transaction; True when a
        load was under way (storage/first_load.py). Raises BuildStopped, with nothing
        of the build kept, once `stop` is true."""
        with self.vault.transaction() as conn:
            return first_load_module.finish(conn, stop)

    def _write_pages(
        self,
        conn: sqlcipher.Connection,
        pages: Sequence[PulledPage],
        in_flight: dict[tuple[str, str], list[Change]],
        cut: Callable[[], bool] | None = None,
    ) -> list[PageResult]:
        # Believed whole or not at all (DESIGN §9): a loose stamp (ClockError) or one
        # beyond the bound (StampAhead) refuses the pages before anything is written,
        # so the cursor stays and they come again once the clocks agree.
        checked = [
            p.pulled if isinstance(p.pulled, CheckedPage) else check_page(p.pulled) for p in pages
        ]
        for page in checked:
            if page.newest:
                self.repo.clock.check_remote(Hlc.decode(page.newest))
        results = []
        for number, (page, checked_page) in enumerate(zip(pages, checked, strict=True)):
            if number and cut is not None and cut():
                break
            result = self._write_page(conn, checked_page, in_flight)
            self._write_page_news(conn, page, result)
            if page.then is not None:
                page.then(result)
            results.append(result)
        # Each page names the teams of every family the user may read: only the last
        # page written that names them is kept (a supervisor's first sync would
        # otherwise write every family's teams again for each of hundreds of pages).
        named = [
            (page.family_teams, page.readable)
            for page in pages[: len(results)]
            if page.family_teams is not None
        ]
        if named:
            note_family_teams(conn, *named[-1])
        return results

    def _write_page(
        self,
        conn: sqlcipher.Connection,
        page: CheckedPage,
        in_flight: dict[tuple[str, str], list[Change]],
    ) -> PageResult:
        """The page's changes into the log and the state (inside a transaction)."""
        result = PageResult(refused=page.refused)
        # One statement for the page's rows, with the seqs given rather than taken one
        # insert at a time (a row per call cost a new laptop three quarters of its
        # sync). The rows above `base` afterwards are those inserted; a row that is
        # missing was here already: ours coming back, or pulled before.
        base = _next_seq_base(conn)
        conn.executemany(
            f"INSERT OR IGNORE INTO changes (seq, {CHANGE_COLUMNS}, origin, pushed, server_seq) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
            [
                (base + number, *item.values, SERVER_ORIGIN, item.seq)
                for number, item in enumerate(page.ready, start=1)
            ],
        )
        ready = page.ready
        (count,) = conn.execute("SELECT count(*) FROM changes WHERE seq > ?", (base,)).fetchone()
        if count == len(ready) and not in_flight:
            # Every row new, and nothing of this laptop's waiting for the server (a new
            # laptop's pages, most pulls): counted rather than read back, and taken by
            # column with no Python step per row. Reading the seqs back and stepping
            # through the rows took about 1 s of a first sync of a million changes in a
            # profile, on the thread that holds the vault.
            values = list(map(_VALUES, ready))
            state_rows = list(map(state_row_of_values, values))
            seqs = range(base + 1, base + 1 + count)
            noted: Iterable[tuple[int, bytes]] = zip(seqs, map(_SEAL_SUFFIX, ready), strict=True)
            newest = max(map(_HLC, values), default="")
            written = ready
        else:
            state_rows, noted, newest, written = _sort_rows(conn, base, ready, in_flight, result)
        # One call for the page's state: the merge rule is order-free.
        conn.executemany(STATE_UPSERT, state_rows)
        sealer = self.vault.sealer
        if sealer is not None:
            sealer.note_suffixes(noted)
        if newest:
            # Once for the page: the clock passes its newest stamp, and so all.
            self.repo.clock.receive(Hlc.decode(newest))
        result.written = tuple(written)
        return result

    def _write_page_news(
        self, conn: sqlcipher.Connection, page: PulledPage, result: PageResult
    ) -> None:
        """What the page's answer said besides its changes, and its cursor."""
        before = set(purge_list(self.vault))
        purge = before | set(page.revoked)
        if page.readable is not None:
            for family_id in sorted(purge & set(page.readable)):
                result.retried += retry_forbidden(conn, family_id)
            purge -= set(page.readable)
        set_purge_list(self.vault, purge, conn=conn)
        self.vault.set_meta(CURSOR_META, str(page.next_cursor), conn=conn)
        self.vault.set_meta("hlc", self.repo.clock.high_water.encode(), conn=conn)
        if page.device_names:
            self.note_device_names(page.device_names, conn=conn)

    def settle_unechoed(self) -> None:
        """After a complete pull: a pushed change that did not come back is settled anyway.

        A server that does not send a device its own changes would otherwise
        leave them in flight for ever, and every later edit of the field by
        someone else would look like a conflict.
        """
        with self.vault.transaction() as conn:
            conn.execute(UNECHOED_SETTLE, (SERVER_ORIGIN,))

    def device_names(self) -> dict[str, str]:
        """Device id → the name its user gave it at sign-in, as servers have said."""
        try:
            stored = json.loads(self.vault.get_meta(DEVICE_NAMES_META) or "{}")
        except ValueError:
            return {}
        if not isinstance(stored, dict):
            return {}
        return {k: v for k, v in stored.items() if isinstance(k, str) and isinstance(v, str)}

    def note_device_names(
        self, names: Mapping[str, str], conn: sqlcipher.Connection | None = None
    ) -> None:
        """Merge names a pull brought; the latest win, and only the MAX_DEVICE_NAMES
        most recently named devices are kept (a vault meets a few laptops, not thousands)."""
        known = self.device_names()
        for device_id, name in names.items():
            known.pop(device_id, None)  # re-added last: the most recently named
            known[device_id] = name
        kept = dict(list(known.items())[-MAX_DEVICE_NAMES:])
        self.vault.set_meta(DEVICE_NAMES_META, json.dumps(kept, ensure_ascii=False), conn=conn)

    def conflicts(self, family_id: str | None = None) -> list[Conflict]:
        """Open conflicts, oldest first."""
        sql = (
            "SELECT k.conflict_id, k.family_id, k.entity_type, k.entity_id, k.field, "
            f"k.winner_change_id, k.detected_at, {aliased_columns('l')}, {aliased_columns('r')} "
            "FROM sync_conflicts k "
            "JOIN changes l ON l.change_id = k.local_change_id "
            "JOIN changes r ON r.change_id = k.remote_change_id "
            "WHERE k.resolved_at IS NULL"
        )
        params: tuple[Any, ...] = ()
        if family_id is not None:
            sql += " AND k.family_id = ?"
            params = (family_id,)
        sql += " ORDER BY k.conflict_id"
        return [
            Conflict(
                conflict_id=int(row[0]),
                family_id=row[1],
                entity_type=row[2],
                entity_id=row[3],
                field=row[4],
                winner_change_id=row[5],
                detected_at=row[6],
                local=row_to_change(row[7:16]),
                remote=row_to_change(row[16:25]),
            )
            for row in self.vault.execute(sql, params)
        ]

    def conflict_count(self, family_id: str | None = None) -> int:
        sql = "SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL"
        params: tuple[Any, ...] = ()
        if family_id is not None:
            sql += " AND family_id = ?"
            params = (family_id,)
        return int(self.vault.execute(sql, params)[0][0])

    def family_marks(self) -> dict[str, tuple[int, int]]:
        """Per family with any: (open conflicts, refused changes still recorded), for the
        family list's marker. Families with neither are left out."""
        marks: dict[str, list[int]] = {}
        for column, sql in (
            (0, "SELECT family_id, count(*) FROM sync_conflicts WHERE resolved_at IS NULL"),
            (1, "SELECT family_id, count(*) FROM sync_rejections"),
        ):
            for family_id, count in self.vault.execute(sql + " GROUP BY family_id"):
                marks.setdefault(str(family_id), [0, 0])[column] = int(count)
        return {family_id: (pair[0], pair[1]) for family_id, pair in marks.items()}

    def resolve(self, conflict_id: int, keep_change_id: str) -> ChangeSet:
        """Keep one of the two values: written as a new local change, so it wins
        everywhere; the other value stays in history."""
        # One transaction: the kept value is never written without the mark (a
        # conflict asked again), and a conflict resolved meanwhile is not resolved twice.
        with self.vault.transaction() as conn:
            found = [c for c in self.conflicts() if c.conflict_id == conflict_id]
            if not found:
                raise NotFound(str(conflict_id))
            conflict = found[0]
            if keep_change_id not in (conflict.local.change_id, conflict.remote.change_id):
                raise ValueError("keep_change_id must be one of the conflict's two changes")
            kept = conflict.local if keep_change_id == conflict.local.change_id else conflict.remote
            written = self.repo.write(
                [Edit(kept.entity_type, kept.entity_id, kept.family_id, kept.field, kept.value)]
            )
            conn.execute(
                "UPDATE sync_conflicts SET resolved_at = ?, resolution_change_id = ? "
                "WHERE conflict_id = ?",
                (now_iso(), written.changes[0].change_id, conflict_id),
            )
        return written


# A ReadyChange's columns and seal text; a column's stamp (CHANGE_COLUMNS).
_VALUES = operator.itemgetter(1)
_SEAL_SUFFIX = operator.itemgetter(2)
_HLC = operator.itemgetter(6)
# A change's columns as ChangeSet.touched takes them: (family id, entity type, entity id).
_TOUCHED = operator.itemgetter(3, 1, 2)


def _sort_rows(
    conn: sqlcipher.Connection,
    base: int,
    ready: Sequence[ReadyChange],
    in_flight: dict[tuple[str, str], list[Change]],
    result: PageResult,
) -> tuple[list[tuple[Any, ...]], list[tuple[int, bytes]], str, list[ReadyChange]]:
    """A page some of whose rows were here already, or that meets this laptop's changes
    in flight, row by row: (its state rows, (seq, seal text less the seq) of each row
    written, its newest stamp, the rows written). Echoes and conflicts go into `result`.
    The rows above `base` are those just inserted; a row that is missing was here
    already: ours coming back, or pulled before."""
    inserted = {row[0] for row in conn.execute("SELECT seq FROM changes WHERE seq > ?", (base,))}
    state_rows: list[tuple[Any, ...]] = []
    noted: list[tuple[int, bytes]] = []
    written: list[ReadyChange] = []
    newest = ""
    # By column (CHANGE_COLUMNS): a `Change` is made only where one is needed.
    for number, item in enumerate(ready, start=1):
        values = item.values
        seq = base + number
        if seq not in inserted:
            # Ours (or already pulled): the server holds it, so it is pushed
            # and settled; nothing changes in the state.
            echoed = conn.execute(
                "UPDATE changes SET server_seq = ?, pushed = 1 "
                "WHERE change_id = ? AND server_seq IS NULL",
                (item.seq, values[0]),
            ).rowcount
            if echoed:
                result.echoed += 1
                _settle(in_flight, item.change)
            continue
        noted.append((seq, item.seal_suffix))
        local = in_flight.get((values[2], values[4])) if in_flight else None
        if local is not None and local[-1].value != item.value:
            _record_conflict(conn, local[-1], item.change)
            result.conflicts += 1
            families = result.conflict_families
            families[values[3]] = families.get(values[3], 0) + 1
        state_rows.append(state_row_of_values(values))
        if values[6] > newest:
            newest = values[6]
        written.append(item)
    return state_rows, noted, newest, written


def _next_seq_base(conn: sqlcipher.Connection) -> int:
    """The highest seq the log has ever given (AUTOINCREMENT's own record, which a
    purge of the newest rows does not lower), so the seqs given after it are new."""
    top = conn.execute("SELECT coalesce(max(seq), 0) FROM changes").fetchone()[0]
    given = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'changes'").fetchone()
    return max(int(top), int(given[0]) if given else 0)


# Both by the index `changes_in_flight` (storage/schema.py m007), whose condition they
# state: at every sync, however many changes the vault holds.
IN_FLIGHT = (
    f"SELECT {CHANGE_COLUMNS} FROM changes "
    "WHERE origin != ? AND server_seq IS NULL AND pushed >= 0 "
    "ORDER BY hlc, device_id, change_id"
)
UNECHOED_SETTLE = (
    "UPDATE changes SET server_seq = 0 WHERE pushed = 1 AND origin != ? AND server_seq IS NULL"
)


def _in_flight(conn: sqlcipher.Connection) -> dict[tuple[str, str], list[Change]]:
    """Local changes the pull stream has not yet returned, by field, oldest first."""
    rows = conn.execute(IN_FLIGHT, (SERVER_ORIGIN,)).fetchall()
    found: dict[tuple[str, str], list[Change]] = {}
    for row in rows:
        change = row_to_change(row)
        found.setdefault((change.entity_id, change.field), []).append(change)
    return found


def _settle(in_flight: dict[tuple[str, str], list[Change]], change: Change) -> None:
    key = (change.entity_id, change.field)
    remaining = [c for c in in_flight.get(key, []) if c.change_id != change.change_id]
    if remaining:
        in_flight[key] = remaining
    else:
        in_flight.pop(key, None)


def _record_conflict(conn: sqlcipher.Connection, local: Change, remote: Change) -> None:
    winner = remote if remote.order_key > local.order_key else local
    open_row = conn.execute(
        "SELECT conflict_id FROM sync_conflicts "
        "WHERE entity_id = ? AND field = ? AND resolved_at IS NULL",
        (local.entity_id, local.field),
    ).fetchone()
    if open_row is not None:
        # One notice per field: the newest remote value replaces the older one
        # there (which stays in history).
        conn.execute(
            "UPDATE sync_conflicts SET local_change_id = ?, remote_change_id = ?, "
            "winner_change_id = ?, detected_at = ? WHERE conflict_id = ?",
            (local.change_id, remote.change_id, winner.change_id, now_iso(), open_row[0]),
        )
        return
    conn.execute(
        "INSERT INTO sync_conflicts (family_id, entity_type, entity_id, field, "
        "local_change_id, remote_change_id, winner_change_id, detected_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            local.family_id,
            local.entity_type,
            local.entity_id,
            local.field,
            local.change_id,
            remote.change_id,
            winner.change_id,
            now_iso(),
        ),
    )
