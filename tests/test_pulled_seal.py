"""A pulled page is checked on the fetching thread and its seal tags taken from the
rows as written (issue 10's sync bench target): the seal must stay exactly what
reading the rows back would give, whatever the page holds."""

from __future__ import annotations

import dataclasses
import json
import time
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ftbt_desktop.core.changes import Change, new_change_id
from ftbt_desktop.core.clock import ClockError, Hlc
from ftbt_desktop.storage import integrity
from ftbt_desktop.storage.merge import apply_to_state, change_values
from ftbt_desktop.storage.pulled import SERVER_ORIGIN, check_page
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.seal_text import row_suffix
from ftbt_desktop.storage.sync_state import PulledChange, SyncState
from ftbt_desktop.storage.vault import Vault

KEY = b"k" * 32
texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=300, deadline=None)
@given(
    seq=st.integers(min_value=1, max_value=2**62),
    rest=st.tuples(texts, texts, texts, texts, texts, texts, texts, texts, texts, texts),
)
def test_a_tag_from_the_prepared_text_equals_the_tag_of_the_row(
    seq: int, rest: tuple[str, ...]
) -> None:
    suffix = row_suffix(rest)
    assert integrity.suffix_tag(KEY, seq, suffix) == integrity.row_tag(KEY, (seq, *rest))


@settings(max_examples=300, deadline=None)
@given(
    key=st.binary(min_size=1, max_size=100),
    seq=st.integers(min_value=0, max_value=2**62),
    rest=st.tuples(texts, texts, texts, st.integers(), st.none(), texts),
)
def test_tags_keyed_once_are_the_tags_keyed_per_row(
    key: bytes, seq: int, rest: tuple[object, ...]
) -> None:
    tags = integrity.RowTags(key)
    # Twice: each row's tag starts again from the key, not from the row before.
    for _ in range(2):
        assert tags.row((seq, *rest)) == integrity.row_tag(key, (seq, *rest))
    text_rest = tuple(str(item) for item in rest)
    suffix = row_suffix(text_rest)
    assert tags.suffix(seq, suffix) == integrity.suffix_tag(key, seq, suffix)
    assert tags.suffix(seq, suffix) == integrity.row_tag(key, (seq, *text_rest))


@settings(max_examples=200, deadline=None)
@given(
    rows=st.lists(
        st.tuples(st.integers(min_value=0, max_value=2**62), st.binary(max_size=60)), max_size=30
    )
)
def test_a_pages_tags_taken_at_once_are_the_rows_tags_one_by_one(
    rows: list[tuple[int, bytes]],
) -> None:
    tags = integrity.RowTags(KEY)
    total, count, top = tags.suffixes(rows)
    expected = sum(integrity.suffix_tag(KEY, seq, suffix) for seq, suffix in rows)
    assert total == expected % integrity.MODULUS
    assert count == len(rows)
    assert top == max((seq for seq, _ in rows), default=0)


def _change(family_id: str, entity_id: str, field: str, value: object, ms: int) -> Change:
    return Change(
        change_id=new_change_id(),
        entity_type="family",
        entity_id=entity_id,
        family_id=family_id,
        field=field,
        value=value,
        hlc=Hlc(ms, 0).encode(),
        device_id="other-device",
        user_id="bente",
    )


def _page(start_seq: int, ms: int) -> list[PulledChange]:
    fid = str(uuid.uuid4())
    names = ["Familien Ørbæk", "Familie \u00e6\u00f8\u00e5 \U0001f600", 'Citat "x" \\ y']
    changes = [_change(fid, fid, "name", name, ms + i) for i, name in enumerate(names)]
    changes.append(_change(fid, fid, "status", "active", ms + 10))
    changes.append(_change(fid, fid, "name", "", ms + 11))  # breaks the rule: refused
    return [PulledChange(start_seq + i, c) for i, c in enumerate(changes)]


def test_a_checked_page_leaves_a_seal_that_the_full_check_accepts(vault: Vault) -> None:
    repo = Repository(vault)
    state = SyncState(repo)
    repo.create_family("Familien Lokal")  # local rows already sealed before the page
    ms = time.time_ns() // 1_000_000
    page = check_page(_page(1, ms))
    assert page.refused == 1
    assert state.apply_page(page, next_cursor=5).refused == 1
    assert vault.check().ok
    # The tags noted while writing, not the rows read back, made this seal.
    noted = vault.sealer.current
    assert noted == integrity.compute(vault.conn, vault.sealer.key)


def test_the_rows_are_not_read_back_when_every_row_was_noted(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = Repository(vault)
    state = SyncState(repo)
    ms = time.time_ns() // 1_000_000
    page = check_page(_page(1, ms))
    read_back: list[int] = []
    real = integrity.add_rows
    monkeypatch.setattr(integrity, "add_rows", lambda *a: read_back.append(len(a[2])) or real(*a))
    state.apply_page(page, next_cursor=5)
    assert read_back == []
    assert vault.check().ok


def test_rows_noted_then_undone_by_a_savepoint_are_read_back_instead(vault: Vault) -> None:
    ms = time.time_ns() // 1_000_000
    fid = str(uuid.uuid4())
    first = _change(fid, fid, "name", "Familien Først", ms)
    second = _change(fid, fid, "name", "Familien Anden", ms + 1)
    columns = "change_id, entity_type, entity_id, family_id, field, value, hlc, device_id, user_id"
    insert = f"INSERT INTO changes ({columns}, origin, pushed) VALUES (?,?,?,?,?,?,?,?,?,?,1)"
    with vault.transaction() as conn:
        with pytest.raises(RuntimeError), vault.transaction():
            cursor = conn.execute(insert, (*change_values(first), SERVER_ORIGIN))
            suffix = row_suffix((*change_values(first), SERVER_ORIGIN))
            seq = cursor.lastrowid
            vault.sealer.note_row(seq, integrity.suffix_tag(vault.sealer.key, seq, suffix))
            raise RuntimeError("undone")
        # The same seq again, for a row nobody noted.
        conn.execute(insert, (*change_values(second), SERVER_ORIGIN))
        apply_to_state(conn, second)
    assert vault.check().ok
    stored = vault.execute("SELECT value FROM changes")
    assert [json.loads(v) for (v,) in stored] == ["Familien Anden"]


def test_a_page_with_a_loose_stamp_is_refused_before_the_vault(vault: Vault) -> None:
    fid = str(uuid.uuid4())
    loose = dataclasses.replace(
        _change(fid, fid, "name", "Familien Løs", 0), hlc="0_0_0_0_0_0_0_1-00000"
    )
    with pytest.raises(ClockError):
        check_page([PulledChange(1, loose)])
    state = SyncState(Repository(vault))
    with pytest.raises(ClockError):
        state.apply_page([PulledChange(1, loose)], next_cursor=1)
    assert state.cursor() == 0
