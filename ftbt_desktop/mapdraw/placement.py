"""Where the map puts a member, goal or actor that has no node yet, and a node added by hand.

The first time, the members are laid out as in a genogram: adults above,
children below, the oldest child on the left. Members, goals and actors
added later join their row on the right; goals have a row below the
children, actors a row above the adults. A node added by hand goes in the
free space nearest to what it concerns (`free_spot`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ftbt_desktop.core.family_map import MapNode, NodeKind
from ftbt_desktop.core.model import Member, MemberRole, member_sort_key
from ftbt_desktop.core.plan import Actor, Goal

# Genogram placement (scene units; a node's position is its centre).
ROW_SPACING = 220.0
COLUMN_SPACING = 200.0
ACTOR_ROW_Y = -ROW_SPACING - 20.0
ADULT_ROW_Y = 0.0
CHILD_ROW_Y = ROW_SPACING
GOAL_ROW_Y = 2 * ROW_SPACING + 20.0  # goal nodes are taller than members


def place_fresh(
    fresh: list[tuple[NodeKind, str]],
    placed_nodes: Iterable[MapNode],
    members_by_id: Mapping[str, Member],
    goals_by_id: Mapping[str, Goal],
    actors_by_id: Mapping[str, Actor],
) -> dict[tuple[NodeKind, str], tuple[float, float]]:
    """Where new member, goal and actor nodes go, given the nodes already placed."""
    nodes = list(placed_nodes)
    placed: dict[tuple[NodeKind, str], tuple[float, float]] = {}
    members = [members_by_id[ref] for kind, ref in fresh if kind is NodeKind.MEMBER]
    has_member_nodes = any(n.kind is NodeKind.MEMBER for n in nodes)
    if members and not has_member_nodes:
        for member_id, pos in genogram_positions(members).items():
            placed[(NodeKind.MEMBER, member_id)] = pos
    else:
        for member in sorted(members, key=member_sort_key):
            row_y = ADULT_ROW_Y if member.role.is_adult else CHILD_ROW_Y
            placed[(NodeKind.MEMBER, member.id)] = (_next_x(nodes, row_y, placed), row_y)
    # Goals in a row below the children, actors in a row above the adults: in a
    # row of their own centred under the family, or to the right of those there.
    goals = sorted(
        (ref for kind, ref in fresh if kind is NodeKind.GOAL),
        key=lambda ref: goals_by_id[ref].text.casefold(),
    )
    actors = sorted(
        (ref for kind, ref in fresh if kind is NodeKind.ACTOR),
        key=lambda ref: (actors_by_id[ref].kind.value, actors_by_id[ref].name.casefold()),
    )
    for kind, refs, row_y in (
        (NodeKind.GOAL, goals, GOAL_ROW_Y),
        (NodeKind.ACTOR, actors, ACTOR_ROW_Y),
    ):
        if not _row_xs(nodes, row_y, placed):
            start = -(len(refs) - 1) * COLUMN_SPACING / 2
            for index, ref_id in enumerate(refs):
                placed[(kind, ref_id)] = (start + index * COLUMN_SPACING, row_y)
            continue
        for ref_id in refs:
            placed[(kind, ref_id)] = (_next_x(nodes, row_y, placed), row_y)
    return placed


def _row_xs(
    nodes: list[MapNode], row_y: float, placed: Mapping[Any, tuple[float, float]]
) -> list[float]:
    xs = [n.x for n in nodes if abs(n.y - row_y) < ROW_SPACING / 2]
    return xs + [x for x, y in placed.values() if y == row_y]


def _next_x(nodes: list[MapNode], row_y: float, placed: Mapping[Any, tuple[float, float]]) -> float:
    xs = _row_xs(nodes, row_y, placed)
    return max(xs) + COLUMN_SPACING if xs else 0.0


def genogram_positions(members: Iterable[Member]) -> dict[str, tuple[float, float]]:
    """Adults above, children below, oldest child on the left, as in a genogram.

    The parents (and partners) in the household are centred above the
    children; other adults and adults outside the household stand to the right.
    """
    adults = [m for m in members if m.role.is_adult]
    children = sorted(
        (m for m in members if not m.role.is_adult), key=lambda m: (m.birth_year or 9999, m.name)
    )
    core = [m for m in adults if m.role is not MemberRole.OTHER_ADULT and m.in_household]
    others = [m for m in adults if m not in core]
    core.sort(key=lambda m: (list(MemberRole).index(m.role), m.birth_year or 9999, m.name))
    others.sort(key=lambda m: (m.birth_year or 9999, m.name))
    positions: dict[str, tuple[float, float]] = {}
    for row, row_y in ((core, ADULT_ROW_Y), (children, CHILD_ROW_Y)):
        start = -(len(row) - 1) * COLUMN_SPACING / 2
        for index, member in enumerate(row):
            positions[member.id] = (start + index * COLUMN_SPACING, row_y)
    right = max((x for x, _ in positions.values()), default=-COLUMN_SPACING)
    for index, member in enumerate(others, start=1):
        positions[member.id] = (right + index * COLUMN_SPACING, ADULT_ROW_Y)
    return positions


# -- a free spot for a node added by hand ---------------------------------

Box = tuple[float, float, float, float]  # left, top, right, bottom (scene units)
Segment = tuple[float, float, float, float]  # x1, y1, x2, y2
SPOT_STEP = 30.0  # how far apart the places tried are
SPOT_GAP = 16.0  # room kept between the new node's box and any other
NEAR_RINGS = 24  # tried first, free of nodes and links: within about 720 units
FAR_RINGS = 120  # then free of nodes only, further out


def free_spot(
    near: tuple[float, float],
    extent: Box,
    boxes: list[Box],
    segments: Sequence[Segment] = (),
) -> tuple[float, float]:
    """The place closest to `near` where a node fits without touching another.

    `extent` is the new node's box around its centre (left and top negative);
    `boxes` are the other nodes' boxes and the links' words; `segments` the
    links' lines. Nearby, a place crossing no link is preferred; further out,
    any place off the other nodes; past that, the right of the whole map.
    """
    x0, y0 = near
    left, top, right, bottom = extent
    gap = SPOT_GAP

    def box_at(x: float, y: float) -> Box:
        return (x + left - gap, y + top - gap, x + right + gap, y + bottom + gap)

    def free_of_boxes(b: Box) -> bool:
        return all(b[2] <= o[0] or o[2] <= b[0] or b[3] <= o[1] or o[3] <= b[1] for o in boxes)

    def free_of_links(b: Box) -> bool:
        return not any(_crosses(b, s) for s in segments)

    for rings, wanted in ((NEAR_RINGS, free_of_links), (FAR_RINGS, None)):
        for dx, dy in _rings(rings):
            x, y = x0 + dx * SPOT_STEP, y0 + dy * SPOT_STEP
            b = box_at(x, y)
            if free_of_boxes(b) and (wanted is None or wanted(b)):
                return (x, y)
    far_right = max((o[2] for o in boxes), default=x0)
    return (far_right - left + 2 * gap, y0)


def _rings(count: int) -> list[tuple[int, int]]:
    """Grid steps around (0, 0), ring by ring, the nearest of each ring first."""
    steps: list[tuple[int, int]] = [(0, 0)]
    for k in range(1, count + 1):
        ring = {(i, -k) for i in range(-k, k + 1)} | {(i, k) for i in range(-k, k + 1)}
        ring |= {(-k, i) for i in range(-k, k + 1)} | {(k, i) for i in range(-k, k + 1)}
        steps += sorted(ring, key=lambda p: (p[0] * p[0] + p[1] * p[1], p[1], p[0]))
    return steps


def _crosses(box: Box, segment: Segment) -> bool:
    """Whether a line segment passes through a box (Liang–Barsky clipping)."""
    x1, y1, x2, y2 = segment
    dx, dy = x2 - x1, y2 - y1
    t0, t1 = 0.0, 1.0
    for p, q in (
        (-dx, x1 - box[0]),
        (dx, box[2] - x1),
        (-dy, y1 - box[1]),
        (dy, box[3] - y1),
    ):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return False
    return True
