"""Tamper evidence beyond the page: the change log and the state, sealed as a whole.

Why. SQLCipher authenticates every page with an HMAC, but the HMAC covers the
page's bytes and number only: an older copy of a page of the same file, made
under the same key, verifies as well as the current one. Putting back one old
page (or the whole old `vault.db`) therefore passed every page check and the
vault silently showed older data. This module makes the log and the current
state answer for themselves as a whole.

The seal. Every row of `changes` has a tag
    t = HMAC-SHA256(k_seal, canonical(row))
over its immutable columns (seq, change_id, entity type and id, family, field,
value, hlc, device, user, origin). The vault's *seal* is
    (seq = the highest seq sealed, count = number of rows, digest = Σ t mod 2^256)
The sum is a keyed multiset hash (Bellare–Micciancio's AdHash with a secret
key): it is incremental (a new row adds its tag, a purged family subtracts
nothing special — the seal is recomputed), independent of the order the rows
are read in, and without `k_seal` nobody can produce a digest for rows of
their choosing. Because `seq` is in each tag, a row cannot move either.
`k_seal = HKDF-SHA256(data key, info="ftbt vault log seal v1")`, so whoever
can open the vault can seal it, and nobody else; a re-key (new data key) must
call `reseal(vault)`.

Where it lives. Two places:
- inside the database, `meta['integrity.seal']`: the current seal and its
  *anchor* (the latest seal the sidecar is known to accept durably), updated
  in the same transaction as the rows; the cheap copy to compare;
- outside the pages it covers, in the sidecar file `vault.seal` beside the
  database: the accepted seals and an HMAC over them under `k_seal`.
The in-database copy alone proves nothing against replay (an old page of
`meta` is as valid as the current one); the sidecar is what an old copy of
the database cannot bring back with it.

Order of writes (crash safety). The sidecar has two fixed-size slots, each
with a counter and its own MAC, written in turn in place and synced (one
data sync, no rename); the newest whole slot is the one read, so a crash
that tears the slot being written leaves the other, synced earlier.
- While the vault is open, a commit that adds or rewrites changes first
  (at most every `SIDECAR_EVERY_S` = 2 s, and for every rewrite) writes and
  syncs a slot accepting [anchor, new seal], then commits the new seal with
  that anchor. Other commits record the new seal with the old anchor and
  leave the file alone: the database is then ahead of the file, and its
  anchor, which the file accepts, vouches for it.
- At lock (`Vault.close`) and at unlock, `Sealer.settle` writes a slot
  accepting [anchor, current], commits anchor = current, then writes a slot
  accepting only the current seal. At rest the file accepts exactly the
  database's state.
- Whatever the moment of a crash, the newest whole slot accepts the seal or
  the anchor the database holds, so a crash is never reported as tampering.
Syncing a slot before every commit made each user action wait for two disk
syncs instead of one (2.2x the time of a write without the seal, against
about 1.1x now: bench/vault_bench.py, section 4).

What is checked.
- Unlock (cheap: two small reads and one count): the sidecar's MAC; the
  database's seal or its anchor is one the sidecar accepts; `count(*)` and
  `max(seq)` of the log equal the seal's. After a clean lock a whole
  `vault.db` put back from before the last write fails here.
- `ftbt-desktop check` and `Vault.check` (full): SQLite's own
  `integrity_check` (every index agrees with its table, b-trees whole), the
  digest recomputed over every row, and the current state recomputed from the
  log by the repository's merge rule — for each (entity, field) the change
  with the greatest (hlc, device_id, change_id) among those the server has
  not refused (`pushed >= 0`), which is how `_apply_to_state`,
  `record_rejections` and `_retry_forbidden` keep it; purged families leave
  neither rows nor state. Any difference is `VaultDamaged` naming "change
  history" or "current data".

First seal. A vault made by an earlier version has neither the meta entry
nor the sidecar: the first unlock seals what is there, trusting it (nothing
older exists to compare with). A vault whose database has a seal but whose
sidecar is gone, or the other way round, is reported damaged, so deleting
the sidecar does not buy a fresh first seal. Restoring a backup seals the
restored copy (the coordinator chose it; its pages were checked first).

What remains undetectable offline.
- Putting back the database *and* the sidecar together (an old copy of the
  whole folder, or an old disk image): both are genuine, only older. The
  server notices at the next sync (it knows the last change this device
  pushed, see `sync/rollback.py`) and the changes are pulled back.
- After a crash (no clean lock), rolling the database back within the
  writes of the last ~2 s before it: those states share the anchor the
  sidecar accepts. The next unlock settles the file, closing this window.
- Destroying the newest slot of the sidecar makes the older slot count
  (it reads as a torn write), which also accepts the anchor before the
  lock: that lets the database be rolled back among the states sharing that
  anchor, i.e. the writes made within ~2 s after the file's last update.
- An older sidecar together with a database within its anchor's reach: the
  same as an old copy of both (needs file access at that earlier time).
- Columns that change after a row is written and are not sealed:
  `pushed` and `server_seq` (sync bookkeeping; a wrong value makes the next
  sync send a change again or take it as in flight), and the tables
  `sync_conflicts`, `sync_rejections`, `export_audit`, `notices`, `family_teams` and
  `meta` other than the seal. `pushed` does feed the state check (refused changes do not
  count), so an old `pushed` flag that changes what is shown is found.
- Anyone who has the data key (the passphrase or the recovery key) can
  forge any of it: this is evidence against changes made without the key.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as sqlcipher
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ftbt_desktop.storage import keys
from ftbt_desktop.storage.errors import VaultDamaged
from ftbt_desktop.storage.seal_text import CANONICAL

if TYPE_CHECKING:
    from ftbt_desktop.storage.vault import Vault

SEAL_NAME = "vault.seal"
SEAL_FORMAT = "ftbt-vault-seal"
META_KEY = "integrity.seal"
MODULUS = 1 << 256
# The columns that never change once a row is written, in a fixed order.
SEALED_COLUMNS = (
    "seq, change_id, entity_type, entity_id, family_id, field, value, hlc, device_id, "
    "user_id, origin"
)
HISTORY, CURRENT = "change history", "current data"


@dataclass(frozen=True, slots=True)
class Seal:
    seq: int
    count: int
    digest: int

    def to_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "count": self.count, "digest": f"{self.digest:064x}"}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Seal:
        return cls(int(data["seq"]), int(data["count"]), int(str(data["digest"]), 16))

    def text(self) -> str:
        return json.dumps(self.to_json(), sort_keys=True, separators=(",", ":"))


EMPTY = Seal(0, 0, 0)


def seal_key(data_key: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"ftbt vault log seal v1"
    ).derive(data_key)


def sidecar_path(db_path: Path) -> Path:
    return db_path.with_name(SEAL_NAME)


def row_tag(key: bytes, row: tuple[Any, ...]) -> int:
    canonical = CANONICAL.encode(list(row)).encode("utf-8")
    return int.from_bytes(hmac.digest(key, canonical, hashlib.sha256), "big")


def suffix_tag(key: bytes, seq: int, suffix: bytes) -> int:
    """`row_tag` of (seq, *rest) from `seal_text.row_suffix(rest)`: the same bytes, so the
    same tag."""
    canonical = b"[" + str(seq).encode("ascii") + b"," + suffix
    return int.from_bytes(hmac.digest(key, canonical, hashlib.sha256), "big")


class RowTags:
    """`row_tag` and `suffix_tag` under one key: the same HMAC-SHA256, keyed once and
    copied per row (as the hmac module's documentation suggests for messages that
    share a start). `hmac.digest` sets up OpenSSL's HMAC for its key on every call,
    which was most of a row's tag: 1.7 against 2.5 microseconds per pulled row, on the
    thread that writes the vault (2.5 s of a first sync of a million changes).

    Holds the key in its HMAC state: kept only by what holds the key itself (a
    Sealer, a `compute`), and gone with it."""

    __slots__ = ("_keyed",)

    def __init__(self, key: bytes) -> None:
        self._keyed = hmac.new(key, digestmod=hashlib.sha256)

    def _tag(self, canonical: bytes) -> int:
        mac = self._keyed.copy()
        mac.update(canonical)
        return int.from_bytes(mac.digest(), "big")

    def row(self, row: tuple[Any, ...]) -> int:
        """`row_tag(key, row)`."""
        return self._tag(CANONICAL.encode(list(row)).encode("utf-8"))

    def suffix(self, seq: int, suffix: bytes) -> int:
        """`suffix_tag(key, seq, suffix)`."""
        return self._tag(b"[%d," % seq + suffix)

    def suffixes(self, rows: Iterable[tuple[int, bytes]]) -> tuple[int, int, int]:
        """(the sum of `suffix(seq, suffix)` over `rows` modulo MODULUS, how many rows,
        the highest seq or 0). One loop for a pulled page: four calls per row, on the
        thread that writes the vault, cost a first sync of a million changes 5 s."""
        keyed = self._keyed
        total = count = top = 0
        for seq, suffix in rows:
            mac = keyed.copy()
            mac.update(b"[%d," % seq + suffix)
            total += int.from_bytes(mac.digest(), "big")
            count += 1
            if seq > top:
                top = seq
        return total % MODULUS, count, top


def add_rows(tags: RowTags, seal: Seal, rows: list[tuple[Any, ...]]) -> Seal:
    digest = seal.digest
    seq = seal.seq
    for row in rows:
        digest = (digest + tags.row(row)) % MODULUS
        seq = max(seq, int(row[0]))
    return Seal(seq, seal.count + len(rows), digest)


def compute(conn: sqlcipher.Connection, key: bytes) -> Seal:
    """The seal of every row, read in table order (not through an index)."""
    seal = EMPTY
    tags = RowTags(key)
    cursor = conn.execute(f"SELECT {SEALED_COLUMNS} FROM changes ORDER BY seq")
    while rows := cursor.fetchmany(5000):
        seal = add_rows(tags, seal, rows)
    return seal


# -- the sidecar --------------------------------------------------------------

# Two fixed-size slots, written in turn in place with one data sync each (a
# rename and a folder sync per write made user actions 2.2x slower). A crash
# can tear only the slot being written; the other still holds the pair before,
# which includes the state the database is in (it commits only after the sync).
SLOT = 1024
# How stale the seal file may grow while the vault is open (see Sealer).
SIDECAR_EVERY_S = 2.0


def _slot_bytes(key: bytes, accept: list[Seal], counter: int) -> bytes:
    body = json.dumps(
        {
            "format": SEAL_FORMAT,
            "version": 1,
            "counter": counter,
            "accept": [s.to_json() for s in accept],
        },
        sort_keys=True,
        separators=(",", ":"),
    )
    mac = hmac.new(key, body.encode("utf-8"), hashlib.sha256).hexdigest()
    raw = (body + "\n" + mac + "\n").encode("utf-8")
    if len(raw) > SLOT:
        raise ValueError("seal slot overflow")
    return raw.ljust(SLOT, b" ")


def write_sidecar(path: Path, key: bytes, accept: list[Seal]) -> int:
    """A new seal file (atomic replace) whose first slot accepts `accept`; its counter."""
    keys.atomic_write(path, _slot_bytes(key, accept, 0) + b" " * SLOT)
    return 0


def read_sidecar(path: Path, key: bytes) -> tuple[list[Seal], int]:
    """(accepted seals, counter) of the newest whole slot; VaultDamaged when none is."""
    raw = path.read_bytes()
    found: list[tuple[int, list[Seal]]] = []
    for start in (0, SLOT):
        try:
            body, mac = raw[start : start + SLOT].decode("utf-8").splitlines()[:2]
            expected = hmac.new(key, body.encode("utf-8"), hashlib.sha256).hexdigest()
            if not hmac.compare_digest(mac, expected):
                continue
            data = json.loads(body)
            if data.get("format") != SEAL_FORMAT:
                continue
            found.append((int(data["counter"]), [Seal.from_json(s) for s in data["accept"]]))
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            continue
    if not found:
        raise VaultDamaged([HISTORY], detail="seal file altered")
    counter, accept = max(found, key=lambda item: item[0])
    return accept, counter


def _datasync(fd: int) -> None:
    sync = getattr(os, "fdatasync", None)  # not on macOS or Windows
    if sync is not None:
        sync(fd)
    else:
        os.fsync(fd)


def _meta_seal(conn: sqlcipher.Connection) -> tuple[Seal, Seal | None] | None:
    """(the database's seal, its anchor: the last seal the seal file was known to accept)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (META_KEY,)).fetchone()
    if row is None:
        return None
    try:
        data = json.loads(row[0])
        anchor = Seal.from_json(data["anchor"]) if data.get("anchor") else None
        return Seal.from_json(data["cur"]), anchor
    except (ValueError, KeyError, TypeError, AttributeError):
        raise VaultDamaged([HISTORY], detail="seal entry altered") from None


def _set_meta_seal(conn: sqlcipher.Connection, seal: Seal, anchor: Seal | None) -> None:
    value = json.dumps(
        {"cur": seal.to_json(), "anchor": anchor.to_json() if anchor else None},
        sort_keys=True,
        separators=(",", ":"),
    )
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (META_KEY, value),
    )


