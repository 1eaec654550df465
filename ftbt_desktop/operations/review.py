"""The plan's review: comments on it, answers to them, the plan marked reviewed.

The author and reviewer are the vault's own user, so no window has to ask for it."""

from __future__ import annotations

import datetime as dt

from ftbt_desktop.storage.repository import ChangeSet, Repository


def add_review_comment(repo: Repository, family_id: str, text: str, on: dt.date) -> ChangeSet:
    return repo.create_entity(
        "review_comment", family_id, text=text, author=repo.user_id, date=on.isoformat()
    )


def reply_to_comment(
    repo: Repository, family_id: str, comment_id: str, text: str, on: dt.date
) -> ChangeSet:
    return repo.create_entity(
        "review_reply",
        family_id,
        comment_id=comment_id,
        text=text,
        author=repo.user_id,
        date=on.isoformat(),
    )


def mark_reviewed(repo: Repository, family_id: str, on: dt.date) -> ChangeSet:
    return repo.create_entity(
        "plan_review", family_id, reviewed_on=on.isoformat(), reviewer=repo.user_id
    )
