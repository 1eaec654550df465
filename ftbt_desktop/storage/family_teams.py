"""Which team(s) each family on this laptop belongs to, as the server last said. No Qt.

Teams exist only on the server: a family is in the teams of its assigned
coordinator. Each pull page names them for the families the user may read
(`family_teams`, docs/sync-protocol.md), and the page's transaction keeps them
here, one row per family holding a JSON list of team names. A server that does
not send them changes nothing: the teams known stay. A family's row goes with
the family (storage/purge.py, wipe.py). The outcome report reads them through
`SyncState.family_teams()` to break its figures down by team.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence

import sqlcipher3.dbapi2 as sqlcipher

from ftbt_desktop.storage.vault import Vault

TABLE = "family_teams"

_UPSERT = (
    f"INSERT INTO {TABLE} (family_id, teams) VALUES (?, ?) "
    "ON CONFLICT (family_id) DO UPDATE SET teams = excluded.teams "
    "WHERE teams != excluded.teams"
)


def note_family_teams(
    conn: sqlcipher.Connection,
    teams: Mapping[str, Sequence[str]],
    readable: Collection[str] | None = None,
) -> None:
    """Keep what a pull page said, inside the page's transaction.

    Only families of `readable` (the page's `families`, when it named them): a team
    named for a family the user may not read is none of this laptop's business.
    A family the page does not mention keeps its row (one taken away waits for its
    purge, which removes the row).
    """
    wanted = None if readable is None else set(readable)
    rows = [
        (family_id, json.dumps(sorted(set(names)), ensure_ascii=False))
        for family_id, names in sorted(teams.items())
        if wanted is None or family_id in wanted
    ]
    if rows:
        conn.executemany(_UPSERT, rows)


def family_teams(vault: Vault) -> dict[str, tuple[str, ...]]:
    """Family id → the names of its teams, sorted; () for a family the server put in
    no team; families the server has not named (an older server) are absent."""
    known: dict[str, tuple[str, ...]] = {}
    for family_id, text in vault.execute(f"SELECT family_id, teams FROM {TABLE}"):
        try:
            names = json.loads(text)
        except ValueError:
            continue
        if isinstance(names, list):
            known[str(family_id)] = tuple(sorted({n for n in names if isinstance(n, str)}))
    return known
