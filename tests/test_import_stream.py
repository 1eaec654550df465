"""Import reads an export as a stream (issue 18): one family in memory at a time,
checked whole before anything is written, written all or nothing, and an error
names the family by its place in the file and its id. Real vaults."""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE

from ftbt_desktop.core.clock import Hlc, wall_ms
from ftbt_desktop.export.json_export import (
    ImportFormatError,
    dumps_document,
    export_document,
)
from ftbt_desktop.export.json_import import check_file, import_file
from ftbt_desktop.export.json_stream import ExportHeader, ExportReader, NotJson
from ftbt_desktop.storage import keys
from ftbt_desktop.storage.demo import add_demo_families
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Repository]:
    vault, _ = Vault.create(tmp_path / "other", PASSPHRASE, keys.minimum_params())
    yield Repository(vault)
    vault.close(backup=False)


@pytest.fixture
def doc(repo: Repository) -> dict[str, Any]:
    add_demo_families(repo)
    repo.create_family("Familien Æblegård")
    return export_document(repo)


def _families(data: bytes, chunk: int) -> list[Any]:
    return [i for i in ExportReader(io.BytesIO(data), chunk) if not isinstance(i, ExportHeader)]


@pytest.mark.parametrize("chunk", [1, 7, 4096])
@pytest.mark.parametrize("compact", [False, True])
def test_the_reader_gives_each_family_as_the_whole_file_parsed_would(
    doc: dict[str, Any], chunk: int, compact: bool
) -> None:
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":")) if compact else None
    data = ("\ufeff" + (text or dumps_document(doc))).encode("utf-8")
    assert _families(data, chunk) == doc["families"]
    reader = ExportReader(io.BytesIO(data), chunk)
    [header, *_] = list(reader)
    assert isinstance(header, ExportHeader)
    assert header.values == {"format": "ftbt-export", "version": 1}
    assert reader.digest is not None and len(reader.digest) == 64


def test_the_reader_holds_one_family_never_the_file(doc: dict[str, Any]) -> None:
    """The buffer never grows past a few times the largest family (it reads as much again
    as it holds while a family is incomplete), however many families the file has."""
    family = doc["families"][0]
    copies = []
    for _ in range(200):
        text = json.dumps(family).replace(family["id"], str(uuid.uuid4()))
        copies.append(json.loads(text))
    data = dumps_document({**doc, "families": copies}).encode("utf-8")
    largest = max(len(json.dumps(f, indent=2)) for f in copies)
    chunk = 1024
    reader = ExportReader(io.BytesIO(data), chunk)
    seen = 0
    most = 0
    for item in reader:
        most = max(most, len(reader._text.buffer))
        seen += not isinstance(item, ExportHeader)
    assert seen == 200
    assert len(data) > 50 * largest
    assert most <= 3 * (largest + chunk)


def _write(tmp_path: Path, doc: dict[str, Any], name: str = "export.json") -> Path:
    path = tmp_path / name
    path.write_text(dumps_document(doc), encoding="utf-8")
    return path


def _count(repo: Repository) -> int:
    return repo.change_count()


def test_a_file_imports_as_before(other: Repository, doc: dict[str, Any], tmp_path: Path) -> None:
    path = _write(tmp_path, doc)
    checked = check_file(path)
    report = import_file(other, checked)
    assert report.families == len(doc["families"]) == checked.families
    assert report.new == report.changes == sum(len(f["changes"]) for f in doc["families"])
    assert export_document(other)["families"] == doc["families"]
    again = import_file(other, check_file(path))
    assert again.new == 0 and again.known == report.changes


def test_an_error_in_the_last_family_names_it_and_writes_nothing(
    other: Repository, doc: dict[str, Any], tmp_path: Path
) -> None:
    last = doc["families"][-1]
    last["name"] = "Ikke det, historikken siger"
    path = _write(tmp_path, doc)
    with pytest.raises(ImportFormatError) as caught:
        check_file(path)
    position = len(doc["families"])
    assert caught.value.code == "mismatch"
    assert caught.value.params["family"] == position
    assert caught.value.params["family_id"] == last["id"]
    assert f"family {position} (id {last['id']})" in str(caught.value)
    assert _count(other) == 0


