"""Invented demo families, so a newcomer sees what the app is for.

Every person here is made up; any likeness to real people is chance. The
families are marked `is_demo`, which the family list shows, and are written
in Danish because they stand for the families a Danish coordinator meets.
Dates are relative to today so the demo looks current whenever it is made.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from ftbt_desktop.core.model import FamilyStatus, MemberRole
from ftbt_desktop.core.plan import ActorKind, StepOwnerKind
from ftbt_desktop.storage.demo_map import add_demo_map
from ftbt_desktop.storage.repository import Edit, Repository


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


HOLM_KRISTENSEN = "Familien Holm-Kristensen"

DEMO_FAMILIES: tuple[DemoFamily, ...] = (
    DemoFamily(
        name=HOLM_KRISTENSEN,
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


def add_demo_families(
    repo: Repository, today: dt.date | None = None, draw_map: bool = True
) -> list[str]:
    """Write the demo families; returns the ids of those added.

    A demo family already in the vault (same name, marked demo) is not added
    twice, so running `ftbt-desktop demo` again on a vault is harmless. With
    `draw_map` False the map is left as the editor first places it (for tests
    of the editor that start from a blank map).
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
        if demo.closed_days_ago is None:
            add_demo_measures_and_network(repo, family_id, today)
        if demo.name == HOLM_KRISTENSEN:
            add_demo_plan(repo, family_id, today)
            if draw_map:
                add_demo_map(repo, family_id, today)  # after the goals and actors it places
        if demo.closed_days_ago is not None:
            end = today - dt.timedelta(days=demo.closed_days_ago)
            repo.update_family(family_id, status=FamilyStatus.CLOSED.value, end=end.isoformat())
        added.append(family_id)
    return added


def add_demo_measures_and_network(repo: Repository, family_id: str, today: dt.date) -> None:
    """WHO-5 measures, work statuses, thriving, leisure, actors and consents for the
    active demo family, so the Measures and Network tabs are seen in use.

    Mette's wellbeing rises from high risk to not at risk (a meaningful change);
    her consent with the jobcenter runs out in 20 days ("expiring soon"); the
    football club has no consent yet, so it is marked.
    """
    by_name = {m.name.split()[0]: m.id for m in repo.members(family_id)}
    mette, jonas = by_name["Mette"], by_name["Jonas"]
    freja, oscar = by_name["Freja"], by_name["Oscar"]

    def day(days_ago: int) -> str:
        return (today - dt.timedelta(days=days_ago)).isoformat()

    def add(entity_type: str, **fields: object) -> str:
        return str(repo.create_entity(entity_type, family_id, **fields).primary_id)

    for days_ago, answers in ((110, [2, 1, 1, 2, 2]), (60, [2, 2, 2, 2, 2]), (10, [3, 2, 3, 3, 2])):
        add("who5_measure", member_id=mette, date=day(days_ago), answers=answers)
    add("who5_measure", member_id=jonas, date=day(100), answers=[3, 3, 4, 2, 3])
    add("employment_record", member_id=mette, date=day(200), status="employed")
    add(
        "employment_record",
        member_id=mette,
        date=day(130),
        status="sygedagpenge",
        note="Sygemeldt med stress",
    )
    add("employment_record", member_id=jonas, date=day(900), status="employed")
    add("thriving_rating", parent_id=mette, child_id=freja, date=day(30), thriving="same", score=5)
    add("thriving_rating", parent_id=jonas, child_id=oscar, date=day(30), thriving="better")
    add(
        "leisure_activity",
        child_id=freja,
        what="Fodbold",
        where="Snekkersten IF",
        start=day(45),
    )
    add(
        "civil_society_connection",
        kind="network_group",
        name="Forældrenetværket i Snekkersten",
        member_ids=[mette],
        start=day(50),
    )

    jobcenter = add(
        "actor",
        name="Jobcenter Helsingør",
        kind="jobcenter",
        contact_person="Anne Sørensen, sagsbehandler",
        contact_details="Tlf. 49 28 00 00",
    )
    school = add(
        "actor",
        name="Snekkersten Skole",
        kind="school",
        contact_person="Peter Lund, Frejas klasselærer",
        contact_details="Via Aula",
    )
    daycare = add(
        "actor",
        name="Børnehuset Mågen",
        kind="daycare",
        contact_person="Sofie Berg, pædagog",
    )
    add(
        "actor",
        name="Snekkersten IF, fodbold",
        kind="civil_society",
        contact_person="Træner Ali Hassan",
    )
    add(
        "consent",
        member_id=mette,
        giver_ids=[mette],
        actor_id=jobcenter,
        actor_ids=[jobcenter],
        form="written",
        info_kinds=["health", "work_education"],
        purpose="At planlægge en gradvis tilbagevenden til arbejdet sammen med jobcentret",
        given=day(345),
        valid_until=(today + dt.timedelta(days=20)).isoformat(),
    )
    add(
        "consent",
        member_id=freja,
        giver_ids=sorted([mette, jonas]),
        actor_id=school,
        actor_ids=[school],
        form="written",
        info_kinds=["school_daycare", "family_circumstances"],
        purpose="At følge Frejas fremmøde og trivsel i skolen",
        given=day(100),
        valid_until=(today + dt.timedelta(days=265)).isoformat(),
    )
    add(
        "consent",
        member_id=oscar,
        giver_ids=sorted([mette, jonas]),
        actor_id=daycare,
        actor_ids=[daycare],
        form="oral",
        info_kinds=["school_daycare"],
        purpose="At aftale en rolig afleveringsrutine for Oscar",
        given=day(40),
        valid_until=(today + dt.timedelta(days=325)).isoformat(),
    )


