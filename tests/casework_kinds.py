"""The kinds of casework a coordinator records beyond the family and its members: every
export, page and history test walks each of them."""

from __future__ import annotations

CASEWORK_TYPES = (
    "actor",
    "goal",
    "step",
    "progress_rating",
    "who5_measure",
    "employment_record",
    "thriving_rating",
    "leisure_activity",
    "civil_society_connection",
    "visit",
    "consent",
)
