"""Reads beside a long write, over a real SQLCipher vault: while one thread holds a
transaction (a sync writing a batch of pulled pages), another thread's SELECT reads
the last committed state at once through a read-only second connection, instead of
waiting seconds for the lock; anything else still waits, and the writer sees its own
uncommitted rows."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from conftest import PASSPHRASE

from ftbt_desktop.storage.errors import VaultLocked
from ftbt_desktop.storage.vault import Vault

HOLD_S = 1.5


def _hold_a_transaction(vault: Vault, inside: threading.Event, release: threading.Event) -> None:
    with vault.transaction() as conn:
        vault.set_meta("probe", "uncommitted", conn=conn)
        # The writer reads its own write through the writing connection.
        assert vault.get_meta("probe") == "uncommitted"
        inside.set()
        release.wait(HOLD_S * 4)


@pytest.fixture
def writing(vault: Vault) -> Iterator[threading.Event]:
    vault.set_meta("probe", "committed")
    inside, release = threading.Event(), threading.Event()
    writer = threading.Thread(target=_hold_a_transaction, args=(vault, inside, release))
    writer.start()
    assert inside.wait(10)
    yield release
    release.set()
    writer.join()


def test_a_select_beside_a_transaction_reads_the_committed_state_at_once(
    vault: Vault, writing: threading.Event
) -> None:
    started = time.perf_counter()
    assert vault.get_meta("probe") == "committed"
    assert time.perf_counter() - started < HOLD_S / 3
    writing.set()
    time.sleep(0.2)
    with vault.lock:  # the writer is done: its commit is what everyone reads now
        pass
    assert vault.get_meta("probe") == "uncommitted"


def test_a_write_beside_a_transaction_waits_for_it(vault: Vault, writing: threading.Event) -> None:
    done: list[float] = []

    def write() -> None:
        started = time.perf_counter()
        vault.execute("UPDATE meta SET value = 'second' WHERE key = 'probe'")
        done.append(time.perf_counter() - started)

    other = threading.Thread(target=write)
    other.start()
    time.sleep(HOLD_S / 2)
    assert not done  # still waiting for the lock
    writing.set()
    other.join(10)
    assert done and vault.get_meta("probe") == "second"


def test_the_reader_can_write_nothing_and_closes_with_the_vault(
    vault: Vault, writing: threading.Event
) -> None:
    assert vault.get_meta("probe") == "committed"  # opens the reader
    reader = vault._reader
    assert reader is not None
    with pytest.raises(Exception, match=r"readonly|read-only|query_only"):
        reader.execute("UPDATE meta SET value = 'x' WHERE key = 'probe'")
    writing.set()
    vault.close(backup=False)
    assert vault._reader is None
    with pytest.raises(Exception, match="closed"):
        reader.execute("SELECT 1")
    with pytest.raises(VaultLocked):
        vault.get_meta("probe")


def test_the_vault_reopens_with_its_data_after_reads_aside(
    vault: Vault, writing: threading.Event
) -> None:
    assert vault.get_meta("probe") == "committed"
    writing.set()
    time.sleep(0.2)
    folder = vault.paths.data_dir
    vault.close(backup=False)
    again = Vault.open(folder, PASSPHRASE)
    try:
        assert again.get_meta("probe") == "uncommitted"
        assert again.check().ok
    finally:
        again.close(backup=False)
