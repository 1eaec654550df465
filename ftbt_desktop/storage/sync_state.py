"""What the vault knows about sync: the account, the cursor, pending changes,
rejections, conflicts and families to purge. No network here (see `sync/`).

The rules that make a sync safe to kill at any point live here:
- a local change stays pending (`changes.pushed = 0`) until the server has
  answered that it accepted it;
- a pulled page and the cursor after it are written in one transaction, and
  pulled changes are idempotent by change id, so a page is never applied twice
  and never skipped;
- a local change counts as "in flight" until it comes back in a pull with the
  server's sequence number. A pulled change for a field with an in-flight local
  change of a different value was made without knowing it: that is a conflict,
  recorded with both changes, whichever the merge rule lets win. Exactly one of
  the two devices sees it (the one whose change reached the server later).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from ftbt_desktop.core.changes import Change
from ftbt_desktop.core.clock import Hlc
from ftbt_desktop.storage.errors import NotFound, VaultError
from ftbt_desktop.storage.integrity import suffix_tag
from ftbt_desktop.storage.merge import (
    CHANGE_COLUMNS,
    PENDING,
    PUSHED,
    REFUSED,
    STATE_UPSERT,
    aliased_columns,
    recompute_field,
    row_to_change,
    state_row,
)
from ftbt_desktop.storage.pulled import (
    SERVER_ORIGIN,
    CheckedPage,
    PulledChange,
    check_page,
)
from ftbt_desktop.storage.repository import ChangeSet, Edit, Repository, hlc_time

# Other laptops' sign-in names, as pulls said them (JSON: device id → name).
DEVICE_NAMES_META = "sync.device_names"
MAX_DEVICE_NAMES = 500
# Demo families never leave this computer: every new vault gets its own invented
# families, which would otherwise reach the central store once per laptop (and
# every supervisor's list). Their changes are never pending, never pushed.
LOCAL_ONLY_FAMILIES = (
    "SELECT family_id FROM state "
    "WHERE entity_type = 'family' AND field = 'is_demo' AND value = 'true'"
)

_ACCOUNT_KEYS = (
    "server_url",
    "username",
    "user_id",
    "role",
    "token",
    "expires_at",
    "device_name",
)


class PendingChangesLeft(VaultError):
    """A family still has changes the server has not accepted, so it cannot be purged yet."""


class RefusedChangesLeft(VaultError):
    """A family holds changes the server refused: purging it would lose them for good.

    Purged only once the coordinator has let them go (`purge_family(..., discard_refused=True)`).
    """


@dataclass(frozen=True, slots=True)
class Account:
    """Who this vault syncs as. The token never leaves the vault except to the server."""

    server_url: str
    username: str
    user_id: str = ""
    role: str = ""
    token: str = ""
    expires_at: str = ""  # ISO-8601 UTC
    device_name: str = ""

    @property
    def signed_in(self) -> bool:
        return bool(self.token)

    def expired(self, now: dt.datetime | None = None) -> bool:
        if not self.expires_at:
            return False
        try:
            expires = dt.datetime.fromisoformat(self.expires_at.replace("Z", "+00:00"))
        except ValueError:
            return True
        if expires.tzinfo is None:
            expires = expires.replace(tzinfo=dt.UTC)
        return (now or dt.datetime.now(dt.UTC)) >= expires


@dataclass(frozen=True, slots=True)
class Rejection:
    change: Change
    reason: str  # forbidden | read_only | invalid | …, as the server said
    message: str  # the server's English detail, for support
    rejected_at: str


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


@dataclass(slots=True)
class PageResult:
    applied: ChangeSet = field(default_factory=ChangeSet)
    conflicts: int = 0
    echoed: int = 0  # our own changes the server sent back
    retried: int = 0  # refused changes of a family given back, waiting to be pushed again
    # Pulled changes whose value breaks its field's rule (kept by an older server):
    # skipped, so they never reach the state nor a later export.
    refused: int = 0
    conflict_families: dict[str, int] = field(default_factory=dict)  # new conflicts, by family


@dataclass(frozen=True, slots=True)
class PurgedFamily:
    family_id: str
    name: str
    sent: int = 0  # changes of it pushed by the sync that purged it (said only when some were)


@dataclass(frozen=True, slots=True)
class HeldFamily:
    """A family no longer ours, kept because the server refused changes made in it.

    Typically edits made offline after the family was reassigned: they exist only
    on this computer, so the family stays until the coordinator has passed them on
    (or decided they are not needed) and lets it go.
    """

    family_id: str
    name: str
    refused: tuple[Rejection, ...]


class SyncState:
    """Sync bookkeeping over one vault, using the repository's clock and merge."""

    def __init__(self, repo: Repository) -> None:
        self.repo = repo
        self.vault = repo.vault

    # -- account -----------------------------------------------------------

    def account(self) -> Account | None:
        values = {key: self.vault.get_meta(f"sync.{key}") or "" for key in _ACCOUNT_KEYS}
        if not values["server_url"]:
            return None
        return Account(**values)

    def save_account(self, account: Account) -> None:
        """Store a sign-in. Another server or user starts the pull from the beginning."""
        previous = self.account()
        # Before the first sign-in, edits are stamped with this computer's login
        # name as a stand-in. Those never sent take the name the coordinator is
        # known by everywhere else, so History and the supervisor show one person.
        stand_in = None if self.vault.get_meta("user_name") else self.repo.user_id
        with self.vault.transaction() as conn:
            if previous is None or (previous.server_url, previous.username) != (
                account.server_url,
                account.username,
            ):
                self.vault.set_meta("sync.cursor", "0", conn=conn)
            for key in _ACCOUNT_KEYS:
                self.vault.set_meta(f"sync.{key}", getattr(account, key), conn=conn)
            if stand_in and account.username and stand_in != account.username:
                self.vault.log_rewritten()  # the author is sealed with each change
                conn.execute(
                    "UPDATE changes SET user_id = ? "
                    "WHERE user_id = ? AND pushed != ? AND origin != ?",
                    (account.username, stand_in, PUSHED, SERVER_ORIGIN),
                )
        self.repo.set_user_name(account.username)

    def forget_token(self) -> None:
        """Signed out (or the server refused the token); server and username stay for next time."""
        with self.vault.transaction() as conn:
            self.vault.set_meta("sync.token", "", conn=conn)
            self.vault.set_meta("sync.expires_at", "", conn=conn)

    def cursor(self) -> int:
        return int(self.vault.get_meta("sync.cursor") or 0)

    def last_sync(self) -> dt.datetime | None:
        text = self.vault.get_meta("sync.last_sync_at")
        return dt.datetime.fromisoformat(text) if text else None

    def set_last_sync(self, when: dt.datetime | None = None) -> None:
        self.vault.set_meta("sync.last_sync_at", (when or dt.datetime.now(dt.UTC)).isoformat())

    # -- pending -----------------------------------------------------------

    def local_only_families(self) -> set[str]:
        """Families that never leave this laptop (demo families): the server never knows them."""
        return {str(row[0]) for row in self.vault.execute(LOCAL_ONLY_FAMILIES)}

    def families_on_server(self, family_ids: Sequence[str]) -> set[str]:
        """Those of `family_ids` the server holds something of (a change pushed or pulled)."""
        wanted = sorted(set(family_ids))
        found: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            rows = self.vault.execute(
                f"SELECT DISTINCT family_id FROM changes WHERE pushed = 1 "
                f"AND family_id IN ({marks})",
                tuple(chunk),
            )
            found.update(str(row[0]) for row in rows)
        return found

    def pending_count(self, family_id: str | None = None) -> int:
        sql = (
            "SELECT count(*) FROM changes WHERE pushed = 0 AND origin != ? "
            f"AND family_id NOT IN ({LOCAL_ONLY_FAMILIES})"
        )
        params: tuple[Any, ...] = (SERVER_ORIGIN,)
        if family_id is not None:
            sql += " AND family_id = ?"
            params += (family_id,)
        return int(self.vault.execute(sql, params)[0][0])

    def pending_batch(
        self, after_seq: int, limit: int, family_id: str | None = None
    ) -> list[tuple[int, Change]]:
        """Pending changes (of one family, or all) in the order they were written,
        after a local sequence number."""
        family = "" if family_id is None else "AND family_id = ? "
        params: tuple[Any, ...] = (SERVER_ORIGIN, after_seq)
        if family_id is not None:
            params += (family_id,)
        rows = self.vault.execute(
            f"SELECT seq, {CHANGE_COLUMNS} FROM changes "
            f"WHERE pushed = 0 AND origin != ? AND seq > ? {family}"
            f"AND family_id NOT IN ({LOCAL_ONLY_FAMILIES}) ORDER BY seq LIMIT ?",
            (*params, limit),
        )
        return [(int(row[0]), row_to_change(row[1:])) for row in rows]

    def mark_pushed(self, change_ids: Iterable[str]) -> int:
        """The server answered that it holds these changes."""
        ids = list(change_ids)
        with self.vault.transaction() as conn:
            for chunk in _chunks(ids, 500):
                marks = ",".join("?" * len(chunk))
                conn.execute(
                    f"UPDATE changes SET pushed = 1 WHERE change_id IN ({marks})", tuple(chunk)
                )
        return len(ids)

    def record_rejections(self, refused: Sequence[tuple[str, str, str]]) -> list[Rejection]:
        """(change_id, reason, message) the server refused for good.

        The change stays in the log (history shows it) but no longer counts for
        the current state, which falls back to the best change the server has,
        so this vault shows what everyone else sees.
        """
        now = _now_iso()
        with self.vault.transaction() as conn:
            for change_id, reason, message in refused:
                row = conn.execute(
                    "SELECT family_id, entity_id, field FROM changes WHERE change_id = ?",
                    (change_id,),
                ).fetchone()
                if row is None:
                    continue
                conn.execute("UPDATE changes SET pushed = -1 WHERE change_id = ?", (change_id,))
                conn.execute(
                    "INSERT OR REPLACE INTO sync_rejections "
                    "(change_id, family_id, reason, message, rejected_at) VALUES (?, ?, ?, ?, ?)",
                    (change_id, row[0], reason, message, now),
                )
                recompute_field(conn, row[1], row[2])
        ids = [r[0] for r in refused]
        return [r for r in self.rejections() if r.change.change_id in ids]

    def rejections(self, family_id: str | None = None) -> list[Rejection]:
        sql = (
            f"SELECT {aliased_columns('c')}, r.reason, r.message, r.rejected_at "
            "FROM sync_rejections r JOIN changes c ON c.change_id = r.change_id"
        )
        params: tuple[Any, ...] = ()
        if family_id is not None:
            sql += " WHERE r.family_id = ?"
            params = (family_id,)
        sql += " ORDER BY r.rejected_at, c.seq"
        return [
            Rejection(row_to_change(row[:9]), row[9], row[10], row[11])
            for row in self.vault.execute(sql, params)
        ]

    def dismiss_rejection(self, change_id: str) -> None:
        """The coordinator has seen it; the refused change itself stays in history."""
        with self.vault.transaction() as conn:
            conn.execute("DELETE FROM sync_rejections WHERE change_id = ?", (change_id,))

    # -- pull --------------------------------------------------------------

    def apply_page(
        self,
        pulled: Sequence[PulledChange] | CheckedPage,
        next_cursor: int,
        revoked: Sequence[str] = (),
        readable: Sequence[str] | None = None,
        device_names: Mapping[str, str] | None = None,
        then: Callable[[PageResult], None] | None = None,
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
        """
        result = PageResult()
        applied: list[Change] = []
        # Believed whole or not at all (DESIGN §9): a loose stamp (ClockError) or one
        # beyond the bound (StampAhead) refuses the page before anything is written, so
        # the cursor stays and the page comes again once the clocks agree.
        page = pulled if isinstance(pulled, CheckedPage) else check_page(pulled)
        if page.newest:
            self.repo.clock.check_remote(Hlc.decode(page.newest))
        result.refused = page.refused
        newest = ""
        sealer = self.vault.sealer
        with self.vault.transaction() as conn:
            in_flight = _in_flight(conn)
            state_rows: list[tuple[Any, ...]] = []
            for item in page.ready:
                change = item.change
                cursor = conn.execute(
                    f"INSERT OR IGNORE INTO changes ({CHANGE_COLUMNS}, origin, pushed, server_seq) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
                    (*item.values, SERVER_ORIGIN, item.seq),
                )
                if not cursor.rowcount:
                    # Ours (or already pulled): the server holds it, so it is pushed
                    # and settled; nothing changes in the state.
                    echoed = conn.execute(
                        "UPDATE changes SET server_seq = ?, pushed = 1 "
                        "WHERE change_id = ? AND server_seq IS NULL",
                        (item.seq, change.change_id),
                    ).rowcount
                    if echoed:
                        result.echoed += 1
                        _settle(in_flight, change)
                    continue
                if sealer is not None:
                    seq = cursor.lastrowid
                    sealer.note_row(seq, suffix_tag(sealer.key, seq, item.seal_suffix))
                local = in_flight.get((change.entity_id, change.field))
                if local is not None and local[-1].value != change.value:
                    _record_conflict(conn, local[-1], change)
                    result.conflicts += 1
                    families = result.conflict_families
                    families[change.family_id] = families.get(change.family_id, 0) + 1
                # values[5] is the value as JSON text (CHANGE_COLUMNS order).
                state_rows.append(state_row(change, item.values[5]))
                newest = max(newest, change.hlc)
                applied.append(change)
            # One call for the page's state: the merge rule is order-free.
            conn.executemany(STATE_UPSERT, state_rows)
            if newest:
                # Once for the page: the clock passes its newest stamp, and so all.
                self.repo.clock.receive(Hlc.decode(newest))
            before = set(json.loads(self.vault.get_meta("sync.purge") or "[]"))
            purge = before | set(revoked)
            if readable is not None:
                for family_id in sorted(purge & set(readable)):
                    result.retried += _retry_forbidden(conn, family_id)
                purge -= set(readable)
            self.vault.set_meta("sync.purge", json.dumps(sorted(purge)), conn=conn)
            self.vault.set_meta("sync.cursor", str(next_cursor), conn=conn)
            self.vault.set_meta("hlc", self.repo.clock.high_water.encode(), conn=conn)
            if device_names:
                self.note_device_names(device_names, conn=conn)
            result.applied = ChangeSet(tuple(applied))
            if then is not None:
                then(result)
        return result

    def settle_unechoed(self) -> None:
        """After a complete pull: a pushed change that did not come back is settled anyway.

        A server that does not send a device its own changes would otherwise
        leave them in flight for ever, and every later edit of the field by
        someone else would look like a conflict.
        """
        with self.vault.transaction() as conn:
            conn.execute(
                "UPDATE changes SET server_seq = 0 "
                "WHERE pushed = 1 AND origin != ? AND server_seq IS NULL",
                (SERVER_ORIGIN,),
            )

    # -- other laptops' names ----------------------------------------------

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

    # -- conflicts ---------------------------------------------------------

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
                (_now_iso(), written.changes[0].change_id, conflict_id),
            )
        return written

    # -- revoked families --------------------------------------------------

    def families_to_purge(self) -> list[str]:
        return sorted(json.loads(self.vault.get_meta("sync.purge") or "[]"))

    def refused(self, family_id: str) -> list[Rejection]:
        """Every change of a family the server refused, with its reason when still recorded
        (a dismissed rejection keeps its change, but not the server's words)."""
        rows = self.vault.execute(
            f"SELECT {aliased_columns('c')}, r.reason, r.message, r.rejected_at "
            "FROM changes c LEFT JOIN sync_rejections r ON r.change_id = c.change_id "
            "WHERE c.family_id = ? AND c.pushed = ? ORDER BY c.seq",
            (family_id, REFUSED),
        )
        return [
            Rejection(row_to_change(row[:9]), row[9] or "", row[10] or "", row[11] or "")
            for row in rows
        ]

    def held_families(self) -> list[HeldFamily]:
        """Families to purge that are kept because they hold refused changes."""
        held = []
        for family_id in self.families_to_purge():
            refused = self.refused(family_id)
            if refused:
                held.append(HeldFamily(family_id, self._family_name(family_id), tuple(refused)))
        return held

    def held_family(self, family_id: str) -> HeldFamily | None:
        return next((h for h in self.held_families() if h.family_id == family_id), None)

    def held_told(self) -> set[str]:
        """Held families the coordinator has already been told about."""
        return set(json.loads(self.vault.get_meta("sync.held_told") or "[]"))

    def set_held_told(self, family_ids: Iterable[str]) -> None:
        self.vault.set_meta("sync.held_told", json.dumps(sorted(set(family_ids))))

    def purge_family(
        self, family_id: str, discard_refused: bool = False, erase: bool = False
    ) -> PurgedFamily | None:
        """Remove every row of a family no longer ours.

        Refused while changes are pending, and while the server has refused changes
        of it, unless the coordinator has chosen to let those go (`discard_refused`):
        they exist nowhere else. None when the vault held nothing of it (already
        purged, or never pulled). `erase`: an erasure order (sync/engine.py `_erase`)
        removes it whatever it still holds, unsent edits included.
        """
        # The checks inside the delete's transaction: it holds the vault from here,
        # so an edit of the family made meanwhile (the window, another process)
        # is either seen here or written after the purge, never deleted unpushed.
        with self.vault.transaction() as conn:
            if not erase and self.pending_count(family_id):
                raise PendingChangesLeft(family_id)
            if not (discard_refused or erase) and self.refused(family_id):
                raise RefusedChangesLeft(family_id)
            name = self._family_name(family_id)
            held = conn.execute(
                "SELECT 1 FROM changes WHERE family_id = ? LIMIT 1", (family_id,)
            ).fetchone()
            self.vault.log_rewritten()  # the seal is computed afresh without the family
            # Its unread messages too: a removal is recorded after this, by the sync.
            for table in ("state", "changes", "sync_conflicts", "sync_rejections", "notices"):
                conn.execute(f"DELETE FROM {table} WHERE family_id = ?", (family_id,))
            purge = set(json.loads(self.vault.get_meta("sync.purge") or "[]")) - {family_id}
            self.vault.set_meta("sync.purge", json.dumps(sorted(purge)), conn=conn)
            told = self.held_told() - {family_id}
            self.vault.set_meta("sync.held_told", json.dumps(sorted(told)), conn=conn)
        return PurgedFamily(family_id, name) if held else None

    def release_family(self, family_id: str) -> PurgedFamily | None:
        """The coordinator lets a held family go, refused changes and all.

        Only a family the server no longer lets this user read: a family of ours is
        never removed this way.
        """
        with self.vault.transaction():
            if family_id not in self.families_to_purge():
                raise NotFound(family_id)
            return self.purge_family(family_id, discard_refused=True)

    def _family_name(self, family_id: str) -> str:
        rows = self.vault.execute(
            "SELECT value FROM state WHERE entity_id = ? AND field = 'name'", (family_id,)
        )
        if rows:
            value = json.loads(rows[0][0])
            if isinstance(value, str):
                return value
        return ""


def _now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


def _chunks(items: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _in_flight(conn: sqlcipher.Connection) -> dict[tuple[str, str], list[Change]]:
    """Local changes the pull stream has not yet returned, by field, oldest first."""
    rows = conn.execute(
        f"SELECT {CHANGE_COLUMNS} FROM changes "
        "WHERE origin != ? AND server_seq IS NULL AND pushed >= 0 "
        "ORDER BY hlc, device_id, change_id",
        (SERVER_ORIGIN,),
    ).fetchall()
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
            (local.change_id, remote.change_id, winner.change_id, _now_iso(), open_row[0]),
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
            _now_iso(),
        ),
    )


def _retry_forbidden(conn: sqlcipher.Connection, family_id: str) -> int:
    """A family given back: changes refused there as forbidden wait to be pushed again."""
    rows = conn.execute(
        "SELECT c.change_id, c.entity_id, c.field FROM changes c "
        "JOIN sync_rejections r ON r.change_id = c.change_id "
        "WHERE c.family_id = ? AND c.pushed = ? AND r.reason = 'forbidden'",
        (family_id, REFUSED),
    ).fetchall()
    for change_id, entity_id, field_name in rows:
        conn.execute("UPDATE changes SET pushed = ? WHERE change_id = ?", (PENDING, change_id))
        conn.execute("DELETE FROM sync_rejections WHERE change_id = ?", (change_id,))
        recompute_field(conn, entity_id, field_name)
    return len(rows)
