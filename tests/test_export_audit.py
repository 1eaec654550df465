"""The export audit trail in a real vault: recorded, listed per family, queued until sent."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ftbt_desktop.storage import audit
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault

PASSPHRASE = "korrekt hest batteri hæfteklamme"


def test_an_export_is_recorded_with_who_what_which_families_and_when(repo: Repository) -> None:
    repo.set_user_name("koordinator-7")
    before = dt.datetime.now(dt.UTC)
    record = audit.record_export(repo, "plan_pdf", "pdf", ["f-2", "f-1", "f-2"], "supervisor")
    [listed] = audit.list_exports(repo)
    assert listed == record
    assert listed.user_id == "koordinator-7" and listed.device_id == repo.device_id
    assert (listed.kind, listed.format, listed.audience) == ("plan_pdf", "pdf", "supervisor")
    assert listed.family_ids == ("f-1", "f-2")
    assert before <= listed.at <= dt.datetime.now(dt.UTC)
    assert not listed.sent


def test_listing_is_newest_first_and_per_family(repo: Repository) -> None:
    t0 = dt.datetime(2025, 3, 1, 9, 0, tzinfo=dt.UTC)
    a = audit.record_export(repo, "json", "json", ["f-1"], when=t0)
    b = audit.record_export(repo, "outcome_report", "pdf", ["f-1", "f-2"], when=t0.replace(hour=10))
    c = audit.record_export(repo.vault, "outcome_report", "csv", ["f-2"], when=t0.replace(hour=11))
    assert [r.export_id for r in audit.list_exports(repo)] == [
        c.export_id,
        b.export_id,
        a.export_id,
    ]
    assert [r.export_id for r in audit.list_exports(repo, family_id="f-1")] == [
        b.export_id,
        a.export_id,
    ]
    since = audit.list_exports(repo, since=t0.replace(hour=10))
    assert [r.export_id for r in since] == [c.export_id, b.export_id]
    assert len(audit.list_exports(repo, limit=1)) == 1


def test_unsent_entries_wait_until_marked_sent(repo: Repository) -> None:
    t0 = dt.datetime(2025, 3, 1, 9, 0, tzinfo=dt.UTC)
    first = audit.record_export(repo, "json", "json", ["f-1"], when=t0)
    second = audit.record_export(repo, "json", "json", ["f-2"], when=t0.replace(hour=10))
    assert [r.export_id for r in audit.unsent_exports(repo)] == [
        first.export_id,
        second.export_id,
    ]
    assert audit.mark_sent(repo, [first.export_id]) == 1
    assert audit.mark_sent(repo, [first.export_id]) == 0  # already sent: untouched
    assert [r.export_id for r in audit.unsent_exports(repo)] == [second.export_id]
    [sent] = [r for r in audit.list_exports(repo) if r.export_id == first.export_id]
    assert sent.sent


def test_the_trail_survives_locking_and_an_older_vault_is_upgraded(data_dir: Path) -> None:
    from ftbt_desktop.storage import keys

    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    audit.record_export(vault, "json", "json", ["f-1"])
    # As a vault made before the trail existed: no table, no migration record.
    with vault.transaction() as conn:
        conn.execute("DROP TABLE export_audit")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm003_export_audit'")
    vault.close(backup=False)
    reopened = Vault.open(data_dir, PASSPHRASE)
    try:
        assert audit.list_exports(reopened) == []
        audit.record_export(reopened, "json", "json", ["f-9"])
    finally:
        reopened.close(backup=False)
    again = Vault.open(data_dir, PASSPHRASE)
    try:
        assert [r.family_ids for r in audit.list_exports(again)] == [("f-9",)]
    finally:
        again.close(backup=False)
