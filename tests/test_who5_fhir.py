"""WHO-5 measures as FHIR R4 QuestionnaireResponse resources after KL's WHO-5 questionnaire.

The structure is checked against what KL's implementation guide (KLFFinst 1.0.0)
requires: the questionnaire's canonical URL, the five choice items' linkIds in
order, answers as Codings from KL's value set for that item, the response
profile's mandatory findingInformer extension. The answers must come back
exactly: a receiving system recomputes the score from them.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from clitools import PASSPHRASE, make_demo_vault, run_cli

from ftbt_desktop.core.measures import who5_score
from ftbt_desktop.export import who5_fhir
from ftbt_desktop.export.who5_fhir import ANSWER_CODES, answer_value, who5_export
from ftbt_desktop.storage import audit
from ftbt_desktop.storage.demo import add_demo_families
from ftbt_desktop.storage.errors import NotFound
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault

KL_QUESTIONNAIRE = "http://fhir.kl.dk/ffinst/Questionnaire/KLToolsCareWHO5"
KL_LINK_IDS = ["happy", "calm", "active", "rested", "interest"]
DATETIME = re.compile(
    r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2}))?)?)?$"
)
NOTE = "Koordinatorens egen bemærkning, ikke til andre systemer"


@pytest.fixture
def family(repo: Repository) -> tuple[str, dict[str, str], str]:
    """The active demo family, its members by first name, and the other demo family."""
    family_id, other = add_demo_families(repo)[:2]
    members = {m.name.split()[0]: m.id for m in repo.members(family_id)}
    return family_id, members, other


def check_response(resource: dict, answers: list[int], date: str, member_id: str) -> None:
    """Every rule of KL's questionnaire and response profile one resource must keep."""
    assert resource["resourceType"] == "QuestionnaireResponse"
    assert resource["questionnaire"] == KL_QUESTIONNAIRE
    assert resource["status"] == "completed"
    assert resource["authored"] == date and DATETIME.match(resource["authored"])
    assert resource["meta"]["profile"] == [
        "http://fhir.kl.dk/ffinst/StructureDefinition/KLToolsQuestionnaireResponse"
    ]
    informers = [
        e
        for e in resource["extension"]
        if e["url"] == "http://fhir.kl.dk/ffinst/StructureDefinition/FindingInformer"
    ]
    assert len(informers) == 1
    (coding,) = informers[0]["valueCodeableConcept"]["coding"]
    assert coding["system"] == "http://fhir.kl.dk/ffinst/CodeSystem/KLToolsCodes"
    assert coding["code"] == "a3d30bf2-4a3c-4c49-9001-5363ae11681c"  # "Borger"
    assert resource["subject"]["identifier"]["value"] == f"urn:uuid:{member_id}"
    assert [item["linkId"] for item in resource["item"]] == KL_LINK_IDS
    got = []
    for item in resource["item"]:
        (answer,) = item["answer"]
        assert list(answer) == ["valueCoding"]
        coding = answer["valueCoding"]
        assert coding["system"] == "http://fhir.kl.dk/ffinst/CodeSystem/KLToolsCodes"
        assert coding["code"] in ANSWER_CODES[item["linkId"]]
        got.append(answer_value(item["linkId"], coding["code"]))
        assert coding["display"].startswith("WHO-5 ") and f"- {got[-1]} (" in coding["display"]
    assert got == answers


def test_every_answer_of_every_item_has_its_own_kl_code() -> None:
    codes = [code for link_id in KL_LINK_IDS for code in ANSWER_CODES[link_id]]
    assert len(codes) == len(set(codes)) == 30
    # KL's own example: "happy" answered 5 (all of the time), "calm" answered 3.
    assert who5_fhir.answer_coding("happy", 5)["code"] == "0e5aa952-d470-4219-b275-5e8204d96987"
    assert who5_fhir.answer_coding("calm", 3) == {
        "system": "http://fhir.kl.dk/ffinst/CodeSystem/KLToolsCodes",
        "code": "1ab11c78-6258-4069-9065-0f076833b133",
        "display": "WHO-5 Lidt mere end halvdelen af tiden - 3 (rolig)",
    }
    for link_id in KL_LINK_IDS:
        for answer in range(6):
            coding = who5_fhir.answer_coding(link_id, answer)
            assert answer_value(link_id, coding["code"]) == answer
        with pytest.raises(ValueError):
            answer_value(link_id, ANSWER_CODES["calm" if link_id != "calm" else "happy"][0])


