"""A family's short reference ("F-7K3QX"): what a coordinator reads out to IT support.

Family ids are UUIDs, which nobody can read over the phone, and a family's name
must never reach IT's tools or the server's logs. The reference is worked out
from the id alone, the same way here and in `ftbt-server`, so the app's family
header, `ftbt-server family list` and the audit log agree without storing it.

It is a **finding aid, not a key**: 5 characters of Crockford's base32 (digits
and capitals without I, L, O and U, so nothing reads as something else) carry 25
bits of the id's SHA-256, about 33.5 million values. Two families share a
reference by chance: with 5,000 families on one server a given reference also
names another family about once in 6,700 lookups (5,000 / 2^25), and somewhere
among them two share one with a chance of about 1 in 3. So every lookup lists all
the families a reference matches, with their ids, and commands that change
something (assigning a family) take the id, never the reference.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base32
LENGTH = 5
PREFIX = "F-"
_BITS = 5 * LENGTH
# Told apart from the hashes of anything else the project derives from an id.
_DOMAIN = b"ftbt family reference\0"
# What people type for the digits they hear (Crockford's decoding rules).
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})
_TYPED = re.compile(rf"^(?:F-?)?([0-9A-Z]{{{LENGTH}}})$")


def family_reference(family_id: str) -> str:
    """The family's reference, e.g. "F-7K3QX": the same for the same id, everywhere."""
    digest = hashlib.sha256(_DOMAIN + family_id.encode("utf-8")).digest()
    number = int.from_bytes(digest[:4], "big") >> (32 - _BITS)
    chars = []
    for _ in range(LENGTH):
        number, digit = divmod(number, 32)
        chars.append(ALPHABET[digit])
    return PREFIX + "".join(reversed(chars))


def parse_reference(text: str) -> str | None:
    """The reference someone typed, in its one written form; None when it is not one.

    Takes "F-7K3QX", "f 7k3qx" and "7K3QX" alike, and O, I and L for 0, 1 and 1.
    """
    typed = re.sub(r"[\s_]+", "", text).upper()
    found = _TYPED.match(typed)
    if found is None:
        return None
    chars = found.group(1).translate(_READ_AS)
    if any(c not in ALPHABET for c in chars):
        return None
    return PREFIX + chars


def matching(family_ids: Iterable[str], reference: str) -> list[str]:
    """Every id in `family_ids` whose reference is `reference` (already parsed), sorted."""
    return sorted({f for f in family_ids if family_reference(f) == reference})
