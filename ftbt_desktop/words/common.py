"""Plain, translated words for the model's codes: roles, statuses, fields, values.

One place, so every view says "Birth year" for `birth_year` and "Barn" for
`child` the same way. Each function translates when called, so a language
switched at runtime is picked up by the next refresh.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from ftbt_desktop.core.changes import DELETED
from ftbt_desktop.core.measures import EmploymentStatus
from ftbt_desktop.core.model import FamilyStatus, InvalidField, MemberRole
from ftbt_desktop.words.counted import context

# Re-exported: the dates were said from here before they had a module of their own.
from ftbt_desktop.words.dates import EMPTY as EMPTY
from ftbt_desktop.words.dates import date_format as date_format
from ftbt_desktop.words.dates import date_text as date_text
from ftbt_desktop.words.dates import datetime_text as datetime_text
from ftbt_desktop.words.map import life_area_label
from ftbt_desktop.words.measures import employment_label, thriving_label
from ftbt_desktop.words.network import info_kinds_text

DATE_FIELDS = frozenset(
    {
        "start",
        "end",
        "date",
        "target_date",
        "due",
        "given",
        "valid_until",
        "withdrawn",
        "reviewed_on",
    }
)
EMPLOYMENT_STATUSES = frozenset(s.value for s in EmploymentStatus)

# Counted words (%n) go through Words.tr: see words/counted.py.
Words = context("Words")


def role_label(role: MemberRole | str) -> str:
    labels = {
        MemberRole.PARENT: QCoreApplication.translate("Words", "Parent"),
        MemberRole.PARTNER: QCoreApplication.translate("Words", "Partner"),
        MemberRole.CHILD: QCoreApplication.translate("Words", "Child"),
        MemberRole.OTHER_ADULT: QCoreApplication.translate("Words", "Other adult"),
    }
    try:
        return labels[MemberRole(role)]
    except ValueError:
        return str(role)


def status_label(status: FamilyStatus | str) -> str:
    labels = {
        FamilyStatus.ACTIVE: QCoreApplication.translate("Words", "Active"),
        FamilyStatus.CLOSED: QCoreApplication.translate("Words", "Closed"),
    }
    # A goal's statuses (issue 4); "active" is the same word for both.
    goal_labels = {
        "reached": QCoreApplication.translate("Words", "Reached"),
        "dropped": QCoreApplication.translate("Words", "Dropped"),
    }
    try:
        return labels[FamilyStatus(status)]
    except ValueError:
        return goal_labels.get(str(status), str(status))


def yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("Words", "Yes")
    return QCoreApplication.translate("Words", "No")


def entity_label(entity_type: str) -> str:
    """What an entity is called when it has no name of its own."""
    labels = {
        "family": QCoreApplication.translate("Words", "Family"),
        "member": QCoreApplication.translate("Words", "Family member"),
        # Goals and plan, visits (issue 4)
        "goal": QCoreApplication.translate("Words", "Goal"),
        "step": QCoreApplication.translate("Words", "Step"),
        "progress_rating": QCoreApplication.translate("Words", "Progress rating"),
        "visit": QCoreApplication.translate("Words", "Visit"),
        # Measures, network and consent (issue 4)
        "actor": QCoreApplication.translate("Words", "Actor"),
        "who5_measure": QCoreApplication.translate("Words", "WHO-5 measure"),
        "employment_record": QCoreApplication.translate("Words", "Work and education status"),
        "thriving_rating": QCoreApplication.translate("Words", "Child's thriving"),
        "leisure_activity": QCoreApplication.translate("Words", "Leisure activity"),
        "civil_society_connection": QCoreApplication.translate("Words", "Civil-society connection"),
        "consent": QCoreApplication.translate("Words", "Consent"),
        # The map and the supervisor's review, as History names them
        "map_node": QCoreApplication.translate("Words", "Map item"),
        "map_link": QCoreApplication.translate("Words", "Map link"),
        "map_snapshot": QCoreApplication.translate("Words", "Snapshot"),
        "review_comment": QCoreApplication.translate("Words", "Review comment"),
        "review_reply": QCoreApplication.translate("Words", "Answer to a review comment"),
        "plan_review": QCoreApplication.translate("Words", "Review"),
    }
    return labels.get(entity_type, entity_type)


def field_label(field: str) -> str:
    """A field's name in plain words; unknown fields (from later issues) stay as they are."""
    labels = {
        "name": QCoreApplication.translate("Words", "Name"),
        "status": QCoreApplication.translate("Words", "Status"),
        "coordinator": QCoreApplication.translate("Words", "Coordinator"),
        "start": QCoreApplication.translate("Words", "Start date"),
        "end": QCoreApplication.translate("Words", "End date"),
        "notes": QCoreApplication.translate("Words", "Notes"),
        "is_demo": QCoreApplication.translate("Words", "Demo family"),
        "role": QCoreApplication.translate("Words", "Role"),
        "birth_year": QCoreApplication.translate("Words", "Birth year"),
        "in_household": QCoreApplication.translate("Words", "In household"),
        # Goals and plan, visits (issue 4)
        "text": QCoreApplication.translate("Words", "Text"),
        "member_ids": QCoreApplication.translate("Words", "Family members"),
        "life_area": QCoreApplication.translate("Words", "Life area"),
        "why": QCoreApplication.translate("Words", "Why it matters"),
        "target_date": QCoreApplication.translate("Words", "Target date"),
        "goal_id": QCoreApplication.translate("Words", "Goal"),
        "what": QCoreApplication.translate("Words", "What"),
        "owner_kind": QCoreApplication.translate("Words", "Who does it"),
        "owner_id": QCoreApplication.translate("Words", "Who (member or actor)"),
        "due": QCoreApplication.translate("Words", "By when"),
        "done": QCoreApplication.translate("Words", "Done"),
        "date": QCoreApplication.translate("Words", "Date"),
        "value": QCoreApplication.translate("Words", "Rating (0–10)"),
        "attendee_ids": QCoreApplication.translate("Words", "Who was there"),
        "other_attendees": QCoreApplication.translate("Words", "Others present"),
        "summary": QCoreApplication.translate("Words", "Summary (internal)"),
        "next_steps": QCoreApplication.translate("Words", "Agreed next steps"),
        # Measures, network and consent (issue 4)
        "member_id": QCoreApplication.translate("Words", "Family member"),
        "answers": QCoreApplication.translate("Words", "WHO-5 answers"),
        "note": QCoreApplication.translate("Words", "Note"),
        "parent_id": QCoreApplication.translate("Words", "Parent"),
        "child_id": QCoreApplication.translate("Words", "Child"),
        "thriving": QCoreApplication.translate("Words", "Compared with before"),
        "score": QCoreApplication.translate("Words", "Thriving (0–10)"),
        "where": QCoreApplication.translate("Words", "Where"),
        "kind": QCoreApplication.translate("Words", "Kind"),
        "contact_person": QCoreApplication.translate("Words", "Contact person"),
        "contact_details": QCoreApplication.translate("Words", "Contact details"),
        "actor_id": QCoreApplication.translate("Words", "Actor"),
        "info_kinds": QCoreApplication.translate("Words", "Kinds of information"),
        "purpose": QCoreApplication.translate("Words", "Purpose"),
        "given": QCoreApplication.translate("Words", "Given"),
        "valid_until": QCoreApplication.translate("Words", "Valid until"),
        "withdrawn": QCoreApplication.translate("Words", "Withdrawn"),
        "giver_ids": QCoreApplication.translate("Words", "Given by"),
        "actor_ids": QCoreApplication.translate("Words", "Shared with"),
        "form": QCoreApplication.translate("Words", "Given how"),
        # The map (issue 3): what a map item stands for, where it is, a link's ends
        "label": QCoreApplication.translate("Words", "Words"),
        "ref_id": QCoreApplication.translate("Words", "Stands for"),
        "x": QCoreApplication.translate("Words", "Position across"),
        "y": QCoreApplication.translate("Words", "Position down"),
        "position": QCoreApplication.translate("Words", "Place on the map"),  # x and y of one move
        "visibility": QCoreApplication.translate("Words", "Visible to"),
        "source_id": QCoreApplication.translate("Words", "From"),
        "target_id": QCoreApplication.translate("Words", "To"),
        "mutual": QCoreApplication.translate("Words", "Both ways"),
        # The supervisor's review
        "about_id": QCoreApplication.translate("Words", "About"),
        "comment_id": QCoreApplication.translate("Words", "Answer to"),
        "author": QCoreApplication.translate("Words", "Written by"),
        "reviewer": QCoreApplication.translate("Words", "Reviewed by"),
        "reviewed_on": QCoreApplication.translate("Words", "Reviewed on"),
        # Map snapshots (issue 3)
        "content": QCoreApplication.translate("Words", "Copy of the map"),
        DELETED: QCoreApplication.translate("Words", "Removed"),
    }
    return labels.get(field, field.replace("_", " "))