def add_demo_plan(repo: Repository, family_id: str, today: dt.date) -> None:
    """Goals, steps, progress ratings and visits for the Holm-Kristensen demo family.

    Steps for the jobcenter, the school or the daycare go to those actors when
    the demo already has them (added by the network demo), else to the
    coordinator. One step is overdue, so the mark is seen at once. Written as
    one transaction.
    """
    members = {m.name.split()[0]: m.id for m in repo.members(family_id)}
    actors = {a.kind: a.id for a in repo.load(family_id, "actor")}
    edits: list[Edit] = []

    def day(offset: int) -> str:
        return (today + dt.timedelta(days=offset)).isoformat()

    def entity(entity_type: str, **fields: object) -> str:
        entity_id = str(uuid.uuid4())
        edits.extend(Edit(entity_type, entity_id, family_id, k, v) for k, v in fields.items())
        return entity_id

    def owner(kind: ActorKind | str) -> dict[str, object]:
        if isinstance(kind, ActorKind):
            actor = actors.get(kind)
            if actor is None:
                return {"owner_kind": StepOwnerKind.COORDINATOR.value, "owner_id": None}
            return {"owner_kind": StepOwnerKind.ACTOR.value, "owner_id": actor}
        return {"owner_kind": StepOwnerKind.MEMBER.value, "owner_id": members[kind]}

    coordinator = {"owner_kind": StepOwnerKind.COORDINATOR.value, "owner_id": None}
    plan = (
        (
            {
                "text": "Mette vil tilbage på arbejde 15 timer om ugen",
                "member_ids": [members["Mette"]],
                "life_area": "work_education",
                "why": "Hun savner kollegerne og vil have en hverdag med faste rammer igen.",
                "target_date": day(90),
            },
            (
                (
                    "Samtale på jobcentret om delvis raskmelding",
                    owner(ActorKind.JOBCENTER),
                    -5,
                    False,
                ),
                ("Mette taler med sin læge om en plan for opstart", owner("Mette"), -20, True),
                ("Følge op på sygedagpengesagen", coordinator, 14, False),
            ),
            ((-100, 2), (-60, 3), (-20, 5)),
        ),
        (
            {
                "text": "Freja kommer i skole hver dag og har det godt i klassen",
                "member_ids": [members["Freja"]],
                "life_area": "school_daycare",
                "why": "Freja siger, at hun savner sine veninder, når hun bliver hjemme.",
                "target_date": day(120),
            },
            (
                (
                    "Møde med klasselæreren om en plan for fraværet",
                    owner(ActorKind.SCHOOL),
                    7,
                    False,
                ),
                ("Jonas følger Freja i skole om mandagen", owner("Jonas"), None, False),
            ),
            ((-90, 3), (-45, 4), (-10, 6)),
        ),
        (
            {
                "text": "Rolige morgener, hvor Oscar bliver glad afleveret i børnehaven",
                "member_ids": [members["Oscar"], members["Jonas"]],
                "life_area": "care_parenting",
                "why": "Morgenerne sætter tonen for hele dagen i familien.",
                "target_date": day(60),
            },
            (
                (
                    "Aftale en fast afleveringsrutine med pædagogen",
                    owner(ActorKind.DAYCARE),
                    10,
                    False,
                ),
                ("Jonas afleverer Oscar tirsdag og torsdag", owner("Jonas"), None, False),
            ),
            ((-30, 4), (-5, 5)),
        ),
        (
            {
                "text": "Mormor Inger henter børnene to dage om ugen",
                "member_ids": [members["Inger"]],
                "life_area": "family_relations",
                "status": "reached",
            },
            (),
            ((-60, 5), (-25, 8)),
        ),
    )
    for goal_fields, steps, ratings in plan:
        goal_id = entity("goal", **{"status": "active", **goal_fields})
        for what, who, due, done in steps:
            entity(
                "step",
                goal_id=goal_id,
                what=what,
                due=None if due is None else day(due),
                done=done,
                **who,
            )
        for offset, value in ratings:
            entity("progress_rating", goal_id=goal_id, date=day(offset), value=value)
    visits = (
        (
            -95,
            "home",
            ["Mette", "Jonas"],
            "Første hjemmebesøg. Familien fortalte om en hård vinter; Mette er sygemeldt med stress.",
            ["Kontakte jobcentret", "Aftale møde med skolen om Frejas fravær"],
        ),
        (
            -40,
            "office",
            ["Mette"],
            "Mette er mere udhvilet og vil gerne i gang med en plan for opstart.",
            [],
        ),
        (
            -12,
            "home",
            ["Mette", "Jonas", "Freja"],
            "God stemning. Freja har været i skole fire dage i træk.",
            ["Tale med pædagogen om afleveringen", "Freja vælger en fritidsaktivitet"],
        ),
    )
    for offset, kind, who, summary, next_steps in visits:
        entity(
            "visit",
            date=day(offset),
            kind=kind,
            attendee_ids=[members[name] for name in who],
            summary=summary,
            next_steps=next_steps,
        )
    repo.write(edits)