# -- checks -------------------------------------------------------------------


def verify_quick(conn: sqlcipher.Connection, key: bytes, db_path: Path) -> Seal | None:
    """The unlock check. Returns the database's seal, or None for a vault never sealed."""
    path = sidecar_path(db_path)
    stored = _meta_seal(conn)
    try:
        accepted, _ = read_sidecar(path, key)
    except FileNotFoundError:
        if stored is None:
            return None  # made by an earlier version: sealed at this unlock
        raise VaultDamaged([HISTORY], detail="seal file missing") from None
    if stored is None:
        raise VaultDamaged([HISTORY], detail="database older than its seal")
    stored, anchor = stored
    # After a crash the database may be ahead of the seal file by the writes since
    # the file was last brought up to date (see Sealer); never after a clean lock.
    if stored not in accepted and (anchor is None or anchor not in accepted):
        raise VaultDamaged([HISTORY], detail="database older or newer than its seal")
    count, top = conn.execute("SELECT count(*), coalesce(max(seq), 0) FROM changes").fetchone()
    if (int(count), int(top)) != (stored.count, stored.seq):
        raise VaultDamaged([HISTORY], detail="rows differ from the seal")
    return stored


# The current state as the repository's merge rule makes it from the log.
_EXPECTED_STATE = """
    SELECT entity_id, field, entity_type, family_id, value, hlc, device_id, change_id
    FROM (
        SELECT entity_id, field, entity_type, family_id, value, hlc, device_id, change_id,
               row_number() OVER (
                   PARTITION BY entity_id, field
                   ORDER BY hlc DESC, device_id DESC, change_id DESC
               ) AS rank
        FROM changes NOT INDEXED WHERE pushed >= 0
    ) WHERE rank = 1
"""
_STATE = (
    "SELECT entity_id, field, entity_type, family_id, value, hlc, device_id, change_id FROM state"
)


