"""Names for History: who and what an id stands for, and a subject for every change.

Many fields hold ids (a goal's members, a consent's actor, a step's goal or
owner, a visit's attendees, a map node's member, a link's ends). History must
say "Mette Holm, Freja Holm", not two UUIDs, also for people and things
removed since ("Omar (removed)"). The names come from the family's own
history — every change ever made, removed entities included — replayed in
order, so no extra read of the vault is needed and a name is the latest one
that counts (a change the server refused names an entity only while nothing else does).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication

from ftbt_desktop.core.changes import DELETED
from ftbt_desktop.core.measures import MissingAnswers, who5_band, who5_score
from ftbt_desktop.core.model import Member, member_sort_key
from ftbt_desktop.storage.repository import HistoryEntry
from ftbt_desktop.ui.plan.plan_words import owner_kind_label
from ftbt_desktop.words.common import EMPTY, date_text, entity_label, value_text
from ftbt_desktop.words.map import (
    actor_kind_label,
    internal_label,
    link_kind_label,
    node_kind_label,
)
from ftbt_desktop.words.measures import band_label, connection_kind_label, score_text
from ftbt_desktop.words.network import given_form_label
from ftbt_desktop.words.visit import visit_kind_label

# Fields whose value is the id (or a list of ids) of another entity of the family.
REFERENCE_FIELDS = frozenset(
    {
        "member_ids",
        "member_id",
        "attendee_ids",
        "goal_id",
        "owner_id",
        "actor_id",
        "actor_ids",
        "giver_ids",
        "parent_id",
        "child_id",
        "ref_id",
        "source_id",
        "target_id",
        "about_id",
        "comment_id",
    }
)

# The field holding an entity's own name, per type.
NAME_FIELDS: dict[str, str] = {
    "family": "name",
    "member": "name",
    "actor": "name",
    "goal": "text",
    "step": "what",
    "leisure_activity": "what",
    "civil_society_connection": "name",
    "map_snapshot": "name",
}

# What tells apart entities without a name of their own (a WHO-5 measure is
# Mette's; a consent is Mette's for the jobcenter).
DESCRIBED_BY: dict[str, tuple[str, ...]] = {
    "who5_measure": ("member_id", "date"),
    "employment_record": ("member_id", "date"),
    "thriving_rating": ("child_id", "date"),
    "progress_rating": ("goal_id", "date"),
    "consent": ("member_id", "actor_id"),
    "visit": ("date",),
    "map_link": ("source_id", "target_id"),
    "review_comment": ("about_id",),
    "review_reply": ("comment_id",),
}

KIND_LABELS = {
    "visit": visit_kind_label,
    "actor": actor_kind_label,
    "civil_society_connection": connection_kind_label,
    "map_node": node_kind_label,
    "map_link": link_kind_label,
}


def removed_text(name: str) -> str:
    return QCoreApplication.translate("HistoryNames", "{name} (removed)").format(name=name)


def family_visible_text() -> str:
    return QCoreApplication.translate("HistoryNames", "The family too")


def unknown_text() -> str:
    """An id the family's history does not know (it came from elsewhere)."""
    return QCoreApplication.translate("HistoryNames", "(unknown)")


