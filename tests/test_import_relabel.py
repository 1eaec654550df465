"""A crafted import file cannot reach an entity of another family, or change its kind.

The server fixes an entity's family and type by its first change and refuses any
other label (push.py, "relabel"). Import did not: a file for a new family holding
a change of a member of a family already in the vault, stamped a little later,
overwrote that member's name there (and could hang new fields on it under the
file's family), until a sync refused it. Import now refuses such a file whole.
"""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

import pytest

from ftbt_desktop.core.clock import Hlc, wall_ms
from ftbt_desktop.export.json_export import ImportFormatError, export_document, import_document
from ftbt_desktop.storage.repository import Repository


def _relabelled(repo: Repository, family_id: str, new_type: str | None = None) -> dict[str, Any]:
    """The family's export, moved to a new family id with fresh change ids, and its
    member's name set to "Overskrevet" by a change stamped now."""
    text = json.dumps(export_document(repo, family_id))
    text = text.replace(family_id, str(uuid.uuid4()))
    text = re.sub(r'"change_id": "[0-9a-f-]{36}"', lambda _: f'"change_id": "{uuid.uuid4()}"', text)
    doc = json.loads(text)
    family = doc["families"][0]
    [member] = family["members"]
    name = next(
        c for c in family["changes"] if c["entity_id"] == member["id"] and c["field"] == "name"
    )
    name.update(value="Overskrevet", hlc=Hlc(wall_ms(), 7).encode())
    member["name"] = "Overskrevet"
    return doc


def test_a_file_naming_another_familys_member_is_refused(repo: Repository) -> None:
    holm = repo.create_family("Familien Holm").primary_id
    assert holm
    repo.add_member(holm, "Mette Holm", role="parent")
    before = repo.change_count()
    doc = _relabelled(repo, holm)

    with pytest.raises(ImportFormatError) as refused:
        import_document(repo, doc)
    assert refused.value.code == "foreign_change"
    assert repo.change_count() == before
    assert [m.name for m in repo.members(holm)] == ["Mette Holm"]


def test_the_same_family_imports_again_and_a_new_one_imports(
    repo: Repository, tmp_path: Any
) -> None:
    from conftest import PASSPHRASE

    from ftbt_desktop.storage import keys
    from ftbt_desktop.storage.vault import Vault

    holm = repo.create_family("Familien Holm").primary_id
    assert holm
    repo.add_member(holm, "Mette Holm", role="parent")
    doc = export_document(repo, holm)
    assert import_document(repo, doc).new == 0
    vault, _ = Vault.create(tmp_path / "other", PASSPHRASE, keys.minimum_params())
    try:
        other = Repository(vault)
        # A vault that knows none of its entities takes the moved copy...
        assert import_document(other, _relabelled(repo, holm)).new > 0
        # ...and then refuses the original, whose members the copy has claimed.
        with pytest.raises(ImportFormatError):
            import_document(other, doc)
    finally:
        vault.close(backup=False)
