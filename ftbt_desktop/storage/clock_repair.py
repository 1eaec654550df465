"""Put right a vault whose clock an earlier version let run far into the future.

Before stamps from elsewhere were bounded (DESIGN §9), one imported file or pulled
page stamped in, say, the year 2999 moved the vault's clock there for good: every
later local edit carried a year-2999 stamp, the server refused each as
`clock_ahead`, and they stayed pending for ever. A wall clock once set far ahead
and then corrected leaves the same mark.

Earlier versions also took loose stamps ("0_0_0_0_0_0_0_1-00000", Unicode digits,
…) that decode to a tiny time yet sort above every real stamp. Once per vault the
log is searched for them; each is rewritten to the canonical stamp that earlier
decode saw (so it stops winning every merge, and History and reports can read it),
and its field's state is worked out again by the merge rule.

At unlock (`Repository.__init__`) such a vault is repaired in one transaction,
without losing an edit:
- every unsent change (pending, not from the server) stamped beyond the bound is
  written again as a new change: same entity, field, value and author, a fresh
  stamp from this computer's clock, pending in the same order;
- the original stays in the log marked `SUPERSEDED` (`changes.pushed = -2`): history
  keeps it, but it is never pushed, never counts for the current state and is not
  exported (its stamp would not be accepted anywhere);
- an open conflict that named the original names its replacement;
- the clock's high-water mark comes back to the newest stamp within the bound.

Changes the server already holds are left as they are: the server decides their
order for everyone, and rewriting them here would only make this vault disagree.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

import sqlcipher3.dbapi2 as sqlcipher

from ftbt_desktop.core.changes import Change, new_change_id
from ftbt_desktop.core.clock import (
    MAX_AHEAD_MS,
    MAX_COUNTER,
    ZERO,
    Hlc,
    is_canonical,
    legacy_reading,
)
from ftbt_desktop.storage.merge import (
    CHANGE_COLUMNS,
    PENDING,
    change_values,
    recompute_field,
    row_to_change,
)
from ftbt_desktop.storage.pulled import SERVER_ORIGIN

if TYPE_CHECKING:
    from ftbt_desktop.storage.repository import Repository
    from ftbt_desktop.storage.vault import Vault

# `changes.pushed` of an unsent change written again with a fresh stamp by the repair.
SUPERSEDED = -2
REPAIR_META = "clock.repaired"
# Set once the log has been searched for loose stamps: none can come in any more.
LOOSE_SCANNED = "clock.loose_scanned"
# SQLite's GLOB is anchored and case-sensitive: exactly the one stamp syntax.
STAMP_GLOB = "[0-9]" * 15 + "-" + "[0-9]" * 5


@dataclass(frozen=True, slots=True)
class ClockRepair:
    """What the repair at unlock did (no personal data: counts only)."""

    ahead_ms: int  # how far the high-water mark was beyond this computer's clock
    restamped: int  # unsent changes written again with a fresh stamp
    loose: int = 0  # loose stamps rewritten to the one syntax


def stored_clock_ahead_ms(stored: str | None, now_ms: int) -> int:
    """How far a stored high-water mark is beyond the bound (0 when within it or unset)."""
    if not is_canonical(stored):
        return 0
    ahead = Hlc.decode(str(stored)).ms - now_ms
    return ahead if ahead > MAX_AHEAD_MS else 0


def repair_clock(repo: Repository) -> ClockRepair | None:
    """Repair the vault's clock if it is far ahead (or unreadable), and rewrite loose
    stamps an earlier version let in (once per vault); None when all was sound."""
    stored = repo.vault.get_meta("hlc")
    readable = stored is None or is_canonical(stored)
    ahead = repo.clock.far_ahead_ms()
    scanned = repo.vault.get_meta(LOOSE_SCANNED) == "1"
    if readable and not ahead and scanned:
        return None
    now = repo.clock.wall()
    bound = now + MAX_AHEAD_MS
    with repo.vault.transaction() as conn:
        loose = [] if scanned else _loose_stamps(conn)
        repair = None
        if loose or ahead or not readable:
            repair = _repair(repo, conn, ahead, bound, loose)
        repo.vault.set_meta(LOOSE_SCANNED, "1", conn=conn)
    return repair


def _repair(
    repo: Repository,
    conn: sqlcipher.Connection,
    ahead: int,
    bound: int,
    loose: list[tuple[str, str, str, str]],
) -> ClockRepair:
    base = _newest_within(conn, Hlc(bound, MAX_COUNTER).encode())
    if not ahead and is_canonical(repo.vault.get_meta("hlc")):
        base = max(base, repo.clock.high_water)  # a sound mark is never moved back
    # The loose stamps rewritten below are stamps this vault has seen too: a local
    # edit stamped below one would lose to it for good.
    rewritten = [(change_id, legacy_reading(hlc, bound)) for change_id, hlc, _, _ in loose]
    base = max([base, *(stamp for _, stamp in rewritten)])
    repo.clock.reset(base)
    originals = _unsent_beyond(conn, bound)
    touched: set[tuple[str, str]] = set()
    for origin, original in originals:
        fresh = Change(
            change_id=new_change_id(),
            entity_type=original.entity_type,
            entity_id=original.entity_id,
            family_id=original.family_id,
            field=original.field,
            value=original.value,
            hlc=repo.clock.tick().encode(),
            device_id=repo.device_id,
            user_id=original.user_id,
        )
        conn.execute(
            f"INSERT INTO changes ({CHANGE_COLUMNS}, origin, pushed) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*change_values(fresh), origin, PENDING),
        )
        conn.execute(
            "UPDATE changes SET pushed = ? WHERE change_id = ?",
            (SUPERSEDED, original.change_id),
        )
        for column in ("local_change_id", "winner_change_id"):
            conn.execute(
                f"UPDATE sync_conflicts SET {column} = ? "
                f"WHERE {column} = ? AND resolved_at IS NULL",
                (fresh.change_id, original.change_id),
            )
        touched.add((original.entity_id, original.field))
    # A loose stamp (from before the one syntax) is rewritten to what the clock check
    # took it for, so it no longer sorts above every real stamp and every reader can
    # decode it; the change itself, its value and author stay in history. The stamp
    # is a sealed column, so the change log's seal is computed afresh.
    if rewritten:
        repo.vault.log_rewritten()
    for change_id, stamp in rewritten:
        conn.execute("UPDATE changes SET hlc = ? WHERE change_id = ?", (stamp.encode(), change_id))
    touched.update((entity_id, field_name) for _, _, entity_id, field_name in loose)
    for entity_id, field_name in sorted(touched):
        recompute_field(conn, entity_id, field_name)
    repo.vault.set_meta("hlc", repo.clock.high_water.encode(), conn=conn)
    record = {
        "at": dt.datetime.now(dt.UTC).isoformat(),
        "ahead_ms": ahead,
        "restamped": len(originals),
        "loose": len(loose),
    }
    repo.vault.set_meta(REPAIR_META, json.dumps(record), conn=conn)
    return ClockRepair(ahead, len(originals), len(loose))


def superseded_ids(vault: Vault, family_id: str) -> set[str]:
    """Changes of a family written again by the repair: history only, never exported."""
    rows = vault.execute(
        "SELECT change_id FROM changes WHERE family_id = ? AND pushed = ?",
        (family_id, SUPERSEDED),
    )
    return {row[0] for row in rows}


def _newest_within(conn: sqlcipher.Connection, bound: str) -> Hlc:
    """The newest well-formed stamp in the log at or below `bound`: the clock must
    never issue a stamp again that this vault has already seen."""
    # Canonical stamps sort as strings; a loose one (from before the one syntax) is
    # skipped, whichever side of the bound it sorts on.
    for (hlc,) in conn.execute(
        "SELECT hlc FROM changes WHERE hlc <= ? ORDER BY hlc DESC LIMIT 100", (bound,)
    ):
        if is_canonical(hlc):
            return Hlc.decode(hlc)
    return ZERO


def _loose_stamps(conn: sqlcipher.Connection) -> list[tuple[str, str, str, str]]:
    """(change_id, hlc, entity_id, field) of every change whose stamp is not canonical."""
    rows = conn.execute(
        "SELECT change_id, hlc, entity_id, field FROM changes WHERE hlc NOT GLOB ?",
        (STAMP_GLOB,),
    ).fetchall()
    return [(r[0], r[1], r[2], r[3]) for r in rows if not is_canonical(r[1])]


def _unsent_beyond(conn: sqlcipher.Connection, bound_ms: int) -> list[tuple[str, Change]]:
    """(origin, change) of every unsent change stamped beyond the bound, in written order."""
    rows = conn.execute(
        f"SELECT origin, {CHANGE_COLUMNS} FROM changes "
        "WHERE pushed = ? AND origin != ? ORDER BY seq",
        (PENDING, SERVER_ORIGIN),
    ).fetchall()
    found = []
    for row in rows:
        hlc = row[7]
        if not is_canonical(hlc) or Hlc.decode(hlc).ms > bound_ms:
            found.append((str(row[0]), row_to_change(row[1:])))
    return found