def test_a_members_measures_become_kl_questionnaire_responses(
    repo: Repository, family: tuple[str, dict[str, str], str]
) -> None:
    family_id, members, _ = family
    jonas = members["Jonas"]
    repo.create_entity(
        "who5_measure",
        family_id,
        member_id=jonas,
        date="2026-03-02",
        answers=[0, 1, 2, 5, 4],
        note=NOTE,
    )
    stored = [m for m in repo.load(family_id, "who5_measure") if m.member_id == jonas]
    made = dt.datetime(2026, 12, 5, 9, 30, tzinfo=dt.UTC)

    export = who5_export(repo, family_id, jonas, made_at=made)

    doc = export.document
    assert doc["resourceType"] == "Bundle" and doc["type"] == "collection"
    assert DATETIME.match(doc["timestamp"]) and doc["timestamp"].startswith("2026-12-05T09:30")
    assert export.measures == len(doc["entry"]) == len(stored) >= 2
    by_date = {m.date: m for m in stored}
    for entry in doc["entry"]:
        resource = entry["resource"]
        assert entry["fullUrl"] == f"urn:uuid:{resource['id']}"
        measure = by_date[resource["authored"]]
        check_response(resource, measure.answers, measure.date, jonas)
        got = [
            answer_value(i["linkId"], i["answer"][0]["valueCoding"]["code"])
            for i in resource["item"]
        ]
        assert who5_score(got) == measure.score
    assert [e["resource"]["authored"] for e in doc["entry"]] == sorted(by_date)
    text = json.dumps(doc, ensure_ascii=False)
    assert NOTE not in text  # the coordinator's note stays in the vault
    # The same measure gets the same resource id in a later export: a system can
    # recognise what it already has.
    again = who5_export(repo, family_id, jonas, made_at=made + dt.timedelta(days=1)).document
    assert [e["fullUrl"] for e in again["entry"]] == [e["fullUrl"] for e in doc["entry"]]


def test_a_family_export_holds_every_members_measures_and_no_other_family(
    repo: Repository, family: tuple[str, dict[str, str], str]
) -> None:
    family_id, _, other = family
    theirs = {m.id for m in repo.load(other, "who5_measure")}
    ours = repo.load(family_id, "who5_measure")
    doc = who5_export(repo, family_id).document
    subjects = {e["resource"]["subject"]["identifier"]["value"] for e in doc["entry"]}
    assert subjects == {f"urn:uuid:{m.member_id}" for m in ours}
    assert len(doc["entry"]) == len(ours)
    ids = {e["resource"]["id"] for e in doc["entry"]}
    assert not ids & {who5_fhir.resource_id(m) for m in theirs}


def test_an_unknown_member_or_family_is_not_found(
    repo: Repository, family: tuple[str, dict[str, str], str]
) -> None:
    family_id, _, other = family
    stranger = repo.members(other)[0].id
    with pytest.raises(NotFound):
        who5_export(repo, family_id, stranger)  # a member of another family
    with pytest.raises(NotFound):
        who5_export(repo, "no-such-family")


def test_the_command_writes_the_file_and_notes_the_export(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    make_demo_vault(data_dir)
    listed = run_cli("export", "--data-dir", data_dir, "-o", "-")
    assert listed.returncode == 0, listed.stderr
    family = next(f for f in json.loads(listed.stdout)["families"] if f["who5_measures"])
    member = family["who5_measures"][0]["member_id"]
    answers = [m["answers"] for m in family["who5_measures"] if m["member_id"] == member]
    target = tmp_path / "who5.json"

    done = run_cli(
        "export", "--format", "fhir", "--family", family["id"], "--member", member,
        "--data-dir", data_dir, "-o", target,
    )  # fmt: skip

    assert done.returncode == 0, done.stderr
    assert f"WHO-5 measures: {len(answers)}" in done.stdout
    assert target.stat().st_mode & 0o077 == 0
    doc = json.loads(target.read_text(encoding="utf-8"))
    got = [
        [
            answer_value(i["linkId"], i["answer"][0]["valueCoding"]["code"])
            for i in e["resource"]["item"]
        ]
        for e in doc["entry"]
    ]
    assert sorted(got) == sorted(answers)
    vault = Vault.open(data_dir, PASSPHRASE)
    try:
        kinds = [(r.kind, r.format, r.family_ids) for r in audit.list_exports(vault)]
    finally:
        vault.close(backup=False)
    assert (audit.KIND_WHO5_FHIR, "fhir", (family["id"],)) in kinds


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["--format", "fhir"], 64, "give --family ID"),
        (["--member", "x"], 64, "--member goes with --format fhir"),
        (["--format", "fhir", "--family", "nope"], 7, "no family with the id nope"),
    ],
)
def test_the_command_refuses_what_it_cannot_do(
    tmp_path: Path, args: list[str], code: int, words: str
) -> None:
    data_dir = tmp_path / "data"
    make_demo_vault(data_dir)
    target = tmp_path / "who5.json"
    done = run_cli("export", *args, "--data-dir", data_dir, "-o", target)
    assert done.returncode == code, done.stderr
    assert words in done.stderr
    assert not target.exists()
