"""Every kind of issue 4's data (goals, steps, ratings, measures, visits, actors,
consents) is in the JSON export with every field, comes back whole from an
import into another vault, and is documented in docs/export-format.md."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
from casework_kinds import CASEWORK_TYPES
from conftest import PASSPHRASE

from ftbt_desktop.export.json_export import export_document, import_document, sections
from ftbt_desktop.storage import keys
from ftbt_desktop.storage.demo import add_demo_families
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault

DOC = Path(__file__).resolve().parents[1] / "docs" / "export-format.md"


def plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def as_exported(entity: Any) -> dict[str, Any]:
    return {
        f.name: plain(getattr(entity, f.name))
        for f in dataclasses.fields(entity)
        if f.name != "family_id"
    }


@pytest.fixture
def other_repo(tmp_path: Path) -> Iterator[Repository]:
    vault, _ = Vault.create(tmp_path / "other", PASSPHRASE, keys.minimum_params())
    yield Repository(vault)
    vault.close(backup=False)


def test_every_issue4_kind_is_exported_field_by_field(repo: Repository) -> None:
    family_id = add_demo_families(repo)[0]
    by_type = {s.entity_type: s for s in sections()}
    [family] = export_document(repo, family_id)["families"]
    for entity_type in CASEWORK_TYPES:
        section = by_type[entity_type]
        exported = sorted(family[section.key], key=lambda e: e["id"])
        loaded = sorted(
            (as_exported(e) for e in repo.load(family_id, entity_type)), key=lambda e: e["id"]
        )
        assert exported, f"the demo family has no {entity_type} to export"
        assert exported == loaded, entity_type
        # Every field of the model is there, none left out.
        assert all(set(e) == {"id", *section.fields} for e in exported), entity_type


def test_issue4_data_come_back_whole_from_an_import(
    repo: Repository, other_repo: Repository
) -> None:
    family_id = add_demo_families(repo)[0]
    import_document(other_repo, export_document(repo, family_id))
    for entity_type in CASEWORK_TYPES:
        before = sorted(map(repr, repo.load(family_id, entity_type)))
        assert sorted(map(repr, other_repo.load(family_id, entity_type))) == before, entity_type


def test_the_format_document_describes_every_issue4_kind() -> None:
    text = DOC.read_text(encoding="utf-8")
    by_type = {s.entity_type: s for s in sections()}
    for entity_type in CASEWORK_TYPES:
        section = by_type[entity_type]
        fields = ", ".join(f"`{name}`" for name in section.fields)
        assert f"| `{section.key}` | `{entity_type}` | {fields} |" in text, entity_type
