"""The JSON export and import, in process over real vaults."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE

from ftbt_desktop.core.changes import Change
from ftbt_desktop.export.json_export import (
    FORMAT,
    VERSION,
    ImportFormatError,
    dumps_document,
    export_document,
    import_document,
    parse_document,
    plural,
    sections,
)
from ftbt_desktop.storage import keys
from ftbt_desktop.storage.demo import add_demo_families
from ftbt_desktop.storage.errors import NotFound
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault


@pytest.fixture
def other_repo(tmp_path: Path) -> Iterator[Repository]:
    """A second, empty vault to import into."""
    vault, _ = Vault.create(tmp_path / "other", PASSPHRASE, keys.minimum_params())
    yield Repository(vault)
    vault.close(backup=False)


@pytest.fixture
def filled(repo: Repository) -> Repository:
    """Demo families plus the kinds of edit the export must carry: a rename, a removed
    member (its changes stay, the member goes), and a goal (a later entity kind)."""
    holm, _ = add_demo_families(repo)
    repo.update_family(holm, name="Familien Holm")
    removed = repo.add_member(holm, "Midlertidig Person", role="other_adult").primary_id
    assert removed is not None
    repo.remove_member(removed)
    repo.create_entity("goal", holm, text="Mette vil tilbage på arbejde på deltid")
    return repo


def test_document_shape(filled: Repository) -> None:
    doc = export_document(filled)
    assert list(doc) == ["format", "version", "families"]
    assert doc["format"] == FORMAT and doc["version"] == VERSION == 1
    holm = next(f for f in doc["families"] if f["name"] == "Familien Holm")
    assert list(holm)[:8] == [
        "id",
        "name",
        "status",
        "coordinator",
        "start",
        "end",
        "notes",
        "is_demo",
    ]
    assert holm["is_demo"] is True and holm["status"] == "active"
    names = [m["name"] for m in holm["members"]]
    assert "Midlertidig Person" not in names
    assert set(names) >= {"Mette Holm", "Freja Holm Kristensen"}
    assert set(holm["members"][0]) == {"id", "name", "role", "birth_year", "in_household"}
    # The demo brings goals of its own; the one added here is among them.
    assert "Mette vil tilbage på arbejde på deltid" in [g["text"] for g in holm["goals"]]
    # Every registered kind has its list, so the schema does not depend on the data.
    assert all(s.key in holm for s in sections())
    # The whole log: the removed member's changes and its tombstone are there.
    changes = [Change.from_dict(c) for c in holm["changes"]]
    assert {c.field for c in changes} >= {"_deleted", "name", "notes"}
    assert [c.order_key for c in changes] == sorted(c.order_key for c in changes)
    assert len(changes) == len(filled.changes(holm["id"]))
    assert all(set(c) == {f.name for f in fields(Change)} for c in holm["changes"])
    closed = next(f for f in doc["families"] if f["name"] == "Familien Jensen")
    assert closed["status"] == "closed" and closed["end"] is not None


def test_export_is_deterministic(filled: Repository) -> None:
    first = dumps_document(export_document(filled))
    assert dumps_document(export_document(filled)) == first
    assert first.endswith("}\n")
    assert "ø" in first and "\\u00f8" not in first  # readable UTF-8, not escapes
    assert json.loads(first) == export_document(filled)


def test_round_trip_gives_the_same_json(filled: Repository, other_repo: Repository) -> None:
    text = dumps_document(export_document(filled))
    report = import_document(other_repo, json.loads(text))
    assert report.families == 2
    assert report.new == report.changes == filled.change_count()
    assert dumps_document(export_document(other_repo)) == text


def test_importing_twice_changes_nothing(filled: Repository, other_repo: Repository) -> None:
    doc = export_document(filled)
    import_document(other_repo, doc)
    count = other_repo.change_count()
    before = dumps_document(export_document(other_repo))
    again = import_document(other_repo, copy.deepcopy(doc))
    assert again.new == 0 and again.known == again.changes == count
    assert other_repo.change_count() == count
    assert dumps_document(export_document(other_repo)) == before


def test_import_merges_with_what_the_vault_has(filled: Repository, other_repo: Repository) -> None:
    own = other_repo.create_family("Familien Berg").primary_id
    assert own is not None
    import_document(other_repo, export_document(filled))
    names = {f.name for f in other_repo.list_families()}
    assert names == {"Familien Berg", "Familien Holm", "Familien Jensen"}
    # A later edit on the source side arrives by importing the newer file.
    holm = next(f.id for f in filled.list_families() if f.name == "Familien Holm")
    filled.update_family(holm, coordinator="Ahmad Rahimi")
    report = import_document(other_repo, export_document(filled))
    assert report.new == 1
    assert other_repo.family(holm).coordinator == "Ahmad Rahimi"


def test_family_option_limits_to_one(filled: Repository) -> None:
    jensen = next(f.id for f in filled.list_families() if f.name == "Familien Jensen")
    doc = export_document(filled, jensen)
    assert [f["id"] for f in doc["families"]] == [jensen]
    assert all(c["family_id"] == jensen for c in doc["families"][0]["changes"])
    with pytest.raises(NotFound):
        export_document(filled, "00000000-0000-4000-8000-000000000000")


def test_plural_keys() -> None:
    assert plural("member") == "members"
    assert plural("leisure_activity") == "leisure_activities"
    assert plural("survey") == "surveys"


Mutation = Callable[[dict[str, Any]], None]


def _first_change(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["families"][0]["changes"][0]


def _member_change(doc: dict[str, Any]) -> dict[str, Any]:
    return next(c for c in doc["families"][0]["changes"] if c["entity_type"] == "member")


BAD_DOCUMENTS: dict[str, tuple[Mutation, str]] = {
    "wrong format": (lambda d: d.update(format="something-else"), "not_export"),
    "newer version": (lambda d: d.update(version=2), "newer_version"),
    "version as text": (lambda d: d.update(version="1"), "bad_version"),
    "families not a list": (lambda d: d.update(families={}), "bad_families"),
    "family without changes": (lambda d: d["families"][0].pop("changes"), "bad_family"),
    "family twice": (lambda d: d["families"].append(d["families"][0]), "duplicate_family"),
    "change without clock": (lambda d: _first_change(d).pop("hlc"), "bad_change"),
    "change with a bad id": (lambda d: _first_change(d).update(change_id="x"), "bad_change"),
    "change not an object": (lambda d: d["families"][0]["changes"].append(7), "bad_change"),
    "foreign family id": (
        lambda d: _member_change(d).update(family_id="11111111-1111-4111-8111-111111111111"),
        "foreign_change",
    ),
    "unknown kind": (lambda d: _member_change(d).update(entity_type="spaceship"), "unknown_kind"),
    "invalid value": (
        lambda d: _member_change(d).update(field="birth_year", value=1700),
        "invalid_value",
    ),
    "change twice": (
        lambda d: d["families"][0]["changes"].append(dict(_first_change(d))),
        "duplicate_change",
    ),
    "snapshot edited": (lambda d: d["families"][0].update(name="Someone Else"), "mismatch"),
    "member edited": (
        lambda d: d["families"][0]["members"][0].update(name="Someone Else"),
        "mismatch",
    ),
    "family without its own history": (
        lambda d: d["families"][0].update(
            changes=[c for c in d["families"][0]["changes"] if c["entity_type"] != "family"]
        ),
        "no_family_entity",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_DOCUMENTS))
def test_malformed_documents_are_refused_and_change_nothing(
    case: str, filled: Repository, other_repo: Repository
) -> None:
    mutate, code = BAD_DOCUMENTS[case]
    import_document(other_repo, export_document(filled))
    before = dumps_document(export_document(other_repo))
    count = other_repo.change_count()
    doc = export_document(filled)
    mutate(doc)
    with pytest.raises(ImportFormatError) as raised:
        import_document(other_repo, doc)
    assert raised.value.code == code
    assert str(raised.value)  # an English reason for logs and tests
    assert other_repo.change_count() == count
    assert dumps_document(export_document(other_repo)) == before


def test_a_bad_change_late_in_the_file_stops_the_whole_import(
    filled: Repository, other_repo: Repository
) -> None:
    doc = export_document(filled)
    doc["families"][-1]["changes"][-1]["value"] = {"not": "a name"}
    doc["families"][-1]["changes"][-1]["field"] = "name"
    with pytest.raises(ImportFormatError):
        import_document(other_repo, doc)
    assert other_repo.change_count() == 0
    assert other_repo.list_families() == []


@pytest.mark.parametrize("raw", [b"", b"{", b"\xff\xfe\x00", b"[1, 2"])
def test_not_json_is_refused(raw: bytes) -> None:
    with pytest.raises(ImportFormatError) as raised:
        parse_document(raw)
    assert raised.value.code == "not_json"


def test_parse_accepts_a_byte_order_mark(filled: Repository) -> None:
    text = dumps_document(export_document(filled))
    assert parse_document(("\ufeff" + text).encode("utf-8")) == json.loads(text)


def test_a_file_without_later_sections_still_imports(
    filled: Repository, other_repo: Repository
) -> None:
    """Files from before an entity kind existed lack its key; they still import."""
    doc = export_document(filled)
    for family in doc["families"]:
        for section in sections():
            if section.key != "members":
                family.pop(section.key)
    report = import_document(other_repo, doc)
    assert report.new == report.changes
    assert dumps_document(export_document(other_repo)) == dumps_document(export_document(filled))


def test_the_documented_schema_lists_every_entity_kind() -> None:
    """docs/export-format.md must describe every list an export holds, field by field."""
    doc = (Path(__file__).parent.parent / "docs" / "export-format.md").read_text(encoding="utf-8")
    for section in sections():
        fields_text = ", ".join(f"`{name}`" for name in section.fields)
        row = f"| `{section.key}` | `{section.entity_type}` | {fields_text} |"
        assert row in doc, f"docs/export-format.md lacks the row: {row}"


def test_a_file_nested_too_deep_is_refused_as_not_json() -> None:
    with pytest.raises(ImportFormatError) as raised:
        parse_document(b"[" * 100_000 + b"]" * 100_000)
    assert raised.value.code == "not_json"


@pytest.mark.parametrize(
    ("field", "raw"),
    [("birth_year", "NaN"), ("birth_year", "1e400"), ("name", "[" * 900 + "]" * 900)],
)
def test_values_no_field_holds_are_refused_naming_the_field(
    filled: Repository, other_repo: Repository, field: str, raw: str
) -> None:
    doc = export_document(filled)
    change = _member_change(doc)
    change.update(field=field, value="RAW-VALUE")
    text = json.dumps(doc).replace('"RAW-VALUE"', raw)
    with pytest.raises(ImportFormatError) as raised:
        import_document(other_repo, parse_document(text.encode()))
    assert raised.value.code == "invalid_value"
    assert f"member.{field}" in str(raised.value)
    assert other_repo.change_count() == 0


def test_a_number_longer_than_python_reads_is_not_json() -> None:
    """Past 4,300 digits json.loads raises a plain ValueError: the import's unexpected
    error rather than "not JSON" (an adversarial review)."""
    from ftbt_desktop.export.json_export import ImportFormatError, parse_document

    with pytest.raises(ImportFormatError) as caught:
        parse_document(b'{"format": "ftbt-export", "version": ' + b"9" * 5000 + b"}")
    assert caught.value.code == "not_json"


def test_a_refusal_quotes_the_file_as_text_and_briefly() -> None:
    """A crafted family id with terminal escape codes reached the terminal live, and a
    3 MB one was printed whole (an adversarial review)."""
    from ftbt_desktop.export.json_export import SHOWN_CHARS, ImportFormatError

    hostile = "\x1b[31mRED\x1b]0;pwned\x07 \u202eevil"
    for family_id in (hostile, "x" * 3_000_000):
        exc = ImportFormatError(
            "no_name", "family {family} has no name", family=2, family_id=family_id
        )
        for text in (str(exc), exc.params["family_id"]):
            assert not any(ord(c) < 32 or c in "\u202e\x7f" for c in text), text
            assert len(text) < SHOWN_CHARS + 40
    shown = ImportFormatError("x", "{family}", family=1, family_id=hostile).params["family_id"]
    assert shown.startswith("\\u001b[31mRED") and "\\u202eevil" in shown
    # An ordinary id is shown as it is.
    plain = "3f6c1c56-6f4e-4d0a-9a43-5d7f0c1e2a10"
    assert (
        ImportFormatError("x", "{family}", family=1, family_id=plain).params["family_id"] == plain
    )