def test_a_vault_conflict_in_the_last_family_rolls_back_the_families_before(
    repo: Repository, other: Repository, doc: dict[str, Any], tmp_path: Path
) -> None:
    """Found only in the second pass (the vault's own entities): nothing stays written."""
    # The vault to import into already has the first family's member under another family.
    member = next(c for c in doc["families"][0]["changes"] if c["entity_type"] == "member")
    intruder = other.create_family("Familien Anden").primary_id
    assert intruder
    before = _count(other)
    stolen = dict(member, change_id=str(uuid.uuid4()), family_id=intruder)
    other.apply_changes([_change(stolen)], origin="import")
    before = _count(other)
    doc["families"].append(doc["families"].pop(0))  # the family that clashes goes last
    path = _write(tmp_path, doc)
    checked = check_file(path)
    with pytest.raises(ImportFormatError) as caught:
        import_file(other, checked)
    assert caught.value.code == "foreign_change"
    assert caught.value.params["family"] == len(doc["families"])
    assert _count(other) == before  # the families before it are not kept either


def _change(raw: dict[str, Any]) -> Any:
    from ftbt_desktop.core.changes import Change

    return Change.from_dict({**raw, "hlc": Hlc(wall_ms(), 0).encode()})


def test_a_file_changed_between_the_passes_writes_nothing(
    other: Repository, doc: dict[str, Any], tmp_path: Path
) -> None:
    path = _write(tmp_path, doc)
    checked = check_file(path)
    doc["families"][-1]["notes"] = "ændret bagefter"  # a different file, same name
    _write(tmp_path, doc)
    with pytest.raises(ImportFormatError) as caught:
        import_file(other, checked)
    assert caught.value.code == "changed"
    assert _count(other) == 0


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ('{"families": [], "format": "ftbt-export", "version": 1}', "not_export"),
        ('{"format": "ftbt-export", "version": 1, "families": [], "extra": 1}', "after_families"),
        ('{"format": "ftbt-export", "version": 1}', "bad_families"),
        ('{"format": "ftbt-export", "version": 1, "families": [', "not_json"),
        # Cut just before its closing brace: not JSON, not "goes on after" (a review).
        ('{"format": "ftbt-export", "version": 1, "families": []', "not_json"),
        ('[{"format": "ftbt-export"}]', "not_export"),
        ('{"format": "ftbt-export", "version": 1, "families": []} x', "not_json"),
        ('{"format": "ftbt-export", "version": 9, "families": []}', "newer_version"),
        # Past the 4,300 digits Python reads as a number: a ValueError, not a JSON error.
        ('{"format": "ftbt-export", "version": ' + "9" * 5000 + ', "families": []}', "not_json"),
        (
            '{"format": "ftbt-export", "version": 1, "families": [{"id": ' + "9" * 5000 + "}]}",
            "not_json",
        ),
    ],
)
def test_what_is_not_a_streamable_export_is_refused(tmp_path: Path, text: str, code: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFormatError) as caught:
        check_file(path)
    assert caught.value.code == code


def test_the_command_names_the_family_by_place_and_id(
    repo: Repository, doc: dict[str, Any], tmp_path: Path, data_dir: Path
) -> None:
    from clitools import run_cli, use_language

    repo.vault.close(backup=False)
    use_language(data_dir)
    doc["families"][1]["changes"][0]["value"] = {"not": "a name"}
    path = _write(tmp_path, doc)
    done = run_cli("import", "--data-dir", data_dir, path)
    assert done.returncode == 4
    assert f"family 2 (id {doc['families'][1]['id']})" in done.stderr
    assert "Nothing was changed" in done.stderr


class CountingFile(io.BytesIO):
    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.given = 0

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        self.given += len(data)
        return data


def test_a_malformed_family_early_in_a_large_file_is_refused_without_reading_on(
    doc: dict[str, Any],
) -> None:
    """Text that cannot be JSON however it goes on is said at once: a broken export of
    hundreds of megabytes must not be read into memory to be refused."""
    family = json.dumps(doc["families"][0])
    broken = family.replace('"changes": [', '"changes" [', 1)  # a colon missing
    text = '{"format": "ftbt-export", "version": 1, "families": [' + broken
    text += ("," + family) * 300 + "]}"
    raw = CountingFile(text.encode("utf-8"))
    with pytest.raises(NotJson):
        for _ in ExportReader(raw, chunk=4096):
            pass
    assert raw.given < len(text) / 20


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 11])
def test_values_cut_anywhere_by_the_chunks_still_decode(chunk: int) -> None:
    """Escapes, literals and numbers split across reads are not taken for errors."""
    family = {"id": "x", "v": ["\u00e6\u00f8\u00e5 \\u00e6", 123.5e3, True, None, False, -0.25]}
    data = json.dumps({"format": "ftbt-export", "version": 1, "families": [family] * 3})
    assert _families(data.encode("utf-8"), chunk) == [family] * 3
