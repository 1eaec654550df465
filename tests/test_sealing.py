"""The sealed file of a wiped laptop (core/sealing.py): only the key's holder opens it."""

from __future__ import annotations

import pytest

from ftbt_desktop.core.sealing import (
    MAGIC,
    NotSealedForThisKey,
    new_key_pair,
    open_sealed,
    public_key_ok,
    seal,
)

CONTENT = "Familien Qwertyhjem: besøg 2. marts".encode()


def test_the_holder_of_the_key_opens_it_and_nobody_else() -> None:
    private, public = new_key_pair()
    blob = seal(CONTENT, public)
    assert blob.startswith(MAGIC) and CONTENT not in blob
    assert open_sealed(blob, private) == CONTENT
    other, _ = new_key_pair()
    with pytest.raises(NotSealedForThisKey):
        open_sealed(blob, other)


def test_a_changed_byte_anywhere_is_refused() -> None:
    private, public = new_key_pair()
    blob = seal(CONTENT, public)
    for at in (len(MAGIC) + 1, len(MAGIC) + 33, len(blob) - 1):
        broken = bytearray(blob)
        broken[at] ^= 1
        with pytest.raises(NotSealedForThisKey):
            open_sealed(bytes(broken), private)
    with pytest.raises(NotSealedForThisKey):
        open_sealed(b"plain text", private)


def test_two_seals_of_the_same_content_differ() -> None:
    _, public = new_key_pair()
    assert seal(CONTENT, public) != seal(CONTENT, public)
    assert public_key_ok(public) and not public_key_ok("bm90IGEga2V5")
