"""A family's short reference: worked out from the id alone, the same in the app and the server."""

from __future__ import annotations

import re
import uuid

import pytest

from ftbt_desktop.core.family_ref import family_reference, matching, parse_reference

WRITTEN = re.compile(r"^F-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{5}$")


def test_the_reference_is_fixed_by_the_id() -> None:
    # Pinned: the app's header and `ftbt-server` must never disagree, in any version.
    assert family_reference("6f1e2a3b-0000-4000-8000-000000000001") == "F-SSJ5F"
    assert family_reference("ukendt-familie") == "F-M85VE"
    ids = [str(uuid.uuid4()) for _ in range(2000)]
    refs = [family_reference(f) for f in ids]
    assert all(WRITTEN.match(r) for r in refs)  # never I, L, O or U
    assert refs == [family_reference(f) for f in ids]
    assert len(set(refs)) > 1990  # 25 bits: a repeat among 2000 is rare, many would be a bug


@pytest.mark.parametrize(
    ("typed", "parsed"),
    [
        ("F-7K3QX", "F-7K3QX"),
        ("f-7k3qx", "F-7K3QX"),
        (" F 7K3QX ", "F-7K3QX"),
        ("F7K3QX", "F-7K3QX"),
        ("7K3QX", "F-7K3QX"),
        ("FK3QX", "F-FK3QX"),  # five characters, the first an F of the reference itself
        ("F-OIL00", "F-01100"),  # letters heard for digits
        ("F-7K3QU", None),  # U is not in the alphabet
        ("F-7K3Q", None),
        ("F-7K3QXX", None),
        ("6f1e2a3b-0000-4000-8000-000000000001", None),
        ("", None),
    ],
)
def test_a_typed_reference_is_read_as_it_is_meant(typed: str, parsed: str | None) -> None:
    assert parse_reference(typed) == parsed


def test_matching_lists_every_family_a_reference_names() -> None:
    ids = [str(uuid.uuid4()) for _ in range(50)]
    target = ids[7]
    assert matching(ids, family_reference(target)) == [target]
    assert matching([*ids, target], family_reference(target)) == [target]
    assert matching(ids, "F-?????") == []
