"""The outcome report's figures for scripts: a stable key, a unit and a number each.

The labels are words in the user's language and may be reworded; the keys never
change, so a municipality's script matches `self_supporting.change_pp`, not
"Ændring i selvforsørgelse (procentpoint)". The number is the printed value
read back (so it is suppressed exactly as printed: null where "<5", "*" or "–"
is shown); the unit says what it counts. docs/command-line.md lists the keys.
"""

from __future__ import annotations

import re

from ftbt_desktop.export.report_breakdown import CHANGE, Breakdown
from ftbt_desktop.export.report_figures import Figure

COUNT, PERCENT, POINTS, RATING = "count", "percent", "percentage_points", "rating_points"

# By key, or by its first part when the rest varies (WHO-5 cells, goal statuses).
UNITS = {
    "families": COUNT,
    "adults": COUNT,
    "children": COUNT,
    "who5.measured": COUNT,
    "who5.into_not_at_risk": PERCENT,
    "who5.into_not_at_risk_of_at_risk": PERCENT,
    "who5": COUNT,  # who5.<first band>.<latest band>: adults in that cell
    "self_supporting.first": PERCENT,
    "self_supporting.latest": PERCENT,
    "self_supporting.change_pp": POINTS,
    "self_supporting.strict.first": PERCENT,
    "self_supporting.strict.latest": PERCENT,
    "self_supporting.strict.change_pp": POINTS,
    "thriving.better": PERCENT,
    "leisure.start": PERCENT,
    "leisure.latest": PERCENT,
    "civil_society.start": PERCENT,
    "civil_society.latest": PERCENT,
    "civil_society.total": COUNT,
    "goals.progress_change": RATING,
    "goals": COUNT,  # goals.<status>
    "casework.families_two_actors": PERCENT,
    "casework.actors": COUNT,
    "casework.actor_steps_done": PERCENT,
    "casework.families_reviewed": PERCENT,
}

_NUMBER = re.compile(r"^[+\-−]?\d+(?:[.,]\d+)?$")


def unit_of(key: str) -> str:
    return UNITS.get(key) or UNITS[key.split(".", 1)[0]]


def number_of(printed: str) -> float | int | None:
    """The printed value as a number: None where it is hidden or there is none."""
    text = printed.replace("%", "").replace("\u00a0", " ").strip()
    if not _NUMBER.match(text):
        return None
    text = text.replace("−", "-").replace(",", ".")
    value = float(text)
    return int(value) if value.is_integer() and "." not in text else value


def machine_row(figure: Figure) -> dict[str, object]:
    return {
        "key": figure.key,
        "label": figure.label,
        "value": figure.value,
        "number": number_of(figure.value),
        "unit": unit_of(figure.key),
        "n": figure.n,
        "n_number": number_of(figure.n),
        "definition": figure.definition,
    }


def breakdown_unit(row_key: str, column_key: str) -> str:
    """A change between periods is in percentage points where the figure is a share."""
    unit = unit_of(row_key)
    return POINTS if column_key == CHANGE and unit == PERCENT else unit


def breakdown_cells(breakdown: Breakdown) -> list[dict[str, object]]:
    """Every cell of a breakdown as a keyed row: `<breakdown>.<column>.<figure>`, e.g.
    `periods.2.self_supporting.latest`, `periods.change.families`, `teams.1.adults`,
    `teams.total.adults` (the columns' labels and periods are listed beside them)."""
    return [
        {
            "key": f"{breakdown.key}.{column.key}.{row.key}",
            "label": f"{row.label} – {column.label}",
            "column": column.key,
            "figure": row.key,
            "value": cell.value,
            "number": number_of(cell.value),
            "unit": breakdown_unit(row.key, column.key),
            "n": cell.n,
            "n_number": number_of(cell.n),
        }
        for row in breakdown.rows
        for column, cell in zip(breakdown.columns, row.cells, strict=True)
    ]
