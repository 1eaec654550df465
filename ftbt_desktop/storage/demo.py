"""Invented demo families, so a newcomer sees what the app is for.

Every person here is made up; any likeness to real people is chance. The
families are marked `is_demo`, which the family list shows, and are written
in Danish because they stand for the families a Danish coordinator meets.
Dates are relative to today so the demo looks current whenever it is made.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ftbt_desktop.core.model import FamilyStatus, MemberRole
from ftbt_desktop.storage.repository import Repository


@dataclass(frozen=True, slots=True)
class DemoMember:
    name: str
    role: MemberRole
    birth_year: int
    in_household: bool = True


@dataclass(frozen=True, slots=True)
class DemoFamily:
    name: str
    coordinator: str
    started_days_ago: int
    notes: str
    members: tuple[DemoMember, ...]
    closed_days_ago: int | None = None


DEMO_FAMILIES: tuple[DemoFamily, ...] = (
    DemoFamily(
        name="Familien Holm-Kristensen",
        coordinator="Louise Bech",
        started_days_ago=120,
        notes=(
            "Demofamilie (opdigtet). Mette er sygemeldt med stress og ønsker at komme "
            "tilbage på deltid. Freja har meget fravær i skolen, og Oscar har svært ved "
            "afleveringen i børnehaven. Mormor Inger hjælper med hentning to dage om ugen."
        ),
        members=(
            DemoMember("Mette Holm", MemberRole.PARENT, 1988),
            DemoMember("Jonas Kristensen", MemberRole.PARTNER, 1985),
            DemoMember("Freja Holm Kristensen", MemberRole.CHILD, 2015),
            DemoMember("Oscar Holm Kristensen", MemberRole.CHILD, 2021),
            DemoMember("Inger Holm", MemberRole.OTHER_ADULT, 1957, in_household=False),
        ),
    ),
    DemoFamily(
        name="Familien Jensen",
        coordinator="Louise Bech",
        started_days_ago=420,
        closed_days_ago=35,
        notes=(
            "Demofamilie (opdigtet), afsluttet. Camilla er startet på SOSU-uddannelsen, "
            "og Noah går til fodbold to gange om ugen."
        ),
        members=(
            DemoMember("Camilla Jensen", MemberRole.PARENT, 1992),
            DemoMember("Noah Jensen", MemberRole.CHILD, 2013),
        ),
    ),
)


def add_demo_families(repo: Repository, today: dt.date | None = None) -> list[str]:
    """Write the demo families; returns the ids of those added.

    A demo family already in the vault (same name, marked demo) is not added
    twice, so running `ftbt-desktop demo` again on a vault is harmless.
    """
    today = today or dt.date.today()
    present = {f.name for f in repo.list_families() if f.is_demo}
    added: list[str] = []
    for demo in DEMO_FAMILIES:
        if demo.name in present:
            continue
        start = today - dt.timedelta(days=demo.started_days_ago)
        created = repo.create_family(
            demo.name,
            coordinator=demo.coordinator,
            start=start.isoformat(),
            notes=demo.notes,
            is_demo=True,
        )
        family_id = str(created.primary_id)
        for member in demo.members:
            repo.add_member(
                family_id,
                member.name,
                role=member.role,
                birth_year=member.birth_year,
                in_household=member.in_household,
            )
        if demo.closed_days_ago is not None:
            end = today - dt.timedelta(days=demo.closed_days_ago)
            repo.update_family(family_id, status=FamilyStatus.CLOSED.value, end=end.isoformat())
        added.append(family_id)
    return added
