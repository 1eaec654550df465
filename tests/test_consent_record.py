"""A §11a consent's new parts (issue 12) end to end below the UI: who gave it
(`giver_ids`), every recipient (`actor_ids`), how it was given (`form`).

Field rules in a real vault, consents from before (no givers) read as "not
recorded", the JSON export carries the new fields and old files still import,
and a real `ftbt-server` process takes the new fields from one laptop to the
other and refuses malformed giver lists.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from conftest import PASSPHRASE
from server_fixtures import RunningServer, api, make_change

from ftbt_desktop.core.casework import (
    MAX_GIVERS,
    MAX_RECIPIENTS,
    Consent,
    GivenForm,
    actors_without_valid_consent,
    recipient_fields,
)
from ftbt_desktop.core.fields import InvalidField, validate
from ftbt_desktop.core.model import MemberRole
from ftbt_desktop.export.json_export import export_document, import_document
from ftbt_desktop.storage import keys
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault

pytest_plugins = ("server_fixtures", "sync_devices")

if TYPE_CHECKING:
    from sync_devices import Device

    Devices = Callable[[str], Device]

TODAY = dt.date.today()


def day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


def family(repo: Repository) -> tuple[str, dict[str, str]]:
    """Mette and Jonas with custody of Emma (13); the school and the jobcenter."""
    family_id = str(repo.create_family("Familien Berg").primary_id)
    ids = {}
    for name, role, year in (
        ("Mette", MemberRole.PARENT, 1982),
        ("Jonas", MemberRole.PARENT, 1984),
        ("Emma", MemberRole.CHILD, TODAY.year - 13),
    ):
        ids[name] = str(repo.add_member(family_id, name, role, year).primary_id)
    for key, name, kind in (("school", "Skolen", "school"), ("job", "Jobcentret", "jobcenter")):
        ids[key] = str(repo.create_entity("actor", family_id, name=name, kind=kind).primary_id)
    return family_id, ids


def full_consent(ids: dict[str, str], **more: Any) -> dict[str, Any]:
    fields = {
        "member_id": ids["Emma"],
        "giver_ids": [ids["Mette"], ids["Jonas"]],
        **recipient_fields([ids["school"], ids["job"]]),
        "info_kinds": ["school_daycare"],
        "purpose": "At følge Emmas fremmøde",
        "given": day(-1),
        "valid_until": day(364),
        "form": "oral",
    }
    fields.update(more)
    return fields


# -- the field rules -----------------------------------------------------------

A, B, C = (str(uuid.uuid4()) for _ in range(3))

MALFORMED_GIVERS: dict[str, Any] = {
    "none named": [],
    "not a list": A,
    "null": None,
    "not an id": ["Mette"],
    "a number": [1],
    "nested": [[A]],
    "an object": {"id": A},
    "named twice": [A, A],
    "too many": [str(uuid.uuid4()) for _ in range(MAX_GIVERS + 1)],
    "a long text": ["x" * 100_000],
}


def test_givers_and_recipients_are_one_or_more_distinct_ids_kept_sorted() -> None:
    assert validate("consent", "giver_ids", [B, A]) == sorted([A, B])
    assert validate("consent", "giver_ids", [A.upper()]) == [A]  # normalised
    assert validate("consent", "actor_ids", [C, A, B]) == sorted([A, B, C])
    assert validate("consent", "form", "written") == "written"
    assert validate("consent", "form", "oral") == "oral"


@pytest.mark.parametrize("field", ["giver_ids", "actor_ids"])
@pytest.mark.parametrize("name", sorted(MALFORMED_GIVERS))
def test_malformed_giver_and_recipient_lists_are_refused(field: str, name: str) -> None:
    value = MALFORMED_GIVERS[name]
    if name == "too many" and field == "actor_ids":
        value = [str(uuid.uuid4()) for _ in range(MAX_RECIPIENTS + 1)]
    with pytest.raises(InvalidField) as refused:
        validate("consent", field, value)
    assert refused.value.field == field
    assert len(str(refused.value)) < 300  # the value is not echoed


@pytest.mark.parametrize("value", ["email", "Written", "", None, True, ["written"]])
def test_only_written_or_oral_is_a_form(value: Any) -> None:
    with pytest.raises(InvalidField):
        validate("consent", "form", value)


def test_the_vault_keeps_every_part_of_a_consent(repo: Repository) -> None:
    family_id, ids = family(repo)
    consent_id = str(repo.create_entity("consent", family_id, **full_consent(ids)).primary_id)
    consent = repo.load_one(consent_id)
    assert consent.member_id == ids["Emma"]
    assert consent.giver_ids == sorted([ids["Mette"], ids["Jonas"]])
    assert consent.givers_known
    assert consent.recipient_ids == sorted([ids["school"], ids["job"]])
    assert consent.actor_id == consent.recipient_ids[0]
    assert consent.form is GivenForm.ORAL
    assert consent.info_kinds == ["school_daycare"]
    assert (consent.given, consent.valid_until, consent.withdrawn) == (day(-1), day(364), None)
    # Both recipients are covered: neither actor is marked.
    assert actors_without_valid_consent([ids["school"], ids["job"]], [consent], TODAY) == set()

    with pytest.raises(InvalidField) as refused:
        repo.update_entity(consent_id, giver_ids=[])  # a record of who gave it is not erased
    assert refused.value.field == "giver_ids"
    assert repo.load_one(consent_id).giver_ids == consent.giver_ids


def test_a_consent_from_before_reads_as_giver_not_recorded(repo: Repository) -> None:
    """Written as the app wrote consents before issue 12: one actor, no givers, no form.
    No migration: it loads with its giver unknown, and gets givers by an ordinary edit."""
    family_id, ids = family(repo)
    old = {k: v for k, v in full_consent(ids).items() if k not in ("giver_ids", "form")}
    old.pop("actor_ids")
    old["actor_id"] = ids["school"]
    consent_id = str(repo.create_entity("consent", family_id, **old).primary_id)
    consent = repo.load_one(consent_id)
    assert consent.giver_ids == [] and not consent.givers_known
    assert consent.recipient_ids == [ids["school"]] and consent.form is None
    assert actors_without_valid_consent([ids["school"], ids["job"]], [consent], TODAY) == {
        ids["job"]
    }

    repo.update_entity(consent_id, giver_ids=[ids["Mette"], ids["Jonas"]], form="written")
    consent = repo.load_one(consent_id)
    assert consent.givers_known and consent.form is GivenForm.WRITTEN
    assert consent.recipient_ids == [ids["school"]]


def test_renewal_needs_every_recipient_again() -> None:
    from ftbt_desktop.core.casework import renews

    old = Consent("o", "f", "emma", "job", ["health"], "p", day(-300), day(10), None,
                  ["mette"], ["job", "school"])  # fmt: skip
    same = dataclasses.replace(old, id="n", given=day(0), valid_until=day(400))
    assert renews(same, old)
    assert not renews(dataclasses.replace(same, actor_ids=["job"]), old)


# -- the JSON export -------------------------------------------------------------


@pytest.fixture
def other_repo(tmp_path: Path) -> Iterator[Repository]:
    vault, _ = Vault.create(tmp_path / "other", PASSPHRASE, keys.minimum_params())
    yield Repository(vault)
    vault.close(backup=False)


def test_the_export_carries_givers_recipients_and_form(
    repo: Repository, other_repo: Repository
) -> None:
    family_id, ids = family(repo)
    repo.create_entity("consent", family_id, **full_consent(ids))
    doc = export_document(repo)
    [item] = doc["families"][0]["consents"]
    assert item["giver_ids"] == sorted([ids["Mette"], ids["Jonas"]])
    assert item["actor_ids"] == sorted([ids["school"], ids["job"]])
    assert item["form"] == "oral" and item["member_id"] == ids["Emma"]

    import_document(other_repo, json.loads(json.dumps(doc)))
    assert export_document(other_repo) == doc


def test_an_export_from_before_the_new_fields_still_imports(
    repo: Repository, other_repo: Repository
) -> None:
    """A file written before issue 12: its consents lack giver_ids, actor_ids and form."""
    family_id, ids = family(repo)
    old = {k: v for k, v in full_consent(ids).items() if k not in ("giver_ids", "form")}
    old.pop("actor_ids")
    repo.create_entity("consent", family_id, **old)
    doc = export_document(repo)
    for item in doc["families"][0]["consents"]:
        for key in ("giver_ids", "actor_ids", "form"):
            del item[key]
    report = import_document(other_repo, doc)
    assert report.new == report.changes
    [consent] = other_repo.load(family_id, "consent")
    assert not consent.givers_known

    # A changed value is still found, in the keys the file has.
    doc["families"][0]["consents"][0]["purpose"] = "Noget andet"
    from ftbt_desktop.export.json_export import ImportFormatError

    with pytest.raises(ImportFormatError) as refused:
        import_document(other_repo, doc)
    assert refused.value.code == "mismatch"


# -- sync through a real server --------------------------------------------------


def test_givers_recipients_and_form_go_from_one_laptop_to_the_other(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    sqlite_server.add_user("anne")
    one, two = devices("laptop-1"), devices("laptop-2")
    one.login(sqlite_server.url, "anne")
    two.login(sqlite_server.url, "anne")
    family_id, ids = family(one.repo)
    new_id = str(one.repo.create_entity("consent", family_id, **full_consent(ids)).primary_id)
    old = {k: v for k, v in full_consent(ids).items() if k not in ("giver_ids", "form")}
    old.pop("actor_ids")
    old_id = str(one.repo.create_entity("consent", family_id, **old).primary_id)
    report = one.sync()
    assert not report.rejected and report.in_sync

    two.sync()
    assert two.repo.load_one(new_id) == one.repo.load_one(new_id)
    assert not two.repo.load_one(old_id).givers_known

    # The second laptop records who gave the old consent; the first one learns it.
    two.repo.update_entity(old_id, giver_ids=[ids["Mette"]], form="written")
    report = two.sync()
    assert not report.rejected
    one.sync()
    consent = one.repo.load_one(old_id)
    assert consent.giver_ids == [ids["Mette"]] and consent.form is GivenForm.WRITTEN
    assert one.family_state(family_id) == two.family_state(family_id)


def test_the_server_refuses_malformed_giver_lists_and_takes_the_rest(
    server: RunningServer,
) -> None:
    server.add_user("anna")
    token = server.login("anna")
    family_id = str(uuid.uuid4())
    consent_id = str(uuid.uuid4())
    member = str(uuid.uuid4())

    def change(field: str, value: Any) -> dict[str, Any]:
        return make_change(
            family_id, entity_type="consent", entity_id=consent_id, field=field, value=value
        )

    good = [
        make_change(family_id, entity_type="family", value="Familien"),
        change("giver_ids", [member]),
        change("actor_ids", [str(uuid.uuid4())]),
        change("form", "written"),
    ]
    bad = {name: change("giver_ids", value) for name, value in MALFORMED_GIVERS.items()}
    bad["form"] = change("form", "by e-mail")
    bad["actor_ids"] = change("actor_ids", [])
    with api(server, token) as client:
        answer = client.post("/api/v1/sync/push", json={"changes": [*good, *bad.values()]}).json()
        assert sorted(answer["accepted"]) == sorted(c["change_id"] for c in good)
        refused = {r["change_id"]: r for r in answer["rejected"]}
        for name, bad_change in bad.items():
            rejection = refused[bad_change["change_id"]]
            assert rejection["reason"] == "invalid", name
            field = bad_change["field"]
            assert rejection["message"].startswith(f"consent.{field}:"), name
            assert len(rejection["message"]) < 500, name

        pulled = client.get("/api/v1/sync/pull", params={"after": 0}).json()
    values = {(c["field"], json.dumps(c["value"])) for c in pulled["changes"]}
    assert ("giver_ids", json.dumps([member])) in values
    assert not any(f == "giver_ids" and v != json.dumps([member]) for f, v in values)