def verify_full(conn: sqlcipher.Connection, key: bytes, db_path: Path) -> list[tuple[str, str]]:
    """Every check; a list of (affected word, detail), empty when all is whole.

    An older page put back can leave b-trees that SQLite finds malformed only
    when it reads them: such an error is damage to report, not a crash.
    """
    problems: list[tuple[str, str]] = []
    try:
        structure = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    except sqlcipher.DatabaseError as exc:
        structure = [str(exc)]
    if structure != ["ok"]:
        text = "; ".join(structure[:5])
        word = "search indexes" if all("index" in line for line in structure) else "database file"
        problems.append((word, text))
    try:
        try:
            stored = verify_quick(conn, key, db_path)
        except VaultDamaged as exc:
            problems.append((exc.affected[0], exc.detail))
            found = _meta_seal_or_none(conn)
            stored = found[0] if found else None
        if stored is not None and compute(conn, key) != stored:
            problems.append((HISTORY, "changes differ from their seal"))
    except sqlcipher.DatabaseError as exc:
        problems.append((HISTORY, str(exc)))
    try:
        extra = conn.execute(f"SELECT count(*) FROM ({_STATE} EXCEPT {_EXPECTED_STATE})")
        if (
            extra.fetchone()[0]
            or conn.execute(f"SELECT count(*) FROM ({_EXPECTED_STATE} EXCEPT {_STATE})").fetchone()[
                0
            ]
        ):
            problems.append((CURRENT, "current data differs from the change history"))
    except sqlcipher.DatabaseError as exc:
        problems.append((CURRENT, str(exc)))
    return problems


