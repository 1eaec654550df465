"""The generic entity operations later features build on (goals, map nodes, actors)."""

from __future__ import annotations

import pytest

from ftbt_desktop.core.family_map import MapNode, NodeKind, Visibility
from ftbt_desktop.core.fields import InvalidField
from ftbt_desktop.core.model import LifeArea
from ftbt_desktop.core.plan import Goal, GoalStatus
from ftbt_desktop.storage.errors import NotFound
from ftbt_desktop.storage.repository import Repository


def test_goal_create_update_load(repo: Repository) -> None:
    fid = repo.create_family("Familien Mål").primary_id
    mum = repo.add_member(fid, "Mor", "parent", 1985).primary_id
    gid = repo.create_entity(
        "goal", fid, text="Mor vil i arbejde igen", member_ids=[mum], life_area="work_education"
    ).primary_id
    repo.update_entity(gid, status="reached")
    goal = repo.load_one(gid)
    assert isinstance(goal, Goal)
    assert goal.member_ids == [mum] and goal.life_area is LifeArea.WORK_EDUCATION
    assert goal.status is GoalStatus.REACHED
    assert [g.id for g in repo.load(fid, "goal")] == [gid]


def test_delete_and_restore_several_in_one_step(repo: Repository) -> None:
    fid = repo.create_family("Familien Kort").primary_id
    a = repo.create_entity("map_node", fid, kind="challenge", label="Søvn", x=1.0, y=2.0).primary_id
    b = repo.create_entity(
        "map_node", fid, kind="strength", label="Farmor", x=3, y=4, visibility="internal"
    ).primary_id
    removed = repo.delete_entities([a, b])
    assert len(removed.changes) == 2 and repo.load(fid, "map_node") == []
    repo.restore_entities([a, b])
    nodes = {n.id: n for n in repo.load(fid, "map_node")}
    assert isinstance(nodes[b], MapNode) and nodes[b].visibility is Visibility.INTERNAL
    assert nodes[a].kind is NodeKind.CHALLENGE and nodes[b].x == 3.0


@pytest.mark.parametrize(
    ("entity_type", "fields"),
    [
        ("goal", {"text": ""}),
        ("goal", {"text": "x", "member_ids": ["not-an-id"]}),
        (
            "progress_rating",
            {"goal_id": "00000000-0000-4000-8000-000000000000", "date": "2026-01-01", "value": 11},
        ),
        ("map_node", {"kind": "dragon"}),
        ("unknown_type", {"x": 1}),
    ],
)
def test_bad_values_never_reach_the_log(repo: Repository, entity_type: str, fields: dict) -> None:
    fid = repo.create_family("Familien Fejl").primary_id
    before = repo.change_count()
    with pytest.raises(InvalidField):
        repo.create_entity(entity_type, fid, **fields)
    assert repo.change_count() == before


def test_entities_need_a_live_family(repo: Repository) -> None:
    with pytest.raises(NotFound):
        repo.create_entity("goal", "00000000-0000-4000-8000-000000000000", text="x")


def test_who5_measure_refuses_an_unanswered_item(repo: Repository) -> None:
    from ftbt_desktop.core.measure_records import Who5Measure
    from ftbt_desktop.core.measures import Who5Band

    fid = repo.create_family("Familien Trivsel").primary_id
    mum = repo.add_member(fid, "Mor", "parent", 1985).primary_id
    with pytest.raises(InvalidField, match=r"\[2\]"):
        repo.create_entity(
            "who5_measure", fid, member_id=mum, date="2026-11-01", answers=[3, 3, None, 2, 1]
        )
    mid = repo.create_entity(
        "who5_measure", fid, member_id=mum, date="2026-11-01", answers=[3, 3, 2, 2, 1]
    ).primary_id
    measure = repo.load_one(mid)
    assert isinstance(measure, Who5Measure)
    assert measure.score == 44 and measure.band is Who5Band.RISK


def test_consent_validity_expiry_and_withdrawal() -> None:
    import datetime as dt

    from ftbt_desktop.core.casework import Consent, actors_without_valid_consent

    today = dt.date(2026, 11, 25)
    base = dict(family_id="f", member_id="m", info_kinds=["health"], purpose="Samarbejde")
    soon = Consent(id="c1", actor_id="school", given="2026-01-01", valid_until="2026-12-15", **base)
    later = Consent(id="c2", actor_id="job", given="2026-01-01", valid_until="2027-06-01", **base)
    withdrawn = Consent(
        id="c3",
        actor_id="club",
        given="2026-01-01",
        valid_until="2027-06-01",
        withdrawn="2026-11-20",
        **base,
    )
    assert soon.expires_within(today) and not later.expires_within(today)
    assert not withdrawn.is_valid(today) and withdrawn.is_valid(dt.date(2026, 11, 19))
    assert actors_without_valid_consent(
        ["school", "job", "club", "psych"], [soon, later, withdrawn], today
    ) == {
        "club",
        "psych",
    }


def test_a_blanket_consent_is_refused(repo: Repository) -> None:
    fid = repo.create_family("Familien Samtykke").primary_id
    mum = repo.add_member(fid, "Mor", "parent", 1985).primary_id
    actor = repo.create_entity("actor", fid, name="Jobcenter Morsø", kind="jobcenter").primary_id
    with pytest.raises(InvalidField):
        repo.create_entity(
            "consent",
            fid,
            member_id=mum,
            actor_id=actor,
            info_kinds=[],
            purpose="Alt",
            given="2026-01-01",
            valid_until="2027-01-01",
        )
