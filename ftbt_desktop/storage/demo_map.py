"""The demo family's drawn map, so the Map tab is seen in use from the first start.

The map a coordinator and the Holm-Kristensen family might have drawn over
the first visits: the family as a genogram, what is hard and what is strong,
the family's goals (the plan demo's Goal entities) and the actors around
them (the network demo's Actor entities), linked by the ecomap conventions,
one internal note for the coordinator, and a "Første besøg" snapshot of the
map as it was before the goals were made. Everything on it is made up.

Written as plain changes (no Qt): node ids of members, goals and actors come
from `node_id_for`, as the map editor makes them, and the snapshot holds the
same JSON form the editor stores (`mapdraw/node_view.py`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from ftbt_desktop.core.family_map import LinkKind, NodeKind, Visibility, node_id_for
from ftbt_desktop.core.model import LifeArea, Member, member_sort_key
from ftbt_desktop.storage.repository import Edit, Repository

FIRST_VISIT = "Første besøg"
FIRST_VISIT_DAYS_AGO = 100

# (first name, x, y): the genogram the editor would draw (adults above, children below).
MEMBER_PLACES = (
    ("Mette", -100.0, 0.0),
    ("Jonas", 100.0, 0.0),
    ("Inger", 300.0, 0.0),
    ("Freja", -100.0, 220.0),
    ("Oscar", 100.0, 220.0),
)
# (the first words of the goal or actor, x, y)
ENTITY_PLACES = (
    ("Jobcenter", -780.0, -250.0),
    ("Mette vil", -480.0, -250.0),
    ("Snekkersten Skole", -780.0, 470.0),
    ("Freja kommer", -480.0, 470.0),
    ("Snekkersten IF", 120.0, 470.0),
    ("Mormor", 840.0, -20.0),
    ("Børnehuset", 840.0, 470.0),
    ("Rolige morgener", 560.0, 470.0),
)
# (key, kind, x, y, words, first names, life area, internal); the first visit's are marked.
OWN_NODES = (
    ("stress", NodeKind.CHALLENGE, -480.0, -10.0, "Sygemeldt med stress", ("Mette",),
     LifeArea.HEALTH, False),
    ("absence", NodeKind.CHALLENGE, -480.0, 230.0, "Meget fravær i skolen", ("Freja",),
     LifeArea.SCHOOL_DAYCARE, False),
    ("mornings", NodeKind.CHALLENGE, 560.0, 230.0, "Svære afleveringer i børnehaven",
     ("Oscar",), LifeArea.SCHOOL_DAYCARE, False),
    ("cooking", NodeKind.STRENGTH, 100.0, -250.0, "Jonas laver mad med børnene",
     ("Jonas", "Freja", "Oscar"), LifeArea.CARE_PARENTING, False),
    ("football", NodeKind.STRENGTH, -180.0, 470.0, "Glad for at spille fodbold", ("Freja",),
     LifeArea.LEISURE_FRIENDS, False),
    ("ppr", NodeKind.NOTE, 840.0, -250.0, "Overvej samtale med PPR om Freja", ("Freja",),
     None, True),
)  # fmt: skip
FIRST_VISIT_NODES = frozenset(
    {"Mette", "Jonas", "Inger", "Freja", "Oscar", "stress", "absence", "mornings", "cooking"}
    | {"Jobcenter", "Snekkersten Skole", "Børnehuset"}
)
# (from, to, kind, both ways); the first six were drawn at the first visit.
LINKS = (
    ("stress", "Mette", LinkKind.STRAINS, False),
    ("stress", "absence", LinkKind.INFLUENCES, False),
    ("stress", "mornings", LinkKind.INFLUENCES, False),
    ("Mette", "Jonas", LinkKind.STRONG, True),
    ("Inger", "Oscar", LinkKind.STRONG, True),
    ("Snekkersten Skole", "absence", LinkKind.WEAK, False),
    ("Jobcenter", "Mette vil", LinkKind.SUPPORTS, False),
    ("stress", "Mette vil", LinkKind.STRAINS, False),
    ("Snekkersten Skole", "Freja kommer", LinkKind.SUPPORTS, False),
    ("Snekkersten IF", "football", LinkKind.SUPPORTS, False),
    ("Børnehuset", "Rolige morgener", LinkKind.SUPPORTS, False),
    ("Mormor", "Rolige morgener", LinkKind.SUPPORTS, False),
)
FIRST_VISIT_LINKS = 6


def add_demo_map(repo: Repository, family_id: str, today: dt.date) -> None:
    """Draw the Holm-Kristensen demo map and its first-visit snapshot (one transaction).

    Needs the family's members, and draws the goals and actors it finds (the
    plan and network demos add them first); any left out are placed by the
    map editor when the map is opened.
    """
    members = {m.name.split()[0]: m for m in repo.members(family_id)}
    goals = repo.load(family_id, "goal")
    actors = repo.load(family_id, "actor")
    edits: list[Edit] = []
    shown: dict[str, dict[str, Any]] = {}  # key -> the node as a snapshot holds it

    def node(key: str, node_id: str, fields: dict[str, Any], view: dict[str, Any]) -> None:
        fields = {"visibility": Visibility.FAMILY.value, **fields}
        edits.extend(Edit("map_node", node_id, family_id, k, v) for k, v in fields.items())
        shown[key] = {
            "id": node_id,
            "x": fields["x"],
            "y": fields["y"],
            "visibility": fields["visibility"],
            "member_ids": [],
            "member_names": [],
            "life_area": None,
            "ref_id": fields.get("ref_id"),
            "role": None,
            "in_household": True,
            "actor_kind": None,
            **view,
        }

    for first_name, x, y in MEMBER_PLACES:
        member = members.get(first_name)
        if member is None:
            continue
        fields = {"kind": NodeKind.MEMBER.value, "ref_id": member.id, "x": x, "y": y}
        view = {
            "kind": NodeKind.MEMBER.value,
            "label": member.name,
            "role": member.role.value,
            "in_household": member.in_household,
        }
        node(first_name, node_id_for(member.id), fields, view)
    for start, x, y in ENTITY_PLACES:
        goal = next((g for g in goals if g.text.startswith(start)), None)
        actor = next((a for a in actors if a.name.startswith(start)), None)
        if goal is not None:
            kind, ref_id, label = NodeKind.GOAL, goal.id, goal.text
            concerned = [m for m in members.values() if m.id in goal.member_ids]
            view = {"life_area": goal.life_area.value if goal.life_area else None}
        elif actor is not None:
            kind, ref_id, label, concerned = NodeKind.ACTOR, actor.id, actor.name, []
            view = {"actor_kind": actor.kind.value}
        else:
            continue
        fields = {"kind": kind.value, "ref_id": ref_id, "x": x, "y": y}
        view |= {"kind": kind.value, "label": label, **_concerning(concerned)}
        node(start, node_id_for(ref_id), fields, view)
    for key, kind, x, y, words, names, area, internal in OWN_NODES:
        concerned = [members[n] for n in names if n in members]
        area_value = None if area is None else area.value
        fields = {
            "kind": kind.value,
            "label": words,
            "x": x,
            "y": y,
            "member_ids": sorted(m.id for m in concerned),
            "life_area": area_value,
            "visibility": (Visibility.INTERNAL if internal else Visibility.FAMILY).value,
        }
        view = {"kind": kind.value, "label": words, "life_area": area_value}
        node(key, str(uuid.uuid4()), fields, view | _concerning(concerned))

    stored_links: list[dict[str, Any]] = []
    for source, target, kind, mutual in LINKS:
        if source not in shown or target not in shown:
            continue
        link = {
            "id": str(uuid.uuid4()),
            "source_id": shown[source]["id"],
            "target_id": shown[target]["id"],
            "kind": kind.value,
            "mutual": mutual,
            "label": None,
        }
        edits.extend(
            Edit("map_link", link["id"], family_id, k, v) for k, v in link.items() if k != "id"
        )
        stored_links.append(link)

    first_ids = {shown[k]["id"] for k in FIRST_VISIT_NODES if k in shown}
    first_links = [
        link
        for link in stored_links[:FIRST_VISIT_LINKS]
        if {link["source_id"], link["target_id"]} <= first_ids
    ]
    visit_day = today - dt.timedelta(days=FIRST_VISIT_DAYS_AGO)
    snapshot = {
        "name": FIRST_VISIT,
        "date": visit_day.isoformat(),
        "content": {
            "nodes": [n for n in shown.values() if n["id"] in first_ids],
            "links": first_links,
            "taken_at": f"{visit_day.isoformat()}T10:00:00.000+00:00",
        },
    }
    snapshot_id = str(uuid.uuid4())
    edits.extend(Edit("map_snapshot", snapshot_id, family_id, k, v) for k, v in snapshot.items())
    repo.write(edits)


def _concerning(members: list[Member]) -> dict[str, Any]:
    """The members a node concerns, as a snapshot names them (the family's own order)."""
    ordered = sorted(members, key=member_sort_key)
    return {
        "member_ids": [m.id for m in ordered],
        "member_names": [m.name for m in ordered],
    }
