"""Import checks every stamp, never believes it (DESIGN §9): a loose stamp, or one more
than five minutes ahead of this computer's clock, refuses the whole file, and the
vault and its clock stay as they were. Before, a file stamped in the year 2999 made
every later local edit carry a year-2999 stamp, which the server refused for ever.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from clitools import make_demo_vault, run_cli, snapshot, use_language
from conftest import PASSPHRASE
from hypothesis import HealthCheck, given, settings
from stamp_strategies import non_canonical_stamps

import ftbt_desktop
from ftbt_desktop.core.clock import MAX_AHEAD_MS, Hlc, wall_ms
from ftbt_desktop.export.json_export import (
    ImportFormatError,
    export_document,
    import_document,
    validate_document,
)
from ftbt_desktop.storage import keys
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault

YEAR_2999_MS = int(dt.datetime(2999, 12, 31, tzinfo=dt.UTC).timestamp() * 1000)


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Repository]:
    vault, _ = Vault.create(tmp_path / "target", PASSPHRASE, keys.minimum_params())
    repo = Repository(vault)
    repo.create_family("Familien Berg")
    yield repo
    vault.close(backup=False)


def _exported(repo: Repository) -> dict[str, Any]:
    family_id = repo.create_family("Familien Holm").primary_id
    repo.update_family(family_id or "", name="Familien Holm-Jensen")
    return export_document(repo, family_id)


def _restamp_latest_name(doc: dict[str, Any], hlc: str) -> dict[str, Any]:
    """The family's newest name change restamped: it stays the winner, so the file's
    readable part still agrees with its changes and only the stamp is wrong."""
    doc = copy.deepcopy(doc)
    changes = doc["families"][0]["changes"]
    names = [c for c in changes if c["entity_type"] == "family" and c["field"] == "name"]
    names[-1]["hlc"] = hlc
    return doc


def test_a_file_stamped_in_the_year_2999_is_refused_and_the_clock_kept(
    repo: Repository, target: Repository
) -> None:
    doc = _restamp_latest_name(_exported(repo), Hlc(YEAR_2999_MS, 0).encode())
    changes_before = target.change_count()
    high_water = target.clock.high_water

    with pytest.raises(ImportFormatError) as refused:
        import_document(target, doc)
    assert refused.value.code == "stamped_ahead"
    assert refused.value.params["ahead_ms"] > 973 * 365 * 86_400_000
    assert target.change_count() == changes_before
    assert target.clock.high_water == high_water
    # Local edits keep this computer's time, so the server will accept them.
    family_id = target.list_families()[0].id
    edit = target.update_family(family_id, notes="Ny note").changes[0]
    assert Hlc.decode(edit.hlc).ms <= wall_ms() + MAX_AHEAD_MS


def test_a_file_a_little_ahead_is_taken(repo: Repository, target: Repository) -> None:
    doc = _restamp_latest_name(_exported(repo), Hlc(wall_ms() + 60_000, 0).encode())
    report = import_document(target, doc)
    assert report.new == len(doc["families"][0]["changes"])


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(stamp=non_canonical_stamps())
def test_a_file_with_a_loose_stamp_is_refused(repo: Repository, stamp: str) -> None:
    if not hasattr(repo, "exported"):
        repo.exported = _exported(repo)  # type: ignore[attr-defined]
    doc = _restamp_latest_name(repo.exported, stamp)  # type: ignore[attr-defined]
    with pytest.raises(ImportFormatError) as refused:
        validate_document(doc)
    assert refused.value.code == "bad_change"


def test_the_command_says_how_far_ahead_in_danish(tmp_path: Path) -> None:
    qm = Path(ftbt_desktop.__file__).parent / "i18n" / "ftbt_da.qm"
    if not qm.exists():
        pytest.skip("translations not built (make setup builds them)")
    source, target = tmp_path / "source", tmp_path / "target"
    make_demo_vault(source)
    make_demo_vault(target)
    doc = json.loads(run_cli("export", "--data-dir", source, "-o", "-").stdout)
    family = doc["families"][0]
    names = [c for c in family["changes"] if c["entity_type"] == "family" and c["field"] == "name"]
    names[-1]["hlc"] = Hlc(YEAR_2999_MS, 0).encode()
    bad = tmp_path / "fremtid.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    use_language(target, "da")
    before = snapshot(target)
    result = run_cli("import", "--data-dir", target, bad)
    assert result.returncode == 4
    assert "stemplet 973 år foran denne computers ur" in result.stderr
    assert "Intet er ændret" in result.stderr
    assert snapshot(target) == before

    use_language(target, "en")
    before = snapshot(target)
    result = run_cli("import", "--data-dir", target, bad)
    assert "stamped 973 years ahead of this computer's clock" in result.stderr
    assert snapshot(target) == before


def test_apply_changes_refuses_a_batch_with_a_far_ahead_stamp_whole(
    repo: Repository, target: Repository
) -> None:
    from ftbt_desktop.core.changes import Change
    from ftbt_desktop.core.clock import StampAhead

    doc = _restamp_latest_name(_exported(repo), Hlc(YEAR_2999_MS, 0).encode())
    changes = [Change.from_dict(c) for c in doc["families"][0]["changes"]]
    count, high_water = target.change_count(), target.clock.high_water
    with pytest.raises(StampAhead):
        target.apply_changes(iter(changes), origin="import")
    assert target.change_count() == count
    assert target.clock.high_water == high_water
