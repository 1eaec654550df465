"""The typed operations (ftbt_desktop/operations/) against a real vault: each writes
what it says in one change set, and the change set says where it came from."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from ftbt_desktop.core.casework import Consent
from ftbt_desktop.core.changes import DELETED, new_change_id
from ftbt_desktop.core.family_map import (
    LinkKind,
    MapLink,
    MapNode,
    MapSnapshot,
    NodeKind,
    Visibility,
    node_id_for,
)
from ftbt_desktop.core.model import FamilyStatus, LifeArea, MemberRole
from ftbt_desktop.core.plan import Actor, ActorKind, ProgressRating, Step, StepOwnerKind
from ftbt_desktop.core.review import PlanReview, ReviewComment, ReviewReply
from ftbt_desktop.operations import family, map_edits, members, network, plan, records, review
from ftbt_desktop.operations import map as map_ops
from ftbt_desktop.storage.repository import ChangeSet, Origin, Repository
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.service import VaultService

DAY = dt.date(2026, 3, 2)


@pytest.fixture
def family_id(repo: Repository) -> str:
    return str(family.create_family(repo, "Familien Holm").primary_id)


@pytest.fixture
def goal_id(repo: Repository, family_id: str) -> str:
    return str(repo.create_entity("goal", family_id, text="Mor i arbejde").primary_id)


def _local(changes: ChangeSet) -> None:
    assert changes
    assert changes.origin is Origin.LOCAL
    assert changes.initiator is None


def test_family_and_members(repo: Repository) -> None:
    created = family.create_family(repo, "Familien Holm")
    _local(created)
    fid = str(created.primary_id)
    _local(family.update_family(repo, fid, name="Familien Holm-Berg"))
    assert repo.family(fid).name == "Familien Holm-Berg"
    _local(family.close_family(repo, fid))
    assert repo.family(fid).status is FamilyStatus.CLOSED
    _local(family.reopen_family(repo, fid))
    assert repo.family(fid).status is FamilyStatus.ACTIVE

    added = members.add_member(repo, fid, "Mette", MemberRole.PARENT, 1988)
    _local(added)
    mid = str(added.primary_id)
    _local(members.update_member(repo, mid, birth_year=1987))
    assert [(m.name, m.birth_year) for m in repo.members(fid)] == [("Mette", 1987)]
    _local(members.remove_member(repo, mid))
    assert repo.members(fid) == []


def test_plan_steps_and_progress(repo: Repository, family_id: str, goal_id: str) -> None:
    rated = plan.rate_progress(repo, family_id, goal_id, DAY, 7, "Godt på vej")
    _local(rated)
    rating = repo.load_one(str(rated.primary_id))
    assert isinstance(rating, ProgressRating)
    assert (rating.goal_id, rating.date, rating.value, rating.note) == (
        goal_id,
        "2026-03-02",
        7,
        "Godt på vej",
    )

    made = plan.add_step(repo, family_id, goal_id, "Ring til jobcentret")
    _local(made)
    step = repo.load_one(str(made.primary_id))
    assert isinstance(step, Step)
    assert (step.goal_id, step.what, step.owner_kind, step.done) == (
        goal_id,
        "Ring til jobcentret",
        StepOwnerKind.COORDINATOR,
        False,
    )
    done = plan.set_step_done(repo, step.id, True)
    _local(done)
    assert [c.field for c in done.changes] == ["done"]
    assert repo.load_one(step.id).done is True


def test_network_actor_and_consent(repo: Repository, family_id: str) -> None:
    added = network.add_actor(repo, family_id, "Jobcentret", ActorKind.JOBCENTER)
    _local(added)
    actor = repo.load_one(str(added.primary_id))
    assert isinstance(actor, Actor)
    assert (actor.name, actor.kind) == ("Jobcentret", ActorKind.JOBCENTER)

    mid = str(members.add_member(repo, family_id, "Mette", MemberRole.PARENT).primary_id)
    consent_id = str(
        records.add_record(
            repo,
            "consent",
            family_id,
            {
                "member_id": mid,
                "actor_id": actor.id,
                "info_kinds": ["health"],
                "purpose": "Samarbejde",
                "given": "2026-01-01",
                "valid_until": "2027-01-01",
                "form": None,  # left empty on the form: not written at all
            },
        ).primary_id
    )
    withdrawn = network.withdraw_consent(repo, consent_id, DAY)
    _local(withdrawn)
    consent = repo.load_one(consent_id)
    assert isinstance(consent, Consent)
    assert (consent.withdrawn, consent.form) == ("2026-03-02", None)
    assert "form" not in {c.field for c in repo.changes(entity_type="consent")}


def test_a_form_record_and_its_edit(repo: Repository, family_id: str) -> None:
    mid = str(members.add_member(repo, family_id, "Mette", MemberRole.PARENT).primary_id)
    fields = {"member_id": mid, "date": "2026-03-01", "answers": [3, 3, 3, 3, 3]}
    made = records.add_record(repo, "who5_measure", family_id, fields)
    _local(made)
    assert made.entity_types == {"who5_measure"}
    edited = records.edit_record(repo, str(made.primary_id), {"answers": [4, 3, 3, 3, 3]})
    _local(edited)
    assert [c.field for c in edited.changes] == ["answers"]
    assert repo.load_one(str(made.primary_id)).answers == [4, 3, 3, 3, 3]


def test_map_snapshot(repo: Repository, family_id: str) -> None:
    content = {"nodes": [], "links": []}
    saved = map_ops.save_snapshot(repo, family_id, "Før mødet", DAY, content)
    _local(saved)
    snapshot = repo.load_one(str(saved.primary_id))
    assert isinstance(snapshot, MapSnapshot)
    assert (snapshot.name, snapshot.date, snapshot.content) == ("Før mødet", "2026-03-02", content)


def test_review_is_signed_by_the_vaults_user(repo: Repository, family_id: str) -> None:
    commented = review.add_review_comment(repo, family_id, "Mål 2 er uklart", DAY)
    _local(commented)
    comment = repo.load_one(str(commented.primary_id))
    assert isinstance(comment, ReviewComment)
    assert (comment.text, comment.author, comment.date) == (
        "Mål 2 er uklart",
        repo.user_id,
        "2026-03-02",
    )
    replied = review.reply_to_comment(repo, family_id, comment.id, "Rettet", DAY)
    reply = repo.load_one(str(replied.primary_id))
    assert isinstance(reply, ReviewReply)
    assert (reply.comment_id, reply.author) == (comment.id, repo.user_id)
    reviewed = review.mark_reviewed(repo, family_id, DAY)
    mark = repo.load_one(str(reviewed.primary_id))
    assert isinstance(mark, PlanReview)
    assert (mark.reviewed_on, mark.reviewer) == ("2026-03-02", repo.user_id)


def test_changes_from_elsewhere_say_so(repo: Repository, family_id: str, goal_id: str) -> None:
    """What an import or a sync merged is no local edit (the log's origin column)."""
    made = plan.add_step(repo, family_id, goal_id, "Skriv ansøgning")
    for origin, expected in (("import", Origin.IMPORT), ("server", Origin.SYNC)):
        copies = [replace(c, change_id=new_change_id()) for c in made.changes]
        applied = repo.apply_changes(copies, origin=origin)
        assert applied
        assert applied.origin is expected
        assert applied.initiator is None


def test_the_service_runs_an_operation_tags_it_and_announces_it(
    data_dir: Path, vault: Vault, family_id: str, goal_id: str
) -> None:
    service = VaultService(data_dir)
    service.attach(vault)
    heard: list[ChangeSet] = []
    service.sig_changed.connect(heard.append)
    asker = object()

    changes = service.run(plan.add_step, family_id, goal_id, "Ring", initiator=asker)

    assert changes.initiator is asker
    assert changes.origin is Origin.LOCAL
    assert heard == [changes]
    assert heard[0].initiator is asker
    # Who asked is no part of what changed: equal change sets stay equal.
    assert changes == changes.initiated_by(None)
    assert service.run(plan.set_step_done, str(changes.primary_id), True).initiator is None
    assert len(heard) == 2
    # Nothing changed, nothing said.
    assert not service.run(plan.set_step_done, str(changes.primary_id), True)
    assert len(heard) == 2


def test_placing_goal_and_note_nodes_and_linking_them(repo: Repository, family_id: str) -> None:
    placed = map_ops.place_node(repo, family_id, NodeKind.GOAL, 10, 20, "Mor i arbejde")
    _local(placed)
    assert placed.entity_types == {"goal", "map_node"}
    goal_node = repo.load_one(str(placed.primary_id))
    assert isinstance(goal_node, MapNode)
    assert (goal_node.x, goal_node.y, goal_node.kind) == (10.0, 20.0, NodeKind.GOAL)
    assert repo.load_one(str(goal_node.ref_id)).text == "Mor i arbejde"

    note = map_ops.place_node(repo, family_id, NodeKind.NOTE, 0, 0, "")
    assert note.entity_types == {"map_node"}
    assert "label" not in {c.field for c in note.changes}  # an empty label is not written

    linked = map_ops.link_nodes(
        repo, family_id, goal_node.id, str(note.primary_id), LinkKind.SUPPORTS, label=" "
    )
    _local(linked)
    link = repo.load_one(str(linked.primary_id))
    assert isinstance(link, MapLink)
    assert (link.source_id, link.kind, link.label) == (goal_node.id, LinkKind.SUPPORTS, None)
    with pytest.raises(ValueError):
        map_ops.link_nodes(repo, family_id, goal_node.id, goal_node.id)
    with pytest.raises(ValueError):
        map_ops.place_node(repo, family_id, NodeKind.MEMBER, 0, 0, "Mette")


def _fields(changes: ChangeSet) -> list[tuple[str, str]]:
    return sorted((c.entity_id, c.field) for c in changes.changes)


def test_the_maps_small_edits_write_only_what_they_name(repo: Repository, family_id: str) -> None:
    goal_node = str(map_ops.place_node(repo, family_id, NodeKind.GOAL, 0, 0, "Ro").primary_id)
    goal_id = str(repo.load_one(goal_node).ref_id)
    actor_node = str(map_ops.place_node(repo, family_id, NodeKind.ACTOR, 0, 0, "Skolen").primary_id)
    actor_id = str(repo.load_one(actor_node).ref_id)
    note = str(map_ops.place_node(repo, family_id, NodeKind.NOTE, 0, 0, "Madpakke").primary_id)

    _local(map_edits.reword_goal(repo, goal_id, "Ro om morgenen"))
    assert repo.load_one(goal_id).text == "Ro om morgenen"
    _local(map_edits.rename_actor(repo, actor_id, "Skolen i Nykøbing"))
    _local(map_edits.set_actor_kind(repo, actor_id, ActorKind.SCHOOL))
    actor = repo.load_one(actor_id)
    assert (actor.name, actor.kind) == ("Skolen i Nykøbing", ActorKind.SCHOOL)
    map_edits.label_node(repo, note, "   ")  # blank words clear the label
    assert repo.load_one(note).label is None

    a, b = new_change_id(), new_change_id()
    together = map_edits.set_concerned_members(repo, goal_id, [b, a, b])
    assert repo.load_one(goal_id).member_ids == sorted([a, b])  # sorted, once each
    assert _fields(together) == [(goal_id, "member_ids")]
    _local(map_edits.set_life_area(repo, note, LifeArea.WORK_EDUCATION))
    assert repo.load_one(note).life_area is LifeArea.WORK_EDUCATION

    # One drag: only the coordinates that moved are written, rounded like the scene's.
    moved = map_edits.move_nodes(repo, family_id, {note: (12.345, None), goal_node: (5, 6)})
    assert _fields(moved) == sorted([(note, "x"), (goal_node, "x"), (goal_node, "y")])
    assert (repo.load_one(note).x, repo.load_one(note).y) == (12.3, 0.0)
    hidden = map_edits.set_visibility(repo, family_id, [note], Visibility.INTERNAL)
    assert _fields(hidden) == [(note, "visibility")]

    link = str(map_ops.link_nodes(repo, family_id, goal_node, note).primary_id)
    kind_only = map_edits.set_link_kind(repo, link, LinkKind.STRAINS)
    assert _fields(kind_only) == [(link, "kind")]  # `mutual` left as it was
    map_edits.set_link_kind(repo, link, LinkKind.SUPPORTS, mutual=True)
    map_edits.label_link(repo, link, " hjælper ")
    assert (repo.load_one(link).kind, repo.load_one(link).mutual) == (LinkKind.SUPPORTS, True)
    assert repo.load_one(link).label == "hjælper"

    gone = map_edits.delete_map_items(repo, [note, link])
    _local(gone)
    assert {n.id for n in repo.load(family_id, "map_node")} == {goal_node, actor_node}
    _local(map_edits.restore_map_items(repo, [note, link]))
    assert repo.load_one(link).label == "hjælper"


def test_placing_missing_nodes_revives_and_places(repo: Repository, family_id: str) -> None:
    mette = str(members.add_member(repo, family_id, "Mette", MemberRole.PARENT).primary_id)
    freja = str(members.add_member(repo, family_id, "Freja", MemberRole.CHILD).primary_id)
    placed = map_edits.place_missing(repo, family_id, [], {(NodeKind.MEMBER, mette): (1.0, 2.0)})
    _local(placed)
    node = repo.load_one(node_id_for(mette))
    assert (node.kind, node.ref_id, node.x, node.y) == (NodeKind.MEMBER, mette, 1.0, 2.0)
    map_edits.delete_map_items(repo, [node_id_for(mette)])
    again = map_edits.place_missing(
        repo, family_id, [node_id_for(mette)], {(NodeKind.MEMBER, freja): (3.0, 4.0)}
    )
    assert (node_id_for(mette), DELETED) in [(c.entity_id, c.field) for c in again.changes]
    assert {n.ref_id for n in repo.load(family_id, "map_node")} == {mette, freja}
    assert (repo.load_one(node_id_for(mette)).x, repo.load_one(node_id_for(mette)).y) == (1, 2)


def test_records_removed_from_a_list_leave_a_tombstone(repo: Repository, family_id: str) -> None:
    visit = str(records.add_record(repo, "visit", family_id, {"date": "2026-03-02"}).primary_id)
    removed = records.delete_records(repo, [visit])
    _local(removed)
    assert repo.load(family_id, "visit") == []
    assert [c.field for c in removed.changes] == [DELETED]