class HistoryNames:
    """Every entity of one family as its history knows it: type, latest fields, removed."""

    def __init__(self, entries: Iterable[HistoryEntry]) -> None:
        self._types: dict[str, str] = {}
        self._fields: dict[str, dict[str, Any]] = {}
        # History comes newest first; replayed oldest first, the last value is the current one.
        # A field's value now (`current`) is never overruled by a later change that does not
        # count: one the central server refused names nothing until it is accepted.
        settled: set[tuple[str, str]] = set()
        for entry in reversed(list(entries)):
            change = entry.change
            key = (change.entity_id, change.field)
            self._types[change.entity_id] = change.entity_type
            if key in settled and not entry.current:
                continue
            if entry.current:
                settled.add(key)
            self._fields.setdefault(change.entity_id, {})[change.field] = change.value

    def _order(self, entity_id: Any) -> tuple[int, int, str, str]:
        """Members as the family lists them (adults first, oldest first); others after."""
        fields = self._fields.get(entity_id, {}) if isinstance(entity_id, str) else {}
        if self._types.get(entity_id) != "member":
            return (2, 0, "", str(entity_id))
        try:
            member = Member.from_fields(entity_id, {**fields, "family_id": ""})
        except (TypeError, ValueError):
            return (2, 0, "", entity_id)
        adult, year, name = member_sort_key(member)
        return (adult, year, name, entity_id)

    def knows(self, entity_id: str) -> bool:
        """Whether the history has any change of this entity."""
        return entity_id in self._types

    def is_removed(self, entity_id: str) -> bool:
        return self._fields.get(entity_id, {}).get(DELETED) is True

    def name(self, entity_id: str) -> str | None:
        """The entity's own words (a member's name, a goal's text), or None."""
        entity_type = self._types.get(entity_id)
        fields = self._fields.get(entity_id, {})
        if entity_type == "map_node":
            label = fields.get("label")
            if isinstance(label, str) and label:
                return label
            ref = fields.get("ref_id")
            if isinstance(ref, str) and ref in self._types:
                return self.name(ref)
            return None
        key = NAME_FIELDS.get(entity_type or "")
        value = fields.get(key) if key else None
        return value if isinstance(value, str) and value else None

    def describe(self, entity_id: str) -> str:
        """Its name, or its kind with what tells it apart ("Consent: Mette – Jobcentret")."""
        name = self.name(entity_id)
        if name is not None:
            return name
        entity_type = self._types.get(entity_id, "")
        what = entity_label(entity_type)
        if entity_type == "map_node":
            kind = self._fields.get(entity_id, {}).get("kind")
            return node_kind_label(kind) if kind else what
        parts = []
        for field in DESCRIBED_BY.get(entity_type, ()):
            value = self._fields.get(entity_id, {}).get(field)
            if not value:
                continue
            parts.append(self.reference(value) if field in REFERENCE_FIELDS else date_text(value))
        return f"{what}: {' – '.join(parts)}" if parts else what

    def subject(self, entity_type: str, entity_id: str) -> str:
        """What a change is about, as the What column says it."""
        if entity_type == "family":
            return entity_label("family")
        text = self.describe(entity_id)
        return removed_text(text) if self.is_removed(entity_id) else text

    def reference(self, entity_id: str) -> str:
        """The name an id stands for, marked when removed."""
        if not isinstance(entity_id, str) or entity_id not in self._types:
            return unknown_text()
        text = self.describe(entity_id)
        return removed_text(text) if self.is_removed(entity_id) else text

    def value(self, entity_type: str, field: str, value: Any) -> str:
        """A changed value in words: names for ids, kinds by the entity's own words."""
        if value is None or value == "" or value == []:
            return EMPTY
        if field in REFERENCE_FIELDS:
            ids = sorted(value, key=self._order) if isinstance(value, list) else [value]
            return ", ".join(self.reference(i) for i in ids)
        if field == "kind" and entity_type in KIND_LABELS:
            try:
                return KIND_LABELS[entity_type](value)
            except (KeyError, ValueError):
                return str(value)
        if field == "owner_kind":
            return owner_kind_label(value)
        if field == "answers" and entity_type == "who5_measure" and isinstance(value, list):
            # The answers and what they add up to, as the WHO-5 form showed them.
            try:
                score = who5_score(value)
            except (MissingAnswers, TypeError, ValueError):
                return value_text(field, value)
            return (
                f"{value_text(field, value)} ({score_text(score)}, {band_label(who5_band(score))})"
            )
        if field == "form" and entity_type == "consent":
            return given_form_label(value)
        if field == "visibility":
            return internal_label() if value == "internal" else family_visible_text()
        return value_text(field, value)
