"""Hypothesis strategies for clock stamps: the one canonical form, and the many
texts `int()` would also take that must be refused everywhere (DESIGN §9)."""

from __future__ import annotations

from hypothesis import strategies as st

from ftbt_desktop.core.clock import COUNTER_DIGITS, MAX_COUNTER, MS_DIGITS, Hlc

# Examples from the finding: each decoded to a tiny time yet sorted above every real stamp.
FINDING_STAMPS = (
    "0_0_0_0_0_0_0_1-00000",
    "\u0660" * 14 + "\u0661-00000",  # Arabic-Indic digits
    "+00000000000001-00000",
    " 00000000000001-00000",
)

ASCII_DIGITS = "0123456789"
# Every other decimal digit Unicode knows (Arabic-Indic, Devanagari, full-width, …).
OTHER_DIGITS = st.characters(categories=["Nd"], exclude_characters=ASCII_DIGITS)
WHITESPACE = st.sampled_from([" ", "\t", "\n", "\r", "\u00a0", "\u2003", "\x0b", "\x0c"])


def canonical_stamps(min_ms: int = 0, max_ms: int = 10**MS_DIGITS - 1) -> st.SearchStrategy[str]:
    return st.builds(
        lambda ms, counter: Hlc(ms, counter).encode(),
        st.integers(min_ms, max_ms),
        st.integers(0, MAX_COUNTER),
    )


def _digit_positions(text: str) -> list[int]:
    return [i for i, c in enumerate(text) if c in ASCII_DIGITS]


@st.composite
def non_canonical_stamps(draw: st.DrawFn) -> str:
    """A canonical stamp bent one way that int() or a loose regex would still accept."""
    text = draw(canonical_stamps())
    kind = draw(
        st.sampled_from(
            [
                "other_digit",
                "underscore",
                "sign",
                "space",
                "trailing_newline",
                "wrong_width",
                "separator",
                "finding",
            ]
        )
    )
    position = draw(st.sampled_from(_digit_positions(text)))
    if kind == "other_digit":
        return text[:position] + draw(OTHER_DIGITS) + text[position + 1 :]
    if kind == "underscore":
        # Replaced keeps the widths (as in the finding); inserted breaks them.
        if draw(st.booleans()) and position not in (0, MS_DIGITS + 1):
            return text[:position] + "_" + text[position + 1 :]
        return text[:position] + "_" + text[position:]
    if kind == "sign":
        sign = draw(st.sampled_from("+-"))
        start = draw(st.sampled_from([0, MS_DIGITS + 1]))
        if draw(st.booleans()):
            return text[:start] + sign + text[start + 1 :]
        return text[:start] + sign + text[start:]
    if kind == "space":
        space = draw(WHITESPACE)
        where = draw(st.sampled_from(["start", "end", "replace_first", "around_dash"]))
        if where == "start":
            return space + text
        if where == "end":
            return text + space
        if where == "replace_first":
            return space + text[1:]
        return text[:MS_DIGITS] + space + "-" + text[MS_DIGITS + 1 :]
    if kind == "trailing_newline":
        return text + draw(st.sampled_from(["\n", "\r\n", "\n\n"]))
    if kind == "wrong_width":
        ms, counter = text.split("-")
        part = draw(st.sampled_from(["ms_short", "ms_long", "counter_short", "counter_long"]))
        if part == "ms_short":
            return ms[1:] + "-" + counter
        if part == "ms_long":
            return "0" + ms + "-" + counter
        if part == "counter_short":
            return ms + "-" + counter[1:]
        return ms + "-" + counter + "0"
    if kind == "separator":
        return (
            text[:MS_DIGITS]
            + draw(st.sampled_from(["\u2010", "\u2212", "_", ":", "--"]))
            + (text[MS_DIGITS + 1 :])
        )
    return draw(st.sampled_from(FINDING_STAMPS))


assert len(FINDING_STAMPS[0].split("-")[0]) == MS_DIGITS
assert len(FINDING_STAMPS[0].split("-")[1]) == COUNTER_DIGITS
