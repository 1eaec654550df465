from __future__ import annotations

import pytest
from conftest import PASSPHRASE

from ftbt_desktop.core.clock import Hlc
from ftbt_desktop.core.model import FamilyStatus, InvalidField, MemberRole
from ftbt_desktop.storage.errors import NotFound
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault


def test_family_lifecycle_is_all_changes(repo: Repository) -> None:
    created = repo.create_family("Familien Holm", coordinator="Anne")
    fid = created.primary_id
    assert created.family_ids == {fid}
    assert {c.field for c in created.changes} >= {"name", "status", "coordinator", "start"}
    repo.close_family(fid)
    assert repo.family(fid).status is FamilyStatus.CLOSED and repo.family(fid).end
    repo.reopen_family(fid)
    assert repo.family(fid).status is FamilyStatus.ACTIVE and repo.family(fid).end is None
    assert not repo.update_family(fid, name="Familien Holm")  # unchanged: no change written
    assert len(repo.changes(fid)) == len(created.changes) + 4


def test_members_add_edit_remove_and_order(repo: Repository) -> None:
    fid = repo.create_family("Familien Bak").primary_id
    child = repo.add_member(fid, "Liva", MemberRole.CHILD, 2016).primary_id
    repo.add_member(fid, "Oskar", "child", 2012)
    mum = repo.add_member(fid, "Sara", "parent", 1988).primary_id
    repo.add_member(fid, "Bente", "other_adult", 1950, in_household=False)
    names = [m.name for m in repo.members(fid)]
    assert names == ["Bente", "Sara", "Oskar", "Liva"]  # adults, then children, oldest first
    repo.update_member(mum, name="Sara Bak", birth_year=1987)
    repo.remove_member(child)
    members = {m.name: m for m in repo.members(fid)}
    assert "Liva" not in members and members["Sara Bak"].birth_year == 1987
    with pytest.raises(NotFound):
        repo.update_member(child, name="Igen")


@pytest.mark.parametrize(
    ("field", "value"),
    [("name", "  "), ("birth_year", 2999), ("birth_year", "1990"), ("role", "king")],
)
def test_invalid_values_are_refused_and_nothing_is_written(
    repo: Repository, field: str, value: object
) -> None:
    fid = repo.create_family("Familien Gyldig").primary_id
    mid = repo.add_member(fid, "Per", "parent", 1980).primary_id
    before = repo.change_count()
    with pytest.raises((InvalidField, ValueError)):
        repo.update_member(mid, **{field: value})
    assert repo.change_count() == before


def test_search_by_family_and_member_name_and_filter(repo: Repository) -> None:
    a = repo.create_family("Familien Ørsted").primary_id
    b = repo.create_family("Familien Lund").primary_id
    repo.add_member(b, "Åse Lund", "parent")
    repo.close_family(b)
    assert [f.id for f in repo.list_families("ørst")] == [a]
    assert [f.id for f in repo.list_families("åse")] == [b]
    assert [f.id for f in repo.list_families(status=FamilyStatus.ACTIVE)] == [a]
    assert [f.id for f in repo.list_families(status=FamilyStatus.CLOSED)] == [b]


def test_history_says_who_when_from_and_to(repo: Repository) -> None:
    repo.set_user_name("Koordinator Kim")
    fid = repo.create_family("Familien Dal").primary_id
    mid = repo.add_member(fid, "Ida", "child", 2015).primary_id
    repo.update_member(mid, name="Ida Dal")
    repo.remove_member(mid)
    history = repo.history(fid)
    renamed = next(h for h in history if h.change.field == "name" and h.new_value == "Ida Dal")
    assert renamed.old_value == "Ida" and renamed.change.user_id == "Koordinator Kim"
    assert renamed.entity_label == "Ida Dal" and renamed.current
    assert history[0].change.field == "_deleted"  # newest first
    assert [h.when for h in history] == sorted((h.when for h in history), reverse=True)


def test_the_clock_survives_reopen(vault: Vault, data_dir) -> None:
    repo = Repository(vault)
    fid = repo.create_family("Familien Ur").primary_id
    last = max(Hlc.decode(c.hlc) for c in repo.changes())
    device = repo.device_id
    vault.close(backup=False)
    reopened = Repository(Vault.open(data_dir, PASSPHRASE))
    assert reopened.device_id == device
    stamp = reopened.update_family(fid, name="Familien Ur II").changes[0].hlc
    assert Hlc.decode(stamp) > last
    reopened.vault.close(backup=False)


def test_a_failed_write_leaves_no_trace(repo: Repository) -> None:
    from ftbt_desktop.storage.repository import Edit

    fid = repo.create_family("Familien Hel").primary_id
    before = (repo.change_count(), repo.family(fid))
    with pytest.raises(InvalidField):
        repo.write(
            [
                Edit("family", fid, fid, "name", "Nyt navn"),
                Edit("family", fid, fid, "status", "maybe"),
            ]
        )
    assert (repo.change_count(), repo.family(fid)) == before
