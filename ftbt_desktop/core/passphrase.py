"""How strong a passphrase is, and whether the vault accepts it.

Pure rules, no Qt: the UI turns the machine-readable `hint` into a translated
sentence. The rules follow NIST SP 800-63B's advice rather than composition
rules: a minimum length, no well-known or predictable choices, and gentle
encouragement towards several ordinary words (which are long, easy to
remember and hard to guess) instead of demands for digits and symbols.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

MIN_LENGTH = 12
# Characters left once predictable runs (repeats, sequences) are discounted;
# fewer than this is guessable however long the whole string is.
MIN_UNPREDICTABLE = 8


class Hint(StrEnum):
    EMPTY = "empty"
    TOO_SHORT = "too_short"
    COMMON = "common"
    REPEATED = "repeated"
    SEQUENCE = "sequence"
    ONLY_ONE_KIND = "only_one_kind"
    ADD_WORDS = "add_words"  # acceptable, but one more word would help a lot
    OK = "ok"
    STRONG = "strong"


@dataclass(frozen=True, slots=True)
class Strength:
    score: int  # 0 (useless) .. 4 (strong)
    acceptable: bool
    hint: Hint


# Passwords and words at the top of leaked-password lists, Danish ones included.
# Matched against the whole passphrase with digits, symbols and look-alike
# characters stripped, so "Sommer2024!" and "p4ssw0rd123" are caught too.
_COMMON_TEXT = """
    password passwort passord wachtwoord kodeord adgangskode adgangssaetning hemmelig
    hemmeligt login admin administrator letmein welcome velkommen hello hejsa hej
    qwerty azerty asdf iloveyou jegelskerdig elskerdig monkey dragon master shadow
    sunshine princess football fodbold soccer baseball superman batman trustno
    starwars whatever freedom computer internet test testing secret changeme
    default summer sommer winter vinter spring foraar efteraar autumn
    danmark denmark kobenhavn koebenhavn copenhagen aarhus odense aalborg
    kommune familie family mandag tirsdag onsdag torsdag fredag lordag loerdag sondag
    soendag januar februar marts april maj juni juli august september oktober
    november december january february march june july october
"""
COMMON_WORDS = frozenset(_COMMON_TEXT.split())

KEYBOARD_ROWS = (
    "1234567890",
    "qwertyuiopå",
    "asdfghjklæø",
    "zxcvbnm",
    "abcdefghijklmnopqrstuvwxyzæøå",
)
LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s"}
)
ASCII_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})
WORD_SPLIT = re.compile(r"[\s\-_.,;:+/|]+")


def assess(passphrase: str) -> Strength:
    if not passphrase:
        return Strength(0, False, Hint.EMPTY)
    length = len(passphrase)
    if _is_repeated(passphrase):
        return Strength(0, False, Hint.REPEATED)
    if _is_common(passphrase):
        return Strength(0, False, Hint.COMMON)
    if length < MIN_LENGTH:
        return Strength(0 if length < 8 else 1, False, Hint.TOO_SHORT)
    predictable = _predictable_mask(passphrase)
    unpredictable = sum(
        1 for ch, hit in zip(passphrase, predictable, strict=True) if not hit and _counts(ch)
    )
    if unpredictable < MIN_UNPREDICTABLE:
        return Strength(0, False, _dominant_pattern(passphrase))
    if passphrase.isdigit() or not any(ch.isalpha() for ch in passphrase):
        return Strength(1, False, Hint.ONLY_ONE_KIND)
    words = [w for w in WORD_SPLIT.split(passphrase) if sum(ch.isalpha() for ch in w) >= 3]
    kinds = _character_kinds(passphrase)
    if (len(words) >= 3 and unpredictable >= 18) or (len(words) >= 2 and unpredictable >= 24):
        return Strength(4, True, Hint.STRONG)
    if (
        (len(words) >= 3 and unpredictable >= 12)
        or (len(words) >= 2 and unpredictable >= 14)
        or (kinds >= 3 and unpredictable >= 14)
    ):
        return Strength(3, True, Hint.OK)
    return Strength(2, True, Hint.ADD_WORDS)


def _counts(ch: str) -> bool:
    """Separators between words add little; letters, digits and symbols count."""
    return not ch.isspace()


def _character_kinds(text: str) -> int:
    return sum(
        (
            any(ch.islower() for ch in text),
            any(ch.isupper() for ch in text),
            any(ch.isdigit() for ch in text),
            any(not ch.isalnum() and not ch.isspace() for ch in text),
        )
    )


def _is_repeated(text: str) -> bool:
    """One character again and again, or one short unit repeated ("abcabcabc")."""
    compact = "".join(text.split()).casefold()
    if not compact:
        return True
    if len(set(compact)) <= 2:
        return True
    return re.fullmatch(r"(.+?)\1+", compact) is not None


def _letters_only(text: str) -> str:
    # Digits and symbols tacked on at either end are the usual disguise ("Sommer2024!");
    # inside the word they are look-alikes ("p4ssw0rd").
    trimmed = re.sub(r"^[\W\d_]+|[\W\d_]+$", "", text)
    folded = trimmed.casefold().translate(LEET).translate(ASCII_FOLD)
    return "".join(ch for ch in folded if ch.isalpha())


def _is_common(text: str) -> bool:
    core = _letters_only(text)
    # A common word typed twice is caught earlier, as repeated.
    return core in COMMON_WORDS


def _predictable_mask(text: str) -> list[bool]:
    """Mark characters that belong to a run, a sequence or a keyboard walk."""
    low = text.casefold()
    mask = [False] * len(low)
    # Runs of the same character: the second and later ones add nothing.
    for match in re.finditer(r"(.)\1{2,}", low):
        for i in range(match.start(), match.end()):
            mask[i] = True
    # Sequences along the alphabet, the digits or a keyboard row, either way.
    for row in KEYBOARD_ROWS:
        for sequence in (row, row[::-1]):
            _mark_sequences(low, sequence, mask)
    return mask


def _mark_sequences(text: str, sequence: str, mask: list[bool], min_len: int = 4) -> None:
    i = 0
    while i < len(text):
        start = sequence.find(text[i])
        j = i
        if start >= 0:
            k = start
            while j < len(text) and k < len(sequence) and text[j] == sequence[k]:
                j += 1
                k += 1
        if j - i >= min_len:
            for pos in range(i, j):
                mask[pos] = True
            i = j
        else:
            i += 1


def _dominant_pattern(text: str) -> Hint:
    low = text.casefold()
    run_chars = sum(m.end() - m.start() for m in re.finditer(r"(.)\1{2,}", low))
    seq_mask = [False] * len(low)
    for row in KEYBOARD_ROWS:
        for sequence in (row, row[::-1]):
            _mark_sequences(low, sequence, seq_mask)
    return Hint.REPEATED if run_chars > sum(seq_mask) else Hint.SEQUENCE
