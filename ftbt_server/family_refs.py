"""Find families by the short reference a coordinator reads out ("F-7K3QX").

The reference is worked out from the family's id (`ftbt_desktop/core/family_ref.py`,
the same code the app shows it with), so the store keeps no column for it: a
lookup hashes the ids it knows. A reference may match more than one family, so
lookups answer every match; commands that change something take the id only.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, select, union

from ftbt_desktop.core.family_ref import family_reference, matching, parse_reference
from ftbt_server.accounts import AdminError
from ftbt_server.tables import audit_families, families


def known_family_ids(conn: Connection) -> list[str]:
    """Every family the store has, and every one its audit log names (a family whose
    entries outlive it, say)."""
    query = union(select(families.c.family_id), select(audit_families.c.family_id))
    return [str(row[0]) for row in conn.execute(query)]


def resolve(conn: Connection, text: str) -> list[str]:
    """The families `text` names: itself when it is a family id the store knows,
    else every family whose reference it is (none when neither)."""
    known = known_family_ids(conn)
    wanted = text.strip()
    if wanted in known:
        return [wanted]
    reference = parse_reference(wanted)
    return matching(known, reference) if reference is not None else []


def refuse_reference(conn: Connection, text: str) -> None:
    """Raise AdminError when `text` is a reference rather than a known id: a command
    that changes something must not act on a finding aid (nor make a family of it)."""
    wanted = text.strip()
    reference = parse_reference(wanted)
    if reference is None or wanted in known_family_ids(conn):
        return
    raise AdminError(
        f"{wanted} is a family reference, not a family id: "
        f"`ftbt-server family list {reference}` shows the ids it matches"
    )


def labelled(family_ids: Iterable[str]) -> str:
    """Families for a line of text output: "F-7K3QX (id),…", or "-" for none."""
    shown = [f"{family_reference(f)} ({f})" for f in family_ids]
    return ",".join(shown) or "-"
