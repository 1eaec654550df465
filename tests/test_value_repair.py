"""Values an earlier server let through are set aside at unlock, once (issue 10, finding 4).

A laptop that pulled `member.role = "dragon"`, NaN or a deeply nested text from a
server before it checked values kept them in its state: the JSON export, its
re-import and the reports then failed for that family. A real vault, written the
way an older version's pull wrote it.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from conftest import PASSPHRASE

from ftbt_desktop.export.json_export import export_document, import_document
from ftbt_desktop.export.plan_content import PlanAudience, gather_plan
from ftbt_desktop.storage import keys
from ftbt_desktop.storage.merge import CHANGE_COLUMNS, recompute_field
from ftbt_desktop.storage.pulled import SERVER_ORIGIN
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.value_repair import CHECKED_META, RULES_CHECKED
from ftbt_desktop.storage.vault import Vault

NESTED = json.dumps([[[[[[[[[[[["dyb"]]]]]]]]]]]])


def _pulled_as_before(
    repo: Repository,
    family_id: str,
    entity_id: str,
    field: str,
    text: str,
    entity_type: str = "member",
) -> str:
    """A pulled change stored and merged with no check, as the version before did."""
    change_id = str(uuid.uuid4())
    with repo.vault.transaction() as conn:
        conn.execute(
            f"INSERT INTO changes ({CHANGE_COLUMNS}, origin, pushed) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
            (
                change_id,
                entity_type,
                entity_id,
                family_id,
                field,
                text,
                repo.clock.tick().encode(),
                "old-server-laptop",
                "someone",
                SERVER_ORIGIN,
            ),
        )
        recompute_field(conn, entity_id, field)
    return change_id


def test_unfit_values_pulled_before_are_set_aside_at_unlock(data_dir: Path, tmp_path: Path) -> None:
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    repo = Repository(vault)
    family_id = repo.create_family("Familien Holm").primary_id
    assert family_id
    member_id = repo.add_member(family_id, "Mette", role="parent", birth_year=1985).primary_id
    assert member_id
    bad = [
        _pulled_as_before(repo, family_id, member_id, "role", json.dumps("dragon")),
        _pulled_as_before(repo, family_id, member_id, "birth_year", "NaN"),
        _pulled_as_before(repo, family_id, member_id, "name", NESTED),
    ]
    vault.set_meta(CHECKED_META, "0")  # as a vault from before this version
    vault.close(backup=False)

    vault = Vault.open(data_dir, PASSPHRASE)
    repo = Repository(vault)
    assert repo.values_set_aside == 3
    [mette] = repo.members(family_id)
    # Each field is back at its last fitting value; the unfit ones stay in the log.
    assert (mette.name, mette.role.value, mette.birth_year) == ("Mette", "parent", 1985)
    logged = {c.change_id for c in repo.changes(family_id)}
    assert set(bad) <= logged
    # The family exports, and the export imports into another vault.
    doc = export_document(repo, family_id)
    assert all(c["change_id"] not in bad for f in doc["families"] for c in f["changes"])
    other_vault, _ = Vault.create(tmp_path / "other", PASSPHRASE, keys.minimum_params())
    other = Repository(other_vault)
    import_document(other, json.loads(json.dumps(doc)))
    assert other.members(family_id)[0].name == "Mette"
    other_vault.close(backup=False)
    # Checked once: the next unlock reads one flag.
    vault.close(backup=False)
    vault = Vault.open(data_dir, PASSPHRASE)
    assert Repository(vault).values_set_aside == 0
    assert vault.check().ok
    vault.close(backup=False)


def test_a_vault_with_nothing_unfit_is_only_flagged(repo: Repository) -> None:
    assert repo.values_set_aside == 0
    assert repo.vault.get_meta(CHECKED_META) == RULES_CHECKED


def test_a_needed_date_pulled_as_null_is_set_aside_once_the_rules_refuse_it(
    data_dir: Path,
) -> None:
    """A measure's date set to null passed the rules of the version before, and the
    family's plan then failed to export on every laptop that pulled it. A vault that
    version checked is checked again, once, by the rules that refuse it."""
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    repo = Repository(vault)
    family_id = repo.create_family("Familien Holm").primary_id
    assert family_id
    member_id = repo.add_member(family_id, "Mette", role="parent", birth_year=1985).primary_id
    measure_id = repo.create_entity(
        "who5_measure", family_id, member_id=member_id, date="2026-11-02", answers=[3] * 5
    ).primary_id
    assert member_id and measure_id
    bad = _pulled_as_before(repo, family_id, measure_id, "date", "null", "who5_measure")
    vault.set_meta(CHECKED_META, "1")  # checked by the rules of the version before
    vault.close(backup=False)

    vault = Vault.open(data_dir, PASSPHRASE)
    repo = Repository(vault)
    assert repo.values_set_aside == 1
    [measure] = repo.load(family_id, "who5_measure")
    assert measure.date == "2026-11-02"
    assert bad in {c.change_id for c in repo.changes(family_id)}
    plan = gather_plan(repo, family_id, PlanAudience.SUPERVISOR)
    assert plan.family.id == family_id
    vault.close(backup=False)
