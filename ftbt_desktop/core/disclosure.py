"""Small-cell suppression that subtraction cannot undo (no Qt).

A count of 1–4 people is printed as "<5". That alone protects nothing when
the table's total, or another figure printed beside it (a share, its n), is
the sum of some cells: the hidden cell is then that sum minus the others.
`protect` checks what a reader can work out from everything printed — the
shown cells, what "<5" and "*" can stand for, and each printed sum
(`Margin`) — and hides more until no count of 1–4 people is pinned down:
neither a cell nor the joint count of hidden cells that lie in exactly the
same printed sums (the people "left over" between two printed figures).
Counts of 0 or of 5 and more may be worked out: they are not small.

What it hides, in this order, stopping at the first that is safe: more cells
("*"), the fewest and smallest first; then also optional printed sums (a
figure derived from the table, named by the caller), the one named last
first, then more of them; at last every cell and every optional sum.

A reader who knows this rule knows that a "*" is 0 or at least 5 (a count of
1–4 would show "<5"), and the check assumes so — except once every cell is
hidden, when "*" may stand for anything. Sums are small (one programme's
adults), so the check is exact: hidden cells that lie in the same printed
sums are pooled, and the possible totals of each pool are counted out.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

SMALL_CELL = 5
SMALL = f"<{SMALL_CELL}"
HIDDEN = "*"  # hidden so that a count under 5 cannot be worked out from the rest

Key = Hashable
Domains = Mapping[Key, frozenset[int]]


@dataclass(frozen=True, slots=True)
class Margin:
    """A printed figure that tells the reader the sum of some cells of the table."""

    name: str
    cells: frozenset[Key]
    known: tuple[int, int]  # what the reader learns about that sum: low, high
    optional: bool = False  # may itself be hidden to protect a small count
    # What the reader still learns of an optional sum once it is hidden ("*" for a
    # team's n tells it is at least 5); None: nothing.
    hidden: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Protection:
    shown: dict[Key, str]  # each cell as printed: its count, "<5" or "*"
    hidden_margins: frozenset[str]  # the optional printed sums that must be hidden


def margin(
    name: str, cells: Iterable[Key], counts: Mapping[Key, int], optional: bool = False
) -> Margin:
    """The sum of `cells` as a report prints it: "<5" for 1–4, else exactly (a share
    of a known n gives its count away, so it counts as exact too)."""
    cells = frozenset(cells)
    value = sum(counts[c] for c in cells)
    known = (1, SMALL_CELL - 1) if 0 < value < SMALL_CELL else (value, value)
    return Margin(name, cells, known, optional)


def protect(counts: Mapping[Key, int], margins: Sequence[Margin]) -> Protection:
    """The table as it may be printed beside `margins`, with no count of 1–4 to work out."""
    small = [k for k, n in counts.items() if 0 < n < SMALL_CELL]
    shown = {k: SMALL if k in small else str(n) for k, n in counts.items()}
    if not small:
        return Protection(shown, frozenset())
    top = max([sum(counts.values())] + [m.known[1] for m in margins])
    star = frozenset({0, *range(SMALL_CELL, top + 1)})
    # The optional sums named last are given up first.
    optional = [m for m in reversed(margins) if m.optional]
    # Extra cells to hide: fewest first, then the smallest counts (the least lost).
    others = sorted((k for k in counts if k not in small), key=lambda k: (counts[k], str(k)))
    for dropped_count in range(len(optional) + 1):
        for dropped in itertools.combinations(optional, dropped_count):
            kept = [m for m in margins if m not in dropped]
            kept += [replace(m, known=m.hidden) for m in dropped if m.hidden is not None]
            for size in range(len(others) + 1):
                for extra in itertools.combinations(others, size):
                    domains = dict.fromkeys(small, _SMALL_VALUES) | dict.fromkeys(extra, star)
                    if _safe(counts, kept, domains):
                        return Protection(
                            shown | dict.fromkeys(extra, HIDDEN),
                            frozenset(m.name for m in dropped),
                        )
    return Protection(dict.fromkeys(counts, HIDDEN), frozenset(m.name for m in optional))


def protect_groups(
    counts: Mapping[Key, int],
    groups: Sequence[Sequence[Key]],
    margins_for: Callable[[frozenset[int]], Sequence[Margin]],
) -> tuple[dict[Key, str], frozenset[int]]:
    """`protect` for a table whose cells come in groups hidden together (a team's
    people with and without a trait), in time that grows with the number of groups.

    Groups holding a count of 1–4 are hidden first; then, until the check of
    `protect` finds nothing pinned, one group more: the first in the order given
    (the caller lists the smallest first) that makes it safe on its own, else the
    first, and so on. `margins_for(hidden groups)` gives what is printed beside the
    table once those groups are hidden (a hidden group's n may tell less). Returns
    each cell as printed and the hidden groups. `protect` itself tries every
    combination of cells, which for ten groups of two cells takes minutes.
    """
    small = {k for k, n in counts.items() if 0 < n < SMALL_CELL}
    shown = {k: SMALL if k in small else str(n) for k, n in counts.items()}
    hidden = {i for i, group in enumerate(groups) if any(k in small for k in group)}
    if not hidden:
        return shown, frozenset()
    top = sum(counts.values())
    star = frozenset({0, *range(SMALL_CELL, top + 1)})
    rest = [i for i in range(len(groups)) if i not in hidden]

    def safe(trial: set[int]) -> bool:
        domains = {k: _SMALL_VALUES if k in small else star for i in trial for k in groups[i]}
        return _safe(counts, margins_for(frozenset(trial)), domains)

    while not safe(hidden):
        if not rest:
            return dict.fromkeys(counts, HIDDEN), frozenset(range(len(groups)))
        # One group more that makes it safe, the first in order; else the first, and on.
        extra = next((i for i in rest if safe(hidden | {i})), rest[0])
        hidden.add(extra)
        rest.remove(extra)
    cells = [k for i in hidden for k in groups[i]]
    return shown | {k: HIDDEN for k in cells if k not in small}, frozenset(hidden)


# -- the reader's view ----------------------------------------------------------------

_SMALL_VALUES = frozenset(range(1, SMALL_CELL))


def _safe(counts: Mapping[Key, int], margins: Sequence[Margin], domains: Domains) -> bool:
    """Whether no small hidden cell, and no pool of hidden cells holding 1–4 people,
    is pinned to its true count by what is printed."""
    needs = []
    for m in margins:
        shown_sum = sum(counts[k] for k in m.cells if k not in domains)
        needs.append((m.known[0] - shown_sum, m.known[1] - shown_sum))
    pools: dict[tuple[bool, ...], list[Key]] = {}
    for key in domains:
        pools.setdefault(tuple(key in m.cells for m in margins), []).append(key)
    # The pools in the most margins first: their totals are pinned soonest.
    signatures = sorted(pools, key=lambda sig: -sum(sig))
    cap = max((high for _, high in needs), default=0)
    sums = [_sums([domains[k] for k in pools[sig]], cap) for sig in signatures]
    for index, signature in enumerate(signatures):
        keys = pools[signature]
        truth = sum(counts[k] for k in keys)
        if 0 < truth < SMALL_CELL and _pinned(signatures, sums, needs, index, truth):
            return False
        for key in keys:
            if counts[key] in _SMALL_VALUES:
                rest = [domains[k] for k in keys if k != key]
                without = _sums([domains[key] - {counts[key]}, *rest], cap)
                trial = [*sums[:index], without, *sums[index + 1 :]]
                if not _fits(signatures, trial, needs):
                    return False
    return True


def _pinned(
    signatures: Sequence[tuple[bool, ...]],
    sums: Sequence[list[int]],
    needs: Sequence[tuple[int, int]],
    index: int,
    truth: int,
) -> bool:
    """Whether pool `index` can hold no total but `truth` in any table that fits."""
    others = [t for t in sums[index] if t != truth]
    return not _fits(signatures, [*sums[:index], others, *sums[index + 1 :]], needs)


def _sums(domains: Sequence[frozenset[int]], cap: int) -> list[int]:
    """Every total up to `cap` the cells can add up to (bit t of the mask: total t)."""
    mask = (1 << (cap + 1)) - 1
    totals = 1
    for values in domains:
        totals = functools.reduce(operator.or_, (totals << v for v in values), 0) & mask
    return [t for t in range(cap + 1) if totals >> t & 1]


def _fits(
    signatures: Sequence[tuple[bool, ...]],
    sums: Sequence[list[int]],
    needs: Sequence[tuple[int, int]],
) -> bool:
    """Whether the pools can be given totals that meet every margin's need."""
    count = len(signatures)
    # The most the pools from `i` on can still add to each margin.
    reach = [[0] * len(needs) for _ in range(count + 1)]
    for i in range(count - 1, -1, -1):
        top = sums[i][-1] if sums[i] else 0
        reach[i] = [
            r + (top if inside else 0)
            for r, inside in zip(reach[i + 1], signatures[i], strict=True)
        ]

    def search(i: int, got: list[int]) -> bool:
        if i == count:
            return all(low <= g <= high for g, (low, high) in zip(got, needs, strict=True))
        low_t, high_t = 0, None
        for m, inside in enumerate(signatures[i]):
            if inside:
                low, high = needs[m]
                low_t = max(low_t, low - got[m] - reach[i + 1][m])
                high_t = high - got[m] if high_t is None else min(high_t, high - got[m])
        options = sums[i]
        first = bisect.bisect_left(options, low_t)
        last = len(options) if high_t is None else bisect.bisect_right(options, high_t)
        for total in options[first:last]:
            trial = [
                g + total if inside else g for g, inside in zip(got, signatures[i], strict=True)
            ]
            if search(i + 1, trial):
                return True
        return False

    return search(0, [0] * len(needs))
