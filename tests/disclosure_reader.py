"""A reader who tries every table that fits what a report prints (for the suppression
tests): cells printed as counts, "<5" (1–4) or "*" (0 or at least 5; anything once every
cell is hidden), and printed sums (`Margin.known`)."""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence

from ftbt_desktop.core.disclosure import HIDDEN, SMALL, Margin


def readers_tables(
    shown: Mapping[Hashable, str], margins: Sequence[Margin], top: int
) -> list[dict[Hashable, int]]:
    """Every table a reader could imagine behind what is printed (cell by cell, giving
    up on a table as soon as a printed sum is exceeded)."""
    every_cell_hidden = all(text == HIDDEN for text in shown.values())
    options: dict[Hashable, list[int]] = {}
    for key, text in shown.items():
        if text == SMALL:
            options[key] = [1, 2, 3, 4]
        elif text == HIDDEN:
            # A "*" is 0 or at least 5, unless every cell is hidden: then anything.
            options[key] = list(range(top + 1)) if every_cell_hidden else [0, *range(5, top + 1)]
        else:
            options[key] = [int(text)]
    keys = list(options)
    tables: list[dict[Hashable, int]] = []

    def fill(index: int, table: dict[Hashable, int], sums: list[int]) -> None:
        if index == len(keys):
            if all(m.known[0] <= got <= m.known[1] for m, got in zip(margins, sums, strict=True)):
                tables.append(dict(table))
            return
        key = keys[index]
        for value in options[key]:
            trial = [got + value * (key in m.cells) for m, got in zip(margins, sums, strict=True)]
            if any(got > m.known[1] for m, got in zip(margins, trial, strict=True)):
                break  # the values only grow
            table[key] = value
            fill(index + 1, table, trial)

    fill(0, {}, [0] * len(margins))
    return tables


def share_range(value: str, n: int) -> tuple[int, int]:
    """The counts that a printed share of `n` ("41 %", "<5", "*", "–") leaves possible."""
    if value == SMALL:
        return (0, min(4, n))
    if value in (HIDDEN, "–"):
        return (0, n)
    percent = int(value.rstrip(" %"))
    fits = [c for c in range(n + 1) if round(c / n * 100) == percent]
    return (min(fits), max(fits))
