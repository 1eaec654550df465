"""A vault whose clock an earlier version let run far ahead is put right at unlock.

Before stamps were bounded, an imported file or a pulled page stamped in the year
2999 moved the vault's clock there, and every later local edit carried a year-2999
stamp: the server refused each one as `clock_ahead`, so they stayed pending for ever.
At unlock such a vault's unsent changes are stamped again at this computer's time (the
originals stay in the log, marked superseded, so history keeps them), the high-water
mark comes back to now, and a push is accepted. Real vaults, a real server.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from clitools import run_cli, use_language
from conftest import PASSPHRASE

from ftbt_desktop.core.changes import Change
from ftbt_desktop.core.clock import MAX_AHEAD_MS, Hlc, HybridClock, wall_ms
from ftbt_desktop.storage import keys
from ftbt_desktop.storage.clock_repair import SUPERSEDED
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.sync.errors import ClockWrong

pytest_plugins = ("server_fixtures", "sync_devices")

from server_fixtures import RunningServer, api  # noqa: E402

if TYPE_CHECKING:
    from sync_devices import Device

    Devices = Callable[[str], Device]

YEAR_2999_MS = int(dt.datetime(2999, 12, 31, tzinfo=dt.UTC).timestamp() * 1000)


def poison_like_an_old_version(repo: Repository, family_id: str) -> list[Change]:
    """What an earlier version did: a change stamped in 2999 comes in (an import) and
    its clock follows it, so every later local edit is stamped there too."""
    repo.clock = HybridClock(repo.clock.high_water, now=lambda: YEAR_2999_MS)
    imported = Change(
        change_id=str(uuid.uuid4()),
        entity_type="family",
        entity_id=family_id,
        family_id=family_id,
        field="notes",
        value="Fra en fil fra fremtiden",
        hlc=Hlc(YEAR_2999_MS, 0).encode(),
        device_id="another-laptop",
        user_id="bente",
    )
    written = list(repo.apply_changes([imported], origin="import").changes)
    repo.clock = HybridClock(repo.clock.high_water)  # the wall clock itself was right
    written += repo.update_family(family_id, name="Familien Holm-Jensen").changes
    written += repo.add_member(family_id, "Mette Holm", role="parent").changes
    written += repo.update_family(family_id, notes="Ring før besøg").changes
    assert all(Hlc.decode(c.hlc).ms >= YEAR_2999_MS for c in written)
    return written


def reopen(device: Device) -> None:
    data_dir = device.vault.paths.data_dir
    device.vault.close(backup=False)
    device.vault = Vault.open(data_dir, PASSPHRASE)
    device.repo = Repository(device.vault)


def test_a_far_ahead_clock_is_repaired_at_unlock_and_the_push_accepted(
    server: RunningServer, devices: Devices
) -> None:
    server.add_user("anne")
    laptop = devices("laptop")
    laptop.login(server.url, "anne")
    holm = laptop.repo.create_family("Familien Holm").primary_id
    assert holm
    laptop.sync()
    originals = poison_like_an_old_version(laptop.repo, holm)
    # The finding: every one of them is refused, and stays pending for ever.
    with pytest.raises(ClockWrong):
        laptop.sync()
    assert laptop.state.pending_count() == len(originals)

    reopen(laptop)

    repo = laptop.repo
    assert repo.clock.high_water.ms <= wall_ms() + MAX_AHEAD_MS
    assert repo.clock_repair is not None and repo.clock_repair.restamped == len(originals)
    pending = [c for _, c in laptop.state.pending_batch(0, 100)]
    assert [(c.entity_id, c.field, c.value) for c in pending] == [
        (c.entity_id, c.field, c.value) for c in originals
    ]
    assert all(Hlc.decode(c.hlc).ms <= wall_ms() + MAX_AHEAD_MS for c in pending)
    assert {c.change_id for c in pending}.isdisjoint(c.change_id for c in originals)
    # The imported change keeps its author; the stamp is this laptop's.
    assert pending[0].user_id == "bente" and pending[0].device_id == repo.device_id
    # History keeps the originals, marked superseded; the state shows the same values.
    in_history = {e.change.change_id for e in repo.history(holm)}
    assert {c.change_id for c in originals} <= in_history
    marks = laptop.vault.execute(
        f"SELECT pushed FROM changes WHERE change_id IN ({','.join('?' * len(originals))})",
        tuple(c.change_id for c in originals),
    )
    assert {row[0] for row in marks} == {SUPERSEDED}
    family = repo.family(holm)
    assert (family.name, family.notes) == ("Familien Holm-Jensen", "Ring før besøg")
    assert [m.name for m in repo.members(holm)] == ["Mette Holm"]
    # A local edit now keeps this computer's time.
    edit = repo.update_family(holm, notes="Ring efter kl. 10").changes[0]
    assert Hlc.decode(edit.hlc).ms <= wall_ms() + MAX_AHEAD_MS

    report = laptop.sync()
    assert report.in_sync and report.pushed == len(originals) + 1
    token = server.login("anne")
    with api(server, token) as client:
        entities = client.get(f"/api/v1/families/{holm}/state").json()["entities"]
    assert entities[holm]["name"] == "Familien Holm-Jensen"
    assert entities[holm]["notes"] == "Ring efter kl. 10"

    # Unlocking again changes nothing more.
    reopen(laptop)
    assert laptop.repo.clock_repair is None
    assert laptop.state.pending_count() == 0

    other = devices("other")
    other.login(server.url, "anne")
    other.sync()
    assert other.repo.family(holm).name == "Familien Holm-Jensen"
    assert [m.name for m in other.repo.members(holm)] == ["Mette Holm"]


def test_check_reports_a_far_ahead_clock(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    repo = Repository(vault)
    holm = repo.create_family("Familien Holm").primary_id
    assert holm
    poison_like_an_old_version(repo, holm)
    vault.close(backup=False)
    use_language(data_dir, "en")

    result = run_cli("check", "--data-dir", data_dir)
    assert result.returncode == 0, result.stderr
    assert "973 years ahead of this computer's clock" in result.stdout

    vault = Vault.open(data_dir, PASSPHRASE)
    Repository(vault)  # unlocking repairs it
    vault.close(backup=False)
    result = run_cli("check", "--data-dir", data_dir)
    assert result.returncode == 0, result.stderr
    assert "ahead" not in result.stdout


def test_a_repaired_family_exports_and_imports_elsewhere(tmp_path: Path, repo: Repository) -> None:
    from ftbt_desktop.export.held_export import held_family_document
    from ftbt_desktop.export.json_export import export_document, import_document

    holm = repo.create_family("Familien Holm").primary_id
    assert holm
    poison_like_an_old_version(repo, holm)
    repaired = Repository(repo.vault)  # as at the next unlock
    assert repaired.clock_repair is not None
    doc = export_document(repaired, holm)
    assert all(
        Hlc.decode(c["hlc"]).ms <= wall_ms() + MAX_AHEAD_MS for c in doc["families"][0]["changes"]
    )
    # The file for a held family's new coordinator likewise carries the replacements.
    held = held_family_document(repaired, holm)
    assert all(
        Hlc.decode(c["hlc"]).ms <= wall_ms() + MAX_AHEAD_MS for c in held["families"][0]["changes"]
    )
    vault, _ = Vault.create(tmp_path / "other", PASSPHRASE, keys.minimum_params())
    try:
        other = Repository(vault)
        import_document(other, held)
        import_document(other, doc)
        assert other.family(holm).name == "Familien Holm-Jensen"
        assert other.family(holm).notes == "Ring før besøg"
    finally:
        vault.close(backup=False)


def test_a_loose_stamp_an_earlier_version_pulled_is_rewritten_at_unlock(
    repo: Repository,
) -> None:
    from ftbt_desktop.storage.clock_repair import LOOSE_SCANNED
    from ftbt_desktop.storage.merge import CHANGE_COLUMNS, apply_to_state

    holm = repo.create_family("Familien Holm").primary_id
    assert holm
    loose = Change(
        change_id=str(uuid.uuid4()),
        entity_type="family",
        entity_id=holm,
        family_id=holm,
        field="name",
        value="Forkert navn",
        hlc="0_0_0_0_0_0_0_1-00000",
        device_id="another-laptop",
        user_id="bente",
    )
    # As an earlier version stored it from a pull: it then won every merge.
    with repo.vault.transaction() as conn:
        conn.execute(
            f"INSERT INTO changes ({CHANGE_COLUMNS}, origin, pushed, server_seq) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'server', 1, 7)",
            tuple(
                json.dumps(loose.value) if n.strip() == "value" else getattr(loose, n.strip())
                for n in CHANGE_COLUMNS.split(",")
            ),
        )
        apply_to_state(conn, loose)
        conn.execute("DELETE FROM meta WHERE key = ?", (LOOSE_SCANNED,))
    repo.update_family(holm, name="Familien Holm-Jensen")
    assert repo.family(holm).name == "Forkert navn"

    repaired = Repository(repo.vault)  # the next unlock
    assert repaired.clock_repair is not None and repaired.clock_repair.loose == 1
    assert repaired.family(holm).name == "Familien Holm-Jensen"
    [entry] = [e for e in repaired.history(holm) if e.change.change_id == loose.change_id]
    assert entry.change.hlc == "000000000000001-00000" and entry.new_value == "Forkert navn"
    assert not entry.current
    assert Repository(repo.vault).clock_repair is None  # searched once


def test_an_edit_after_the_repair_wins_over_a_loose_stamp_it_rewrote(
    repo: Repository,
) -> None:
    """A loose stamp that the earlier decode read as a little ahead (within the bound)
    is rewritten to that time: the clock must come past it, or the next local edit of
    the field would be stamped below it and lose for good."""
    from ftbt_desktop.storage.clock_repair import LOOSE_SCANNED
    from ftbt_desktop.storage.merge import CHANGE_COLUMNS, apply_to_state

    holm = repo.create_family("Familien Holm").primary_id
    assert holm
    ahead = wall_ms() + 2 * 60_000
    loose = Change(
        change_id=str(uuid.uuid4()),
        entity_type="family",
        entity_id=holm,
        family_id=holm,
        field="name",
        value="Forkert navn",
        hlc=f"+{ahead:014d}-00000",  # int() read it as two minutes ahead
        device_id="another-laptop",
        user_id="bente",
    )
    with repo.vault.transaction() as conn:
        conn.execute(
            f"INSERT INTO changes ({CHANGE_COLUMNS}, origin, pushed, server_seq) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'server', 1, 7)",
            tuple(
                json.dumps(loose.value) if n.strip() == "value" else getattr(loose, n.strip())
                for n in CHANGE_COLUMNS.split(",")
            ),
        )
        apply_to_state(conn, loose)
        conn.execute("DELETE FROM meta WHERE key = ?", (LOOSE_SCANNED,))

    repaired = Repository(repo.vault)  # the next unlock
    assert repaired.clock_repair is not None and repaired.clock_repair.loose == 1
    assert repaired.clock.high_water >= Hlc(ahead, 0)
    repaired.update_family(holm, name="Familien Holm-Jensen")
    assert repaired.family(holm).name == "Familien Holm-Jensen"
    assert Repository(repo.vault).family(holm).name == "Familien Holm-Jensen"


def test_history_shows_an_original_stamped_beyond_the_calendar(repo: Repository) -> None:
    """An earlier version let a stamp near the largest one (year 33658) into the clock;
    the repair keeps the originals in history, which must still open (before, a
    ValueError: year out of range; on Windows already past the year 3000)."""
    from ftbt_desktop.core.clock import MAX_MS

    holm = repo.create_family("Familien Holm").primary_id
    assert holm
    repo.clock = HybridClock(repo.clock.high_water, now=lambda: MAX_MS - 1000)
    far = repo.update_family(holm, name="Familien Holm-Jensen").changes[0]
    repaired = Repository(repo.vault)  # the next unlock
    assert repaired.clock_repair is not None and repaired.clock_repair.restamped == 1
    [entry] = [e for e in repaired.history(holm) if e.change.change_id == far.change_id]
    assert entry.when.year == dt.MAXYEAR and not entry.current
    assert repaired.family(holm).name == "Familien Holm-Jensen"


def test_goal_history_takes_a_stamp_beyond_the_calendar() -> None:
    from ftbt_desktop.core.clock import MAX_MS
    from ftbt_desktop.core.outcomes import goal_histories

    goal = Change(
        change_id=str(uuid.uuid4()),
        entity_type="goal",
        entity_id="g1",
        family_id="f1",
        field="status",
        value="reached",
        hlc=Hlc(MAX_MS, 0).encode(),
        device_id="d",
        user_id="u",
    )
    history = goal_histories([goal])
    assert history["g1"].recorded_on.year == dt.MAXYEAR
