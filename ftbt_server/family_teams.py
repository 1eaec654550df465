"""The teams of the families a user reads, for the laptop to break a report down by team.

Teams exist only here: a family is in the team(s) its assigned coordinator (the
current `coordinator` assignment, not a substitute) is a member of. A pull names
them for every family of its `families` list and no other (a user never learns the
teams of a family they cannot read), in one statement however many families that
is: a supervisor reads hundreds.
"""

from __future__ import annotations

import functools
from collections.abc import Collection

from sqlalchemy import Connection, Select, and_, select

from ftbt_server.access import Principal, readable_query, reader_of
from ftbt_server.accounts import Role
from ftbt_server.tables import assignments, team_members, teams


@functools.cache
def _teams_query(role: Role) -> Select[tuple[str, str]] | None:
    """Built once per role, as every pull runs it (access.py's `_READS`)."""
    readable = readable_query(role)
    if readable is None:
        return None
    return (
        select(assignments.c.family_id, teams.c.name)
        .select_from(
            assignments.join(
                team_members,
                and_(
                    team_members.c.user_id == assignments.c.user_id,
                    team_members.c.kind == "member",
                ),
            ).join(teams, teams.c.id == team_members.c.team_id)
        )
        .where(
            assignments.c.kind == "coordinator",
            assignments.c.ended_ms.is_(None),
            assignments.c.family_id.in_(readable),
        )
    )


def teams_of(
    conn: Connection, principal: Principal, readable: Collection[str]
) -> dict[str, list[str]]:
    """Family id → sorted team names, for each of `readable` (the families of the
    answer); [] for a family without a coordinator or whose coordinator is in no team.

    The statement reads only the families the principal may read now (a subquery,
    not a list of ids), and the answer keeps only `readable`: a family that changed
    hands between the two reads is left with [] rather than named to a reader who
    may have lost it."""
    wanted = set(readable)
    query = _teams_query(principal.role)
    if query is None or not wanted:
        return {}
    rows = conn.execute(query, reader_of(principal))
    found: dict[str, set[str]] = {family_id: set() for family_id in wanted}
    for row in rows:
        if row.family_id in found:
            found[row.family_id].add(row.name)
    return {family_id: sorted(names) for family_id, names in sorted(found.items())}