def value_text(field: str, value: Any, locale: QLocale | None = None) -> str:
    """A field's value in words, as history and tables show it."""
    if value is None or value == "":
        return EMPTY
    if field == "role":
        return role_label(value)
    if field == "status" and value in EMPLOYMENT_STATUSES:
        return employment_label(value)
    if field == "status":
        return status_label(value)
    if field in DATE_FIELDS and isinstance(value, str):
        return date_text(value, locale)
    if field == "answers" and isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if field == "thriving":
        return thriving_label(value)
    if field == "info_kinds" and isinstance(value, list):
        return info_kinds_text(value)
    if field == "life_area":
        return life_area_label(value)
    if field == "next_steps" and isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if field == "content" and isinstance(value, dict) and isinstance(value.get("nodes"), list):
        # A map snapshot: its count, not pages of JSON (the snapshot itself shows the map).
        return Words.tr("%n thing(s) on the map", None, len(value["nodes"]))
    if isinstance(value, bool):
        return yes_no(value)
    return str(value)


def invalid_field_message(error: InvalidField) -> str:
    """A translated sentence for a refused value; the core's reasons are English codes."""
    name = field_label(error.field)
    reason = error.reason
    if reason == "must not be empty":
        return QCoreApplication.translate("Words", "{field} must be filled in.").format(field=name)
    if match := re.fullmatch(r"must be at most (\d+) characters", reason):
        return QCoreApplication.translate(
            "Words", "{field} can be at most {limit} characters."
        ).format(field=name, limit=match[1])
    if match := re.fullmatch(r"must be between (-?\d+) and (-?\d+)", reason):
        if error.field == "birth_year":
            text = QCoreApplication.translate(
                "Words", "{field} must be a year from {low} to {high}."
            )
        else:
            text = QCoreApplication.translate("Words", "{field} must be from {low} to {high}.")
        return text.format(field=name, low=match[1], high=match[2])
    if reason in ("must be a whole number", "must be a number"):
        if error.field == "birth_year":
            text = QCoreApplication.translate("Words", "{field} must be a year, like 1985.")
        else:
            text = QCoreApplication.translate("Words", "{field} must be a number.")
        return text.format(field=name)
    if reason.startswith("must be a date") or reason.startswith("Invalid isoformat"):
        return QCoreApplication.translate("Words", "{field} must be a date.").format(field=name)
    return QCoreApplication.translate("Words", "{field} has a value that cannot be used.").format(
        field=name
    )


def not_found_message() -> str:
    return QCoreApplication.translate(
        "Words", "This was removed or changed in the meantime. The view has been updated."
    )