def _meta_seal_or_none(conn: sqlcipher.Connection) -> tuple[Seal, Seal | None] | None:
    try:
        return _meta_seal(conn)
    except VaultDamaged:
        return None


# -- sealing ------------------------------------------------------------------


def seal_now(conn: sqlcipher.Connection, key: bytes, db_path: Path) -> Seal:
    """Seal what the database holds now, trusting it (first seal, restore, re-key)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        seal = compute(conn, key)
        write_sidecar(sidecar_path(db_path), key, [seal])
        _set_meta_seal(conn, seal, seal)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return seal


class Sealer:
    """Keeps one open vault's seal up to date; `Vault.transaction` calls `before_commit`.

    Every commit that adds or rewrites changes records the new seal inside the
    database, with its *anchor*: the latest seal the seal file durably accepts.
    The seal file itself is brought up to date (one slot written and synced,
    accepting [anchor, new seal], before the commit) at most every
    `SIDECAR_EVERY_S` seconds, for every rewrite, and at unlock and lock, where
    `settle` leaves the file accepting exactly the database's seal. So after a
    clean lock an older database is always found, and after a crash the
    database may be ahead of the file by the last few seconds' writes, which
    its anchor vouches for. (A synced slot for every write doubled the cost
    of a user action: two disk syncs instead of one.)
    """

    def __init__(self, key: bytes, db_path: Path, current: Seal, anchor: Seal) -> None:
        self._key = key
        self._tags = RowTags(key)
        self._path = sidecar_path(db_path)
        self.current = current
        self.anchor = anchor
        _, self._counter = read_sidecar(self._path, key)
        self._pending: Seal | None = None
        self._pending_anchor: Seal | None = None
        self._rewritten = False
        self._updated_at = time.monotonic()
        self._clear_noted()

    @property
    def key(self) -> bytes:
        return self._key

    def log_rewritten(self) -> None:
        """Rows were deleted or changed in this transaction (purge, author fix-up)."""
        self._rewritten = True

    def note_row(self, seq: int, tag: int) -> None:
        """A row this transaction inserted, tagged by its writer (`suffix_tag`).

        Reading a pulled page's rows back to tag them cost an initial sync about a
        tenth of its time. The noted tags are used only when they account for
        exactly the rows added since the seal (count and highest seq), with no
        savepoint rolled back in between; otherwise the rows are read back.
        """
        self._noted_sum = (self._noted_sum + tag) % MODULUS
        self._noted_count += 1
        self._noted_max = max(self._noted_max, seq)

    def note_suffixes(self, rows: Iterable[tuple[int, bytes]]) -> None:
        """`note_row` of each row inserted with seq `seq` whose seal text less the seq is
        `suffix` (`seal_text.row_suffix`), for (seq, suffix) in `rows`, tagged here under
        the seal's key."""
        total, count, top = self._tags.suffixes(rows)
        self._noted_sum = (self._noted_sum + total) % MODULUS
        self._noted_count += count
        self._noted_max = max(self._noted_max, top)

    def forget_noted(self) -> None:
        """A savepoint was rolled back: rows noted may be gone, their seqs reused."""
        self._noted_valid = False

    def _clear_noted(self) -> None:
        self._noted_sum = self._noted_count = self._noted_max = 0
        self._noted_valid = True

    def _from_noted(self, conn: sqlcipher.Connection) -> Seal | None:
        if not self._noted_valid or not self._noted_count:
            return None
        count, top = conn.execute(
            "SELECT count(*), max(seq) FROM changes WHERE seq > ?", (self.current.seq,)
        ).fetchone()
        if count != self._noted_count or top != self._noted_max:
            return None
        return Seal(
            top, self.current.count + count, (self.current.digest + self._noted_sum) % MODULUS
        )

    def before_commit(self, conn: sqlcipher.Connection) -> None:
        if self._rewritten:
            new = compute(conn, self._key)
        elif (noted := self._from_noted(conn)) is not None:
            new = noted
        else:
            # In batches: a transaction that added a million rows (a large import)
            # must not hold them all in memory to seal them.
            cursor = conn.execute(
                f"SELECT {SEALED_COLUMNS} FROM changes WHERE seq > ? ORDER BY seq",
                (self.current.seq,),
            )
            new = self.current
            while rows := cursor.fetchmany(5000):
                new = add_rows(self._tags, new, rows)
            if new == self.current:
                return
        if self._rewritten or time.monotonic() - self._updated_at >= SIDECAR_EVERY_S:
            # Durable before the commit, and accepting the anchor the database
            # holds until then: a crash on either side of the commit is no tampering.
            self._write([self.anchor, new])
            self._pending_anchor = new
        _set_meta_seal(conn, new, self.anchor)
        self._pending = new

    def after_commit(self) -> None:
        if self._pending is not None:
            self.current = self._pending
        if self._pending_anchor is not None:
            self.anchor = self._pending_anchor
            self._updated_at = time.monotonic()
        self._pending = self._pending_anchor = None
        self._rewritten = False
        self._clear_noted()

    def after_rollback(self) -> None:
        self._pending = self._pending_anchor = None
        self._rewritten = False
        self._clear_noted()

    def settle(self, conn: sqlcipher.Connection) -> None:
        """Leave the seal file accepting the database's seal alone (unlock, lock)."""
        if self.anchor == self.current:
            return
        self._write([self.anchor, self.current])
        conn.execute("BEGIN IMMEDIATE")
        try:
            _set_meta_seal(conn, self.current, self.current)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        self.anchor = self.current
        self._write([self.current])
        self._updated_at = time.monotonic()

    def _write(self, accept: list[Seal]) -> None:
        # The other slot, written and synced before, stays whole if this one tears.
        self._counter += 1
        # Windows syncs only files open for writing, and would turn "\n" into "\r\n".
        fd = os.open(self._path, os.O_WRONLY | getattr(os, "O_BINARY", 0))
        try:
            os.lseek(fd, (self._counter % 2) * SLOT, os.SEEK_SET)
            os.write(fd, _slot_bytes(self._key, accept, self._counter))
            _datasync(fd)
        finally:
            os.close(fd)


def open_sealer(conn: sqlcipher.Connection, data_key: bytes, db_path: Path) -> Sealer:
    """At unlock: the quick check, or the first seal of a vault from an earlier version."""
    key = seal_key(data_key)
    stored = verify_quick(conn, key, db_path)
    if stored is None:
        stored = seal_now(conn, key, db_path)
    found = _meta_seal(conn)
    anchor = found[1] if found and found[1] else stored
    sealer = Sealer(key, db_path, stored, anchor)
    sealer.settle(conn)  # after a crash: the file catches up with the database
    return sealer


def reseal(vault: Vault) -> None:
    """Seal again under the vault's current data key (call after a re-key).

    Trusts the data as it is now, which the caller has just had open; the
    sidecar then accepts only this seal.
    """
    with vault.lock:
        key = seal_key(vault._key())
        conn = vault.conn
        seal = seal_now(conn, key, vault.paths.db)
        vault.sealer = Sealer(key, vault.paths.db, seal, seal)
