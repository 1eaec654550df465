"""A supervisor's review of a family's plan: comments, answers and the "reviewed" mark.

These are the only entity types a supervisor may write (the server enforces
it); they travel through the change log like everything else, so a comment
written at the office reaches the coordinator's laptop at the next sync.
A comment is the start of a thread: the coordinator (or the supervisor)
answers it with a `review_reply` naming the comment.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Self

from ftbt_desktop.core.fields import iso_date, optional_date, ref, register, text
from ftbt_desktop.core.plan import build

REVIEW_ENTITY_TYPES = frozenset({"review_comment", "review_reply", "plan_review"})
# What a thread is made of: the comment and the answers to it.
THREAD_ENTITY_TYPES = frozenset({"review_comment", "review_reply"})
# The plan a "reviewed" mark vouches for: changing one of these after the mark makes
# it "changed since review" (the family plan = goals and their steps, GLOSSARY).
PLAN_ENTITY_TYPES = frozenset({"goal", "step"})


@dataclass(frozen=True, slots=True)
class ReviewComment:
    id: str
    family_id: str
    text: str
    author: str | None = None  # the supervisor's name as they signed in
    about_id: str | None = None  # a goal or step the comment is about; None: the whole plan
    date: str | None = None

    @classmethod
    def from_fields(cls, entity_id: str, values: Mapping[str, Any]) -> Self:
        return build(cls, entity_id, values)


@dataclass(frozen=True, slots=True)
class ReviewReply:
    """An answer in a comment's thread, by the coordinator or the supervisor."""

    id: str
    family_id: str
    comment_id: str
    text: str
    author: str | None = None
    date: str | None = None

    @classmethod
    def from_fields(cls, entity_id: str, values: Mapping[str, Any]) -> Self:
        return build(cls, entity_id, values)


@dataclass(frozen=True, slots=True)
class PlanReview:
    """The "reviewed" mark: who reviewed the plan, and when."""

    id: str
    family_id: str
    reviewed_on: str
    reviewer: str | None = None
    note: str | None = None

    @classmethod
    def from_fields(cls, entity_id: str, values: Mapping[str, Any]) -> Self:
        return build(cls, entity_id, values)


register(
    "review_comment",
    {
        "text": text(required=True, max_len=5000),
        "author": text(required=False, max_len=200),
        "about_id": ref(optional=True),
        "date": optional_date,
    },
)
register(
    "review_reply",
    {
        "comment_id": ref(),
        "text": text(required=True, max_len=5000),
        "author": text(required=False, max_len=200),
        "date": optional_date,
    },
)
register(
    "plan_review",
    {
        "reviewed_on": iso_date,
        "reviewer": text(required=False, max_len=200),
        "note": text(required=False, max_len=2000),
    },
)
