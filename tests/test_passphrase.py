"""The passphrase rules: weak choices refused with a reason, several words encouraged."""

from __future__ import annotations

import pytest

from ftbt_desktop.core.passphrase import MIN_LENGTH, Hint, assess


@pytest.mark.parametrize(
    ("passphrase", "hint"),
    [
        ("", Hint.EMPTY),
        ("hest", Hint.TOO_SHORT),
        ("grøn hest", Hint.TOO_SHORT),
        ("x" * (MIN_LENGTH - 1) + "y", Hint.REPEATED),
        ("aaaaaaaaaaaaaaaa", Hint.REPEATED),
        ("            ", Hint.REPEATED),
        ("abcabcabcabc", Hint.REPEATED),
        ("hest hest hest hest", Hint.REPEATED),
        ("1111222233334444", Hint.REPEATED),
        ("password1234", Hint.COMMON),
        ("P4ssw0rd2024!", Hint.COMMON),
        ("Sommer2024!!", Hint.COMMON),
        ("København2025", Hint.COMMON),
        ("  velkommen123  ", Hint.COMMON),
        ("abcdefghijklmnop", Hint.SEQUENCE),
        ("123456789012", Hint.SEQUENCE),
        ("qwertyuiopasdf", Hint.SEQUENCE),
        ("zyxwvutsrqpo", Hint.SEQUENCE),
        ("abcd1234efgh5678", Hint.SEQUENCE),
        ("839201748392045", Hint.ONLY_ONE_KIND),
        ("#%&/(=?#%&/(=?!", Hint.ONLY_ONE_KIND),
    ],
)
def test_weak_passphrases_are_refused_with_a_reason(passphrase: str, hint: Hint) -> None:
    strength = assess(passphrase)
    assert not strength.acceptable
    assert strength.hint is hint
    assert strength.score <= 1


def test_eleven_characters_are_too_short_but_twelve_can_do() -> None:
    assert assess("grønhestbil").hint is Hint.TOO_SHORT
    assert not assess("grønhestbil").acceptable  # 11 characters
    assert assess("grønhestbilx").acceptable  # 12 characters


@pytest.mark.parametrize(
    ("passphrase", "score", "hint"),
    [
        ("fodboldbanen", 2, Hint.ADD_WORDS),
        ("Xk9#mQ2$vL8p", 2, Hint.ADD_WORDS),
        ("grøn hest cykel", 3, Hint.OK),
        ("Blå-Kat7 ved Søen", 3, Hint.OK),
        ("korrekt hest batteri hæfteklamme", 4, Hint.STRONG),
        ("the quick brown fox jumps", 4, Hint.STRONG),
    ],
)
def test_acceptable_passphrases_are_scored(passphrase: str, score: int, hint: Hint) -> None:
    strength = assess(passphrase)
    assert strength.acceptable
    assert (strength.score, strength.hint) == (score, hint)


def test_more_words_score_higher_than_one_long_word() -> None:
    assert assess("solsikkemarken").score < assess("solsikke marken ved åen").score


def test_several_common_words_together_are_a_fine_passphrase() -> None:
    # Each word alone is on the common list, but together they are not guessable.
    assert assess("sommer fodbold danmark familie").acceptable


def test_a_keyboard_walk_inside_words_does_not_spoil_them() -> None:
    strength = assess("liberty bell tower")  # "erty" is a keyboard walk
    assert strength.acceptable
    assert strength.score >= 3
