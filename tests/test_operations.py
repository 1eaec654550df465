"""The typed operations (ftbt_desktop/operations/) against a real vault: each writes
what it says in one change set, and the change set says where it came from."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from ftbt_desktop.core.casework import Consent
from ftbt_desktop.core.changes import new_change_id
from ftbt_desktop.core.family_map import LinkKind, MapLink, MapNode, MapSnapshot, NodeKind
from ftbt_desktop.core.model import FamilyStatus, MemberRole
from ftbt_desktop.core.plan import Actor, ActorKind, ProgressRating, Step, StepOwnerKind
from ftbt_desktop.core.review import PlanReview, ReviewComment, ReviewReply
from ftbt_desktop.operations import family, members, network, plan, records, review
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
