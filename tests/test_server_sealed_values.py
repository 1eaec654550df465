"""ValueSealer.open on its own: what opens, and what is refused as unreadable."""

from __future__ import annotations

import base64
from collections.abc import Callable

import pytest

from ftbt_server.data_keys import KeyRing, KeyStore
from ftbt_server.sealed_values import (
    NONCE_BYTES,
    MissingKey,
    UnreadableValue,
    ValueSealer,
    binding,
)

AAD = binding("c-1", "e-1", "name")


@pytest.fixture
def sealer() -> ValueSealer:
    return ValueSealer(KeyStore(KeyRing.generate()))


def test_a_sealed_value_opens_under_its_binding_only(sealer: ValueSealer) -> None:
    key_id, stored = sealer.seal('"Ærø"', AAD)
    assert key_id is not None
    assert sealer.open(key_id, stored, AAD) == '"Ærø"'
    with pytest.raises(UnreadableValue):
        sealer.open(key_id, stored, binding("c-2", "e-1", "name"))


def test_a_value_stored_clear_is_read_as_it_is(sealer: ValueSealer) -> None:
    assert sealer.open(None, '"clear"', AAD) == '"clear"'


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda s: s + "A", id="not a whole base64 group"),
        pytest.param(lambda s: s[:-4] + "!!!!", id="not base64"),
        pytest.param(lambda s: "é" + s[1:], id="not ascii"),
        pytest.param(lambda s: s + "AAAA", id="data after the end"),
        pytest.param(lambda s: s.replace("=", "") + "==A=", id="padding inside"),
        pytest.param(lambda s: base64.b64encode(b"x" * NONCE_BYTES).decode(), id="no tag"),
        pytest.param(lambda s: "", id="empty"),
    ],
)
def test_damaged_stored_text_is_unreadable_not_an_error(
    sealer: ValueSealer, damage: Callable[[str], str]
) -> None:
    key_id, stored = sealer.seal('"value"', AAD)
    with pytest.raises(UnreadableValue) as raised:
        sealer.open(key_id, damage(stored), AAD)
    assert not isinstance(raised.value, MissingKey)


def test_a_key_this_process_lacks_is_missing_not_unreadable(sealer: ValueSealer) -> None:
    _, stored = sealer.seal('"value"', AAD)
    with pytest.raises(MissingKey):
        sealer.open("no-such-key", stored, AAD)
